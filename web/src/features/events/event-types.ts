/** The message types the API accepts as a filter, with the colour each is shown in. */
export const EVENT_TYPES = ["track", "page", "screen", "identify", "group", "alias"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string | null | undefined): value is EventType {
  return typeof value === "string" && (EVENT_TYPES as readonly string[]).includes(value);
}

const TYPE_COLORS: Record<EventType, string> = {
  track: "blue",
  page: "teal",
  screen: "cyan",
  identify: "grape",
  group: "orange",
  alias: "gray",
};

export function eventTypeColor(type: string): string {
  return isEventType(type) ? TYPE_COLORS[type] : "gray";
}
