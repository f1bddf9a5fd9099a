import { graphql } from "../../gql";

export const importsQuery = graphql(`
  query Imports {
    imports {
      id
      kind
      fileName
      fileSha256
      status
      sourceId
      totalRows
      processedRows
      acceptedRows
      rejectedRows
      duplicateRows
      errorCount
      createdAt
      finishedAt
    }
  }
`);

export const importJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      id
      kind
      fileName
      status
      sourceId
      totalRows
      processedRows
      acceptedRows
      rejectedRows
      duplicateRows
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

export const importPreviewQuery = graphql(`
  query ImportPreview($id: ID!, $mapping: [ColumnMappingInput!]) {
    importPreview(id: $id, mapping: $mapping) {
      columns
      suggestedMapping {
        column
        target
        type
      }
      rows {
        line
        cells
        message
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

export const startImportMutation = graphql(`
  mutation StartImport($id: ID!, $mapping: [ColumnMappingInput!]!, $sourceId: ID) {
    startImport(id: $id, mapping: $mapping, sourceId: $sourceId) {
      id
      status
    }
  }
`);

export const importSourcesQuery = graphql(`
  query ImportSources {
    sources {
      id
      name
      kind
    }
  }
`);
