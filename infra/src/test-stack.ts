/**
 * Every test of every package, on servers of its own: an ephemeral embedded PostgreSQL and an in-memory Temporal
 * dev server on free ports with folders under .local/test-<run>/, so it runs beside a started stack.
 * Started by infra/test.sh (after infra/setup.sh and the frontend build); arguments go to `vitest run`.
 *
 * Tests get DATABASE_URL (superuser, database "postgres": suites create their own databases, and createTestDatabase
 * the application's login role), TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE, TEMPORAL_CLI_PATH, TEMPORAL_TEST_SERVER_PATH,
 * CHROMIUM_PATH, TEST_RESULTS_DIR (for screenshots and other artefacts worth keeping), and an audit signing key made
 * for this run (AUDIT_SIGNING_KEY, AUDIT_VERIFICATION_KEYS).
 *
 * TMPDIR is a folder of the run's own, removed with it: what the tests and their processes leave in the temporary
 * folder (the Chromium profile of a worker a test SIGKILLs mid-capture, workflow bundles, validator reports) goes with
 * the run instead of piling up in /tmp.
 */
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEphemeralServers } from './lib/ephemeral-servers.js';
import { ManagedProcess, alignPrefixes } from './lib/processes.js';
import { localDir } from './lib/postgres.js';
import { Stack, repoRoot } from './lib/stack.js';

const runDir = localDir(`test-${Date.now().toString(36)}-${process.pid}`);
const resultsDir = localDir('test-results');
const reportFile = join(resultsDir, 'vitest.json');
const frontendBuildExit = Number(process.env.FRONTEND_BUILD_EXIT_CODE ?? 0);

let runTmpDir: string | undefined;
let notRunReason: string | undefined;
let vitestStarted = false;
let interrupted = false;
// The stack only shuts itself down on a signal here; a normal end goes through stopAll() below.
const stack = new Stack((code) => {
  interrupted = true;
  void finish(code);
});

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: Array<{ status: string; assertionResults: unknown[] }>;
}

function summary(): string {
  const notes: string[] = [];
  if (frontendBuildExit !== 0) notes.push(`frontends build failed with code ${frontendBuildExit}`);
  if (interrupted) notes.push('interrupted');
  if (notRunReason) notes.push(`${vitestStarted ? 'aborted' : 'not run'}: ${notRunReason}`);
  let counts = 'tests: 0 passed, 0 failed';
  if (existsSync(reportFile)) {
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport;
    counts = `tests: ${report.numPassedTests} passed, ${report.numFailedTests} failed`;
    const skipped = report.numPendingTests + report.numTodoTests;
    if (skipped > 0) notes.push(`${skipped} skipped`);
    const brokenFiles = report.testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
    if (brokenFiles.length > 0) notes.push(`${brokenFiles.length} test file${brokenFiles.length === 1 ? '' : 's'} failed to load`);
  } else if (!notRunReason && !interrupted) {
    notes.push('vitest wrote no report');
  }
  return notes.length > 0 ? `${counts} (${notes.join('; ')})` : counts;
}

let finishing = false;
async function finish(code: number): Promise<void> {
  if (finishing) return;
  finishing = true;
  for (const dir of [runDir, runTmpDir]) if (dir) await rm(dir, { recursive: true, force: true }).catch(() => {});
  const exitCode = code === 0 && frontendBuildExit !== 0 ? frontendBuildExit : code;
  console.log(`\n${summary()}`);
  process.exit(exitCode);
}

async function main(): Promise<number> {
  await mkdir(runDir, { recursive: true });
  await mkdir(resultsDir, { recursive: true });
  await rm(reportFile, { force: true });
  // In the system's temporary folder, not under runDir: Chromium makes its singleton socket in TMPDIR, and a socket's
  // path has to stay short. Open to every user, as /tmp is (the embedded PostgreSQL runs as a user of its own).
  runTmpDir = await mkdtemp(join(tmpdir(), `smg-test-${process.pid}-`));
  await chmod(runTmpDir, 0o1777);
  for (const name of ['TEMPORAL_CLI_PATH', 'TEMPORAL_TEST_SERVER_PATH', 'CHROMIUM_PATH']) {
    if (!process.env[name]) console.warn(`${name} is not set; run the tests through infra/test.sh`);
  }
  alignPrefixes(['postgres', 'temporal', 'vitest']);

  process.stdout.write('test stack: ');
  const { databaseUrl, temporalAddress } = await startEphemeralServers(stack, { runDir, logDir: resultsDir });

  const auditKeys = generateKeyPairSync('ed25519');
  const vitest = stack.track(
    new ManagedProcess({
      name: 'vitest',
      command: process.execPath,
      args: [
        join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs'),
        'run',
        '--config', join(repoRoot, 'infra', 'vitest.config.ts'),
        '--reporter=default',
        '--reporter=json',
        `--outputFile.json=${reportFile}`,
        ...process.argv.slice(2),
      ],
      cwd: repoRoot,
      inheritOutput: true,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        TEMPORAL_ADDRESS: temporalAddress,
        TEMPORAL_NAMESPACE: 'default',
        TEST_RESULTS_DIR: resultsDir,
        TMPDIR: runTmpDir,
        // A fresh credential-vault key per run, so the tests take the configured-key path the production API takes.
        VAULT_KEY: process.env.VAULT_KEY || randomBytes(32).toString('base64'),
        AUDIT_SIGNING_KEY: auditKeys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        AUDIT_VERIFICATION_KEYS: auditKeys.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      },
      stopTimeoutMs: 20_000,
    }),
    'app',
  );
  vitestStarted = true;
  const status = await stack.guard(vitest.exited);
  return status.code ?? 1;
}

main()
  .then(async (code) => {
    await stack.stopAll();
    await finish(code);
  })
  .catch(async (error: unknown) => {
    if (stack.isShuttingDown) return;
    notRunReason = error instanceof Error ? error.message : String(error);
    console.error(`\n✗ ${notRunReason}\n(see ${resultsDir}/postgres.log and temporal.log)`);
    await stack.stopAll();
    await finish(1);
  });
