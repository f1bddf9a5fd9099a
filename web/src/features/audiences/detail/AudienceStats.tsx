import { SimpleGrid } from "@mantine/core";
import { IconClockHour4, IconPercentage, IconUsersGroup } from "@tabler/icons-react";
import { formatDateTime, formatNumber, formatPercent, formatRelative } from "../../../lib/format";
import { StatCard } from "../../home/StatCard";
import { audienceShare } from "./audience-share";

type Props = { size: number | null | undefined; profileCount: number; refreshedAt: string | null | undefined };

/** The headline: how many are in, what share of all profiles, and how fresh that is. */
export function AudienceStats({ size, profileCount, refreshedAt }: Props) {
  const share = audienceShare(size, profileCount);
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md" data-testid="audience-stats">
      <StatCard
        label="Members"
        value={size === null || size === undefined ? "—" : formatNumber(size)}
        hint={size === null || size === undefined ? "Not evaluated yet" : "profiles in this audience now"}
        icon={<IconUsersGroup size={20} />}
      />
      <StatCard
        label="Share of profiles"
        value={share === null ? "—" : formatPercent(share)}
        hint={`of ${formatNumber(profileCount)} profiles`}
        icon={<IconPercentage size={20} />}
      />
      <StatCard
        label="Last refreshed"
        value={refreshedAt ? formatRelative(refreshedAt) : "Never"}
        hint={refreshedAt ? formatDateTime(refreshedAt) : "Membership has not been evaluated"}
        icon={<IconClockHour4 size={20} />}
      />
    </SimpleGrid>
  );
}
