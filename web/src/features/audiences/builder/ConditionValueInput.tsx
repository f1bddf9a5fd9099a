import { Autocomplete, Group, NumberInput, Select, TagsInput, Text, TextInput } from "@mantine/core";
import { TIME_UNITS, UNARY_OPERATORS, type ValueType } from "@mosaic/shared";

type Props = {
  type: ValueType;
  operator: string;
  value: unknown;
  onChange: (value: unknown) => void;
  suggestions?: readonly string[];
  disabled?: boolean;
  /** Names the input for screen readers and tests ("Value", "Property value"). */
  label?: string;
};

const RELATIVE = new Set(["inLast", "moreThanAgo", "inNext"]);
const RANGE = new Set(["between", "notBetween"]);
const LIST = new Set(["in", "notIn"]);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const textOf = (value: unknown) => (typeof value === "string" || typeof value === "number" ? String(value) : "");
const numberOf = (value: unknown): number | string =>
  typeof value === "number" ? value : typeof value === "string" ? value : "";
/** A number where the text is one, so a number trait is compared with a number. */
const listItem = (text: string, type: ValueType): string | number =>
  type === "number" && /^-?\d+(\.\d+)?$/.test(text.trim()) ? Number(text) : text;

/** "30 days": the amount and unit of the relative date operators and of sequence spans. */
export function RelativeAmountInput({
  value,
  onChange,
  disabled,
  label = "Amount",
}: {
  value: unknown;
  onChange: (value: { amount: number | string; unit: string }) => void;
  disabled?: boolean;
  label?: string;
}) {
  const current = isRecord(value) ? value : {};
  const amount = numberOf(current.amount);
  const unit = typeof current.unit === "string" ? current.unit : "days";
  return (
    <Group gap={4} wrap="nowrap">
      <NumberInput
        aria-label={label}
        w={80}
        size="xs"
        min={1}
        allowDecimal={false}
        value={amount}
        disabled={disabled}
        onChange={(next) => onChange({ amount: next, unit })}
      />
      <Select
        aria-label={`${label} unit`}
        w={100}
        size="xs"
        data={[...TIME_UNITS]}
        value={unit}
        allowDeselect={false}
        disabled={disabled}
        onChange={(next) => onChange({ amount, unit: next ?? unit })}
      />
    </Group>
  );
}

function SingleInput({
  type,
  value,
  onChange,
  suggestions,
  disabled,
  label,
}: Omit<Props, "operator"> & { label: string }) {
  if (type === "number")
    return (
      <NumberInput
        aria-label={label}
        w={120}
        size="xs"
        value={numberOf(value)}
        disabled={disabled}
        onChange={onChange}
      />
    );
  if (type === "date")
    return (
      <TextInput
        aria-label={label}
        type="date"
        w={150}
        size="xs"
        value={textOf(value)}
        disabled={disabled}
        onChange={(event) => onChange(event.currentTarget.value)}
      />
    );
  if (type === "boolean")
    return (
      <Select
        aria-label={label}
        w={100}
        size="xs"
        data={["true", "false"]}
        value={value === false ? "false" : "true"}
        allowDeselect={false}
        disabled={disabled}
        onChange={(next) => onChange(next !== "false")}
      />
    );
  if (suggestions && suggestions.length > 0)
    return (
      <Autocomplete
        aria-label={label}
        w={180}
        size="xs"
        data={[...suggestions]}
        value={textOf(value)}
        disabled={disabled}
        onChange={onChange}
      />
    );
  return (
    <TextInput
      aria-label={label}
      w={180}
      size="xs"
      value={textOf(value)}
      disabled={disabled}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}

/** The value of one condition on a trait, computed trait or event property, in the shape its operator needs. */
export function ConditionValueInput({
  type,
  operator,
  value,
  onChange,
  suggestions,
  disabled,
  label = "Value",
}: Props) {
  if (UNARY_OPERATORS.has(operator)) return null;
  if (RELATIVE.has(operator))
    return <RelativeAmountInput value={value} onChange={onChange} disabled={disabled} label={label} />;
  if (RANGE.has(operator)) {
    const ends = Array.isArray(value) ? value : ["", ""];
    const setEnd = (i: number) => (next: unknown) => onChange(i === 0 ? [next, ends[1] ?? ""] : [ends[0] ?? "", next]);
    return (
      <Group gap={4} wrap="nowrap">
        <SingleInput type={type} value={ends[0]} onChange={setEnd(0)} disabled={disabled} label={`${label} from`} />
        <Text size="xs" c="dimmed">
          and
        </Text>
        <SingleInput type={type} value={ends[1]} onChange={setEnd(1)} disabled={disabled} label={`${label} to`} />
      </Group>
    );
  }
  if (LIST.has(operator)) {
    const items = Array.isArray(value) ? value.map(textOf) : [];
    return (
      <TagsInput
        aria-label={label}
        size="xs"
        miw={200}
        maw={360}
        data={suggestions ? [...suggestions] : []}
        value={items}
        disabled={disabled}
        placeholder={items.length ? undefined : "Type and press Enter"}
        onChange={(next) => onChange(next.map((item) => listItem(item, type)))}
      />
    );
  }
  return (
    <SingleInput
      type={type}
      value={value}
      onChange={onChange}
      suggestions={suggestions}
      disabled={disabled}
      label={label}
    />
  );
}
