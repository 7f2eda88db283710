import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { packageStorage } from '@smg/archive/storage';
import { seedDemoOrganisation, type DemoOrganisation, type DemoUserKey } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { requiredProvisioningItems, type ActivityPlanContent, type ProvisioningItemKey } from '@smg/domain';
import { OpeningClient } from '@smg/workflows/client';
import { Client, Connection } from '@temporalio/client';
import type { GraphQLFormattedError } from 'graphql';
import type { DataSource } from 'typeorm';
import { createApp, type ApiApp } from '../src/server.js';

/**
 * An API on a fresh database of its own (with the demo organisation), talking to the test stack's Temporal server
 * on a task queue of its own; `withWorker` also runs the real worker on that queue, so mutations go through the
 * real workflow and its activities write the projection the API reads. The API and the worker connect as the
 * application's role (`db.appUrl`), as in production; `db.dataSource` is the owner's, for the tests' own setup.
 */
export interface TestApi {
  api: ApiApp;
  db: TestDatabase;
  /** The API's connection (the application's role). */
  appDataSource: DataSource;
  org: DemoOrganisation;
  taskQueue: string;
  temporal: Client;
  /** A development-issuer token for a demo user. */
  tokenFor(user: DemoUserKey): Promise<string>;
  /** Runs an operation in-process as a demo user (or anonymously with null). */
  run<T = Record<string, any>>(as: DemoUserKey | null, query: string, variables?: Record<string, unknown>): Promise<Result<T>>;
  /** Runs an operation with an explicit Authorization header. */
  runWithHeader<T = Record<string, any>>(header: string | null, query: string, variables?: Record<string, unknown>): Promise<Result<T>>;
  close(): Promise<void>;
}

export interface Result<T> {
  data?: T | null;
  errors?: readonly GraphQLFormattedError[];
}

export function temporalAddress(): string {
  const address = process.env.TEMPORAL_ADDRESS;
  if (!address) throw new Error('TEMPORAL_ADDRESS is not set: run the tests with infra/test.sh');
  return address;
}

export async function startTestApi(
  options: {
    withWorker?: boolean;
    /** For archiving: the worker and the API share this archive folder; the worker reads platforms from the simulator. */
    archiving?: { archiveDir: string; simulatorUrl: string };
    /** Production hardening (no stack traces in errors), as deployed; default as the environment says. */
    production?: boolean;
  } = {},
): Promise<TestApi> {
  const db = await createTestDatabase();
  const org = await seedDemoOrganisation(db.dataSource);
  const taskQueue = `api-test-${randomBytes(4).toString('hex')}`;
  // Lazy: suites that only read never need Temporal; the first workflow step connects.
  const connection = Connection.lazy({ address: temporalAddress() });
  const temporal = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
  let worker: { shutdown(): Promise<void> } | undefined;
  let appDataSource: DataSource | undefined;
  let api: ApiApp;
  try {
    if (options.withWorker) {
      const { startWorker } = await import('@smg/workflows');
      worker = await startWorker({
        databaseUrl: db.appUrl,
        temporalAddress: temporalAddress(),
        namespace: process.env.TEMPORAL_NAMESPACE,
        taskQueue,
        ...(options.archiving ? { archiveDir: options.archiving.archiveDir, connectors: { simulatorUrl: options.archiving.simulatorUrl } } : {}),
      });
    }
    const archiveStorage = options.archiving ? packageStorage(options.archiving.archiveDir) : undefined;
    appDataSource = await db.appDataSource();
    api = await createApp({ dataSource: appDataSource, temporal, taskQueue, archiveStorage, production: options.production });
  } catch (error) {
    await worker?.shutdown();
    await connection.close();
    await db.drop();
    throw error;
  }
  const issuer = api.authenticator.developmentIssuer!;

  const runWithHeader = async <T>(header: string | null, query: string, variables?: Record<string, unknown>): Promise<Result<T>> => {
    const response = await api.server.executeOperation<T>(
      { query, variables },
      { contextValue: await api.contextFor(header) },
    );
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult as Result<T>;
  };
  const tokenFor = (user: DemoUserKey) => issuer.sign(org.users[user]);

  return {
    api,
    db,
    appDataSource,
    org,
    taskQueue,
    temporal,
    tokenFor,
    runWithHeader,
    run: async (as, query, variables) => runWithHeader(as ? `Bearer ${await tokenFor(as)}` : null, query, variables),
    async close() {
      await api.stop();
      await worker?.shutdown();
      await connection.close();
      await db.drop();
    },
  };
}

export function errorCodes(result: Result<unknown>): unknown[] {
  return (result.errors ?? []).map((e) => e.extensions?.code);
}

/** A plan that passes every rule of validateActivityPlan; tests change one field at a time. */
export function validPlan(overrides: Partial<ActivityPlanContent> = {}): ActivityPlanContent {
  return {
    platform: 'INSTAGRAM',
    webAddress: 'https://www.instagram.com/biblioteket_demokommun',
    handle: '@biblioteket_demokommun',
    displayName: 'Biblioteket i Demokommun',
    activityDescription: 'Bibliotekets program för barn och unga.',
    purpose: 'Nå unga låntagare med tips om evenemang och nya böcker.',
    targetAudiences: 'Unga 13–19 år och deras föräldrar.',
    goals: '500 följare inom sex månader; fler besökare på lovaktiviteter.',
    needsAnalysis: 'Kommunens centrala kanal når inte unga; Instagram är där de finns.',
    functionalEmail: 'biblioteket.instagram@demokommun.se',
    administrators: [
      { name: 'Anna Admin', email: 'anna.admin@demokommun.se', phone: '0123-11 11 11' },
      { name: 'Bo Backup', email: 'bo.backup@demokommun.se', phone: '0123-22 22 22' },
    ],
    dailyOperators: [{ name: 'Cilla Drift', email: 'cilla.drift@demokommun.se', phone: '0123-33 33 33' }],
    monitoringHours: 'Vardagar 8–17, kontroll varje arbetsdag.',
    publishingFrequency: 'Tre inlägg i veckan.',
    estimatedWeeklyHours: 4,
    other: null,
    checklist: [
      'MISSION_AND_SERVICE',
      'TECHNICAL_PREREQUISITES',
      'TIME_AND_RESOURCES',
      'TERMS_READ',
      'TERMS_REASONABLE_FOR_RESIDENTS',
      'OWN_RULES',
      'NO_PRIVATE_ACCOUNTS',
      'PUBLIC_RECORDS_ROUTINES',
      'REGISTRATION_ROUTINES',
      'ARCHIVING_ROUTINES',
      'DISPOSAL_DECISION_READ',
    ].map((key) => ({ key: key as ActivityPlanContent['checklist'][number]['key'], answer: true, comment: null })),
    ...overrides,
  };
}

/** The evidence each provisioning item of a validPlan() account needs (GraphQL input); `handle` names the account's page. */
export function evidenceFor(key: ProvisioningItemKey, handle = 'biblioteket_demokommun') {
  switch (key) {
    case 'FUNCTIONAL_EMAIL':
      return { functionalEmail: 'biblioteket.instagram@demokommun.se' };
    case 'ADMINISTRATORS_TWO_FACTOR':
      return {
        administrators: [
          { name: 'Anna Admin', email: 'anna.admin@demokommun.se', twoFactorConfirmed: true },
          { name: 'Bo Backup', email: 'bo.backup@demokommun.se', twoFactorConfirmed: true },
        ],
      };
    case 'ACCOUNT_CREATED':
    case 'PROFILE_TEXT_PUBLISHED':
      return { url: `https://www.instagram.com/${handle}` };
    default:
      return { note: 'Klart.' };
  }
}

/**
 * An account of the library taken through the real opening workflow (the opening's own API tests cover its
 * mutations): approved by everyone, then left in PROVISIONING or taken on to ACTIVE. Needs `withWorker`.
 */
export async function openAccount(t: TestApi, name: string, until: 'PROVISIONING' | 'ACTIVE'): Promise<string> {
  const openings = new OpeningClient(t.temporal, { taskQueue: t.taskQueue });
  const as = (user: 'editor' | 'communications' | 'unitManager' | 'headOfAdministration', role: 'EDITOR' | 'COMMUNICATIONS' | 'UNIT_MANAGER' | 'HEAD_OF_ADMINISTRATION') => ({
    actorId: t.org.users[user].id,
    actorName: t.org.users[user].name,
    role,
  });
  const accountId = randomUUID();
  const handle = `${name}_${accountId.slice(0, 8)}`;
  const unit = t.org.units.library;
  await openings.apply({
    accountId,
    municipalityId: unit.municipalityId,
    administrationId: unit.administrationId,
    unitId: unit.id,
    scope: 'UNIT',
    plan: validPlan({ displayName: `Biblioteket ${name}`, handle, webAddress: `https://www.instagram.com/${handle}` }),
    by: as('editor', 'EDITOR'),
  });
  await openings.submitPlan(accountId, as('editor', 'EDITOR'));
  await openings.recordConsultation(accountId, 'Lämplig kanal.', as('communications', 'COMMUNICATIONS'));
  await openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, as('unitManager', 'UNIT_MANAGER'));
  await openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, as('headOfAdministration', 'HEAD_OF_ADMINISTRATION'));
  const deadline = Date.now() + 60_000;
  while ((await openings.state(accountId)).status !== 'PROVISIONING') {
    if (Date.now() > deadline) throw new Error('timed out waiting for provisioning');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (until === 'ACTIVE') {
    for (const key of requiredProvisioningItems('INSTAGRAM')) {
      await openings.completeProvisioningItem(accountId, key, evidenceFor(key, handle), as('editor', 'EDITOR'));
    }
  }
  return accountId;
}

/** The mutation input for a plan: the plan plus the owning unit and scope. */
export function planInput(unitId: string, plan: ActivityPlanContent = validPlan()) {
  return { ...plan, unitId, scope: 'UNIT' };
}

export const ACCOUNT_FIELDS = `
  id status planRevision pendingStep lastReason workflowId myActions activatedAt
  unit { id name administration { id name board { id name } } }
  plan { revision displayName purpose functionalEmail administrators { name email phone } checklist { key question answer } submittedAt }
  approvals { kind outcome decidedByName decidedRole decidedAt reason dueAt }
  provisioning { key label completedAt completedByName evidenceUrl }
  administrators { name email twoFactorConfirmed }
  history { action label actorName actorRole fromStatus toStatus reason occurredAt }
`;
