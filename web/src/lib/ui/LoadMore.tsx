import { Button, Group, Text } from "@mantine/core";
import { formatNumber } from "../format";
import { describeError } from "../graphql";

type Props = {
  shown: number;
  total?: number;
  noun: string;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  onLoadMore: () => void;
  /** The error of the last "next page" fetch, if it failed. */
  error?: unknown;
};

/** The footer of a cursor-paginated list: how many are shown and a button for the next page. */
export function LoadMore({ shown, total, noun, hasNextPage, isFetchingNextPage, onLoadMore, error }: Props) {
  return (
    <Group justify="space-between" py="sm" px="md" style={{ borderTop: "1px solid var(--mantine-color-gray-2)" }}>
      <Text size="sm" c="dimmed">
        Showing {formatNumber(shown)}
        {total !== undefined ? ` of ${formatNumber(total)}` : ""} {noun}
      </Text>
      <Group gap="sm">
        {error ? (
          <Text size="sm" c="red" role="alert">
            {describeError(error)}
          </Text>
        ) : null}
        {hasNextPage ? (
          <Button variant="default" size="xs" onClick={onLoadMore} loading={isFetchingNextPage}>
            {error ? "Try again" : "Load more"}
          </Button>
        ) : null}
      </Group>
    </Group>
  );
}
