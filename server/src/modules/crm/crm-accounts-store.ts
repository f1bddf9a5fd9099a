import type { EntityManager } from "typeorm";
import type { CrmAccountKind } from "./crm-kinds.js";
import type { CrmAccountRow } from "./crm-records.js";
import type { UpsertCounts } from "./crm-store.js";

const counted = (rows: Array<{ inserted: boolean }>, total: number): UpsertCounts => {
  const inserted = rows.filter((r) => r.inserted).length;
  return { inserted, updated: rows.length - inserted, unchanged: total - rows.length };
};

/**
 * Companies or deals upserted by CRM record id as contacts are: an unchanged record (same content hash) is not
 * written. Deals keep their association ids as the CRM wrote them, so a deal imported before its contacts links
 * once they arrive.
 */
export async function upsertAccounts(
  manager: EntityManager,
  kind: CrmAccountKind,
  workspaceId: string,
  importId: string,
  records: readonly CrmAccountRow[],
): Promise<UpsertCounts> {
  const common = [
    workspaceId,
    importId,
    records.map((r) => r.recordId),
    records.map((r) => JSON.stringify(r.fields)),
    records.map((r) => r.createdAt),
    records.map((r) => r.updatedAt),
    records.map((r) => r.hash),
  ];
  if (kind === "companies") {
    const rows: Array<{ inserted: boolean }> = await manager.query(
      `INSERT INTO crm_companies AS c (workspace_id, record_id, fields, crm_created_at, crm_updated_at, content_hash,
                                       import_id)
       SELECT $1, r.record_id, r.fields, r.created_at, r.updated_at, r.hash, $2
       FROM unnest($3::text[], $4::jsonb[], $5::timestamptz[], $6::timestamptz[], $7::text[])
            AS r(record_id, fields, created_at, updated_at, hash)
       ON CONFLICT (workspace_id, record_id) DO UPDATE SET
         fields = excluded.fields, crm_created_at = excluded.crm_created_at, crm_updated_at = excluded.crm_updated_at,
         content_hash = excluded.content_hash, import_id = excluded.import_id, imported_at = now()
       WHERE c.content_hash <> excluded.content_hash
       RETURNING (xmax = 0) AS inserted`,
      common,
    );
    return counted(rows, records.length);
  }
  const rows: Array<{ inserted: boolean }> = await manager.query(
    `INSERT INTO crm_deals AS d (workspace_id, record_id, fields, crm_created_at, crm_updated_at, content_hash,
                                 import_id, amount, close_date, company_record_id, contact_record_ids)
     SELECT $1, r.record_id, r.fields, r.created_at, r.updated_at, r.hash, $2, r.amount, r.close_date, r.company_id,
            ARRAY(SELECT jsonb_array_elements_text(r.contact_ids))
     FROM unnest($3::text[], $4::jsonb[], $5::timestamptz[], $6::timestamptz[], $7::text[], $8::numeric[],
                 $9::date[], $10::text[], $11::jsonb[])
          AS r(record_id, fields, created_at, updated_at, hash, amount, close_date, company_id, contact_ids)
     ON CONFLICT (workspace_id, record_id) DO UPDATE SET
       fields = excluded.fields, crm_created_at = excluded.crm_created_at, crm_updated_at = excluded.crm_updated_at,
       content_hash = excluded.content_hash, import_id = excluded.import_id, imported_at = now(),
       amount = excluded.amount, close_date = excluded.close_date, company_record_id = excluded.company_record_id,
       contact_record_ids = excluded.contact_record_ids
     WHERE d.content_hash <> excluded.content_hash
     RETURNING (xmax = 0) AS inserted`,
    [
      ...common,
      records.map((r) => r.amount),
      records.map((r) => r.closeDate),
      records.map((r) => r.companyId),
      records.map((r) => JSON.stringify(r.contactIds)),
    ],
  );
  return counted(rows, records.length);
}
