/**
 * A synthetic tracking workload with a realistic identity mix, deterministic for a seed:
 * - new anonymous visitors who never sign in;
 * - anonymous visitors who sign up (identify links the device to a new user id);
 * - returning customers on a device they used before (userId and anonymousId);
 * - returning customers on a new device: anonymous first, then a login that merges the device's profile.
 * Each client interleaves many sessions, as a server-side collector would.
 */

export type WorkloadMessage = Record<string, unknown> & { messageId: string; type: string };

type Person = { userId: string; email: string; devices: string[] };
type Session = { person: Person | null; device: string; steps: WorkloadMessage[] };

/** Mulberry32: small, fast and good enough for synthetic data. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PRODUCTS = ["Linen Shirt", "Wool Scarf", "Leather Boots", "Denim Jacket", "Silk Tie", "Canvas Tote", "Rain Coat"];
const PAGES = ["/", "/new", "/sale", "/women", "/men", "/about", "/help"];
const AGENTS = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
  "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
];

export class Workload {
  private readonly rand: () => number;
  private readonly people: Person[] = [];
  private readonly active: Session[] = [];
  private seq = 0;
  private devices = 0;
  private clock: number;

  constructor(
    private readonly client: number,
    seed: number,
    private readonly concurrentSessions = 120,
    start = Date.parse("2026-01-01T00:00:00Z"),
  ) {
    this.rand = random(seed * 7919 + client);
    this.clock = start;
  }

  /** The next `count` messages of this client, sessions interleaved. */
  next(count: number): WorkloadMessage[] {
    const out: WorkloadMessage[] = [];
    while (out.length < count) {
      while (this.active.length < this.concurrentSessions) this.active.push(this.newSession());
      const index = Math.floor(this.rand() * this.active.length);
      const session = this.active[index];
      const step = session?.steps.shift();
      if (!session || !step) {
        this.active.splice(index, 1);
        continue;
      }
      out.push(step);
    }
    return out;
  }

  private pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.rand() * items.length)];
    if (item === undefined) throw new Error("empty list");
    return item;
  }

  private newDevice(): string {
    return `anon-${this.client}-${++this.devices}-${Math.floor(this.rand() * 1e9).toString(36)}`;
  }

  private newPerson(device: string): Person {
    const n = this.people.length;
    const person = {
      userId: `user-${this.client}-${n}`,
      email: `shopper${this.client}.${n}@mail.test`,
      devices: [device],
    };
    this.people.push(person);
    return person;
  }

  private newSession(): Session {
    const roll = this.rand();
    const returning = this.people.length > 50 ? this.pick(this.people) : null;
    if (roll < 0.35) return this.session(null, this.newDevice(), "anonymous");
    if (roll < 0.55 || !returning) return this.session(null, this.newDevice(), "signup");
    if (roll < 0.85) return this.session(returning, this.pick(returning.devices), "known");
    const device = this.newDevice();
    returning.devices.push(device);
    return this.session(returning, device, "login");
  }

  private session(person: Person | null, device: string, kind: "anonymous" | "signup" | "known" | "login"): Session {
    const context = {
      ip: `10.${Math.floor(this.rand() * 255)}.${Math.floor(this.rand() * 255)}.${Math.floor(this.rand() * 255)}`,
      userAgent: this.pick(AGENTS),
      locale: "en-US",
      library: { name: "analytics-node", version: "3.1.0" },
    };
    const steps: WorkloadMessage[] = [];
    const pages = 2 + Math.floor(this.rand() * 6);
    let who: Record<string, string> =
      kind === "known" && person ? { userId: person.userId, anonymousId: device } : { anonymousId: device };
    const message = (body: Record<string, unknown>): WorkloadMessage => {
      this.clock += 1 + Math.floor(this.rand() * 2000);
      const type = typeof body.type === "string" ? body.type : "track";
      return {
        ...body,
        type,
        ...who,
        messageId: `bench-${this.client}-${++this.seq}`,
        timestamp: new Date(this.clock).toISOString(),
        context,
        integrations: {},
      };
    };
    for (let i = 0; i < pages; i++) {
      const path = this.pick(PAGES);
      steps.push(
        message({
          type: "page",
          name: path === "/" ? "Home" : path.slice(1),
          properties: { path, url: `https://shop.test${path}`, referrer: "https://search.test/" },
        }),
      );
      const product = this.pick(PRODUCTS);
      steps.push(
        message({
          type: "track",
          event: "Product Viewed",
          properties: {
            product,
            sku: `SKU-${product.length}${i}`,
            price: 20 + Math.floor(this.rand() * 180),
            currency: "USD",
          },
        }),
      );
      if (i === 1 && kind !== "anonymous") {
        const known = kind === "signup" ? this.newPerson(device) : person;
        if (known) {
          steps.push(
            message({
              type: "identify",
              userId: known.userId,
              traits: { email: known.email, firstName: `Shopper${this.client}`, lastSeenPage: path },
            }),
          );
          who = { userId: known.userId, anonymousId: device };
        }
      }
    }
    if (this.rand() < 0.3) {
      steps.push(
        message({
          type: "track",
          event: "Order Completed",
          properties: {
            order_id: `o-${this.client}-${this.seq}`,
            revenue: 40 + Math.floor(this.rand() * 300),
            currency: "USD",
            products: [{ sku: "SKU-1", quantity: 1 }],
          },
        }),
      );
    }
    return { person, device, steps };
  }
}
