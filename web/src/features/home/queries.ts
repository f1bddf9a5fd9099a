import { graphql } from "../../gql";

export const overviewQuery = graphql(`
  query Overview {
    overview {
      profileCount
      identifiedProfileCount
      eventCount
      sourceCount
      segmentCount
      lastEventAt
    }
  }
`);

export const eventsPerDayQuery = graphql(`
  query EventsPerDay($days: Int!) {
    eventsPerDay(days: $days) {
      day
      count
    }
  }
`);
