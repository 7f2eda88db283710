import { graphql } from './gql/index.js';

/**
 * The operations of half-yearly archiving as the archivist works with them: runs and their progress, snapshots and
 * their packages, accepted deliveries and the search for a records request.
 */

export const archivingRunFields = graphql(`
  fragment ArchivingRunFields on ArchivingRun {
    id
    period
    periodLabel
    status
    statusLabel
    trigger
    startedByName
    startedAt
    finishedAt
    workflowId
    progress {
      waiting
      capturing
      archived
      failed
      accepted
      total
      done
    }
  }
`);

export const snapshotSummaryFields = graphql(`
  fragment SnapshotSummaryFields on Snapshot {
    id
    status
    reason
    label
    snapshotKey
    attempts
    failureReason
    requestedAt
    capturedAt
    acceptedAt
    acceptedByName
    myActions
    account {
      id
      displayName
      platform
      unit {
        id
        name
      }
    }
  }
`);

export const archivingRunsQuery = graphql(`
  query ArchivingRuns {
    archivingRuns {
      ...ArchivingRunFields
    }
    lastEndedArchivingPeriod {
      period
      label
    }
  }
`);

export const archivingRunQuery = graphql(`
  query ArchivingRun($id: ID!, $status: [SnapshotStatus!], $page: PageInput) {
    archivingRun(id: $id) {
      ...ArchivingRunFields
      snapshots(status: $status, page: $page) {
        total
        items {
          ...SnapshotSummaryFields
        }
      }
    }
  }
`);

export const snapshotQuery = graphql(`
  query Snapshot($id: ID!) {
    snapshot(id: $id) {
      ...SnapshotSummaryFields
      packageId
      packageUrl
      pdfUrl
      workflowId
      postCount
      commentCount
      files {
        path
        role
        sha256
        size
        mimeType
        url
      }
      pdfaValidation {
        passed
        validator
        problems
      }
      sipValidation {
        passed
        validator
        problems
      }
      run {
        id
        period
        periodLabel
      }
    }
  }
`);

export const startArchivingRunMutation = graphql(`
  mutation StartArchivingRun($period: String!) {
    startArchivingRun(period: $period) {
      ...ArchivingRunFields
    }
  }
`);

export const retrySnapshotMutation = graphql(`
  mutation RetrySnapshot($id: ID!) {
    retrySnapshot(id: $id) {
      ...SnapshotSummaryFields
    }
  }
`);

export const acceptDeliveryMutation = graphql(`
  mutation AcceptDelivery($id: ID!) {
    acceptDelivery(id: $id) {
      ...SnapshotSummaryFields
    }
  }
`);

export const searchArchiveQuery = graphql(`
  query SearchArchive($input: ArchiveSearchInput!, $page: PageInput) {
    searchArchive(input: $input, page: $page) {
      total
      items {
        id
        kind
        publishedAt
        author
        text
        permalink
        highlights {
          text
          match
        }
        account {
          id
          displayName
          platform
        }
        snapshot {
          id
          label
          status
        }
      }
    }
  }
`);
