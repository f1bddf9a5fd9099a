import { Group, Paper, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

export type TooltipRow = { label: ReactNode; value: ReactNode; color?: string; dashed?: boolean };

/** The box every LTV chart's tooltip uses: a title, then one row per series with its colour. */
export function ChartTooltipBox({ title, rows, footer }: { title: ReactNode; rows: TooltipRow[]; footer?: ReactNode }) {
  return (
    <Paper withBorder shadow="sm" p="xs" radius="sm" maw={300}>
      <Text size="xs" c="dimmed" mb={4}>
        {title}
      </Text>
      <Stack gap={2}>
        {rows.map((row, index) => (
          <Group key={index} gap="xs" wrap="nowrap" justify="space-between">
            <Group gap={6} wrap="nowrap">
              {row.color ? (
                <svg width="14" height="8" aria-hidden="true">
                  <line
                    x1="0"
                    y1="4"
                    x2="14"
                    y2="4"
                    stroke={row.color}
                    strokeWidth="3"
                    strokeDasharray={row.dashed ? "4 2" : undefined}
                  />
                </svg>
              ) : null}
              <Text size="sm">{row.label}</Text>
            </Group>
            <Text size="sm" fw={600}>
              {row.value}
            </Text>
          </Group>
        ))}
      </Stack>
      {footer ? (
        <Text size="xs" c="dimmed" mt={4}>
          {footer}
        </Text>
      ) : null}
    </Paper>
  );
}

/** A legend entry drawn outside recharts (for charts whose series are not one-per-line). */
export function LegendSwatch({
  color,
  label,
  dashed,
  dotted,
  square,
}: {
  color: string;
  label: ReactNode;
  dashed?: boolean;
  dotted?: boolean;
  square?: boolean;
}) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width="16" height="10" aria-hidden="true">
        {square ? (
          <rect x="3" y="0" width="10" height="10" rx="2" fill={color} />
        ) : (
          <line
            x1="0"
            y1="5"
            x2="16"
            y2="5"
            stroke={color}
            strokeWidth={dotted ? 2 : 3}
            strokeDasharray={dotted ? "1 3" : dashed ? "4 2" : undefined}
          />
        )}
      </svg>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
    </Group>
  );
}
