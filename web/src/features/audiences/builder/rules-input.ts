import { ruleGroupSchema } from "@mosaic/shared";
import type { RuleGroupType, RuleType } from "react-querybuilder";

/** A problem in the tree: where (react-querybuilder's path of the rule or group) and why. */
export type RuleIssue = {
  /** Indexes into `rules` from the root; [] is the root group. */
  nodePath: number[];
  /** What inside the rule is at fault ("value.event"), empty when the rule or group itself is. */
  detail: string;
  message: string;
};

type Node = RuleGroupType | RuleType;
type InputNode = Record<string, unknown>;

const isGroup = (node: Node): node is RuleGroupType => "rules" in node;

/**
 * The tree as the API takes it: only what changes the audience. Builder-only keys (ids, locks, value
 * sources) are dropped, so two trees that mean the same share one cache entry and one request.
 */
export function toRulesInput(group: RuleGroupType): InputNode {
  return {
    combinator: group.combinator,
    ...(group.not ? { not: true } : {}),
    ...(group.muted ? { muted: true } : {}),
    rules: group.rules.flatMap((node): InputNode[] => {
      if (typeof node === "string") return []; // independent combinators are not used by this builder
      if (isGroup(node)) return [toRulesInput(node)];
      return [
        {
          field: node.field,
          operator: node.operator,
          value: node.value,
          ...(node.muted ? { muted: true } : {}),
        },
      ];
    }),
  };
}

/**
 * Splits an error path into the rule it points at and the rest: the schema's ["rules", 1, "value", "event"],
 * the API's "rules.1.value.event" or "rules.rules[1].value.event" (the argument name, then the tree's path).
 */
export function locateIssue(path: string | ReadonlyArray<string | number>, message: string): RuleIssue {
  const tokens =
    typeof path === "string"
      ? path
          .replace(/\[(\d+)\]/g, ".$1")
          .split(".")
          .filter(Boolean)
      : path.map(String);
  let i = 0;
  // The GraphQL argument is also called "rules": "rules.rules.1" and "rules.1" name the same rule.
  if (tokens[0] === "rules" && tokens[1] === "rules") i = 1;
  const nodePath: number[] = [];
  while (tokens[i] === "rules" && /^\d+$/.test(tokens[i + 1] ?? "")) {
    nodePath.push(Number(tokens[i + 1]));
    i += 2;
  }
  if (tokens[i] === "rules" && i === tokens.length - 1) i += 1;
  return { nodePath, detail: tokens.slice(i).join("."), message };
}

/** "must name an event" on "value.event" reads as "Event: must name an event" beside the rule. */
export function issueText(issue: RuleIssue): string {
  const detail = issue.detail.replace(/^value\.?/, "");
  const reason = issue.message.replace(/^[\w.[\]]+: /, "");
  return detail ? `${detail}: ${reason}` : reason.charAt(0).toUpperCase() + reason.slice(1);
}

/** Checks the tree with the shared schema before asking the server: an incomplete rule costs no request. */
export function checkRules(input: InputNode): RuleIssue | null {
  const unchosen = firstUnchosenField(input, []);
  if (unchosen) return { nodePath: unchosen, detail: "", message: "choose what this condition filters on" };
  const parsed = ruleGroupSchema.safeParse(input);
  if (parsed.success) return null;
  const [first] = parsed.error.issues;
  if (!first) return null;
  return locateIssue(
    first.path.filter((p): p is string | number => typeof p !== "symbol"),
    first.message,
  );
}

/** react-querybuilder marks a rule whose field is not picked yet with "~". */
function firstUnchosenField(group: InputNode, at: number[]): number[] | null {
  const rules: unknown[] = Array.isArray(group.rules) ? group.rules : [];
  for (const [index, node] of rules.entries()) {
    if (!isRecord(node)) continue;
    if ("rules" in node) {
      const inner = firstUnchosenField(node, [...at, index]);
      if (inner) return inner;
    } else if (node.field === "~" || node.field === "") return [...at, index];
  }
  return null;
}

const isRecord = (value: unknown): value is InputNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

export function samePath(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}
