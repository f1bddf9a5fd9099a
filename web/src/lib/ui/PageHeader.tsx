import { Group, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";

type Props = {
  title: ReactNode;
  /** The browser tab's title, when it should differ from the heading. */
  documentTitle?: string;
  description?: ReactNode;
  actions?: ReactNode;
};

export function PageHeader({ title, documentTitle, description, actions }: Props) {
  const tab = documentTitle ?? (typeof title === "string" ? title : null);
  return (
    <Group justify="space-between" align="flex-end" wrap="wrap" gap="md" mb="lg">
      {tab ? <title>{`${tab} · Mosaic`}</title> : null}
      <Stack gap={4}>
        <Title order={2}>{title}</Title>
        {description ? (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        ) : null}
      </Stack>
      {actions ? <Group gap="sm">{actions}</Group> : null}
    </Group>
  );
}
