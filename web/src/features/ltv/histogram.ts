import { formatMoneyCompact, formatMoneyEdge } from "./money";

export type HistogramBin = { from: number; to?: number | null; customers: number };

export type HistogramBar = {
  /** Unique category for the axis: "$0–$50", "≥ $1K". */
  label: string;
  /** Axis tick: the bin's lower edge, "$50", or "≥ $1K" for the open bin. */
  tick: string;
  /** Full range for the tooltip: "$50 to under $100", "$1,000 or more". */
  range: string;
  customers: number;
  /** Share of all customers in the histogram, 0 to 1. */
  share: number;
  open: boolean;
};

/**
 * API bins → bars. Bins are [from, to) (the server floors revenue / width); the last one is open ("≥ from")
 * and holds the few largest spenders so they do not flatten the rest of the chart.
 */
export function histogramBars(bins: readonly HistogramBin[], currency: string, locale?: string): HistogramBar[] {
  const total = bins.reduce((sum, bin) => sum + bin.customers, 0);
  return bins.map((bin) => {
    const open = bin.to === null || bin.to === undefined;
    const from = formatMoneyEdge(bin.from, currency, locale);
    const label = open
      ? `≥ ${formatMoneyCompact(bin.from, currency, locale)}`
      : `${formatMoneyCompact(bin.from, currency, locale)}–${formatMoneyCompact(bin.to ?? 0, currency, locale)}`;
    const range = open ? `${from} or more` : `${from} to under ${formatMoneyEdge(bin.to ?? 0, currency, locale)}`;
    const tick = open ? label : formatMoneyCompact(bin.from, currency, locale);
    return { label, tick, range, customers: bin.customers, share: total > 0 ? bin.customers / total : 0, open };
  });
}

/** Index of the bin holding `value` (bins are [from, to), the last one open); null when none does. */
export function binIndexOf(bins: readonly HistogramBin[], value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const index = bins.findIndex(
    (bin) => value >= bin.from && (bin.to === null || bin.to === undefined || value < bin.to),
  );
  return index < 0 ? null : index;
}
