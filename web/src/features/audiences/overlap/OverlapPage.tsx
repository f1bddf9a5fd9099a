import {
  Anchor,
  Breadcrumbs,
  Card,
  Grid,
  Group,
  MultiSelect,
  Skeleton,
  Stack,
  Table,
  Text,
  Title,
} from "@mantine/core";
import { IconChartCircles } from "@tabler/icons-react";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useSearchParams } from "react-router";
import { CHART_COLORS } from "../../../app/theme";
import { formatNumber, formatPercent } from "../../../lib/format";
import { request } from "../../../lib/graphql";
import { EmptyState } from "../../../lib/ui/EmptyState";
import { PageHeader } from "../../../lib/ui/PageHeader";
import { QueryError } from "../../../lib/ui/QueryError";
import { audienceOverlapQuery, segmentsQuery } from "../queries";
import { AUDIENCE_LETTERS, summariseOverlap } from "./overlap";
import { VennDiagram } from "./VennDiagram";

const MAX_PICKED = 3;

function LetterDots({ members }: { members: readonly number[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {members.map((i) => (
        <Text
          key={i}
          span
          size="xs"
          fw={700}
          c="white"
          bg={CHART_COLORS[i]}
          w={20}
          ta="center"
          style={{ borderRadius: 4 }}
        >
          {AUDIENCE_LETTERS[i]}
        </Text>
      ))}
    </Group>
  );
}

/** Exact overlap of two or three saved audiences: who is in which combination of them. */
export function OverlapPage() {
  const [params, setParams] = useSearchParams();
  const segments = useQuery({
    queryKey: ["segments"],
    queryFn: ({ signal }) => request(segmentsQuery, {}, { signal }),
  });
  const known = useMemo(() => new Set(segments.data?.segments.map((segment) => segment.id)), [segments.data]);
  const fromUrl = (params.get("ids") ?? "")
    .split(",")
    .filter((id) => id && known.has(id))
    .slice(0, MAX_PICKED);
  // With nothing picked yet, start on the first two audiences so the page shows an answer straight away.
  const picked =
    params.has("ids") || !segments.data ? fromUrl : segments.data.segments.slice(0, 2).map((segment) => segment.id);
  const ready = picked.length >= 2;

  const overlap = useQuery({
    queryKey: ["audienceOverlap", picked],
    queryFn: ({ signal }) => request(audienceOverlapQuery, { ids: picked }, { signal }),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const result = ready ? overlap.data?.audienceOverlap : undefined;
  // The answer lists the audiences in its own order; regions are read against the order they were picked in.
  const audiences = picked.flatMap((id) => {
    const found = result?.audiences.find((audience) => audience.id === id);
    return found ? [found] : [];
  });
  const summary = result && audiences.length === picked.length ? summariseOverlap(audiences, result.regions) : null;

  return (
    <>
      <Breadcrumbs mb="xs">
        <Anchor component={Link} to="/audiences" size="sm">
          Audiences
        </Anchor>
        <Text size="sm" c="dimmed">
          Overlap
        </Text>
      </Breadcrumbs>
      <PageHeader
        title="Audience overlap"
        description="Pick two or three saved audiences to see exactly how many profiles are in each combination."
      />
      <Stack gap="lg">
        <Card padding="lg">
          {segments.isError ? (
            <QueryError
              title="Could not load audiences"
              error={segments.error}
              onRetry={() => void segments.refetch()}
            />
          ) : (
            <MultiSelect
              label="Audiences to compare"
              description="Two or three, compared on their current membership"
              placeholder={picked.length < MAX_PICKED ? "Pick an audience" : undefined}
              data={(segments.data?.segments ?? []).map((segment) => ({ value: segment.id, label: segment.name }))}
              value={picked}
              onChange={(ids) => setParams({ ids: ids.join(",") }, { replace: true })}
              maxValues={MAX_PICKED}
              searchable
              disabled={segments.isPending}
              maw={720}
            />
          )}
        </Card>
        {!ready ? (
          <EmptyState icon={<IconChartCircles size={24} />} title="Pick at least two audiences">
            The diagram and the table appear once two or three audiences are chosen.
          </EmptyState>
        ) : overlap.isError ? (
          <QueryError
            title="Could not compute the overlap"
            error={overlap.error}
            onRetry={() => void overlap.refetch()}
          />
        ) : !summary ? (
          <Skeleton height={360} />
        ) : (
          <Grid gutter="lg">
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Card padding="lg" h="100%">
                <Title order={3} size="h4" mb="md">
                  Who is where
                </Title>
                <VennDiagram audiences={audiences} summary={summary} />
                <Stack gap={4} mt="md" data-testid="overlap-legend">
                  {audiences.map((audience, i) => (
                    <Group key={audience.id} gap="xs" wrap="nowrap">
                      <LetterDots members={[i]} />
                      <Anchor component={Link} to={`/audiences/${audience.id}`} size="sm" truncate>
                        {audience.name}
                      </Anchor>
                      <Text size="sm" c="dimmed">
                        {formatNumber(summary.sizes[i] ?? 0)} members
                      </Text>
                    </Group>
                  ))}
                </Stack>
                <Text size="xs" c="dimmed" ta="center" mt="xs">
                  Circles are drawn the same size; the numbers are exact. Percentages are of the{" "}
                  {formatNumber(summary.union)} profiles in at least one audience.
                </Text>
              </Card>
            </Grid.Col>
            <Grid.Col span={{ base: 12, lg: 6 }}>
              <Card padding={0} h="100%">
                <Table verticalSpacing="sm" horizontalSpacing="lg" data-testid="overlap-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th w={90} />
                      <Table.Th>Region</Table.Th>
                      <Table.Th ta="right">Profiles</Table.Th>
                      <Table.Th ta="right">Share</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {summary.rows.map((row) => (
                      <Table.Tr key={row.mask}>
                        <Table.Td>
                          <LetterDots members={row.members} />
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{row.label}</Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm" fw={600}>
                            {formatNumber(row.count)}
                          </Text>
                        </Table.Td>
                        <Table.Td ta="right">
                          <Text size="sm" c="dimmed">
                            {formatPercent(row.share)}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                  <Table.Tfoot>
                    <Table.Tr>
                      <Table.Td />
                      <Table.Th>In at least one</Table.Th>
                      <Table.Th ta="right">{formatNumber(summary.union)}</Table.Th>
                      <Table.Td />
                    </Table.Tr>
                  </Table.Tfoot>
                </Table>
              </Card>
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </>
  );
}
