import {
  Alert,
  Anchor,
  Breadcrumbs,
  Card,
  Code,
  Collapse,
  Group,
  Button,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { IconAlertTriangle, IconCode, IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams } from "react-router";
import { formatDateTime } from "../../lib/format";
import { hasErrorCode, request } from "../../lib/graphql";
import { prettyJson } from "../../lib/json";
import { EmptyState } from "../../lib/ui/EmptyState";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { can } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { DeleteAudienceButton } from "./DeleteAudienceButton";
import { segmentQuery, segmentsQuery } from "./queries";
import { countConditions, parseRuleGroup, ruleGroupToText, type RuleNames } from "./rule-text";
import { RuleTreeView } from "./RuleTreeView";

export function AudiencePage() {
  const { id = "" } = useParams();
  const viewer = useViewer();
  const [jsonOpen, { toggle: toggleJson }] = useDisclosure(false);
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
        <Skeleton height={180} />
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

  const segment = query.data.segment;
  const tree = parseRuleGroup(segment.rules);
  const conditions = tree ? countConditions(tree) : 0;

  return (
    <>
      {crumbs}
      <PageHeader
        title={segment.name}
        description={segment.description || "No description"}
        actions={
          <>
            <Button component={Link} to={`/audiences/${segment.id}/edit`} variant="light">
              {can(viewer.role, "editAudiences") ? "Edit rules" : "Explore rules"}
            </Button>
            {can(viewer.role, "editAudiences") ? <DeleteAudienceButton id={segment.id} name={segment.name} /> : null}
          </>
        }
      />
      <Stack gap="lg">
        <Card padding="lg">
          <Group justify="space-between" mb="sm" wrap="wrap">
            <Title order={3} size="h4">
              Who is in this audience
            </Title>
            {tree ? (
              <Text size="sm" c="dimmed">
                {conditions} {conditions === 1 ? "condition" : "conditions"}
              </Text>
            ) : null}
          </Group>
          {tree ? (
            <Stack gap="md">
              <Text
                size="sm"
                p="sm"
                bg="var(--mantine-color-gray-0)"
                style={{ borderRadius: "var(--mantine-radius-sm)", fontFamily: "var(--mantine-font-family-monospace)" }}
                aria-label="Rules as text"
              >
                {ruleGroupToText(tree, names)}
              </Text>
              <RuleTreeView group={tree} names={names} />
            </Stack>
          ) : (
            <Alert
              color="yellow"
              variant="light"
              icon={<IconAlertTriangle size={18} />}
              title="Rules in an unexpected shape"
            >
              These rules do not follow the rule format this dashboard knows, so they are shown as stored.
              <Code block mt="sm">
                {prettyJson(segment.rules)}
              </Code>
            </Alert>
          )}
          {tree ? (
            <>
              <Button
                variant="subtle"
                size="xs"
                mt="md"
                leftSection={<IconCode size={14} />}
                onClick={toggleJson}
                w="fit-content"
              >
                {jsonOpen ? "Hide" : "Show"} rules as JSON
              </Button>
              <Collapse in={jsonOpen}>
                <Code block mt="xs">
                  {prettyJson(segment.rules)}
                </Code>
              </Collapse>
            </>
          ) : null}
        </Card>
        <Card padding="lg">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
            <Stack gap={2}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                Created
              </Text>
              <Text size="sm">{formatDateTime(segment.createdAt)}</Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                Last updated
              </Text>
              <Text size="sm">{formatDateTime(segment.updatedAt)}</Text>
            </Stack>
            <Stack gap={2}>
              <Text size="xs" c="dimmed" fw={600} tt="uppercase">
                Audience id
              </Text>
              <Code fz="xs" w="fit-content">
                {segment.id}
              </Code>
            </Stack>
          </SimpleGrid>
        </Card>
      </Stack>
    </>
  );
}
