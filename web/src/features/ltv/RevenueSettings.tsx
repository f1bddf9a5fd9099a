import { Autocomplete, Button, Code, Group, Modal, Stack, Text, TextInput } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconSettings } from "@tabler/icons-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { splitFieldError } from "../../lib/field-errors";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { eventNamesQuery } from "../events/queries";
import { useViewer } from "../auth/viewer-context";
import { canEditRevenueSettings } from "./ltv-access";
import { ltvKeys, updateRevenueSettingsMutation } from "./queries";

export type RevenueSettingsValue = { event: string; property: string; currency: string };

/** "Revenue is the `revenue` property of `Order Completed` events, in USD." */
export function RevenueSettingsText({ settings }: { settings: RevenueSettingsValue }) {
  return (
    <>
      Revenue is read from the <Code>{settings.property}</Code> property of <Code>{settings.event}</Code> events, in{" "}
      {settings.currency}.
    </>
  );
}

/** The settings sentence, with a Change button for admins (who alone may edit them). */
export function RevenueSettingsLine({ settings }: { settings: RevenueSettingsValue | undefined }) {
  const viewer = useViewer();
  const [opened, { open, close }] = useDisclosure(false);
  if (!settings) return null;
  return (
    <Group gap="xs" wrap="wrap">
      <Text size="sm">
        <RevenueSettingsText settings={settings} />
      </Text>
      {canEditRevenueSettings(viewer.role) ? (
        <>
          <Button size="compact-xs" variant="subtle" leftSection={<IconSettings size={14} />} onClick={open}>
            Change
          </Button>
          <Modal opened={opened} onClose={close} title="Revenue settings" centered>
            {opened ? <RevenueSettingsForm initial={settings} onDone={close} /> : null}
          </Modal>
        </>
      ) : null}
    </Group>
  );
}

const FIELDS = ["event", "property", "currency"] as const;

function RevenueSettingsForm({ initial, onDone }: { initial: RevenueSettingsValue; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [event, setEvent] = useState(initial.event);
  const [property, setProperty] = useState(initial.property);
  const [currency, setCurrency] = useState(initial.currency);
  const names = useQuery({
    queryKey: ["eventNames"],
    queryFn: ({ signal }) => request(eventNamesQuery, {}, { signal }),
    staleTime: 5 * 60_000,
  });
  const save = useMutation({
    mutationFn: (input: RevenueSettingsValue) => request(updateRevenueSettingsMutation, input),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ltvKeys.revenueSettings }),
        queryClient.invalidateQueries({ queryKey: ltvKeys.overview }),
      ]);
      notifications.show({
        color: "teal",
        title: "Revenue settings saved",
        message: "Refit the model to compute lifetime values with them.",
      });
      onDone();
    },
  });
  const { fieldErrors, formError } = splitFieldError(save.error, FIELDS);

  function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    save.mutate({ event: event.trim(), property: property.trim(), currency: currency.trim().toUpperCase() });
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Revenue settings">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          Lifetime value adds up one property of one event per customer. The next refit uses these settings.
        </Text>
        {formError ? <QueryError error={formError} title="Could not save the settings" /> : null}
        <Autocomplete
          label="Order event"
          description="The event sent once per completed order"
          data={names.data?.eventNames ?? []}
          value={event}
          onChange={(value) => {
            setEvent(value);
            if (fieldErrors.event) save.reset();
          }}
          error={fieldErrors.event}
          required
        />
        <TextInput
          label="Revenue property"
          description="Its numeric property holding the order's value"
          value={property}
          onChange={(e) => {
            setProperty(e.currentTarget.value);
            if (fieldErrors.property) save.reset();
          }}
          error={fieldErrors.property}
          required
        />
        <TextInput
          label="Currency"
          description="ISO 4217 code, such as USD or EUR"
          value={currency}
          maxLength={3}
          onChange={(e) => {
            setCurrency(e.currentTarget.value.toUpperCase());
            if (fieldErrors.currency) save.reset();
          }}
          error={fieldErrors.currency}
          required
          w={220}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={save.isPending}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={save.isPending}
            disabled={!event.trim() || !property.trim() || !currency.trim()}
          >
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
