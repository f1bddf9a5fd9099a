import type { RuleGroup } from "@mosaic/shared";
import type { DataSource } from "typeorm";
import { AppError, badInput, isUniqueViolation, notFound } from "../../engine/errors.js";
import { compileAudience, loadCatalog, parseRuleTree, withRulePaths } from "../audiences/index.js";
import { Segment } from "./segment.entity.js";
import { UUID } from "../../engine/ids.js";

export type SegmentInput = { name: string; description?: string | null; rules: unknown };

/**
 * Rules as they would be saved: valid, and compiling against the workspace's catalog, where this audience
 * (`id`, when it exists) already has the new rules, so that a reference back to itself is caught.
 */
async function checkRules(db: DataSource, workspaceId: string, id: string | null, input: unknown): Promise<RuleGroup> {
  const rules = parseRuleTree(input, "rules");
  const catalog = await loadCatalog(db, workspaceId);
  const audiences = catalog.audiences.map((a) => (a.id === id ? { ...a, rules } : a));
  withRulePaths("rules", () => compileAudience(rules, { ...catalog, audiences }, { workspaceId, now: new Date() }));
  return rules;
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

  async create(workspaceId: string, userId: string | null, input: SegmentInput): Promise<Segment> {
    const values = {
      workspaceId,
      createdBy: userId,
      name: checkName(input.name),
      description: (input.description ?? "").slice(0, 2000),
      rules: await checkRules(this.db, workspaceId, null, input.rules),
    };
    try {
      return await this.db.getRepository(Segment).save(values);
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
    segment.rules = await checkRules(this.db, workspaceId, id, input.rules);
    try {
      return await this.db.getRepository(Segment).save(segment);
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
