import type { IdentityRules } from "./identity-rules.schema.js";

export type Limit = { max: number; windowMs: number | null };

/** Identity rules turned into the lookups the resolver runs per identifier. */
export type CompiledRules = {
  rules: IdentityRules;
  isBlocked(type: string, value: string): boolean;
  limitOf(type: string): Limit;
  /** Lower is more important. */
  rank(type: string): number;
};

const DAY_MS = 86_400_000;

export function compileRules(rules: IdentityRules): CompiledRules {
  const exact = new Map<string, Set<string> | null>();
  const patterns: Array<{ types: Set<string> | null; regex: RegExp }> = [];
  for (const rule of rules.blocked) {
    const types = rule.types ? new Set(rule.types) : null;
    if (rule.match === "regex") {
      patterns.push({ types, regex: new RegExp(rule.value, "i") });
      continue;
    }
    const value = rule.value.toLowerCase();
    const existing = exact.get(value);
    // One exact rule for every type wins over rules for some types.
    exact.set(value, existing === null || types === null ? null : new Set([...(existing ?? []), ...types]));
  }
  const limits = new Map(
    rules.limits.map((l) => [l.type, { max: l.max, windowMs: l.windowDays ? l.windowDays * DAY_MS : null }]),
  );
  const fallback: Limit = { max: rules.defaultLimit, windowMs: null };
  const ranks = new Map(rules.priority.map((type, i) => [type, i]));
  const unlisted = rules.priority.length;

  return {
    rules,
    isBlocked(type, value) {
      const lower = value.toLowerCase();
      if (exact.has(lower)) {
        const types = exact.get(lower);
        if (!types || types.has(type)) return true;
      }
      return patterns.some((p) => (!p.types || p.types.has(type)) && p.regex.test(lower));
    },
    limitOf: (type) => limits.get(type) ?? fallback,
    rank: (type) => ranks.get(type) ?? unlisted,
  };
}
