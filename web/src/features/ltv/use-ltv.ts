import { notifications } from "@mantine/notifications";
import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { request } from "../../lib/graphql";
import {
  audienceLtvComparisonQuery,
  ltvAudienceOptionsQuery,
  ltvKeys,
  ltvModelInUseQuery,
  ltvModelStatusQuery,
  ltvOverviewQuery,
  refitLtvMutation,
  revenueSettingsQuery,
} from "./queries";

/** How often the page asks for the fit's progress while it runs. */
export const POLL_MS = 1000;

/**
 * The newest fit (running, succeeded or failed), polled every second while it runs. When a fit this page watched
 * finishes, the overview and the model card are fetched again; a notification says how it went.
 */
export function useLtvStatus() {
  const queryClient = useQueryClient();
  const query = useQuery({
    queryKey: ltvKeys.status,
    queryFn: ({ signal }) => request(ltvModelStatusQuery, {}, { signal }),
    refetchInterval: (q) => (q.state.data?.ltvModel?.status === "running" ? POLL_MS : false),
    staleTime: 0,
  });
  const id = query.data?.ltvModel?.id;
  const status = query.data?.ltvModel?.status;
  const error = query.data?.ltvModel?.error;
  const watched = useRef<{ id: string; status: string } | null>(null);

  useEffect(() => {
    const before = watched.current;
    watched.current = id && status ? { id, status } : null;
    if (!before || before.status !== "running" || before.id !== id || status === "running") return;
    void queryClient.invalidateQueries({ queryKey: ltvKeys.overview });
    void queryClient.invalidateQueries({ queryKey: ltvKeys.inUse });
    void queryClient.invalidateQueries({ queryKey: ltvKeys.comparison([]) });
    if (status === "succeeded") {
      notifications.show({ color: "teal", title: "LTV model refitted", message: "The figures below are up to date." });
    } else if (status === "failed") {
      notifications.show({
        color: "red",
        title: "The LTV refit failed",
        message: error ?? "See the details on the page.",
      });
    }
  }, [id, status, error, queryClient]);

  return query;
}

/** Starts a refit; the returned running model goes straight into the status query, which starts polling. */
export function useRefitLtv() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => request(refitLtvMutation),
    onSuccess: (data) => {
      queryClient.setQueryData(ltvKeys.status, { ltvModel: data.refitLtv });
    },
    onError: () => {
      // Another tab or the schedule may have started one: show what is really going on.
      void queryClient.invalidateQueries({ queryKey: ltvKeys.status });
    },
  });
}

export function useLtvModelInUse() {
  return useQuery({ queryKey: ltvKeys.inUse, queryFn: ({ signal }) => request(ltvModelInUseQuery, {}, { signal }) });
}

export function useLtvOverview() {
  return useQuery({ queryKey: ltvKeys.overview, queryFn: ({ signal }) => request(ltvOverviewQuery, {}, { signal }) });
}

export function useRevenueSettings() {
  return useQuery({
    queryKey: ltvKeys.revenueSettings,
    queryFn: ({ signal }) => request(revenueSettingsQuery, {}, { signal }),
  });
}

export function useLtvAudienceOptions() {
  return useQuery({
    queryKey: ltvKeys.audienceOptions,
    queryFn: ({ signal }) => request(ltvAudienceOptionsQuery, {}, { signal }),
  });
}

/** The comparison of the picked audiences; the previous answer stays on screen while a new pick loads. */
export function useAudienceLtvComparison(audienceIds: readonly string[], enabled: boolean) {
  return useQuery({
    queryKey: ltvKeys.comparison(audienceIds),
    queryFn: ({ signal }) => request(audienceLtvComparisonQuery, { audienceIds: [...audienceIds] }, { signal }),
    enabled,
    placeholderData: keepPreviousData,
  });
}
