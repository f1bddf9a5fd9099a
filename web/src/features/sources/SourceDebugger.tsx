import { Badge, Box, Code, Collapse, Group, Stack, Switch, Text, Tooltip, UnstyledButton } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { request } from "../../lib/graphql";
import { prettyJson } from "../../lib/json";
import { QueryError } from "../../lib/ui/QueryError";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { sourceMessagesQuery } from "./debugger-queries";
import { arrivedSince, messageTitle, senderLabel, typeLabel, type DebuggerMessage } from "./message-summary";

const POLL_MS = 2000;
const SHOWN = 50;

function MessageRow({ message, fresh }: { message: DebuggerMessage; fresh: boolean }) {
  const [open, setOpen] = useState(false);
  const rejected = message.status === "rejected";
  return (
    <Box
      data-testid="debugger-message"
      style={{
        borderBottom: "1px solid var(--mantine-color-gray-2)",
        background: fresh ? "var(--mantine-color-yellow-0)" : undefined,
        transition: "background 1s",
      }}
    >
      <UnstyledButton onClick={() => setOpen((value) => !value)} w="100%" px="sm" py={8} aria-expanded={open}>
        <Group gap="sm" wrap="nowrap" align="flex-start">
          {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
          <Badge size="sm" radius="sm" variant="light" color={rejected ? "red" : "teal"} w={80}>
            {rejected ? "Rejected" : "Accepted"}
          </Badge>
          <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
            <Group gap="xs" wrap="nowrap">
              <Text size="xs" c="dimmed" w={56}>
                {typeLabel(message.type)}
              </Text>
              <Text size="sm" fw={600} truncate>
                {messageTitle(message)}
              </Text>
            </Group>
            <Text size="xs" c="dimmed" ff="monospace" truncate>
              {senderLabel(message)}
            </Text>
            {rejected && message.reason ? (
              <Text size="xs" c="red.8">
                {message.index !== null ? `#${message.index}: ` : ""}
                {message.reason}
              </Text>
            ) : null}
          </Stack>
          <RelativeTime value={message.receivedAt} size="xs" c="dimmed" style={{ whiteSpace: "nowrap" }} />
        </Group>
      </UnstyledButton>
      <Collapse in={open}>
        <Box px="sm" pb="sm">
          {message.payload ? (
            <Code block fz="xs">
              {prettyJson(message.payload)}
            </Code>
          ) : (
            <Text size="xs" c="dimmed">
              The message was not kept (unreadable or too large).
            </Text>
          )}
        </Box>
      </Collapse>
    </Box>
  );
}

/** The newest messages of a source, polled while live, newly arrived ones highlighted. */
export function SourceDebugger({ sourceId }: { sourceId: string }) {
  const [live, setLive] = useState(true);
  const queryClient = useQueryClient();
  const queryKey = ["sourceMessages", sourceId];
  const messages = useQuery({
    queryKey,
    queryFn: async ({ signal }) => {
      const before = queryClient.getQueryData<{ list: DebuggerMessage[] }>(queryKey);
      const data = await request(sourceMessagesQuery, { sourceId, first: SHOWN }, { signal });
      const list = data.sourceMessages;
      const fresh = arrivedSince(
        before?.list.map((m) => m.id) ?? null,
        list.map((m) => m.id),
      );
      return { list, fresh };
    },
    refetchInterval: live ? POLL_MS : false,
  });
  const list = messages.data?.list ?? [];
  const fresh = messages.data?.fresh ?? new Set<string>();

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {live ? "Live: refreshes every 2 seconds." : "Paused."} Newest {SHOWN} messages, accepted and rejected.
        </Text>
        <Tooltip label="Pause to read without the list moving" withArrow>
          <Switch checked={live} onChange={(event) => setLive(event.currentTarget.checked)} label="Live" />
        </Tooltip>
      </Group>
      {messages.isError ? (
        <QueryError
          error={messages.error}
          title="Could not load the messages"
          onRetry={() => void messages.refetch()}
        />
      ) : null}
      {messages.isPending ? (
        <Text size="sm" c="dimmed">
          Loading…
        </Text>
      ) : list.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing received yet. Send a message with this source's write key and it shows here.
        </Text>
      ) : (
        <Box style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}>
          {list.map((message) => (
            <MessageRow key={message.id} message={message} fresh={fresh.has(message.id)} />
          ))}
        </Box>
      )}
    </Stack>
  );
}
