import { STORE_URL } from "./catalog.js";
import type { DemoMessage, JsonObject, SegmentMessage, SourceKey } from "./demo-types.js";
import { BACKEND_LIBRARY, type Device, POS_LIBRARY, WEB_LIBRARY } from "./device.js";
import type { Rng } from "./random.js";

/** Collects messages with their send time; `sorted()` orders them by time, ties in emission order. */
export class MessageSink {
  private readonly times: number[] = [];
  private readonly items: DemoMessage[] = [];

  /** `endMs`: the end of the period; nothing may be sent after it. */
  constructor(readonly endMs: number) {}

  add(t: number, source: SourceKey, personKey: string, message: SegmentMessage): void {
    if (t > this.endMs) throw new RangeError(`${personKey}: message at ${iso(t)} is after the end of the period`);
    this.times.push(t);
    this.items.push({ source, personKey, message });
  }

  sorted(): DemoMessage[] {
    const order = this.items.map((_, i) => i);
    order.sort((a, b) => (this.times[a] ?? 0) - (this.times[b] ?? 0) || a - b);
    return order.flatMap((i) => this.items[i] ?? []);
  }
}

/** Longest a scripted visit lasts, with room to spare. */
const SESSION_ROOM_MS = 3 * 3_600_000;

export const iso = (t: number): string => new Date(t).toISOString();

/** UTM parameters as analytics.js puts them in `context.campaign`. */
export type Utm = { source: string; medium: string; name: string; term?: string; content?: string };

export type PageSpec = { name: string; path: string; title: string; properties?: JsonObject };

function utmQuery(utm: Utm): string {
  const params = new URLSearchParams({ utm_source: utm.source, utm_medium: utm.medium, utm_campaign: utm.name });
  if (utm.term) params.set("utm_term", utm.term);
  if (utm.content) params.set("utm_content", utm.content);
  return `?${params.toString()}`;
}

/** One visit on one device: a clock that moves forward and the page the visitor is on. */
export class Session {
  private t: number;
  private page: Readonly<JsonObject> | undefined;
  private pagesSeen = 0;

  constructor(
    private readonly sink: MessageSink,
    private readonly rng: Rng,
    readonly device: Device,
    private readonly personKey: string,
    start: number,
    public userId: string | undefined,
    private readonly landing: { utm?: Utm; referrer?: string } = {},
  ) {
    // A visit never runs past the end of the period: late visits start early enough to finish.
    this.t = Math.min(start, sink.endMs - SESSION_ROOM_MS);
  }

  /** Think time between two actions. */
  pause(minSeconds: number, maxSeconds: number): this {
    this.t += Math.round(this.rng.uniform(minSeconds, maxSeconds) * 1000);
    return this;
  }

  view(spec: PageSpec): this {
    const first = this.pagesSeen === 0;
    this.pagesSeen++;
    if (this.device.kind === "app") {
      this.emit({ type: "screen", name: spec.name, properties: { ...spec.properties } });
      return this;
    }
    const search = first && this.landing.utm ? utmQuery(this.landing.utm) : "";
    const referrer = first ? (this.landing.referrer ?? "") : String(this.page?.url ?? "");
    const url = `${STORE_URL}${spec.path}${search}`;
    // Frozen: the page context is shared by every message sent from this page.
    this.page = Object.freeze({ path: spec.path, referrer, search, title: spec.title, url });
    this.emit({ type: "page", name: spec.name, properties: { ...this.page, ...spec.properties } });
    return this;
  }

  track(event: string, properties: JsonObject): this {
    this.emit({ type: "track", event, properties });
    return this;
  }

  identify(traits: JsonObject): this {
    this.emit({ type: "identify", traits });
    return this;
  }

  /** Mobile libraries link the install's anonymous id to the new user id with an alias call. */
  alias(userId: string): this {
    this.userId = userId;
    this.emit({ type: "alias", previousId: this.device.anonymousId, userId });
    return this;
  }

  private context(): JsonObject {
    const d = this.device;
    if (d.appContext) return d.appContext;
    const context: JsonObject = {
      library: WEB_LIBRARY,
      page: this.page,
      userAgent: d.userAgent,
      device: d.info,
      ip: d.ip,
      locale: d.locale,
      timezone: d.timezone,
    };
    if (this.landing.utm && this.pagesSeen <= 1) context.campaign = this.landing.utm;
    return context;
  }

  private emit(body: Body): void {
    this.pause(1, 4);
    const ids: Ids = {
      messageId: this.rng.uuid(),
      anonymousId: this.device.anonymousId,
      userId: this.userId,
      timestamp: iso(this.t),
      context: this.context(),
    };
    this.sink.add(this.t, this.device.source, this.personKey, toMessage(body, ids));
  }
}

type Body =
  | { type: "page" | "screen"; name: string; properties: JsonObject }
  | { type: "track"; event: string; properties: JsonObject }
  | { type: "identify"; traits: JsonObject }
  | { type: "alias"; previousId: string; userId: string };

type Ids = { messageId: string; anonymousId?: string; userId?: string; timestamp: string; context: JsonObject };

// Literal objects of one shape per type (no spreads): hundreds of thousands of them are built per dataset.
function toMessage(body: Body, ids: Ids): SegmentMessage {
  const { messageId, anonymousId, userId, timestamp, context } = ids;
  const who =
    anonymousId === undefined
      ? { userId: userId ?? "" }
      : userId === undefined
        ? { anonymousId }
        : { anonymousId, userId };
  switch (body.type) {
    case "track":
      return { type: "track", messageId, ...who, timestamp, event: body.event, properties: body.properties, context };
    case "page":
    case "screen":
      return { type: body.type, messageId, ...who, timestamp, name: body.name, properties: body.properties, context };
    case "identify":
      return { type: "identify", messageId, ...who, timestamp, traits: body.traits, context };
    case "alias":
      return { type: "alias", messageId, ...who, timestamp, previousId: body.previousId, userId: body.userId, context };
  }
}

export type ServerBody =
  { type: "track"; event: string; properties: JsonObject } | { type: "identify"; traits: JsonObject };

/** A server-side call (email service, account changes, in-store till): user id only, no browser context. */
export function serverMessage(
  sink: MessageSink,
  rng: Rng,
  source: "backend" | "pos",
  personKey: string,
  userId: string,
  t: number,
  body: ServerBody,
  extraContext: JsonObject = {},
): void {
  const context = { library: source === "pos" ? POS_LIBRARY : BACKEND_LIBRARY, ...extraContext };
  sink.add(t, source, personKey, toMessage(body, { messageId: rng.uuid(), userId, timestamp: iso(t), context }));
}
