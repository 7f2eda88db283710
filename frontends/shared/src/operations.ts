import { graphql } from './gql/index.js';

/**
 * Every GraphQL operation the frontends send, in one place so codegen checks them all against the committed
 * schema and both microfrontends share one urql document cache.
 */

export const accountSummaryFields = graphql(`
  fragment AccountSummaryFields on Account {
    id
    platform
    displayName
    handle
    status
    scope
    planRevision
    pendingStep
    lastReason
    updatedAt
    createdAt
    activatedAt
    unit {
      id
      name
      administration {
        id
        name
      }
    }
  }
`);

export const accountDetailFields = graphql(`
  fragment AccountDetailFields on Account {
    ...AccountSummaryFields
    webAddress
    functionalEmail
    workflowId
    myActions
    plan {
      revision
      platform
      webAddress
      handle
      displayName
      activityDescription
      purpose
      targetAudiences
      goals
      needsAnalysis
      functionalEmail
      administrators {
        name
        email
        phone
      }
      dailyOperators {
        name
        email
        phone
      }
      monitoringHours
      publishingFrequency
      estimatedWeeklyHours
      other
      checklist {
        key
        question
        answer
        comment
      }
      submittedAt
    }
    approvals {
      kind
      outcome
      decidedByName
      decidedRole
      decidedAt
      reason
      dueAt
      remindedAt
      escalatedAt
    }
    provisioning {
      key
      label
      completedAt
      completedByName
      evidenceUrl
      evidenceNote
    }
    administrators {
      name
      email
      twoFactorConfirmed
    }
    history {
      id
      action
      label
      actorName
      actorRole
      occurredAt
      fromStatus
      toStatus
      reason
      detail
      evidence {
        url
        note
        file {
          id
          fileName
          sha256
          size
          mimeType
        }
      }
    }
  }
`);

const roleFields = graphql(`
  fragment RoleFields on RoleAssignmentView {
    role
    unit {
      id
      name
    }
    administration {
      id
      name
    }
  }
`);
void roleFields;

export const devUsersQuery = graphql(`
  query DevUsers {
    devUsers {
      id
      name
      email
      roles {
        ...RoleFields
      }
    }
  }
`);

export const devSignInMutation = graphql(`
  mutation DevSignIn($userId: ID!) {
    devSignIn(userId: $userId) {
      token
      user {
        id
        name
        email
        municipality {
          id
          name
        }
        roles {
          ...RoleFields
        }
      }
    }
  }
`);

export const meQuery = graphql(`
  query Me {
    me {
      id
      name
      email
      municipality {
        id
        name
      }
      roles {
        ...RoleFields
      }
    }
  }
`);

export const accountsQuery = graphql(`
  query Accounts($filter: AccountFilter, $page: PageInput) {
    accounts(filter: $filter, page: $page) {
      total
      items {
        ...AccountSummaryFields
      }
    }
  }
`);

export const accountQuery = graphql(`
  query Account($id: ID!) {
    account(id: $id) {
      ...AccountDetailFields
    }
  }
`);

export const unitsQuery = graphql(`
  query Units {
    units {
      id
      name
      administration {
        id
        name
      }
    }
  }
`);

export const checklistQuestionsQuery = graphql(`
  query ChecklistQuestions {
    checklistQuestions {
      key
      question
    }
  }
`);

export const applyForAccountMutation = graphql(`
  mutation ApplyForAccount($input: ActivityPlanInput!) {
    applyForAccount(input: $input) {
      ...AccountDetailFields
    }
  }
`);

export const savePlanMutation = graphql(`
  mutation SavePlan($accountId: ID!, $input: ActivityPlanInput!) {
    savePlan(accountId: $accountId, input: $input) {
      ...AccountDetailFields
    }
  }
`);

export const submitPlanMutation = graphql(`
  mutation SubmitPlan($accountId: ID!) {
    submitPlan(accountId: $accountId) {
      ...AccountDetailFields
    }
  }
`);

export const recordConsultationMutation = graphql(`
  mutation RecordConsultation($accountId: ID!, $opinion: String!) {
    recordConsultation(accountId: $accountId, opinion: $opinion) {
      ...AccountDetailFields
    }
  }
`);

export const decideAsUnitManagerMutation = graphql(`
  mutation DecideAsUnitManager($accountId: ID!, $decision: Decision!, $reason: String) {
    decideAsUnitManager(accountId: $accountId, decision: $decision, reason: $reason) {
      ...AccountDetailFields
    }
  }
`);

export const decideAsHeadOfAdministrationMutation = graphql(`
  mutation DecideAsHeadOfAdministration($accountId: ID!, $decision: Decision!, $reason: String) {
    decideAsHeadOfAdministration(accountId: $accountId, decision: $decision, reason: $reason) {
      ...AccountDetailFields
    }
  }
`);

export const completeProvisioningItemMutation = graphql(`
  mutation CompleteProvisioningItem(
    $accountId: ID!
    $key: ProvisioningItemKey!
    $evidence: ProvisioningEvidenceInput!
  ) {
    completeProvisioningItem(accountId: $accountId, key: $key, evidence: $evidence) {
      ...AccountDetailFields
    }
  }
`);

export const withdrawMutation = graphql(`
  mutation Withdraw($accountId: ID!, $reason: String!) {
    withdraw(accountId: $accountId, reason: $reason) {
      ...AccountDetailFields
    }
  }
`);

export const policyFields = graphql(`
  fragment PolicyFields on Policy {
    id
    version
    effectiveFrom
    presetKey
    changeNote
    publishedAt
    publishedByName
    inForce
    parameters {
      ...PolicyParameterFields
    }
    sources {
      parameter
      label
      source
    }
  }
`);

export const policyParameterFields = graphql(`
  fragment PolicyParameterFields on PolicyParameters {
    approvalChain
    consultationOnNewPlatform
    approvalReminderWorkingDays
    approvalEscalationWorkingDays
    accountCreator
    minAdministrators
    twoFactorRequired
    credentialDepositPlatforms
    monitoringFrequency
    answerDeadlineWorkingDays
    forwardedQuestionDeadlineWorkingDays
    snapshotCadence
    snapshotOccasions
    inactivityThresholdDays
    inactivityGracePeriodDays
    closureDecisionWorkingDays
    handoverDecisionReminderWorkingDays
    followUpReport {
      cadence
      month
    }
    profileTextTemplate
  }
`);

export const policyVersionsQuery = graphql(`
  query PolicyVersions {
    policyVersions {
      ...PolicyFields
    }
  }
`);

export const policyPresetsQuery = graphql(`
  query PolicyPresets {
    policyPresets {
      key
      municipalityName
      seedFile
      parameters {
        ...PolicyParameterFields
      }
      sources {
        parameter
        label
        source
      }
    }
  }
`);

export const publishPolicyVersionMutation = graphql(`
  mutation PublishPolicyVersion($input: PublishPolicyInput!) {
    publishPolicyVersion(input: $input) {
      ...PolicyFields
    }
  }
`);

export const handoverFields = graphql(`
  fragment HandoverFields on Handover {
    id
    status
    statusLabel
    workflowId
    reason
    proposedAt
    proposedByName
    proposedRole
    decisionDueAt
    remindedAt
    lastReason
    endedAt
    myActions
    responsibleBoard {
      id
      name
    }
    newOwner {
      kind
      kindLabel
      name
      contactName
      email
      phone
      unit {
        id
        name
      }
    }
    decision {
      id
      citation
      outcome
      outcomeLabel
      decisionText
      registeredByName
      registeredAt
      linkedAt
      minutesFile {
        id
        fileName
        sha256
        size
        mimeType
      }
    }
    finalSnapshot {
      snapshotKey
      status
      packageId
      capturedAt
      attempts
      failureReason
    }
    items {
      key
      label
      source
      group
      optional
      completedAt
      completedByName
      completedRole
      evidenceUrl
      evidenceNote
      declineReason
      evidenceFile {
        id
        fileName
        sha256
        size
        mimeType
      }
    }
  }
`);

export const accountHandoverQuery = graphql(`
  query AccountHandover($id: ID!) {
    account(id: $id) {
      id
      status
      displayName
      platform
      mayProposeHandover
      unit {
        id
        name
        administration {
          id
          name
          board {
            id
            name
          }
        }
      }
      handover {
        ...HandoverFields
      }
    }
  }
`);

export const handoversQuery = graphql(`
  query Handovers($status: [HandoverStatus!], $awaitingMyDecision: Boolean) {
    handovers(status: $status, awaitingMyDecision: $awaitingMyDecision) {
      ...HandoverFields
      account {
        ...AccountSummaryFields
      }
    }
  }
`);

export const handoverQuery = graphql(`
  query Handover($id: ID!) {
    handover(id: $id) {
      ...HandoverFields
      account {
        ...AccountSummaryFields
        webAddress
      }
    }
  }
`);

export const boardsQuery = graphql(`
  query Boards {
    boards {
      id
      name
    }
  }
`);

export const boardDecisionsQuery = graphql(`
  query BoardDecisions {
    boardDecisions {
      id
      citation
      outcome
      outcomeLabel
      registeredAt
      registeredByName
      linkedAt
      minutesFile {
        id
        fileName
        sha256
        size
        mimeType
      }
      account {
        id
        displayName
        status
      }
    }
  }
`);

export const proposeHandoverMutation = graphql(`
  mutation ProposeHandover($accountId: ID!, $input: HandoverProposalInput!) {
    proposeHandover(accountId: $accountId, input: $input) {
      id
      status
      mayProposeHandover
      handover {
        ...HandoverFields
      }
    }
  }
`);

export const withdrawHandoverMutation = graphql(`
  mutation WithdrawHandover($accountId: ID!, $reason: String!) {
    withdrawHandover(accountId: $accountId, reason: $reason) {
      id
      status
      mayProposeHandover
      handover {
        ...HandoverFields
      }
    }
  }
`);

export const registerBoardDecisionMutation = graphql(`
  mutation RegisterBoardDecision($input: BoardDecisionInput!) {
    registerBoardDecision(input: $input) {
      id
      citation
      outcome
      outcomeLabel
      account {
        id
        status
        handover {
          ...HandoverFields
        }
      }
    }
  }
`);

export const recordHandoverItemMutation = graphql(`
  mutation RecordHandoverItem($accountId: ID!, $key: HandoverItemKey!, $evidence: HandoverEvidenceInput!) {
    recordHandoverItem(accountId: $accountId, key: $key, evidence: $evidence) {
      id
      status
      mayProposeHandover
      handover {
        ...HandoverFields
      }
    }
  }
`);

export const retryFinalSnapshotMutation = graphql(`
  mutation RetryFinalSnapshot($accountId: ID!) {
    retryFinalSnapshot(accountId: $accountId) {
      id
      status
      handover {
        ...HandoverFields
      }
    }
  }
`);
