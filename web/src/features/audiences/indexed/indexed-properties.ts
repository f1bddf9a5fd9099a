import { graphql } from "../../../gql";
import type { IndexedPropertyStatus } from "../../../gql/graphql";

export const indexedPropertiesQuery = graphql(`
  query IndexedProperties {
    indexedProperties {
      event
      key
      status
      error
      readyAt
    }
  }
`);

export const STATUS_LABELS: Record<IndexedPropertyStatus, { label: string; color: string }> = {
  ready: { label: "Ready", color: "teal" },
  building: { label: "Building", color: "yellow" },
  failed: { label: "Failed", color: "red" },
};

/** The card's one-line summary: how many of the rolled-up properties rules can already use. */
export function indexedSummary(statuses: readonly IndexedPropertyStatus[]): string {
  if (statuses.length === 0) return "No event property is rolled up yet: the catalog picks them when it refreshes.";
  const ready = statuses.filter((s) => s === "ready").length;
  const failed = statuses.filter((s) => s === "failed").length;
  const parts = [`${ready} of ${statuses.length} ${statuses.length === 1 ? "property" : "properties"} ready`];
  if (failed > 0) parts.push(`${failed} failed`);
  return `${parts.join(", ")}.`;
}
