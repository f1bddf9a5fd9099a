import { Box, Group, Stack, Text, ThemeIcon, VisuallyHidden } from "@mantine/core";
import { IconCheck, IconX } from "@tabler/icons-react";
import { traceRows, type TraceNode } from "./trace";

/** The per-condition trace as indented ✓ / ✗ lines, each condition with the value that decided it. */
export function TraceView({ trace }: { trace: TraceNode }) {
  return (
    <Stack gap={4} data-testid="why-trace">
      {traceRows(trace).map((row) => (
        <Group key={row.key} gap={8} wrap="nowrap" align="flex-start" pl={row.depth * 20}>
          <ThemeIcon size={18} radius="xl" color={row.holds ? "teal" : "red"} variant="light" aria-hidden>
            {row.holds ? <IconCheck size={12} /> : <IconX size={12} />}
          </ThemeIcon>
          <Box>
            <Text size="sm" fw={row.kind === "condition" ? 400 : 600} style={{ wordBreak: "break-word" }}>
              <VisuallyHidden>{row.holds ? "✓ " : "✗ "}</VisuallyHidden>
              {row.label}
            </Text>
          </Box>
        </Group>
      ))}
    </Stack>
  );
}
