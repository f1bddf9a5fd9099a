/** How many saved audiences the LTV comparison takes at once: the server checks it, the picker enforces it. */
export const LTV_COMPARISON_LIMITS = { min: 2, max: 5 } as const;
