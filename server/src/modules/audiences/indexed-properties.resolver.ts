import { Ctx, Query, Resolver } from "type-graphql";
import { Roles } from "../../engine/auth/access.js";
import { viewerOf, type Context } from "../../engine/graphql/context.js";
import { listIndexedProperties } from "./indexed-properties.service.js";
import { IndexedProperty, IndexedPropertyStatus } from "./indexed-property.types.js";

@Resolver()
export class IndexedPropertiesResolver {
  @Roles("admin", "analyst")
  @Query(() => [IndexedProperty], {
    description: "The event properties rolled up per day (chosen from the catalog's low-cardinality text properties).",
  })
  async indexedProperties(@Ctx() ctx: Context): Promise<IndexedProperty[]> {
    const rows = await listIndexedProperties(ctx.services.db, viewerOf(ctx).workspaceId);
    return rows.map((r) => ({
      event: r.event,
      key: r.key,
      status: IndexedPropertyStatus[r.status],
      error: r.error,
      createdAt: r.created_at,
      readyAt: r.ready_at,
    }));
  }
}
