/**
 * What the restart tests share: servers and product processes they start, stop and start again themselves (the
 * test stack's servers are shared by every suite and must stay up), GraphQL over real HTTP, and how an answer is
 * judged while a server is away.
 */
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Client } from '@temporalio/client';
import { freePort } from '../src/lib/ports.js';
import { embeddedPostgresSpec, localDir, serverUrl, waitForPostgres } from '../src/lib/postgres.js';
import { delay, ManagedProcess, type ProcessSpec } from '../src/lib/processes.js';
import { tsxSpec } from '../src/lib/stack.js';
import { devServerSpec, waitForTemporal } from '../src/lib/temporal.js';

export const SERVICE_UNAVAILABLE_MESSAGE = 'Tjänsten är tillfälligt otillgänglig, försök igen om en stund.';

export function requiredEnv(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests with bash infra/test.sh`);
  return value;
}

/** Logs and figures go where the test stack keeps its results, so a failure can be read afterwards. */
export const resultsDir = (): string => process.env.TEST_RESULTS_DIR ?? localDir('test-results');

/** A folder of its own for a server's files, removed by the returned function. */
export async function scratchDir(name: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = localDir(`${name}-${randomBytes(4).toString('hex')}`);
  await mkdir(dir, { recursive: true });
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A process that can be stopped and started again with the same arguments (same port, same data). */
export class Restartable {
  private current: ManagedProcess | undefined;

  constructor(
    private readonly spec: ProcessSpec,
    private readonly untilReady: (process: ManagedProcess) => Promise<void>,
  ) {}

  /** Resolves once it answers; returns how long that took (ms). */
  async start(): Promise<number> {
    const started = Date.now();
    this.current = new ManagedProcess(this.spec);
    await this.untilReady(this.current);
    return Date.now() - started;
  }

  /** Stops it the way an operator would (the process's own stop signal); returns how long that took (ms). */
  async stop(): Promise<number> {
    const started = Date.now();
    await this.current?.stop();
    return Date.now() - started;
  }

  /** Still running: false once it has exited by itself, e.g. crashed on a lost connection. */
  get running(): boolean {
    return this.current !== undefined && this.current.exitStatus === undefined && !this.current.stopping;
  }

  get exitStatus() {
    return this.current?.exitStatus;
  }
}

/** An embedded PostgreSQL of the test's own, with durable settings (data kept across its restarts). */
export async function ownPostgres(dataDir: string): Promise<{ server: Restartable; url: string }> {
  const port = await freePort();
  const url = serverUrl(port);
  const spec = embeddedPostgresSpec({ dataDir, port, logFile: join(resultsDir(), `postgres-restart-${port}.log`) });
  return { server: new Restartable(spec, (process) => waitForPostgres(url, 120_000, process)), url };
}

/** A Temporal dev server of the test's own whose state is a SQLite file, so workflows survive its restart. */
export async function ownTemporal(stateDir: string): Promise<{ server: Restartable; address: string }> {
  const port = await freePort();
  const address = `127.0.0.1:${port}`;
  const spec = devServerSpec({ port, dbFile: join(stateDir, 'temporal.db'), logFile: join(resultsDir(), `temporal-restart-${port}.log`) });
  return { server: new Restartable(spec, (process) => waitForTemporal(address, 120_000, process)), address };
}

export interface ProductEnv {
  databaseUrl: string;
  temporalAddress: string;
  taskQueue: string;
}

function productEnv({ databaseUrl, temporalAddress, taskQueue }: ProductEnv): NodeJS.ProcessEnv {
  return { ...process.env, DATABASE_URL: databaseUrl, TEMPORAL_ADDRESS: temporalAddress, TEMPORAL_TASK_QUEUE: taskQueue, TEMPORAL_NAMESPACE: 'default' };
}

/**
 * The API process as infra/start.sh runs it (services/api/src/main.ts); ready when /health says so. Its per-user rate
 * limit is set out of reach: the restart tests load it with one user as fast as it answers (on an idle machine more
 * than the default 600 a minute), and what they count is successes and 503s; rate-limit.test.ts tests the limit.
 */
export async function apiProcess(env: ProductEnv): Promise<{ process: Restartable; origin: string }> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const processEnv = { ...productEnv(env), PORT: String(port), RATE_LIMIT_USER_REQUESTS: String(1_000_000) };
  const spec = { ...tsxSpec('api', 'services/api/src/main.ts', processEnv), logFile: join(resultsDir(), `api-restart-${port}.log`) };
  const untilReady = async (process: ManagedProcess) => {
    const deadline = Date.now() + 120_000;
    while (Date.now() < deadline) {
      if (process.exitStatus) throw new Error(`the API exited while starting; see ${spec.logFile}`);
      const health = await fetch(`${origin}/health`).catch(() => null);
      if (health?.ok) return;
      await delay(250);
    }
    throw new Error(`the API did not become healthy within 120 s; see ${spec.logFile}`);
  };
  return { process: new Restartable(spec, untilReady), origin };
}

/** The worker process as infra/start.sh runs it (workflows/src/worker.ts); ready once it polls its task queue. */
export function workerProcess(env: ProductEnv, temporal: Client): Restartable {
  const spec = { ...tsxSpec('worker', 'workflows/src/worker.ts', productEnv(env)), logFile: join(resultsDir(), `worker-${env.taskQueue}.log`) };
  return new Restartable(spec, async (process) => {
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      if (process.exitStatus) throw new Error(`the worker exited while starting; see ${spec.logFile}`);
      if (await hasPollers(temporal, env.taskQueue)) return;
      await delay(500);
    }
    throw new Error(`the worker did not poll ${env.taskQueue} within 180 s; see ${spec.logFile}`);
  });
}

/** Whether a worker polls the queue's workflow tasks right now, as the Temporal server sees it. */
export async function hasPollers(temporal: Client, taskQueue: string): Promise<boolean> {
  const { pollers } = await temporal.workflowService.describeTaskQueue({
    namespace: temporal.options.namespace,
    taskQueue: { name: taskQueue },
    // TASK_QUEUE_TYPE_WORKFLOW
    taskQueueType: 1,
  });
  return pollers.length > 0;
}

export interface GraphQLAnswer<T = any> {
  status: number;
  retryAfter: string | null;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  /** When the request was sent and when its answer was complete (ms since the epoch). */
  sentAt: number;
  answeredAt: number;
}

/** One GraphQL request over HTTP; a refused or reset connection is an answer too (status 0), never a throw. */
export async function graphql<T = any>(origin: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<GraphQLAnswer<T>> {
  const sentAt = Date.now();
  try {
    const response = await fetch(`${origin}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(90_000),
    });
    const body = (await response.json().catch(() => ({ errors: [{ message: `not JSON (HTTP ${response.status})` }] }))) as Pick<GraphQLAnswer<T>, 'data' | 'errors'>;
    return { status: response.status, retryAfter: response.headers.get('retry-after'), ...body, sentAt, answeredAt: Date.now() };
  } catch (error) {
    return { status: 0, retryAfter: null, errors: [{ message: `no answer: ${String(error)}` }], sentAt, answeredAt: Date.now() };
  }
}

/** Signs in as a user through the development issuer, as the sign-in page does. */
export async function signIn(origin: string, userId: string): Promise<string> {
  const answer = await graphql<{ devSignIn: { token: string } }>(origin, null, 'mutation($id: ID!) { devSignIn(userId: $id) { token } }', { id: userId });
  if (!answer.data?.devSignIn) throw new Error(`sign-in failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.devSignIn.token;
}

export type Verdict = 'success' | 'retryable' | 'other';

/**
 * success: 200 and no errors. retryable: the promised answer to an unavailable server and nothing else (503,
 * Retry-After, every error SERVICE_UNAVAILABLE with retryable: true and the Swedish sentence). Anything else
 * (a 500, a driver's message, a refused connection to the API itself) is "other".
 */
export function verdict(answer: GraphQLAnswer): Verdict {
  if (answer.status === 200 && !answer.errors?.length && answer.data) return 'success';
  const retryable =
    answer.status === 503 &&
    answer.retryAfter !== null &&
    Number(answer.retryAfter) > 0 &&
    !!answer.errors?.length &&
    answer.errors.every(
      (e) => e.extensions?.code === 'SERVICE_UNAVAILABLE' && e.extensions?.retryable === true && e.message === SERVICE_UNAVAILABLE_MESSAGE,
    );
  return retryable ? 'retryable' : 'other';
}

/** Polls until `check` holds (returns its value) or the time is up. */
export async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 60_000, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await delay(intervalMs);
  }
  throw new Error(`${what}: not within ${timeoutMs / 1000} s${lastError ? ` (last error: ${String(lastError)})` : ''}`);
}

/** Prints the figures and keeps them as JSON beside the logs. */
export function report(name: string, figures: Record<string, unknown>): void {
  console.log(`\n${name}\n${Object.entries(figures).map(([key, value]) => `  ${key}: ${typeof value === 'object' ? JSON.stringify(value) : value}`).join('\n')}`);
  writeFileSync(join(resultsDir(), `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.json`), JSON.stringify(figures, null, 2));
}
