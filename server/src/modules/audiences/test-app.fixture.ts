import type { TestApp } from "../../../test/app.js";
import { postTracking } from "../ingestion/tracking-client.js";

export type Shopper = { userId: string; traits: Record<string, unknown>; orders: number[]; viewed?: string[] };

/** A few shoppers sent through /v1/batch (so the aggregates come from ingestion's hook); returns their profile ids. */
export async function ingestShoppers(app: TestApp, writeKey: string, shoppers: Shopper[]) {
  const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
  const batch = shoppers.flatMap((s) => [
    { type: "identify", userId: s.userId, traits: s.traits, messageId: `${s.userId}-id`, timestamp: hoursAgo(48) },
    ...s.orders.map((revenue, i) => ({
      type: "track",
      userId: s.userId,
      event: "Order Completed",
      properties: { revenue },
      messageId: `${s.userId}-o${i}`,
      timestamp: hoursAgo(30 - i),
    })),
    ...(s.viewed ?? []).map((category, i) => ({
      type: "track",
      userId: s.userId,
      event: "Product Viewed",
      properties: { category },
      messageId: `${s.userId}-v${i}`,
      timestamp: hoursAgo(40 - i),
    })),
  ]);
  const answer = await postTracking(app.url, "batch", { batch }, { writeKey });
  if (answer.status !== 200) throw new Error(`ingestion failed: ${JSON.stringify(answer.body)}`);
  const rows: Array<{ value: string; profile_id: string }> = await app.server.services.db.query(
    `SELECT value, profile_id FROM identities WHERE workspace_id = $1 AND type = 'user_id'`,
    [app.workspaceId],
  );
  return new Map(rows.map((r) => [r.value, r.profile_id]));
}
