import { parametersFromPreset, type Role } from '@smg/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { Administration, Board, Municipality, Unit } from './entities/organisation.js';
import { User, UserRole } from './entities/user.js';
import { PolicyVersion } from './entities/policy.js';
import { publishPolicyVersion } from './policy-store.js';

/**
 * A fictional municipality with boards, administrations, units and a user for every role, so the apps, the
 * API and the Temporal UI have something to show. Loading it twice changes nothing.
 */
export const DEMO_MUNICIPALITY_SLUG = 'demokommun';

export type UnitKey = 'library' | 'youthCentres' | 'schoolCentral' | 'communications';
export type AdministrationKey = 'culture' | 'education' | 'executive';

/** Who manages each demo unit and heads each demo administration: the approvers of their openings. */
export const DEMO_APPROVERS: { unitManager: Record<UnitKey, DemoUserKey>; head: Record<AdministrationKey, DemoUserKey> } = {
  unitManager: { library: 'unitManager', youthCentres: 'otherUnitManager', schoolCentral: 'principal', communications: 'communicationsManager' },
  head: { culture: 'headOfAdministration', education: 'otherHeadOfAdministration', executive: 'executiveHead' },
};

const ORGANISATION = {
  boards: { culture: 'Kultur- och fritidsnämnden', education: 'Barn- och utbildningsnämnden', executive: 'Kommunstyrelsen' },
  administrations: {
    culture: { name: 'Kultur- och fritidsförvaltningen', board: 'culture' },
    education: { name: 'Barn- och utbildningsförvaltningen', board: 'education' },
    executive: { name: 'Kommunledningsförvaltningen', board: 'executive' },
  },
  units: {
    library: { name: 'Biblioteket', administration: 'culture' },
    youthCentres: { name: 'Fritidsgårdarna', administration: 'culture' },
    schoolCentral: { name: 'Centrumskolan', administration: 'education' },
    communications: { name: 'Kommunikationsenheten', administration: 'executive' },
  },
} as const;

export type DemoUserKey =
  | 'editor'
  | 'unitManager'
  | 'otherUnitManager'
  | 'principal'
  | 'communicationsManager'
  | 'executiveHead'
  | 'headOfAdministration'
  | 'otherHeadOfAdministration'
  | 'communications'
  | 'archivist'
  | 'boardSecretary'
  | 'auditor'
  | 'integration';

const USERS: Record<DemoUserKey, { name: string; email: string; roles: Array<{ role: Role; unit?: UnitKey; administration?: AdministrationKey }> }> = {
  editor: { name: 'Elin Redaktör', email: 'elin.redaktor@demokommun.se', roles: [{ role: 'EDITOR', unit: 'library' }] },
  unitManager: { name: 'Ulf Enhetschef', email: 'ulf.enhetschef@demokommun.se', roles: [{ role: 'UNIT_MANAGER', unit: 'library' }] },
  otherUnitManager: { name: 'Frida Fritidschef', email: 'frida.fritidschef@demokommun.se', roles: [{ role: 'UNIT_MANAGER', unit: 'youthCentres' }] },
  principal: { name: 'Sara Rektor', email: 'sara.rektor@demokommun.se', roles: [{ role: 'UNIT_MANAGER', unit: 'schoolCentral' }] },
  communicationsManager: { name: 'Kim Kommunikationschef', email: 'kim.kommunikationschef@demokommun.se', roles: [{ role: 'UNIT_MANAGER', unit: 'communications' }] },
  executiveHead: { name: 'Lars Kommundirektör', email: 'lars.kommundirektor@demokommun.se', roles: [{ role: 'HEAD_OF_ADMINISTRATION', administration: 'executive' }] },
  headOfAdministration: { name: 'Hanna Förvaltningschef', email: 'hanna.forvaltningschef@demokommun.se', roles: [{ role: 'HEAD_OF_ADMINISTRATION', administration: 'culture' }] },
  otherHeadOfAdministration: { name: 'Bertil Skolchef', email: 'bertil.skolchef@demokommun.se', roles: [{ role: 'HEAD_OF_ADMINISTRATION', administration: 'education' }] },
  communications: { name: 'Klara Kommunikatör', email: 'klara.kommunikator@demokommun.se', roles: [{ role: 'COMMUNICATIONS' }] },
  archivist: { name: 'Arvid Arkivarie', email: 'arvid.arkivarie@demokommun.se', roles: [{ role: 'ARCHIVIST' }] },
  boardSecretary: { name: 'Nora Nämndsekreterare', email: 'nora.namndsekreterare@demokommun.se', roles: [{ role: 'BOARD_SECRETARY' }] },
  auditor: { name: 'Greta Granskare', email: 'greta.granskare@demokommun.se', roles: [{ role: 'AUDITOR' }] },
  integration: { name: 'Integrationsklient (e-tjänst)', email: 'integration@demokommun.se', roles: [{ role: 'INTEGRATION' }] },
};

export interface DemoOrganisation {
  municipality: Municipality;
  boards: Record<AdministrationKey, Board>;
  administrations: Record<AdministrationKey, Administration>;
  units: Record<UnitKey, Unit>;
  users: Record<DemoUserKey, User>;
}

/** The demo municipality runs on Torsby's rules: consultation, unit manager, head of administration (seed 001 §3.2). */
export const DEMO_POLICY_PRESET = 'torsby';

export async function seedDemoOrganisation(dataSource: DataSource): Promise<DemoOrganisation> {
  const organisation = await dataSource.transaction(async (em) => {
    const existing = await em.findOneBy(Municipality, { slug: DEMO_MUNICIPALITY_SLUG });
    return existing ? loadDemoOrganisation(em, existing) : createDemoOrganisation(em);
  });
  const hasPolicy = await dataSource.getRepository(PolicyVersion).existsBy({ municipalityId: organisation.municipality.id });
  if (!hasPolicy) {
    await publishPolicyVersion(dataSource, {
      municipalityId: organisation.municipality.id,
      parameters: parametersFromPreset(DEMO_POLICY_PRESET),
      presetKey: DEMO_POLICY_PRESET,
      effectiveFrom: new Date('2026-01-01T00:00:00+01:00'),
      changeNote: 'Första versionen, enligt Torsbys riktlinjer för sociala medier.',
      publishedBy: { id: organisation.users.communications.id, name: organisation.users.communications.name, role: 'COMMUNICATIONS' },
    });
  }
  return organisation;
}

async function createDemoOrganisation(em: EntityManager): Promise<DemoOrganisation> {
  const municipality = await em.save(
    em.create(Municipality, { name: 'Demokommun', slug: DEMO_MUNICIPALITY_SLUG, contactEmail: 'kommunikation@demokommun.se' }),
  );
  const municipalityId = municipality.id;
  const boards = {} as Record<AdministrationKey, Board>;
  for (const [key, name] of Object.entries(ORGANISATION.boards)) {
    boards[key as AdministrationKey] = await em.save(em.create(Board, { municipalityId, name }));
  }
  const administrations = {} as Record<AdministrationKey, Administration>;
  for (const [key, a] of Object.entries(ORGANISATION.administrations)) {
    administrations[key as AdministrationKey] = await em.save(
      em.create(Administration, { municipalityId, name: a.name, boardId: boards[a.board].id }),
    );
  }
  const units = {} as Record<UnitKey, Unit>;
  for (const [key, u] of Object.entries(ORGANISATION.units)) {
    units[key as UnitKey] = await em.save(
      em.create(Unit, { municipalityId, name: u.name, administrationId: administrations[u.administration].id }),
    );
  }
  const users = {} as Record<DemoUserKey, User>;
  for (const [key, u] of Object.entries(USERS)) {
    const user = await em.save(em.create(User, { municipalityId, name: u.name, email: u.email, phone: '0123-45 67 89' }));
    await em.save(
      u.roles.map((r) =>
        em.create(UserRole, {
          userId: user.id,
          role: r.role,
          unitId: r.unit ? units[r.unit].id : null,
          administrationId: r.administration ? administrations[r.administration].id : null,
        }),
      ),
    );
    users[key as DemoUserKey] = user;
  }
  return { municipality, boards, administrations, units, users };
}

async function loadDemoOrganisation(em: EntityManager, municipality: Municipality): Promise<DemoOrganisation> {
  const byName = async <T extends object>(entity: new () => T, names: Record<string, string>) => {
    const rows = (await em.find(entity, { where: { municipalityId: municipality.id } as never })) as Array<T & { name: string }>;
    return Object.fromEntries(Object.entries(names).map(([key, name]) => [key, rows.find((r) => r.name === name)!]));
  };
  const boards = (await byName(Board, ORGANISATION.boards)) as Record<AdministrationKey, Board>;
  const administrations = (await byName(
    Administration,
    Object.fromEntries(Object.entries(ORGANISATION.administrations).map(([k, a]) => [k, a.name])),
  )) as Record<AdministrationKey, Administration>;
  const units = (await byName(Unit, Object.fromEntries(Object.entries(ORGANISATION.units).map(([k, u]) => [k, u.name])))) as Record<
    UnitKey,
    Unit
  >;
  const users = {} as Record<DemoUserKey, User>;
  for (const [key, u] of Object.entries(USERS)) users[key as DemoUserKey] = await em.findOneByOrFail(User, { email: u.email });
  return { municipality, boards, administrations, units, users };
}
