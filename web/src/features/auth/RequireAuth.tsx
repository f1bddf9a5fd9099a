import { Center, Loader, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Navigate, useLocation } from "react-router";
import { hasErrorCode, request } from "../../lib/graphql";
import { QueryError } from "../../lib/ui/QueryError";
import { meQuery } from "./queries";
import { signInPath } from "./safe-next";
import { ViewerContext } from "./viewer-context";

export const ME_KEY = ["me"] as const;

/** Renders its children only for a signed-in user; anyone else goes to the sign-in page and back. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const me = useQuery({
    queryKey: ME_KEY,
    queryFn: ({ signal }) => request(meQuery, {}, { signal, redirectOnUnauthenticated: false }),
    staleTime: 5 * 60_000,
  });

  if (me.isPending) {
    return (
      <Center h="100vh">
        <Stack align="center" gap="xs">
          <Loader />
          <Text c="dimmed" size="sm">
            Loading Mosaic…
          </Text>
        </Stack>
      </Center>
    );
  }
  if (me.isError) {
    if (hasErrorCode(me.error, "UNAUTHENTICATED")) {
      return <Navigate to={signInPath(location.pathname + location.search)} replace />;
    }
    return (
      <Center h="100vh" p="md">
        <QueryError title="Mosaic is unavailable" error={me.error} onRetry={() => void me.refetch()} />
      </Center>
    );
  }
  return <ViewerContext.Provider value={me.data.me}>{children}</ViewerContext.Provider>;
}
