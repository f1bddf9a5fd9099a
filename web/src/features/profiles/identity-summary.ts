type IdentityLike = { type: string };

/** Identity types with how many of each: [["email", 1], ["anonymous_id", 3]], most common first. */
export function identityTypeCounts(identities: readonly IdentityLike[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const identity of identities) counts.set(identity.type, (counts.get(identity.type) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

const LABELS: Record<string, string> = {
  user_id: "User id",
  anonymous_id: "Anonymous id",
  email: "Email",
  phone: "Phone",
};

export function identityTypeLabel(type: string): string {
  return LABELS[type] ?? type.replace(/_/g, " ");
}
