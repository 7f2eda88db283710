import {
  PERMISSIONS,
  approvalStepActor,
  missingProvisioningItems,
  openingCommandRefusal,
  roleFor,
  type Actor,
  type ApprovalStepKind,
  type OpeningState,
  type OrganisationScope,
  type Permission,
  type Role,
} from '@smg/domain';
import { forbidden } from '../errors.js';

/**
 * Object-level authorization lives here and nowhere else: every resolver that acts on or lists something asks
 * `authorize` / `actingRole`, which read the domain's one permission table (`roleFor`), so "roles plus is this
 * your unit / administration" is decided in a single place.
 */

/** The role the actor acts in on this target, or null when they may not. */
export function actingRole(actor: Actor, permission: Permission, target: OrganisationScope): Role | null {
  return roleFor(actor, permission, target);
}

const refusalMessage: Record<Permission, string> = {
  ACCOUNT_READ: 'Du har inte behörighet att se kontot.',
  OPENING_APPLY: 'Du kan bara ansöka om och ändra konton för din egen verksamhet.',
  OPENING_WITHDRAW: 'Du kan bara återkalla ansökningar för din egen verksamhet.',
  OPENING_CONSULT: 'Bara kommunikationsenheten kan registrera samråd.',
  OPENING_DECIDE_AS_UNIT_MANAGER: 'Bara verksamhetsansvarig chef för kontots verksamhet kan besluta här.',
  OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION: 'Bara förvaltningschefen för kontots förvaltning kan besluta här.',
  OPENING_PROVISION: 'Du har inte behörighet att bocka av punkter i upprättandet av det här kontot.',
  POLICY_READ: 'Du har inte behörighet att läsa kommunens policy.',
  POLICY_PUBLISH: 'Bara kommunikationsenheten kan ge ut en ny version av policyn.',
  ARCHIVE_READ: 'Du har inte behörighet att se kommunens arkiverade ögonblicksbilder.',
  ARCHIVE_RUN: 'Bara arkivansvarig och kommunikationsenheten kan starta arkivering.',
  ARCHIVE_ACCEPT: 'Bara arkivansvarig kan ta emot en leverans till e-arkivet.',
  HANDOVER_PROPOSE: 'Bara verksamhetsansvarig chef för kontots verksamhet eller kommunikationsenheten kan föreslå att kontot överlåts.',
  HANDOVER_RECORD_DECISION: 'Bara nämndsekreteraren för den ansvariga nämnden kan registrera nämndbeslut om kontot.',
  HANDOVER_RECORD_CONDITION: 'Du har inte behörighet att registrera villkor för överlåtelsen av det här kontot.',
  HANDOVER_RETRY_SNAPSHOT: 'Bara kommunikationsenheten eller arkivansvarig kan göra om den slutliga ögonblicksbilden.',
  FILE_UPLOAD: 'Du har inte behörighet att bifoga filer.',
  INACTIVITY_REPORT_ACTIVITY: 'Bara den som driver kontot, dess chef eller kommunikationsenheten kan rapportera aktivitet.',
  CLOSURE_CONSULT: 'Bara kommunikationsenheten kan yttra sig om att avsluta ett konto.',
  CLOSURE_DECIDE: 'Bara verksamhetsansvarig chef för kontots verksamhet kan besluta om kontot ska behållas eller avslutas.',
  CLOSURE_REQUEST: 'Bara verksamhetsansvarig chef för kontots verksamhet kan begära att kontot avslutas.',
  CLOSURE_CONFIRM_PLATFORM_REMOVAL: 'Bara kontots verksamhet eller kommunikationsenheten kan bekräfta att kontot är borttaget från plattformen.',
  CLOSURE_DESTROY_CREDENTIALS: 'Bara kommunikationsenheten, som förvarar inloggningsuppgifterna, kan registrera att de är förstörda.',
  CREDENTIALS_DEPOSIT: 'Bara den som upprättar kontot (dess verksamhet) eller kommunikationsenheten kan deponera inloggningsuppgifterna.',
  CREDENTIALS_REVEAL: 'Bara kommunikationsenheten, som förvarar inloggningsuppgifterna, kan visa dem.',
};

/** The role to act in, or FORBIDDEN naming what is missing. */
export function authorize(actor: Actor, permission: Permission, target: OrganisationScope): Role {
  const role = actingRole(actor, permission, target);
  if (!role) throw forbidden(refusalMessage[permission]);
  return role;
}

/** Whether the actor holds any role the permission lists, wherever it is scoped (the coarse check before loading). */
export function holdsRoleFor(actor: Actor, permission: Permission): boolean {
  return PERMISSIONS[permission].some((rule) => actor.roles.some((a) => a.role === rule.role));
}

export function requireRoleFor(actor: Actor, permission: Permission): void {
  if (!holdsRoleFor(actor, permission)) throw forbidden(refusalMessage[permission]);
}

/** The mutations of the opening lifecycle, by their GraphQL names (`Account.myActions`). */
export type OpeningAction =
  | 'savePlan'
  | 'submitPlan'
  | 'recordConsultation'
  | 'decideAsUnitManager'
  | 'decideAsHeadOfAdministration'
  | 'completeProvisioningItem'
  | 'withdraw';

/**
 * For each mutation: the permission it needs and whether the lifecycle allows it now, using the same refusal
 * function as the workflow's validators (content such as a reason is not known yet, so a stand-in is given).
 */
export const OPENING_ACTIONS: Record<OpeningAction, { permission: Permission; refusal(state: OpeningState): string | null }> = {
  savePlan: {
    permission: 'OPENING_APPLY',
    refusal: (state) => (state.status === 'DRAFT' ? null : `Planen kan bara ändras som utkast (kontot är ${state.status}).`),
  },
  submitPlan: { permission: 'OPENING_APPLY', refusal: (state) => openingCommandRefusal(state, { type: 'SUBMIT_PLAN' }) },
  recordConsultation: {
    permission: approvalStepActor.CONSULTATION.permission,
    refusal: (state) => openingCommandRefusal(state, { type: 'RECORD_CONSULTATION', opinion: 'samråd' }),
  },
  decideAsUnitManager: {
    permission: approvalStepActor.UNIT_MANAGER.permission,
    refusal: (state) => openingCommandRefusal(state, { type: 'DECIDE', step: 'UNIT_MANAGER', decision: 'APPROVE' }),
  },
  decideAsHeadOfAdministration: {
    permission: approvalStepActor.HEAD_OF_ADMINISTRATION.permission,
    refusal: (state) => openingCommandRefusal(state, { type: 'DECIDE', step: 'HEAD_OF_ADMINISTRATION', decision: 'APPROVE' }),
  },
  completeProvisioningItem: {
    permission: 'OPENING_PROVISION',
    refusal: (state) => {
      const [next] = missingProvisioningItems(state);
      if (!next) return state.status === 'PROVISIONING' ? 'Alla punkter är avklarade.' : `Upprättandet pågår inte (kontot är ${state.status}).`;
      return openingCommandRefusal(state, { type: 'COMPLETE_PROVISIONING_ITEM', key: next, evidence: {} });
    },
  },
  withdraw: {
    permission: 'OPENING_WITHDRAW',
    refusal: (state) => openingCommandRefusal(state, { type: 'WITHDRAW', reason: 'återkallas' }),
  },
};

/** The mutations the actor may take on this opening now. */
export function openingActionsFor(actor: Actor, target: OrganisationScope, state: OpeningState): OpeningAction[] {
  return (Object.keys(OPENING_ACTIONS) as OpeningAction[]).filter((action) => {
    const { permission, refusal } = OPENING_ACTIONS[action];
    return actingRole(actor, permission, target) !== null && refusal(state) === null;
  });
}

/** Whether the step now pending on an account in review is one this actor may take (the manager's inbox). */
export function awaitsDecisionBy(
  actor: Actor,
  account: OrganisationScope & { status: string; pendingStep: ApprovalStepKind | null },
): boolean {
  if (account.status !== 'IN_REVIEW' || !account.pendingStep) return false;
  return actingRole(actor, approvalStepActor[account.pendingStep].permission, account) !== null;
}
