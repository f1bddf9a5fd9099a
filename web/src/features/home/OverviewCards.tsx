import { SimpleGrid } from "@mantine/core";
import {
  IconActivity,
  IconClock,
  IconFingerprint,
  IconPlugConnected,
  IconUserCircle,
  IconUsersGroup,
} from "@tabler/icons-react";
import type { OverviewQuery } from "../../gql/graphql";
import { formatCompact, formatDateTime, formatNumber, formatPercent, formatRelative } from "../../lib/format";
import { StatCard } from "./StatCard";

type Props = { overview: OverviewQuery["overview"] | undefined };

export function OverviewCards({ overview }: Props) {
  const loading = !overview;
  const o = overview;
  const identifiedShare = o && o.profileCount > 0 ? o.identifiedProfileCount / o.profileCount : null;
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="md">
      <StatCard
        label="Profiles"
        icon={<IconUserCircle size={20} />}
        loading={loading}
        value={o ? formatNumber(o.profileCount) : null}
        hint="Unified people"
      />
      <StatCard
        label="Identified"
        icon={<IconFingerprint size={20} />}
        loading={loading}
        value={o ? formatNumber(o.identifiedProfileCount) : null}
        hint={identifiedShare === null ? "With a user id or email" : `${formatPercent(identifiedShare)} of profiles`}
      />
      <StatCard
        label="Events"
        icon={<IconActivity size={20} />}
        loading={loading}
        value={o ? (o.eventCount >= 1e6 ? formatCompact(o.eventCount) : formatNumber(o.eventCount)) : null}
        hint="All time"
      />
      <StatCard
        label="Sources"
        icon={<IconPlugConnected size={20} />}
        loading={loading}
        value={o ? formatNumber(o.sourceCount) : null}
        hint="Websites, apps and systems"
      />
      <StatCard
        label="Audiences"
        icon={<IconUsersGroup size={20} />}
        loading={loading}
        value={o ? formatNumber(o.segmentCount) : null}
        hint="Saved segments"
      />
      <StatCard
        label="Last event"
        icon={<IconClock size={20} />}
        loading={loading}
        value={o?.lastEventAt ? formatRelative(o.lastEventAt) : "None yet"}
        hint={o?.lastEventAt ? formatDateTime(o.lastEventAt) : "No events received"}
      />
    </SimpleGrid>
  );
}
