import "@mantine/core/styles.css";
import "@mantine/notifications/styles.css";
import { MantineProvider } from "@mantine/core";
import { Notifications } from "@mantine/notifications";
import { QueryClientProvider } from "@tanstack/react-query";
import { useEffect, useState, type ReactNode } from "react";
import { signInPath } from "../features/auth/safe-next";
import { setUnauthenticatedHandler } from "../lib/graphql";
import { createQueryClient } from "../lib/query-client";
import { router } from "./router";
import { theme } from "./theme";

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);

  useEffect(() => {
    // A session that expires mid-visit sends the user to sign in, then back to the same page.
    setUnauthenticatedHandler(() => {
      const { pathname, search } = router.state.location;
      if (pathname === "/sign-in") return;
      void router.navigate(signInPath(pathname + search), { replace: true });
    });
    return () => setUnauthenticatedHandler(null);
  }, []);

  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
