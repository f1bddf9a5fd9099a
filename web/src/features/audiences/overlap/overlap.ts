/**
 * Exact Venn regions of two or three audiences (from `audienceOverlap`) shaped for the diagram and the table.
 * A region is identified by a bit mask over the picked audiences: bit i set = member of audience i.
 */
export type OverlapAudience = { id: string; name: string };
export type OverlapRegionInput = { audienceIds: readonly string[]; count: number };

export type OverlapRow = {
  mask: number;
  /** Indexes of the audiences this region's profiles are in (and in no other picked audience). */
  members: number[];
  label: string;
  count: number;
  /** Share of everyone in at least one of the audiences. */
  share: number;
};

export type OverlapSummary = {
  rows: OverlapRow[];
  /** Each audience's size, summed from its regions. */
  sizes: number[];
  union: number;
  /** In every picked audience. */
  common: number;
};

export const AUDIENCE_LETTERS = ["A", "B", "C"] as const;

function maskOf(ids: readonly string[], audiences: readonly OverlapAudience[]): number | null {
  let mask = 0;
  for (const id of ids) {
    const index = audiences.findIndex((audience) => audience.id === id);
    if (index < 0) return null;
    mask |= 1 << index;
  }
  return mask;
}

function membersOf(mask: number, n: number): number[] {
  return Array.from({ length: n }, (_, i) => i).filter((i) => (mask & (1 << i)) !== 0);
}

function names(indexes: readonly number[], audiences: readonly OverlapAudience[]): string {
  const quoted = indexes.map((i) => `“${audiences[i]?.name ?? AUDIENCE_LETTERS[i]}”`);
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted.at(-1) ?? ""}`;
}

/** "Only “VIPs”", "“VIPs” and “Churn risk” only", "All of “A”, “B” and “C”". */
export function regionLabel(mask: number, audiences: readonly OverlapAudience[]): string {
  const members = membersOf(mask, audiences.length);
  if (members.length === 1) return `Only ${names(members, audiences)}`;
  if (members.length === audiences.length)
    return audiences.length === 2 ? `Both ${names(members, audiences)}` : `All of ${names(members, audiences)}`;
  return `${names(members, audiences)} only`;
}

/** Every region of the 2 or 3 audiences (absent regions count 0): singles first, then pairs, then all. */
export function summariseOverlap(
  audiences: readonly OverlapAudience[],
  regions: readonly OverlapRegionInput[],
): OverlapSummary {
  const n = audiences.length;
  const counts = new Map<number, number>();
  for (const region of regions) {
    const mask = maskOf(region.audienceIds, audiences);
    if (mask === null || mask === 0) continue;
    counts.set(mask, (counts.get(mask) ?? 0) + region.count);
  }
  const masks = Array.from({ length: (1 << n) - 1 }, (_, i) => i + 1).sort(
    (a, b) => membersOf(a, n).length - membersOf(b, n).length || a - b,
  );
  const union = masks.reduce((sum, mask) => sum + (counts.get(mask) ?? 0), 0);
  const rows = masks.map((mask) => {
    const count = counts.get(mask) ?? 0;
    return {
      mask,
      members: membersOf(mask, n),
      label: regionLabel(mask, audiences),
      count,
      share: union > 0 ? count / union : 0,
    };
  });
  const sizes = audiences.map((_, i) =>
    rows.filter((row) => row.members.includes(i)).reduce((sum, row) => sum + row.count, 0),
  );
  return { rows, sizes, union, common: counts.get((1 << n) - 1) ?? 0 };
}

export type VennCircle = {
  cx: number;
  cy: number;
  r: number;
  nameX: number;
  nameY: number;
  anchor: "start" | "middle" | "end";
};
export type VennLayout = {
  width: number;
  height: number;
  circles: VennCircle[];
  /** Where each region's count is written, by mask. */
  labels: Map<number, { x: number; y: number }>;
};

/**
 * Fixed, symmetric circles (not area-proportional: exact counts are written in each region, and equal circles
 * keep every region large enough to hold its number).
 */
export function vennLayout(n: 2 | 3): VennLayout {
  if (n === 2) {
    const r = 110;
    const circles: VennCircle[] = [
      { cx: 170, cy: 150, r, nameX: 60, nameY: 50, anchor: "middle" },
      { cx: 310, cy: 150, r, nameX: 420, nameY: 50, anchor: "middle" },
    ];
    return {
      width: 480,
      height: 280,
      circles,
      labels: new Map([
        [0b01, { x: 115, y: 155 }],
        [0b10, { x: 365, y: 155 }],
        [0b11, { x: 240, y: 155 }],
      ]),
    };
  }
  const r = 105;
  const circles: VennCircle[] = [
    { cx: 180, cy: 140, r, nameX: 70, nameY: 60, anchor: "middle" },
    { cx: 300, cy: 140, r, nameX: 410, nameY: 60, anchor: "middle" },
    { cx: 240, cy: 244, r, nameX: 240, nameY: 372, anchor: "middle" },
  ];
  return {
    width: 480,
    height: 384,
    circles,
    labels: new Map([
      [0b001, { x: 135, y: 115 }],
      [0b010, { x: 345, y: 115 }],
      [0b100, { x: 240, y: 300 }],
      [0b011, { x: 240, y: 100 }],
      [0b101, { x: 172, y: 222 }],
      [0b110, { x: 308, y: 222 }],
      [0b111, { x: 240, y: 180 }],
    ]),
  };
}

/** Which circles contain a point: used by the tests to prove each label sits in its own region. */
export function maskAt(layout: VennLayout, x: number, y: number): number {
  return layout.circles.reduce(
    (mask, circle, i) => ((x - circle.cx) ** 2 + (y - circle.cy) ** 2 < circle.r ** 2 ? mask | (1 << i) : mask),
    0,
  );
}
