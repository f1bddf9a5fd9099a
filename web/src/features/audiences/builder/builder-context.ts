import type { AudienceCatalog, BuilderField } from "@mosaic/shared";
import { createContext, useContext } from "react";
import type { RuleIssue } from "./rules-input";

/** What the builder's custom controls need beyond react-querybuilder's props. */
export type BuilderState = {
  catalog: AudienceCatalog;
  fields: ReadonlyMap<string, BuilderField>;
  /** Size of each top-level rule or group by index; stale while a newer tree is being counted. */
  groupSizes: ReadonlyMap<number, number>;
  sizesStale: boolean;
  recounting: boolean;
  issue: RuleIssue | null;
};

export const BuilderStateContext = createContext<BuilderState | null>(null);

export function useBuilderState(): BuilderState {
  const state = useContext(BuilderStateContext);
  if (!state) throw new Error("useBuilderState outside the audience builder");
  return state;
}
