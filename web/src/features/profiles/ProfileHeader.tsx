import { ActionIcon, Card, CopyButton, Group, Stack, Text, Title, Tooltip } from "@mantine/core";
import { IconCheck, IconCopy } from "@tabler/icons-react";
import type { ProfileQuery } from "../../gql/graphql";
import { formatDateTime } from "../../lib/format";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { ProfileAvatar } from "./ProfileAvatar";
import { ValueFacts } from "./profile/ValueFacts";

type Profile = ProfileQuery["profile"];

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm">
        <RelativeTime value={value} size="sm" />{" "}
        <Text span size="xs" c="dimmed">
          · {formatDateTime(value)}
        </Text>
      </Text>
    </Stack>
  );
}

export function ProfileHeader({ profile }: { profile: Profile }) {
  return (
    <Card padding="lg">
      <Group justify="space-between" align="flex-start" wrap="wrap" gap="lg">
        <Group gap="md" wrap="nowrap" miw={0}>
          <ProfileAvatar id={profile.id} displayName={profile.displayName} email={profile.email} size={64} />
          <Stack gap={2} miw={0}>
            <Title order={2} size="h3" style={{ wordBreak: "break-word" }}>
              {profile.displayName}
            </Title>
            <Text c="dimmed" size="sm">
              {profile.email ?? "No email known"}
            </Text>
            <Group gap={4} wrap="nowrap">
              <Text size="xs" c="dimmed" ff="monospace">
                {profile.id}
              </Text>
              <CopyButton value={profile.id} timeout={1500}>
                {({ copied, copy }) => (
                  <Tooltip label={copied ? "Copied" : "Copy profile id"} withArrow>
                    <ActionIcon
                      size="xs"
                      variant="subtle"
                      color={copied ? "teal" : "gray"}
                      onClick={copy}
                      aria-label="Copy profile id"
                    >
                      {copied ? <IconCheck size={12} /> : <IconCopy size={12} />}
                    </ActionIcon>
                  </Tooltip>
                )}
              </CopyButton>
            </Group>
          </Stack>
        </Group>
        <Group gap="xl" wrap="wrap" align="flex-start">
          <ValueFacts value={profile.lifetimeValue} />
          <Fact label="First seen" value={profile.firstSeenAt} />
          <Fact label="Last seen" value={profile.lastSeenAt} />
        </Group>
      </Group>
    </Card>
  );
}
