import { NavLink, Stack } from "@mantine/core";
import { IconBraces, IconExternalLink } from "@tabler/icons-react";
import { Link, useLocation } from "react-router";
import { useViewer } from "../../features/auth/viewer-context";
import { isActive, navItemsFor } from "./nav-items";

export function NavMenu({ onNavigate }: { onNavigate: () => void }) {
  const viewer = useViewer();
  const { pathname } = useLocation();
  return (
    <Stack gap={2} component="nav" aria-label="Main">
      {navItemsFor(viewer.role).map((item) => (
        <NavLink
          key={item.to}
          component={Link}
          to={item.to}
          label={item.label}
          leftSection={<item.icon size={18} stroke={1.7} />}
          active={isActive(item, pathname)}
          onClick={onNavigate}
          variant="light"
          fw={500}
        />
      ))}
      <NavLink
        href="/graphql"
        target="_blank"
        rel="noopener"
        label="GraphQL IDE"
        leftSection={<IconBraces size={18} stroke={1.7} />}
        rightSection={<IconExternalLink size={14} stroke={1.5} />}
        fw={500}
      />
    </Stack>
  );
}
