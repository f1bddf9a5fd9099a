import { randomBytes } from "node:crypto";
import { DAY_MS } from "./calendar.js";
import { CATEGORY_PICKER, pickProduct, PRODUCTS } from "./catalog.js";
import { copyText } from "./pg-copy.js";
import { emailWord, PersonFactory } from "./person-factory.js";
import { Rng, type Seed, seedTag, Weighted } from "./random.js";

/**
 * Synthetic rows for benchmarks, generated per profile index from the seed alone, so any range of profiles
 * can be produced by any worker in any order and memory never depends on the dataset size.
 */
const BULK_SPAN_DAYS = 548;

const KINDS = [
  "page",
  "Product Viewed",
  "Product Added",
  "Checkout Started",
  "Order Completed",
  "Email Delivered",
  "Email Opened",
  "Email Link Clicked",
] as const;
type Kind = (typeof KINDS)[number];

// How often a profile does each thing, by buyer type; email only for subscribers.
const BUYERS = [
  { share: 45, weights: [40, 28, 5, 0.6, 0, 0, 0, 0] },
  { share: 38, weights: [36, 26, 7, 3, 2.5, 0, 0, 0] },
  { share: 13, weights: [30, 24, 10, 8, 9, 0, 0, 0] },
  { share: 4, weights: [26, 20, 12, 12, 22, 0, 0, 0] },
];
const EMAIL_WEIGHTS = [0, 0, 0, 0, 0, 12, 6, 1.5];
const BUYER_PICKER = new Weighted(BUYERS.map((b, i) => [i, b.share] as const));
const KIND_TABLES = [false, true].map((subscribed) =>
  BUYERS.map(
    (b) =>
      new Weighted(
        KINDS.map((kind, k) => [kind, (b.weights[k] ?? 0) + (subscribed ? (EMAIL_WEIGHTS[k] ?? 0) : 0)] as const),
      ),
  ),
);

const PAGES = [
  ["Home", "/", "Lumen & Co."],
  ["Category", "/c/new", "New arrivals"],
  ["Search", "/search", "Search"],
  ["Cart", "/cart", "Your bag"],
  ["Account", "/account", "Your account"],
] as const;
const PLANS = new Weighted([
  ["free", 68],
  ["pro", 24],
  ["business", 8],
] as const);
const WEB_LIBRARY = `"library":{"name":"analytics.js","version":"next-1.72.0"}`;
const SERVER_CONTEXT = `{"library":{"name":"@segment/analytics-node","version":"3.1.0"}}`;

const PAD2 = Array.from({ length: 100 }, (_, i) => String(i).padStart(2, "0"));
const PAD3 = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, "0"));

/** ISO-8601 text of a time, about five times faster than `new Date(ms).toISOString()` for nearby days. */
export class TimestampFormat {
  private readonly days = new Map<number, string>();

  format(ms: number): string {
    const day = Math.floor(ms / DAY_MS);
    let prefix = this.days.get(day);
    if (prefix === undefined) {
      prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
      this.days.set(day, prefix);
    }
    let rest = ms - day * DAY_MS;
    const hours = Math.floor(rest / 3_600_000);
    rest -= hours * 3_600_000;
    const minutes = Math.floor(rest / 60_000);
    rest -= minutes * 60_000;
    const seconds = Math.floor(rest / 1000);
    return `${prefix}${PAD2[hours]}:${PAD2[minutes]}:${PAD2[seconds]}.${PAD3[Math.floor(rest - seconds * 1000)]}Z`;
  }
}

export type BulkRowOptions = {
  workspaceId: string;
  sourceId: string;
  seed: Seed;
  /** Events fall in the 18 months before this moment. */
  anchorMs: number;
  eventsPerProfile: number;
};

/** One event row; JSON columns as text. */
export type BulkEvent = {
  messageId: string;
  type: "page" | "track";
  event: string;
  properties: string;
  context: string;
  anonymousId: string | null;
  userId: string;
  timestamp: number;
  receivedAt: number;
};

type ProfileDraw = {
  rng: Rng;
  profileId: string;
  times: Float64Array;
  firstSeen: number;
  lastSeen: number;
};

export class BulkRows {
  private readonly tag: string;
  private readonly idPrefix: string;
  private readonly ts = new TimestampFormat();
  private readonly people = new PersonFactory();
  private readonly spanMs = BULK_SPAN_DAYS * DAY_MS;

  constructor(private readonly o: BulkRowOptions) {
    this.tag = seedTag(o.seed).slice(0, 6);
    // Profile ids share a random prefix per run and end in the index: unique, and appended in key order.
    const random = randomBytes(10).toString("hex");
    const hex = `${random.slice(0, 12)}4${random.slice(13, 16)}a${random.slice(17, 20)}`;
    this.idPrefix = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-`;
  }

  profileId(i: number): string {
    return `${this.idPrefix}${i.toString(16).padStart(12, "0")}`;
  }

  /**
   * Event times of profile `i`. A profile joined at some point in the 18 months (more of them recently); a
   * third are active to this day and many of those did most of their events in the last 30 days, so
   * short-window audience rules select real minorities.
   */
  private draw(i: number): ProfileDraw {
    const rng = new Rng(this.o.seed, "bulk", i);
    const anchor = this.o.anchorMs;
    const joined = anchor - this.spanMs * Math.pow(rng.next(), 1.3);
    const active = rng.chance(0.35);
    const until = active ? anchor : Math.min(anchor, joined + rng.exponential(90 * DAY_MS));
    const burst = active && rng.chance(0.45) ? 0.6 : 0;
    const recent = Math.max(joined, anchor - 30 * DAY_MS);
    const times = new Float64Array(this.o.eventsPerProfile);
    let firstSeen = until;
    let lastSeen = joined;
    for (let j = 0; j < times.length; j++) {
      const t =
        burst && rng.next() < burst ? recent + rng.next() * (anchor - recent) : joined + rng.next() * (until - joined);
      times[j] = Math.floor(t);
      firstSeen = Math.min(firstSeen, t);
      lastSeen = Math.max(lastSeen, t);
    }
    if (times.length === 0) firstSeen = lastSeen = joined;
    return {
      rng,
      profileId: this.profileId(i),
      times,
      firstSeen: Math.floor(firstSeen),
      lastSeen: Math.floor(lastSeen),
    };
  }

  private person(d: ProfileDraw, i: number) {
    const { rng } = d;
    const country = this.people.country(rng);
    const { firstName, lastName } = this.people.name(rng, country);
    return {
      country,
      firstName,
      lastName,
      city: this.people.city(rng, country),
      plan: PLANS.pick(rng),
      userId: `bench-${this.tag}-${i}`,
      email: `${emailWord(firstName)}.${emailWord(lastName)}.${i.toString(36)}@bench-${this.tag}.example.com`,
      anonymousId: rng.uuid(),
    };
  }

  /** The profile row and its three identity rows (user_id, email, anonymous_id), as COPY text. */
  profile(i: number): { profile: string; identities: string } {
    const d = this.draw(i);
    const p = this.person(d, i);
    const { workspaceId: w, sourceId: s } = this.o;
    const first = this.ts.format(d.firstSeen);
    const last = this.ts.format(d.lastSeen);
    const traits = copyText(
      JSON.stringify({
        email: p.email,
        firstName: p.firstName,
        lastName: p.lastName,
        country: p.country.code,
        city: p.city,
        plan: p.plan,
        createdAt: first,
      }),
    );
    const id = d.profileId;
    return {
      profile: `${id}\t${w}\t${traits}\t${first}\t${last}\t${first}\t${last}\n`,
      identities:
        `${w}\tuser_id\t${p.userId}\t${id}\t${s}\t${first}\t${last}\n` +
        `${w}\temail\t${copyText(p.email)}\t${id}\t${s}\t${first}\t${last}\n` +
        `${w}\tanonymous_id\t${p.anonymousId}\t${id}\t${s}\t${first}\t${last}\n`,
    };
  }

  /**
   * Calls `visit` with each event of profile `i`, in one reused object (copy what you keep): a page view, a
   * product view in the profile's favourite category or another, cart and checkout steps, orders with a
   * per-profile spend level, or newsletter emails.
   */
  eachEvent(i: number, visit: (event: Readonly<BulkEvent>) => void): void {
    const d = this.draw(i);
    const p = this.person(d, i);
    const { rng } = d;
    const kinds = KIND_TABLES[rng.chance(0.6) ? 1 : 0]?.[BUYER_PICKER.pick(rng)];
    if (!kinds) throw new RangeError("no event table");
    const favourite = CATEGORY_PICKER.pick(rng);
    const spend = rng.gamma(4, 1 / 50);
    const ip = `${rng.int(23, 217)}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
    const webContext = `{${WEB_LIBRARY},"locale":"${p.country.locale}","ip":"${ip}"}`;
    const event: BulkEvent = {
      messageId: "",
      type: "track",
      event: "",
      properties: "",
      context: "",
      anonymousId: null,
      userId: p.userId,
      timestamp: 0,
      receivedAt: 0,
    };
    for (let j = 0; j < d.times.length; j++) {
      const t = d.times[j] ?? 0;
      const kind: Kind = kinds.pick(rng);
      event.messageId = `${this.tag}-${i.toString(36)}-${j.toString(36)}`;
      event.type = kind === "page" ? "page" : "track";
      event.context = kind.startsWith("Email") ? SERVER_CONTEXT : webContext;
      event.anonymousId = kind.startsWith("Email") ? null : p.anonymousId;
      event.timestamp = t;
      event.receivedAt = t + 20 + (j % 200);
      if (kind === "page") {
        const [name, path, title] = PAGES[rng.int(0, PAGES.length - 1)] ?? PAGES[0];
        event.event = name;
        event.properties = `{"path":"${path}","title":"${title}"}`;
      } else if (kind.startsWith("Email")) {
        const month = this.ts.format(t).slice(0, 7);
        event.event = kind;
        event.properties = `{"campaign_id":"nl_${month}","campaign_name":"Newsletter ${month}"}`;
      } else if (kind === "Order Completed" || kind === "Checkout Started") {
        const revenue = Math.round(rng.gamma(6, 1 / spend) * 100) / 100;
        const order = kind === "Order Completed" ? `"order_id":"${event.messageId}",` : "";
        event.event = kind;
        event.properties = `{${order}"revenue":${revenue},"currency":"USD","item_count":${rng.int(1, 4)}}`;
      } else {
        const product = rng.chance(0.55) ? pickProduct(rng, favourite) : PRODUCTS[rng.int(0, PRODUCTS.length - 1)];
        const quantity = kind === "Product Added" ? `,"quantity":1` : "";
        event.event = kind;
        event.properties = `{"product_id":"${product?.productId}","category":"${product?.category}","price":${product?.price}${quantity}}`;
      }
      visit(event);
    }
  }
}
