import { CHART_COLORS } from "../../app/theme";

/**
 * Okabe–Ito for lines: the theme's order, with black in place of yellow, which is too light for a thin line
 * on white. Lines also differ by dash pattern, so they stay apart in grey-scale and for any colour vision.
 */
export const LINE_COLORS: readonly string[] = [...CHART_COLORS.slice(0, 6), "#000000"];
export const LINE_DASHES: readonly (string | undefined)[] = [undefined, "8 3", "2 3", "10 3 2 3", "4 4", "1 2", "12 4"];

export const AXIS_TICK = { fontSize: 12, fill: "var(--mantine-color-gray-7)" } as const;
export const AXIS_LINE = { stroke: "var(--mantine-color-gray-4)" } as const;
export const GRID_STROKE = "var(--mantine-color-gray-3)";
export const AXIS_LABEL_STYLE = { fontSize: 12, fill: "var(--mantine-color-gray-7)", textAnchor: "middle" } as const;
export const MUTED = "var(--mantine-color-gray-6)";

export const PRIMARY = CHART_COLORS[0];
export const SECONDARY = CHART_COLORS[1];
/** Okabe–Ito vermillion, for highlights (the open histogram bin, the top-20% marker). */
export const HIGHLIGHT = CHART_COLORS[5];
