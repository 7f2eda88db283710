import { seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import { createTestDatabase, type TestDatabase } from '@smg/db/testing';
import { CHECKLIST_KEYS, type ActivityPlanContent, type ProvisioningEvidence, type ProvisioningItemKey, type Role } from '@smg/domain';
import { Client, Connection } from '@temporalio/client';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { WorkflowBundle } from '@temporalio/worker';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OpeningClient, type ActingAs } from '../src/client.js';
import { bundleWorkflows, startWorker, type WorkerOptions } from '../src/worker.js';
import type { DataSource } from 'typeorm';
import type { KillRecord } from './worker-process.js';

export type { KillRecord };

let bundle: Promise<WorkflowBundle> | undefined;
/** Webpack runs once per test process, not once per worker. */
export const workflowBundle = () => (bundle ??= bundleWorkflows());

/** Recorded histories, every one replayed by test/replay.test.ts. */
export const HISTORIES_DIR = fileURLToPath(new URL('./histories/', import.meta.url));

/**
 * With RECORD_HISTORIES=1, writes the workflow's history to `histories/<name>.json`, the fixture the determinism guard
 * (test/replay.test.ts) replays; otherwise does nothing.
 */
export async function recordHistory(client: Client, workflowId: string, name: string, runId?: string): Promise<void> {
  if (process.env.RECORD_HISTORIES !== '1') return;
  const history = await client.workflow.getHandle(workflowId, runId).fetchHistory();
  writeFileSync(`${HISTORIES_DIR}${name}.json`, historyToJSON(history));
}

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

export interface WorkerProcessOptions {
  /** ARCHIVE_DIR of the worker. */
  archiveDir?: string;
  /** PLATFORM_API_URL: the platform simulator the snapshots read. */
  simulatorUrl?: string;
  maxCachedWorkflows?: number;
  /** The process kills itself after the first attempt of every activity of a workflow whose id matches. */
  killAfterFirstAttemptOf?: RegExp;
  killRecordFile?: string;
  /** Load everything, then wait for a line on stdin before polling (a spare for a supervisor). */
  startOnStdin?: boolean;
}

let bundleFile: Promise<string> | undefined;
/**
 * The test process's bundle written to a file once, so a worker process starts without running webpack. It stays in
 * the run's TMPDIR, which the test stack removes at the end (vitest's forks never run an exit hook).
 */
const workflowBundleFile = () =>
  (bundleFile ??= workflowBundle().then(({ code }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'smg-workflow-bundle-'));
    const file = path.join(dir, 'workflow-bundle.js');
    writeFileSync(file, code);
    return file;
  }));

/** The worker as its own process (test/worker-process.ts, the stack's `startWorker`), so a test can SIGKILL it. */
export async function startWorkerProcess(h: Pick<Harness, 'db' | 'taskQueue'>, options: WorkerProcessOptions = {}): Promise<ChildProcess> {
  const packageDir = fileURLToPath(new URL('..', import.meta.url));
  const entry = fileURLToPath(new URL('./worker-process.ts', import.meta.url));
  return spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: packageDir,
    env: {
      // Legacy decorators for TypeORM, as the stack starts the worker (infra/src/lib/stack.ts).
      TSX_TSCONFIG_PATH: path.join(packageDir, 'tsconfig.json'),
      ...process.env,
      DATABASE_URL: h.db.appUrl,
      TEMPORAL_TASK_QUEUE: h.taskQueue,
      WORKFLOW_BUNDLE_PATH: await workflowBundleFile(),
      ...(options.archiveDir ? { ARCHIVE_DIR: options.archiveDir } : {}),
      ...(options.simulatorUrl ? { PLATFORM_API_URL: options.simulatorUrl } : {}),
      ...(options.maxCachedWorkflows !== undefined ? { MAX_CACHED_WORKFLOWS: String(options.maxCachedWorkflows) } : {}),
      ...(options.killAfterFirstAttemptOf ? { KILL_AFTER_FIRST_ATTEMPT_OF: options.killAfterFirstAttemptOf.source, KILL_RECORD_FILE: options.killRecordFile } : {}),
      ...(options.startOnStdin ? { START_ON_STDIN: '1' } : {}),
    },
    stdio: [options.startOnStdin ? 'pipe' : 'ignore', 'inherit', 'inherit'],
  });
}

/** SIGKILL: no shutdown, no completions sent, nothing flushed. */
export async function killWorkerProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/**
 * A worker process that kills itself after the first attempt of every activity of the workflows matching
 * `killAfterFirstAttemptOf` (the side effect committed, the completion lost), and is replaced at once by a spare
 * process that has loaded everything and waits to start polling, as a supervisor with a warm spare would. Temporal
 * would retry the lost attempt once its start-to-close timeout ran out (30 s to 10 min); the supervisor fails that
 * attempt at once through the activity completion API instead, so the retry (attempt 2, on the new process) follows
 * within the retry policy's first interval. `stop()` ends the processes gracefully and throws if any died otherwise.
 */
export async function startCrashingWorker(h: Pick<Harness, 'db' | 'taskQueue' | 'client'>, options: WorkerProcessOptions & { killAfterFirstAttemptOf: RegExp }) {
  const dir = mkdtempSync(path.join(tmpdir(), 'smg-kill-'));
  const killRecordFile = path.join(dir, 'kill.json');
  const spawnSpare = () => startWorkerProcess(h, { ...options, killRecordFile, startOnStdin: true });
  const kills: KillRecord[] = [];
  const failures: string[] = [];
  let stopping = false;
  let spare = spawnSpare();
  let child!: ChildProcess;
  let restarting: Promise<void> = Promise.resolve();

  const promote = async () => {
    child = await spare;
    spare = spawnSpare();
    child.stdin!.end('start\n');
    child.once('exit', (code, signal) => {
      if (stopping) return;
      restarting = (async () => {
        if (signal !== 'SIGKILL' || !existsSync(killRecordFile)) {
          failures.push(`the worker process ended with ${signal ?? `exit code ${code}`} without a planned kill`);
          return;
        }
        const record = JSON.parse(readFileSync(killRecordFile, 'utf8')) as KillRecord;
        unlinkSync(killRecordFile);
        await promote();
        await h.client.activity.fail(
          { workflowId: record.workflowId, runId: record.runId, activityId: record.activityId },
          new Error(`the worker was killed after ${record.activityType} returned`),
        );
        kills.push(record);
      })().catch((error) => {
        failures.push(String(error));
      });
    });
  };
  await promote();

  return {
    kills,
    async stop(): Promise<KillRecord[]> {
      await restarting;
      stopping = true;
      for (const p of [child, await spare]) {
        if (p.exitCode !== null || p.signalCode !== null) continue;
        const exited = new Promise((resolve) => p.once('exit', resolve));
        p.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
      if (failures.length) throw new Error(failures.join('; '));
      return kills;
    },
  };
}

export interface ActivityRun {
  workflowId: string;
  activityType: string;
  /** The attempt that completed. */
  attempt: number;
  /** Why the attempt before it ended, if there was one. */
  lastFailure: string | null;
}

/** Every activity of the workflows as their histories tell it: which attempt completed, and why the one before did not. */
export async function activityRuns(client: Client, workflowIds: string[]): Promise<ActivityRun[]> {
  const runs: ActivityRun[] = [];
  for (const workflowId of workflowIds) {
    const events = (await client.workflow.getHandle(workflowId).fetchHistory()).events ?? [];
    const types = new Map<string, string>();
    for (const event of events) {
      const scheduled = event.activityTaskScheduledEventAttributes;
      if (scheduled) types.set(String(event.eventId), scheduled.activityType?.name ?? '');
      const started = event.activityTaskStartedEventAttributes;
      if (started) {
        runs.push({
          workflowId,
          activityType: types.get(String(started.scheduledEventId)) ?? '',
          attempt: started.attempt ?? 1,
          lastFailure: started.lastFailure?.message ?? null,
        });
      }
    }
  }
  return runs;
}

/**
 * The verdict of a kill matrix: no activity completed on its first attempt (each first attempt was killed after it
 * returned, or lost with a process killed for another activity, or failed by itself), and no activity was killed twice.
 * Prints the figures for the CI log.
 */
export async function expectKilledAtEveryActivity(client: Client, lifecycle: string, workflowIds: string[], kills: KillRecord[], startedAt: number) {
  const runs = await activityRuns(client, workflowIds);
  const firstAttempts = runs.filter((r) => r.attempt < 2);
  if (firstAttempts.length) throw new Error(`completed on the first attempt, never killed: ${JSON.stringify(firstAttempts)}`);
  const killed = new Set(kills.map((k) => `${k.workflowId} ${k.activityId}`));
  if (killed.size !== kills.length) throw new Error(`an activity was killed twice: ${JSON.stringify(kills)}`);
  const byActivity = new Map<string, number>();
  for (const kill of kills) byActivity.set(kill.activityType, (byActivity.get(kill.activityType) ?? 0) + 1);
  const seconds = (Date.now() - startedAt) / 1000;
  console.log(
    `kill matrix ${lifecycle}: ${runs.length} activities, ${kills.length} SIGKILLs after a returned first attempt ` +
      `(${runs.length - kills.length} first attempts lost with another's kill or failed by themselves), ${seconds.toFixed(1)} s ` +
      `(${(seconds / Math.max(kills.length, 1)).toFixed(1)} s a kill): ` +
      [...byActivity].map(([type, n]) => `${type} ×${n}`).join(', '),
  );
  return { activities: runs.length, kills: kills.length };
}

/**
 * Side effects of an account recorded more than once where once is right: notifications to the same recipient of the
 * same kind, snapshots of one key, archived posts and comments of one snapshot. (The audit trail is compared whole.)
 */
export async function duplicatedSideEffects(dataSource: DataSource, accountId: string): Promise<string[]> {
  const rows: Array<{ what: string; n: number }> = await dataSource.query(
    `select 'notification ' || kind || ' to ' || coalesce("recipientUserId"::text, "recipientRole") as what, count(*)::int as n
       from notification where "accountId" = $1 group by kind, "recipientUserId", "recipientRole" having count(*) > 1
     union all
     select 'snapshot ' || "snapshotKey", count(*)::int from snapshot where "accountId" = $1 group by "snapshotKey" having count(*) > 1
     union all
     select 'archived item ' || "externalId", count(*)::int from archived_item where "accountId" = $1 group by "snapshotId", "externalId" having count(*) > 1`,
    [accountId],
  );
  return rows.map((r) => `${r.what} ×${r.n}`);
}
