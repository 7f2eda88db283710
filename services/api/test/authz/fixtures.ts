import { randomUUID } from 'node:crypto';
import {
  AccountHandover,
  Administration,
  ArchivingRun,
  Board,
  Municipality,
  Snapshot,
  Unit,
  User,
  UserRole,
  publishPolicyVersion,
  type DemoOrganisation,
  type DemoUserKey,
} from '@smg/db';
import { parametersFromPreset, type OrganisationScope, type Role } from '@smg/domain';
import type { DataSource } from 'typeorm';
import { insertAccount } from '../projection-fixtures.js';

/**
 * Where a target object sits relative to the demo users: the library (culture administration, where the editor and
 * the unit manager work), the youth centres (another unit of the same administration), the central school (another
 * administration), and a unit of a second municipality that no demo user belongs to.
 */
export const PLACES = ['library', 'youthCentres', 'schoolCentral', 'otherMunicipality'] as const;
export type Place = (typeof PLACES)[number];

/** The objects a field's ID arguments point at, one set per place. */
export interface Targets {
  scope: OrganisationScope;
  municipalityId: string;
  unitId: string;
  boardId: string;
  accountId: string;
  snapshotId: string;
  archivingRunId: string;
  handoverId: string;
}

/** Users of the second municipality, who must see and do nothing in Demokommun (and the reverse). */
export type ForeignUserKey = 'foreignCommunications' | 'foreignArchivist';
export type ActorKey = DemoUserKey | ForeignUserKey;

export interface AuthzWorld {
  places: Record<Place, Targets>;
  foreignUsers: Record<ForeignUserKey, User>;
}

/**
 * A second municipality with one administration, one unit and two municipality-wide users, its policy, and in every
 * place an account that is being handed over (HANDING_OVER: every lifecycle step on it is refused after
 * authorization, so a permitted call never reaches a workflow), a snapshot of it that is still waiting (retry and
 * accept are refused after authorization), the municipality's archiving run, and an ended (withdrawn) handover.
 */
export async function seedAuthzWorld(dataSource: DataSource, org: DemoOrganisation): Promise<AuthzWorld> {
  const second = await dataSource.transaction(async (em) => {
    const municipality = await em.save(em.create(Municipality, { name: 'Grannkommun', slug: 'grannkommun', contactEmail: 'kommunikation@grannkommun.se' }));
    const board = await em.save(em.create(Board, { municipalityId: municipality.id, name: 'Kommunstyrelsen' }));
    const administration = await em.save(em.create(Administration, { municipalityId: municipality.id, name: 'Kommunledningsförvaltningen', boardId: board.id }));
    const unit = await em.save(em.create(Unit, { municipalityId: municipality.id, name: 'Biblioteket', administrationId: administration.id }));
    const user = async (name: string, email: string, role: Role) => {
      const saved = await em.save(em.create(User, { municipalityId: municipality.id, name, email, phone: '0987-65 43 21' }));
      await em.save(em.create(UserRole, { userId: saved.id, role, unitId: null, administrationId: null }));
      return saved;
    };
    const foreignUsers = {
      foreignCommunications: await user('Greger Grannkommunikatör', 'greger@grannkommun.se', 'COMMUNICATIONS'),
      foreignArchivist: await user('Astrid Grannarkivarie', 'astrid@grannkommun.se', 'ARCHIVIST'),
    };
    return { municipality, board, administration, unit, foreignUsers };
  });
  await publishPolicyVersion(dataSource, {
    municipalityId: second.municipality.id,
    parameters: parametersFromPreset('torsby'),
    presetKey: 'torsby',
    effectiveFrom: new Date('2026-01-01T00:00:00+01:00'),
    changeNote: 'Grannkommunens första version.',
    publishedBy: { id: second.foreignUsers.foreignCommunications.id, name: second.foreignUsers.foreignCommunications.name, role: 'COMMUNICATIONS' },
  });

  const runs = new Map<string, ArchivingRun>();
  const runOf = async (municipalityId: string) => {
    if (!runs.has(municipalityId)) {
      const run = await dataSource.getRepository(ArchivingRun).save(
        dataSource.getRepository(ArchivingRun).create({
          municipalityId,
          period: '2025-H2',
          workflowId: `archiving-run/${municipalityId}/2025-H2`,
          trigger: 'MANUAL',
          status: 'COMPLETED',
          startedAt: new Date('2026-01-02T08:00:00Z'),
          finishedAt: new Date('2026-01-02T09:00:00Z'),
        }),
      );
      runs.set(municipalityId, run);
    }
    return runs.get(municipalityId)!;
  };

  // insertAccount places an account in a demo unit; the second municipality's unit and user stand in for them.
  const secondOrg = {
    ...org,
    units: { ...org.units, library: second.unit },
    users: { ...org.users, editor: second.foreignUsers.foreignCommunications },
  } as DemoOrganisation;
  const units: Record<Place, { org: DemoOrganisation; unit: Unit; key: keyof DemoOrganisation['units'] }> = {
    library: { org, unit: org.units.library, key: 'library' },
    youthCentres: { org, unit: org.units.youthCentres, key: 'youthCentres' },
    schoolCentral: { org, unit: org.units.schoolCentral, key: 'schoolCentral' },
    otherMunicipality: { org: secondOrg, unit: second.unit, key: 'library' },
  };
  const places = {} as Record<Place, Targets>;
  for (const place of PLACES) {
    const { org: owner, unit, key } = units[place];
    const account = await insertAccount(dataSource, owner, { unit: key, status: 'HANDING_OVER', name: `Konto i ${place}`, updatedAt: new Date('2026-03-01T10:00:00Z') });
    const administration = await dataSource.getRepository(Administration).findOneByOrFail({ id: unit.administrationId });
    const run = await runOf(unit.municipalityId);
    const snapshot = await dataSource.getRepository(Snapshot).save(
      dataSource.getRepository(Snapshot).create({
        municipalityId: unit.municipalityId,
        accountId: account.id,
        runId: run.id,
        reason: 'PERIOD_END',
        snapshotKey: `${run.period}/${account.id}`,
        workflowId: `archiving/${account.id}/${run.period}`,
        status: 'WAITING',
        requestedAt: new Date('2026-01-02T08:00:00Z'),
      }),
    );
    const handoverId = randomUUID();
    await dataSource.getRepository(AccountHandover).insert({
      id: handoverId,
      municipalityId: unit.municipalityId,
      accountId: account.id,
      workflowId: `account-handover/${account.id}/${handoverId}`,
      status: 'WITHDRAWN',
      boardId: administration.boardId,
      newOwnerKind: 'ORGANISATION',
      newOwnerUnitId: null,
      newOwnerName: 'Hembygdsföreningen',
      reason: 'Föreningen tar över.',
      proposedAt: new Date('2026-02-01T10:00:00Z'),
      proposedById: owner.users.editor.id,
      proposedByName: owner.users.editor.name,
      proposedRole: 'COMMUNICATIONS',
      endedAt: new Date('2026-02-02T10:00:00Z'),
    });
    places[place] = {
      scope: { municipalityId: unit.municipalityId, administrationId: unit.administrationId, unitId: unit.id },
      municipalityId: unit.municipalityId,
      unitId: unit.id,
      boardId: administration.boardId,
      accountId: account.id,
      snapshotId: snapshot.id,
      archivingRunId: run.id,
      handoverId,
    };
  }
  return { places, foreignUsers: second.foreignUsers };
}
