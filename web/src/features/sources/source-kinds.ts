import type { SourceKind } from "../../gql/graphql";

export const SOURCE_KINDS: ReadonlyArray<{ value: SourceKind; label: string; hint: string }> = [
  { value: "website", label: "Website", hint: "JavaScript on your site" },
  { value: "app", label: "Mobile app", hint: "iOS or Android" },
  { value: "backend", label: "Backend", hint: "Server-side events" },
  { value: "pos", label: "Point of sale", hint: "In-store purchases" },
  { value: "crm", label: "CRM", hint: "Customer records" },
  { value: "import", label: "Import", hint: "Files and batch loads" },
  { value: "other", label: "Other", hint: "Anything else" },
];

export function isSourceKind(value: string | null): value is SourceKind {
  return SOURCE_KINDS.some((kind) => kind.value === value);
}

export function sourceKindLabel(kind: SourceKind): string {
  return SOURCE_KINDS.find((entry) => entry.value === kind)?.label ?? kind;
}
