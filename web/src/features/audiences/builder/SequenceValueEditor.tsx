import { ActionIcon, Box, Button, Group, Select, Stack, Text } from "@mantine/core";
import type { AudienceCatalog } from "@mosaic/shared";
import { IconPlus, IconX } from "@tabler/icons-react";
import { eventOptions, eventProperties } from "./catalog";
import { RelativeAmountInput } from "./ConditionValueInput";
import { DateConditionInput } from "./DateConditionInput";
import { PropertyFilters, readFilters, type Filter } from "./PropertyFilters";

const MAX_STEPS = 5;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type Props = {
  value: unknown;
  onChange: (value: Record<string, unknown>) => void;
  catalog: AudienceCatalog;
  disabled?: boolean;
};

/**
 * "Added to Cart where category = shoes, then Order Completed within 1 day": 2 to 5 steps, each with its own
 * property filters, a span, and an optional window.
 */
export function SequenceValueEditor({ value, onChange, catalog, disabled }: Props) {
  const current = isRecord(value) ? value : {};
  const steps = Array.isArray(current.steps) ? current.steps.filter(isRecord) : [];
  const set = (patch: Record<string, unknown>) => onChange({ ...current, ...patch });
  const setStep = (i: number, event: string) =>
    set({ steps: steps.map((step, j) => (j === i ? { ...step, event, where: [] } : step)) });
  const setFilters = (i: number, where: Filter[]) =>
    set({ steps: steps.map((step, j) => (j === i ? { ...step, where } : step)) });
  const options = eventOptions(catalog);
  return (
    <Stack gap={4}>
      {steps.map((step, i) => {
        const event = typeof step.event === "string" ? step.event : "";
        return (
          <Stack key={i} gap={2}>
            <Group gap={6} wrap="nowrap">
              <Text size="xs" c="dimmed" w={40} ta="right">
                {i === 0 ? "first" : "then"}
              </Text>
              <Select
                aria-label={`Step ${i + 1} event`}
                size="xs"
                w={200}
                searchable
                data={options}
                value={event || null}
                disabled={disabled}
                onChange={(event) => setStep(i, event ?? "")}
              />
              {steps.length > 2 ? (
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  size="sm"
                  aria-label={`Remove step ${i + 1}`}
                  disabled={disabled}
                  onClick={() => set({ steps: steps.filter((_, j) => j !== i) })}
                >
                  <IconX size={14} />
                </ActionIcon>
              ) : null}
            </Group>
            <Box role="group" aria-label={`Step ${i + 1} property filters`} pl={46}>
              <PropertyFilters
                filters={readFilters(step.where)}
                properties={eventProperties(catalog, event)}
                disabled={disabled}
                onChange={(where) => setFilters(i, where)}
              />
            </Box>
          </Stack>
        );
      })}
      <Group gap={6} wrap="wrap">
        <Button
          size="compact-xs"
          variant="subtle"
          leftSection={<IconPlus size={12} />}
          disabled={disabled || steps.length >= MAX_STEPS}
          onClick={() => set({ steps: [...steps, { event: options[0]?.value ?? "", where: [] }] })}
        >
          step
        </Button>
        <Text size="xs" c="dimmed">
          all within
        </Text>
        <RelativeAmountInput
          label="Within"
          value={current.within}
          disabled={disabled}
          onChange={(within) => set({ within })}
        />
        <Text size="xs" c="dimmed">
          starting
        </Text>
        <DateConditionInput
          label="Sequence window"
          optional
          value={current.window}
          disabled={disabled}
          onChange={(window) => {
            const { window: _dropped, ...rest } = current;
            onChange(window ? { ...rest, window } : rest);
          }}
        />
      </Group>
    </Stack>
  );
}
