import {
  ANY_PAGE_EVENT,
  ANY_SCREEN_EVENT,
  VALUE_TYPES,
  type AudienceCatalog,
  type CatalogField,
  type ValueType,
} from "@mosaic/shared";

/** The catalog as the API sends it: types are plain strings there. */
export type CatalogResponse = {
  traits: ReadonlyArray<{ key: string; type: string; seen: number; suggestions: readonly string[] }>;
  events: ReadonlyArray<{
    name: string;
    count: number;
    properties: ReadonlyArray<{ key: string; type: string; seen: number; suggestions: readonly string[] }>;
  }>;
  identifiers: ReadonlyArray<{ type: string; count: number }>;
  audiences: ReadonlyArray<{ id: string; name: string }>;
  refreshedAt?: string | null;
};

export function valueTypeOf(type: string): ValueType {
  return VALUE_TYPES.find((known) => known === type) ?? "string";
}

const field = (f: CatalogResponse["traits"][number]): CatalogField => ({
  key: f.key,
  type: valueTypeOf(f.type),
  seen: f.seen,
  suggestions: [...f.suggestions],
});

/**
 * The shared catalog shape the field builder takes. Events come most frequent first, so a new event rule
 * starts on the likeliest one; the audience being edited is left out (it cannot contain itself).
 */
export function toCatalog(response: CatalogResponse, editingId?: string): AudienceCatalog {
  return {
    traits: response.traits.map(field),
    events: [...response.events]
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
      .map((e) => ({ name: e.name, count: e.count, properties: e.properties.map(field) })),
    identifiers: response.identifiers.map((i) => ({ ...i })),
    audiences: response.audiences.filter((a) => a.id !== editingId).map((a) => ({ ...a })),
    refreshedAt: response.refreshedAt ?? null,
  };
}

/** The property keys an event's filters can use; the pseudo events take the page / screen properties. */
export function eventProperties(catalog: AudienceCatalog, event: string): CatalogField[] {
  return catalog.events.find((e) => e.name === event)?.properties ?? [];
}

export function eventOptions(catalog: AudienceCatalog): Array<{ value: string; label: string }> {
  return catalog.events.map((e) => ({
    value: e.name,
    label: e.name === ANY_PAGE_EVENT ? "Any page view" : e.name === ANY_SCREEN_EVENT ? "Any screen view" : e.name,
  }));
}
