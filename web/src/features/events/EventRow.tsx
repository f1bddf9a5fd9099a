import { ActionIcon, Anchor, Group, Table, Text, Tooltip } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useState } from "react";
import { Link } from "react-router";
import type { EventFieldsFragment } from "../../gql/graphql";
import { formatDateTime, formatRelative } from "../../lib/format";
import { EventDetails } from "./EventDetails";
import { eventActor, eventHighlights, eventTitle } from "./event-summary";
import { EventTypeBadge } from "./EventTypeBadge";

const COLUMNS = 5;

export function EventRow({ event }: { event: EventFieldsFragment }) {
  const [open, setOpen] = useState(false);
  const highlights = eventHighlights(event);
  const toggle = () => setOpen((value) => !value);
  return (
    <>
      <Table.Tr onClick={toggle} style={{ cursor: "pointer" }} bg={open ? "var(--mantine-color-gray-0)" : undefined}>
        <Table.Td w={36} pr={0}>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={open ? "Hide details" : "Show details"}
            aria-expanded={open}
            onClick={(clickEvent) => {
              clickEvent.stopPropagation();
              toggle();
            }}
          >
            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          </ActionIcon>
        </Table.Td>
        <Table.Td style={{ whiteSpace: "nowrap" }}>
          <Tooltip label={formatRelative(event.timestamp)} withArrow openDelay={300}>
            <Text size="sm">
              <time dateTime={event.timestamp}>{formatDateTime(event.timestamp)}</time>
            </Text>
          </Tooltip>
        </Table.Td>
        <Table.Td>
          <EventTypeBadge type={event.type} />
        </Table.Td>
        <Table.Td miw={200}>
          <Text size="sm" fw={600} lineClamp={1}>
            {eventTitle(event)}
          </Text>
          {highlights.length > 0 ? (
            <Text size="xs" c="dimmed" lineClamp={1}>
              {highlights.join(" · ")}
            </Text>
          ) : null}
        </Table.Td>
        <Table.Td>
          <Group gap={4} wrap="nowrap">
            <Anchor
              component={Link}
              to={`/profiles/${event.profileId}`}
              size="sm"
              onClick={(clickEvent) => clickEvent.stopPropagation()}
              style={{
                whiteSpace: "nowrap",
                overflow: "hidden",
                textOverflow: "ellipsis",
                maxWidth: 240,
                display: "inline-block",
              }}
            >
              {eventActor(event)}
            </Anchor>
          </Group>
        </Table.Td>
      </Table.Tr>
      {open ? (
        <Table.Tr bg="var(--mantine-color-gray-0)">
          <Table.Td colSpan={COLUMNS} px="md">
            <EventDetails event={event} />
          </Table.Td>
        </Table.Tr>
      ) : null}
    </>
  );
}

export function EventTableHead() {
  return (
    <Table.Thead>
      <Table.Tr>
        <Table.Th w={36} aria-label="Details" />
        <Table.Th w={190}>Time</Table.Th>
        <Table.Th w={100}>Type</Table.Th>
        <Table.Th>Event</Table.Th>
        <Table.Th w={240}>Profile</Table.Th>
      </Table.Tr>
    </Table.Thead>
  );
}
