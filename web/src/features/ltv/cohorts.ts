export type CohortCurve = {
  /** YYYY-MM: the month of the customers' first purchase. */
  cohort: string;
  customers: number;
  points: ReadonlyArray<{ month: number; value: number }>;
};

export type CohortGrouping = "month" | "quarter" | "year";

export type CohortSeries = {
  /** Data key in the chart rows ("c0", "c1"…), safe for recharts. */
  key: string;
  /** "Mar 2024", "Q1 2024", "2024". */
  label: string;
  customers: number;
  /** The monthly cohorts merged into this line. */
  cohorts: string[];
  /** Last month since first purchase the line reaches. */
  lastMonth: number;
};

/** One row per month since first purchase: `month` plus each series' cumulative revenue per customer. */
export type CohortRow = { month: number } & Record<string, number | undefined>;

export type CohortChart = {
  series: CohortSeries[];
  rows: CohortRow[];
  /** Groups left out (older ones) to keep the chart readable. */
  hidden: number;
};

/** At most this many lines: the Okabe–Ito palette has seven distinguishable colours. */
export const MAX_COHORT_LINES = 7;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function parseCohort(cohort: string): { year: number; month: number } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(cohort);
  if (!match) return null;
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year: Number(match[1]), month } : null;
}

function groupOf(cohort: string, grouping: CohortGrouping): { id: string; label: string } {
  const parsed = parseCohort(cohort);
  if (!parsed) return { id: cohort, label: cohort };
  const { year, month } = parsed;
  if (grouping === "year") return { id: `${year}`, label: `${year}` };
  if (grouping === "quarter") {
    const quarter = Math.floor((month - 1) / 3) + 1;
    return { id: `${year}-Q${quarter}`, label: `Q${quarter} ${year}` };
  }
  return { id: cohort, label: `${MONTHS[month - 1] ?? month} ${year}` };
}

/** The grouping that fits the palette: months while there are few cohorts, then quarters, then years. */
export function defaultGrouping(cohorts: readonly CohortCurve[]): CohortGrouping {
  if (cohorts.length <= MAX_COHORT_LINES) return "month";
  const quarters = new Set(cohorts.map((c) => groupOf(c.cohort, "quarter").id));
  return quarters.size <= MAX_COHORT_LINES ? "quarter" : "year";
}

/**
 * Merges monthly cohorts into quarter or year lines: at each month since first purchase, the average of the
 * member cohorts' cumulative revenue per customer, weighted by their customers (= the group's own revenue per
 * customer). A line stops where its youngest member stops, so a month is never averaged over only the older
 * cohorts. Keeps the `limit` most recent groups. Cohorts without customers are ignored.
 */
export function groupCohorts(
  cohorts: readonly CohortCurve[],
  grouping: CohortGrouping,
  limit = MAX_COHORT_LINES,
): CohortChart {
  const groups = new Map<string, { label: string; members: CohortCurve[] }>();
  const sorted = [...cohorts].filter((c) => c.customers > 0).sort((p, q) => p.cohort.localeCompare(q.cohort));
  for (const cohort of sorted) {
    const { id, label } = groupOf(cohort.cohort, grouping);
    const group = groups.get(id) ?? { label, members: [] };
    group.members.push(cohort);
    groups.set(id, group);
  }
  const all = [...groups.values()];
  const kept = all.slice(Math.max(0, all.length - Math.max(0, limit)));

  const byMonth = new Map<number, CohortRow>();
  const series: CohortSeries[] = kept.map((group, index) => {
    const key = `c${index}`;
    const customers = group.members.reduce((sum, c) => sum + c.customers, 0);
    const values = group.members.map((c) => new Map(c.points.map((p) => [p.month, p.value])));
    const lastMonth = Math.min(...group.members.map((c) => Math.max(-1, ...c.points.map((p) => p.month))));
    for (let month = 0; month <= lastMonth; month++) {
      let weighted = 0;
      let complete = true;
      group.members.forEach((member, i) => {
        const value = values[i]?.get(month);
        if (value === undefined) complete = false;
        else weighted += value * member.customers;
      });
      if (!complete) continue;
      const row = byMonth.get(month) ?? { month };
      row[key] = Math.round((weighted / customers) * 100) / 100;
      byMonth.set(month, row);
    }
    return { key, label: group.label, customers, cohorts: group.members.map((c) => c.cohort), lastMonth };
  });

  const rows = [...byMonth.values()].sort((p, q) => p.month - q.month);
  return { series, rows, hidden: all.length - kept.length };
}

/** How many lines each grouping would draw, for the selector's labels. */
export function groupCount(cohorts: readonly CohortCurve[], grouping: CohortGrouping): number {
  return new Set(cohorts.filter((c) => c.customers > 0).map((c) => groupOf(c.cohort, grouping).id)).size;
}
