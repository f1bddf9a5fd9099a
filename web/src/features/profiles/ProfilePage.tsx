import { Anchor, Breadcrumbs, Grid, Skeleton, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { Link, useParams, useSearchParams } from "react-router";
import { hasErrorCode, request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { CrmComparisonCard } from "../crm/CrmComparisonCard";
import { IdentitiesCard } from "./IdentitiesCard";
import { MergeHistoryCard } from "./MergeHistoryCard";
import { ProfileAudiencesCard } from "./ProfileAudiencesCard";
import { ProfileHeader } from "./ProfileHeader";
import { ProfileNotFound } from "./profile/ProfileNotFound";
import { ProfileTimeline } from "./ProfileTimeline";
import { profileQuery } from "./queries";
import { TraitsCard } from "./TraitsCard";

export function ProfilePage() {
  const { id = "" } = useParams();
  const [params, setParams] = useSearchParams();
  const eventName = params.get("event") || null;
  const query = useQuery({
    queryKey: ["profile", id],
    queryFn: ({ signal }) => request(profileQuery, { id }, { signal }),
  });

  const crumbs = (
    <Breadcrumbs mb="md">
      <Anchor component={Link} to="/profiles" size="sm">
        Profiles
      </Anchor>
      <Text size="sm" c="dimmed" truncate maw={320}>
        {query.data?.profile.displayName ?? "Profile"}
      </Text>
    </Breadcrumbs>
  );

  if (query.isPending) {
    return (
      <Stack gap="md">
        {crumbs}
        <Skeleton height={120} />
        <Grid>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Skeleton height={300} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Skeleton height={300} />
          </Grid.Col>
        </Grid>
      </Stack>
    );
  }
  if (query.isError) {
    if (hasErrorCode(query.error, "NOT_FOUND") || hasErrorCode(query.error, "BAD_USER_INPUT")) {
      return (
        <>
          {crumbs}
          <ProfileNotFound id={id} />
        </>
      );
    }
    return (
      <>
        {crumbs}
        <QueryError title="Could not load this profile" error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  const profile = query.data.profile;
  return (
    <>
      <title>{`${profile.displayName} · Mosaic`}</title>
      {crumbs}
      <Stack gap="lg">
        <ProfileHeader profile={profile} />
        <CrmComparisonCard profileId={profile.id} />
        <Grid gutter="lg">
          <Grid.Col span={{ base: 12, lg: 5 }}>
            <Stack gap="lg">
              <IdentitiesCard identities={profile.identities} />
              <MergeHistoryCard profileId={profile.id} />
              <TraitsCard profileId={profile.id} traits={profile.traits} sources={profile.traitSources} />
              <ProfileAudiencesCard profileId={profile.id} profileName={profile.displayName} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 7 }}>
            <ProfileTimeline
              profileId={profile.id}
              eventName={eventName}
              onEventNameChange={(value) => setParams(value ? { event: value } : {}, { replace: true })}
            />
          </Grid.Col>
        </Grid>
      </Stack>
    </>
  );
}
