import { Button, Group, Modal, Select, Stack, TextInput } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { IconPlus } from "@tabler/icons-react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { SourceKind } from "../../gql/graphql";
import { splitFieldError } from "../../lib/field-errors";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { createSourceMutation } from "./queries";
import { isSourceKind, SOURCE_KINDS } from "./source-kinds";

export function CreateSourceButton() {
  const [opened, { open, close }] = useDisclosure(false);
  const [name, setName] = useState("");
  const [kind, setKind] = useState<SourceKind>("website");
  const queryClient = useQueryClient();
  const create = useMutation({
    mutationFn: (input: { name: string; kind: SourceKind }) => request(createSourceMutation, input),
    onSuccess: async (data) => {
      finish();
      await Promise.all(
        [["sources"], ["sourceKeys"], ["overview"]].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      notifications.show({
        color: "teal",
        title: "Source created",
        message: `“${data.createSource.name}” is ready. Copy its write key from the list.`,
      });
    },
  });

  function finish() {
    close();
    setName("");
    setKind("website");
    create.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    create.mutate({ name: name.trim(), kind });
  }

  const { fieldErrors, formError } = splitFieldError(create.error, ["name", "kind"]);

  return (
    <>
      <Button leftSection={<IconPlus size={16} />} onClick={open}>
        New source
      </Button>
      <Modal opened={opened} onClose={finish} title="New source" centered>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {formError ? <QueryError error={formError} title="Could not create the source" /> : null}
            <TextInput
              label="Name"
              description="How this source shows in Mosaic, such as “Web store” or “Checkout API”."
              required
              data-autofocus
              maxLength={100}
              value={name}
              onChange={(changeEvent) => {
                setName(changeEvent.currentTarget.value);
                if (fieldErrors.name) create.reset();
              }}
              error={fieldErrors.name}
            />
            <Select
              label="Kind"
              required
              allowDeselect={false}
              description={SOURCE_KINDS.find((entry) => entry.value === kind)?.hint}
              data={SOURCE_KINDS.map((entry) => ({ value: entry.value, label: entry.label }))}
              value={kind}
              onChange={(value) => {
                if (isSourceKind(value)) setKind(value);
              }}
              error={fieldErrors.kind}
              comboboxProps={{ withinPortal: true }}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={finish} disabled={create.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
                Create source
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
