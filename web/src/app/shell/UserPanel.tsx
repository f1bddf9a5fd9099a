import { ActionIcon, Avatar, Badge, Group, Stack, Text, Tooltip } from "@mantine/core";
import { IconLogout } from "@tabler/icons-react";
import { ROLE_COLORS, ROLE_LABELS } from "../../features/auth/roles";
import { useSignOut } from "../../features/auth/use-sign-out";
import { useViewer } from "../../features/auth/viewer-context";
import { initials } from "../../lib/format";

export function UserPanel() {
  const viewer = useViewer();
  const signOut = useSignOut();
  const name = viewer.name || viewer.email;
  return (
    <Group gap="sm" wrap="nowrap" justify="space-between">
      <Group gap="sm" wrap="nowrap" miw={0}>
        <Avatar color="mosaic" radius="xl" size={36}>
          {initials(name)}
        </Avatar>
        <Stack gap={2} miw={0}>
          <Text size="sm" fw={600} truncate>
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate>
            {viewer.email}
          </Text>
          <Badge size="xs" variant="light" color={ROLE_COLORS[viewer.role]} tt="none" w="fit-content">
            {ROLE_LABELS[viewer.role]}
          </Badge>
        </Stack>
      </Group>
      <Tooltip label="Sign out" withArrow>
        <ActionIcon
          variant="subtle"
          color="gray"
          size="lg"
          aria-label="Sign out"
          loading={signOut.isPending}
          onClick={() => signOut.mutate()}
        >
          <IconLogout size={18} />
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
