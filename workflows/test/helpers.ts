import { seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { CHECKLIST_KEYS, type ActivityPlanContent, type ProvisioningEvidence, type ProvisioningItemKey, type Role } from '@smg/domain';
import { Client, Connection } from '@temporalio/client';
import type { WorkflowBundle } from '@temporalio/worker';
import { randomUUID } from 'node:crypto';
import { OpeningClient, type ActingAs } from '../src/client.js';
import { bundleWorkflows, startWorker, type WorkerOptions } from '../src/worker.js';

let bundle: Promise<WorkflowBundle> | undefined;
/** Webpack runs once per test process, not once per worker. */
export const workflowBundle = () => (bundle ??= bundleWorkflows());

export interface Harness {
  db: TestDatabase;
  org: DemoOrganisation;
  client: Client;
  openings: OpeningClient;
  taskQueue: string;
  startWorker(options?: Pick<WorkerOptions, 'maxCachedWorkflows' | 'archiveDir' | 'connectors'>): Promise<{ shutdown(): Promise<void> }>;
  close(): Promise<void>;
}

/** A fresh database with the demo organisation, a Temporal client and a task queue of its own; the workers connect as the application's role (`db.appUrl`), the test itself as the owner (`db.dataSource`). */
export async function createHarness(): Promise<Harness> {
  const temporalAddress = process.env.TEMPORAL_ADDRESS;
  if (!temporalAddress) throw new Error('TEMPORAL_ADDRESS is not set: run the tests with infra/test.sh');
  const db = await createTestDatabase();
  const org = await seedDemoOrganisation(db.dataSource);
  const connection = await Connection.connect({ address: temporalAddress });
  const client = new Client({ connection, namespace: process.env.TEMPORAL_NAMESPACE ?? 'default' });
  const taskQueue = `test-${randomUUID()}`;
  const workers: Array<{ shutdown(): Promise<void> }> = [];
  return {
    db,
    org,
    client,
    taskQueue,
    openings: new OpeningClient(client, { taskQueue }),
    async startWorker(options = {}) {
      const worker = await startWorker({
        databaseUrl: db.appUrl,
        temporalAddress,
        taskQueue,
        workflowBundle: await workflowBundle(),
        ...options,
      });
      workers.push(worker);
      return worker;
    },
    async close() {
      await Promise.allSettled(workers.map((w) => w.shutdown()));
      await connection.close();
      await db.drop();
    },
  };
}

export const actingAs = (org: DemoOrganisation, user: keyof DemoOrganisation['users'], role: Role): ActingAs => ({
  actorId: org.users[user].id,
  actorName: org.users[user].name,
  role,
});

export function samplePlan(org: DemoOrganisation, overrides: Partial<ActivityPlanContent> = {}): ActivityPlanContent {
  return {
    platform: 'INSTAGRAM',
    webAddress: 'https://www.instagram.com/biblioteket_test',
    handle: 'biblioteket_test',
    displayName: 'Biblioteket (test)',
    activityDescription: 'Bibliotekets program',
    purpose: 'Sprida information om evenemang.',
    targetAudiences: 'Unga vuxna',
    goals: '500 följare på ett halvår',
    needsAnalysis: 'Målgruppen nås inte av den centrala kanalen.',
    functionalEmail: 'biblioteket.test@demokommun.se',
    administrators: [
      { name: org.users.editor.name, email: org.users.editor.email, phone: '1' },
      { name: org.users.unitManager.name, email: org.users.unitManager.email, phone: '2' },
    ],
    dailyOperators: [{ name: org.users.editor.name, email: org.users.editor.email, phone: '1' }],
    monitoringHours: 'Varje arbetsdag',
    publishingFrequency: 'Varje vecka',
    estimatedWeeklyHours: 3,
    other: null,
    checklist: CHECKLIST_KEYS.map((key) => ({ key, answer: true })),
    ...overrides,
  };
}

export function evidenceFor(key: ProvisioningItemKey, org: DemoOrganisation): ProvisioningEvidence {
  switch (key) {
    case 'FUNCTIONAL_EMAIL':
      return { functionalEmail: 'biblioteket.test@demokommun.se' };
    case 'ACCOUNT_CREATED':
      return { url: 'https://www.instagram.com/biblioteket_test' };
    case 'PROFILE_TEXT_PUBLISHED':
      return { url: 'https://www.instagram.com/biblioteket_test/about' };
    case 'ADMINISTRATORS_TWO_FACTOR':
      return {
        administrators: [org.users.editor, org.users.unitManager].map((u) => ({ name: u.name, email: u.email, twoFactorConfirmed: true })),
      };
    default:
      return { note: 'Klart.' };
  }
}

/** Applies for a library account and returns its id. */
export async function apply(h: Harness, overrides: Partial<ActivityPlanContent> = {}) {
  const accountId = randomUUID();
  await h.openings.apply({
    accountId,
    municipalityId: h.org.municipality.id,
    administrationId: h.org.units.library.administrationId,
    unitId: h.org.units.library.id,
    scope: 'UNIT',
    plan: samplePlan(h.org, overrides),
    by: actingAs(h.org, 'editor', 'EDITOR'),
  });
  return accountId;
}

/** Takes a submitted plan through the whole default chain. */
export async function approveAll(h: Harness, accountId: string) {
  await h.openings.recordConsultation(accountId, 'Lämplig kanal.', actingAs(h.org, 'communications', 'COMMUNICATIONS'));
  await h.openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, actingAs(h.org, 'unitManager', 'UNIT_MANAGER'));
  return h.openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, actingAs(h.org, 'headOfAdministration', 'HEAD_OF_ADMINISTRATION'));
}

/** Waits until the lifecycle has moved past APPROVED on its own. */
export async function untilProvisioning(h: Harness, accountId: string) {
  for (let i = 0; i < 100; i++) {
    const state = await h.openings.state(accountId);
    if (state.status === 'PROVISIONING') return state;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('provisioning never started');
}

export async function auditActions(h: Harness, accountId: string): Promise<string[]> {
  const rows = await h.db.dataSource.query('select action from audit_event where "accountId" = $1 order by id', [accountId]);
  return rows.map((r: { action: string }) => r.action);
}

/** An active library account, taken through the whole opening; returns its id. */
export async function activeAccount(h: Harness, overrides: Partial<ActivityPlanContent> = {}) {
  const accountId = await apply(h, overrides);
  const editor = actingAs(h.org, 'editor', 'EDITOR');
  await h.openings.submitPlan(accountId, editor);
  await approveAll(h, accountId);
  const provisioning = await untilProvisioning(h, accountId);
  for (const item of provisioning.provisioning) {
    await h.openings.completeProvisioningItem(accountId, item.key, evidenceFor(item.key, h.org), editor);
  }
  return accountId;
}
