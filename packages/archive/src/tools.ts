/**
 * Where the external tools live and how they are run. The Java validators are installed by infra/setup.sh
 * (ensure_java_validators) into .local/tools/java; the versions here must match the ones pinned there, so that
 * code run without setup.sh's exports finds the same folders.
 */
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
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

/** A Java tool's command line: its classpath and main class (or a Java source file); the arguments come with each run. */
export interface JavaTool {
  classpath: string;
  mainClass: string;
}

/** veraPDF's command line. */
export function verapdfCli(): JavaTool {
  return { classpath: verapdfClasspath(), mainClass: 'org.verapdf.apps.GreenfieldCliWrapper' };
}

/**
 * commons-ip's command line kept running (java/CommonsIpServer.java, run from its source, which needs a JDK): one
 * command line per request, answered by its exit code.
 */
export function commonsIpServer(): JavaTool {
  return { classpath: commonsIpClasspath(), mainClass: fileURLToPath(new URL('../java/CommonsIpServer.java', import.meta.url)) };
}

export function javaExecutable(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/**
 * The command line of a Java tool's JVM. A validation is short work (a second or less once the tool is loaded), so:
 * - only the client compiler (C1): in runs this short the optimising compiler's threads spend more CPU than their
 *   code saves (measured for veraPDF: the same CPU per validation over 30 validations in one JVM, half the start-up);
 * - the serial collector: one thread for a small heap;
 * - the JVM's own warnings go to stderr, so stdout is the tool's own output.
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
