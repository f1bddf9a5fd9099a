import type pg from "pg";

/** What one ingestion transaction changed, for modules that keep per-profile data derived from events. */
export type BatchChange = {
  workspaceId: string;
  /** Stored profiles merged away in this transaction, and the profile that now holds their rows. */
  merged: Array<{ loserId: string; holderId: string }>;
  /** The events this transaction stored, on their final profiles. */
  events: Array<{
    profileId: string;
    id: string;
    type: string;
    event: string | null;
    timestamp: Date;
    properties: Record<string, unknown>;
  }>;
};

/** A split: these events went back from one profile to the restored one. */
export type SplitChange = { workspaceId: string; restoredProfileId: string; fromProfileId: string; eventIds: string[] };

/**
 * Called inside the same transaction, under the same locks, after the rows are written: what a hook writes commits
 * or rolls back with the messages. A hook that throws fails the request (the client retries).
 */
export type ProfileHook = {
  afterBatch?(client: pg.ClientBase, change: BatchChange): Promise<void>;
  afterSplit?(client: pg.ClientBase, change: SplitChange): Promise<void>;
};

export class ProfileHooks {
  private readonly hooks: ProfileHook[] = [];

  /** Returns the function that removes the hook. */
  add(hook: ProfileHook): () => void {
    this.hooks.push(hook);
    return () => {
      const at = this.hooks.indexOf(hook);
      if (at >= 0) this.hooks.splice(at, 1);
    };
  }

  /** False when nothing is registered: callers then skip building the change. */
  get active(): boolean {
    return this.hooks.length > 0;
  }

  async afterBatch(client: pg.ClientBase, change: BatchChange): Promise<void> {
    for (const hook of this.hooks) await hook.afterBatch?.(client, change);
  }

  async afterSplit(client: pg.ClientBase, change: SplitChange): Promise<void> {
    for (const hook of this.hooks) await hook.afterSplit?.(client, change);
  }
}
