import { graphql } from './gql/index.js';

/**
 * The operations of closure after inactivity (the activity watch, inactivity episodes and closures), kept beside the
 * opening's in operations.ts and checked by codegen against the same committed schema.
 */

export const closureFields = graphql(`
  fragment ClosureFields on Account {
    id
    status
    displayName
    closureActions
    activity {
      lastActivityAt
      lastPlatformActivityAt
      lastReportedActivityAt
      lastReportedByName
      checkedAt
      checkProblem
      nextCheckAt
      reviewAt
    }
    inactivity {
      id
      number
      stage
      stageLabel
      open
      lastActivityAt
      warnedAt
      graceEndsAt
      decisionDueAt
      escalatedAt
      opinion
      opinionByName
      opinionAt
      decision
      decisionComment
      revivalPlan
      reviewAt
      decidedByName
      decidedAt
      revivedAt
      revivalSource
    }
    closure {
      reason
      reasonLabel
      explanation
      requestedByName
      requestedAt
      stage
      stageLabel
      snapshotStatus
      credentialsDeposited
      platformRemovalUrl
      platformCheck
      platformCheckLabel
      closedAt
      workflowId
      steps {
        key
        label
        doneAt
        doneByName
        note
      }
    }
  }
`);

export const accountClosureQuery = graphql(`
  query AccountClosure($id: ID!) {
    account(id: $id) {
      ...ClosureFields
    }
  }
`);

export const closureCasesQuery = graphql(`
  query ClosureCases {
    closureCases {
      ...AccountSummaryFields
      closureActions
      inactivity {
        stage
        stageLabel
        open
        graceEndsAt
        decisionDueAt
        escalatedAt
      }
      closure {
        stage
        stageLabel
      }
    }
  }
`);

export const reportAccountActivityMutation = graphql(`
  mutation ReportAccountActivity($accountId: ID!, $note: String) {
    reportAccountActivity(accountId: $accountId, note: $note) {
      ...ClosureFields
    }
  }
`);

export const recordClosureOpinionMutation = graphql(`
  mutation RecordClosureOpinion($accountId: ID!, $opinion: String!) {
    recordClosureOpinion(accountId: $accountId, opinion: $opinion) {
      ...ClosureFields
    }
  }
`);

export const decideOnInactiveAccountMutation = graphql(`
  mutation DecideOnInactiveAccount($accountId: ID!, $input: ClosureDecisionInput!) {
    decideOnInactiveAccount(accountId: $accountId, input: $input) {
      ...ClosureFields
    }
  }
`);

export const requestAccountClosureMutation = graphql(`
  mutation RequestAccountClosure($accountId: ID!, $input: AccountClosureRequestInput!) {
    requestAccountClosure(accountId: $accountId, input: $input) {
      ...ClosureFields
    }
  }
`);

export const confirmPlatformRemovalMutation = graphql(`
  mutation ConfirmPlatformRemoval($accountId: ID!, $input: PlatformRemovalInput!) {
    confirmPlatformRemoval(accountId: $accountId, input: $input) {
      ...ClosureFields
    }
  }
`);

export const confirmCredentialsDestroyedMutation = graphql(`
  mutation ConfirmCredentialsDestroyed($accountId: ID!, $note: String!) {
    confirmCredentialsDestroyed(accountId: $accountId, note: $note) {
      ...ClosureFields
    }
  }
`);
