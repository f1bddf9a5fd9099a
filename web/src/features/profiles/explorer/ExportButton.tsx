import { Button, Group, Progress, Text } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useRef, useState } from "react";
import { formatNumber } from "../../../lib/format";
import { describeError } from "../../../lib/graphql";
import { downloadExport, type ExportProgress } from "./export-download";

type Status = { kind: "idle" } | { kind: "running"; progress: ExportProgress } | { kind: "failed"; message: string };

/** Exports the filtered set as CSV, showing how many rows have arrived out of the total; a second click cancels. */
export function ExportButton({ url }: { url: string }) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);

  const start = async () => {
    if (abort.current) {
      abort.current.abort();
      return;
    }
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: "running", progress: { rows: 0, total: null } });
    try {
      const { blob, fileName } = await downloadExport(
        url,
        (progress) => setStatus({ kind: "running", progress }),
        controller.signal,
      );
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = fileName;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
      setStatus({ kind: "idle" });
    } catch (error) {
      setStatus(controller.signal.aborted ? { kind: "idle" } : { kind: "failed", message: describeError(error) });
    } finally {
      abort.current = null;
    }
  };

  const progress = status.kind === "running" ? status.progress : null;
  const percent = progress?.total ? Math.min(99, (100 * progress.rows) / progress.total) : 0;
  return (
    <Group gap="xs" wrap="nowrap">
      {progress ? (
        <Group gap={6} wrap="nowrap" aria-live="polite">
          <Progress value={percent} w={100} size="sm" aria-label="Export progress" />
          <Text size="xs" c="dimmed">
            {formatNumber(progress.rows)}
            {progress.total !== null ? ` of ${formatNumber(progress.total)}` : ""} rows
          </Text>
        </Group>
      ) : null}
      {status.kind === "failed" ? (
        <Text size="xs" c="red" role="alert">
          Export failed: {status.message}
        </Text>
      ) : null}
      <Button variant="default" leftSection={<IconDownload size={16} />} onClick={() => void start()}>
        {progress ? "Cancel export" : "Export CSV"}
      </Button>
    </Group>
  );
}
