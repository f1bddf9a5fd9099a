import { Anchor, Badge, Group, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import type { ExploreProfilesQuery } from "../../gql/graphql";
import { formatMoney, formatNumber } from "../../lib/format";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { identityTypeCounts, identityTypeLabel } from "./identity-summary";
import { ProfileAvatar } from "./ProfileAvatar";
import { TraitValue } from "./TraitValue";

export type ProfileRow = ExploreProfilesQuery["exploreProfiles"]["edges"][number];

export type ProfileColumn = { id: string; header: string; width: number; cell: (row: ProfileRow) => ReactNode };

/** Columns every view can show besides traits (`traits.<key>`), with their headers. */
export const BUILT_IN_COLUMNS: ReadonlyArray<{ id: string; header: string }> = [
  { id: "identities", header: "Identifiers" },
  { id: "last_seen_at", header: "Last seen" },
  { id: "first_seen_at", header: "First seen" },
  { id: "event_count", header: "Events" },
  { id: "lifetime_value", header: "Lifetime value" },
  { id: "orders", header: "Orders" },
  { id: "predicted_value_12m", header: "Predicted 12-month value" },
];

/** Sort keys the server offers besides numeric traits. */
export const BUILT_IN_SORTS: ReadonlyArray<{ value: string; label: string }> = [
  { value: "last_seen_at", label: "Last seen" },
  { value: "first_seen_at", label: "First seen" },
  { value: "event_count", label: "Event count" },
  { value: "lifetime_value", label: "Lifetime value" },
];

export function columnHeader(id: string): string {
  return BUILT_IN_COLUMNS.find((c) => c.id === id)?.header ?? id.replace(/^traits\./, "");
}

const dimmed = (text: string) => (
  <Text size="sm" c="dimmed">
    {text}
  </Text>
);

function IdentitiesCell({ row }: { row: ProfileRow }) {
  const counts = identityTypeCounts(row.node.identities);
  if (counts.length === 0) return dimmed("None");
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
}

function valueCell(id: string, value: unknown): ReactNode {
  if (value === null || value === undefined) return dimmed("—");
  if (id === "first_seen_at" || id === "last_seen_at")
    return <RelativeTime value={typeof value === "string" ? value : null} size="sm" />;
  if ((id === "lifetime_value" || id === "predicted_value_12m") && typeof value === "number")
    return <Text size="sm">{formatMoney(value)}</Text>;
  if (typeof value === "number") return <Text size="sm">{formatNumber(value)}</Text>;
  return (
    <div style={{ maxHeight: 48, overflow: "hidden" }}>
      <TraitValue value={value} />
    </div>
  );
}

/** The first column, always shown: who the profile is, linking to their page. */
export const profileColumn: ProfileColumn = {
  id: "profile",
  header: "Profile",
  width: 300,
  cell: ({ node }) => (
    <Group gap="sm" wrap="nowrap" miw={0}>
      <ProfileAvatar id={node.id} displayName={node.displayName} email={node.email} size={34} />
      <Stack gap={0} miw={0}>
        <Anchor
          component={Link}
          to={`/profiles/${node.id}`}
          size="sm"
          fw={600}
          c="dark.7"
          truncate
          onClick={(event) => event.stopPropagation()}
        >
          {node.displayName}
        </Anchor>
        <Text size="xs" c="dimmed" truncate>
          {node.email && node.email !== node.displayName ? node.email : node.email ? "" : "No email"}
        </Text>
      </Stack>
    </Group>
  ),
};

/** A chosen column: identifiers from the profile, everything else from the row's values by id. */
export function chosenColumn(id: string): ProfileColumn {
  if (id === "identities")
    return { id, header: "Identifiers", width: 230, cell: (row) => <IdentitiesCell row={row} /> };
  return { id, header: columnHeader(id), width: 160, cell: (row) => valueCell(id, row.values[id]) };
}
