import { Group, Stack, Text, Tooltip } from "@mantine/core";
import type { ProfileQuery } from "../../../gql/graphql";
import { formatMoney, formatNumber, formatPercent } from "../../../lib/format";

type LifetimeValue = NonNullable<ProfileQuery["profile"]["lifetimeValue"]>;

function ValueFact({ label, value, hint }: { label: string; value: string; hint: string }) {
  return (
    <Tooltip label={hint} withArrow multiline w={260} openDelay={300}>
      <Stack gap={0}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          {label}
        </Text>
        <Text size="lg" fw={600}>
          {value}
        </Text>
      </Stack>
    </Tooltip>
  );
}

/** Historical value always; predicted value and P(alive) once a model has been fitted for this customer. */
export function ValueFacts({ value }: { value: LifetimeValue | null | undefined }) {
  if (!value) {
    return (
      <Stack gap={0}>
        <Text size="xs" c="dimmed" fw={600} tt="uppercase">
          Lifetime value
        </Text>
        <Tooltip
          label="Computed from revenue events when the lifetime-value model is fitted (daily, or on demand)."
          withArrow
          multiline
          w={260}
          openDelay={300}
        >
          <Text size="sm" c="dimmed">
            Not computed yet
          </Text>
        </Tooltip>
      </Stack>
    );
  }
  const currency = value.currency ?? undefined;
  return (
    <Group gap="xl" wrap="wrap" data-testid="profile-value">
      <ValueFact
        label="Lifetime value"
        value={formatMoney(value.revenue, currency)}
        hint={`Revenue to date from ${formatNumber(value.orders)} ${value.orders === 1 ? "order" : "orders"}.`}
      />
      {value.predictedValue12m !== null ? (
        <ValueFact
          label="Predicted 12 mo"
          value={formatMoney(value.predictedValue12m, currency)}
          hint={`Discounted value of the next 12 months (BG/NBD + Gamma-Gamma)${
            value.expectedPurchases12m !== null ? `: about ${value.expectedPurchases12m.toFixed(1)} orders` : ""
          }.`}
        />
      ) : null}
      {value.pAlive !== null ? (
        <ValueFact
          label="P(alive)"
          value={formatPercent(value.pAlive)}
          hint="Probability that this customer has not churned, from their purchase rhythm."
        />
      ) : null}
    </Group>
  );
}
