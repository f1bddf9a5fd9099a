import { Badge, Group, Stack, Table, Text } from "@mantine/core";
import type { CrmProfileComparisonQuery } from "../../gql/graphql";
import { formatDay, formatNumber } from "../../lib/format";

type Record_ = CrmProfileComparisonQuery["crmProfileComparison"][number];

/** The contact's company and deals as the CRM holds them; nothing when neither export was imported. */
export function CrmAccountSummary({ company, deals }: Pick<Record_, "company" | "deals">) {
  if (!company && deals.length === 0) return null;
  return (
    <Stack gap={6} data-testid="crm-account">
      {company ? (
        <Group gap="xs">
          <Text size="sm" fw={600}>
            {company.name ?? `Company #${company.recordId}`}
          </Text>
          <Text size="sm" c="dimmed">
            {[company.industry, company.domain, company.employees ? `${company.employees} employees` : null]
              .filter(Boolean)
              .join(" · ")}
          </Text>
        </Group>
      ) : null}
      {deals.length ? (
        <Table verticalSpacing={4} data-testid="crm-deals">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Deal</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th ta="right">Amount</Table.Th>
              <Table.Th>Close date</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {deals.map((d) => (
              <Table.Tr key={d.recordId}>
                <Table.Td>
                  <Text size="sm">{d.name ?? `#${d.recordId}`}</Text>
                  {d.pipeline ? (
                    <Text size="xs" c="dimmed">
                      {d.pipeline}
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm">{d.stage ?? "—"}</Text>
                    <Badge size="xs" variant="light" color={d.open ? "blue" : "gray"}>
                      {d.open ? "Open" : "Closed"}
                    </Badge>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">
                  {d.amount === null || d.amount === undefined ? "—" : formatNumber(d.amount)}
                </Table.Td>
                <Table.Td>{d.closeDate ? formatDay(d.closeDate, "long") : "—"}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}
