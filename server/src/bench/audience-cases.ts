import { ruleGroupSchema, type RuleGroup } from "@mosaic/shared";

/** A tree as a client sends it (defaults left out); parsed below exactly as the API parses one. */
type Input = { combinator: "and" | "or"; not?: boolean; rules: Array<Input | Record<string, unknown>> };

/**
 * The seven audiences, each as a rule tree for the compiler and as the best SQL we could write by hand over
 * the raw tables (profiles, events with the covering index on event name and time). The bulk seed names things as
 * Segment's e-commerce spec does: "Product Added" is the add-to-cart event, a page view is a `page` call ($page).
 */
export type AudienceCase = {
  name: string;
  rules: RuleGroup;
  /** $1 workspace id, $2 now (timestamptz), $3 country, $4 plans (text[]). Returns one row { count }. */
  handWritten: string;
};

export type CaseParams = { country: string; plans: string[] };

const parse = (tree: Input): RuleGroup => ruleGroupSchema.parse(tree);
const days = (amount: number) => ({ amount, unit: "days" as const });
const inLast = (amount: number) => ({ operator: "inLast" as const, value: days(amount) });

export function audienceCases({ country, plans }: CaseParams): AudienceCase[] {
  const countryAndPlan: Input = {
    combinator: "and",
    rules: [
      { field: "traits.country", operator: "=", value: country },
      { field: "traits.plan", operator: "in", value: plans },
    ],
  };
  const ordersAndCountry: Input = {
    combinator: "and",
    rules: [
      {
        field: "event",
        operator: "performed",
        value: { event: "Order Completed", count: { op: "atLeast", n: 3 }, window: inLast(30) },
      },
      { field: "traits.country", operator: "=", value: country },
    ],
  };
  const orderedNotBrowsing: Input = {
    combinator: "and",
    rules: [
      { field: "event", operator: "performed", value: { event: "Order Completed", window: inLast(90) } },
      { field: "event", operator: "notPerformed", value: { event: "$page", window: inLast(7) } },
    ],
  };
  const bigSpenders: Input = {
    combinator: "and",
    rules: [
      {
        field: "event",
        operator: "aggregate",
        value: { event: "Order Completed", fn: "sum", property: "revenue", compare: { operator: ">=", value: 500 } },
      },
    ],
  };
  const shoeBrowsers: Input = {
    combinator: "and",
    rules: [
      {
        field: "event",
        operator: "performed",
        value: {
          event: "Product Viewed",
          count: { op: "atLeast", n: 2 },
          window: inLast(14),
          where: [{ property: "category", operator: "=", value: "shoes" }],
        },
      },
      { field: "event", operator: "notPerformed", value: { event: "Order Completed", window: inLast(14) } },
    ],
  };
  const combined: Input = {
    combinator: "or",
    rules: [
      { combinator: "and", rules: [countryAndPlan, ordersAndCountry] },
      { combinator: "and", rules: [bigSpenders, { ...orderedNotBrowsing, not: true }] },
    ],
  };
  const cartThenOrder: Input = {
    combinator: "and",
    rules: [
      {
        field: "sequence",
        operator: "performedInOrder",
        value: { steps: [{ event: "Product Added" }, { event: "Order Completed" }], within: days(1) },
      },
    ],
  };

  // Hand-written sets, shared by the combined case.
  const sql = {
    countryAndPlan: `SELECT id AS profile_id FROM profiles
      WHERE workspace_id = $1 AND traits->>'country' = $3 AND traits->>'plan' = ANY($4)`,
    ordersAndCountry: `SELECT o.profile_id FROM (
        SELECT profile_id FROM events
        WHERE workspace_id = $1 AND event = 'Order Completed' AND timestamp >= $2::timestamptz - interval '30 days'
          AND timestamp < $2::timestamptz
        GROUP BY profile_id HAVING count(*) >= 3) o
      JOIN profiles p ON p.id = o.profile_id AND p.traits->>'country' = $3`,
    orderedNotBrowsing: `SELECT DISTINCT o.profile_id FROM events o
      WHERE o.workspace_id = $1 AND o.event = 'Order Completed'
        AND o.timestamp >= $2::timestamptz - interval '90 days' AND o.timestamp < $2::timestamptz
        AND NOT EXISTS (SELECT 1 FROM events v WHERE v.profile_id = o.profile_id AND v.type = 'page'
          AND v.timestamp >= $2::timestamptz - interval '7 days' AND v.timestamp < $2::timestamptz)`,
    bigSpenders: `SELECT profile_id FROM events
      WHERE workspace_id = $1 AND event = 'Order Completed' AND jsonb_typeof(properties->'revenue') = 'number'
      GROUP BY profile_id HAVING sum((properties->>'revenue')::numeric) >= 500`,
  };
  const count = (set: string) => `SELECT count(*)::int AS count FROM (${set}) s`;

  return [
    { name: "1 country = X and plan in (a, b)", rules: parse(countryAndPlan), handWritten: count(sql.countryAndPlan) },
    {
      name: "2 ≥ 3 Order Completed in 30 d and country = X",
      rules: parse(ordersAndCountry),
      handWritten: count(sql.ordersAndCountry),
    },
    {
      name: "3 ordered in 90 d, no page view in 7 d",
      rules: parse(orderedNotBrowsing),
      handWritten: count(sql.orderedNotBrowsing),
    },
    { name: "4 total spend ever ≥ 500", rules: parse(bigSpenders), handWritten: count(sql.bigSpenders) },
    {
      name: "5 ≥ 2 shoe views in 14 d, no order in 14 d",
      rules: parse(shoeBrowsers),
      handWritten: count(`SELECT v.profile_id FROM events v
        WHERE v.workspace_id = $1 AND v.event = 'Product Viewed' AND v.properties->>'category' = 'shoes'
          AND v.timestamp >= $2::timestamptz - interval '14 days' AND v.timestamp < $2::timestamptz
          AND NOT EXISTS (SELECT 1 FROM events o WHERE o.profile_id = v.profile_id AND o.workspace_id = $1
            AND o.event = 'Order Completed'
            AND o.timestamp >= $2::timestamptz - interval '14 days' AND o.timestamp < $2::timestamptz)
        GROUP BY v.profile_id HAVING count(*) >= 2`),
    },
    {
      name: "6 (1 and 2) or (4 and not 3)",
      rules: parse(combined),
      handWritten: count(`(${sql.countryAndPlan} INTERSECT ${sql.ordersAndCountry})
        UNION (${sql.bigSpenders} EXCEPT ${sql.orderedNotBrowsing})`),
    },
    {
      name: "7 Product Added then Order Completed within 1 d",
      rules: parse(cartThenOrder),
      handWritten: count(`SELECT DISTINCT a.profile_id FROM events a
        WHERE a.workspace_id = $1 AND a.event = 'Product Added'
          AND EXISTS (SELECT 1 FROM events o WHERE o.profile_id = a.profile_id AND o.workspace_id = $1
            AND o.event = 'Order Completed' AND o.timestamp > a.timestamp
            AND o.timestamp <= a.timestamp + interval '1 day')`),
    },
  ];
}
