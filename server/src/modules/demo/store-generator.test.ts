import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { fitLtvModels, type Transaction } from "../ltv/index.js";
import type { DemoDataset, DemoMessage, SegmentMessage } from "./demo-types.js";
import { BUYING } from "./purchase-process.js";
import { generateDemoStore } from "./store-generator.js";

function digest(dataset: DemoDataset): string {
  const hash = createHash("sha256");
  for (const m of dataset.messages) hash.update(JSON.stringify(m));
  hash.update(JSON.stringify(dataset.people));
  return hash.digest("hex");
}

const isTrack = (m: SegmentMessage, event: string) => m.type === "track" && m.event === event;
const revenueOf = (m: SegmentMessage) => (m.type === "track" ? Number(m.properties.revenue) : NaN);

describe("generateDemoStore determinism", () => {
  it("gives byte-identical output for the same seed and different output for another", () => {
    const a = digest(generateDemoStore({ seed: 7, customers: 150, visitors: 100 }));
    const b = digest(generateDemoStore({ seed: 7, customers: 150, visitors: 100 }));
    const c = digest(generateDemoStore({ seed: 8, customers: 150, visitors: 100 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it("rejects a negative or fractional size", () => {
    expect(() => generateDemoStore({ customers: -1 })).toThrow(RangeError);
    expect(() => generateDemoStore({ visitors: 1.5 })).toThrow(RangeError);
  });
});

describe("the default demo store", () => {
  let data: DemoDataset;
  let byPerson: Map<string, DemoMessage[]>;
  beforeAll(() => {
    data = generateDemoStore();
    byPerson = new Map();
    for (const m of data.messages) byPerson.set(m.personKey, [...(byPerson.get(m.personKey) ?? []), m]);
  });

  it("has 5,000 customers, anonymous visitors, and a message volume that loads in seconds", () => {
    const customers = data.people.filter((p) => p.kind === "customer");
    expect(customers).toHaveLength(5000);
    expect(data.people.filter((p) => p.kind === "visitor").length).toBeGreaterThan(5000);
    expect(data.messages.length).toBeGreaterThan(150_000);
    expect(data.messages.length).toBeLessThan(400_000);
    for (const p of customers) expect(p.email).toMatch(/^[a-z0-9._+-]+@[a-z0-9.-]+$/);
  });

  it("spans 18 months ending 2026-10-31, sorted by timestamp", () => {
    const times = data.messages.map((m) => Date.parse(m.message.timestamp));
    expect(times.every((t, i) => i === 0 || t >= (times[i - 1] ?? t))).toBe(true);
    expect(times[0]).toBeGreaterThanOrEqual(Date.parse("2025-05-01T00:00:00Z"));
    expect(times[0]).toBeLessThan(Date.parse("2025-05-08T00:00:00Z"));
    expect(times.at(-1)).toBeLessThanOrEqual(Date.parse("2026-10-31T23:59:59Z"));
    expect(times.at(-1)).toBeGreaterThan(Date.parse("2026-10-30T00:00:00Z"));
  });

  it("sends Segment-shaped messages from all four sources", () => {
    const ids = new Set<string>();
    const sources = new Set<string>();
    const misshapen: DemoMessage[] = [];
    for (const item of data.messages) {
      const { source, message } = item;
      const context = message.context;
      sources.add(source);
      ids.add(message.messageId);
      const ok =
        Boolean(message.anonymousId ?? message.userId) &&
        /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/.test(message.timestamp) &&
        Boolean(context.library) &&
        (source !== "website" || Boolean(context.page && context.userAgent && context.ip && context.locale)) &&
        (source !== "app" || Boolean(context.app && context.device && context.os)) &&
        ((source !== "backend" && source !== "pos") || message.anonymousId === undefined);
      if (!ok) misshapen.push(item);
    }
    expect(misshapen.slice(0, 3)).toEqual([]);
    expect(ids.size).toBe(data.messages.length);
    expect([...sources].sort()).toEqual(["app", "backend", "pos", "website"]);
    const utm = data.messages.filter((m) => m.message.context.campaign);
    expect(utm.length).toBeGreaterThan(5000);
  });

  it("identifies people by email after they browsed anonymously, on the same anonymous id", () => {
    let linked = 0;
    for (const person of data.people.filter((p) => p.kind === "customer" && p.anonymousIds.length > 0)) {
      const messages = byPerson.get(person.key) ?? [];
      const identify = messages.findIndex((m) => m.message.type === "identify" && m.message.traits.email);
      const signup = messages[identify]?.message;
      expect(signup?.userId).toBe(person.userId);
      expect(String(signup?.type === "identify" && signup.traits.email).toLowerCase()).toBe(person.email);
      const before = messages.slice(0, identify);
      if (
        before.some(
          (m) => m.message.type === "page" && !m.message.userId && m.message.anonymousId === signup?.anonymousId,
        )
      )
        linked++;
    }
    expect(linked).toBeGreaterThan(2500);
  });

  it("has people on two or three devices, each device tied to them by a sign-in", () => {
    const multi = data.people.filter((p) => p.anonymousIds.length >= 2);
    expect(multi.length).toBeGreaterThan(500);
    expect(Math.max(...data.people.map((p) => p.anonymousIds.length))).toBe(3);
    for (const person of multi) {
      const messages = byPerson.get(person.key) ?? [];
      for (const anonymousId of person.anonymousIds) {
        const used = messages.filter((m) => m.message.anonymousId === anonymousId);
        expect(
          used.some(
            (m) => (m.message.type === "identify" || m.message.type === "alias") && m.message.userId === person.userId,
          ),
        ).toBe(true);
      }
    }
  });

  it("has orders in the e-commerce spec, repeat buyers and positive revenue matching the ground truth", () => {
    const orders = data.messages.filter((m) => isTrack(m.message, "Order Completed"));
    const orderIds = new Set<string>();
    for (const { message } of orders) {
      expect(message.type === "track" && message.properties).toMatchObject({
        order_id: expect.any(String),
        currency: "USD",
      });
      expect(revenueOf(message)).toBeGreaterThan(0);
      const products = message.type === "track" ? message.properties.products : undefined;
      expect(Array.isArray(products) && products.length > 0).toBe(true);
      orderIds.add(String(message.type === "track" && message.properties.order_id));
    }
    expect(orderIds.size).toBe(orders.length);
    const buyers = data.people.filter((p) => p.orders > 0);
    const repeat = buyers.filter((p) => p.orders >= 2);
    expect(buyers.length).toBeGreaterThan(2500);
    expect(repeat.length / buyers.length).toBeGreaterThan(0.3);
    expect(repeat.length / buyers.length).toBeLessThan(0.75);
    expect(buyers.reduce((sum, p) => sum + p.orders, 0)).toBe(orders.length);
    for (const p of buyers.slice(0, 500)) {
      const mine = (byPerson.get(p.key) ?? []).filter((m) => isTrack(m.message, "Order Completed"));
      expect(mine.reduce((sum, m) => sum + revenueOf(m.message), 0)).toBeCloseTo(p.revenue, 1);
    }
    expect(orders.filter((m) => m.source === "pos").length).toBeGreaterThan(300);
    const funnel = ["Product Viewed", "Product Added", "Checkout Started"].map(
      (e) => data.messages.filter((m) => isTrack(m.message, e)).length,
    );
    expect(funnel[0]).toBeGreaterThan(funnel[1] ?? 0);
    expect(funnel[1]).toBeGreaterThan(funnel[2] ?? 0);
  });

  it("has email engagement from the backend and a November peak", () => {
    const emails = ["Email Delivered", "Email Opened", "Email Link Clicked"].map((e) =>
      data.messages.filter((m) => isTrack(m.message, e)),
    );
    const [delivered = [], opened = [], clicked = []] = emails;
    expect(delivered.length).toBeGreaterThan(opened.length);
    expect(opened.length).toBeGreaterThan(clicked.length);
    expect(clicked.length).toBeGreaterThan(500);
    for (const m of [...delivered, ...clicked]) expect(m.source).toBe("backend");
    expect(
      new Set(delivered.map((m) => m.message.type === "track" && m.message.properties.campaign_name)).size,
    ).toBeGreaterThan(20);
    const ordersIn = (prefix: string) =>
      data.messages.filter((m) => isTrack(m.message, "Order Completed") && m.message.timestamp.startsWith(prefix))
        .length;
    expect(ordersIn("2025-11")).toBeGreaterThan(1.4 * ordersIn("2025-10"));
  });

  it("spreads people over weighted countries and three plans", () => {
    const countries = new Map<string, number>();
    for (const p of data.people) countries.set(p.country, (countries.get(p.country) ?? 0) + 1);
    const ranked = [...countries.entries()].sort((a, b) => b[1] - a[1]).map(([c]) => c);
    expect(ranked[0]).toBe("US");
    expect(ranked.length).toBeGreaterThanOrEqual(8);
    const plans = new Set(data.people.flatMap((p) => p.plan ?? []));
    expect([...plans].sort()).toEqual(["business", "free", "pro"]);
    expect(data.people.filter((p) => p.previousPhones.length > 0).length).toBeGreaterThan(100);
  });

  it("buys the way BG/NBD and Gamma-Gamma assume, so the fitted models recover the generating parameters", () => {
    const transactions: Transaction[] = data.messages
      .filter((m) => isTrack(m.message, "Order Completed"))
      .map((m) => ({ customerId: m.personKey, date: m.message.timestamp.slice(0, 10), amount: revenueOf(m.message) }));
    const fit = fitLtvModels(transactions, { calibrationEnd: "2026-04-30" });
    expect(fit.bgnbd.converged).toBe(true);
    expect(fit.bgnbd.r).toBeGreaterThan(BUYING.r / 1.5);
    expect(fit.bgnbd.r).toBeLessThan(BUYING.r * 1.5);
    expect(fit.bgnbd.alpha).toBeGreaterThan(BUYING.alpha / 1.5);
    expect(fit.bgnbd.alpha).toBeLessThan(BUYING.alpha * 1.5);
    expect(fit.bgnbd.a / (fit.bgnbd.a + fit.bgnbd.b)).toBeCloseTo(BUYING.a / (BUYING.a + BUYING.b), 1);
    expect(fit.gammaGamma.converged).toBe(true);
    const meanSpend = (fit.gammaGamma.p * fit.gammaGamma.gamma) / (fit.gammaGamma.q - 1);
    expect(meanSpend).toBeGreaterThan(50);
    expect(meanSpend).toBeLessThan(150);
    const holdout = fit.holdout;
    expect(holdout && Math.abs(holdout.expectedTotal / holdout.actualTotal - 1)).toBeLessThan(0.2);
  });
});
