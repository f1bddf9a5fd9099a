/**
 * The explorer's whole view lives in the URL, so a shared link opens the same view:
 * `q` search, `rules` the filter tree (JSON), `audience` an audience id, `sort` + `dir`, and one `col` per column
 * in display order. Missing or unreadable parts fall back to the defaults; the server checks names.
 */
export type SortDirection = "asc" | "desc";

export type ExplorerState = {
  search: string;
  rules: Record<string, unknown> | null;
  audienceId: string | null;
  sort: { field: string; direction: SortDirection };
  columns: string[];
};

/** Columns the browser fills itself (from the profile's identities) rather than asking the server for. */
export const CLIENT_COLUMNS: ReadonlySet<string> = new Set(["identities"]);

export const DEFAULT_SORT = { field: "last_seen_at", direction: "desc" } as const;
export const DEFAULT_COLUMNS: readonly string[] = ["identities", "lifetime_value", "first_seen_at", "last_seen_at"];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function parseRules(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) && Array.isArray(parsed.rules) && parsed.rules.length > 0 ? parsed : null;
  } catch {
    return null;
  }
}

export function readExplorerState(params: URLSearchParams): ExplorerState {
  const columns = params.getAll("col").filter(Boolean);
  return {
    search: params.get("q")?.trim() ?? "",
    rules: parseRules(params.get("rules")),
    audienceId: params.get("audience") || null,
    sort: {
      field: params.get("sort") || DEFAULT_SORT.field,
      direction: params.get("dir") === "asc" ? "asc" : "desc",
    },
    columns: columns.length ? [...new Set(columns)] : [...DEFAULT_COLUMNS],
  };
}

/** Only what differs from the defaults is written, so a plain /profiles stays plain. */
export function writeExplorerState(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.search) params.set("q", state.search);
  if (state.rules) params.set("rules", JSON.stringify(state.rules));
  if (state.audienceId) params.set("audience", state.audienceId);
  if (state.sort.field !== DEFAULT_SORT.field || state.sort.direction !== DEFAULT_SORT.direction) {
    params.set("sort", state.sort.field);
    params.set("dir", state.sort.direction);
  }
  const isDefault =
    state.columns.length === DEFAULT_COLUMNS.length && state.columns.every((c, i) => c === DEFAULT_COLUMNS[i]);
  if (!isDefault) for (const column of state.columns) params.append("col", column);
  return params;
}

/** The view as exploreProfiles / countProfiles take it. */
export function toVariables(state: ExplorerState) {
  return {
    search: state.search || null,
    rules: state.rules,
    audienceId: state.audienceId,
    sort: state.sort,
    columns: state.columns.filter((c) => !CLIENT_COLUMNS.has(c)),
  };
}

/** GET /api/exports/profiles for the same view. */
export function exportUrl(state: ExplorerState): string {
  const params = new URLSearchParams();
  if (state.search) params.set("search", state.search);
  if (state.rules) params.set("rules", JSON.stringify(state.rules));
  if (state.audienceId) params.set("audienceId", state.audienceId);
  params.set("sort", state.sort.field);
  params.set("direction", state.sort.direction);
  for (const column of state.columns) if (!CLIENT_COLUMNS.has(column)) params.append("columns", column);
  return `/api/exports/profiles?${params.toString()}`;
}

/** Moves column `id` one place left (-1) or right (+1); unchanged at either end. */
export function moveColumn(columns: readonly string[], id: string, by: -1 | 1): string[] {
  const from = columns.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}
