import { Badge, Code, Group, Stack, Table, Text } from "@mantine/core";
import { formatDateTime, formatNumber } from "../../lib/format";
import { isJsonObject, isScalar, prettyJson } from "../../lib/json";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;
const MAX_DEPTH = 3;

function ScalarValue({ value }: { value: string | number | boolean | null }) {
  if (value === null)
    return (
      <Text size="sm" c="dimmed">
        null
      </Text>
    );
  if (typeof value === "boolean")
    return (
      <Badge size="sm" variant="light" color={value ? "teal" : "gray"} tt="none">
        {value ? "true" : "false"}
      </Badge>
    );
  if (typeof value === "number") return <Text size="sm">{formatNumber(value)}</Text>;
  if (value === "")
    return (
      <Text size="sm" c="dimmed">
        (empty)
      </Text>
    );
  if (ISO_DATE.test(value) && value.length >= 10) {
    return (
      <Text size="sm" title={value}>
        {value.length > 10 ? formatDateTime(value) : value}
      </Text>
    );
  }
  return (
    <Text size="sm" style={{ wordBreak: "break-word" }}>
      {value}
    </Text>
  );
}

/** A trait value made readable: scalars formatted, short lists inline, objects as nested key/value rows. */
export function TraitValue({ value, depth = 0 }: { value: unknown; depth?: number }) {
  if (isScalar(value)) return <ScalarValue value={value} />;
  if (Array.isArray(value)) {
    if (value.length === 0)
      return (
        <Text size="sm" c="dimmed">
          (empty list)
        </Text>
      );
    if (value.every((item) => isScalar(item) && typeof item !== "boolean")) {
      return (
        <Group gap={4}>
          {value.map((item, index) => (
            <Badge key={index} variant="default" size="sm" radius="sm" tt="none" fw={500}>
              {String(item)}
            </Badge>
          ))}
        </Group>
      );
    }
  }
  if (isJsonObject(value) && depth < MAX_DEPTH) {
    const entries = Object.entries(value);
    if (entries.length === 0)
      return (
        <Text size="sm" c="dimmed">
          (empty)
        </Text>
      );
    return (
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing={0} layout="fixed">
        <Table.Tbody>
          {entries.map(([key, nested]) => (
            <Table.Tr key={key}>
              <Table.Td w="40%" pr="sm" valign="top">
                <Text size="xs" c="dimmed" style={{ wordBreak: "break-word" }}>
                  {key}
                </Text>
              </Table.Td>
              <Table.Td valign="top">
                <TraitValue value={nested} depth={depth + 1} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    );
  }
  return (
    <Stack gap={0}>
      <Code block fz="xs">
        {prettyJson(value)}
      </Code>
    </Stack>
  );
}
