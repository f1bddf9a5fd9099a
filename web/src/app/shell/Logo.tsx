import { Group, Text } from "@mantine/core";

/** The four-tile mark (also the favicon) and the name. */
export function Logo({ size = 28 }: { size?: number }) {
  return (
    <Group gap={8} wrap="nowrap">
      <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="7" fill="#0b7285" />
        <rect x="6" y="6" width="9" height="9" rx="2" fill="#e3fafc" />
        <rect x="17" y="6" width="9" height="9" rx="2" fill="#66d9e8" />
        <rect x="6" y="17" width="9" height="9" rx="2" fill="#66d9e8" />
        <rect x="17" y="17" width="9" height="9" rx="2" fill="#ffd43b" />
      </svg>
      <Text fw={700} fz={size * 0.68} lh={1} c="dark.7">
        Mosaic
      </Text>
    </Group>
  );
}
