import { graphql } from "../../gql";

export const segmentsQuery = graphql(`
  query Segments {
    segments {
      id
      name
      description
      updatedAt
    }
  }
`);

export const segmentQuery = graphql(`
  query Segment($id: ID!) {
    segment(id: $id) {
      id
      name
      description
      rules
      createdAt
      updatedAt
    }
  }
`);

export const deleteSegmentMutation = graphql(`
  mutation DeleteSegment($id: ID!) {
    deleteSegment(id: $id)
  }
`);
