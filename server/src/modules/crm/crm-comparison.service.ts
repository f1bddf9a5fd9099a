import type { DataSource } from "typeorm";
import { accountsOfProfile, COMPANY_RECORD_SQL } from "./crm-accounts-read.js";
import { badInput } from "../../engine/errors.js";
import { UUID } from "../../engine/ids.js";
import {
  catalogField,
  CRM_CATALOG,
  SURVIVORSHIP_RULES,
  traitFields,
  type CatalogField,
  type CrmPair,
  type SurvivorshipRule,
} from "./crm-catalog.js";
import { FIELD_STATUSES, type FieldStatus } from "./crm-compare.js";
import { correctionsCsv, enrichmentCsv } from "./crm-exports.js";
import { CRM_PRESETS, isCrmPreset, type CrmFieldKey, type CrmPreset } from "./crm-presets.js";
import { comparePair, fieldStats, type FieldComparison, type FieldStats } from "./crm-report.js";
import { matchCounts, type MatchCounts } from "./crm-store.js";

type PairRow = {
  contact_id: string;
  record_id: string;
  profile_id: string;
  fields: Partial<Record<CrmFieldKey, string>>;
  crm_updated_at: Date | null;
  traits: Record<string, unknown>;
  trait_meta: Record<string, { at?: string }>;
  last_seen_at: Date;
  event_count: number;
  audiences: string[] | null;
  revenue: string | null;
  predicted: number | null;
  ltv_at: Date | null;
  company_industry: string | null;
  open_deal_amount: string | null;
  deal_stage: string | null;
};

export type ConflictRow = FieldComparison & { contactId: string; recordId: string; profileId: string; name: string };
export type ContactSummary = {
  id: string;
  recordId: string;
  name: string;
  email: string | null;
  phone: string | null;
  company: string | null;
  matchStatus: string;
  candidateProfileIds: string[];
  updatedAt: Date | null;
};

const toPair = (r: PairRow): CrmPair => ({
  contactId: r.contact_id,
  recordId: r.record_id,
  profileId: r.profile_id,
  crm: {
    fields: r.fields,
    updatedAt: r.crm_updated_at?.toISOString() ?? null,
    account: {
      companyIndustry: r.company_industry,
      openDealAmount: r.open_deal_amount === null ? null : Number(r.open_deal_amount),
      dealStage: r.deal_stage,
    },
  },
  cdp: {
    traits: r.traits,
    traitMeta: r.trait_meta,
    lastSeenAt: r.last_seen_at.toISOString(),
    eventCount: r.event_count,
    audiences: r.audiences ?? [],
    lifetimeValue: r.revenue === null ? null : Number(r.revenue),
    predictedValue: r.predicted,
    ltvAt: r.ltv_at?.toISOString() ?? null,
  },
});

const nameOf = (fields: Partial<Record<CrmFieldKey, string>>) =>
  [fields.firstName, fields.lastName].filter(Boolean).join(" ") || fields.email || "";

/** How long loaded pairs serve requests; profile changes from ingestion show up after at most this long. */
export const PAIRS_TTL_MS = 60_000;

/** The comparison of CRM records with their unified profiles: statistics, conflicts, rules and exports. */
export class CrmComparisonService {
  constructor(private readonly db: DataSource) {}

  private readonly cache = new Map<string, { version: string; until: number; pairs: Promise<CrmPair[]> }>();

  /**
   * Every matched pair of the workspace, kept for PAIRS_TTL_MS while the CRM records are unchanged, so paging
   * through conflicts or switching a rule does not reload and renormalise thousands of records each time.
   */
  async pairs(workspaceId: string): Promise<CrmPair[]> {
    const [row]: Array<{ version: string }> = await this.db.query(
      `SELECT concat_ws('/', count(*), count(*) FILTER (WHERE match_status = 'matched'), max(imported_at),
                      max(matched_at)) AS version
       FROM crm_contacts WHERE workspace_id = $1`,
      [workspaceId],
    );
    const version = row?.version ?? "";
    const cached = this.cache.get(workspaceId);
    if (cached && cached.version === version && cached.until > Date.now()) return cached.pairs;
    const pairs = this.loadPairs(workspaceId, null);
    this.cache.set(workspaceId, { version, until: Date.now() + PAIRS_TTL_MS, pairs });
    pairs.catch(() => this.cache.delete(workspaceId));
    return pairs;
  }

  /** Matched pairs, optionally of one profile. Event counts and audiences come from their per-profile tables. */
  private async loadPairs(workspaceId: string, profileId: string | null): Promise<CrmPair[]> {
    const rows: PairRow[] = await this.db.query(
      `SELECT c.id AS contact_id, c.record_id, c.profile_id, c.fields, c.crm_updated_at,
              p.traits, p.trait_meta, p.last_seen_at,
              (SELECT count(*) FROM events e WHERE e.profile_id = p.id)::int AS event_count,
              (SELECT array_agg(s.name ORDER BY s.name) FROM segment_members m JOIN segments s ON s.id = m.segment_id
                WHERE m.profile_id = p.id) AS audiences,
              l.revenue, l.predicted_value_12m AS predicted, l.updated_at AS ltv_at,
              (SELECT co.fields->>'industry' FROM crm_companies co
                WHERE co.workspace_id = c.workspace_id AND co.record_id = ${COMPANY_RECORD_SQL}) AS company_industry,
              (SELECT sum(d.amount)::text FROM crm_deals d
                WHERE d.workspace_id = c.workspace_id AND d.contact_record_ids @> ARRAY[c.record_id]
                  AND regexp_replace(coalesce(d.fields->>'stage', ''), '[^a-zA-Z]', '', 'g') !~* 'closed|won|lost')
                AS open_deal_amount,
              (SELECT d.fields->>'stage' FROM crm_deals d
                WHERE d.workspace_id = c.workspace_id AND d.contact_record_ids @> ARRAY[c.record_id]
                ORDER BY d.crm_updated_at DESC NULLS LAST, d.record_id DESC LIMIT 1) AS deal_stage
       FROM crm_contacts c
       JOIN profiles p ON p.id = c.profile_id AND p.workspace_id = c.workspace_id
       LEFT JOIN profile_ltv l ON l.profile_id = p.id
       WHERE c.workspace_id = $1 AND c.match_status = 'matched' AND ($2::uuid IS NULL OR c.profile_id = $2)`,
      [workspaceId, profileId],
    );
    // Sorted here: in SQL the wide rows (traits) would spill the sort to disk.
    return rows.map(toPair).sort((a, b) => a.recordId.localeCompare(b.recordId, "en", { numeric: true }));
  }

  async rules(workspaceId: string): Promise<Map<string, SurvivorshipRule>> {
    const rows: Array<{ field: string; rule: SurvivorshipRule }> = await this.db.query(
      `SELECT field, rule FROM crm_survivorship_rules WHERE workspace_id = $1`,
      [workspaceId],
    );
    return new Map(rows.map((r) => [r.field, r.rule]));
  }

  /** Rules of every shared field, the default where none is stored. */
  async ruleList(workspaceId: string): Promise<Array<{ field: string; label: string; rule: SurvivorshipRule }>> {
    const stored = await this.rules(workspaceId);
    return CRM_CATALOG.filter((f) => f.kind === "shared").map((f) => ({
      field: f.key,
      label: f.label,
      rule: stored.get(f.key) ?? f.defaultRule,
    }));
  }

  async setRule(workspaceId: string, userId: string | null, field: string, rule: string) {
    const entry = catalogField(field);
    if (!entry || entry.kind !== "shared")
      throw badInput(
        "field",
        `must be a field both sides hold: ${CRM_CATALOG.filter((f) => f.kind === "shared")
          .map((f) => f.key)
          .join(", ")}`,
      );
    if (!(SURVIVORSHIP_RULES as readonly string[]).includes(rule))
      throw badInput("rule", `must be one of ${SURVIVORSHIP_RULES.join(", ")}`);
    await this.db.query(
      `INSERT INTO crm_survivorship_rules (workspace_id, field, rule, updated_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (workspace_id, field) DO UPDATE SET rule = excluded.rule, updated_by = excluded.updated_by,
         updated_at = now()`,
      [workspaceId, field, rule, userId],
    );
    return this.ruleList(workspaceId);
  }

  matchCounts(workspaceId: string): Promise<MatchCounts> {
    return matchCounts(this.db.manager, workspaceId);
  }

  async fieldStats(workspaceId: string, now = Date.now()): Promise<FieldStats[]> {
    const [pairs, rules] = await Promise.all([this.pairs(workspaceId), this.rules(workspaceId)]);
    return fieldStats(pairs, [...CRM_CATALOG, ...traitFields(pairs)], rules, now);
  }

  async conflicts(
    workspaceId: string,
    filter: { field: string | null; status: string | null; offset: number; limit: number },
  ): Promise<{ total: number; rows: ConflictRow[] }> {
    const field = filter.field === null ? null : catalogField(filter.field);
    if (filter.field !== null && field?.kind !== "shared") throw badInput("field", "must be a shared field's key");
    if (filter.status !== null && !(FIELD_STATUSES as readonly string[]).includes(filter.status))
      throw badInput("status", `must be one of ${FIELD_STATUSES.join(", ")}`);
    if (filter.limit < 1 || filter.limit > 500) throw badInput("limit", "must be between 1 and 500");
    if (filter.offset < 0) throw badInput("offset", "must not be negative");
    const statuses: readonly FieldStatus[] = filter.status ? [filter.status as FieldStatus] : ["conflict", "stale"];
    const fields: CatalogField[] = field ? [field] : CRM_CATALOG.filter((f) => f.kind === "shared");
    const [pairs, rules] = await Promise.all([this.pairs(workspaceId), this.rules(workspaceId)]);
    const rows: ConflictRow[] = [];
    for (const pair of pairs) {
      for (const c of comparePair(pair, fields, rules)) {
        if (!statuses.includes(c.status)) continue;
        rows.push({
          ...c,
          contactId: pair.contactId,
          recordId: pair.recordId,
          profileId: pair.profileId,
          name: nameOf(pair.crm.fields),
        });
      }
    }
    return { total: rows.length, rows: rows.slice(filter.offset, filter.offset + filter.limit) };
  }

  /** A profile's CRM records (several when the CRM holds duplicates), each compared field by field. */
  async profileComparison(workspaceId: string, profileId: string) {
    if (!UUID.test(profileId)) throw badInput("profileId", "must be a profile id");
    const [pairs, rules, accounts] = await Promise.all([
      this.loadPairs(workspaceId, profileId),
      this.rules(workspaceId),
      accountsOfProfile(this.db, workspaceId, profileId),
    ]);
    return pairs.map((pair) => ({
      contactId: pair.contactId,
      recordId: pair.recordId,
      updatedAt: pair.crm.updatedAt,
      company: accounts.get(pair.recordId)?.company ?? null,
      deals: accounts.get(pair.recordId)?.deals ?? [],
      fields: comparePair(pair, [...CRM_CATALOG, ...traitFields([pair])], rules),
    }));
  }

  async contacts(
    workspaceId: string,
    status: string,
    offset: number,
    limit: number,
  ): Promise<{ total: number; rows: ContactSummary[] }> {
    if (!["matched", "unmatched", "ambiguous"].includes(status))
      throw badInput("status", "must be one of matched, unmatched, ambiguous");
    if (limit < 1 || limit > 500) throw badInput("limit", "must be between 1 and 500");
    if (offset < 0) throw badInput("offset", "must not be negative");
    const rows: Array<{
      id: string;
      record_id: string;
      fields: Partial<Record<CrmFieldKey, string>>;
      match_status: string;
      candidate_profile_ids: string[];
      crm_updated_at: Date | null;
      total: number;
    }> = await this.db.query(
      `SELECT id, record_id, fields, match_status, candidate_profile_ids, crm_updated_at, count(*) OVER ()::int AS total
       FROM crm_contacts WHERE workspace_id = $1 AND match_status = $2
       ORDER BY crm_updated_at DESC NULLS LAST, record_id OFFSET $3 LIMIT $4`,
      [workspaceId, status, offset, limit],
    );
    return {
      total: rows[0]?.total ?? (await this.matchCounts(workspaceId))[status as keyof MatchCounts],
      rows: rows.map((r) => ({
        id: r.id,
        recordId: r.record_id,
        name: nameOf(r.fields),
        email: r.fields.email ?? null,
        phone: r.fields.phone ?? null,
        company: r.fields.company ?? null,
        matchStatus: r.match_status,
        candidateProfileIds: r.candidate_profile_ids,
        updatedAt: r.crm_updated_at,
      })),
    };
  }

  /** The preset of the workspace's latest finished import, so exports speak the CRM's format by default. */
  async preset(workspaceId: string, input: string | null | undefined): Promise<CrmPreset> {
    if (input !== null && input !== undefined) {
      if (!isCrmPreset(input)) throw badInput("preset", `must be one of ${CRM_PRESETS.join(", ")}`);
      return input;
    }
    const rows: Array<{ preset: CrmPreset }> = await this.db.query(
      `SELECT preset FROM crm_imports WHERE workspace_id = $1 AND status = 'done' ORDER BY finished_at DESC LIMIT 1`,
      [workspaceId],
    );
    return rows[0]?.preset ?? "hubspot";
  }

  async corrections(workspaceId: string, presetInput: string | null) {
    const preset = await this.preset(workspaceId, presetInput);
    const [pairs, rules] = await Promise.all([this.pairs(workspaceId), this.rules(workspaceId)]);
    return { preset, ...correctionsCsv(pairs, CRM_CATALOG, rules, preset) };
  }

  async enrichment(workspaceId: string, presetInput: string | null) {
    const preset = await this.preset(workspaceId, presetInput);
    return { preset, ...enrichmentCsv(await this.pairs(workspaceId), CRM_CATALOG, preset) };
  }
}

export type ProfileComparison = Awaited<ReturnType<CrmComparisonService["profileComparison"]>>[number];
