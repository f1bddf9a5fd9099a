import { Badge, Group, Loader, Stack, Text, Tooltip } from "@mantine/core";
import { MantineActionElement, MantineValueEditor, MantineValueSelector } from "@react-querybuilder/mantine";
import type { ActionProps, FieldSelectorProps, ValueEditorProps, VersatileSelectorProps } from "react-querybuilder";
import { formatNumber } from "../../../lib/format";
import { useBuilderState } from "./builder-context";
import { ConditionValueInput } from "./ConditionValueInput";
import { EventValueEditor } from "./EventValueEditor";
import { issueText, samePath } from "./rules-input";
import { SequenceValueEditor } from "./SequenceValueEditor";

/**
 * Every select of the builder (combinator, operator, audience). The compat package keeps dropdowns inside the
 * rule, where the cards around the builder cover them; a portal puts them above the page.
 */
export function ValueSelector(props: VersatileSelectorProps) {
  return <MantineValueSelector {...props} comboboxProps={{ withinPortal: true }} />;
}

/** The field picker, grouped as the catalog is (traits, computed, behaviour, identifiers, audiences), searchable. */
export function FieldSelector(props: FieldSelectorProps) {
  return (
    <MantineValueSelector {...props} comboboxProps={{ withinPortal: true }} searchable aria-label="Field" w={220} />
  );
}

/** Each rule's value: the structured editors for behaviour and sequences, typed inputs with suggestions otherwise. */
export function RuleValueEditor(props: ValueEditorProps) {
  const state = useBuilderState();
  const field = state.fields.get(props.field);
  const issue = state.issue && samePath(state.issue.nodePath, props.path) ? state.issue : null;
  let editor = null;
  if (field)
    switch (field.kind) {
      case "event":
        editor = (
          <EventValueEditor
            operator={props.operator}
            value={props.value}
            catalog={state.catalog}
            disabled={props.disabled}
            onChange={props.handleOnChange}
          />
        );
        break;
      case "sequence":
        editor = (
          <SequenceValueEditor
            value={props.value}
            catalog={state.catalog}
            disabled={props.disabled}
            onChange={props.handleOnChange}
          />
        );
        break;
      case "audience":
        editor = <MantineValueEditor {...props} />;
        break;
      default:
        editor = (
          <ConditionValueInput
            type={field.valueType ?? "string"}
            operator={props.operator}
            value={props.value}
            suggestions={field.values?.map((option) => option.value)}
            disabled={props.disabled}
            onChange={props.handleOnChange}
          />
        );
    }
  return (
    <Stack gap={2}>
      {editor}
      {issue ? (
        <Text size="xs" c="red" role="alert">
          {issueText(issue)}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The size of a top-level rule or group on its own, beside its remove button. */
function SizeBadge({ index }: { index: number }) {
  const { groupSizes, sizesStale, recounting } = useBuilderState();
  const size = groupSizes.get(index);
  if (size === undefined) return recounting ? <Loader size={12} /> : null;
  return (
    <Tooltip label="Profiles matching this part on its own">
      <Badge
        variant="light"
        color="gray"
        tt="none"
        opacity={sizesStale ? 0.5 : 1}
        data-testid="part-size"
        rightSection={recounting ? <Loader size={8} /> : null}
      >
        {formatNumber(size)}
      </Badge>
    </Tooltip>
  );
}

export function RemoveAction(props: ActionProps) {
  const [index] = props.path;
  return (
    <Group gap={6} wrap="nowrap" ml="auto">
      {props.path.length === 1 && index !== undefined ? <SizeBadge index={index} /> : null}
      <MantineActionElement {...props} variant="subtle" color="gray" />
    </Group>
  );
}

/** "+ Condition" and "+ Group", lighter than the page's primary action (Save). */
export function AddAction(props: ActionProps) {
  return <MantineActionElement {...props} variant="light" />;
}
