export type FitStatus = "running" | "succeeded" | "failed";

export function isFitStatus(value: string): value is FitStatus {
  return value === "running" || value === "succeeded" || value === "failed";
}

export const STATUS_LABELS: Record<FitStatus, string> = {
  running: "Fitting",
  succeeded: "Fitted",
  failed: "Failed",
};

export const STATUS_COLORS: Record<FitStatus, string> = {
  running: "blue",
  succeeded: "teal",
  failed: "red",
};

const TRIGGER_LABELS: Record<string, string> = {
  manual: "Refit on demand",
  schedule: "Scheduled refit",
  "first-run": "First fit of the workspace",
};

export function triggerLabel(trigger: string): string {
  return TRIGGER_LABELS[trigger] ?? trigger;
}

/** "loading transactions" → "Loading transactions"; the API sends lower-case stage names. */
export function stageLabel(stage: string): string {
  const text = stage.trim();
  if (!text) return "Working";
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Progress for a progress bar, 0 to 100, whole percent; tolerates values outside 0..1. */
export function progressPercent(progress: number): number {
  if (!Number.isFinite(progress)) return 0;
  return Math.round(Math.min(Math.max(progress, 0), 1) * 100);
}

export type PAliveView =
  | { kind: "unknown" }
  /** No repeat purchase yet: BG/NBD gives exactly 1, which does not mean "certainly active". */
  | { kind: "no-repeat" }
  | { kind: "estimate"; value: number; risk: "low" | "medium" | "high" };

/** How to show a customer's P(alive): the value, or why it is 1. */
export function pAliveView(pAlive: number | null | undefined): PAliveView {
  if (pAlive === null || pAlive === undefined || !Number.isFinite(pAlive)) return { kind: "unknown" };
  if (pAlive >= 1) return { kind: "no-repeat" };
  return { kind: "estimate", value: pAlive, risk: pAlive < 0.5 ? "high" : pAlive < 0.8 ? "medium" : "low" };
}
