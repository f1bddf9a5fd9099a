import { Alert, Anchor, Stack } from "@mantine/core";
import { IconRocket } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { request } from "../../lib/graphql";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { can } from "../auth/roles";
import { useViewer } from "../auth/viewer-context";
import { AudiencesCard } from "./AudiencesCard";
import { EventsPerDayCard } from "./EventsPerDayCard";
import { OverviewCards } from "./OverviewCards";
import { overviewQuery } from "./queries";

export function HomePage() {
  const viewer = useViewer();
  const overview = useQuery({
    queryKey: ["overview"],
    queryFn: ({ signal }) => request(overviewQuery, {}, { signal }),
  });
  const firstName = (viewer.name || viewer.email).split(/\s+/)[0];
  const noData = overview.data && overview.data.overview.eventCount === 0 && overview.data.overview.profileCount === 0;

  return (
    <Stack gap="lg">
      <PageHeader
        documentTitle="Home"
        title={`Welcome back, ${firstName}`}
        description={`What is happening in ${viewer.workspace.name}.`}
      />
      {overview.isError ? (
        <QueryError
          error={overview.error}
          title="Could not load the headline figures"
          onRetry={() => void overview.refetch()}
        />
      ) : (
        <OverviewCards overview={overview.data?.overview} />
      )}
      {noData ? (
        <Alert color="mosaic" variant="light" icon={<IconRocket size={18} />} title="No customer data yet">
          Profiles and events appear here as soon as a source sends its first message.{" "}
          {can(viewer.role, "viewSources") ? (
            <Anchor component={Link} to="/sources" size="sm">
              See your sources and their write keys.
            </Anchor>
          ) : (
            "Ask an admin to connect a source."
          )}
        </Alert>
      ) : null}
      <EventsPerDayCard />
      <AudiencesCard />
    </Stack>
  );
}
