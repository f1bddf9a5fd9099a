import { Avatar } from "@mantine/core";
import { IconUserQuestion } from "@tabler/icons-react";
import { initials } from "../../lib/format";
import { avatarColor } from "./avatar-color";

type Props = { id: string; displayName: string; email: string | null | undefined; size: number };

/** The API names unknown people "Anonymous <id>"; their initials would mean nothing, so they get an icon. */
export function isAnonymousName(displayName: string, id: string): boolean {
  return displayName === `Anonymous ${id.slice(0, 8)}`;
}

export function ProfileAvatar({ id, displayName, email, size }: Props) {
  const anonymous = !email && isAnonymousName(displayName, id);
  return (
    <Avatar size={size} radius="xl" color={anonymous ? "gray" : avatarColor(id)} fz={size >= 56 ? "xl" : undefined}>
      {anonymous ? <IconUserQuestion size={size * 0.5} stroke={1.5} /> : initials(displayName)}
    </Avatar>
  );
}
