const COLORS = ["blue", "teal", "grape", "orange", "indigo", "pink", "cyan", "lime", "violet", "red"] as const;

/** A stable avatar colour per profile, so the same person looks the same everywhere. */
export function avatarColor(id: string): string {
  let hash = 0;
  for (let index = 0; index < id.length; index += 1) hash = (hash * 31 + id.charCodeAt(index)) >>> 0;
  return COLORS[hash % COLORS.length] ?? "gray";
}
