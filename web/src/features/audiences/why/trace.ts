import type { TraceNode } from "@mosaic/shared";

/**
 * The per-condition trace `explainAudience` returns (the server's TraceNode, sent as JSON), checked on arrival
 * and flattened into rows for display.
 */
export type { TraceNode };

export type TraceRow = {
  key: string;
  depth: number;
  kind: TraceNode["type"];
  holds: boolean;
  /** What was checked, in words. */
  label: string;
  /** The deciding value of a condition, or how many parts of a group hold. */
  detail: string | null;
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

/** The trace as the server built it, or null when it is not one (an older or newer server). */
export function parseTrace(value: unknown): TraceNode | null {
  if (!isRecord(value) || typeof value.holds !== "boolean") return null;
  const path = str(value.path) ?? "";
  switch (value.type) {
    case "group": {
      if ((value.combinator !== "and" && value.combinator !== "or") || !Array.isArray(value.children)) return null;
      const children = value.children.map(parseTrace);
      if (children.some((child) => child === null)) return null;
      return {
        type: "group",
        path,
        combinator: value.combinator,
        not: value.not === true,
        holds: value.holds,
        children: children.filter((child) => child !== null),
      };
    }
    case "condition": {
      const text = str(value.text);
      if (text === null) return null;
      return {
        type: "condition",
        path,
        field: str(value.field) ?? "",
        operator: str(value.operator) ?? "",
        subject: str(value.subject) ?? "",
        expected: str(value.expected) ?? "",
        actual: value.actual ?? null,
        holds: value.holds,
        text,
      };
    }
    case "audience": {
      const child = parseTrace(value.child);
      if (!child) return null;
      return {
        type: "audience",
        path,
        audienceId: str(value.audienceId) ?? "",
        name: str(value.name) ?? "another audience",
        negated: value.negated === true,
        holds: value.holds,
        child,
      };
    }
    default:
      return null;
  }
}

/**
 * A deciding value as the trace's sentences print it ("none" for missing, lists comma-separated), with
 * fractions cut to 4 decimals: a model's probability of 0.293841564160612 reads as 0.2938.
 */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return "none";
  if (Array.isArray(value)) return value.length ? value.map(valueText).join(", ") : "none";
  if (typeof value === "string") return value;
  if (typeof value === "number") return String(Math.round(value * 10_000) / 10_000);
  if (typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function groupLabel(node: Extract<TraceNode, { type: "group" }>): string {
  const all = node.combinator === "and";
  if (node.not) return all ? "Not all of these" : "None of these";
  return all ? "All of these" : "Any of these";
}

/** The mark at the end of a condition's sentence duplicates the row's icon. */
function withoutMark(text: string): string {
  return text.replace(/\s*[✓✗]\s*$/u, "");
}

/** Depth-first rows: each group, then its children one level deeper; an audience rule, then its own rules. */
export function traceRows(node: TraceNode, depth = 0): TraceRow[] {
  switch (node.type) {
    case "condition":
      return [
        {
          key: node.path,
          depth,
          kind: "condition",
          holds: node.holds,
          label: withoutMark(node.text),
          detail: valueText(node.actual),
        },
      ];
    case "audience":
      return [
        {
          key: node.path,
          depth,
          kind: "audience",
          holds: node.holds,
          label: `${node.negated ? "Not in" : "In"} audience “${node.name}”`,
          detail: node.child.holds ? "is a member" : "is not a member",
        },
        ...traceRows(node.child, depth + 1),
      ];
    case "group": {
      const held = node.children.filter((child) => child.holds).length;
      return [
        {
          key: node.path,
          depth,
          kind: "group",
          holds: node.holds,
          label: groupLabel(node),
          detail: node.children.length === 0 ? "no conditions" : `${held} of ${node.children.length} hold`,
        },
        ...node.children.flatMap((child) => traceRows(child, depth + 1)),
      ];
    }
  }
}
