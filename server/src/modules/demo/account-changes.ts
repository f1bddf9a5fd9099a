import { DAY_MS } from "./calendar.js";
import type { Plan } from "./demo-types.js";
import type { Device } from "./device.js";
import type { JourneyContext } from "./customer-journey.js";
import type { Country } from "./people-data.js";
import type { Rng } from "./random.js";
import { serverMessage, Session } from "./session.js";
import { pages } from "./shopping.js";

type Customer = {
  key: string;
  userId: string;
  country: Country;
  city: string;
  phone: string | undefined;
  phoneAtSignup: boolean;
  plan: Plan;
  signedUpAt: number;
  devices: readonly Device[];
};

export type AccountState = { phone?: string; previousPhones: string[]; city?: string; plan: Plan };

/**
 * Later identify calls that change traits, so the profile's traits depend on last-write-wins: a phone added
 * from the account page, a new phone number, a move to another city, plan upgrades and downgrades.
 */
export function planAccountChanges(ctx: JourneyContext, rng: Rng, c: Customer): AccountState {
  const { sink, calendar, factory } = ctx;
  const end = calendar.endMs;
  const backend = (t: number, traits: Record<string, unknown>) =>
    serverMessage(sink, rng, "backend", c.key, c.userId, t, { type: "identify", traits });
  const state: AccountState = { previousPhones: [], plan: c.plan };

  let phoneSince = c.signedUpAt;
  if (c.phone && c.phoneAtSignup) state.phone = c.phone;
  else if (c.phone) {
    const t = c.signedUpAt + rng.exponential(30 * DAY_MS);
    const device = c.devices[0];
    if (t < end) {
      if (device)
        new Session(sink, rng, device, c.key, t, c.userId)
          .view(pages.account())
          .pause(20, 90)
          .identify({ phone: c.phone });
      else backend(t, { phone: c.phone });
      state.phone = c.phone;
      phoneSince = t;
    }
  }
  if (state.phone && rng.chance(0.12)) {
    const t = phoneSince + rng.exponential(120 * DAY_MS);
    if (t < end) {
      const next = factory.phone(rng, c.country);
      backend(t, { phone: next });
      state.previousPhones.push(state.phone);
      state.phone = next;
    }
  }

  if (rng.chance(0.04)) {
    const t = c.signedUpAt + rng.exponential(150 * DAY_MS);
    if (t < end) {
      let moved = c.city;
      for (let i = 0; moved === c.city && i < 20; i++) moved = factory.city(rng, c.country);
      if (moved !== c.city) {
        backend(t, { city: moved });
        state.city = moved;
      }
    }
  }

  let t = c.signedUpAt;
  const change = (to: Plan, meanDays: number) => {
    t += rng.exponential(meanDays * DAY_MS);
    if (t >= end - 1000) return false;
    const event = to === "free" || (to === "pro" && state.plan === "business") ? "Plan Downgraded" : "Plan Upgraded";
    backend(t, { plan: to });
    serverMessage(sink, rng, "backend", c.key, c.userId, t + 500, {
      type: "track",
      event,
      properties: { previous_plan: state.plan, plan: to },
    });
    state.plan = to;
    return true;
  };
  if (state.plan === "free" && rng.chance(0.14) && change("pro", 50) && rng.chance(0.15)) change("business", 90);
  else if (state.plan === "pro" && rng.chance(0.06)) change("business", 120);
  else if (state.plan === "pro" && rng.chance(0.05)) change("free", 150);
  return state;
}
