import { MembershipWorker } from "../modules/segments/index.js";
import type { Services } from "./services.js";

/**
 * Periodic jobs of a running server: the LTV refit of every workspace, the full re-evaluation of every saved
 * audience, and the membership worker that moves profiles between audiences about a second after ingestion.
 * Each run is independent; a failure is recorded or logged and the schedule carries on.
 */
export function startScheduler(
  services: Services,
  options: { ltvRefitHours: number; membershipRefreshMinutes: number },
  log: (line: string) => void,
) {
  const refitAll = async () => {
    const workspaces: { id: string }[] = await services.db.query(`SELECT id FROM workspaces`);
    for (const { id } of workspaces) {
      await services.ltv.refit(id, "schedule");
      await services.ltv.settled(id);
    }
  };
  const timer =
    options.ltvRefitHours > 0
      ? setInterval(
          () => void refitAll().catch((error: unknown) => log(`Scheduled LTV refit failed: ${String(error)}`)),
          options.ltvRefitHours * 3600_000,
        )
      : null;
  timer?.unref();
  let refreshing = false;
  const refreshAudiences = async () => {
    if (refreshing) return;
    refreshing = true;
    try {
      await services.memberships.refreshAll();
    } finally {
      refreshing = false;
    }
  };
  const membershipTimer =
    options.membershipRefreshMinutes > 0
      ? setInterval(
          () =>
            void refreshAudiences().catch((error: unknown) =>
              log(`Scheduled audience refresh failed: ${String(error)}`),
            ),
          options.membershipRefreshMinutes * 60_000,
        )
      : null;
  membershipTimer?.unref();
  const worker = new MembershipWorker(services.db, log);
  worker.start();
  return {
    async stop() {
      if (timer) clearInterval(timer);
      if (membershipTimer) clearInterval(membershipTimer);
      await worker.stop();
    },
  };
}
