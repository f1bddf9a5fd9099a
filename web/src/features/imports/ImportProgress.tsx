import { Alert, Badge, Button, Group, Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { isRunning, progressPercent, STATUS_COLORS, STATUS_LABELS } from "./import-mapping";
import { importJobQuery } from "./queries";
import { RowErrorsTable } from "./RowErrorsTable";

const POLL_MS = 1000;

function Figure({ label, value, color }: { label: string; value: number; color?: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={`import-${label.toLowerCase().replace(/\W+/g, "-")}`}>
        {formatNumber(value)}
      </Text>
    </Stack>
  );
}

/** A started import: polled while it runs, then its result. */
export function ImportProgress({ id, onDone }: { id: string; onDone: () => void }) {
  const queryClient = useQueryClient();
  const job = useQuery({
    queryKey: ["importJob", id],
    queryFn: ({ signal }) => request(importJobQuery, { id }, { signal }),
    refetchInterval: (query) => (query.state.data && !isRunning(query.state.data.importJob.status) ? false : POLL_MS),
  });
  const status = job.data?.importJob.status;
  useEffect(() => {
    // Finished: the history and every count elsewhere in the app changed.
    if (status === "done" || status === "failed") void queryClient.invalidateQueries();
  }, [status, queryClient]);

  if (job.isError)
    return <QueryError error={job.error} title="Could not load the import" onRetry={() => void job.refetch()} />;
  if (!job.data) return <Progress value={0} animated aria-label="Import progress" />;
  const j = job.data.importJob;
  const percent = progressPercent(j);
  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Group gap="sm">
          <Badge color={STATUS_COLORS[j.status]} variant="light" radius="sm" data-testid="import-status">
            {STATUS_LABELS[j.status]}
          </Badge>
          <Text size="sm" c="dimmed">
            {formatNumber(j.processedRows)} of {formatNumber(j.totalRows)} rows
          </Text>
        </Group>
        {!isRunning(j.status) ? (
          <Button variant="light" onClick={onDone}>
            Import another file
          </Button>
        ) : null}
      </Group>
      <Progress
        value={percent}
        size="lg"
        animated={isRunning(j.status)}
        color={j.status === "failed" ? "red" : j.status === "done" ? "teal" : "blue"}
        aria-label="Import progress"
        aria-valuenow={percent}
      />
      {j.failure ? (
        <Alert color="red" variant="light" title="The import stopped">
          {j.failure} Start the same file again to finish it: rows already stored are skipped.
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        <Figure label="New" value={j.acceptedRows} color="teal.7" />
        <Figure label="Already imported" value={j.duplicateRows} />
        <Figure label="Rejected" value={j.rejectedRows} color={j.rejectedRows > 0 ? "red.7" : undefined} />
        <Figure label="Rows" value={j.totalRows} />
      </SimpleGrid>
      <RowErrorsTable errors={j.errors} total={j.errorCount} />
    </Stack>
  );
}
