import { Card, Table, Text, Title } from "@mantine/core";
import type { ProfileQuery } from "../../gql/graphql";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { identityTypeLabel } from "./identity-summary";

type Identity = ProfileQuery["profile"]["identities"][number];

export function IdentitiesCard({ identities }: { identities: Identity[] }) {
  return (
    <Card padding="lg">
      <Title order={3} size="h5" mb="sm">
        Identities
      </Title>
      {identities.length === 0 ? (
        <Text size="sm" c="dimmed">
          No identifiers recorded.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing={6} horizontalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Type</Table.Th>
                <Table.Th>Value</Table.Th>
                <Table.Th>First seen</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {identities.map((identity) => (
                <Table.Tr key={`${identity.type}:${identity.value}`}>
                  <Table.Td>
                    <Text size="sm" c="dimmed" style={{ whiteSpace: "nowrap" }}>
                      {identityTypeLabel(identity.type)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" ff="monospace" style={{ wordBreak: "break-all" }}>
                      {identity.value}
                    </Text>
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <RelativeTime value={identity.firstSeenAt} size="sm" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Card>
  );
}
