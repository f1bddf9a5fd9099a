import { Anchor, Breadcrumbs, Button, Skeleton, Stack, Text } from "@mantine/core";
import { IconUsersGroup } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import { Link, useParams } from "react-router";
import { hasErrorCode, request } from "../../../lib/graphql";
import { EmptyState } from "../../../lib/ui/EmptyState";
import { PageHeader } from "../../../lib/ui/PageHeader";
import { QueryError } from "../../../lib/ui/QueryError";
import { segmentQuery } from "../queries";
import { AudienceEditor } from "./AudienceEditor";
import { toCatalog } from "./catalog";
import { audienceCatalogQuery } from "./queries";

/** /audiences/new and /audiences/:id/edit: the visual segment builder. */
export function AudienceBuilderPage() {
  const { id } = useParams();
  const catalogQuery = useQuery({
    queryKey: ["audience-catalog"],
    queryFn: ({ signal }) => request(audienceCatalogQuery, {}, { signal }),
  });
  const segment = useQuery({
    queryKey: ["segment", id],
    queryFn: ({ signal }) => request(segmentQuery, { id: id ?? "" }, { signal }),
    enabled: id !== undefined,
  });
  const catalog = useMemo(
    () => (catalogQuery.data ? toCatalog(catalogQuery.data.audienceCatalog, id) : null),
    [catalogQuery.data, id],
  );
  const title = id ? `Edit ${segment.data?.segment.name ?? "audience"}` : "New audience";

  const crumbs = (
    <Breadcrumbs mb="xs">
      <Anchor component={Link} to="/audiences" size="sm">
        Audiences
      </Anchor>
      {id && segment.data ? (
        <Anchor component={Link} to={`/audiences/${id}`} size="sm" truncate maw={280}>
          {segment.data.segment.name}
        </Anchor>
      ) : null}
      <Text size="sm" c="dimmed">
        {id ? "Edit" : "New"}
      </Text>
    </Breadcrumbs>
  );

  const body = () => {
    if (segment.isError) {
      if (hasErrorCode(segment.error, "NOT_FOUND") || hasErrorCode(segment.error, "BAD_USER_INPUT"))
        return (
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
        );
      return (
        <QueryError title="Could not load this audience" error={segment.error} onRetry={() => void segment.refetch()} />
      );
    }
    if (catalogQuery.isError)
      return (
        <QueryError
          title="Could not load the fields to build with"
          error={catalogQuery.error}
          onRetry={() => void catalogQuery.refetch()}
        />
      );
    if (!catalog || (id !== undefined && !segment.data))
      return (
        <Stack gap="md">
          <Skeleton height={80} />
          <Skeleton height={240} />
        </Stack>
      );
    return <AudienceEditor key={id ?? "new"} catalog={catalog} saved={segment.data?.segment ?? null} />;
  };

  return (
    <>
      {crumbs}
      <PageHeader
        title={title}
        description="Combine traits, behaviour, identifiers and other audiences; the size updates as you edit."
      />
      {body()}
    </>
  );
}
