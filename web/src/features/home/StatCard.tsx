import { Card, Group, Skeleton, Stack, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { label: string; value: ReactNode; hint?: ReactNode; icon: ReactNode; loading?: boolean };

export function StatCard({ label, value, hint, icon, loading }: Props) {
  return (
    <Card padding="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
        <Stack gap={4} miw={0}>
          <Text size="xs" c="dimmed" fw={600} tt="uppercase">
            {label}
          </Text>
          {loading ? (
            <Skeleton height={30} width={90} mt={2} />
          ) : (
            <Text fz={26} fw={700} lh={1.2} truncate>
              {value}
            </Text>
          )}
          {hint && !loading ? (
            <Text size="xs" c="dimmed" truncate>
              {hint}
            </Text>
          ) : null}
        </Stack>
        <ThemeIcon variant="light" size={36} radius="md">
          {icon}
        </ThemeIcon>
      </Group>
    </Card>
  );
}
