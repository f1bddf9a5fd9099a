import { Group, Select } from "@mantine/core";
import { DATE_OPERATORS, VALUE_OPERATOR_LABELS } from "@mosaic/shared";
import { ConditionValueInput } from "./ConditionValueInput";
import { defaultConditionValue } from "./default-values";

const ANY_TIME = "anyTime";

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

type Props = {
  value: unknown;
  /** undefined = no window ("any time"); only offered when `optional`. */
  onChange: (value: { operator: string; value: unknown } | undefined) => void;
  optional?: boolean;
  disabled?: boolean;
  label: string;
};

/** When an event happened: any time (if optional), in the last / more than … ago / in the next N, before, after, between. */
export function DateConditionInput({ value, onChange, optional = false, disabled, label }: Props) {
  const current = isRecord(value) && typeof value.operator === "string" ? value : null;
  const operator = current ? String(current.operator) : optional ? ANY_TIME : "inLast";
  const data = [
    ...(optional ? [{ value: ANY_TIME, label: "any time" }] : []),
    ...DATE_OPERATORS.map((op) => ({ value: op, label: VALUE_OPERATOR_LABELS[op] })),
  ];
  return (
    <Group gap={4} wrap="nowrap">
      <Select
        aria-label={label}
        size="xs"
        w={150}
        data={data}
        value={operator}
        allowDeselect={false}
        disabled={disabled}
        onChange={(next) =>
          onChange(
            !next || next === ANY_TIME ? undefined : { operator: next, value: defaultConditionValue(next, "date") },
          )
        }
      />
      {current ? (
        <ConditionValueInput
          type="date"
          operator={operator}
          value={current.value}
          disabled={disabled}
          label={`${label} value`}
          onChange={(next) => onChange({ operator, value: next })}
        />
      ) : null}
    </Group>
  );
}
