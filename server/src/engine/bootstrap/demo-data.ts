import type { Services } from "../services.js";

/** Placeholder until the demo store generator lands; replaced in the same change. */
export async function seedDemoData(
  _services: Services,
  _workspaceId: string,
  _sourceIds: Record<string, string>,
  _log: (line: string) => void,
): Promise<{ profiles: number; events: number }> {
  return { profiles: 0, events: 0 };
}
