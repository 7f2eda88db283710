import type { Actor, Role, RoleAssignment } from './roles.js';

/** What an actor may be allowed to do. One table decides who may do each (see `PERMISSIONS`). */
export const Permission = {
  ACCOUNT_READ: 'ACCOUNT_READ',
  OPENING_APPLY: 'OPENING_APPLY',
  OPENING_WITHDRAW: 'OPENING_WITHDRAW',
  OPENING_CONSULT: 'OPENING_CONSULT',
  OPENING_DECIDE_AS_UNIT_MANAGER: 'OPENING_DECIDE_AS_UNIT_MANAGER',
  OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION: 'OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION',
  OPENING_PROVISION: 'OPENING_PROVISION',
  POLICY_READ: 'POLICY_READ',
  POLICY_PUBLISH: 'POLICY_PUBLISH',
  ARCHIVE_READ: 'ARCHIVE_READ',
  ARCHIVE_RUN: 'ARCHIVE_RUN',
  ARCHIVE_ACCEPT: 'ARCHIVE_ACCEPT',
  HANDOVER_PROPOSE: 'HANDOVER_PROPOSE',
  HANDOVER_RECORD_DECISION: 'HANDOVER_RECORD_DECISION',
  HANDOVER_RECORD_CONDITION: 'HANDOVER_RECORD_CONDITION',
  HANDOVER_RETRY_SNAPSHOT: 'HANDOVER_RETRY_SNAPSHOT',
  FILE_UPLOAD: 'FILE_UPLOAD',
  INACTIVITY_REPORT_ACTIVITY: 'INACTIVITY_REPORT_ACTIVITY',
  CLOSURE_CONSULT: 'CLOSURE_CONSULT',
  CLOSURE_DECIDE: 'CLOSURE_DECIDE',
  CLOSURE_REQUEST: 'CLOSURE_REQUEST',
  CLOSURE_CONFIRM_PLATFORM_REMOVAL: 'CLOSURE_CONFIRM_PLATFORM_REMOVAL',
  CLOSURE_DESTROY_CREDENTIALS: 'CLOSURE_DESTROY_CREDENTIALS',
  CREDENTIALS_DEPOSIT: 'CREDENTIALS_DEPOSIT',
  CREDENTIALS_REVEAL: 'CREDENTIALS_REVEAL',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

/**
 * How far a role assignment must reach to cover the target:
 * - `unit`: assigned to the target's unit (or to its administration, or municipality-wide);
 * - `administration`: assigned to the target's administration (or municipality-wide);
 * - `own-unit-only`: assigned exactly to the target's unit (a unit manager acts only for their own units);
 * - `municipality`: any assignment in the same municipality.
 */
export type Reach = 'unit' | 'administration' | 'own-unit-only' | 'municipality';

export const PERMISSIONS: Record<Permission, ReadonlyArray<{ role: Role; reach: Reach }>> = {
  ACCOUNT_READ: [
    { role: 'EDITOR', reach: 'municipality' },
    { role: 'UNIT_MANAGER', reach: 'municipality' },
    { role: 'HEAD_OF_ADMINISTRATION', reach: 'municipality' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
    { role: 'ARCHIVIST', reach: 'municipality' },
    { role: 'BOARD_SECRETARY', reach: 'municipality' },
    { role: 'AUDITOR', reach: 'municipality' },
    { role: 'INTEGRATION', reach: 'municipality' },
  ],
  OPENING_APPLY: [
    { role: 'EDITOR', reach: 'unit' },
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
    { role: 'INTEGRATION', reach: 'municipality' },
  ],
  OPENING_WITHDRAW: [
    { role: 'EDITOR', reach: 'unit' },
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
  ],
  OPENING_CONSULT: [{ role: 'COMMUNICATIONS', reach: 'municipality' }],
  OPENING_DECIDE_AS_UNIT_MANAGER: [{ role: 'UNIT_MANAGER', reach: 'own-unit-only' }],
  OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION: [{ role: 'HEAD_OF_ADMINISTRATION', reach: 'administration' }],
  OPENING_PROVISION: [
    { role: 'EDITOR', reach: 'unit' },
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
  ],
  POLICY_READ: [
    { role: 'EDITOR', reach: 'municipality' },
    { role: 'UNIT_MANAGER', reach: 'municipality' },
    { role: 'HEAD_OF_ADMINISTRATION', reach: 'municipality' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
    { role: 'ARCHIVIST', reach: 'municipality' },
    { role: 'BOARD_SECRETARY', reach: 'municipality' },
    { role: 'AUDITOR', reach: 'municipality' },
    { role: 'INTEGRATION', reach: 'municipality' },
  ],
  /** The communications unit keeps the municipality's rules (DOMAIN.md "Organisation"). */
  POLICY_PUBLISH: [{ role: 'COMMUNICATIONS', reach: 'municipality' }],
  /** Archived packages and their content: the archivist, the communications unit, and auditors who review them. */
  ARCHIVE_READ: [
    { role: 'ARCHIVIST', reach: 'municipality' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
    { role: 'AUDITOR', reach: 'municipality' },
  ],
  /** Starting a run, retrying a failed account, documenting an account after a major change. */
  ARCHIVE_RUN: [
    { role: 'ARCHIVIST', reach: 'municipality' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
  ],
  /** Taking a delivery into the e-archive is the archivist's own act (DOMAIN.md "4. Half-yearly archiving"). */
  ARCHIVE_ACCEPT: [{ role: 'ARCHIVIST', reach: 'municipality' }],
  /** The owning unit's manager or the communications unit proposes a handover, and may withdraw it before the board decides. */
  HANDOVER_PROPOSE: [
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
  ],
  /** The board secretary registers board decisions: for the whole municipality, or for the administrations of their board. */
  HANDOVER_RECORD_DECISION: [{ role: 'BOARD_SECRETARY', reach: 'administration' }],
  /** Those who run the account meet the conditions; the communications unit removes its own rights and the deposited credentials. */
  HANDOVER_RECORD_CONDITION: [
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
    { role: 'EDITOR', reach: 'unit' },
  ],
  HANDOVER_RETRY_SNAPSHOT: [
    { role: 'COMMUNICATIONS', reach: 'municipality' },
    { role: 'ARCHIVIST', reach: 'municipality' },
  ],
  /** Evidence and minutes extracts are attached by those who record conditions and decisions. */
  FILE_UPLOAD: [
    { role: 'BOARD_SECRETARY', reach: 'municipality' },
    { role: 'UNIT_MANAGER', reach: 'municipality' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
    { role: 'EDITOR', reach: 'municipality' },
  ],
  /** Those who run the account say it is in use (DOMAIN.md "3. Closure after inactivity": activity reported by editors). */
  INACTIVITY_REPORT_ACTIVITY: [
    { role: 'EDITOR', reach: 'unit' },
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
  ],
  /** Samråd on closing (seed 003 "Avsluta ett konto", seed 004 "Stänga ned ett konto"). */
  CLOSURE_CONSULT: [{ role: 'COMMUNICATIONS', reach: 'municipality' }],
  /** The nearest manager decides (seed 004): the unit manager of the account's own unit. */
  CLOSURE_DECIDE: [{ role: 'UNIT_MANAGER', reach: 'own-unit-only' }],
  CLOSURE_REQUEST: [{ role: 'UNIT_MANAGER', reach: 'own-unit-only' }],
  CLOSURE_CONFIRM_PLATFORM_REMOVAL: [
    { role: 'EDITOR', reach: 'unit' },
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
  ],
  /** The communications unit keeps the deposited credentials (seed 001 §3, seed 004). */
  CLOSURE_DESTROY_CREDENTIALS: [{ role: 'COMMUNICATIONS', reach: 'municipality' }],
  /** Those who provision the account hand its credentials to the communications unit (seed 000, 001 §3.2, 004). */
  CREDENTIALS_DEPOSIT: [
    { role: 'EDITOR', reach: 'unit' },
    { role: 'UNIT_MANAGER', reach: 'own-unit-only' },
    { role: 'COMMUNICATIONS', reach: 'municipality' },
  ],
  /** Only the communications unit, which keeps the deposited credentials, may open them (seed 000, 004). */
  CREDENTIALS_REVEAL: [{ role: 'COMMUNICATIONS', reach: 'municipality' }],
};

/** Where the thing acted on belongs in the organisation. */
export interface OrganisationScope {
  municipalityId: string;
  administrationId: string;
  unitId: string;
}

function reaches(assignment: RoleAssignment, reach: Reach, target: OrganisationScope): boolean {
  const municipalityWide = !assignment.unitId && !assignment.administrationId;
  switch (reach) {
    case 'municipality':
      return true;
    case 'own-unit-only':
      return assignment.unitId === target.unitId;
    case 'administration':
      return municipalityWide || assignment.administrationId === target.administrationId;
    case 'unit':
      return (
        municipalityWide || assignment.unitId === target.unitId || assignment.administrationId === target.administrationId
      );
  }
}

/** The role under which the actor may act on the target, or null when they may not. */
export function roleFor(actor: Actor, permission: Permission, target: OrganisationScope): Role | null {
  if (actor.municipalityId !== target.municipalityId) return null;
  for (const rule of PERMISSIONS[permission]) {
    const assignment = actor.roles.find((a) => a.role === rule.role && reaches(a, rule.reach, target));
    if (assignment) return rule.role;
  }
  return null;
}

export function can(actor: Actor, permission: Permission, target: OrganisationScope): boolean {
  return roleFor(actor, permission, target) !== null;
}
