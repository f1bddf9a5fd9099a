import { type Calendar, DAY_MS } from "./calendar.js";
import { AD_CAMPAIGNS, ORGANIC_REFERRERS, type Store, STORES } from "./catalog.js";
import type { DemoPerson, JsonObject, Plan } from "./demo-types.js";
import { createAppDevice, createWebDevice, type Device } from "./device.js";
import { drawEmailHabits, type EmailCampaign, type EmailClick, emailUtm, sendEmails } from "./email-campaigns.js";
import { planAccountChanges } from "./account-changes.js";
import { capitaliseEmail, type PersonFactory } from "./person-factory.js";
import { nonBuyerLapse, planPurchases } from "./purchase-process.js";
import { Rng, Weighted } from "./random.js";
import { iso, type MessageSink, type ServerBody, serverMessage, Session, type Utm } from "./session.js";
import { browse, buildBasket, drawInterests, orderProperties, pages, purchase } from "./shopping.js";

export type JourneyContext = {
  seed: string | number;
  sink: MessageSink;
  calendar: Calendar;
  factory: PersonFactory;
  campaigns: readonly EmailCampaign[];
};

const PLANS = new Weighted<Plan>([
  ["free", 68],
  ["pro", 24],
  ["business", 8],
]);

const PRE_VISITS = new Weighted([
  [0, 20],
  [1, 35],
  [2, 30],
  [3, 15],
] as const);

/** Email as typed into a form: now and then with capitals, which identity resolution must fold. */
const asTyped = (rng: Rng, email: string): string => (rng.chance(0.06) ? capitaliseEmail(email) : email);

function acquisition(rng: Rng): { utm?: Utm; referrer?: string } {
  if (rng.chance(0.4)) {
    const utm = AD_CAMPAIGNS.pick(rng);
    return { utm: { ...utm }, referrer: `https://www.${utm.source}.com/` };
  }
  return { referrer: ORGANIC_REFERRERS.pick(rng) };
}

/**
 * One customer from first visit to the end of the period: anonymous browsing, sign-up (identify), other
 * devices that log in later, purchases online and in store, email engagement and account changes.
 */
export function generateCustomer(ctx: JourneyContext, index: number): DemoPerson {
  const { sink, calendar, factory } = ctx;
  const rng = new Rng(ctx.seed, "customer", index);
  const key = `customer-${String(index + 1).padStart(5, "0")}`;
  const country = factory.country(rng);
  const city = factory.city(rng, country);
  const { firstName, lastName } = factory.name(rng, country);
  const stores = STORES.filter((s) => s.country === country.code);
  const storeOnly = stores.length > 0 && rng.chance(0.1);
  const omnichannel = !storeOnly && stores.length > 0 && rng.chance(0.3);
  const userId = factory.userId(rng);
  const email = factory.email(rng, firstName, lastName);
  const phone = rng.chance(0.65) ? factory.phone(rng, country) : undefined;
  let plan = PLANS.pick(rng);
  const company = plan === "business" || rng.chance(0.04) ? factory.company(rng) : undefined;
  const interests = drawInterests(rng);
  const signedUpAt = calendar.seasonalMoment(rng, storeOnly ? "store" : "online", country.utcOffset);
  const end = calendar.endMs;

  const devices: Device[] = [];
  if (!storeOnly) {
    const preVisits = Array.from({ length: PRE_VISITS.pick(rng) }, () => signedUpAt - rng.exponential(6 * DAY_MS))
      .filter((t) => t > calendar.startMs)
      .sort((x, y) => x - y);
    const firstUse = preVisits[0] ?? signedUpAt;
    const primary = rng.chance(0.15)
      ? createAppDevice(rng, country, firstUse)
      : createWebDevice(rng, country, firstUse);
    devices.push(primary);
    preVisits.forEach((t, i) => {
      const session = new Session(sink, rng, primary, key, t, undefined, i === 0 ? acquisition(rng) : {});
      browse(session, rng, interests, country.code);
    });
    const extra = rng.next() < 0.1 ? 2 : rng.next() < 0.22 ? 1 : 0;
    for (let i = 0; i < extra; i++) {
      const at = signedUpAt + rng.exponential(35 * DAY_MS);
      if (at >= end) continue;
      const device =
        primary.kind === "web" && rng.chance(0.5)
          ? createAppDevice(rng, country, at)
          : createWebDevice(rng, country, at, "mobile");
      devices.push(device);
    }
  }

  const signupTraits: JsonObject = {
    email: asTyped(rng, email),
    firstName,
    lastName,
    ...(phone && rng.chance(0.6) ? { phone } : {}),
    city,
    country: country.code,
    plan,
    createdAt: iso(signedUpAt),
    ...(company ? { company: { name: company } } : {}),
  };
  const phoneAtSignup = "phone" in signupTraits;
  const buyer = storeOnly || rng.chance(0.7);
  const firstPurchaseAt = storeOnly
    ? signedUpAt
    : rng.chance(0.4)
      ? signedUpAt
      : signedUpAt + rng.exponential(14 * DAY_MS);
  const channel = storeOnly ? "store" : "online";
  const purchases =
    buyer && firstPurchaseAt < end
      ? planPurchases(rng, calendar, firstPurchaseAt, channel, country.utcOffset)
      : undefined;
  const lapsedAt = purchases ? purchases.lapsedAt : nonBuyerLapse(rng, signedUpAt);
  const orderIds = { next: 0 };
  const nextOrderId = () => `LUM${String(index + 1).padStart(5, "0")}${String(++orderIds.next).padStart(2, "0")}`;
  let orders = 0;
  let revenue = 0;
  const atTill = (store: Store, t: number, body: ServerBody) =>
    serverMessage(sink, rng, "pos", key, userId, t, body, {
      location: { city: store.city, country: store.country },
      store: { id: store.storeId },
    });

  // Sign-up: on the web a form followed by identify; in the app an alias first; in a store, at the till.
  const primary = devices[0];
  let signupSession: Session | undefined;
  if (primary) {
    const session = new Session(
      sink,
      rng,
      primary,
      key,
      signedUpAt,
      undefined,
      devices.length && rng.chance(0.3) ? acquisition(rng) : {},
    );
    browse(session, rng, interests, country.code, 0.5);
    session.pause(5, 30).view(pages.signUp()).pause(30, 120);
    if (primary.kind === "app") session.alias(userId);
    else session.userId = userId;
    session
      .identify(signupTraits)
      .track("Signed Up", { method: rng.pick(["email", "email", "google", "apple"]), plan });
    signupSession = session;
  } else atTill(rng.pick(stores), signedUpAt, { type: "identify", traits: signupTraits });

  const habits = drawEmailHabits(rng);
  const clicks: EmailClick[] = sendEmails(
    sink,
    rng,
    { key, userId, from: signedUpAt, lapsedAt },
    habits,
    ctx.campaigns,
    end,
  );

  const deviceAt = (t: number, preferWeb = false): Device | undefined => {
    const usable = devices.filter((d) => d.firstUse <= t && (!preferWeb || d.kind === "web"));
    const pool = usable.length ? usable : devices.filter((d) => d.firstUse <= t);
    // The device someone signed up on stays their main one.
    return pool.length ? new Weighted(pool.map((d, i) => [d, i === 0 ? 3 : 1] as const)).pick(rng) : undefined;
  };

  // Other devices: anonymous at first, then a sign-in that ties them to the customer.
  for (const device of devices.slice(1)) {
    const session = new Session(sink, rng, device, key, device.firstUse, undefined);
    browse(session, rng, interests, country.code, 0.7);
    session.pause(10, 60).view(pages.signIn()).pause(15, 45);
    session.userId = userId;
    session.identify({ email: asTyped(rng, email) }).track("Signed In", { method: "email" });
  }

  for (const [n, t] of (purchases?.times ?? []).entries()) {
    const basket = buildBasket(rng, purchases?.orderValue() ?? 50, interests);
    const inStore = storeOnly || (omnichannel && n > 0 && rng.chance(0.35));
    if (inStore) {
      const store = rng.pick(stores);
      // A store-only customer's first order is rung up right after the till created their account.
      const at = storeOnly ? (n === 0 ? t + 90_000 : t) : calendar.momentNear(rng, t, "store", country.utcOffset);
      const properties = {
        ...orderProperties({ orderId: nextOrderId(), basket, country: country.code }),
        affiliation: store.name,
        store_id: store.storeId,
        payment_method: rng.pick(["card", "card", "contactless", "cash"]),
      };
      atTill(store, at, { type: "track", event: "Order Completed", properties });
      orders++;
      revenue += properties.revenue;
      continue;
    }
    const click = clicks.findLast((c) => c.t < t && t - c.t < 2 * DAY_MS);
    const coupon = click?.campaign.coupon && rng.chance(0.7) ? click.campaign.coupon : undefined;
    const order = { orderId: nextOrderId(), basket, country: country.code, ...(coupon ? { coupon } : {}) };
    const landing = click ? { utm: emailUtm(click.campaign), referrer: "" } : rng.chance(0.15) ? acquisition(rng) : {};
    const device = deviceAt(t);
    const session =
      n === 0 && t === signedUpAt ? signupSession : device && new Session(sink, rng, device, key, t, userId, landing);
    if (!session) continue;
    revenue += purchase(session, rng, interests, order);
    orders++;
  }

  const browseRate = (purchases ? 0.4 * purchases.rate : 0) + rng.gamma(1.2, 0.05);
  const activeUntil = Math.min(lapsedAt, end);
  const visits = [
    ...calendar.arrivals(rng, browseRate, signedUpAt + DAY_MS, activeUntil, "online", country.utcOffset),
    ...calendar.arrivals(rng, 0.012, activeUntil, end, "online", country.utcOffset),
  ];
  for (const t of visits) {
    const device = deviceAt(t);
    if (!device) break;
    browse(
      new Session(sink, rng, device, key, t, userId, rng.chance(0.1) ? acquisition(rng) : {}),
      rng,
      interests,
      country.code,
    );
  }
  for (const click of clicks) {
    const device = deviceAt(click.t, true);
    if (!device) break;
    const session = new Session(sink, rng, device, key, click.t + 3000, userId, {
      utm: emailUtm(click.campaign),
      referrer: "",
    });
    session.view({ name: "Campaign", path: new URL(click.campaign.link).pathname, title: click.campaign.subject });
    browse(session, rng, interests, country.code, 0.6);
  }

  const changes = planAccountChanges(ctx, rng, {
    key,
    userId,
    country,
    city,
    phone,
    phoneAtSignup,
    plan,
    signedUpAt,
    devices,
  });
  plan = changes.plan;

  return {
    key,
    kind: "customer",
    anonymousIds: devices.map((d) => d.anonymousId),
    userId,
    email,
    firstName,
    lastName,
    ...(changes.phone ? { phone: changes.phone } : {}),
    previousPhones: changes.previousPhones,
    ...(company ? { company } : {}),
    country: country.code,
    city: changes.city ?? city,
    ...(changes.city ? { previousCity: city } : {}),
    plan,
    signedUpAt: iso(signedUpAt),
    orders,
    revenue: Math.round(revenue * 100) / 100,
  };
}
