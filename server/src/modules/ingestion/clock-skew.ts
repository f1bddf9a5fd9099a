const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?$/;

/** Epoch ms of an ISO 8601 date or date-time; a time without a zone is UTC. Null when not a real date. */
export function parseTimestamp(value: string): number | null {
  const match = ISO_8601.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0));
  // Date.parse would roll 2024-02-30 over into March: a real date keeps its day.
  const sameDay = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0)).getUTCDate() === day;
  if (!sameDay || (month ?? 0) < 1 || (month ?? 0) > 12 || (hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 60)
    return null;
  const zoned = match[7] !== undefined || match[4] === undefined ? value.trim() : `${value.trim()}Z`;
  const ms = Date.parse(zoned.replace(" ", "T"));
  return Number.isNaN(ms) ? null : ms;
}

/**
 * Segment's clock-skew correction: a device clock that is off shifts `originalTimestamp` and `sentAt` alike, so
 * `receivedAt - (sentAt - originalTimestamp)` is the call time on the server's clock. Without sentAt the call time is
 * taken as given; without a call time, the message happened when it was received.
 */
export function correctedTimestamp(receivedAt: number, original: number | null, sentAt: number | null): number {
  if (original === null) return receivedAt;
  if (sentAt === null) return original;
  return receivedAt - (sentAt - original);
}

/** Accepted range of a message's final timestamp: from 1970 to a year past the time it was received. */
export function timestampInRange(timestamp: number, receivedAt: number): boolean {
  return timestamp >= 0 && timestamp <= receivedAt + 366 * 86_400_000;
}
