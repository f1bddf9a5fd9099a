import { ActionIcon, Button, Group, Select, Stack } from "@mantine/core";
import { OPERATORS_BY_TYPE, VALUE_OPERATOR_LABELS, type CatalogField } from "@mosaic/shared";
import { IconPlus, IconX } from "@tabler/icons-react";
import { ConditionValueInput } from "./ConditionValueInput";
import { defaultConditionValue } from "./default-values";

export type Filter = { property: string; operator: string; value: unknown };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The `where` list of an event rule, read leniently: whatever is not a filter is left out. */
export function readFilters(value: unknown): Filter[] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((f) => ({
    property: typeof f.property === "string" ? f.property : "",
    operator: typeof f.operator === "string" ? f.operator : "=",
    value: f.value,
  }));
}

type Props = {
  filters: Filter[];
  properties: readonly CatalogField[];
  onChange: (filters: Filter[]) => void;
  disabled?: boolean;
};

/** "where category = shoes and revenue ≥ 50": property keys and value suggestions come from the catalog. */
export function PropertyFilters({ filters, properties, onChange, disabled }: Props) {
  const typeOf = (key: string) => properties.find((p) => p.key === key)?.type ?? "string";
  const replace = (i: number, filter: Filter) => onChange(filters.map((f, j) => (j === i ? filter : f)));
  return (
    <Stack gap={4}>
      {filters.map((filter, i) => {
        const type = typeOf(filter.property);
        const property = properties.find((p) => p.key === filter.property);
        return (
          <Group key={i} gap={4} wrap="nowrap">
            <Select
              aria-label="Property"
              size="xs"
              w={150}
              searchable
              placeholder="property"
              data={properties.map((p) => p.key)}
              value={filter.property || null}
              disabled={disabled}
              onChange={(key) => {
                const nextType = typeOf(key ?? "");
                const operator = OPERATORS_BY_TYPE[nextType][0] ?? "=";
                replace(i, { property: key ?? "", operator, value: defaultConditionValue(operator, nextType) });
              }}
            />
            <Select
              aria-label="Property operator"
              size="xs"
              w={130}
              data={OPERATORS_BY_TYPE[type].map((op) => ({ value: op, label: VALUE_OPERATOR_LABELS[op] }))}
              value={filter.operator}
              allowDeselect={false}
              disabled={disabled}
              onChange={(op) => op && replace(i, { ...filter, operator: op, value: defaultConditionValue(op, type) })}
            />
            <ConditionValueInput
              type={type}
              operator={filter.operator}
              value={filter.value}
              suggestions={property?.suggestions}
              label="Property value"
              disabled={disabled}
              onChange={(value) => replace(i, { ...filter, value })}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              size="sm"
              aria-label="Remove property filter"
              disabled={disabled}
              onClick={() => onChange(filters.filter((_, j) => j !== i))}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        size="compact-xs"
        variant="subtle"
        leftSection={<IconPlus size={12} />}
        disabled={disabled || properties.length === 0}
        title={properties.length === 0 ? "This event has no properties in the catalog" : undefined}
        onClick={() => onChange([...filters, { property: "", operator: "=", value: "" }])}
        style={{ alignSelf: "flex-start" }}
      >
        where…
      </Button>
    </Stack>
  );
}
