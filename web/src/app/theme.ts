import { createTheme, type MantineColorsTuple } from "@mantine/core";

/** Mosaic's primary: a deep teal-cyan, distinct from the default blue used by the charts. */
const mosaic: MantineColorsTuple = [
  "#e3fafc",
  "#c5f6fa",
  "#99e9f2",
  "#66d9e8",
  "#3bc9db",
  "#22b8cf",
  "#15aabf",
  "#1098ad",
  "#0c8599",
  "#0b7285",
];

export const theme = createTheme({
  primaryColor: "mosaic",
  primaryShade: { light: 8, dark: 6 },
  colors: { mosaic },
  defaultRadius: "md",
  fontFamily: "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif",
  headings: { fontWeight: "650" },
  components: {
    Paper: { defaultProps: { radius: "md" } },
    Card: { defaultProps: { radius: "md", withBorder: true } },
  },
});

/**
 * Okabe–Ito palette: distinguishable with the common colour-vision deficiencies.
 * Charts take colours in this order.
 */
export const CHART_COLORS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"] as const;
