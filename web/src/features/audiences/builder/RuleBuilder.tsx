import "react-querybuilder/dist/query-builder.css";
import type { BuilderField } from "@mosaic/shared";
import { QueryBuilderDnD } from "@react-querybuilder/dnd";
import { QueryBuilderMantine } from "@react-querybuilder/mantine";
import { useMemo } from "react";
import * as ReactDnD from "react-dnd";
import * as ReactDndHtml5Backend from "react-dnd-html5-backend";
import { QueryBuilder, type RuleGroupType } from "react-querybuilder";
import { BuilderStateContext, type BuilderState } from "./builder-context";
import { AddAction, FieldSelector, RemoveAction, RuleValueEditor, ValueSelector } from "./builder-controls";
import { defaultRuleValue } from "./default-values";
import classes from "./RuleBuilder.module.css";

const COMBINATORS = [
  { name: "and", value: "and", label: "All of (AND)" },
  { name: "or", value: "or", label: "Any of (OR)" },
];

const TRANSLATIONS = {
  fields: { title: "Field", placeholderLabel: "Choose a field…", placeholderGroupLabel: "Choose a field…" },
  addRule: { label: "+ Condition", title: "Add a condition" },
  addGroup: { label: "+ Group", title: "Add a nested group" },
  removeRule: { label: "✕", title: "Remove this condition" },
  removeGroup: { label: "✕", title: "Remove this group" },
  notToggle: { label: "Not", title: "Match profiles that do NOT match this group" },
};

const CONTROLS = {
  valueSelector: ValueSelector,
  fieldSelector: FieldSelector,
  valueEditor: RuleValueEditor,
  addRuleAction: AddAction,
  addGroupAction: AddAction,
  removeRuleAction: RemoveAction,
  removeGroupAction: RemoveAction,
};

type Props = {
  query: RuleGroupType;
  onQueryChange: (query: RuleGroupType) => void;
  fieldGroups: Array<{ label: string; options: BuilderField[] }>;
  state: BuilderState;
};

/** react-querybuilder over the catalog's fields: nested AND / OR / NOT groups, drag and drop, custom value editors. */
export function RuleBuilder({ query, onQueryChange, fieldGroups, state }: Props) {
  const dnd = useMemo(() => ({ ...ReactDnD, ...ReactDndHtml5Backend }), []);
  return (
    <BuilderStateContext.Provider value={state}>
      <div className={classes.builder}>
        <QueryBuilderDnD dnd={dnd}>
          <QueryBuilderMantine>
            <QueryBuilder
              fields={fieldGroups}
              combinators={COMBINATORS}
              query={query}
              onQueryChange={onQueryChange}
              controlElements={CONTROLS}
              translations={TRANSLATIONS}
              getDefaultValue={(rule, { fieldData }) => defaultRuleValue(rule, state.fields.get(fieldData.name))}
              autoSelectField={false}
              resetOnOperatorChange
              listsAsArrays
              showNotToggle
              enableDragAndDrop
              addRuleToNewGroups
              controlClassnames={{ queryBuilder: "queryBuilder-branches" }}
            />
          </QueryBuilderMantine>
        </QueryBuilderDnD>
      </div>
    </BuilderStateContext.Provider>
  );
}
