import type { Services } from "../services.js";

const days = (amount: number) => ({ operator: "inLast", value: { amount, unit: "days" } });

/**
 * Saved audiences a marketer of the demo store would keep, over the demo data's real names (events from
 * modules/demo's journeys, LTV computed traits). Created through the segment service, so their membership is
 * evaluated and they move in real time like any other.
 */
export const DEMO_AUDIENCES = [
  {
    name: "Loyal customers",
    description: "Three orders or more and at least $300 spent.",
    rules: {
      combinator: "and",
      rules: [
        { field: "computed.orders", operator: ">=", value: 3 },
        { field: "computed.lifetime_value", operator: ">=", value: 300 },
      ],
    },
  },
  {
    name: "At-risk customers",
    description: "Have ordered, but the LTV model gives them less than a 30% chance of still being active.",
    rules: {
      combinator: "and",
      rules: [
        { field: "computed.orders", operator: ">=", value: 1 },
        { field: "computed.p_alive", operator: "<", value: 0.3 },
      ],
    },
  },
  {
    name: "Cart abandoners (last 30 days)",
    description: "Added a product to the cart in the last 30 days and have not ordered in that time.",
    rules: {
      combinator: "and",
      rules: [
        { field: "event", operator: "performed", value: { event: "Product Added", window: days(30) } },
        { field: "event", operator: "notPerformed", value: { event: "Order Completed", window: days(30) } },
      ],
    },
  },
  {
    name: "New sign-ups (30 days)",
    description: "Created an account in the last 30 days.",
    rules: {
      combinator: "and",
      rules: [{ field: "event", operator: "performed", value: { event: "Signed Up", window: days(30) } }],
    },
  },
  {
    name: "Shoe browsers",
    description: "Viewed shoes at least twice in the last 30 days without buying in that time.",
    rules: {
      combinator: "and",
      rules: [
        {
          field: "event",
          operator: "performed",
          value: {
            event: "Product Viewed",
            count: { op: "atLeast", n: 2 },
            window: days(30),
            where: [{ property: "category", operator: "=", value: "shoes" }],
          },
        },
        { field: "event", operator: "notPerformed", value: { event: "Order Completed", window: days(30) } },
      ],
    },
  },
] as const;

/** Needs the aggregates, the catalog and the LTV fit in place (the rules use all three). */
export async function seedDemoAudiences(services: Services, workspaceId: string, userId: string | null) {
  const created = [];
  for (const audience of DEMO_AUDIENCES)
    created.push(await services.segments.create(workspaceId, userId, { ...audience, rules: audience.rules }));
  return created;
}
