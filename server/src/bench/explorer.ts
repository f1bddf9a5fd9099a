// npm run bench:explorer [-- --workspace bench --runs 20]: the profile explorer on the bulk seed (1M profiles / 20M
// events): exact identifier lookup, filtered and sorted first pages, and the profile page's queries, each beside
// the bare SQL of the same answer in the same run. Seeds the workspace first when it is missing, as bench:audiences.
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import { execute, parse, type DocumentNode } from "graphql";
import { z } from "zod";
import { createLoaders } from "../engine/graphql/loaders.js";
import { getSchema } from "../engine/graphql/schema.js";
import { createServices } from "../engine/services.js";
import { refreshCatalog } from "../modules/audiences/index.js";
import { queryRows } from "../modules/audiences/sql-runner.js";
import { ms, openBenchWorkspace, percentile, printTable, timed } from "./bench-workspace.js";

const { values } = parseArgs({
  options: {
    workspace: { type: "string", default: "bench" },
    runs: { type: "string", default: "20" },
    profiles: { type: "string", default: "1000000" },
    "events-per-profile": { type: "string", default: "20" },
  },
  strict: true,
});
const RUNS = Number(values.runs);
if (!Number.isInteger(RUNS) || RUNS < 1 || RUNS > 1000) {
  console.error("bench:explorer: --runs must be a whole number from 1 to 1000");
  process.exit(2);
}

/** The operations the profile page sends when it opens (header, identities and traits, timeline, audiences, merges). */
const PROFILE_PAGE: DocumentNode[] = [
  `query($id: ID!) { profile(id: $id) { id displayName email createdAt firstSeenAt lastSeenAt traits
     identities { type value firstSeenAt lastSeenAt } } }`,
  `query($id: ID!) { profile(id: $id) { id events(first: 50) { edges { cursor node { id type event timestamp
     receivedAt messageId profileId sourceId userId anonymousId properties context } } pageInfo { hasNextPage endCursor } } } }`,
  `query($id: ID!) { profile(id: $id) { id audiences { enteredAt segment { id name description } }
     audienceChanges(first: 20) { kind at segment { id name } } } }`,
  `query($id: ID!) { profile(id: $id) { id merges { id mergedAt } } }`,
].map((text) => parse(text));

const BARE_PROFILE_PAGE = [
  `SELECT * FROM profiles WHERE id = $1 AND workspace_id = $2`,
  `SELECT * FROM identities WHERE profile_id = $1 AND workspace_id = $2`,
  `SELECT * FROM events WHERE profile_id = $1 AND workspace_id = $2 ORDER BY timestamp DESC, id DESC LIMIT 51`,
  `SELECT sm.entered_at, s.id, s.name, s.description FROM segment_members sm JOIN segments s ON s.id = sm.segment_id
    WHERE sm.profile_id = $1 AND s.workspace_id = $2`,
  `SELECT c.* FROM segment_membership_changes c WHERE c.profile_id = $1 AND $2::uuid IS NOT NULL ORDER BY c.at DESC LIMIT 21`,
  `SELECT * FROM profile_merges WHERE winner_id = $1 AND workspace_id = $2`,
];

async function main() {
  const { database, workspaceId } = await openBenchWorkspace(values.workspace, {
    profiles: values.profiles,
    eventsPerProfile: values["events-per-profile"],
  });
  const db = database.dataSource;
  try {
    const services = createServices(db, { sessionTtlHours: 1, cookieSecure: "auto" });
    const [size] = await queryRows(
      db,
      `SELECT (SELECT count(*)::int FROM profiles WHERE workspace_id = $1) AS profiles,
              (SELECT reltuples::bigint::text FROM pg_class WHERE relname = 'events') AS events,
              (SELECT count(*)::int FROM profile_ltv WHERE workspace_id = $1) AS ltv,
              (SELECT traits->>'country' FROM profiles WHERE workspace_id = $1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS country`,
      [workspaceId],
      z.object({ profiles: z.number(), events: z.string(), ltv: z.number(), country: z.string() }),
    );
    if (!size) throw new Error("no size");
    console.log(
      `Workspace "${values.workspace}": ${size.profiles.toLocaleString("en")} profiles, ~${Number(size.events).toLocaleString("en")} events, ` +
        `${size.ltv.toLocaleString("en")} with a lifetime value (${database.embedded ? "embedded PostgreSQL" : "DATABASE_URL"}); ${RUNS} runs each`,
    );
    const refreshedAt = await queryRows(
      db,
      `SELECT refreshed_at FROM audience_catalog_refreshes WHERE workspace_id = $1`,
      [workspaceId],
      z.object({ refreshed_at: z.date() }),
    );
    if (refreshedAt.length === 0) await refreshCatalog(db, workspaceId);

    // Different people each run, so the lookups are not one cached row: a sample of emails and profile ids.
    const sample = await queryRows(
      db,
      `SELECT i.value AS email, i.profile_id FROM identities i TABLESAMPLE SYSTEM (1)
        WHERE i.workspace_id = $1 AND i.type = 'email' LIMIT $2`,
      [workspaceId, RUNS + 1],
      z.object({ email: z.string(), profile_id: z.string() }),
    );
    if (sample.length === 0) throw new Error("no email identities in the workspace");
    const pick = (i: number) => sample[i % sample.length] ?? sample[0]!;

    const country = { combinator: "and", rules: [{ field: "traits.country", operator: "=", value: size.country }] };
    const countryJson = JSON.stringify({ country: size.country });
    const schema = await getSchema();
    const viewer = {
      userId: randomUUID(),
      workspaceId,
      email: "bench@mosaic.local",
      name: "Bench",
      role: "analyst" as const,
      via: "token" as const,
    };

    const cases: Array<{
      name: string;
      target: number | null;
      mosaic: (i: number) => Promise<unknown>;
      bare: (i: number) => Promise<unknown>;
    }> = [
      {
        name: "lookup by email (exact identifier), page + total",
        target: 50,
        mosaic: async (i) => {
          const page = await services.explorer.explore(workspaceId, { search: pick(i).email }, 50, null);
          return page.count();
        },
        bare: (i) =>
          db.query(
            `SELECT p.* FROM identities i JOIN profiles p ON p.id = i.profile_id
              WHERE i.workspace_id = $1 AND i.type = 'email' AND i.value = $2`,
            [workspaceId, pick(i).email],
          ),
      },
      {
        name: `country = ${size.country}, last seen desc, first page`,
        target: 200,
        mosaic: () => services.explorer.explore(workspaceId, { rules: country }, 50, null),
        bare: () =>
          db.query(
            `SELECT * FROM profiles WHERE workspace_id = $1 AND traits @> $2::jsonb
              ORDER BY last_seen_at DESC, id DESC LIMIT 51`,
            [workspaceId, countryJson],
          ),
      },
      {
        name: `country = ${size.country}, lifetime value desc, first page`,
        target: 200,
        mosaic: () =>
          services.explorer.explore(
            workspaceId,
            { rules: country, sort: { field: "lifetime_value", direction: "desc" }, columns: ["lifetime_value"] },
            50,
            null,
          ),
        // The ranking of those with a value, then (the bench seed has no LTV fit) those without, by id.
        bare: async () => {
          const ranked: unknown[] = await db.query(
            `SELECT p.*, l.revenue FROM profile_ltv l JOIN profiles p ON p.id = l.profile_id
              WHERE l.workspace_id = $1 AND p.traits @> $2::jsonb ORDER BY l.revenue DESC, p.id DESC LIMIT 51`,
            [workspaceId, countryJson],
          );
          if (ranked.length > 50) return ranked;
          return db.query(
            `SELECT p.* FROM profiles p WHERE p.workspace_id = $1 AND p.traits @> $2::jsonb
                AND NOT EXISTS (SELECT 1 FROM profile_ltv l WHERE l.profile_id = p.id) ORDER BY p.id DESC LIMIT $3`,
            [workspaceId, countryJson, 51 - ranked.length],
          );
        },
      },
      {
        name: `total of country = ${size.country} (asked apart from the page)`,
        target: null,
        mosaic: async () => services.explorer.count(await services.explorer.prepare(workspaceId, { rules: country })),
        bare: () =>
          db.query(`SELECT count(*) FROM profiles WHERE workspace_id = $1 AND traits @> $2::jsonb`, [
            workspaceId,
            countryJson,
          ]),
      },
      {
        name: "profile page load (4 GraphQL operations)",
        target: null,
        mosaic: async (i) => {
          const loaders = createLoaders(services, viewer);
          const results = await Promise.all(
            PROFILE_PAGE.map((document) =>
              execute({
                schema,
                document,
                variableValues: { id: pick(i).profile_id },
                contextValue: { viewer, services, loaders },
              }),
            ),
          );
          const failed = results.find((r) => r.errors?.length);
          if (failed) throw new Error(`profile page: ${failed.errors?.[0]?.message}`);
        },
        bare: (i) => Promise.all(BARE_PROFILE_PAGE.map((sql) => db.query(sql, [pick(i).profile_id, workspaceId]))),
      },
    ];

    const rows: string[][] = [];
    for (const c of cases) {
      await c.mosaic(RUNS); // warm the plan and the cache
      await c.bare(RUNS);
      const mosaic: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        mosaic.push((await timed(() => c.mosaic(i))).ms);
        bare.push((await timed(() => c.bare(i))).ms);
      }
      mosaic.sort((a, b) => a - b);
      bare.sort((a, b) => a - b);
      const p95 = percentile(mosaic, 95);
      rows.push([
        c.name,
        ms(percentile(mosaic, 50)),
        ms(p95),
        ms(percentile(bare, 50)),
        ms(percentile(bare, 95)),
        `${(percentile(mosaic, 50) / Math.max(percentile(bare, 50), 0.01)).toFixed(1)}×`,
        c.target === null ? "-" : `${p95 <= c.target ? "yes" : "NO"} (≤ ${c.target} ms)`,
      ]);
    }
    console.log();
    printTable(
      ["case", "Mosaic p50", "Mosaic p95", "bare SQL p50", "bare SQL p95", "Mosaic / bare", "p95 target"],
      rows,
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
