import type { DataSource } from "typeorm";
import { badInput, notFound } from "../../engine/errors.js";
import { checkFirst, decodeCursor, toConnection } from "../../engine/graphql/connection.js";
import { Profile } from "./profile.entity.js";
import { Identity } from "./identity.entity.js";
import { UUID } from "../../engine/ids.js";

export type ProfileRow = {
  id: string;
  workspace_id: string;
  traits: Record<string, unknown>;
  first_seen_at: Date;
  last_seen_at: Date;
  created_at: Date;
  updated_at: Date;
};

export function toProfile(row: ProfileRow): Profile {
  return Object.assign(new Profile(), {
    id: row.id,
    workspaceId: row.workspace_id,
    traits: row.traits,
    firstSeenAt: row.first_seen_at,
    lastSeenAt: row.last_seen_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}

const likeEscape = (term: string) => term.replace(/[\\%_]/g, (c) => `\\${c}`);

export class ProfileService {
  constructor(private readonly db: DataSource) {}

  async get(workspaceId: string, id: string): Promise<Profile> {
    if (!UUID.test(id)) throw badInput("id", "is not a profile id (a UUID)");
    const rows: ProfileRow[] = await this.db.query(`SELECT * FROM profiles WHERE id = $1 AND workspace_id = $2`, [
      id,
      workspaceId,
    ]);
    if (!rows[0]) throw notFound(`Profile ${id}`);
    return toProfile(rows[0]);
  }

  /**
   * Newest activity first. `search` matches the start of any identifier (email, phone, user or anonymous id,
   * case-insensitive), a profile id, or part of the name.
   */
  async list(workspaceId: string, args: { first: number; after?: string | null; search?: string | null }) {
    const first = checkFirst(args.first);
    const params: unknown[] = [workspaceId];
    let from = "profiles p";
    const term = args.search?.trim() ?? "";
    if (term.length > 200) throw badInput("search", "must be at most 200 characters");
    if (term) {
      params.push(`${likeEscape(term.toLowerCase())}%`, `%${likeEscape(term.toLowerCase())}%`);
      const byId = UUID.test(term) ? ` UNION SELECT $${params.push(term)}::uuid` : "";
      from = `(SELECT profile_id AS id FROM identities WHERE workspace_id = $1 AND lower(value) LIKE $2
               UNION SELECT id FROM profiles WHERE workspace_id = $1 AND search_name LIKE $3${byId}) m
              JOIN profiles p ON p.id = m.id`;
    }
    const where = ["p.workspace_id = $1"];
    const countParams = [...params];
    if (args.after) {
      const [lastSeen, id] = decodeCursor(args.after, ["date", "string"]);
      if (!UUID.test(String(id))) throw badInput("after", "is not a valid cursor");
      where.push(`(p.last_seen_at, p.id) < ($${params.push(lastSeen)}::timestamptz, $${params.push(id)}::uuid)`);
    }
    const rows: ProfileRow[] = await this.db.query(
      `SELECT p.* FROM ${from} WHERE ${where.join(" AND ")}
        ORDER BY p.last_seen_at DESC, p.id DESC LIMIT ${first + 1}`,
      params,
    );
    const [{ count }] = (await this.db.query(
      `SELECT count(*)::int AS count FROM ${from} WHERE p.workspace_id = $1`,
      countParams,
    )) as [{ count: number }];
    const connection = toConnection(rows.map(toProfile), first, (p) => [p.lastSeenAt.toISOString(), p.id]);
    return { ...connection, totalCount: count };
  }

  async identitiesByProfile(profileIds: readonly string[]): Promise<Identity[][]> {
    const rows = await this.db
      .getRepository(Identity)
      .createQueryBuilder("i")
      .where("i.profile_id = ANY(:ids)", { ids: [...profileIds] })
      .orderBy("i.type")
      .addOrderBy("i.first_seen_at")
      .getMany();
    const byProfile = new Map<string, Identity[]>();
    for (const row of rows) byProfile.set(row.profileId, [...(byProfile.get(row.profileId) ?? []), row]);
    return profileIds.map((id) => byProfile.get(id) ?? []);
  }
}
