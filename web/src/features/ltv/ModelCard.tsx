import { Badge, Card, Code, Grid, Group, List, SimpleGrid, Stack, Table, Text, Title, Tooltip } from "@mantine/core";
import type { ReactNode } from "react";
import type { LtvModelInUseQuery } from "../../gql/graphql";
import { formatDate, formatDateTime, formatNumber, formatPercent } from "../../lib/format";
import { RelativeTime } from "../../lib/ui/RelativeTime";
import { CalibrationChart } from "./CalibrationChart";
import { holdoutError, holdoutMarker } from "./holdout";
import { isFitStatus, STATUS_COLORS, STATUS_LABELS, triggerLabel } from "./model-status";

export type ModelInUse = NonNullable<LtvModelInUseQuery["ltvModelInUse"]>;

function formatParameter(value: number): string {
  return new Intl.NumberFormat(undefined, { maximumSignificantDigits: 4 }).format(value);
}

function formatLogLikelihood(value: number): string {
  return new Intl.NumberFormat(undefined, { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Table.Tr>
      <Table.Th fw={500} c="dimmed" w="45%" style={{ verticalAlign: "top" }}>
        {label}
      </Table.Th>
      <Table.Td>{children}</Table.Td>
    </Table.Tr>
  );
}

function ConvergedBadge({ converged }: { converged: boolean }) {
  return converged ? (
    <Badge size="xs" variant="light" color="teal">
      converged
    </Badge>
  ) : (
    <Tooltip label="The optimiser stopped early: treat these parameters as rough." withArrow>
      <Badge size="xs" variant="light" color="orange">
        not converged
      </Badge>
    </Tooltip>
  );
}

function ParameterTable({
  title,
  badge,
  rows,
}: {
  title: string;
  badge: ReactNode;
  rows: Array<[ReactNode, string, string]>;
}) {
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        <Text size="sm" fw={600} style={{ whiteSpace: "nowrap" }}>
          {title}
        </Text>
        {badge}
      </Group>
      <Table withRowBorders={false} verticalSpacing={2} horizontalSpacing="xs" fz="sm">
        <Table.Tbody>
          {rows.map(([name, value, hint], index) => (
            <Table.Tr key={index}>
              <Table.Td style={{ whiteSpace: "nowrap" }}>
                <Tooltip label={hint} withArrow multiline w={260} openDelay={200}>
                  <Text
                    span
                    size="sm"
                    style={{ cursor: "help", borderBottom: "1px dotted var(--mantine-color-gray-5)" }}
                  >
                    {name}
                  </Text>
                </Tooltip>
              </Table.Td>
              <Table.Td ta="right" style={{ fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" }}>
                {value}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** What the predictions come from: the fit's data, parameters, assumptions and how it did on a holdout. */
export function ModelCard({ model }: { model: ModelInUse }) {
  const status = isFitStatus(model.status) ? model.status : null;
  const firstCohort = model.cohorts.reduce<string | null>(
    (first, c) => (first === null || c.cohort < first ? c.cohort : first),
    null,
  );
  const marker = holdoutMarker(model.calibration, model.holdoutStart, model.calibrationEnd, firstCohort);
  const error = holdoutError(model.holdoutExpected, model.holdoutActual);
  const holdoutWeeks = marker ? Math.round(marker.weeks) : null;
  const { bgnbd, gammaGamma } = model;

  return (
    <Card padding="lg">
      <Group justify="space-between" align="flex-start" mb="md" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Group gap="xs">
            <Title order={3} size="h4">
              Model card
            </Title>
            <Badge variant="light" color={status ? STATUS_COLORS[status] : "gray"}>
              {status ? STATUS_LABELS[status] : model.status}
            </Badge>
          </Group>
          <Text size="sm" c="dimmed">
            BG/NBD (how often customers buy, and whether they are still buying) + Gamma-Gamma (how much they spend per
            order)
          </Text>
        </Stack>
        <Text size="sm" c="dimmed" ta={{ base: "left", sm: "right" }}>
          Fitted <RelativeTime value={model.finishedAt} size="sm" fallback="—" />
          <br />
          {triggerLabel(model.trigger)}
        </Text>
      </Group>

      <Grid gutter="xl">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="lg">
            <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing="xs" fz="sm">
              <Table.Tbody>
                <Fact label="Fit finished">{formatDateTime(model.finishedAt)}</Fact>
                <Fact label="Customers">
                  {model.customers === null || model.customers === undefined ? "—" : formatNumber(model.customers)}
                </Fact>
                <Fact label="Transactions">
                  {model.transactions === null || model.transactions === undefined
                    ? "—"
                    : formatNumber(model.transactions)}
                  <Text span size="xs" c="dimmed">
                    {" "}
                    purchase-days (same-day orders merged)
                  </Text>
                </Fact>
                <Fact label="Revenue">
                  <Code>{model.revenueProperty}</Code> of <Code>{model.revenueEvent}</Code>, {model.currency}
                </Fact>
                <Fact label="Data up to">
                  {model.calibrationEnd ? formatDate(`${model.calibrationEnd}T00:00:00Z`, undefined, "UTC") : "—"}
                </Fact>
              </Table.Tbody>
            </Table>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="lg">
              {bgnbd ? (
                <ParameterTable
                  title="BG/NBD"
                  badge={<ConvergedBadge converged={bgnbd.converged} />}
                  rows={[
                    ["r", formatParameter(bgnbd.r), "Shape of the purchase-rate distribution across customers."],
                    [
                      "α (alpha)",
                      formatParameter(bgnbd.alpha),
                      "Scale of the purchase rate: r / α is the mean purchases per week.",
                    ],
                    [
                      "a",
                      formatParameter(bgnbd.a),
                      "With b: the chance of dropping out after each purchase, mean a / (a + b).",
                    ],
                    ["b", formatParameter(bgnbd.b), "With a: the chance of dropping out after each purchase."],
                    [
                      "Log-likelihood",
                      formatLogLikelihood(bgnbd.logLikelihood),
                      "How well the parameters fit the data (higher is better).",
                    ],
                  ]}
                />
              ) : null}
              {gammaGamma ? (
                <ParameterTable
                  title="Gamma-Gamma"
                  badge={<ConvergedBadge converged={gammaGamma.converged} />}
                  rows={[
                    ["p", formatParameter(gammaGamma.p), "Shape of spend per order around a customer's own mean."],
                    ["q", formatParameter(gammaGamma.q), "Shape of customers' mean spend across the base."],
                    [
                      "γ (gamma)",
                      formatParameter(gammaGamma.gamma),
                      "Scale of customers' mean spend: p·γ / (q − 1) is the average.",
                    ],
                    [
                      "Log-likelihood",
                      formatLogLikelihood(gammaGamma.logLikelihood),
                      "Fitted on repeat customers only.",
                    ],
                  ]}
                />
              ) : null}
            </SimpleGrid>
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                Assumptions
              </Text>
              <List size="sm" spacing={2}>
                <List.Item>
                  A month is {formatNumber(model.weeksPerMonth)} weeks; the models count time in weeks.
                </List.Item>
                <List.Item>
                  The 12-month value is discounted at {formatPercent(model.monthlyDiscountRate)} a month: each month’s
                  expected spend counts for 1 / (1 + {formatPercent(model.monthlyDiscountRate)})<sup>month</sup>.
                </List.Item>
                <List.Item>It adds up expected orders × expected spend per order over the next 12 months.</List.Item>
              </List>
            </Stack>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              Holdout check
            </Text>
            {model.calibration.length === 0 ? (
              <Text size="sm" c="dimmed">
                The data covers too short a period to hold part of it out (six weeks at least are needed), so the model
                was not checked against later purchases.
              </Text>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  The same model fitted only on data before{" "}
                  {model.holdoutStart ? formatDate(`${model.holdoutStart}T00:00:00Z`, undefined, "UTC") : "the holdout"}
                  , then compared with what those customers really did afterwards.
                </Text>
                <CalibrationChart weeks={model.calibration} marker={marker} />
                {model.holdoutExpected !== null &&
                model.holdoutExpected !== undefined &&
                model.holdoutActual !== null &&
                model.holdoutActual !== undefined ? (
                  <SimpleGrid cols={3} spacing="sm">
                    <Stack gap={0}>
                      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                        Expected in holdout
                      </Text>
                      <Text fz="xl" fw={700}>
                        {formatNumber(Math.round(model.holdoutExpected))}
                      </Text>
                    </Stack>
                    <Stack gap={0}>
                      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                        Actual
                      </Text>
                      <Text fz="xl" fw={700}>
                        {formatNumber(Math.round(model.holdoutActual))}
                      </Text>
                    </Stack>
                    <Stack gap={0}>
                      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                        Difference
                      </Text>
                      <Text fz="xl" fw={700}>
                        {error === null ? "—" : `${error > 0 ? "+" : ""}${formatPercent(error)}`}
                      </Text>
                    </Stack>
                  </SimpleGrid>
                ) : null}
                <Text size="xs" c="dimmed">
                  Repeat purchases (purchase-days after each customer’s first)
                  {holdoutWeeks ? ` in the ${holdoutWeeks}-week holdout` : ""}. The closer the two lines stay after the
                  holdout starts, the more the predictions can be trusted.
                </Text>
              </>
            )}
          </Stack>
        </Grid.Col>
      </Grid>

      <Stack
        gap={4}
        mt="lg"
        p="md"
        bg="var(--mantine-color-gray-0)"
        style={{ borderRadius: "var(--mantine-radius-md)" }}
      >
        <Text size="sm" fw={600}>
          How to read P(alive)
        </Text>
        <Text size="sm">
          P(alive) is the model’s probability that a customer is still a customer, that is, has not quietly stopped
          buying. It drops when someone who used to buy regularly has gone quiet for much longer than their usual gap
          between orders.
        </Text>
        <Text size="sm">
          BG/NBD assumes customers can only drop out right after a repeat purchase. A customer who has bought only once
          (on one day) has had no chance to drop out in the model, so their P(alive) is exactly 1. That does not mean
          they are sure to come back: for one-time buyers, look at the predicted 12-month value instead, which falls the
          longer ago that first order was.
        </Text>
      </Stack>
    </Card>
  );
}
