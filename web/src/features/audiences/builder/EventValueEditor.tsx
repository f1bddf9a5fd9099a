import { Group, NumberInput, Select, Stack, Text } from "@mantine/core";
import {
  AGGREGATE_FUNCTIONS,
  AGGREGATE_LABELS,
  COUNT_OPERATORS,
  VALUE_OPERATOR_LABELS,
  type AudienceCatalog,
} from "@mosaic/shared";
import { eventOptions, eventProperties } from "./catalog";
import { ConditionValueInput } from "./ConditionValueInput";
import { DateConditionInput } from "./DateConditionInput";
import { PropertyFilters, readFilters } from "./PropertyFilters";

const COUNT_LABELS = { atLeast: "at least", atMost: "at most", exactly: "exactly" } as const;
const COMPARE_OPERATORS = ["=", "!=", "<", "<=", ">", ">=", "between", "notBetween"] as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type Props = {
  operator: string;
  value: unknown;
  onChange: (value: Record<string, unknown>) => void;
  catalog: AudienceCatalog;
  disabled?: boolean;
};

/** Edits an event rule's value object (see the shared rules README): event, count, window, filters, aggregate. */
export function EventValueEditor({ operator, value, onChange, catalog, disabled }: Props) {
  const current = isRecord(value) ? value : {};
  const event = typeof current.event === "string" ? current.event : "";
  const properties = eventProperties(catalog, event);
  const set = (patch: Record<string, unknown>) => onChange({ ...current, ...patch });
  const setOptional = (key: string, next: unknown) => {
    const { [key]: _dropped, ...rest } = current;
    onChange(next === undefined ? rest : { ...rest, [key]: next });
  };
  const count = isRecord(current.count) ? current.count : { op: "atLeast", n: 1 };
  const compare = isRecord(current.compare) ? current.compare : { operator: ">=", value: "" };
  const compareOperator = typeof compare.operator === "string" ? compare.operator : ">=";

  const eventSelect = (
    <Select
      aria-label="Event"
      size="xs"
      w={200}
      searchable
      placeholder="Pick an event"
      data={eventOptions(catalog)}
      value={event || null}
      disabled={disabled}
      // Property filters belong to the old event's properties.
      onChange={(next) => set({ event: next ?? "", where: [], ...(operator === "aggregate" ? { property: "" } : {}) })}
    />
  );

  return (
    <Stack gap={4}>
      <Group gap={6} wrap="wrap">
        {operator === "aggregate" ? (
          <>
            <Select
              aria-label="Aggregate"
              size="xs"
              w={100}
              data={AGGREGATE_FUNCTIONS.map((fn) => ({ value: fn, label: AGGREGATE_LABELS[fn] }))}
              value={typeof current.fn === "string" ? current.fn : "sum"}
              allowDeselect={false}
              disabled={disabled}
              onChange={(fn) => fn && set({ fn })}
            />
            <Select
              aria-label="Numeric property"
              size="xs"
              w={150}
              searchable
              placeholder="property"
              data={properties.filter((p) => p.type === "number").map((p) => p.key)}
              value={typeof current.property === "string" && current.property ? current.property : null}
              disabled={disabled}
              onChange={(property) => set({ property: property ?? "" })}
            />
            <Text size="xs" c="dimmed">
              of
            </Text>
            {eventSelect}
            <Select
              aria-label="Comparison"
              size="xs"
              w={110}
              data={COMPARE_OPERATORS.map((op) => ({ value: op, label: VALUE_OPERATOR_LABELS[op] }))}
              value={compareOperator}
              allowDeselect={false}
              disabled={disabled}
              onChange={(op) => op && set({ compare: { operator: op, value: op.includes("etween") ? ["", ""] : "" } })}
            />
            <ConditionValueInput
              type="number"
              operator={compareOperator}
              value={compare.value}
              label="Amount"
              disabled={disabled}
              onChange={(next) => set({ compare: { operator: compareOperator, value: next } })}
            />
          </>
        ) : (
          eventSelect
        )}
        {operator === "performed" ? (
          <>
            <Select
              aria-label="How often"
              size="xs"
              w={100}
              data={COUNT_OPERATORS.map((op) => ({ value: op, label: COUNT_LABELS[op] }))}
              value={typeof count.op === "string" ? count.op : "atLeast"}
              allowDeselect={false}
              disabled={disabled}
              onChange={(op) => op && set({ count: { ...count, op } })}
            />
            <NumberInput
              aria-label="Times"
              size="xs"
              w={70}
              min={0}
              allowDecimal={false}
              value={typeof count.n === "number" || typeof count.n === "string" ? count.n : ""}
              disabled={disabled}
              onChange={(n) => set({ count: { ...count, n } })}
            />
            <Text size="xs" c="dimmed">
              times
            </Text>
          </>
        ) : null}
        {operator === "firstPerformed" || operator === "lastPerformed" ? (
          <DateConditionInput
            label="When"
            value={current.when}
            disabled={disabled}
            onChange={(when) => set({ when: when ?? { operator: "inLast", value: { amount: 30, unit: "days" } } })}
          />
        ) : (
          <DateConditionInput
            label="Time window"
            optional
            value={current.window}
            disabled={disabled}
            onChange={(window) => setOptional("window", window)}
          />
        )}
      </Group>
      <PropertyFilters
        filters={readFilters(current.where)}
        properties={properties}
        disabled={disabled}
        onChange={(where) => set({ where })}
      />
    </Stack>
  );
}
