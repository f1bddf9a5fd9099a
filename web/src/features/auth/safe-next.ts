/** Where to go after signing in: only a path on this site, so a crafted link cannot send users elsewhere. */
export function safeNextPath(next: string | null | undefined): string {
  if (!next || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return "/";
  if (next.startsWith("/sign-in")) return "/";
  return next;
}

export function signInPath(from: string): string {
  return from && from !== "/" ? `/sign-in?next=${encodeURIComponent(from)}` : "/sign-in";
}
