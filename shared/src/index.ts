export * from "./rules/rule-tree.schema.js";
