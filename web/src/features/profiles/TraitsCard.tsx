import { Card, Table, Text, Title } from "@mantine/core";
import type { JsonObject } from "../../lib/json";
import { TraitValue } from "./TraitValue";

export function TraitsCard({ traits }: { traits: JsonObject }) {
  const entries = Object.entries(traits).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Card padding="lg">
      <Title order={3} size="h5" mb="sm">
        Traits
      </Title>
      {entries.length === 0 ? (
        <Text size="sm" c="dimmed">
          No traits yet. Traits arrive with identify calls (name, email, plan…).
        </Text>
      ) : (
        <Table layout="fixed" verticalSpacing={6} horizontalSpacing="xs">
          <Table.Tbody>
            {entries.map(([key, value]) => (
              <Table.Tr key={key}>
                <Table.Td w="38%" valign="top">
                  <Text size="sm" fw={500} c="dimmed" style={{ wordBreak: "break-word" }}>
                    {key}
                  </Text>
                </Table.Td>
                <Table.Td valign="top">
                  <TraitValue value={value} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
