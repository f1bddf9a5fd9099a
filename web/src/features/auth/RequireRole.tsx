import { Alert } from "@mantine/core";
import { IconLock } from "@tabler/icons-react";
import type { ReactNode } from "react";
import { can, ROLE_LABELS, type Permission } from "./roles";
import { useViewer } from "./viewer-context";

/** Keeps a page from users whose role may not see it (for links typed or shared by hand). */
export function RequireRole({ permission, children }: { permission: Permission; children: ReactNode }) {
  const viewer = useViewer();
  if (can(viewer.role, permission)) return children;
  return (
    <Alert color="yellow" variant="light" icon={<IconLock size={18} />} title="Not allowed for your role">
      Your role ({ROLE_LABELS[viewer.role]}) does not have permission to open this page. Ask an admin if you need it.
    </Alert>
  );
}
