import { graphql } from "../../gql";

/** The newest fit's state: cheap enough to poll every second while it runs. */
export const ltvModelStatusQuery = graphql(`
  query LtvModelStatus {
    ltvModel {
      id
      status
      progress
      stage
      trigger
      startedAt
      finishedAt
      error
      revenueEvent
      revenueProperty
      currency
    }
  }
`);

/** The newest successful fit: the model card, the calibration chart and the cohort curves. */
export const ltvModelInUseQuery = graphql(`
  query LtvModelInUse {
    ltvModelInUse {
      id
      status
      trigger
      startedAt
      finishedAt
      revenueEvent
      revenueProperty
      currency
      customers
      transactions
      calibrationEnd
      holdoutStart
      bgnbd {
        r
        alpha
        a
        b
        logLikelihood
        converged
      }
      gammaGamma {
        p
        q
        gamma
        logLikelihood
        converged
      }
      calibration {
        week
        expected
        actual
      }
      holdoutExpected
      holdoutActual
      cohorts {
        cohort
        customers
        points {
          month
          value
        }
      }
      weeksPerMonth
      monthlyDiscountRate
    }
  }
`);

export const ltvOverviewQuery = graphql(`
  query LtvOverview {
    ltvOverview {
      currency
      customers
      revenue
      averageValue
      medianValue
      repeatPurchaseRate
      averagePredictedValue12m
      atRiskRepeatCustomers
      histogram {
        from
        to
        customers
      }
      pareto {
        customerShare
        revenueShare
      }
      topCustomers {
        profileId
        displayName
        revenue
        orders
        predictedValue12m
        pAlive
      }
    }
  }
`);

export const revenueSettingsQuery = graphql(`
  query RevenueSettings {
    revenueSettings {
      event
      property
      currency
    }
  }
`);

export const refitLtvMutation = graphql(`
  mutation RefitLtv {
    refitLtv {
      id
      status
      progress
      stage
      trigger
      startedAt
      finishedAt
      error
      revenueEvent
      revenueProperty
      currency
    }
  }
`);

export const updateRevenueSettingsMutation = graphql(`
  mutation UpdateRevenueSettings($event: String!, $property: String!, $currency: String!) {
    updateRevenueSettings(event: $event, property: $property, currency: $currency) {
      event
      property
      currency
    }
  }
`);

/** Saved audiences the comparison can pick from. */
export const ltvAudienceOptionsQuery = graphql(`
  query LtvAudienceOptions {
    segments {
      id
      name
      size
    }
  }
`);

export const audienceLtvComparisonQuery = graphql(`
  query AudienceLtvComparison($audienceIds: [ID!]!) {
    audienceLtvComparison(audienceIds: $audienceIds) {
      currency
      audiences {
        audienceId
        name
        members
        customers
        revenue
        averageValue
        averagePredictedValue12m
        averagePAlive
        repeatPurchaseRate
      }
    }
  }
`);

/** Query keys of this page, so a finished refit can refresh exactly what it changed. */
export const ltvKeys = {
  status: ["ltv", "model"] as const,
  inUse: ["ltv", "modelInUse"] as const,
  overview: ["ltv", "overview"] as const,
  revenueSettings: ["ltv", "revenueSettings"] as const,
  audienceOptions: ["ltv", "audienceOptions"] as const,
  comparison: (ids: readonly string[]) => ["ltv", "comparison", ...ids] as const,
};
