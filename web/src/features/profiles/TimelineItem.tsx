import { Anchor, Collapse, Group, Stack, Text, Tooltip } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { EventFieldsFragment } from "../../gql/graphql";
import { formatDateTime, formatRelative } from "../../lib/format";
import { EventDetails } from "../events/EventDetails";
import { eventHighlights, eventTitle } from "../events/event-summary";
import { EventTypeBadge } from "../events/EventTypeBadge";

export function TimelineItem({ event }: { event: EventFieldsFragment }) {
  const [open, { toggle }] = useDisclosure(false);
  const highlights = eventHighlights(event);
  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Group gap={8} wrap="wrap" miw={0}>
          <Text fw={600} size="sm">
            {eventTitle(event)}
          </Text>
          <EventTypeBadge type={event.type} />
        </Group>
        <Tooltip label={formatDateTime(event.timestamp)} withArrow openDelay={300}>
          <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
            <time dateTime={event.timestamp}>{formatRelative(event.timestamp)}</time>
          </Text>
        </Tooltip>
      </Group>
      <Group gap="sm" wrap="wrap">
        <Text size="xs" c="dimmed">
          {formatDateTime(event.timestamp)}
          {highlights.length > 0 ? ` · ${highlights.join(" · ")}` : ""}
        </Text>
        <Anchor component="button" type="button" size="xs" onClick={toggle} aria-expanded={open}>
          {open ? "Hide details" : "Details"}
        </Anchor>
      </Group>
      <Collapse in={open}>{open ? <EventDetails event={event} narrow /> : null}</Collapse>
    </Stack>
  );
}
