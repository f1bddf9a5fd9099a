/** The per-condition trace explainAudience returns (the server's TraceNode), checked before it is shown. */
export type TraceNode =
  | { type: "group"; path: string; combinator: "and" | "or"; not: boolean; holds: boolean; children: TraceNode[] }
  | {
      type: "condition";
      path: string;
      subject: string;
      expected: string;
      actual: unknown;
      holds: boolean;
      text: string;
    }
  | { type: "audience"; path: string; name: string; negated: boolean; holds: boolean; child: TraceNode };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const str = (value: unknown) => (typeof value === "string" ? value : "");

/** The trace from the API's JSON; null when it is not one (a newer server, a bug): shown as "no trace". */
export function parseTrace(value: unknown): TraceNode | null {
  if (!isRecord(value) || typeof value.holds !== "boolean") return null;
  const base = { path: str(value.path), holds: value.holds };
  switch (value.type) {
    case "group": {
      if (!Array.isArray(value.children)) return null;
      const children = value.children.map(parseTrace);
      if (children.some((child) => child === null)) return null;
      return {
        type: "group",
        ...base,
        combinator: value.combinator === "or" ? "or" : "and",
        not: value.not === true,
        children: children.filter((child): child is TraceNode => child !== null),
      };
    }
    case "condition":
      return {
        type: "condition",
        ...base,
        subject: str(value.subject),
        expected: str(value.expected),
        actual: value.actual,
        text: str(value.text),
      };
    case "audience": {
      const child = parseTrace(value.child);
      if (!child) return null;
      return { type: "audience", ...base, name: str(value.name), negated: value.negated === true, child };
    }
    default:
      return null;
  }
}

/** One line of the rendered trace, indented by depth. */
export type TraceRow = {
  key: string;
  depth: number;
  holds: boolean;
  kind: "group" | "condition" | "audience";
  /** For a condition, the server's sentence with the deciding value: "country = DE (needs = \"DE\")". */
  label: string;
};

/** A value as the trace shows it: text unquoted, nothing as "no value", lists and objects as JSON. */
export function traceValue(value: unknown): string {
  if (value === null || value === undefined) return "no value";
  if (typeof value === "string") return value === "" ? '""' : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

function groupLabel(node: Extract<TraceNode, { type: "group" }>): string {
  const all = node.combinator === "and";
  if (node.not) return all ? "Not all of" : "None of";
  return all ? "All of" : "Any of";
}

/** The trace tree as indented rows (depth-first), for a readable list of ✓ / ✗ lines. */
export function traceRows(node: TraceNode, depth = 0, key = "root"): TraceRow[] {
  switch (node.type) {
    case "group":
      return [
        { key, depth, holds: node.holds, kind: "group", label: groupLabel(node) },
        ...node.children.flatMap((child, i) => traceRows(child, depth + 1, `${key}.${i}`)),
      ];
    case "audience":
      return [
        {
          key,
          depth,
          holds: node.holds,
          kind: "audience",
          label: `${node.negated ? "Not in" : "In"} audience “${node.name}”`,
        },
        ...traceRows(node.child, depth + 1, `${key}.audience`),
      ];
    case "condition":
      return [
        {
          key,
          depth,
          holds: node.holds,
          kind: "condition",
          // The ✓ / ✗ the server ends its text with is drawn as an icon beside the row.
          label:
            node.text.replace(/\s*[✓✗]$/u, "") ||
            `${node.subject} = ${traceValue(node.actual)} (needs ${node.expected})`,
        },
      ];
  }
}
