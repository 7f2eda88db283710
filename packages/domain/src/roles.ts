/** Roles a user can hold in the system (DOMAIN.md "Roles in the system"). */
export const Role = {
  EDITOR: 'EDITOR',
  UNIT_MANAGER: 'UNIT_MANAGER',
  HEAD_OF_ADMINISTRATION: 'HEAD_OF_ADMINISTRATION',
  COMMUNICATIONS: 'COMMUNICATIONS',
  ARCHIVIST: 'ARCHIVIST',
  BOARD_SECRETARY: 'BOARD_SECRETARY',
  AUDITOR: 'AUDITOR',
  INTEGRATION: 'INTEGRATION',
} as const;
export type Role = (typeof Role)[keyof typeof Role];
export const ROLES = Object.values(Role);

export const roleLabel: Record<Role, string> = {
  EDITOR: 'Redaktör',
  UNIT_MANAGER: 'Verksamhetsansvarig chef',
  HEAD_OF_ADMINISTRATION: 'Förvaltningschef',
  COMMUNICATIONS: 'Kommunikationsenheten',
  ARCHIVIST: 'Arkivansvarig',
  BOARD_SECRETARY: 'Nämndsekreterare',
  AUDITOR: 'Granskare',
  INTEGRATION: 'Integration',
};

/**
 * A role held by a user, scoped to a unit or an administration. A role with neither scope holds for the
 * whole municipality (the communications unit, archivists, auditors).
 */
export interface RoleAssignment {
  role: Role;
  unitId?: string | null;
  administrationId?: string | null;
}

/** The signed-in person or machine client acting in the system. */
export interface Actor {
  userId: string;
  municipalityId: string;
  name: string;
  roles: RoleAssignment[];
}
