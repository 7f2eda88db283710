import { User } from '@smg/db';
import { can, type Actor } from '@smg/domain';
import type { GraphQLFormattedError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorOf } from '../../src/auth/authentication.js';
import { holdsRoleFor } from '../../src/auth/authorization.js';
import { startTestApi, type Result, type TestApi } from '../support.js';
import { ACCESS, type Access, type Target } from './access-table.js';
import { PLACES, seedAuthzWorld, type ActorKey, type AuthzWorld, type Place, type Targets } from './fixtures.js';
import { documentFor, minimalArguments, rootFields, type RootField } from './operations.js';

/**
 * The authorization matrix: every Query and Mutation field, called as every demo role and as users of a second
 * municipality and anonymously, on objects in the caller's own unit, another unit of the same administration,
 * another administration and another municipality, checked against the declared table (access-table.ts) and the
 * domain's PERMISSIONS.
 *
 * The rules it holds the API to:
 * - anonymous: UNAUTHENTICATED for everything not public;
 * - permitted: never FORBIDDEN, UNAUTHENTICATED or NOT_FOUND, and a nullable "by id" field returns the object (the
 *   targets are accounts being handed over, waiting snapshots and ended handovers, so every permitted step is then
 *   refused by the lifecycle, STEP_NOT_ALLOWED or BAD_USER_INPUT, and no workflow is needed);
 * - refused in the caller's own municipality: FORBIDDEN (or null for a "by id" field that says so);
 * - an object of another municipality: answered exactly as an id that does not exist (NOT_FOUND or null), so the
 *   answer does not tell that it exists;
 * - no INTERNAL_SERVER_ERROR, no invalid document, and no id of another municipality's objects in any answer.
 */

/** Arguments the generated minimum would not get past input validation, which runs before object-level checks. */
function argumentOverrides(key: string, targets: Targets): Record<string, unknown> {
  switch (key) {
    case 'Mutation.applyForAccount':
    case 'Mutation.savePlan':
      // Valid in shape; the empty checklist is refused by the domain's plan validator, after authorization.
      return { input: { ...validPlanShape(), unitId: targets.unitId, scope: 'UNIT', checklist: [] } };
    case 'Mutation.recordHandoverItem':
      // A condition every role with HANDOVER_RECORD_CONDITION may record (the deposited credentials are the
      // communications unit's alone, a refusal by item that the handover tests cover).
      return { key: 'ADMIN_RIGHTS_REMOVED' };
    case 'Mutation.requestAccountClosure':
      // The generated first reason (inactivity) is refused by the input's own validation, before authorization.
      return { input: { reason: 'ACTIVITY_ENDED', explanation: '' } };
    default:
      return {};
  }
}

function validPlanShape() {
  return {
    platform: 'INSTAGRAM',
    webAddress: 'https://www.instagram.com/behorighetsprov',
    handle: '@behorighetsprov',
    displayName: 'Behörighetsprov',
    activityDescription: 'Prov.',
    purpose: 'Prov.',
    targetAudiences: 'Prov.',
    goals: 'Prov.',
    needsAnalysis: 'Prov.',
    functionalEmail: 'prov@demokommun.se',
    administrators: [{ name: 'Anna Admin', email: 'anna.admin@demokommun.se', phone: '0123-11 11 11' }],
    dailyOperators: [],
    monitoringHours: 'Vardagar.',
    publishingFrequency: 'Varje vecka.',
    estimatedWeeklyHours: 1,
  };
}

const OBJECT_TARGETS: readonly Target[] = ['account', 'snapshot', 'archivingRun', 'handover', 'unit'];
const DENIAL_CODES = ['FORBIDDEN', 'UNAUTHENTICATED', 'NOT_FOUND'];

function idsAt(targets: Targets, on: Target | null, demoUserId: string): (name: string) => string | undefined {
  return (name) => {
    switch (name) {
      case 'accountId':
        return targets.accountId;
      case 'unitId':
        return targets.unitId;
      case 'boardId':
        return targets.boardId;
      case 'municipalityId':
        return targets.municipalityId;
      case 'userId':
        return demoUserId;
      case 'id':
        return on === 'snapshot' ? targets.snapshotId : on === 'archivingRun' ? targets.archivingRunId : on === 'handover' ? targets.handoverId : targets.accountId;
      default:
        return undefined;
    }
  };
}

/** The same targets, each replaced by an id that exists nowhere. */
function nowhere(targets: Targets): Targets {
  const missing = '7c0c3f1e-0000-4000-8000-00000000dead';
  return { ...targets, municipalityId: missing, unitId: missing, boardId: missing, accountId: missing, snapshotId: missing, archivingRunId: missing, handoverId: missing };
}

interface Outcome {
  codes: string[];
  /** The field's value was null (or the whole data was). */
  empty: boolean;
  errors: readonly GraphQLFormattedError[];
  data: unknown;
}

describe('authorization matrix: every root field × every role × in and out of reach', () => {
  let t: TestApi;
  let world: AuthzWorld;
  const actors = new Map<ActorKey | 'anonymous', { header: string | null; actor: Actor | null }>();
  let fields: RootField[];

  beforeAll(async () => {
    t = await startTestApi();
    world = await seedAuthzWorld(t.db.dataSource, t.org);
    const users = { ...t.org.users, ...world.foreignUsers };
    const issuer = t.api.authenticator.developmentIssuer!;
    actors.set('anonymous', { header: null, actor: null });
    for (const [key, user] of Object.entries(users) as Array<[ActorKey, User]>) {
      const withRoles = await t.db.dataSource.getRepository(User).findOneOrFail({ where: { id: user.id }, relations: { roles: true } });
      actors.set(key, { header: `Bearer ${await issuer.sign(user)}`, actor: actorOf(withRoles) });
    }
    fields = rootFields(t.api.schema);
  });
  afterAll(async () => {
    await t?.close();
  });

  async function call(root: RootField, header: string | null, targets: Targets, on: Target | null): Promise<Outcome> {
    const variables = minimalArguments(root.field, idsAt(targets, on, t.org.users.editor.id), argumentOverrides(root.key, targets));
    const result: Result<Record<string, unknown>> = await t.runWithHeader(header, documentFor(root, variables), variables);
    const errors = result.errors ?? [];
    return {
      codes: errors.map((e) => String(e.extensions?.code)),
      empty: result.data == null || result.data[root.name] == null,
      errors,
      data: result.data,
    };
  }

  it('has a declared row for every Query and Mutation field, and no row for a field that is gone', () => {
    const keys = fields.map((f) => f.key).sort();
    expect(keys.filter((k) => !(k in ACCESS)), 'declare these fields in test/authz/access-table.ts').toEqual([]);
    expect(Object.keys(ACCESS).filter((k) => !keys.includes(k)), 'these rows name fields the schema no longer has').toEqual([]);
  });

  it('allows and refuses exactly as the table says', { timeout: 600_000 }, async () => {
    const failures: string[] = [];
    const idsOf = (place: Place) => Object.values(world.places[place]).filter((v): v is string => typeof v === 'string');
    let calls = 0;
    for (const root of fields) {
      const access: Access = ACCESS[root.key];
      const on = typeof access === 'object' ? access.on : null;
      // Fields on no object are called once per municipality (their ID arguments, if any, point there).
      const places: readonly Place[] = on && OBJECT_TARGETS.includes(on) ? PLACES : ['library', 'otherMunicipality'];
      for (const [actorKey, { header, actor }] of actors) {
        for (const place of places) {
          const targets = world.places[place];
          const outcome = await call(root, header, targets, on);
          calls++;
          const where = `${root.key} as ${actorKey} on ${place}`;
          const fail = (why: string) => failures.push(`${where}: ${why} (got ${JSON.stringify(outcome.errors.map((e) => [e.extensions?.code, e.message]))})`);

          if (outcome.codes.includes('INTERNAL_SERVER_ERROR')) fail('internal server error');
          if (outcome.codes.some((c) => c.startsWith('GRAPHQL_'))) fail('the generated document or arguments are invalid');
          // Public fields (the register) show every municipality's public facts by design.
          if (actor && access !== 'public') {
            const foreignIds = PLACES.filter((p) => world.places[p].municipalityId !== actor.municipalityId).flatMap(idsOf);
            const leaked = foreignIds.filter((id) => JSON.stringify(outcome.data ?? null).includes(id));
            if (leaked.length > 0) fail(`answer holds ids of another municipality's objects: ${leaked.join(', ')}`);
          }

          const denied = outcome.codes.some((c) => DENIAL_CODES.includes(c));
          if (access === 'public') {
            if (outcome.codes.some((c) => c === 'FORBIDDEN' || c === 'UNAUTHENTICATED')) fail('public field refused');
            continue;
          }
          if (!actor) {
            if (!outcome.codes.includes('UNAUTHENTICATED')) fail('anonymous caller not refused with UNAUTHENTICATED');
            continue;
          }
          if (access === 'authenticated') {
            if (denied) fail('signed-in caller refused');
            continue;
          }
          const scope = on === 'municipality' ? { municipalityId: actor.municipalityId, administrationId: '', unitId: '' } : targets.scope;
          const allowed = can(actor, access.permission, scope);
          const foreign = on !== 'municipality' && targets.municipalityId !== actor.municipalityId;
          if (allowed) {
            if (denied) fail(`permitted by ${access.permission} but refused`);
            else if (access.deniedAs === 'null' && outcome.empty) fail(`permitted by ${access.permission} but answered null`);
          } else if (foreign && holdsRoleFor(actor, access.permission)) {
            // Another municipality's object: answered as if it did not exist.
            const missing = await call(root, header, nowhere(targets), on);
            calls++;
            if (JSON.stringify(missing.codes) !== JSON.stringify(outcome.codes) || missing.empty !== outcome.empty) {
              fail(`answered differently from an id that does not exist (${JSON.stringify(missing.codes)}, empty ${missing.empty})`);
            }
            if (!denied && !outcome.empty) fail('another municipality\'s object was acted on or shown');
          } else if (access.deniedAs === 'null') {
            if (!(outcome.empty || outcome.codes.includes('FORBIDDEN'))) fail(`not permitted by ${access.permission} but answered`);
          } else if (!outcome.codes.includes('FORBIDDEN') && !(foreign && outcome.codes.includes('NOT_FOUND'))) {
            fail(`not permitted by ${access.permission} but not refused with FORBIDDEN`);
          }
        }
      }
    }
    console.log(`[authz] ${fields.length} root fields, ${actors.size} callers, ${calls} calls`);
    expect(failures).toEqual([]);
  });
});
