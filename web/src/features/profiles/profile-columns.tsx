import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { ProfilesQuery } from "../../gql/graphql";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { identityTypeCounts, identityTypeLabel } from "./identity-summary";
import { ProfileAvatar } from "./ProfileAvatar";

export type ProfileRow = ProfilesQuery["profiles"]["edges"][number]["node"];

export type ProfileColumn = { id: string; header: string; width: number; cell: (profile: ProfileRow) => ReactNode };

export const profileColumns: readonly ProfileColumn[] = [
  {
    id: "profile",
    header: "Profile",
    width: 340,
    cell: (profile) => (
      <Group gap="sm" wrap="nowrap" miw={0}>
        <ProfileAvatar id={profile.id} displayName={profile.displayName} email={profile.email} size={34} />
        <Stack gap={0} miw={0}>
          <Anchor
            component={Link}
            to={`/profiles/${profile.id}`}
            size="sm"
            fw={600}
            c="dark.7"
            truncate
            onClick={(event) => event.stopPropagation()}
          >
            {profile.displayName}
          </Anchor>
          <Text size="xs" c="dimmed" truncate>
            {profile.email && profile.email !== profile.displayName ? profile.email : profile.email ? "" : "No email"}
          </Text>
        </Stack>
      </Group>
    ),
  },
  {
    id: "identities",
    header: "Identifiers",
    width: 320,
    cell: (profile) => {
      const counts = identityTypeCounts(profile.identities);
      if (counts.length === 0)
        return (
          <Text size="xs" c="dimmed">
            None
          </Text>
        );
      return (
        <Group gap={4} wrap="nowrap" style={{ overflow: "hidden" }}>
          {counts.slice(0, 4).map(([type, count]) => (
            <Badge key={type} variant="default" size="sm" radius="sm" tt="none" fw={500}>
              {identityTypeLabel(type)}
              {count > 1 ? ` ×${count}` : ""}
            </Badge>
          ))}
          {counts.length > 4 ? (
            <Text size="xs" c="dimmed">
              +{counts.length - 4}
            </Text>
          ) : null}
        </Group>
      );
    },
  },
  {
    id: "firstSeenAt",
    header: "First seen",
    width: 140,
    cell: (profile) => <RelativeTime value={profile.firstSeenAt} size="sm" />,
  },
  {
    id: "lastSeenAt",
    header: "Last seen",
    width: 140,
    cell: (profile) => <RelativeTime value={profile.lastSeenAt} size="sm" />,
  },
];
