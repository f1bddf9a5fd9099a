import { Button, Card, SimpleGrid, Skeleton, Stack, Text } from "@mantine/core";
import { IconChartDots3, IconReceiptOff, IconRefresh } from "@tabler/icons-react";
import { describeError } from "../../lib/graphql";
import { EmptyState } from "../../lib/ui/EmptyState";
import { PageHeader } from "../../lib/ui/PageHeader";
import { QueryError } from "../../lib/ui/QueryError";
import { useViewer } from "../auth/viewer-context";
import { AudienceComparisonCard } from "./AudienceComparisonCard";
import { CohortCurvesCard } from "./CohortCurvesCard";
import { FitStatusPanel } from "./FitStatusPanel";
import { HistogramCard } from "./HistogramCard";
import { canRefitLtv } from "./ltv-access";
import { LtvStatCards } from "./LtvStatCards";
import { ModelCard } from "./ModelCard";
import { ParetoCard } from "./ParetoCard";
import { RevenueSettingsLine, RevenueSettingsText } from "./RevenueSettings";
import { TopCustomersCard } from "./TopCustomersCard";
import { useLtvModelInUse, useLtvOverview, useLtvStatus, useRefitLtv, useRevenueSettings } from "./use-ltv";

function settingsDiffer(
  settings: { event: string; property: string; currency: string },
  model: { revenueEvent: string; revenueProperty: string; currency: string },
): boolean {
  return (
    settings.event !== model.revenueEvent ||
    settings.property !== model.revenueProperty ||
    settings.currency !== model.currency
  );
}

function LoadingLayout() {
  return (
    <Stack gap="lg" aria-busy="true" aria-label="Loading">
      <LtvStatCards overview={undefined} />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Skeleton height={380} />
        <Skeleton height={380} />
      </SimpleGrid>
      <Skeleton height={420} />
    </Stack>
  );
}

/** /ltv: historical and predicted customer lifetime value, with the model behind the predictions. */
export function LtvPage() {
  const viewer = useViewer();
  const status = useLtvStatus();
  const inUse = useLtvModelInUse();
  const overview = useLtvOverview();
  const settings = useRevenueSettings();
  const refit = useRefitLtv();

  const latest = status.data?.ltvModel ?? null;
  const model = inUse.data?.ltvModelInUse ?? null;
  const running = latest?.status === "running";
  const mayRefit = canRefitLtv(viewer.role);
  const revenueSettings = settings.data?.revenueSettings;
  const startRefit = () => refit.mutate();

  const refitButton = mayRefit ? (
    <Button
      leftSection={<IconRefresh size={16} />}
      onClick={startRefit}
      loading={refit.isPending}
      disabled={running || status.isPending}
      variant={running ? "light" : "filled"}
    >
      {running ? "Refitting…" : latest ? "Refit now" : "Fit the model"}
    </Button>
  ) : null;

  const loading = status.isPending || inUse.isPending || overview.isPending;
  const loadError = status.error ?? inUse.error ?? overview.error;
  const o = overview.data?.ltvOverview;

  let body;
  if (loadError) {
    body = (
      <QueryError
        error={loadError}
        title="Could not load lifetime value"
        onRetry={() => {
          void status.refetch();
          void inUse.refetch();
          void overview.refetch();
        }}
      />
    );
  } else if (loading || !o) {
    body = <LoadingLayout />;
  } else if (!latest && !model) {
    body = (
      <Card padding="lg">
        <EmptyState icon={<IconChartDots3 size={24} />} title="No lifetime-value model yet" action={refitButton}>
          Mosaic fits BG/NBD and Gamma-Gamma on your customers’ orders to predict what each will spend in the next 12
          months. {revenueSettings ? <RevenueSettingsText settings={revenueSettings} /> : null}{" "}
          {mayRefit
            ? "Fit the model to see the figures."
            : "An admin or analyst can fit it; it also refits on a schedule."}
        </EmptyState>
      </Card>
    );
  } else if (o.customers === 0) {
    body = running ? (
      <Card padding="lg">
        <EmptyState icon={<IconChartDots3 size={24} />} title="The first fit is running">
          The figures appear here as soon as it finishes.
        </EmptyState>
      </Card>
    ) : (
      <Card padding="lg">
        <EmptyState icon={<IconReceiptOff size={24} />} title="No orders yet">
          Lifetime value needs customers with at least one order.{" "}
          {revenueSettings ? <RevenueSettingsText settings={revenueSettings} /> : null} Once such events arrive,{" "}
          {mayRefit ? "refit the model." : "the next scheduled refit picks them up."}
        </EmptyState>
      </Card>
    );
  } else {
    const currency = o.currency;
    body = (
      <Stack gap="lg">
        <LtvStatCards overview={o} />
        <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
          <HistogramCard bins={o.histogram} currency={currency} median={o.medianValue} average={o.averageValue} />
          <ParetoCard points={o.pareto} />
        </SimpleGrid>
        <CohortCurvesCard cohorts={model?.cohorts ?? []} currency={model?.currency ?? currency} />
        <TopCustomersCard customers={o.topCustomers} currency={currency} />
        <AudienceComparisonCard />
        {model ? (
          <ModelCard model={model} />
        ) : (
          <Card padding="lg">
            <EmptyState icon={<IconChartDots3 size={24} />} title="No successful fit yet">
              The model card appears after the first successful fit.
            </EmptyState>
          </Card>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <PageHeader
        title="Lifetime value"
        description="What customers have spent so far, and what they are likely to spend in the next 12 months."
        actions={refitButton}
      />
      {refit.isError ? <QueryError error={refit.error} title="Could not start a refit" /> : null}
      {latest && latest.status !== "succeeded" ? (
        <FitStatusPanel
          latest={latest}
          inUseFinishedAt={model?.finishedAt}
          settings={revenueSettings}
          onRefit={mayRefit ? startRefit : undefined}
          refitting={refit.isPending}
        />
      ) : null}
      {body}
      {latest?.status === "succeeded" && revenueSettings ? (
        <Stack gap={4}>
          <RevenueSettingsLine settings={revenueSettings} />
          {model && settingsDiffer(revenueSettings, model) ? (
            <Text size="sm" c="orange.9">
              The settings have changed since the model in use was fitted (it used the {model.revenueProperty} property
              of {model.revenueEvent} events, in {model.currency}).{" "}
              {mayRefit ? "Refit to apply them." : "The next refit applies them."}
            </Text>
          ) : null}
        </Stack>
      ) : null}
      {settings.isError ? (
        <Text size="xs" c="red">
          Could not load the revenue settings: {describeError(settings.error)}
        </Text>
      ) : null}
    </Stack>
  );
}
