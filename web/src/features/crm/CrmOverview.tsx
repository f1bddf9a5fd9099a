import { Grid, Skeleton, Stack } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { ConflictRateChart } from "./ConflictRateChart";
import { CoverageChart } from "./CoverageChart";
import { conflictBars, coverageBars } from "./crm-charts";
import { FieldCatalogTable } from "./FieldCatalogTable";
import { MatchSummary } from "./MatchSummary";
import { crmOverviewQuery } from "./queries";

export function useCrmOverview() {
  return useQuery({
    queryKey: ["crm", "overview"],
    queryFn: ({ signal }) => request(crmOverviewQuery, {}, { signal }),
  });
}

/** Match outcome, then every field side by side: coverage, conflicts, freshness and the source of truth. */
export function CrmOverview() {
  const overview = useCrmOverview();
  const stats = overview.data?.crmFieldStats;
  const coverage = useMemo(() => coverageBars(stats ?? []), [stats]);
  const conflicts = useMemo(() => conflictBars(stats ?? []), [stats]);
  if (overview.isPending) return <Skeleton height={400} />;
  if (overview.isError)
    return <QueryError error={overview.error} title="Could not compare" onRetry={() => void overview.refetch()} />;
  return (
    <Stack gap="lg">
      <MatchSummary stats={overview.data.crmMatchStats} />
      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <CoverageChart bars={coverage} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <ConflictRateChart bars={conflicts} />
        </Grid.Col>
      </Grid>
      <FieldCatalogTable stats={overview.data.crmFieldStats} />
    </Stack>
  );
}
