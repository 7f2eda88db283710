/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ClosureFields on Account {\n    id\n    status\n    displayName\n    closureActions\n    activity {\n      lastActivityAt\n      lastPlatformActivityAt\n      lastReportedActivityAt\n      lastReportedByName\n      checkedAt\n      checkProblem\n      nextCheckAt\n      reviewAt\n    }\n    inactivity {\n      id\n      number\n      stage\n      stageLabel\n      open\n      lastActivityAt\n      warnedAt\n      graceEndsAt\n      decisionDueAt\n      escalatedAt\n      opinion\n      opinionByName\n      opinionAt\n      decision\n      decisionComment\n      revivalPlan\n      reviewAt\n      decidedByName\n      decidedAt\n      revivedAt\n      revivalSource\n    }\n    closure {\n      reason\n      reasonLabel\n      explanation\n      requestedByName\n      requestedAt\n      stage\n      stageLabel\n      snapshotStatus\n      credentialsDeposited\n      platformRemovalUrl\n      platformCheck\n      platformCheckLabel\n      closedAt\n      workflowId\n      steps {\n        key\n        label\n        doneAt\n        doneByName\n        note\n      }\n    }\n  }\n": typeof types.ClosureFieldsFragmentDoc,
    "\n  query AccountClosure($id: ID!) {\n    account(id: $id) {\n      ...ClosureFields\n    }\n  }\n": typeof types.AccountClosureDocument,
    "\n  query ClosureCases {\n    closureCases {\n      ...AccountSummaryFields\n      closureActions\n      inactivity {\n        stage\n        stageLabel\n        open\n        graceEndsAt\n        decisionDueAt\n        escalatedAt\n      }\n      closure {\n        stage\n        stageLabel\n      }\n    }\n  }\n": typeof types.ClosureCasesDocument,
    "\n  mutation ReportAccountActivity($accountId: ID!, $note: String) {\n    reportAccountActivity(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n": typeof types.ReportAccountActivityDocument,
    "\n  mutation RecordClosureOpinion($accountId: ID!, $opinion: String!) {\n    recordClosureOpinion(accountId: $accountId, opinion: $opinion) {\n      ...ClosureFields\n    }\n  }\n": typeof types.RecordClosureOpinionDocument,
    "\n  mutation DecideOnInactiveAccount($accountId: ID!, $input: ClosureDecisionInput!) {\n    decideOnInactiveAccount(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n": typeof types.DecideOnInactiveAccountDocument,
    "\n  mutation RequestAccountClosure($accountId: ID!, $input: AccountClosureRequestInput!) {\n    requestAccountClosure(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n": typeof types.RequestAccountClosureDocument,
    "\n  mutation ConfirmPlatformRemoval($accountId: ID!, $input: PlatformRemovalInput!) {\n    confirmPlatformRemoval(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n": typeof types.ConfirmPlatformRemovalDocument,
    "\n  mutation ConfirmCredentialsDestroyed($accountId: ID!, $note: String!) {\n    confirmCredentialsDestroyed(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n": typeof types.ConfirmCredentialsDestroyedDocument,
    "\n  fragment AccountSummaryFields on Account {\n    id\n    platform\n    displayName\n    handle\n    status\n    scope\n    planRevision\n    pendingStep\n    lastReason\n    updatedAt\n    createdAt\n    activatedAt\n    unit {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccountSummaryFieldsFragmentDoc,
    "\n  fragment AccountDetailFields on Account {\n    ...AccountSummaryFields\n    webAddress\n    functionalEmail\n    workflowId\n    myActions\n    plan {\n      revision\n      platform\n      webAddress\n      handle\n      displayName\n      activityDescription\n      purpose\n      targetAudiences\n      goals\n      needsAnalysis\n      functionalEmail\n      administrators {\n        name\n        email\n        phone\n      }\n      dailyOperators {\n        name\n        email\n        phone\n      }\n      monitoringHours\n      publishingFrequency\n      estimatedWeeklyHours\n      other\n      checklist {\n        key\n        question\n        answer\n        comment\n      }\n      submittedAt\n    }\n    approvals {\n      kind\n      outcome\n      decidedByName\n      decidedRole\n      decidedAt\n      reason\n      dueAt\n      remindedAt\n      escalatedAt\n    }\n    provisioning {\n      key\n      label\n      completedAt\n      completedByName\n      evidenceUrl\n      evidenceNote\n    }\n    administrators {\n      name\n      email\n      twoFactorConfirmed\n    }\n    history {\n      id\n      action\n      label\n      actorName\n      actorRole\n      occurredAt\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n": typeof types.AccountDetailFieldsFragmentDoc,
    "\n  fragment RoleFields on RoleAssignmentView {\n    role\n    unit {\n      id\n      name\n    }\n    administration {\n      id\n      name\n    }\n  }\n": typeof types.RoleFieldsFragmentDoc,
    "\n  query DevUsers {\n    devUsers {\n      id\n      name\n      email\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n": typeof types.DevUsersDocument,
    "\n  mutation DevSignIn($userId: ID!) {\n    devSignIn(userId: $userId) {\n      token\n      user {\n        id\n        name\n        email\n        municipality {\n          id\n          name\n        }\n        roles {\n          ...RoleFields\n        }\n      }\n    }\n  }\n": typeof types.DevSignInDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Accounts($filter: AccountFilter, $page: PageInput) {\n    accounts(filter: $filter, page: $page) {\n      total\n      items {\n        ...AccountSummaryFields\n      }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.AccountDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UnitsDocument,
    "\n  query ChecklistQuestions {\n    checklistQuestions {\n      key\n      question\n    }\n  }\n": typeof types.ChecklistQuestionsDocument,
    "\n  mutation ApplyForAccount($input: ActivityPlanInput!) {\n    applyForAccount(input: $input) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.ApplyForAccountDocument,
    "\n  mutation SavePlan($accountId: ID!, $input: ActivityPlanInput!) {\n    savePlan(accountId: $accountId, input: $input) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.SavePlanDocument,
    "\n  mutation SubmitPlan($accountId: ID!) {\n    submitPlan(accountId: $accountId) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.SubmitPlanDocument,
    "\n  mutation RecordConsultation($accountId: ID!, $opinion: String!) {\n    recordConsultation(accountId: $accountId, opinion: $opinion) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.RecordConsultationDocument,
    "\n  mutation DecideAsUnitManager($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsUnitManager(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.DecideAsUnitManagerDocument,
    "\n  mutation DecideAsHeadOfAdministration($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsHeadOfAdministration(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.DecideAsHeadOfAdministrationDocument,
    "\n  mutation CompleteProvisioningItem(\n    $accountId: ID!\n    $key: ProvisioningItemKey!\n    $evidence: ProvisioningEvidenceInput!\n  ) {\n    completeProvisioningItem(accountId: $accountId, key: $key, evidence: $evidence) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.CompleteProvisioningItemDocument,
    "\n  mutation Withdraw($accountId: ID!, $reason: String!) {\n    withdraw(accountId: $accountId, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n": typeof types.WithdrawDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    version\n    effectiveFrom\n    presetKey\n    changeNote\n    publishedAt\n    publishedByName\n    inForce\n    parameters {\n      ...PolicyParameterFields\n    }\n    sources {\n      parameter\n      label\n      source\n    }\n  }\n": typeof types.PolicyFieldsFragmentDoc,
    "\n  fragment PolicyParameterFields on PolicyParameters {\n    approvalChain\n    consultationOnNewPlatform\n    approvalReminderWorkingDays\n    approvalEscalationWorkingDays\n    accountCreator\n    minAdministrators\n    twoFactorRequired\n    credentialDepositPlatforms\n    monitoringFrequency\n    answerDeadlineWorkingDays\n    forwardedQuestionDeadlineWorkingDays\n    snapshotCadence\n    snapshotOccasions\n    inactivityThresholdDays\n    inactivityGracePeriodDays\n    closureDecisionWorkingDays\n    handoverDecisionReminderWorkingDays\n    followUpReport {\n      cadence\n      month\n    }\n    profileTextTemplate\n  }\n": typeof types.PolicyParameterFieldsFragmentDoc,
    "\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyFields\n    }\n  }\n": typeof types.PolicyVersionsDocument,
    "\n  query PolicyPresets {\n    policyPresets {\n      key\n      municipalityName\n      seedFile\n      parameters {\n        ...PolicyParameterFields\n      }\n      sources {\n        parameter\n        label\n        source\n      }\n    }\n  }\n": typeof types.PolicyPresetsDocument,
    "\n  mutation PublishPolicyVersion($input: PublishPolicyInput!) {\n    publishPolicyVersion(input: $input) {\n      ...PolicyFields\n    }\n  }\n": typeof types.PublishPolicyVersionDocument,
};
const documents: Documents = {
    "\n  fragment ClosureFields on Account {\n    id\n    status\n    displayName\n    closureActions\n    activity {\n      lastActivityAt\n      lastPlatformActivityAt\n      lastReportedActivityAt\n      lastReportedByName\n      checkedAt\n      checkProblem\n      nextCheckAt\n      reviewAt\n    }\n    inactivity {\n      id\n      number\n      stage\n      stageLabel\n      open\n      lastActivityAt\n      warnedAt\n      graceEndsAt\n      decisionDueAt\n      escalatedAt\n      opinion\n      opinionByName\n      opinionAt\n      decision\n      decisionComment\n      revivalPlan\n      reviewAt\n      decidedByName\n      decidedAt\n      revivedAt\n      revivalSource\n    }\n    closure {\n      reason\n      reasonLabel\n      explanation\n      requestedByName\n      requestedAt\n      stage\n      stageLabel\n      snapshotStatus\n      credentialsDeposited\n      platformRemovalUrl\n      platformCheck\n      platformCheckLabel\n      closedAt\n      workflowId\n      steps {\n        key\n        label\n        doneAt\n        doneByName\n        note\n      }\n    }\n  }\n": types.ClosureFieldsFragmentDoc,
    "\n  query AccountClosure($id: ID!) {\n    account(id: $id) {\n      ...ClosureFields\n    }\n  }\n": types.AccountClosureDocument,
    "\n  query ClosureCases {\n    closureCases {\n      ...AccountSummaryFields\n      closureActions\n      inactivity {\n        stage\n        stageLabel\n        open\n        graceEndsAt\n        decisionDueAt\n        escalatedAt\n      }\n      closure {\n        stage\n        stageLabel\n      }\n    }\n  }\n": types.ClosureCasesDocument,
    "\n  mutation ReportAccountActivity($accountId: ID!, $note: String) {\n    reportAccountActivity(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n": types.ReportAccountActivityDocument,
    "\n  mutation RecordClosureOpinion($accountId: ID!, $opinion: String!) {\n    recordClosureOpinion(accountId: $accountId, opinion: $opinion) {\n      ...ClosureFields\n    }\n  }\n": types.RecordClosureOpinionDocument,
    "\n  mutation DecideOnInactiveAccount($accountId: ID!, $input: ClosureDecisionInput!) {\n    decideOnInactiveAccount(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n": types.DecideOnInactiveAccountDocument,
    "\n  mutation RequestAccountClosure($accountId: ID!, $input: AccountClosureRequestInput!) {\n    requestAccountClosure(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n": types.RequestAccountClosureDocument,
    "\n  mutation ConfirmPlatformRemoval($accountId: ID!, $input: PlatformRemovalInput!) {\n    confirmPlatformRemoval(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n": types.ConfirmPlatformRemovalDocument,
    "\n  mutation ConfirmCredentialsDestroyed($accountId: ID!, $note: String!) {\n    confirmCredentialsDestroyed(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n": types.ConfirmCredentialsDestroyedDocument,
    "\n  fragment AccountSummaryFields on Account {\n    id\n    platform\n    displayName\n    handle\n    status\n    scope\n    planRevision\n    pendingStep\n    lastReason\n    updatedAt\n    createdAt\n    activatedAt\n    unit {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n": types.AccountSummaryFieldsFragmentDoc,
    "\n  fragment AccountDetailFields on Account {\n    ...AccountSummaryFields\n    webAddress\n    functionalEmail\n    workflowId\n    myActions\n    plan {\n      revision\n      platform\n      webAddress\n      handle\n      displayName\n      activityDescription\n      purpose\n      targetAudiences\n      goals\n      needsAnalysis\n      functionalEmail\n      administrators {\n        name\n        email\n        phone\n      }\n      dailyOperators {\n        name\n        email\n        phone\n      }\n      monitoringHours\n      publishingFrequency\n      estimatedWeeklyHours\n      other\n      checklist {\n        key\n        question\n        answer\n        comment\n      }\n      submittedAt\n    }\n    approvals {\n      kind\n      outcome\n      decidedByName\n      decidedRole\n      decidedAt\n      reason\n      dueAt\n      remindedAt\n      escalatedAt\n    }\n    provisioning {\n      key\n      label\n      completedAt\n      completedByName\n      evidenceUrl\n      evidenceNote\n    }\n    administrators {\n      name\n      email\n      twoFactorConfirmed\n    }\n    history {\n      id\n      action\n      label\n      actorName\n      actorRole\n      occurredAt\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n": types.AccountDetailFieldsFragmentDoc,
    "\n  fragment RoleFields on RoleAssignmentView {\n    role\n    unit {\n      id\n      name\n    }\n    administration {\n      id\n      name\n    }\n  }\n": types.RoleFieldsFragmentDoc,
    "\n  query DevUsers {\n    devUsers {\n      id\n      name\n      email\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n": types.DevUsersDocument,
    "\n  mutation DevSignIn($userId: ID!) {\n    devSignIn(userId: $userId) {\n      token\n      user {\n        id\n        name\n        email\n        municipality {\n          id\n          name\n        }\n        roles {\n          ...RoleFields\n        }\n      }\n    }\n  }\n": types.DevSignInDocument,
    "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n": types.MeDocument,
    "\n  query Accounts($filter: AccountFilter, $page: PageInput) {\n    accounts(filter: $filter, page: $page) {\n      total\n      items {\n        ...AccountSummaryFields\n      }\n    }\n  }\n": types.AccountsDocument,
    "\n  query Account($id: ID!) {\n    account(id: $id) {\n      ...AccountDetailFields\n    }\n  }\n": types.AccountDocument,
    "\n  query Units {\n    units {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n": types.UnitsDocument,
    "\n  query ChecklistQuestions {\n    checklistQuestions {\n      key\n      question\n    }\n  }\n": types.ChecklistQuestionsDocument,
    "\n  mutation ApplyForAccount($input: ActivityPlanInput!) {\n    applyForAccount(input: $input) {\n      ...AccountDetailFields\n    }\n  }\n": types.ApplyForAccountDocument,
    "\n  mutation SavePlan($accountId: ID!, $input: ActivityPlanInput!) {\n    savePlan(accountId: $accountId, input: $input) {\n      ...AccountDetailFields\n    }\n  }\n": types.SavePlanDocument,
    "\n  mutation SubmitPlan($accountId: ID!) {\n    submitPlan(accountId: $accountId) {\n      ...AccountDetailFields\n    }\n  }\n": types.SubmitPlanDocument,
    "\n  mutation RecordConsultation($accountId: ID!, $opinion: String!) {\n    recordConsultation(accountId: $accountId, opinion: $opinion) {\n      ...AccountDetailFields\n    }\n  }\n": types.RecordConsultationDocument,
    "\n  mutation DecideAsUnitManager($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsUnitManager(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n": types.DecideAsUnitManagerDocument,
    "\n  mutation DecideAsHeadOfAdministration($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsHeadOfAdministration(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n": types.DecideAsHeadOfAdministrationDocument,
    "\n  mutation CompleteProvisioningItem(\n    $accountId: ID!\n    $key: ProvisioningItemKey!\n    $evidence: ProvisioningEvidenceInput!\n  ) {\n    completeProvisioningItem(accountId: $accountId, key: $key, evidence: $evidence) {\n      ...AccountDetailFields\n    }\n  }\n": types.CompleteProvisioningItemDocument,
    "\n  mutation Withdraw($accountId: ID!, $reason: String!) {\n    withdraw(accountId: $accountId, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n": types.WithdrawDocument,
    "\n  fragment PolicyFields on Policy {\n    id\n    version\n    effectiveFrom\n    presetKey\n    changeNote\n    publishedAt\n    publishedByName\n    inForce\n    parameters {\n      ...PolicyParameterFields\n    }\n    sources {\n      parameter\n      label\n      source\n    }\n  }\n": types.PolicyFieldsFragmentDoc,
    "\n  fragment PolicyParameterFields on PolicyParameters {\n    approvalChain\n    consultationOnNewPlatform\n    approvalReminderWorkingDays\n    approvalEscalationWorkingDays\n    accountCreator\n    minAdministrators\n    twoFactorRequired\n    credentialDepositPlatforms\n    monitoringFrequency\n    answerDeadlineWorkingDays\n    forwardedQuestionDeadlineWorkingDays\n    snapshotCadence\n    snapshotOccasions\n    inactivityThresholdDays\n    inactivityGracePeriodDays\n    closureDecisionWorkingDays\n    handoverDecisionReminderWorkingDays\n    followUpReport {\n      cadence\n      month\n    }\n    profileTextTemplate\n  }\n": types.PolicyParameterFieldsFragmentDoc,
    "\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyFields\n    }\n  }\n": types.PolicyVersionsDocument,
    "\n  query PolicyPresets {\n    policyPresets {\n      key\n      municipalityName\n      seedFile\n      parameters {\n        ...PolicyParameterFields\n      }\n      sources {\n        parameter\n        label\n        source\n      }\n    }\n  }\n": types.PolicyPresetsDocument,
    "\n  mutation PublishPolicyVersion($input: PublishPolicyInput!) {\n    publishPolicyVersion(input: $input) {\n      ...PolicyFields\n    }\n  }\n": types.PublishPolicyVersionDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClosureFields on Account {\n    id\n    status\n    displayName\n    closureActions\n    activity {\n      lastActivityAt\n      lastPlatformActivityAt\n      lastReportedActivityAt\n      lastReportedByName\n      checkedAt\n      checkProblem\n      nextCheckAt\n      reviewAt\n    }\n    inactivity {\n      id\n      number\n      stage\n      stageLabel\n      open\n      lastActivityAt\n      warnedAt\n      graceEndsAt\n      decisionDueAt\n      escalatedAt\n      opinion\n      opinionByName\n      opinionAt\n      decision\n      decisionComment\n      revivalPlan\n      reviewAt\n      decidedByName\n      decidedAt\n      revivedAt\n      revivalSource\n    }\n    closure {\n      reason\n      reasonLabel\n      explanation\n      requestedByName\n      requestedAt\n      stage\n      stageLabel\n      snapshotStatus\n      credentialsDeposited\n      platformRemovalUrl\n      platformCheck\n      platformCheckLabel\n      closedAt\n      workflowId\n      steps {\n        key\n        label\n        doneAt\n        doneByName\n        note\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ClosureFields on Account {\n    id\n    status\n    displayName\n    closureActions\n    activity {\n      lastActivityAt\n      lastPlatformActivityAt\n      lastReportedActivityAt\n      lastReportedByName\n      checkedAt\n      checkProblem\n      nextCheckAt\n      reviewAt\n    }\n    inactivity {\n      id\n      number\n      stage\n      stageLabel\n      open\n      lastActivityAt\n      warnedAt\n      graceEndsAt\n      decisionDueAt\n      escalatedAt\n      opinion\n      opinionByName\n      opinionAt\n      decision\n      decisionComment\n      revivalPlan\n      reviewAt\n      decidedByName\n      decidedAt\n      revivedAt\n      revivalSource\n    }\n    closure {\n      reason\n      reasonLabel\n      explanation\n      requestedByName\n      requestedAt\n      stage\n      stageLabel\n      snapshotStatus\n      credentialsDeposited\n      platformRemovalUrl\n      platformCheck\n      platformCheckLabel\n      closedAt\n      workflowId\n      steps {\n        key\n        label\n        doneAt\n        doneByName\n        note\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountClosure($id: ID!) {\n    account(id: $id) {\n      ...ClosureFields\n    }\n  }\n"): (typeof documents)["\n  query AccountClosure($id: ID!) {\n    account(id: $id) {\n      ...ClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClosureCases {\n    closureCases {\n      ...AccountSummaryFields\n      closureActions\n      inactivity {\n        stage\n        stageLabel\n        open\n        graceEndsAt\n        decisionDueAt\n        escalatedAt\n      }\n      closure {\n        stage\n        stageLabel\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClosureCases {\n    closureCases {\n      ...AccountSummaryFields\n      closureActions\n      inactivity {\n        stage\n        stageLabel\n        open\n        graceEndsAt\n        decisionDueAt\n        escalatedAt\n      }\n      closure {\n        stage\n        stageLabel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAccountActivity($accountId: ID!, $note: String) {\n    reportAccountActivity(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReportAccountActivity($accountId: ID!, $note: String) {\n    reportAccountActivity(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordClosureOpinion($accountId: ID!, $opinion: String!) {\n    recordClosureOpinion(accountId: $accountId, opinion: $opinion) {\n      ...ClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordClosureOpinion($accountId: ID!, $opinion: String!) {\n    recordClosureOpinion(accountId: $accountId, opinion: $opinion) {\n      ...ClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideOnInactiveAccount($accountId: ID!, $input: ClosureDecisionInput!) {\n    decideOnInactiveAccount(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideOnInactiveAccount($accountId: ID!, $input: ClosureDecisionInput!) {\n    decideOnInactiveAccount(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestAccountClosure($accountId: ID!, $input: AccountClosureRequestInput!) {\n    requestAccountClosure(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation RequestAccountClosure($accountId: ID!, $input: AccountClosureRequestInput!) {\n    requestAccountClosure(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmPlatformRemoval($accountId: ID!, $input: PlatformRemovalInput!) {\n    confirmPlatformRemoval(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmPlatformRemoval($accountId: ID!, $input: PlatformRemovalInput!) {\n    confirmPlatformRemoval(accountId: $accountId, input: $input) {\n      ...ClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmCredentialsDestroyed($accountId: ID!, $note: String!) {\n    confirmCredentialsDestroyed(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmCredentialsDestroyed($accountId: ID!, $note: String!) {\n    confirmCredentialsDestroyed(accountId: $accountId, note: $note) {\n      ...ClosureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountSummaryFields on Account {\n    id\n    platform\n    displayName\n    handle\n    status\n    scope\n    planRevision\n    pendingStep\n    lastReason\n    updatedAt\n    createdAt\n    activatedAt\n    unit {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment AccountSummaryFields on Account {\n    id\n    platform\n    displayName\n    handle\n    status\n    scope\n    planRevision\n    pendingStep\n    lastReason\n    updatedAt\n    createdAt\n    activatedAt\n    unit {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AccountDetailFields on Account {\n    ...AccountSummaryFields\n    webAddress\n    functionalEmail\n    workflowId\n    myActions\n    plan {\n      revision\n      platform\n      webAddress\n      handle\n      displayName\n      activityDescription\n      purpose\n      targetAudiences\n      goals\n      needsAnalysis\n      functionalEmail\n      administrators {\n        name\n        email\n        phone\n      }\n      dailyOperators {\n        name\n        email\n        phone\n      }\n      monitoringHours\n      publishingFrequency\n      estimatedWeeklyHours\n      other\n      checklist {\n        key\n        question\n        answer\n        comment\n      }\n      submittedAt\n    }\n    approvals {\n      kind\n      outcome\n      decidedByName\n      decidedRole\n      decidedAt\n      reason\n      dueAt\n      remindedAt\n      escalatedAt\n    }\n    provisioning {\n      key\n      label\n      completedAt\n      completedByName\n      evidenceUrl\n      evidenceNote\n    }\n    administrators {\n      name\n      email\n      twoFactorConfirmed\n    }\n    history {\n      id\n      action\n      label\n      actorName\n      actorRole\n      occurredAt\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n"): (typeof documents)["\n  fragment AccountDetailFields on Account {\n    ...AccountSummaryFields\n    webAddress\n    functionalEmail\n    workflowId\n    myActions\n    plan {\n      revision\n      platform\n      webAddress\n      handle\n      displayName\n      activityDescription\n      purpose\n      targetAudiences\n      goals\n      needsAnalysis\n      functionalEmail\n      administrators {\n        name\n        email\n        phone\n      }\n      dailyOperators {\n        name\n        email\n        phone\n      }\n      monitoringHours\n      publishingFrequency\n      estimatedWeeklyHours\n      other\n      checklist {\n        key\n        question\n        answer\n        comment\n      }\n      submittedAt\n    }\n    approvals {\n      kind\n      outcome\n      decidedByName\n      decidedRole\n      decidedAt\n      reason\n      dueAt\n      remindedAt\n      escalatedAt\n    }\n    provisioning {\n      key\n      label\n      completedAt\n      completedByName\n      evidenceUrl\n      evidenceNote\n    }\n    administrators {\n      name\n      email\n      twoFactorConfirmed\n    }\n    history {\n      id\n      action\n      label\n      actorName\n      actorRole\n      occurredAt\n      fromStatus\n      toStatus\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoleFields on RoleAssignmentView {\n    role\n    unit {\n      id\n      name\n    }\n    administration {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment RoleFields on RoleAssignmentView {\n    role\n    unit {\n      id\n      name\n    }\n    administration {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DevUsers {\n    devUsers {\n      id\n      name\n      email\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DevUsers {\n    devUsers {\n      id\n      name\n      email\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DevSignIn($userId: ID!) {\n    devSignIn(userId: $userId) {\n      token\n      user {\n        id\n        name\n        email\n        municipality {\n          id\n          name\n        }\n        roles {\n          ...RoleFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DevSignIn($userId: ID!) {\n    devSignIn(userId: $userId) {\n      token\n      user {\n        id\n        name\n        email\n        municipality {\n          id\n          name\n        }\n        roles {\n          ...RoleFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      name\n      email\n      municipality {\n        id\n        name\n      }\n      roles {\n        ...RoleFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: AccountFilter, $page: PageInput) {\n    accounts(filter: $filter, page: $page) {\n      total\n      items {\n        ...AccountSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Accounts($filter: AccountFilter, $page: PageInput) {\n    accounts(filter: $filter, page: $page) {\n      total\n      items {\n        ...AccountSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Account($id: ID!) {\n    account(id: $id) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  query Account($id: ID!) {\n    account(id: $id) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Units {\n    units {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Units {\n    units {\n      id\n      name\n      administration {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChecklistQuestions {\n    checklistQuestions {\n      key\n      question\n    }\n  }\n"): (typeof documents)["\n  query ChecklistQuestions {\n    checklistQuestions {\n      key\n      question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForAccount($input: ActivityPlanInput!) {\n    applyForAccount(input: $input) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForAccount($input: ActivityPlanInput!) {\n    applyForAccount(input: $input) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePlan($accountId: ID!, $input: ActivityPlanInput!) {\n    savePlan(accountId: $accountId, input: $input) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SavePlan($accountId: ID!, $input: ActivityPlanInput!) {\n    savePlan(accountId: $accountId, input: $input) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitPlan($accountId: ID!) {\n    submitPlan(accountId: $accountId) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitPlan($accountId: ID!) {\n    submitPlan(accountId: $accountId) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordConsultation($accountId: ID!, $opinion: String!) {\n    recordConsultation(accountId: $accountId, opinion: $opinion) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation RecordConsultation($accountId: ID!, $opinion: String!) {\n    recordConsultation(accountId: $accountId, opinion: $opinion) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAsUnitManager($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsUnitManager(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideAsUnitManager($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsUnitManager(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAsHeadOfAdministration($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsHeadOfAdministration(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation DecideAsHeadOfAdministration($accountId: ID!, $decision: Decision!, $reason: String) {\n    decideAsHeadOfAdministration(accountId: $accountId, decision: $decision, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteProvisioningItem(\n    $accountId: ID!\n    $key: ProvisioningItemKey!\n    $evidence: ProvisioningEvidenceInput!\n  ) {\n    completeProvisioningItem(accountId: $accountId, key: $key, evidence: $evidence) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteProvisioningItem(\n    $accountId: ID!\n    $key: ProvisioningItemKey!\n    $evidence: ProvisioningEvidenceInput!\n  ) {\n    completeProvisioningItem(accountId: $accountId, key: $key, evidence: $evidence) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Withdraw($accountId: ID!, $reason: String!) {\n    withdraw(accountId: $accountId, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n"): (typeof documents)["\n  mutation Withdraw($accountId: ID!, $reason: String!) {\n    withdraw(accountId: $accountId, reason: $reason) {\n      ...AccountDetailFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyFields on Policy {\n    id\n    version\n    effectiveFrom\n    presetKey\n    changeNote\n    publishedAt\n    publishedByName\n    inForce\n    parameters {\n      ...PolicyParameterFields\n    }\n    sources {\n      parameter\n      label\n      source\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyFields on Policy {\n    id\n    version\n    effectiveFrom\n    presetKey\n    changeNote\n    publishedAt\n    publishedByName\n    inForce\n    parameters {\n      ...PolicyParameterFields\n    }\n    sources {\n      parameter\n      label\n      source\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyParameterFields on PolicyParameters {\n    approvalChain\n    consultationOnNewPlatform\n    approvalReminderWorkingDays\n    approvalEscalationWorkingDays\n    accountCreator\n    minAdministrators\n    twoFactorRequired\n    credentialDepositPlatforms\n    monitoringFrequency\n    answerDeadlineWorkingDays\n    forwardedQuestionDeadlineWorkingDays\n    snapshotCadence\n    snapshotOccasions\n    inactivityThresholdDays\n    inactivityGracePeriodDays\n    closureDecisionWorkingDays\n    handoverDecisionReminderWorkingDays\n    followUpReport {\n      cadence\n      month\n    }\n    profileTextTemplate\n  }\n"): (typeof documents)["\n  fragment PolicyParameterFields on PolicyParameters {\n    approvalChain\n    consultationOnNewPlatform\n    approvalReminderWorkingDays\n    approvalEscalationWorkingDays\n    accountCreator\n    minAdministrators\n    twoFactorRequired\n    credentialDepositPlatforms\n    monitoringFrequency\n    answerDeadlineWorkingDays\n    forwardedQuestionDeadlineWorkingDays\n    snapshotCadence\n    snapshotOccasions\n    inactivityThresholdDays\n    inactivityGracePeriodDays\n    closureDecisionWorkingDays\n    handoverDecisionReminderWorkingDays\n    followUpReport {\n      cadence\n      month\n    }\n    profileTextTemplate\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  query PolicyVersions {\n    policyVersions {\n      ...PolicyFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyPresets {\n    policyPresets {\n      key\n      municipalityName\n      seedFile\n      parameters {\n        ...PolicyParameterFields\n      }\n      sources {\n        parameter\n        label\n        source\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyPresets {\n    policyPresets {\n      key\n      municipalityName\n      seedFile\n      parameters {\n        ...PolicyParameterFields\n      }\n      sources {\n        parameter\n        label\n        source\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPolicyVersion($input: PublishPolicyInput!) {\n    publishPolicyVersion(input: $input) {\n      ...PolicyFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPolicyVersion($input: PublishPolicyInput!) {\n    publishPolicyVersion(input: $input) {\n      ...PolicyFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;