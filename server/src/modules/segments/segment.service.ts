import type { DataSource } from "typeorm";
import { AppError, badInput, isUniqueViolation, notFound } from "../../engine/errors.js";
import { compileAudience, loadCatalog, parseRuleTree, withRulePaths, type Catalog } from "../audiences/index.js";
import { refreshMembershipIn } from "./membership-refresh.js";
import { Segment } from "./segment.entity.js";
import { UUID } from "../../engine/ids.js";

export type SegmentInput = { name: string; description?: string | null; rules: unknown };

/**
 * Rules as they would be saved: valid, and compiling against the workspace's catalog, where this audience
 * (`id`, when it exists) already has the new rules, so that a reference back to itself is caught.
 */
async function checkRules(db: DataSource, workspaceId: string, id: string | null, input: unknown) {
  const rules = parseRuleTree(input, "rules");
  const loaded = await loadCatalog(db, workspaceId);
  const catalog: Catalog = { ...loaded, audiences: loaded.audiences.map((a) => (a.id === id ? { ...a, rules } : a)) };
  withRulePaths("rules", () => compileAudience(rules, catalog, { workspaceId, now: new Date() }));
  return { rules, catalog };
}

function checkName(input: string): string {
  const name = input.trim();
  if (!name) throw badInput("name", "must not be empty");
  if (name.length > 120) throw badInput("name", "must be at most 120 characters");
  return name;
}

export class SegmentService {
  constructor(private readonly db: DataSource) {}

  list(workspaceId: string): Promise<Segment[]> {
    return this.db.getRepository(Segment).find({ where: { workspaceId }, order: { name: "ASC" } });
  }

  async get(workspaceId: string, id: string): Promise<Segment> {
    if (!UUID.test(id)) throw badInput("id", "is not a segment id (a UUID)");
    const segment = await this.db.getRepository(Segment).findOneBy({ id, workspaceId });
    if (!segment) throw notFound(`Segment ${id}`);
    return segment;
  }

  /** Saves the audience and evaluates its membership in one transaction: it is never listed without members. */
  async create(workspaceId: string, userId: string | null, input: SegmentInput): Promise<Segment> {
    const name = checkName(input.name);
    const { rules, catalog } = await checkRules(this.db, workspaceId, null, input.rules);
    const values = {
      workspaceId,
      createdBy: userId,
      name,
      description: (input.description ?? "").slice(0, 2000),
      rules,
    };
    try {
      return await this.db.transaction(async (m) => {
        const saved = await m.getRepository(Segment).save(values);
        const withSelf = { ...catalog, audiences: [...catalog.audiences, { id: saved.id, name, rules }] };
        await refreshMembershipIn(m, { id: saved.id, workspaceId, rules }, withSelf, new Date());
        return m.getRepository(Segment).findOneByOrFail({ id: saved.id });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError("CONFLICT", `name: an audience named "${values.name}" already exists`, "name");
      throw error;
    }
  }

  async update(workspaceId: string, id: string, input: SegmentInput): Promise<Segment> {
    const segment = await this.get(workspaceId, id);
    segment.name = checkName(input.name);
    segment.description = (input.description ?? "").slice(0, 2000);
    const { rules, catalog } = await checkRules(this.db, workspaceId, id, input.rules);
    segment.rules = rules;
    try {
      return await this.db.transaction(async (m) => {
        await m.getRepository(Segment).save(segment);
        await refreshMembershipIn(m, { id, workspaceId, rules }, catalog, new Date());
        return m.getRepository(Segment).findOneByOrFail({ id });
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError("CONFLICT", `name: an audience named "${segment.name}" already exists`, "name");
      throw error;
    }
  }

  async delete(workspaceId: string, id: string): Promise<boolean> {
    await this.get(workspaceId, id);
    await this.db.getRepository(Segment).delete({ id, workspaceId });
    return true;
  }
}
