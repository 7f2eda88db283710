/**
 * Where the external tools live and how they are run. The Java validators are installed by infra/setup.sh
 * (ensure_java_validators) into .local/tools/java; the versions here must match the ones pinned there, so that
 * code run without setup.sh's exports finds the same folders.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
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

export function javaExecutable(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
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
