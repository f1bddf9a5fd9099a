import { Anchor, Button, Card, Code, Table, Text } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link, useNavigate } from "react-router";
import { formatNumber } from "../../lib/format";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { TableSkeleton } from "../../lib/ui/TableSkeleton";
import { can } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { segmentsQuery } from "./queries";

export function AudiencesPage() {
  const viewer = useViewer();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: ["segments"], queryFn: ({ signal }) => request(segmentsQuery, {}, { signal }) });

  return (
    <>
      <PageHeader
        title="Audiences"
        description={
          query.data
            ? `${formatNumber(query.data.segments.length)} saved ${query.data.segments.length === 1 ? "audience" : "audiences"}: groups of profiles defined by rules.`
            : "Saved groups of profiles defined by rules."
        }
        actions={
          <Button component={Link} to="/audiences/new">
            {can(viewer.role, "editAudiences") ? "New audience" : "Explore rules"}
          </Button>
        }
      />
      <Card padding={0}>
        {query.isPending ? (
          <TableSkeleton rows={5} />
        ) : query.isError ? (
          <Card.Section p="md">
            <QueryError title="Could not load audiences" error={query.error} onRetry={() => void query.refetch()} />
          </Card.Section>
        ) : query.data.segments.length === 0 ? (
          <EmptyState icon={<IconUsersGroup size={24} />} title="No audiences yet">
            An audience is a saved rule such as “country = US and plan is pro”.
            {can(viewer.role, "editAudiences") ? (
              <>
                {" "}
                Until the audience builder arrives, you can create one with the <Code>createSegment</Code> mutation in
                the{" "}
                <Anchor href="/graphql" target="_blank" rel="noopener">
                  GraphQL IDE
                </Anchor>
                .
              </>
            ) : null}
          </EmptyState>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table highlightOnHover verticalSpacing="sm" horizontalSpacing="md">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Name</Table.Th>
                  <Table.Th>Description</Table.Th>
                  <Table.Th w={160}>Updated</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {query.data.segments.map((segment) => (
                  <Table.Tr
                    key={segment.id}
                    style={{ cursor: "pointer" }}
                    onClick={() => void navigate(`/audiences/${segment.id}`)}
                  >
                    <Table.Td>
                      <Anchor
                        component={Link}
                        to={`/audiences/${segment.id}`}
                        fw={600}
                        size="sm"
                        onClick={(event) => event.stopPropagation()}
                      >
                        {segment.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm" c={segment.description ? undefined : "dimmed"} lineClamp={2}>
                        {segment.description || "No description"}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <RelativeTime value={segment.updatedAt} size="sm" />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Card>
    </>
  );
}
