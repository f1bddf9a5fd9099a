import type { DataSource } from "typeorm";
import { AppError, badInput, isUniqueViolation, notFound } from "../../engine/errors.js";
import { newSecret } from "../../engine/auth/tokens.js";
import { UUID } from "../../engine/ids.js";
import { RECENT_MESSAGES_SQL, toSourceMessage, type SourceMessage, type SourceMessageRow } from "./source-message.js";
import { Source, SourceKind } from "./source.entity.js";

export const MAX_DEBUGGER_MESSAGES = 200;

export type SourceStats = { receivedCount: number; rejectedCount: number; lastSeenAt: Date | null };

const newWriteKey = () => `wk_${newSecret(24)}`;

export class SourceService {
  constructor(private readonly db: DataSource) {}

  async create(workspaceId: string, nameInput: string, kind: string = SourceKind.other): Promise<Source> {
    const name = nameInput.trim();
    if (!name) throw badInput("name", "must not be empty");
    if (name.length > 100) throw badInput("name", "must be at most 100 characters");
    if (!Object.values<string>(SourceKind).includes(kind))
      throw badInput("kind", `must be one of ${Object.values(SourceKind).join(", ")}`);
    try {
      return await this.db.transaction(async (tx) => {
        const source = await tx.getRepository(Source).save({
          workspaceId,
          name,
          kind: kind as SourceKind,
          writeKey: newWriteKey(),
        });
        await tx.query(`INSERT INTO source_stats (source_id) VALUES ($1)`, [source.id]);
        return source;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError("CONFLICT", `name: a source named "${name}" already exists`, "name");
      throw error;
    }
  }

  list(workspaceId: string): Promise<Source[]> {
    return this.db.getRepository(Source).find({ where: { workspaceId }, order: { createdAt: "ASC" } });
  }

  async rotateWriteKey(workspaceId: string, id: string): Promise<Source> {
    const repo = this.db.getRepository(Source);
    const source = await repo.findOneBy({ id, workspaceId });
    if (!source) throw notFound(`Source ${id}`);
    source.writeKey = newWriteKey();
    return repo.save(source);
  }

  async statsFor(sourceIds: readonly string[]): Promise<SourceStats[]> {
    const rows: { source_id: string; received_count: string; rejected_count: string; last_seen_at: Date | null }[] =
      await this.db.query(`SELECT * FROM source_stats WHERE source_id = ANY($1::uuid[])`, [[...sourceIds]]);
    const byId = new Map(rows.map((r) => [r.source_id, r]));
    return sourceIds.map((id) => {
      const row = byId.get(id);
      return {
        receivedCount: Number(row?.received_count ?? 0),
        rejectedCount: Number(row?.rejected_count ?? 0),
        lastSeenAt: row?.last_seen_at ?? null,
      };
    });
  }

  /** The live debugger's list: the newest messages of one source, newest first. */
  async recentMessages(workspaceId: string, sourceId: string, first = 50): Promise<SourceMessage[]> {
    if (!UUID.test(sourceId)) throw badInput("sourceId", "is not a source id (a UUID)");
    if (!Number.isInteger(first) || first < 1 || first > MAX_DEBUGGER_MESSAGES)
      throw badInput("first", `must be from 1 to ${MAX_DEBUGGER_MESSAGES}`);
    const owned: unknown[] = await this.db.query(`SELECT 1 FROM sources WHERE id = $1 AND workspace_id = $2`, [
      sourceId,
      workspaceId,
    ]);
    if (owned.length === 0) throw notFound(`Source ${sourceId}`);
    const rows: SourceMessageRow[] = await this.db.query(RECENT_MESSAGES_SQL, [sourceId, first]);
    return rows.map(toSourceMessage);
  }
}
