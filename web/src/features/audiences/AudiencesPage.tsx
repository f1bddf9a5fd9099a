import { Anchor, Button, Card, Stack, Table, Text } from "@mantine/core";
import { IconChartCircles, IconPlus, IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { formatNumber, formatPercent } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { can } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { audienceShare } from "./detail/audience-share";
import { SizeSparkline } from "./detail/SizeSparkline";
import { IndexedPropertiesCard } from "./indexed/IndexedPropertiesCard";
import { audienceListQuery } from "./queries";
import { TraitIndexesCard } from "./TraitIndexesCard";

/** How far back the list's trend lines reach. */
const TREND_DAYS = 30;

export function AudiencesPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const editable = can(viewer.role, "editAudiences");
  const query = useQuery({
    queryKey: ["audienceList", TREND_DAYS],
    queryFn: ({ signal }) => request(audienceListQuery, { days: TREND_DAYS }, { signal }),
  });
  const segments = query.data?.segments ?? [];

  return (
    <>
      <PageHeader
        title="Audiences"
        description={
          query.data
            ? `${formatNumber(segments.length)} saved ${segments.length === 1 ? "audience" : "audiences"}: groups of profiles defined by rules, kept up to date as data arrives.`
            : "Saved groups of profiles defined by rules."
        }
        actions={
          <>
            {segments.length >= 2 ? (
              <Button
                component={Link}
                to="/audiences/overlap"
                variant="default"
                leftSection={<IconChartCircles size={16} />}
              >
                Compare overlap
              </Button>
            ) : null}
            {editable ? (
              <Button component={Link} to="/audiences/new" leftSection={<IconPlus size={16} />}>
                New audience
              </Button>
            ) : null}
          </>
        }
      />
      <Card padding={0}>
        {query.isPending ? (
          <TableSkeleton rows={5} />
        ) : query.isError ? (
          <Card.Section p="md">
            <QueryError title="Could not load audiences" error={query.error} onRetry={() => void query.refetch()} />
          </Card.Section>
        ) : segments.length === 0 ? (
          <EmptyState
            icon={<IconUsersGroup size={24} />}
            title="No audiences yet"
            action={
              editable ? (
                <Button component={Link} to="/audiences/new" variant="light" leftSection={<IconPlus size={16} />}>
                  Build the first audience
                </Button>
              ) : undefined
            }
          >
            An audience is a saved rule such as “country = US and ordered at least 3 times in the last 30 days”.
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={760}>
            <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Audience</Table.Th>
                  <Table.Th ta="right" w={150}>
                    Members
                  </Table.Th>
                  <Table.Th w={130} style={{ whiteSpace: "nowrap" }}>
                    {TREND_DAYS}-day trend
                  </Table.Th>
                  <Table.Th w={150}>Refreshed</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {segments.map((segment) => {
                  const share = audienceShare(segment.size, query.data.overview.profileCount);
                  return (
                    <Table.Tr
                      key={segment.id}
                      style={{ cursor: "pointer" }}
                      onClick={() => void navigate(`/audiences/${segment.id}`)}
                    >
                      <Table.Td>
                        <Stack gap={2}>
                          <Anchor
                            component={Link}
                            to={`/audiences/${segment.id}`}
                            fw={600}
                            size="sm"
                            onClick={(event) => event.stopPropagation()}
                          >
                            {segment.name}
                          </Anchor>
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {segment.description || "No description"}
                          </Text>
                        </Stack>
                      </Table.Td>
                      <Table.Td ta="right">
                        <Text size="sm" fw={600}>
                          {segment.size === null || segment.size === undefined ? "—" : formatNumber(segment.size)}
                        </Text>
                        <Text size="xs" c="dimmed">
                          {share === null ? "not evaluated" : `${formatPercent(share)} of profiles`}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <SizeSparkline
                          points={segment.sizeHistory}
                          now={query.dataUpdatedAt}
                          label={`Size of ${segment.name} over the last ${TREND_DAYS} days`}
                        />
                      </Table.Td>
                      <Table.Td>
                        <RelativeTime value={segment.refreshedAt} size="sm" fallback="Not yet" />
                      </Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
      {can(viewer.role, "viewTraitIndexes") ? <TraitIndexesCard /> : null}
      {can(viewer.role, "viewIndexedProperties") ? <IndexedPropertiesCard /> : null}
    </>
  );
}
