import { Badge, Stack, Text } from "@mantine/core";
import type { CrmFieldStatus, CrmSide } from "../../gql/graphql";
import { formatDate, formatDateTime } from "../../lib/format";
import { displayValue } from "./crm-charts";
import { SIDE_LABELS, STATUS_COLORS, STATUS_LABELS } from "./crm-labels";

/** One side's value with when it was set; struck through in grey when it is the older side of a stale pair. */
export function FieldValue({ value, at, older }: { value: string | null; at: string | null; older?: boolean }) {
  if (value === null)
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  return (
    <Stack gap={0}>
      <Text size="sm" c={older ? "dimmed" : undefined} style={{ wordBreak: "break-word" }}>
        {displayValue(value, formatDateTime)}
      </Text>
      {at ? (
        <Text size="xs" c="dimmed">
          {older ? "older · " : ""}
          {formatDate(at)}
        </Text>
      ) : null}
    </Stack>
  );
}

export function StatusBadge({ status }: { status: CrmFieldStatus }) {
  return (
    <Badge variant="light" color={STATUS_COLORS[status]}>
      {STATUS_LABELS[status]}
    </Badge>
  );
}

export function GoldenValue({ value, side }: { value: string | null; side: CrmSide | null }) {
  if (value === null) return <Text size="sm">—</Text>;
  return (
    <Stack gap={0}>
      <Text size="sm" fw={600} style={{ wordBreak: "break-word" }}>
        {displayValue(value, formatDateTime)}
      </Text>
      {side ? (
        <Text size="xs" c="dimmed">
          from {SIDE_LABELS[side]}
        </Text>
      ) : null}
    </Stack>
  );
}
