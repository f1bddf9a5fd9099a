import { Stack, Text, ThemeIcon } from "@mantine/core";
import type { ReactNode } from "react";

type Props = { icon: ReactNode; title: string; children?: ReactNode; action?: ReactNode };

export function EmptyState({ icon, title, children, action }: Props) {
  return (
    <Stack align="center" gap="xs" py="xl" px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray">
        {icon}
      </ThemeIcon>
      <Text fw={600}>{title}</Text>
      {children ? (
        <Text c="dimmed" size="sm" maw={460}>
          {children}
        </Text>
      ) : null}
      {action}
    </Stack>
  );
}
