import { Anchor, Card, Group, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import { IconInfoCircle } from "@tabler/icons-react";
import { Link } from "react-router";
import type { LtvOverviewQuery } from "../../gql/graphql";
import { formatMoney, formatNumber, formatPercent } from "../../lib/format";
import { pAliveView } from "./model-status";

type Customer = LtvOverviewQuery["ltvOverview"]["topCustomers"][number];

export const P_ALIVE_ONE_NOTE =
  "BG/NBD only lets a customer drop out right after a repeat purchase, so anyone who has not bought twice gets P(alive) = 1. That is how the model works, not a sign the customer is active.";

const RISK_COLORS = { low: "teal.8", medium: "orange.8", high: "red.8" } as const;

function PAliveCell({ pAlive }: { pAlive: number | null | undefined }) {
  const view = pAliveView(pAlive);
  if (view.kind === "unknown")
    return (
      <Text span c="dimmed">
        —
      </Text>
    );
  if (view.kind === "no-repeat")
    return (
      <Tooltip label={P_ALIVE_ONE_NOTE} multiline w={300} withArrow>
        <Text span size="sm" c="dimmed" style={{ cursor: "help" }}>
          100%*
        </Text>
      </Tooltip>
    );
  return (
    <Text span size="sm" fw={600} c={RISK_COLORS[view.risk]}>
      {formatPercent(view.value)}
    </Text>
  );
}

/** The biggest spenders so far, with what the model predicts for them. */
export function TopCustomersCard({ customers, currency }: { customers: readonly Customer[]; currency: string }) {
  const anyNoRepeat = customers.some((c) => pAliveView(c.pAlive).kind === "no-repeat");
  return (
    <Card padding="lg">
      <Stack gap={2} mb="md">
        <Title order={3} size="h4">
          Top customers
        </Title>
        <Text size="sm" c="dimmed">
          The {customers.length} biggest spenders so far
        </Text>
      </Stack>
      <Table.ScrollContainer minWidth={640}>
        <Table highlightOnHover verticalSpacing="xs" horizontalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={40}>#</Table.Th>
              <Table.Th>Customer</Table.Th>
              <Table.Th ta="right">Revenue</Table.Th>
              <Table.Th ta="right">Orders</Table.Th>
              <Table.Th ta="right">Predicted 12 months</Table.Th>
              <Table.Th ta="right">
                <Group gap={4} justify="flex-end" wrap="nowrap">
                  P(alive)
                  <Tooltip
                    label="The model's probability that the customer still buys, i.e. has not silently churned."
                    multiline
                    w={260}
                    withArrow
                  >
                    <IconInfoCircle size={14} aria-label="About P(alive)" style={{ cursor: "help" }} />
                  </Tooltip>
                </Group>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {customers.map((c, index) => (
              <Table.Tr key={c.profileId}>
                <Table.Td c="dimmed">{index + 1}</Table.Td>
                <Table.Td maw={280}>
                  <Anchor
                    component={Link}
                    to={`/profiles/${c.profileId}`}
                    size="sm"
                    fw={500}
                    truncate="end"
                    display="block"
                  >
                    {c.displayName}
                  </Anchor>
                </Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                  {formatMoney(c.revenue, currency)}
                </Table.Td>
                <Table.Td ta="right">{formatNumber(c.orders)}</Table.Td>
                <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
                  {c.predictedValue12m === null || c.predictedValue12m === undefined ? (
                    <Text span c="dimmed">
                      —
                    </Text>
                  ) : (
                    formatMoney(c.predictedValue12m, currency)
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <PAliveCell pAlive={c.pAlive} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed" mt="sm">
        {anyNoRepeat ? "* " : ""}P(alive) is 1 for customers who never bought twice (on two different days): BG/NBD only
        lets customers drop out after a repeat purchase. Below 50% (red) a repeat customer counts as at risk.
      </Text>
    </Card>
  );
}
