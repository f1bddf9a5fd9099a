import { formatMoney, formatNumber } from "../../lib/format";
import { pickNumber, pickString, type JsonObject } from "../../lib/json";

type SummaryInput = { type: string; event?: string | null; properties: JsonObject; userId?: string | null };

const TYPE_TITLES: Record<string, string> = {
  identify: "Identified",
  alias: "Alias",
  group: "Joined group",
  page: "Page viewed",
  screen: "Screen viewed",
};

/** The line that names an event: its name for track, page or screen names, else what the type means. */
export function eventTitle({ type, event }: SummaryInput): string {
  if (event) return event;
  return TYPE_TITLES[type] ?? type;
}

/** A few properties worth seeing without opening the event: money, where, what. */
export function eventHighlights({ properties }: SummaryInput, locale?: string): string[] {
  const highlights: string[] = [];
  const amount = pickNumber(properties, "revenue", "total", "value", "price", "amount");
  if (amount !== null) {
    const currency = pickString(properties, "currency");
    highlights.push(currency ? formatMoney(amount, currency, locale) : formatNumber(amount, locale));
  }
  const products = properties.products;
  if (Array.isArray(products) && products.length > 0) {
    highlights.push(`${formatNumber(products.length, locale)} ${products.length === 1 ? "item" : "items"}`);
  }
  const what = pickString(properties, "name", "product", "title", "query", "category");
  if (what) highlights.push(what);
  const where = pickString(properties, "path", "url");
  if (where) highlights.push(where);
  return highlights.slice(0, 3);
}

/** Who the event is from, as the sender identified them. */
export function eventActor({
  userId,
  anonymousId,
  profileId,
}: {
  userId?: string | null;
  anonymousId?: string | null;
  profileId: string;
}): string {
  return userId ?? (anonymousId ? `anon ${anonymousId.slice(0, 12)}` : `profile ${profileId.slice(0, 8)}`);
}
