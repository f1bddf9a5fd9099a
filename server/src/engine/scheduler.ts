import type { Services } from "./services.js";

/**
 * Periodic jobs of a running server: the LTV refit of every workspace. Each run is independent; a failure is
 * recorded on the job's own row (ltv_models.error) and the schedule carries on.
 */
export function startScheduler(services: Services, options: { ltvRefitHours: number }, log: (line: string) => void) {
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
  return {
    stop() {
      if (timer) clearInterval(timer);
    },
  };
}
