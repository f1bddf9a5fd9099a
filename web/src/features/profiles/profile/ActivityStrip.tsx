import { Group, Skeleton, Stack, Text } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, type TooltipContentProps } from "recharts";
import { formatDay, formatNumber } from "../../../lib/format";
import { request } from "../../../lib/graphql";
import { ChartTooltipBox } from "../../ltv/ChartTooltip";
import { summarizeActivity, type ActivityDay } from "./activity";
import { profileActivityQuery } from "./queries";

const DAYS = 90;
const BAR = "var(--mantine-color-blue-5)";

function DayTooltip({ active, payload }: TooltipContentProps) {
  const day = payload[0]?.payload as ActivityDay | undefined;
  if (!active || !day) return null;
  return (
    <ChartTooltipBox title={formatDay(day.day, "long")} rows={[{ label: "Events", value: formatNumber(day.events) }]} />
  );
}

/** Events (of one name, when the timeline is filtered) per day over the 90 days up to the last activity. */
export function ActivityStrip({ profileId, eventName }: { profileId: string; eventName: string | null }) {
  const query = useQuery({
    queryKey: ["profile", profileId, "activity", DAYS, eventName],
    queryFn: ({ signal }) => request(profileActivityQuery, { id: profileId, days: DAYS, event: eventName }, { signal }),
    placeholderData: keepPreviousData,
  });
  if (query.isPending) return <Skeleton height={72} />;
  if (query.isError)
    return (
      <Text size="xs" c="red">
        Could not load the daily activity.
      </Text>
    );
  const activity = query.data.profile.activity;
  const summary = summarizeActivity(activity.days);
  return (
    <Stack gap={4} data-testid="activity-strip">
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {formatNumber(summary.total)} {eventName ? `“${eventName}” ` : ""}
          {summary.total === 1 ? "event" : "events"} on {formatNumber(summary.activeDays)} of the {DAYS} days to{" "}
          {formatDay(activity.to, "long")}
        </Text>
        {summary.busiest && summary.busiest.events > 1 ? (
          <Text size="xs" c="dimmed">
            busiest {formatDay(summary.busiest.day)} ({formatNumber(summary.busiest.events)})
          </Text>
        ) : null}
      </Group>
      <ResponsiveContainer width="100%" height={56}>
        <BarChart data={activity.days} margin={{ top: 2, right: 0, bottom: 0, left: 0 }} barCategoryGap={1}>
          <XAxis dataKey="day" hide />
          <Tooltip content={DayTooltip} cursor={{ fill: "var(--mantine-color-gray-1)" }} isAnimationActive={false} />
          <Bar dataKey="events" fill={BAR} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {formatDay(activity.from)}
        </Text>
        <Text size="xs" c="dimmed">
          {formatDay(activity.to)}
        </Text>
      </Group>
    </Stack>
  );
}
