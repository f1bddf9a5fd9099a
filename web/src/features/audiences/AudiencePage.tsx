import { Anchor, Breadcrumbs, Button, Code, Grid, Group, Skeleton, Stack, Text } from "@mantine/core";
import { IconPencil, IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { formatDateTime } from "../../lib/format";
import { hasErrorCode, request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { can } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { BreakdownCard } from "./breakdown/BreakdownCard";
import { DeleteAudienceButton } from "./DeleteAudienceButton";
import { AudienceStats } from "./detail/AudienceStats";
import { ChangesCard } from "./detail/ChangesCard";
import { MembersCard } from "./detail/MembersCard";
import { RefreshButton } from "./detail/RefreshButton";
import { RulesCard } from "./detail/RulesCard";
import { SizeHistoryCard } from "./detail/SizeHistoryCard";
import { SqlPanel } from "./detail/SqlPanel";
import { segmentQuery, segmentsQuery } from "./queries";
import type { RuleNames } from "./rule-text";

export function AudiencePage() {
  const { id = "" } = useParams();
  const viewer = useViewer();
  const query = useQuery({
    queryKey: ["segment", id],
    queryFn: ({ signal }) => request(segmentQuery, { id }, { signal }),
  });
  // Rules can point at other audiences by id; their names come from the (usually cached) list.
  const segments = useQuery({
    queryKey: ["segments"],
    queryFn: ({ signal }) => request(segmentsQuery, {}, { signal }),
  });
  const names: RuleNames = {
    audienceName: (audienceId) => segments.data?.segments.find((segment) => segment.id === audienceId)?.name,
  };

  const crumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to="/audiences" size="sm">
        Audiences
      </Anchor>
      <Text size="sm" c="dimmed" truncate maw={320}>
        {query.data?.segment.name ?? "Audience"}
      </Text>
    </Breadcrumbs>
  );

  if (query.isPending) {
    return (
      <Stack gap="md">
        {crumbs}
        <Skeleton height={36} width={320} />
        <Skeleton height={90} />
        <Skeleton height={260} />
      </Stack>
    );
  }
  if (query.isError) {
    if (hasErrorCode(query.error, "NOT_FOUND") || hasErrorCode(query.error, "BAD_USER_INPUT")) {
      return (
        <>
          {crumbs}
          <EmptyState
            icon={<IconUsersGroup size={24} />}
            title="Audience not found"
            action={
              <Button component={Link} to="/audiences" variant="light">
                All audiences
              </Button>
            }
          >
            It may have been deleted, or the link is wrong.
          </EmptyState>
        </>
      );
    }
    return (
      <>
        {crumbs}
        <QueryError title="Could not load this audience" error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const { segment, overview } = query.data;
  const editable = can(viewer.role, "editAudiences");

  return (
    <>
      {crumbs}
      <PageHeader
        title={segment.name}
        description={segment.description || "No description"}
        actions={
          editable ? (
            <>
              <Button component={Link} to={`/audiences/${segment.id}/edit`} leftSection={<IconPencil size={16} />}>
                Edit
              </Button>
              <RefreshButton id={segment.id} name={segment.name} />
              <DeleteAudienceButton id={segment.id} name={segment.name} />
            </>
          ) : (
            <Button component={Link} to={`/audiences/${segment.id}/edit`} variant="default">
              Explore rules
            </Button>
          )
        }
      />
      <Stack gap="lg">
        <AudienceStats size={segment.size} profileCount={overview.profileCount} refreshedAt={segment.refreshedAt} />
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <SizeHistoryCard id={segment.id} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <RulesCard rules={segment.rules} names={names} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <MembersCard id={segment.id} name={segment.name} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <ChangesCard id={segment.id} />
          </Grid.Col>
          <Grid.Col span={12}>
            <BreakdownCard rules={segment.rules} total={segment.size} />
          </Grid.Col>
          <Grid.Col span={12}>
            <SqlPanel id={segment.id} rules={segment.rules} />
          </Grid.Col>
        </Grid>
        <Group gap="xl" wrap="wrap">
          <Text size="xs" c="dimmed">
            Created {formatDateTime(segment.createdAt)}
          </Text>
          <Text size="xs" c="dimmed">
            Rules last changed {formatDateTime(segment.updatedAt)}
          </Text>
          <Text size="xs" c="dimmed">
            Id <Code fz="xs">{segment.id}</Code>
          </Text>
        </Group>
      </Stack>
    </>
  );
}
