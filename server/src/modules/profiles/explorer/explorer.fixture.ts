import { randomUUID } from "node:crypto";
import type { TestApp } from "../../../../test/app.js";
import { insertProfile } from "../../../../test/fixtures.js";
import { rebuildAggregates, refreshCatalog } from "../../audiences/index.js";

export type Person = {
  id: string;
  i: number;
  email: string;
  country: string;
  score: number | null;
  lastSeen: string;
  events: number;
  revenue: number | null;
};

const COUNTRIES = ["US", "DE", "FR"];

/**
 * 24 people: three countries, a numeric score on three in four, pairs sharing a last-seen time (so the id breaks
 * ties), 1 to 5 events each, an LTV row for every other one, and a saved audience holding the first five.
 */
export async function loadExplorerPeople(app: TestApp): Promise<{ people: Person[]; audienceId: string }> {
  const db = app.server.services.db;
  const people: Person[] = [];
  for (let i = 0; i < 24; i++) {
    const day = `2026-03-${String(1 + Math.floor(i / 2)).padStart(2, "0")}`;
    const events = (i % 5) + 1;
    const person = {
      i,
      email: `p${i}@example.com`,
      country: COUNTRIES[i % 3] ?? "US",
      score: i % 4 === 0 ? null : i * 1.5,
      lastSeen: `${day}T12:00:00.123456Z`,
      events,
      revenue: i % 2 === 0 ? (i + 1) * 10 : null,
    };
    const id = await insertProfile(db, app.workspaceId, {
      traits: {
        firstName: `First${i}`,
        lastName: i % 2 ? "Odd" : "Even",
        email: person.email,
        country: person.country,
        plan: i % 2 ? "free" : "pro",
        ...(person.score === null ? {} : { score: person.score }),
      },
      identities: [
        ["email", person.email],
        ["user_id", `U-${i}`],
        ["anonymous_id", `anon-${i}`],
      ],
      events: Array.from({ length: events }, (_, k) => ({ event: "Page Viewed", at: `${day}T0${k}:00:00Z` })),
      lastSeen: person.lastSeen,
    });
    people.push({ ...person, id });
    if (person.revenue !== null)
      await db.query(
        `INSERT INTO profile_ltv (profile_id, workspace_id, orders, revenue, first_order_at, last_order_at)
         VALUES ($1, $2, $3, $4, '2026-01-01', '2026-03-01')`,
        [id, app.workspaceId, 1 + (i % 3), person.revenue],
      );
  }
  const audienceId = randomUUID();
  await db.query(`INSERT INTO segments (id, workspace_id, name, rules) VALUES ($1, $2, 'First five', $3)`, [
    audienceId,
    app.workspaceId,
    { combinator: "and", rules: [] },
  ]);
  await db.query(
    `INSERT INTO segment_members (segment_id, profile_id, workspace_id, entered_at)
     SELECT $1, unnest($2::uuid[]), $3, now()`,
    [audienceId, people.slice(0, 5).map((p) => p.id), app.workspaceId],
  );
  await rebuildAggregates(db, app.workspaceId);
  await refreshCatalog(db, app.workspaceId);
  return { people, audienceId };
}
