import { DAY_MS } from "./calendar.js";
import type { JourneyContext } from "./customer-journey.js";
import type { DemoPerson } from "./demo-types.js";
import { createAppDevice, createWebDevice } from "./device.js";
import { AD_CAMPAIGNS, ORGANIC_REFERRERS } from "./catalog.js";
import { Rng } from "./random.js";
import { Session } from "./session.js";
import { browse, drawInterests } from "./shopping.js";

/**
 * Someone who browses and never signs up: one device, one anonymous id, a visit or a few. Nothing ties them
 * to anyone else, so each stays an anonymous profile.
 */
export function generateVisitor(ctx: JourneyContext, index: number): DemoPerson {
  const { sink, calendar, factory } = ctx;
  const rng = new Rng(ctx.seed, "visitor", index);
  const key = `visitor-${String(index + 1).padStart(5, "0")}`;
  const country = factory.country(rng);
  const city = factory.city(rng, country);
  const interests = drawInterests(rng);
  const first = calendar.seasonalMoment(rng, "online", country.utcOffset);
  const device = rng.chance(0.18) ? createAppDevice(rng, country, first) : createWebDevice(rng, country, first);
  const visits = rng.chance(0.35) ? 2 + rng.poisson(0.8) : 1;
  let t = first;
  for (let i = 0; i < visits && t < calendar.endMs; i++) {
    let landing = {};
    if (i === 0) {
      const utm = rng.chance(0.45) ? AD_CAMPAIGNS.pick(rng) : undefined;
      landing = utm
        ? { utm: { ...utm }, referrer: `https://www.${utm.source}.com/` }
        : { referrer: ORGANIC_REFERRERS.pick(rng) };
    }
    browse(new Session(sink, rng, device, key, t, undefined, landing), rng, interests, country.code, 0.7);
    t = calendar.momentNear(rng, t + rng.exponential(9 * DAY_MS), "online", country.utcOffset);
  }
  return {
    key,
    kind: "visitor",
    anonymousIds: [device.anonymousId],
    previousPhones: [],
    country: country.code,
    city,
    orders: 0,
    revenue: 0,
  };
}
