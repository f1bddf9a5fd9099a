import { formatMoney, formatNumber } from "../../lib/format";

function currencyFormat(currency: string, locale: string | undefined, options: Intl.NumberFormatOptions) {
  try {
    return new Intl.NumberFormat(locale, { style: "currency", currency: currency.toUpperCase(), ...options });
  } catch {
    return null;
  }
}

/** "$1.2K", "€3.4M": for axis ticks and tight labels. */
export function formatMoneyCompact(amount: number, currency: string, locale?: string): string {
  const format = currencyFormat(currency, locale, {
    notation: "compact",
    minimumFractionDigits: 0,
    maximumFractionDigits: 1,
  });
  if (format) return format.format(amount);
  return `${new Intl.NumberFormat(locale, { notation: "compact", maximumFractionDigits: 1 }).format(amount)} ${currency}`;
}

/**
 * A headline amount: cents below 1,000, whole units up to a million, compact above ("$1.2M"),
 * so it fits a stat card; the exact amount goes in the card's hint or a tooltip.
 */
export function formatMoneyHeadline(amount: number, currency: string, locale?: string): string {
  const size = Math.abs(amount);
  if (size >= 1_000_000) return formatMoneyCompact(amount, currency, locale);
  if (size < 1000) return formatMoney(amount, currency, locale);
  const format = currencyFormat(currency, locale, { maximumFractionDigits: 0, minimumFractionDigits: 0 });
  return format ? format.format(amount) : `${formatNumber(Math.round(amount), locale)} ${currency}`;
}

/** A bin edge: "$50" for whole amounts, "$2.50" otherwise. */
export function formatMoneyEdge(amount: number, currency: string, locale?: string): string {
  if (!Number.isInteger(amount)) return formatMoney(amount, currency, locale);
  const format = currencyFormat(currency, locale, { maximumFractionDigits: 0, minimumFractionDigits: 0 });
  return format ? format.format(amount) : `${formatNumber(amount, locale)} ${currency}`;
}
