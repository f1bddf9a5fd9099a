import { Calendar, DEFAULT_END } from "./calendar.js";
import { generateCustomer, type JourneyContext } from "./customer-journey.js";
import type { DemoDataset } from "./demo-types.js";
import { emailCampaigns } from "./email-campaigns.js";
import { PersonFactory } from "./person-factory.js";
import type { Seed } from "./random.js";
import { MessageSink } from "./session.js";
import { generateVisitor } from "./visitor-journey.js";

export type DemoStoreOptions = {
  /** Same seed, same bytes. Default 42. */
  seed?: Seed;
  /** People who sign up (online or in a store). Default 5,000. */
  customers?: number;
  /** People who only ever browse anonymously. Default 1.6 × customers. */
  visitors?: number;
  /** Last moment of the 18-month period, ISO. Default 2026-10-31T23:59:59Z. */
  end?: string;
};

function count(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${name}: ${value} is not a whole number ≥ 0`);
  return value;
}

/**
 * A deterministic online store: 18 months of Segment messages from its website, app, backend and tills,
 * sorted by timestamp, with the ground truth of who sent them. Pure: no clock, no I/O, no global randomness.
 */
export function generateDemoStore(options: DemoStoreOptions = {}): DemoDataset {
  const seed = options.seed ?? 42;
  const customers = count("customers", options.customers ?? 5000);
  const visitors = count("visitors", options.visitors ?? Math.round(customers * 1.6));
  const calendar = new Calendar(options.end ?? DEFAULT_END);
  const ctx: JourneyContext = {
    seed,
    sink: new MessageSink(calendar.endMs),
    calendar,
    factory: new PersonFactory(),
    campaigns: emailCampaigns(calendar),
  };
  const people = [];
  for (let i = 0; i < customers; i++) people.push(generateCustomer(ctx, i));
  for (let i = 0; i < visitors; i++) people.push(generateVisitor(ctx, i));
  return { messages: ctx.sink.sorted(), people };
}
