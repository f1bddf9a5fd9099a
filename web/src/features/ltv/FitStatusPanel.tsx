import { Alert, Button, Card, Group, Loader, Progress, Stack, Text } from "@mantine/core";
import { IconAlertTriangle, IconRefresh } from "@tabler/icons-react";
import type { LtvModelStatusQuery } from "../../gql/graphql";
import { formatDateTime } from "../../lib/format";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { progressPercent, stageLabel, triggerLabel } from "./model-status";
import { RevenueSettingsLine, type RevenueSettingsValue } from "./RevenueSettings";

export type LatestFit = NonNullable<LtvModelStatusQuery["ltvModel"]>;

type Props = {
  latest: LatestFit;
  /** When the last successful fit finished, if there is one (the figures below come from it). */
  inUseFinishedAt: string | null | undefined;
  settings: RevenueSettingsValue | undefined;
  onRefit?: () => void;
  refitting?: boolean;
};

/** What the newest fit is doing: a progress bar while it runs, the error and the revenue settings if it failed. */
export function FitStatusPanel({ latest, inUseFinishedAt, settings, onRefit, refitting }: Props) {
  if (latest.status === "running") {
    const percent = progressPercent(latest.progress);
    return (
      <Card padding="md" aria-live="polite" aria-busy="true">
        <Stack gap="xs">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <Loader size="xs" aria-hidden="true" />
              <Text fw={600}>Fitting the LTV model</Text>
              <Text size="sm" c="dimmed">
                {triggerLabel(latest.trigger)}, started <RelativeTime value={latest.startedAt} size="sm" />
              </Text>
            </Group>
            <Text size="sm" fw={600}>
              {percent}%
            </Text>
          </Group>
          <Progress value={percent} animated striped size="lg" aria-label={`Fit progress: ${percent}%`} />
          <Text size="sm" c="dimmed">
            {stageLabel(latest.stage)}…{" "}
            {inUseFinishedAt
              ? `The figures below are from the fit of ${formatDateTime(inUseFinishedAt)} until this one finishes.`
              : "The figures appear when it finishes."}
          </Text>
        </Stack>
      </Card>
    );
  }
  if (latest.status === "failed") {
    const settingsChanged =
      settings !== undefined &&
      (settings.event !== latest.revenueEvent ||
        settings.property !== latest.revenueProperty ||
        settings.currency !== latest.currency);
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertTriangle size={18} />}
        title="The latest LTV fit failed"
        role="alert"
      >
        <Stack gap="xs">
          <Text size="sm">{latest.error ?? "The server did not say why."}</Text>
          <Text size="xs" c="dimmed">
            {triggerLabel(latest.trigger)} started {formatDateTime(latest.startedAt)}
            {latest.finishedAt ? `, stopped ${formatDateTime(latest.finishedAt)}` : ""}.
            {settingsChanged
              ? ` It used the ${latest.revenueProperty} property of ${latest.revenueEvent} events (${latest.currency}); the settings have changed since.`
              : ""}
          </Text>
          <RevenueSettingsLine settings={settings} />
          <Text size="sm">
            {inUseFinishedAt
              ? `The figures below are from the last successful fit, of ${formatDateTime(inUseFinishedAt)}.`
              : "There is no successful fit yet, so there are no predicted values."}
          </Text>
          {onRefit ? (
            <Group>
              <Button
                size="xs"
                variant="white"
                color="red"
                leftSection={<IconRefresh size={14} />}
                onClick={onRefit}
                loading={refitting}
              >
                Try again
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Alert>
    );
  }
  return null;
}
