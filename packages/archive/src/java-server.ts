/**
 * A Java validator kept running for the life of the process, answering one request line with one answer line. Loading a
 * validator costs far more than a validation (measured on a captured account page: veraPDF 2.0 s of CPU for a run of
 * its command line, 0.35 s a validation in a running one; commons-ip 0.8 s against 0.07 s), so a worker pays for it once.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { rmSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { javaCommandLine, javaExecutable, ToolError, type JavaTool } from './tools.js';

export interface JavaServerOptions {
  /** As users know the tool, for messages: "veraPDF". */
  name: string;
  tool: JavaTool;
  args?: readonly string[];
  /** Takes the first line the server writes, which says it is ready. */
  ready(firstLine: string): Promise<void>;
}

export interface JavaServerAnswer {
  answer: string;
  /** What the tool wrote to stderr while it worked on the request. */
  stderr: string;
}

/**
 * Requests take turns. A request whose server stopped (killed, crashed) is asked once more of a new one, since a
 * validation only reads its file; a request that overruns its timeout fails, its server is killed, and the next
 * request starts a new one. Each server works in a temporary folder of its own (its working directory and
 * `java.io.tmpdir`), removed when it stops or this process exits; a process killed outright leaves its folder, which
 * the next server started on the machine removes.
 */
export class JavaServer {
  private running: Promise<RunningJavaServer> | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly options: JavaServerOptions) {}

  /**
   * Sends `line` and hands the answer to `use`, whose reading of the files the answer names happens in the same turn,
   * before the next request can replace the server.
   */
  request<T>(line: string, timeoutMs: number, doing: string, use: (answer: JavaServerAnswer) => Promise<T>): Promise<T> {
    if (/[\r\n]/.test(line)) return Promise.reject(new ToolError(`${this.options.name} cannot be sent a line break: ${JSON.stringify(line)}`));
    const result = this.turn.then(async () => use(await this.exchange(line, timeoutMs, doing)));
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async exchange(line: string, timeoutMs: number, doing: string, again = true): Promise<JavaServerAnswer> {
    const server = await (this.running ??= startJavaServer(this.options, timeoutMs).catch((error: unknown) => {
      this.running = null;
      throw error;
    }));
    server.stderr.length = 0;
    server.child.stdin.write(`${line}\n`);
    try {
      const answer = await server.nextLine(timeoutMs, doing);
      return { answer, stderr: server.stderr.join('') };
    } catch (error) {
      this.running = null;
      await server.stop();
      if (error instanceof JavaServerStopped && again) return this.exchange(line, timeoutMs, doing, false);
      throw error;
    }
  }
}

/** The start of each server's folder name, followed by the pid of the process that started it. */
export const JAVA_SERVER_TMP_PREFIX = 'smg-java-server-';

async function removeFoldersOfEndedProcesses(): Promise<void> {
  for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
    const pid = name.startsWith(JAVA_SERVER_TMP_PREFIX) ? Number(name.slice(JAVA_SERVER_TMP_PREFIX.length).split('-')[0]) : 0;
    if (pid && !isRunning(pid)) await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The server ended while a request waited for it. */
class JavaServerStopped extends ToolError {}

interface RunningJavaServer {
  child: ChildProcessWithoutNullStreams;
  /** What it wrote to stderr since the current request. */
  stderr: string[];
  nextLine(timeoutMs: number, doing: string): Promise<string>;
  stop(): Promise<void>;
}

async function startJavaServer(options: JavaServerOptions, timeoutMs: number): Promise<RunningJavaServer> {
  await removeFoldersOfEndedProcesses();
  const tmp = await mkdtemp(join(tmpdir(), `${JAVA_SERVER_TMP_PREFIX}${process.pid}-`));
  const child = spawn(javaExecutable(), javaCommandLine(options.tool, options.args ?? [], [`-Djava.io.tmpdir=${tmp}`]), { cwd: tmp, stdio: 'pipe' });
  const stderr: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  child.stdin.on('error', () => undefined); // a write to a server that has stopped: its exit tells the request why
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(`could not start ${javaExecutable()}: ${error.message}`));
    child.once('close', (code, signal) => resolve(`${options.name} stopped (${signal ?? `exit code ${code}`})`));
  });
  // Removed when the server stops, or when this process exits first (the server then ends on its own, reading the end
  // of its input, with nobody left to remove the folder).
  const removeFolder = () => rmSync(tmp, { recursive: true, force: true });
  process.once('exit', removeFolder);
  void exited.then(() => {
    process.off('exit', removeFolder);
    return rm(tmp, { recursive: true, force: true });
  });
  // Aborted once the server has stopped. A request waits for that through a listener that goes when it is answered. A
  // reaction on `exited` itself would stay until the server stops, holding each request's state, the worker's activity
  // context with it: about 13 KB a capture, measured over 1,000 captures in the archiving benchmark.
  const stopped = new AbortController();
  void exited.then(() => stopped.abort());
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  // Idle, it does not keep the process alive; a request's timeout timer does while one is under way. When the process
  // ends, the server reads the end of its input and ends too.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as Socket).unref?.();

  const stop = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  const nextLine = async (ms: number, doing: string): Promise<string> => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<{ timedOut: string }>((resolve) => {
      timer = setTimeout(() => resolve({ timedOut: `${options.name} did not finish ${doing} within ${ms} ms` }), ms);
    });
    const answered = new AbortController();
    const ended = new Promise<{ stopped: true }>((resolve) => {
      if (stopped.signal.aborted) resolve({ stopped: true });
      stopped.signal.addEventListener('abort', () => resolve({ stopped: true }), { signal: answered.signal });
    });
    try {
      const line = await Promise.race([lines.next(), timedOut, ended]);
      if ('timedOut' in line) throw new ToolError(line.timedOut, run());
      if ('stopped' in line || line.done) throw new JavaServerStopped(`${await exited} while ${doing}: ${stderr.join('').trim() || 'no output'}`, run());
      return line.value;
    } finally {
      clearTimeout(timer);
      answered.abort();
    }
  };
  const run = () => ({ exitCode: child.exitCode ?? -1, stdout: '', stderr: stderr.join('') });

  try {
    await options.ready(await nextLine(timeoutMs, 'starting'));
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, stderr, nextLine, stop };
}
