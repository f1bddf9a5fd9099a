import type { SourceMessagesQuery } from "../../gql/graphql";

export type DebuggerMessage = SourceMessagesQuery["sourceMessages"][number];

const TYPE_LABELS: Record<string, string> = {
  identify: "Identify",
  track: "Track",
  page: "Page",
  screen: "Screen",
  group: "Group",
  alias: "Alias",
};

export function typeLabel(type: string | null): string {
  if (!type) return "Request";
  return TYPE_LABELS[type] ?? type;
}

/** What the message is about: the event of a track, the name of a page or screen, else the call itself. */
export function messageTitle(message: Pick<DebuggerMessage, "type" | "event">): string {
  if (message.event) return message.event;
  if (message.type === null) return "Unreadable request";
  if (message.type === "track") return "(no event)";
  return typeLabel(message.type);
}

/** Who sent it, as far as the message says. */
export function senderLabel(message: Pick<DebuggerMessage, "userId" | "anonymousId">): string {
  if (message.userId) return `user ${message.userId}`;
  if (message.anonymousId) return `anon ${message.anonymousId}`;
  return "no id";
}

/** Ids in `current` that `previous` did not have: messages that arrived since the last poll. */
export function arrivedSince(previous: readonly string[] | null, current: readonly string[]): Set<string> {
  if (previous === null) return new Set();
  const known = new Set(previous);
  return new Set(current.filter((id) => !known.has(id)));
}
