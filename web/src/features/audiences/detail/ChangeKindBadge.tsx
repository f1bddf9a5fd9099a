import { Badge } from "@mantine/core";
import { IconArrowLeft, IconArrowRight } from "@tabler/icons-react";
import type { MembershipChangeKind } from "../../../gql/graphql";

/** "Entered" / "Exited", also used on the profile page. */
export function ChangeKindBadge({ kind }: { kind: MembershipChangeKind }) {
  const entered = kind === "ENTERED";
  return (
    <Badge
      variant="light"
      color={entered ? "teal" : "gray"}
      tt="none"
      miw={92}
      style={{ flexShrink: 0 }}
      leftSection={entered ? <IconArrowRight size={12} /> : <IconArrowLeft size={12} />}
    >
      {entered ? "Entered" : "Exited"}
    </Badge>
  );
}
