import { AppShell, Box, Burger, Divider, Group, ScrollArea, Text } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { Link, Outlet } from "react-router";
import { useViewer } from "../../features/auth/viewer-context";
import { Logo } from "./Logo";
import { NavMenu } from "./NavMenu";
import { UserPanel } from "./UserPanel";

export function AppLayout() {
  const viewer = useViewer();
  const [opened, { toggle, close }] = useDisclosure(false);
  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 260, breakpoint: "sm", collapsed: { mobile: !opened } }}
      padding={{ base: "md", md: "xl" }}
      bg="var(--mantine-color-gray-0)"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Link to="/" aria-label="Mosaic" style={{ textDecoration: "none" }}>
              <Logo />
            </Link>
          </Group>
          <Text size="sm" c="dimmed" truncate>
            {viewer.workspace.name}
          </Text>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppShell.Section grow component={ScrollArea}>
          <NavMenu onNavigate={close} />
        </AppShell.Section>
        <Divider my="sm" />
        <AppShell.Section>
          <UserPanel />
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main>
        <Box maw={1400} mx="auto">
          <Outlet />
        </Box>
      </AppShell.Main>
    </AppShell>
  );
}
