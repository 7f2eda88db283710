/**
 * Where the external tools live and how they are run. The Java validators are installed by infra/setup.sh
 * (ensure_java_validators) into .local/tools/java; the versions here must match the ones pinned there, so that
 * code run without setup.sh's exports finds the same folders.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createHash, randomBytes } from 'node:crypto';
import { access, mkdir, rename, rm } from 'node:fs/promises';
import { basename, delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERAPDF_VERSION = '1.28.2';
export const COMMONS_IP_VERSION = '2.10.0';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const javaToolsDir = join(repoRoot, '.local', 'tools', 'java');

/** Java classpath of veraPDF (greenfield-apps and its dependencies); `lib/*` is Java's own jar wildcard. */
export function verapdfClasspath(): string {
  return process.env.VERAPDF_CLASSPATH || join(javaToolsDir, `verapdf-${VERAPDF_VERSION}`, 'lib', '*');
}

/** Java classpath of the E-ARK reference validator commons-ip (commons-ip2 ships its CLI in the same jar). */
export function commonsIpClasspath(): string {
  return process.env.COMMONS_IP_CLASSPATH || join(javaToolsDir, `commons-ip-${COMMONS_IP_VERSION}`, 'lib', '*');
}

/**
 * The commons-ip2 version on the classpath in use (its report leaves the version empty): the version in the jar's
 * name, from an entry naming the jar or a `lib/*` wildcard's folder. Null when no such jar is there.
 */
export function commonsIpVersionOnClasspath(classpath = commonsIpClasspath()): string | null {
  for (const entry of classpath.split(delimiter)) {
    const names = basename(entry) === '*' ? filesIn(dirname(entry)) : [basename(entry)];
    for (const name of names) {
      const version = /^commons-ip2-(\d[\w.-]*)\.jar$/.exec(name)?.[1];
      if (version) return version;
    }
  }
  return null;
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** A Java tool's command line: its classpath and main class; the arguments come with each run. */
export interface JavaTool {
  classpath: string;
  mainClass: string;
}

/** veraPDF's command line. */
export function verapdfCli(): JavaTool {
  return { classpath: verapdfClasspath(), mainClass: 'org.verapdf.apps.GreenfieldCliWrapper' };
}

/** commons-ip's command line. */
export function commonsIpCli(): JavaTool {
  return { classpath: commonsIpClasspath(), mainClass: 'org.roda_project.commons_ip2.cli.Main' };
}

export function javaExecutable(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * The command line of a Java tool's JVM. A validation is short work (a second or less once the tool is loaded), so:
 * - only the client compiler (C1): in runs this short the optimising compiler's threads spend more CPU than their
 *   code saves (measured for veraPDF: the same CPU per validation over 30 validations in one JVM, half the start-up);
 * - the serial collector: one thread for a small heap;
 * - JVM log lines (e.g. a class-sharing archive it cannot use) go to stderr, so stdout is the tool's own output.
 */
export function javaCommandLine(tool: JavaTool, args: readonly string[], jvmOptions: readonly string[] = []): string[] {
  return [
    '-XX:TieredStopAtLevel=1',
    '-XX:+UseSerialGC',
    '-Xlog:disable',
    '-Xlog:all=warning:stderr',
    ...jvmOptions,
    '-cp',
    tool.classpath,
    tool.mainClass,
    ...args,
  ];
}

/**
 * Runs a Java tool's command line once. Most of such a run is the JVM starting, so besides `javaCommandLine`'s options
 * it uses class data sharing: the first run writes the classes it loaded to an archive, and later runs map it instead
 * of reading and verifying the jars again (measured for commons-ip on a captured account page: 1.9 → 0.7 s of CPU).
 * The archive belongs to one JVM and one classpath (its file name hashes both).
 */
export async function runJavaTool(
  tool: JavaTool,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number } = {},
): Promise<ToolRun> {
  const archive = await classSharingArchive(tool);
  const exists = await access(archive).then(
    () => true,
    () => false,
  );
  // Written under a name of its own and renamed once complete: a concurrent run never maps half an archive.
  const writing = `${archive}.${process.pid}-${randomBytes(4).toString('hex')}`;
  const sharing = exists ? `-XX:SharedArchiveFile=${archive}` : `-XX:ArchiveClassesAtExit=${writing}`;
  try {
    const run = await runTool(javaExecutable(), javaCommandLine(tool, args, [sharing]), options);
    if (!exists) await rename(writing, archive).catch(() => undefined);
    return run;
  } finally {
    if (!exists) await rm(writing, { force: true });
  }
}

let javaVersion: Promise<string> | undefined;

/** Where the class-sharing archive of `tool` on this JVM is (or will be, after the tool's first run). */
export async function classSharingArchive(tool: JavaTool): Promise<string> {
  // `java -version` names the exact build, which an archive is only valid for.
  javaVersion ??= runTool(javaExecutable(), ['-version'], { timeoutMs: 30_000 }).then(
    (run) => run.stderr.trim(),
    (error) => {
      javaVersion = undefined;
      throw error;
    },
  );
  const key = createHash('sha256')
    .update([javaExecutable(), await javaVersion, tool.classpath, tool.mainClass].join('\n'))
    .digest('hex')
    .slice(0, 16);
  const dir = join(javaToolsDir, 'class-sharing');
  await mkdir(dir, { recursive: true });
  return join(dir, `${key}.jsa`);
}

export function ghostscriptExecutable(): string {
  return process.env.GHOSTSCRIPT_PATH || 'gs';
}

export interface ToolRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

export class ToolError extends Error {
  constructor(
    message: string,
    readonly run?: ToolRun,
  ) {
    super(message);
    this.name = 'ToolError';
  }
}

/**
 * Runs a program to completion and returns its output whatever the exit code: the validators use non-zero codes
 * for "not compliant", which is a result, not a failure. Fails only when the program cannot start or times out.
 */
export function runTool(
  command: string,
  args: readonly string[],
  options: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<ToolRun> {
  const timeoutMs = options.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new ToolError(`could not start ${command}: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const run: ToolRun = {
        exitCode: code ?? -1,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      };
      if (timedOut) reject(new ToolError(`${command} did not finish within ${timeoutMs} ms`, run));
      else if (signal) reject(new ToolError(`${command} was killed by ${signal}`, run));
      else resolve(run);
    });
  });
}
