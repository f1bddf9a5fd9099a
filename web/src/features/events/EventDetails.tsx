import { Code, Group, SimpleGrid, Stack, Text } from "@mantine/core";
import type { EventFieldsFragment } from "../../gql/graphql";
import { formatDateTime } from "../../lib/format";
import { JsonBlock } from "../../lib/ui/JsonBlock";

function Meta({ label, value }: { label: string; value: string | null | undefined }) {
  return (
    <Group gap={6} wrap="nowrap" miw={0}>
      <Text size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }}>
        {label}
      </Text>
      {value ? (
        <Code fz="xs" style={{ overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" }} title={value}>
          {value}
        </Code>
      ) : (
        <Text size="xs" c="dimmed">
          —
        </Text>
      )}
    </Group>
  );
}

/** The full message behind an event row: identifiers, times, properties and context. */
export function EventDetails({ event, narrow = false }: { event: EventFieldsFragment; narrow?: boolean }) {
  return (
    <Stack gap="sm" py="xs">
      <SimpleGrid cols={narrow ? { base: 1, sm: 2 } : { base: 1, sm: 2, lg: 3 }} spacing={6} verticalSpacing={6}>
        <Meta label="Timestamp" value={formatDateTime(event.timestamp)} />
        <Meta label="Received" value={formatDateTime(event.receivedAt)} />
        <Meta label="Message id" value={event.messageId} />
        <Meta label="User id" value={event.userId} />
        <Meta label="Anonymous id" value={event.anonymousId} />
        <Meta label="Source id" value={event.sourceId} />
      </SimpleGrid>
      <SimpleGrid cols={narrow ? 1 : { base: 1, md: 2 }} spacing="md">
        <JsonBlock label="Properties" value={event.properties} />
        <JsonBlock label="Context" value={event.context} />
      </SimpleGrid>
    </Stack>
  );
}
