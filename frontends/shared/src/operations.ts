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
