import { graphql } from "../../gql";

export const crmOverviewQuery = graphql(`
  query CrmOverview {
    crmMatchStats {
      total
      matched
      unmatched
      ambiguous
    }
    crmFieldStats {
      key
      label
      kind
      rule
      crmCoverage
      cdpCoverage
      crmMedianAgeDays
      cdpMedianAgeDays
      compared
      conflicts
      stale
      conflictRate
    }
  }
`);

export const crmConflictsQuery = graphql(`
  query CrmConflicts($field: String, $status: CrmFieldStatus, $offset: Int!, $limit: Int!) {
    crmConflicts(field: $field, status: $status, offset: $offset, limit: $limit) {
      total
      rows {
        contactId
        recordId
        profileId
        name
        key
        label
        status
        older
        crmValue
        crmAt
        cdpValue
        cdpAt
        rule
        golden
        goldenSide
      }
    }
  }
`);

export const crmRulesQuery = graphql(`
  query CrmRules {
    crmRules {
      field
      label
      rule
    }
  }
`);

export const setCrmRuleMutation = graphql(`
  mutation SetCrmRule($field: String!, $rule: SurvivorshipRule!) {
    setCrmRule(field: $field, rule: $rule) {
      field
      label
      rule
    }
  }
`);

export const crmContactsQuery = graphql(`
  query CrmContacts($status: CrmMatchStatus!, $offset: Int!, $limit: Int!) {
    crmContacts(status: $status, offset: $offset, limit: $limit) {
      total
      rows {
        id
        recordId
        name
        email
        phone
        company
        matchStatus
        candidateProfileIds
        updatedAt
      }
    }
  }
`);

export const crmCorrectionsQuery = graphql(`
  query CrmCorrections {
    crmCorrections {
      fileName
      csv
      rows
    }
  }
`);

export const crmEnrichmentQuery = graphql(`
  query CrmEnrichment {
    crmEnrichment {
      fileName
      csv
      rows
    }
  }
`);

export const crmProfileComparisonQuery = graphql(`
  query CrmProfileComparison($profileId: ID!) {
    crmProfileComparison(profileId: $profileId) {
      contactId
      recordId
      updatedAt
      company {
        recordId
        name
        domain
        industry
        employees
      }
      deals {
        recordId
        name
        stage
        amount
        closeDate
        pipeline
        open
      }
      fields {
        key
        label
        kind
        status
        older
        crmValue
        crmAt
        cdpValue
        cdpAt
        rule
        golden
        goldenSide
      }
    }
  }
`);

export const crmImportsQuery = graphql(`
  query CrmImports {
    crmImports {
      id
      preset
      fileName
      status
      totalRows
      processedRows
      insertedRows
      updatedRows
      unchangedRows
      errorCount
      failure
      createdAt
      finishedAt
    }
  }
`);

export const crmImportQuery = graphql(`
  query CrmImportJob($id: ID!) {
    crmImport(id: $id) {
      id
      kind
      preset
      fileName
      status
      totalRows
      processedRows
      insertedRows
      updatedRows
      unchangedRows
      errorCount
      errors {
        line
        column
        reason
      }
      failure
      finishedAt
    }
  }
`);

export const crmImportPreviewQuery = graphql(`
  query CrmImportPreview($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]) {
    crmImportPreview(id: $id, preset: $preset, mapping: $mapping) {
      columns
      suggestedMapping {
        column
        target
      }
      mapping {
        column
        target
      }
      rows {
        line
        cells
        errors {
          column
          reason
        }
      }
      validRows
      invalidRows
      errorCount
      errors {
        line
        column
        reason
      }
    }
  }
`);

export const startCrmImportMutation = graphql(`
  mutation StartCrmImport($id: ID!, $preset: CrmPreset, $mapping: [CrmColumnMappingInput!]!) {
    startCrmImport(id: $id, preset: $preset, mapping: $mapping) {
      id
      status
    }
  }
`);

export const matchCrmAgainMutation = graphql(`
  mutation MatchCrmAgain {
    matchCrmAgain {
      total
      matched
      unmatched
      ambiguous
    }
  }
`);
