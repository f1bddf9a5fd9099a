import { Button, Code, Group, Skeleton, Text } from "@mantine/core";
import { IconArrowMerge, IconUserQuestion } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { formatDateTime } from "../../../lib/format";
import { hasErrorCode, request } from "../../../lib/graphql";
import { EmptyState } from "../../../lib/ui/EmptyState";
import { profileLocationQuery } from "./queries";

const shortId = (id: string) => id.slice(0, 8);

/** A profile id that no longer exists: when it was merged away, the way to the profile that holds it now. */
export function ProfileNotFound({ id }: { id: string }) {
  const location = useQuery({
    queryKey: ["profileLocation", id],
    queryFn: ({ signal }) => request(profileLocationQuery, { id }, { signal }),
    retry: (count, error) => count < 2 && !hasErrorCode(error, "NOT_FOUND") && !hasErrorCode(error, "BAD_USER_INPUT"),
  });
  if (location.isPending) return <Skeleton height={160} />;
  const found = location.data?.profileLocation;
  if (found && found.currentId !== id) {
    return (
      <EmptyState
        icon={<IconArrowMerge size={24} />}
        title="This profile was merged into another"
        action={
          <Button component={Link} to={`/profiles/${found.currentId}`} variant="light">
            Open the profile it was merged into
          </Button>
        }
      >
        <span data-testid="merged-profile-notice">
          Profile <Code>{shortId(id)}</Code> was merged on {formatDateTime(found.mergedAt)}
          {found.mergedInto.length > 1 ? ` and then merged ${found.mergedInto.length - 1} more times` : ""}; its
          identifiers, events and traits now live in profile <Code>{shortId(found.currentId)}</Code>.
        </span>
      </EmptyState>
    );
  }
  return (
    <EmptyState
      icon={<IconUserQuestion size={24} />}
      title="Profile not found"
      action={
        <Group>
          <Button component={Link} to="/profiles" variant="light">
            All profiles
          </Button>
        </Group>
      }
    >
      <Text span size="sm">
        No profile has this id in the workspace, or the link is wrong.
      </Text>
    </EmptyState>
  );
}
