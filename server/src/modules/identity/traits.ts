/** Where a trait's current value came from. `at` is the message timestamp (ISO 8601), the basis of last-write-wins. */
export type TraitProvenance = { at: string; sourceId: string | null; messageId: string | null };
export type TraitMeta = Record<string, TraitProvenance>;
export type TraitState = { traits: Record<string, unknown>; meta: TraitMeta };

/** A received value that differs from the profile's value at the time; `applied` is false when it arrived late. */
export type TraitChange = TraitProvenance & { key: string; value: unknown; applied: boolean };

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);
const timeOf = (p: TraitProvenance | undefined) => (p ? Date.parse(p.at) : Number.NEGATIVE_INFINITY);
const has = (o: object, key: string) => Object.prototype.hasOwnProperty.call(o, key);

/**
 * Last write wins per top-level trait, by message timestamp; on a tie the later arrival wins.
 * A value equal to the current one still refreshes the provenance, so an older, different value
 * arriving late cannot overwrite it.
 */
export function applyTraits(
  state: TraitState,
  patch: Record<string, unknown>,
  provenance: TraitProvenance,
): { state: TraitState; changes: TraitChange[] } {
  const traits = { ...state.traits };
  const meta = { ...state.meta };
  const changes: TraitChange[] = [];
  const at = Date.parse(provenance.at);
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const applied = at >= timeOf(meta[key]);
    const changed = !has(traits, key) || !same(traits[key], value);
    if (changed) changes.push({ key, value, applied, ...provenance });
    if (applied) {
      traits[key] = value;
      meta[key] = provenance;
    }
  }
  return { state: { traits, meta }, changes };
}

/** The winner keeps a trait unless the loser's value is strictly newer or the winner has none. */
export function mergeTraits(winner: TraitState, loser: TraitState): { state: TraitState; fromLoser: string[] } {
  const traits = { ...winner.traits };
  const meta = { ...winner.meta };
  const fromLoser: string[] = [];
  for (const [key, value] of Object.entries(loser.traits)) {
    const loserMeta = loser.meta[key];
    if (has(traits, key) && timeOf(loserMeta) <= timeOf(meta[key])) continue;
    traits[key] = value;
    if (loserMeta) meta[key] = loserMeta;
    else delete meta[key];
    fromLoser.push(key);
  }
  return { state: { traits, meta }, fromLoser };
}

/**
 * Undo of mergeTraits on the profile as it is now: a trait the merge took from the loser, and that nothing has
 * overwritten since, goes back to the winner's value before the merge (or away if the winner had none).
 */
export function revertTraits(current: TraitState, winnerBefore: TraitState, loser: TraitState): TraitState {
  const traits = { ...current.traits };
  const meta = { ...current.meta };
  for (const key of mergeTraits(winnerBefore, loser).fromLoser) {
    const loserMeta = loser.meta[key];
    const untouched = loserMeta
      ? same(meta[key], loserMeta)
      : meta[key] === undefined && has(traits, key) && same(traits[key], loser.traits[key]);
    if (!untouched) continue;
    if (has(winnerBefore.traits, key)) {
      traits[key] = winnerBefore.traits[key];
      const before = winnerBefore.meta[key];
      if (before) meta[key] = before;
      else delete meta[key];
    } else {
      delete traits[key];
      delete meta[key];
    }
  }
  return { traits, meta };
}
