import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useMemo } from "react";
import type { RuleGroupType } from "react-querybuilder";
import { request } from "../../../lib/graphql";
import { previewStatus, sizesByIndex } from "./preview-status";
import { audienceImpactQuery, audienceSampleQuery, audienceSizeQuery } from "./queries";
import { checkRules, toRulesInput } from "./rules-input";

export const PREVIEW_DEBOUNCE_MS = 300;

/**
 * The live size, per-group sizes, sample and edit impact (for a saved audience) of the tree being edited. Requests wait until the
 * tree has been still for 300 ms and are keyed by the tree: a newer tree makes the older request's query
 * unobserved, and TanStack Query aborts it through the signal handed to fetch.
 */
export function useLivePreview(query: RuleGroupType, segmentId: string | undefined) {
  const rules = useMemo(() => toRulesInput(query), [query]);
  const key = useMemo(() => JSON.stringify(rules), [rules]);
  const [sentRules] = useDebouncedValue(rules, PREVIEW_DEBOUNCE_MS);
  const sent = useMemo(() => ({ key: JSON.stringify(sentRules), rules: sentRules }), [sentRules]);
  const localIssue = useMemo(() => checkRules(rules), [rules]);
  const sendable = localIssue === null && sent.key === key;

  const size = useQuery({
    queryKey: ["audience-preview", "size", sent.key],
    queryFn: ({ signal }) => request(audienceSizeQuery, { rules: sent.rules }, { signal }),
    enabled: sendable,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const sample = useQuery({
    queryKey: ["audience-preview", "sample", sent.key],
    queryFn: ({ signal }) => request(audienceSampleQuery, { rules: sent.rules, limit: 10 }, { signal }),
    enabled: sendable,
    placeholderData: keepPreviousData,
    retry: false,
  });
  const impact = useQuery({
    queryKey: ["audience-preview", "impact", segmentId, sent.key],
    queryFn: ({ signal }) => request(audienceImpactQuery, { id: segmentId ?? "", rules: sent.rules }, { signal }),
    enabled: sendable && segmentId !== undefined,
    placeholderData: keepPreviousData,
    retry: false,
  });

  const status = previewStatus({
    localIssue,
    error: size.error,
    debouncing: sent.key !== key,
    fetching: size.isFetching,
  });
  return {
    rules,
    status,
    size: size.data?.audienceSize,
    groupSizes: sizesByIndex(size.data?.audienceGroupSizes),
    sample,
    impact,
  };
}
