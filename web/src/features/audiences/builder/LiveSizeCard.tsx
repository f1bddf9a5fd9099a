import { Alert, Card, Group, Loader, Progress, Stack, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { formatNumber, formatPercent } from "../../../lib/format";
import { describeError } from "../../../lib/graphql";
import type { PreviewStatus } from "./preview-status";
import { issueText } from "./rules-input";

type Props = { status: PreviewStatus; size: { count: number; total: number } | undefined };

/** "1,234 profiles · 9.5% of all": the live size of the tree being edited, dimmed while it is recounted. */
export function LiveSizeCard({ status, size }: Props) {
  const stale = status.kind !== "ready";
  const ratio = size && size.total > 0 ? size.count / size.total : 0;
  return (
    <Card padding="lg" aria-label="Audience size">
      <Group justify="space-between" mb={4}>
        <Title order={3} size="h5">
          Audience size
        </Title>
        {status.kind === "updating" ? <Loader size="xs" aria-label="Recounting" /> : null}
      </Group>
      {size ? (
        <Stack gap={6} opacity={stale ? 0.5 : 1} style={{ transition: "opacity 120ms" }}>
          <Text fz={32} fw={700} lh={1.1} data-testid="live-size">
            {formatNumber(size.count)}
          </Text>
          <Text size="sm" c="dimmed" data-testid="live-percent">
            profiles · {formatPercent(ratio)} of all {formatNumber(size.total)}
          </Text>
          <Progress value={ratio * 100} size="sm" aria-hidden />
        </Stack>
      ) : status.kind === "updating" || status.kind === "ready" ? (
        <Text size="sm" c="dimmed">
          Counting…
        </Text>
      ) : null}
      {status.kind === "invalid" ? (
        <Alert mt="sm" color="orange" variant="light" icon={<IconAlertTriangle size={16} />} title="Not counted yet">
          <Text size="sm" data-testid="rules-issue">
            {status.issue.nodePath.length > 0 ? `Condition ${status.issue.nodePath.map((i) => i + 1).join(".")}: ` : ""}
            {issueText(status.issue)}
          </Text>
        </Alert>
      ) : null}
      {status.kind === "failed" ? (
        <Alert mt="sm" color="red" variant="light" icon={<IconAlertTriangle size={16} />} title="Could not count">
          <Text size="sm">{describeError(status.error)}</Text>
        </Alert>
      ) : null}
    </Card>
  );
}
