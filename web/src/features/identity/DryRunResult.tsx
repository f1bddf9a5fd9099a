import { Alert, Card, Group, SimpleGrid, Stack, Table, Text, Title } from "@mantine/core";
import { IconAlertTriangle } from "@tabler/icons-react";
import { formatNumber } from "../../lib/format";
import { beforeAfter, dryRunHeadline, type DryRunReport } from "./dry-run-summary";
import { IdentifierBadges } from "./IdentifierBadges";

type Props = { report: DryRunReport; stale: boolean };

function ChangeTable({ title, rows, verb }: { title: string; rows: DryRunReport["merges"]; verb: string }) {
  if (rows.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600}>
        {title} ({formatNumber(rows.length)})
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} horizontalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Identifiers</Table.Th>
              <Table.Th w={160}>Profiles</Table.Th>
              <Table.Th w={100} ta="right">
                Messages
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row, index) => (
              <Table.Tr key={index}>
                <Table.Td>
                  <IdentifierBadges identifiers={row.identifiers} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{verb.replace("{n}", formatNumber(row.profiles))}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" ff="monospace">
                    {formatNumber(row.messages)}
                  </Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

export function DryRunResult({ report, stale }: Props) {
  return (
    <Card padding="lg" data-testid="dry-run-result">
      <Title order={3} size="h5">
        Preview of these rules
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        Replayed the {formatNumber(report.messages)} most recent messages under the saved and the proposed rules.
      </Text>
      {stale ? (
        <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} mb="md">
          The rules changed since this preview. Preview again to see what they would do.
        </Alert>
      ) : null}
      <Text fw={600} mb="md">
        {dryRunHeadline(report)}
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Profiles
          </Text>
          <Text size="sm" ff="monospace">
            {beforeAfter(report.current.profiles, report.proposed.profiles)}
          </Text>
        </Group>
        <Group gap="xs">
          <Text size="sm" c="dimmed">
            Merges
          </Text>
          <Text size="sm" ff="monospace">
            {beforeAfter(report.current.merges, report.proposed.merges)}
          </Text>
        </Group>
      </SimpleGrid>
      <Stack gap="md">
        <ChangeTable title="Would merge" rows={report.merges} verb="{n} profiles become one" />
        <ChangeTable title="Would split" rows={report.splits} verb="one profile becomes {n}" />
      </Stack>
    </Card>
  );
}
