/** Members as a share of all profiles; null while either is unknown or there are no profiles. */
export function audienceShare(size: number | null | undefined, profileCount: number | null | undefined): number | null {
  if (size === null || size === undefined || !profileCount || profileCount <= 0) return null;
  return Math.min(size / profileCount, 1);
}
