import type { AudienceCatalog, CatalogField } from "./catalog.types.js";
import { COMPUTED_TRAITS, type ComputedTraitName } from "./computed-traits.js";
import { OPERATORS_BY_TYPE, UNARY_OPERATORS, type ValueType } from "./conditions.schema.js";
import {
  ANY_PAGE_EVENT,
  ANY_SCREEN_EVENT,
  AUDIENCE_FIELD,
  COMPUTED_PREFIX,
  EVENT_FIELD,
  IDENTIFIER_PREFIX,
  SEQUENCE_FIELD,
  TRAIT_PREFIX,
} from "./fields.js";
import {
  AUDIENCE_OPERATOR_LABELS,
  EVENT_OPERATOR_LABELS,
  IDENTIFIER_OPERATOR_LABELS,
  VALUE_OPERATOR_LABELS,
} from "./labels.js";

/** react-querybuilder's Operator shape (name, value, label, arity). */
export type BuilderOperator = { name: string; value: string; label: string; arity?: "unary" };

/**
 * react-querybuilder's Field shape, plus `kind` and `valueType` for the custom value editors: an `event` or
 * `sequence` field's value is an object (see event-values.schema.ts), a relative date a {amount, unit} object.
 */
export type BuilderField = {
  name: string;
  value: string;
  label: string;
  kind: "trait" | "computed" | "identifier" | "event" | "sequence" | "audience";
  valueType?: ValueType;
  operators: BuilderOperator[];
  inputType?: "text" | "number" | "date";
  valueEditorType?: "text" | "select" | "checkbox";
  values?: Array<{ name: string; value: string; label: string }>;
};

export type BuilderFieldGroup = { label: string; options: BuilderField[] };

const operator = (name: string, label: string): BuilderOperator => ({
  name,
  value: name,
  label,
  ...(UNARY_OPERATORS.has(name) ? { arity: "unary" as const } : {}),
});

const valueOperators = (type: ValueType) =>
  OPERATORS_BY_TYPE[type].map((op) => operator(op, VALUE_OPERATOR_LABELS[op]));

const option = (value: string, label = value) => ({ name: value, value, label });

const INPUT_TYPES: Partial<Record<ValueType, "text" | "number" | "date">> = {
  string: "text",
  number: "number",
  date: "date",
};

function traitField(trait: CatalogField): BuilderField {
  return {
    name: `${TRAIT_PREFIX}${trait.key}`,
    value: `${TRAIT_PREFIX}${trait.key}`,
    label: trait.key,
    kind: "trait",
    valueType: trait.type,
    operators: valueOperators(trait.type),
    ...(INPUT_TYPES[trait.type] ? { inputType: INPUT_TYPES[trait.type] } : {}),
    ...(trait.type === "boolean" ? { valueEditorType: "checkbox" as const } : {}),
    ...(trait.suggestions.length ? { values: trait.suggestions.map((v) => option(v)) } : {}),
  };
}

function computedField(name: ComputedTraitName): BuilderField {
  const definition = COMPUTED_TRAITS[name];
  const operators = valueOperators(definition.type).filter(
    (op) => definition.nullable || !UNARY_OPERATORS.has(op.name),
  );
  return {
    name: `${COMPUTED_PREFIX}${name}`,
    value: `${COMPUTED_PREFIX}${name}`,
    label: definition.label,
    kind: "computed",
    valueType: definition.type,
    operators,
    inputType: definition.type === "number" ? "number" : "date",
  };
}

const EVENT_LABELS: Record<string, string> = {
  [ANY_PAGE_EVENT]: "Any page view",
  [ANY_SCREEN_EVENT]: "Any screen view",
};

/** The field list for react-querybuilder's `fields` prop, grouped as the picker shows them. */
export function builderFields(catalog: AudienceCatalog): BuilderFieldGroup[] {
  const computedNames = Object.keys(COMPUTED_TRAITS).filter(
    (name): name is ComputedTraitName => name in COMPUTED_TRAITS,
  );
  return [
    { label: "Traits", options: catalog.traits.map(traitField) },
    { label: "Computed and predicted", options: computedNames.map(computedField) },
    {
      label: "Behaviour",
      options: [
        {
          name: EVENT_FIELD,
          value: EVENT_FIELD,
          label: "Event",
          kind: "event",
          operators: Object.entries(EVENT_OPERATOR_LABELS).map(([name, label]) => operator(name, label)),
          values: catalog.events.map((e) => option(e.name, EVENT_LABELS[e.name] ?? e.name)),
        },
        {
          name: SEQUENCE_FIELD,
          value: SEQUENCE_FIELD,
          label: "Events in order",
          kind: "sequence",
          operators: [operator("performedInOrder", "performed in order")],
          values: catalog.events.map((e) => option(e.name, EVENT_LABELS[e.name] ?? e.name)),
        },
      ],
    },
    {
      label: "Identifiers",
      options: catalog.identifiers.map((identifier) => ({
        name: `${IDENTIFIER_PREFIX}${identifier.type}`,
        value: `${IDENTIFIER_PREFIX}${identifier.type}`,
        label: identifier.type,
        kind: "identifier" as const,
        operators: Object.entries(IDENTIFIER_OPERATOR_LABELS).map(([name, label]) => operator(name, label)),
        inputType: "text" as const,
      })),
    },
    {
      label: "Audiences",
      options: [
        {
          name: AUDIENCE_FIELD,
          value: AUDIENCE_FIELD,
          label: "Audience",
          kind: "audience",
          operators: Object.entries(AUDIENCE_OPERATOR_LABELS).map(([name, label]) => operator(name, label)),
          valueEditorType: "select",
          values: catalog.audiences.map((a) => option(a.id, a.name)),
        },
      ],
    },
  ];
}
