import type { EntityManager } from "typeorm";
import { Workspace } from "./workspace.entity.js";

export const DEMO_WORKSPACE_SLUG = "demo";

export async function ensureWorkspace(manager: EntityManager, slug: string, name: string): Promise<Workspace> {
  const repo = manager.getRepository(Workspace);
  await repo.createQueryBuilder().insert().values({ slug, name }).orIgnore().execute();
  return repo.findOneByOrFail({ slug });
}
