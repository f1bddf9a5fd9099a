import { Box } from "@mantine/core";
import { CHART_COLORS } from "../../../app/theme";
import { formatNumber, formatPercent } from "../../../lib/format";
import { AUDIENCE_LETTERS, vennLayout, type OverlapAudience, type OverlapSummary } from "./overlap";

type Props = { audiences: readonly OverlapAudience[]; summary: OverlapSummary };

/** Two or three equal circles, lettered as in the legend, with the exact count of each region written in it. */
export function VennDiagram({ audiences, summary }: Props) {
  const layout = vennLayout(audiences.length === 3 ? 3 : 2);
  return (
    <Box maw={560} mx="auto">
      <svg
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        width="100%"
        role="img"
        aria-label={`Overlap of ${audiences.map((audience) => audience.name).join(", ")}`}
        data-testid="venn"
      >
        {layout.circles.map((circle, i) => (
          <circle
            key={`circle-${i}`}
            cx={circle.cx}
            cy={circle.cy}
            r={circle.r}
            fill={CHART_COLORS[i]}
            fillOpacity={0.18}
            stroke={CHART_COLORS[i]}
            strokeWidth={2}
          />
        ))}
        {layout.circles.map((circle, i) => {
          const audience = audiences[i];
          if (!audience) return null;
          return (
            <text
              key={`name-${i}`}
              x={circle.nameX}
              y={circle.nameY}
              textAnchor={circle.anchor}
              dominantBaseline="middle"
              fontSize={22}
              fontWeight={700}
              fill={CHART_COLORS[i]}
            >
              <title>{`${audience.name}: ${formatNumber(summary.sizes[i] ?? 0)} members`}</title>
              {AUDIENCE_LETTERS[i]}
            </text>
          );
        })}
        {summary.rows.map((row) => {
          const point = layout.labels.get(row.mask);
          if (!point) return null;
          return (
            <g key={`region-${row.mask}`} data-testid="venn-region" data-members={row.members.join(",")}>
              <title>{`${row.label}: ${formatNumber(row.count)}`}</title>
              <text
                x={point.x}
                y={point.y}
                textAnchor="middle"
                fontSize={16}
                fontWeight={700}
                fill="var(--mantine-color-gray-9)"
              >
                {formatNumber(row.count)}
              </text>
              <text x={point.x} y={point.y + 16} textAnchor="middle" fontSize={11} fill="var(--mantine-color-gray-7)">
                {formatPercent(row.share)}
              </text>
            </g>
          );
        })}
      </svg>
    </Box>
  );
}
