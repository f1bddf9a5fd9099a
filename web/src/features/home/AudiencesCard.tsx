import { Anchor, Card, Group, Skeleton, Stack, Text, Title, UnstyledButton } from "@mantine/core";
import { IconChevronRight, IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { request } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { segmentsQuery } from "../audiences/queries";

export function AudiencesCard() {
  const query = useQuery({ queryKey: ["segments"], queryFn: ({ signal }) => request(segmentsQuery, {}, { signal }) });
  return (
    <Card padding="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          Audiences
        </Title>
        <Anchor component={Link} to="/audiences" size="sm">
          View all
        </Anchor>
      </Group>
      {query.isPending ? (
        <Stack gap="sm">
          {[0, 1, 2].map((key) => (
            <Skeleton key={key} height={44} />
          ))}
        </Stack>
      ) : query.isError ? (
        <QueryError title="Could not load audiences" error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.segments.length === 0 ? (
        <EmptyState icon={<IconUsersGroup size={24} />} title="No audiences yet">
          Audiences are saved groups of profiles defined by rules, such as “country = US and plan is pro”.
        </EmptyState>
      ) : (
        <Stack gap={0}>
          {query.data.segments.map((segment) => (
            <UnstyledButton
              key={segment.id}
              component={Link}
              to={`/audiences/${segment.id}`}
              aria-label={segment.name}
              py="sm"
              px="xs"
              style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}
            >
              <Group justify="space-between" wrap="nowrap" gap="sm">
                <Stack gap={2} miw={0}>
                  <Text fw={600} size="sm" truncate>
                    {segment.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {segment.description || "No description"}
                  </Text>
                </Stack>
                <Group gap="xs" wrap="nowrap">
                  <Text size="xs" c="dimmed" visibleFrom="xs">
                    Updated <RelativeTime value={segment.updatedAt} size="xs" />
                  </Text>
                  <IconChevronRight size={16} color="var(--mantine-color-gray-5)" />
                </Group>
              </Group>
            </UnstyledButton>
          ))}
        </Stack>
      )}
    </Card>
  );
}
