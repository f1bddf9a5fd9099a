import { Badge } from "@mantine/core";
import { eventTypeColor } from "./event-types";

export function EventTypeBadge({ type }: { type: string }) {
  return (
    <Badge color={eventTypeColor(type)} variant="light" size="sm" radius="sm" tt="lowercase">
      {type}
    </Badge>
  );
}
