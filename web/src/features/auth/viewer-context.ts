import { createContext, useContext } from "react";
import type { MeQuery } from "../../gql/graphql";

export type Viewer = MeQuery["me"];

export const ViewerContext = createContext<Viewer | null>(null);

/** The signed-in user; only usable below RequireAuth, which loads it. */
export function useViewer(): Viewer {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer() must be used inside <RequireAuth>");
  return viewer;
}
