import type { Permission } from '@smg/domain';

/**
 * Who may call each root field: the one declared table the authorization matrix checks the API against. Every
 * Query and Mutation field must have a row (the matrix fails for a field without one), so a new field is declared
 * here with its permission from the domain's PERMISSIONS table (packages/domain/src/authorization.ts).
 *
 * - `public`: anyone, signed in or not;
 * - `authenticated`: any signed-in user; what it returns is limited to their own municipality (and to them);
 * - `{ permission, on }`: the roles and reach PERMISSIONS gives for that permission, on the object the field's
 *   ID arguments point at (`account`, `snapshot`, `archivingRun`, `handover`: that object's unit and
 *   administration; `unit`: the unit named in the input) or on the caller's own municipality (`municipality`).
 *   `deniedAs: 'null'` marks a field that answers a caller without access with null rather than an error
 *   ("not visible to me").
 */
export type Target = 'account' | 'snapshot' | 'archivingRun' | 'handover' | 'unit' | 'municipality';
export type Access = 'public' | 'authenticated' | { permission: Permission; on: Target; deniedAs?: 'null' };

export const ACCESS: Record<string, Access> = {
  // Session and organisation
  'Query.me': 'authenticated',
  'Query.devUsers': 'public', // DEVELOPMENT ONLY: empty once an OIDC issuer is configured
  'Mutation.devSignIn': 'public', // DEVELOPMENT ONLY: refused once an OIDC issuer is configured
  'Query.units': 'authenticated',
  'Query.boards': 'authenticated',
  'Query.notifications': 'authenticated',
  'Query.checklistQuestions': 'public',
  'Query.register': 'public',

  // Accounts and the opening lifecycle
  'Query.accounts': { permission: 'ACCOUNT_READ', on: 'municipality' },
  'Query.account': { permission: 'ACCOUNT_READ', on: 'account', deniedAs: 'null' },
  'Mutation.applyForAccount': { permission: 'OPENING_APPLY', on: 'unit' },
  'Mutation.savePlan': { permission: 'OPENING_APPLY', on: 'account' },
  'Mutation.submitPlan': { permission: 'OPENING_APPLY', on: 'account' },
  'Mutation.withdraw': { permission: 'OPENING_WITHDRAW', on: 'account' },
  'Mutation.recordConsultation': { permission: 'OPENING_CONSULT', on: 'account' },
  'Mutation.decideAsUnitManager': { permission: 'OPENING_DECIDE_AS_UNIT_MANAGER', on: 'account' },
  'Mutation.decideAsHeadOfAdministration': { permission: 'OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION', on: 'account' },
  'Mutation.completeProvisioningItem': { permission: 'OPENING_PROVISION', on: 'account' },

  // Policy
  'Query.policyInForce': { permission: 'POLICY_READ', on: 'municipality' },
  'Query.policyVersions': { permission: 'POLICY_READ', on: 'municipality' },
  'Query.policyPresets': { permission: 'POLICY_READ', on: 'municipality' },
  'Mutation.publishPolicyVersion': { permission: 'POLICY_PUBLISH', on: 'municipality' },

  // Archiving
  'Query.archivingRuns': { permission: 'ARCHIVE_READ', on: 'municipality' },
  'Query.archivingRun': { permission: 'ARCHIVE_READ', on: 'archivingRun', deniedAs: 'null' },
  'Query.lastEndedArchivingPeriod': { permission: 'ARCHIVE_READ', on: 'municipality' },
  'Query.snapshot': { permission: 'ARCHIVE_READ', on: 'snapshot', deniedAs: 'null' },
  'Query.searchArchive': { permission: 'ARCHIVE_READ', on: 'municipality' },
  'Mutation.startArchivingRun': { permission: 'ARCHIVE_RUN', on: 'municipality' },
  'Mutation.retrySnapshot': { permission: 'ARCHIVE_RUN', on: 'snapshot' },
  'Mutation.snapshotAfterMajorChange': { permission: 'ARCHIVE_RUN', on: 'account' },
  'Mutation.acceptDelivery': { permission: 'ARCHIVE_ACCEPT', on: 'snapshot' },

  // Handover
  'Query.handovers': { permission: 'ACCOUNT_READ', on: 'municipality' },
  'Query.handover': { permission: 'ACCOUNT_READ', on: 'handover', deniedAs: 'null' },
  'Query.boardDecisions': { permission: 'ACCOUNT_READ', on: 'municipality' },
  'Mutation.proposeHandover': { permission: 'HANDOVER_PROPOSE', on: 'account' },
  'Mutation.withdrawHandover': { permission: 'HANDOVER_PROPOSE', on: 'account' },
  'Mutation.registerBoardDecision': { permission: 'HANDOVER_RECORD_DECISION', on: 'account' },
  'Mutation.linkBoardDecision': { permission: 'HANDOVER_RECORD_DECISION', on: 'account' },
  'Mutation.recordHandoverItem': { permission: 'HANDOVER_RECORD_CONDITION', on: 'account' },
  'Mutation.retryFinalSnapshot': { permission: 'HANDOVER_RETRY_SNAPSHOT', on: 'account' },

  // Closure after inactivity
  'Query.closureCases': 'authenticated',
  'Mutation.reportAccountActivity': { permission: 'INACTIVITY_REPORT_ACTIVITY', on: 'account' },
  'Mutation.recordClosureOpinion': { permission: 'CLOSURE_CONSULT', on: 'account' },
  'Mutation.decideOnInactiveAccount': { permission: 'CLOSURE_DECIDE', on: 'account' },
  'Mutation.requestAccountClosure': { permission: 'CLOSURE_REQUEST', on: 'account' },
  'Mutation.confirmPlatformRemoval': { permission: 'CLOSURE_CONFIRM_PLATFORM_REMOVAL', on: 'account' },
  'Mutation.confirmCredentialsDestroyed': { permission: 'CLOSURE_DESTROY_CREDENTIALS', on: 'account' },

  // Credential vault
  'Mutation.depositCredentials': { permission: 'CREDENTIALS_DEPOSIT', on: 'account' },
  'Mutation.revealCredentials': { permission: 'CREDENTIALS_REVEAL', on: 'account' },
};
