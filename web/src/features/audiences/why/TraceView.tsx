import { Badge, Box, Group, Stack, Text } from "@mantine/core";
import { IconCircleCheckFilled, IconCircleXFilled } from "@tabler/icons-react";
import { traceRows, type TraceNode, type TraceRow } from "./trace";

function HoldsIcon({ holds }: { holds: boolean }) {
  return holds ? (
    <IconCircleCheckFilled size={18} color="var(--mantine-color-teal-7)" aria-label="holds" />
  ) : (
    <IconCircleXFilled size={18} color="var(--mantine-color-red-7)" aria-label="does not hold" />
  );
}

function Row({ row }: { row: TraceRow }) {
  const condition = row.kind === "condition";
  return (
    <Group
      gap={8}
      wrap="nowrap"
      align="flex-start"
      py={4}
      pl={row.depth * 20}
      data-holds={row.holds}
      data-testid="trace-row"
    >
      <Box pt={1} style={{ flexShrink: 0 }}>
        <HoldsIcon holds={row.holds} />
      </Box>
      {condition ? (
        <Group gap={8} wrap="wrap" style={{ flex: 1 }} justify="space-between">
          <Text size="sm" style={{ wordBreak: "break-word" }}>
            {row.label}
          </Text>
          {row.detail !== null ? (
            <Badge variant="light" color={row.holds ? "teal" : "red"} tt="none" radius="sm" title="Deciding value">
              {row.detail}
            </Badge>
          ) : null}
        </Group>
      ) : (
        <Group gap={8} wrap="wrap">
          <Badge
            variant="light"
            color={row.kind === "audience" ? "grape" : row.label.startsWith("Any") ? "orange" : "mosaic"}
            tt="none"
            size="md"
          >
            {row.label}
          </Badge>
          <Text size="xs" c="dimmed">
            {row.detail}
          </Text>
        </Group>
      )}
    </Group>
  );
}

/** The trace as an indented checklist: every group and condition with whether it holds and the deciding value. */
export function TraceView({ trace }: { trace: TraceNode }) {
  return (
    <Stack gap={0} role="list" aria-label="Why-trace">
      {traceRows(trace).map((row, index) => (
        <Box key={`${row.key}#${index}`} role="listitem">
          <Row row={row} />
        </Box>
      ))}
    </Stack>
  );
}
