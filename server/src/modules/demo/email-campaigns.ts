import { type Calendar, DAY_MS } from "./calendar.js";
import { STORE_URL } from "./catalog.js";
import type { Rng } from "./random.js";
import { type MessageSink, serverMessage, type Utm } from "./session.js";

export type EmailCampaign = {
  id: string;
  name: string;
  subject: string;
  sentAt: number;
  link: string;
  coupon?: { code: string; percent: number };
};

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

type Promo = {
  month: number;
  day: number | "black-friday" | "early-access" | "cyber-monday";
  name: string;
  subject: string;
  path: string;
  coupon?: { code: string; percent: number };
};

const PROMOS: readonly Promo[] = [
  {
    month: 0,
    day: 3,
    name: "New Year Sale",
    subject: "15% off to start the year",
    path: "/c/sale",
    coupon: { code: "NEWYEAR15", percent: 15 },
  },
  { month: 2, day: 17, name: "Spring Collection", subject: "Spring is here: the new collection", path: "/c/jackets" },
  { month: 4, day: 6, name: "Mother's Day Gift Guide", subject: "Gifts she will actually love", path: "/c/beauty" },
  {
    month: 6,
    day: 10,
    name: "Summer Sale",
    subject: "Summer Sale: 20% off",
    path: "/c/sale",
    coupon: { code: "SUMMER20", percent: 20 },
  },
  { month: 7, day: 20, name: "Back to School", subject: "Back to school, in style", path: "/c/bags" },
  { month: 8, day: 16, name: "Fall Preview", subject: "First look: autumn layers", path: "/c/jackets" },
  {
    month: 10,
    day: "early-access",
    name: "Black Friday Early Access",
    subject: "Members get in early: 25% off",
    path: "/c/sale",
    coupon: { code: "EARLY25", percent: 25 },
  },
  {
    month: 10,
    day: "black-friday",
    name: "Black Friday",
    subject: "Black Friday: 30% off everything",
    path: "/c/sale",
    coupon: { code: "BF30", percent: 30 },
  },
  {
    month: 10,
    day: "cyber-monday",
    name: "Cyber Monday",
    subject: "Last chance: 30% off ends tonight",
    path: "/c/sale",
    coupon: { code: "CM30", percent: 30 },
  },
  { month: 11, day: 8, name: "Holiday Gift Guide", subject: "The holiday gift guide", path: "/c/accessories" },
];

function promoDay(year: number, promo: Promo): number {
  if (typeof promo.day === "number") return Date.UTC(year, promo.month, promo.day);
  const first = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const blackFriday = Date.UTC(year, 10, 1 + ((4 - first + 7) % 7) + 22);
  if (promo.day === "early-access") return blackFriday - 4 * DAY_MS;
  return promo.day === "black-friday" ? blackFriday : blackFriday + 3 * DAY_MS;
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "");

/** A monthly newsletter (first Tuesday, 15:00 UTC) and the seasonal promotions, inside the period. */
export function emailCampaigns(calendar: Calendar): EmailCampaign[] {
  const campaigns: EmailCampaign[] = [];
  const startYear = new Date(calendar.startMs).getUTCFullYear();
  const endYear = new Date(calendar.endMs).getUTCFullYear();
  for (let year = startYear; year <= endYear; year++) {
    for (let month = 0; month < 12; month++) {
      const firstDay = new Date(Date.UTC(year, month, 1)).getUTCDay();
      const sentAt = Date.UTC(year, month, 1 + ((2 - firstDay + 7) % 7), 15);
      const name = `Newsletter – ${MONTHS[month]} ${year}`;
      campaigns.push({
        id: `nl_${year}_${String(month + 1).padStart(2, "0")}`,
        name,
        subject: `What's new at Lumen in ${MONTHS[month]}`,
        sentAt,
        link: `${STORE_URL}/c/new`,
      });
    }
    for (const promo of PROMOS) {
      const sentAt = promoDay(year, promo) + 14 * 3_600_000;
      const { name, subject, coupon } = promo;
      campaigns.push({
        id: `${slug(name)}_${year}`,
        name: `${name} ${year}`,
        subject,
        sentAt,
        link: `${STORE_URL}${promo.path}`,
        ...(coupon ? { coupon } : {}),
      });
    }
  }
  return campaigns
    .filter((c) => c.sentAt >= calendar.startMs && c.sentAt < calendar.endMs)
    .sort((a, b) => a.sentAt - b.sentAt);
}

export function emailUtm(campaign: EmailCampaign): Utm {
  return { source: "newsletter", medium: "email", name: slug(campaign.name), content: campaign.id };
}

/** How a person treats marketing email: opted in or not, and how likely they open and click. */
export type EmailHabits = { subscribed: boolean; open: number; clickGivenOpen: number };

export function drawEmailHabits(rng: Rng): EmailHabits {
  return { subscribed: rng.chance(0.6), open: rng.beta(1.4, 2.4), clickGivenOpen: rng.beta(1.2, 4.5) };
}

export type EmailClick = { t: number; campaign: EmailCampaign };

/**
 * Sends every campaign after `from` to a subscribed person, with opens and clicks as backend track events
 * (`Email Delivered`, `Email Opened`, `Email Link Clicked`, `Unsubscribed`). Lapsed customers (after
 * `lapsedAt`) open far less. Returns the clicks, which lead to visits.
 */
export function sendEmails(
  sink: MessageSink,
  rng: Rng,
  person: { key: string; userId: string; from: number; lapsedAt: number },
  habits: EmailHabits,
  campaigns: readonly EmailCampaign[],
  endMs: number,
): EmailClick[] {
  const clicks: EmailClick[] = [];
  if (!habits.subscribed) return clicks;
  const send = (t: number, event: string, properties: Record<string, unknown>) =>
    serverMessage(sink, rng, "backend", person.key, person.userId, t, { type: "track", event, properties });
  for (const campaign of campaigns) {
    if (campaign.sentAt < person.from + DAY_MS) continue;
    const delivered = campaign.sentAt + Math.floor(rng.uniform(0, 40 * 60_000));
    if (delivered >= endMs) break;
    const properties = {
      email_id: rng.hex(16),
      email_subject: campaign.subject,
      campaign_id: campaign.id,
      campaign_name: campaign.name,
    };
    send(delivered, "Email Delivered", properties);
    const openRate = delivered > person.lapsedAt ? habits.open * 0.35 : habits.open;
    if (!rng.chance(openRate)) continue;
    const opened = delivered + Math.min(5 * DAY_MS, Math.round(rng.logNormal(2 * 3_600_000, 1.3)));
    if (opened >= endMs) continue;
    send(opened, "Email Opened", properties);
    if (rng.chance(0.004) && opened + 30_000 < endMs) {
      send(opened + 30_000, "Unsubscribed", properties);
      break;
    }
    if (!rng.chance(habits.clickGivenOpen)) continue;
    const clicked = opened + Math.round(rng.uniform(5, 600) * 1000);
    if (clicked >= endMs) continue;
    send(clicked, "Email Link Clicked", { ...properties, link_url: campaign.link });
    clicks.push({ t: clicked, campaign });
  }
  return clicks;
}
