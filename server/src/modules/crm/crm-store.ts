import type { EntityManager } from "typeorm";
import type { CrmContactRow } from "./crm-rows.js";

export type UpsertCounts = { inserted: number; updated: number; unchanged: number };
export type MatchCounts = { matched: number; unmatched: number; ambiguous: number };

/** Rows per INSERT statement (arrays as parameters, so one statement regardless of the row count). */
export const UPSERT_CHUNK = 2000;

/**
 * Inserts new records and updates changed ones (by content hash), keyed by CRM record id; an unchanged record is
 * not written at all, so re-importing a file changes nothing, not even which import a record came from.
 */
export async function upsertContacts(
  manager: EntityManager,
  workspaceId: string,
  importId: string,
  contacts: readonly CrmContactRow[],
): Promise<UpsertCounts> {
  const rows: Array<{ inserted: boolean }> = await manager.query(
    `INSERT INTO crm_contacts AS c (workspace_id, record_id, external_id, email_key, phone_key, fields,
                                    crm_created_at, crm_updated_at, content_hash, import_id)
     SELECT $1, r.record_id, r.external_id, r.email_key, r.phone_key, r.fields, r.created_at, r.updated_at, r.hash, $2
     FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::timestamptz[], $9::timestamptz[],
                 $10::text[]) AS r(record_id, external_id, email_key, phone_key, fields, created_at, updated_at, hash)
     ON CONFLICT (workspace_id, record_id) DO UPDATE SET
       external_id = excluded.external_id, email_key = excluded.email_key, phone_key = excluded.phone_key,
       fields = excluded.fields, crm_created_at = excluded.crm_created_at, crm_updated_at = excluded.crm_updated_at,
       content_hash = excluded.content_hash, import_id = excluded.import_id, imported_at = now()
     WHERE c.content_hash <> excluded.content_hash
     RETURNING (xmax = 0) AS inserted`,
    [
      workspaceId,
      importId,
      contacts.map((c) => c.recordId),
      contacts.map((c) => c.externalId),
      contacts.map((c) => c.emailKey),
      contacts.map((c) => c.phoneKey),
      contacts.map((c) => JSON.stringify(c.fields)),
      contacts.map((c) => c.createdAt),
      contacts.map((c) => c.updatedAt),
      contacts.map((c) => c.hash),
    ],
  );
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted, unchanged: contacts.length - rows.length };
}

/** Anything that runs a parameterised statement: an EntityManager, a pool, or a hook's transaction client. */
export type SqlQuery = { query(sql: string, params: unknown[]): Promise<unknown> };

/**
 * The match of the records in `scope` (a query of record ids over $1 = workspace and $2 = profile ids) through the
 * identity graph (email, phone, external id as userId, all normalised as ingestion stores them): one profile is a
 * match, several are ambiguous, none unmatched. Only rows whose outcome changed are written.
 */
const matchSql = (scope: string) =>
  // A correlated lookup per record on the identities primary key: the plan cannot go wrong on tables without
  // statistics yet (the demo seed matches right after its COPY), where a join could turn into a nested scan.
  `WITH outcome AS (
     SELECT c.record_id, ARRAY(
       SELECT DISTINCT h.profile_id FROM (
         SELECT i.profile_id FROM identities i
         WHERE i.workspace_id = c.workspace_id AND i.type = 'email' AND i.value = c.email_key
         UNION ALL
         SELECT i.profile_id FROM identities i
         WHERE i.workspace_id = c.workspace_id AND i.type = 'phone' AND i.value = c.phone_key
         UNION ALL
         SELECT i.profile_id FROM identities i
         WHERE i.workspace_id = c.workspace_id AND i.type = 'user_id' AND i.value = c.external_id
       ) h ORDER BY h.profile_id) AS candidates
     FROM crm_contacts c WHERE c.workspace_id = $1 ${scope}
   )
   UPDATE crm_contacts c SET
     candidate_profile_ids = o.candidates,
     profile_id = CASE WHEN cardinality(o.candidates) = 1 THEN o.candidates[1] END,
     match_status = CASE cardinality(o.candidates) WHEN 0 THEN 'unmatched' WHEN 1 THEN 'matched' ELSE 'ambiguous' END,
     matched_at = now()
   FROM outcome o
   WHERE c.workspace_id = $1 AND c.record_id = o.record_id AND c.candidate_profile_ids IS DISTINCT FROM o.candidates`;

/** Matches every CRM record of the workspace to profiles. */
export async function matchContacts(manager: EntityManager, workspaceId: string): Promise<MatchCounts> {
  await manager.query(matchSql(""), [workspaceId]);
  return matchCounts(manager, workspaceId);
}

/**
 * Matches again only the records a merge or a split of these profiles can change: those matched (or ambiguous)
 * to one of them, and those whose email, phone or external id is now an identifier of one of them.
 */
export async function rematchProfiles(db: SqlQuery, workspaceId: string, profileIds: readonly string[]) {
  if (profileIds.length === 0) return;
  await db.query(
    matchSql(`AND c.record_id IN (
       SELECT x.record_id FROM crm_contacts x WHERE x.workspace_id = $1 AND x.candidate_profile_ids && $2::uuid[]
       UNION
       SELECT x.record_id FROM identities i JOIN crm_contacts x ON x.workspace_id = i.workspace_id AND (
         (i.type = 'email' AND x.email_key = i.value) OR (i.type = 'phone' AND x.phone_key = i.value)
         OR (i.type = 'user_id' AND x.external_id = i.value))
       WHERE i.workspace_id = $1 AND i.profile_id = ANY($2::uuid[]))`),
    [workspaceId, [...new Set(profileIds)]],
  );
}

export async function matchCounts(manager: EntityManager, workspaceId: string): Promise<MatchCounts> {
  const [row]: MatchCounts[] = await manager.query(
    `SELECT count(*) FILTER (WHERE match_status = 'matched')::int AS matched,
            count(*) FILTER (WHERE match_status = 'unmatched')::int AS unmatched,
            count(*) FILTER (WHERE match_status = 'ambiguous')::int AS ambiguous
     FROM crm_contacts WHERE workspace_id = $1`,
    [workspaceId],
  );
  return row ?? { matched: 0, unmatched: 0, ambiguous: 0 };
}
