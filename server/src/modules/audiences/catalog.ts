import type { AudienceCatalog, CatalogAudience, CatalogEvent, CatalogField, RuleGroup } from "@mosaic/shared";

/**
 * The catalog as the compiler needs it: the shared one plus each saved audience's rules (null when invalid) and
 * the trait keys whose index is built and valid (trait_indexes), which the compiler writes as the index expression,
 * and the event properties whose per-day rollup is ready (profile_event_day_values).
 */
export type Catalog = Omit<AudienceCatalog, "audiences"> & {
  audiences: Array<CatalogAudience & { rules: RuleGroup | null }>;
  indexedTraits: string[];
  indexedProperties: Array<{ event: string; key: string }>;
};

/** Lookups by name over a catalog, built once per compilation. */
export class CatalogIndex {
  private readonly traits: Map<string, CatalogField>;
  private readonly events: Map<string, CatalogEvent>;
  private readonly properties = new Map<string, Map<string, CatalogField>>();
  private readonly identifiers: Set<string>;
  private readonly audiences: Map<string, Catalog["audiences"][number]>;
  private readonly indexed: Set<string>;
  private readonly rolledUp: Set<string>;

  constructor(readonly catalog: Catalog) {
    this.traits = new Map(catalog.traits.map((t) => [t.key, t]));
    this.events = new Map(catalog.events.map((e) => [e.name, e]));
    this.identifiers = new Set(catalog.identifiers.map((i) => i.type));
    this.audiences = new Map(catalog.audiences.map((a) => [a.id, a]));
    this.indexed = new Set(catalog.indexedTraits);
    this.rolledUp = new Set(catalog.indexedProperties.map((p) => JSON.stringify([p.event, p.key])));
  }

  isIndexed(traitKey: string): boolean {
    return this.indexed.has(traitKey);
  }

  /** Whether the property's per-day values are ready to be read instead of the events. */
  rolledUpProperty(event: string, key: string): boolean {
    return this.rolledUp.has(JSON.stringify([event, key]));
  }

  trait(key: string): CatalogField | undefined {
    return this.traits.get(key);
  }

  event(name: string): CatalogEvent | undefined {
    return this.events.get(name);
  }

  property(event: string, key: string): CatalogField | undefined {
    let byKey = this.properties.get(event);
    if (!byKey) {
      byKey = new Map((this.events.get(event)?.properties ?? []).map((p) => [p.key, p]));
      this.properties.set(event, byKey);
    }
    return byKey.get(key);
  }

  hasIdentifier(type: string): boolean {
    return this.identifiers.has(type);
  }

  audience(id: string): Catalog["audiences"][number] | undefined {
    return this.audiences.get(id);
  }
}
