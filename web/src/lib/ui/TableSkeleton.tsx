import { Skeleton, Stack } from "@mantine/core";

export function TableSkeleton({ rows = 8 }: { rows?: number }) {
  return (
    <Stack gap="xs" p="md" aria-busy="true" aria-label="Loading">
      <Skeleton height={20} width="40%" />
      {Array.from({ length: rows }, (_, index) => (
        <Skeleton key={index} height={32} />
      ))}
    </Stack>
  );
}
