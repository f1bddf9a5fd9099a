import { Badge, Group } from "@mantine/core";
import { identityTypeLabel } from "../profiles/identity-summary";

type Props = { identifiers: ReadonlyArray<{ type: string; value: string }> };

/** Identifiers as compact "Type: value" badges. */
export function IdentifierBadges({ identifiers }: Props) {
  return (
    <Group gap={4}>
      {identifiers.map((identifier) => (
        <Badge
          key={`${identifier.type}:${identifier.value}`}
          variant="light"
          color="gray"
          radius="sm"
          tt="none"
          fw={500}
          style={{ maxWidth: 320 }}
        >
          {identityTypeLabel(identifier.type)}: {identifier.value}
        </Badge>
      ))}
    </Group>
  );
}
