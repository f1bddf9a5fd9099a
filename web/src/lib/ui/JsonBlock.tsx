import { Code, ScrollArea, Stack, Text } from "@mantine/core";
import { prettyJson } from "../json";

type Props = { label: string; value: unknown };

export function JsonBlock({ label, value }: Props) {
  const empty = typeof value === "object" && value !== null && Object.keys(value).length === 0;
  return (
    <Stack gap={4} miw={0}>
      <Text size="xs" fw={600} c="dimmed" tt="uppercase">
        {label}
      </Text>
      {empty ? (
        <Text size="sm" c="dimmed">
          None
        </Text>
      ) : (
        <ScrollArea.Autosize mah={420} type="hover">
          <Code block fz="xs">
            {prettyJson(value)}
          </Code>
        </ScrollArea.Autosize>
      )}
    </Stack>
  );
}
