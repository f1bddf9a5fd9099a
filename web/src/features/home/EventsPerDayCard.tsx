import { Card, Group, SegmentedControl, Skeleton, Stack, Text, Title } from "@mantine/core";
import { IconChartAreaLine } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { formatDay, formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { QueryError } from "../../lib/ui/QueryError";
import { EventsPerDayChart } from "./EventsPerDayChart";
import { eventsPerDayQuery } from "./queries";

const RANGES = ["30", "90", "365"] as const;
type Range = (typeof RANGES)[number];

function isRange(value: string): value is Range {
  return (RANGES as readonly string[]).includes(value);
}

export function EventsPerDayCard() {
  const [range, setRange] = useState<Range>("30");
  const days = Number(range);
  const query = useQuery({
    queryKey: ["eventsPerDay", days],
    queryFn: ({ signal }) => request(eventsPerDayQuery, { days }, { signal }),
    placeholderData: keepPreviousData,
  });
  const points = query.data?.eventsPerDay ?? [];
  const total = points.reduce((sum, point) => sum + point.count, 0);
  const first = points[0];
  const last = points.at(-1);

  return (
    <Card padding="lg">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4">
            Events per day
          </Title>
          <Text size="sm" c="dimmed">
            {query.data && first && last
              ? `${formatNumber(total)} events, ${formatDay(first.day, "long")} – ${formatDay(last.day, "long")} (UTC)`
              : "Daily volume across all sources"}
          </Text>
        </Stack>
        <SegmentedControl
          size="xs"
          value={range}
          onChange={(value) => {
            if (isRange(value)) setRange(value);
          }}
          data={[
            { value: "30", label: "30 days" },
            { value: "90", label: "90 days" },
            { value: "365", label: "1 year" },
          ]}
          aria-label="Period"
        />
      </Group>
      {query.isPending ? (
        <Skeleton height={280} />
      ) : query.isError ? (
        <QueryError title="Could not load the chart" error={query.error} onRetry={() => void query.refetch()} />
      ) : total === 0 ? (
        <EmptyState icon={<IconChartAreaLine size={24} />} title="No events in this period">
          Once a source sends events, their daily volume appears here.
        </EmptyState>
      ) : (
        <div style={{ opacity: query.isPlaceholderData ? 0.5 : 1, transition: "opacity 150ms" }}>
          <EventsPerDayChart data={points} />
        </div>
      )}
    </Card>
  );
}
