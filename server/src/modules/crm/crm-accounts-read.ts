import type { DataSource } from "typeorm";

export type CrmCompanyView = {
  recordId: string;
  name: string | null;
  domain: string | null;
  industry: string | null;
  employees: string | null;
  annualRevenue: string | null;
  updatedAt: string | null;
};
export type CrmDealView = {
  recordId: string;
  name: string | null;
  stage: string | null;
  amount: number | null;
  closeDate: string | null;
  pipeline: string | null;
  open: boolean;
};
export type ContactAccounts = { company: CrmCompanyView | null; deals: CrmDealView[] };

/** HubSpot's "closedwon" / "Closed Lost", Salesforce's "Closed Won": anything else is still in the pipeline. */
export const isOpenStage = (stage: string | null | undefined): boolean =>
  !/closed|won|lost/i.test(stage?.replace(/[^a-z]/gi, "") ?? "");

/** SQL of a contact's company (alias `c`): its own association, else the company of its latest deal. */
export const COMPANY_RECORD_SQL = `coalesce(c.fields->>'companyId', (
  SELECT d.company_record_id FROM crm_deals d
  WHERE d.workspace_id = c.workspace_id AND d.contact_record_ids @> ARRAY[c.record_id] AND d.company_record_id IS NOT NULL
  ORDER BY d.close_date DESC NULLS LAST, d.record_id LIMIT 1))`;

/** The company and the deals of each CRM record matched to the profile, keyed by contact record id. */
export async function accountsOfProfile(
  db: DataSource,
  workspaceId: string,
  profileId: string,
): Promise<Map<string, ContactAccounts>> {
  const rows: Array<{
    contact: string;
    company: { record_id: string; fields: Record<string, string>; crm_updated_at: string | null } | null;
    deals: Array<{
      record_id: string;
      fields: Record<string, string>;
      amount: string | null;
      close_date: string | null;
    }>;
  }> = await db.query(
    `SELECT c.record_id AS contact,
            (SELECT jsonb_build_object('record_id', co.record_id, 'fields', co.fields, 'crm_updated_at', co.crm_updated_at)
               FROM crm_companies co WHERE co.workspace_id = c.workspace_id AND co.record_id = ${COMPANY_RECORD_SQL})
              AS company,
            coalesce((SELECT jsonb_agg(jsonb_build_object('record_id', d.record_id, 'fields', d.fields,
                                        'amount', d.amount::text, 'close_date', d.close_date::text)
                                       ORDER BY d.close_date DESC NULLS LAST, d.record_id)
               FROM crm_deals d WHERE d.workspace_id = c.workspace_id AND d.contact_record_ids @> ARRAY[c.record_id]),
             '[]') AS deals
     FROM crm_contacts c WHERE c.workspace_id = $1 AND c.profile_id = $2 AND c.match_status = 'matched'`,
    [workspaceId, profileId],
  );
  return new Map(
    rows.map((r) => [
      r.contact,
      {
        company: r.company && {
          recordId: r.company.record_id,
          name: r.company.fields.name ?? null,
          domain: r.company.fields.domain ?? null,
          industry: r.company.fields.industry ?? null,
          employees: r.company.fields.employees ?? null,
          annualRevenue: r.company.fields.annualRevenue ?? null,
          updatedAt: r.company.crm_updated_at,
        },
        deals: r.deals.map((d) => ({
          recordId: d.record_id,
          name: d.fields.name ?? null,
          stage: d.fields.stage ?? null,
          amount: d.amount === null ? null : Number(d.amount),
          closeDate: d.close_date,
          pipeline: d.fields.pipeline ?? null,
          open: isOpenStage(d.fields.stage),
        })),
      },
    ]),
  );
}
