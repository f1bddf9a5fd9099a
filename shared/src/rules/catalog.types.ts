import type { ValueType } from "./conditions.schema.js";

/**
 * What a workspace's data contains, as the builder's pickers and the server's compiler see it: trait keys,
 * event names with their property keys, identifier types, saved audiences. Built on the server from the data.
 */
export type CatalogField = {
  key: string;
  /** The most frequent JSON type among sampled values; strings that are mostly ISO dates are "date". */
  type: ValueType;
  /** How many sampled profiles (or events) had a value. */
  seen: number;
  /** The most frequent values of a low-cardinality string, most frequent first; empty otherwise. */
  suggestions: string[];
};

export type CatalogEvent = { name: string; count: number; properties: CatalogField[] };

export type CatalogIdentifier = { type: string; count: number };

export type CatalogAudience = { id: string; name: string };

export type AudienceCatalog = {
  traits: CatalogField[];
  events: CatalogEvent[];
  identifiers: CatalogIdentifier[];
  audiences: CatalogAudience[];
  refreshedAt: string | null;
};
