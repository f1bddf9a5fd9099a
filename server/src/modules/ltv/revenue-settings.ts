import { z } from "zod";
import type { DataSource } from "typeorm";
import { badInput } from "../../engine/errors.js";

/** Which event and property carry revenue in a workspace, and in which currency amounts are. */
export const revenueSettingsSchema = z.object({
  event: z.string().trim().min(1, "must not be empty").max(200),
  property: z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(200)
    .regex(/^[A-Za-z0-9_$.-]+$/, "may use letters, digits, _ $ . -"),
  currency: z
    .string()
    .trim()
    .regex(/^[A-Z]{3}$/, "must be a 3-letter ISO 4217 code such as USD"),
});

export type RevenueSettings = z.infer<typeof revenueSettingsSchema>;

export const DEFAULT_REVENUE: RevenueSettings = { event: "Order Completed", property: "revenue", currency: "USD" };

export async function getRevenueSettings(db: DataSource, workspaceId: string): Promise<RevenueSettings> {
  const rows: { revenue: unknown }[] = await db.query(
    `SELECT settings->'revenue' AS revenue FROM workspaces WHERE id = $1`,
    [workspaceId],
  );
  const parsed = revenueSettingsSchema.safeParse(rows[0]?.revenue);
  return parsed.success ? parsed.data : DEFAULT_REVENUE;
}

export async function setRevenueSettings(
  db: DataSource,
  workspaceId: string,
  input: unknown,
): Promise<RevenueSettings> {
  const parsed = revenueSettingsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw badInput(String(issue?.path[0] ?? "revenue"), issue?.message ?? "is invalid");
  }
  await db.query(`UPDATE workspaces SET settings = jsonb_set(settings, '{revenue}', $2::jsonb) WHERE id = $1`, [
    workspaceId,
    JSON.stringify(parsed.data),
  ]);
  return parsed.data;
}
