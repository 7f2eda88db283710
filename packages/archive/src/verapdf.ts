/** PDF/A validation with veraPDF, the industry reference validator (run from its Maven Central jars). */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { javaCommandLine, javaExecutable, ToolError, verapdfClasspath, verapdfCli } from './tools.js';
import { childText, elementsByTagName, parseXml } from './xml.js';

export interface FailedPdfARule {
  /** e.g. "ISO 19005-2:2011" */
  specification: string;
  /** e.g. "6.2.4.3" */
  clause: string;
  testNumber: string;
  description: string;
  failedChecks: number;
  /** The first error messages veraPDF gave for this rule (it lists up to 100 per rule). */
  errorMessages: string[];
}

export interface PdfAValidation {
  compliant: boolean;
  /** The profile veraPDF applied, e.g. "PDF/A-2B validation profile". */
  profile: string;
  failedRules: FailedPdfARule[];
  /** Set when veraPDF could not validate at all (not a PDF, encrypted, ...). */
  exception?: string;
  /** veraPDF's XML report, for the package's validation record. */
  report: string;
  validator: { name: 'veraPDF'; version: string };
  startedAt: Date;
  finishedAt: Date;
}

export interface ValidatePdfAOptions {
  /** veraPDF flavour; FGS deliveries of rendered pages use 2b. */
  flavour?: '1b' | '2b' | '2u' | '3b';
  timeoutMs?: number;
}

export async function validatePdfA(file: string, options: ValidatePdfAOptions = {}): Promise<PdfAValidation> {
  const startedAt = new Date();
  const flavour = options.flavour ?? '2b';
  servers[flavour] ??= new VeraPdfServer(flavour);
  const { report, stderr } = await servers[flavour].validate(resolve(file), options.timeoutMs ?? 180_000);
  // A report comes for a compliant and a non-compliant file alike; none (a missing file, ...) is a tool failure.
  if (!report.includes('<report')) {
    throw new ToolError(
      `veraPDF gave no report for ${file}: ${stderr.trim() || 'no output'}. Classpath: ${verapdfClasspath()} (installed by infra/setup.sh)`,
      { exitCode: 0, stdout: report, stderr },
    );
  }
  return { ...parseVerapdfReport(report), startedAt, finishedAt: new Date() };
}

const servers: Partial<Record<NonNullable<ValidatePdfAOptions['flavour']>, VeraPdfServer>> = {};

/**
 * One veraPDF per process and flavour, kept running in veraPDF's own server mode (`--servermode`, which its
 * multi-process runner uses): it reads a PDF's path per line on stdin and answers each with the path of its report,
 * written to its temporary folder. Loading veraPDF and its profiles costs more than a validation (measured on a
 * captured account page: 2.0 s of CPU for a run of the command line, 0.35 s a validation in a running server), so a
 * worker pays for it once. Validations take turns. A request whose server stopped (killed, crashed) is asked once
 * more of a new one, since validating only reads the file; a request that overruns its timeout fails, its server is
 * killed, and the next request starts a new one.
 */
class VeraPdfServer {
  private running: Promise<RunningVeraPdf> | null = null;
  private turn: Promise<unknown> = Promise.resolve();

  constructor(private readonly flavour: string) {}

  validate(file: string, timeoutMs: number): Promise<{ report: string; stderr: string }> {
    if (/[\r\n]/.test(file)) return Promise.reject(new ToolError(`veraPDF cannot be given a path with a line break: ${JSON.stringify(file)}`));
    const result = this.turn.then(() => this.exchange(file, timeoutMs));
    this.turn = result.catch(() => undefined);
    return result;
  }

  private async exchange(file: string, timeoutMs: number, again = true): Promise<{ report: string; stderr: string }> {
    const server = await (this.running ??= startVeraPdf(this.flavour, timeoutMs).catch((error: unknown) => {
      this.running = null;
      throw error;
    }));
    server.stderr.length = 0;
    server.child.stdin.write(`${file}\n`);
    try {
      const reportFile = await server.nextLine(timeoutMs, `validating ${file}`);
      const report = await readFile(reportFile, 'utf8');
      await rm(reportFile, { force: true });
      return { report, stderr: server.stderr.join('') };
    } catch (error) {
      this.running = null;
      await server.stop();
      if (error instanceof VeraPdfStopped && again) return this.exchange(file, timeoutMs, false);
      throw error;
    }
  }
}

const TMP_PREFIX = 'smg-verapdf-';

async function removeFoldersOfEndedProcesses(): Promise<void> {
  for (const name of await readdir(tmpdir()).catch(() => [] as string[])) {
    const pid = name.startsWith(TMP_PREFIX) ? Number(name.slice(TMP_PREFIX.length).split('-')[0]) : 0;
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
class VeraPdfStopped extends ToolError {}

interface RunningVeraPdf {
  child: ChildProcessWithoutNullStreams;
  /** What it wrote to stderr since the current request. */
  stderr: string[];
  nextLine(timeoutMs: number, doing: string): Promise<string>;
  stop(): Promise<void>;
}

async function startVeraPdf(flavour: string, timeoutMs: number): Promise<RunningVeraPdf> {
  // Its reports go to a folder of this server's own, removed with it; a process killed outright leaves its folder, which
  // the next server started on the machine removes.
  await removeFoldersOfEndedProcesses();
  const tmp = await mkdtemp(join(tmpdir(), `${TMP_PREFIX}${process.pid}-`));
  const args = ['--servermode', '--flavour', flavour, '--format', 'xml', '--maxfailuresdisplayed', '5'];
  const child = spawn(javaExecutable(), javaCommandLine(verapdfCli(), args, [`-Djava.io.tmpdir=${tmp}`]), { stdio: 'pipe' });
  const stderr: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.push(chunk));
  child.stdin.on('error', () => undefined); // a write to a server that has stopped: its exit tells the request why
  const exited = new Promise<string>((resolve) => {
    child.once('error', (error) => resolve(`could not start ${javaExecutable()}: ${error.message}`));
    child.once('close', (code, signal) => resolve(`veraPDF stopped (${signal ?? `exit code ${code}`})`));
  });
  void exited.then(() => rm(tmp, { recursive: true, force: true }));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  // Idle, it does not keep the process alive; a request's timeout timer does while one is under way.
  child.unref();
  for (const stream of [child.stdin, child.stdout, child.stderr]) (stream as unknown as Socket).unref?.();

  const stop = async () => {
    child.kill('SIGKILL');
    await exited;
  };
  const nextLine = async (ms: number, doing: string): Promise<string> => {
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<{ timedOut: string }>((resolve) => {
      timer = setTimeout(() => resolve({ timedOut: `veraPDF did not finish ${doing} within ${ms} ms` }), ms);
    });
    const ended = exited.then(() => ({ stopped: true }));
    try {
      const line = await Promise.race([lines.next(), timedOut, ended]);
      if ('timedOut' in line) throw new ToolError(line.timedOut, run());
      if ('stopped' in line || line.done) throw new VeraPdfStopped(`${await exited} while ${doing}: ${stderr.join('').trim() || 'no output'}`, run());
      return line.value;
    } finally {
      clearTimeout(timer);
    }
  };
  const run = () => ({ exitCode: child.exitCode ?? -1, stdout: '', stderr: stderr.join('') });

  // Started, it first answers for the files on its command line (none): its own empty report says it is ready.
  try {
    await rm(await nextLine(timeoutMs, 'starting'), { force: true });
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, stderr, nextLine, stop };
}

export function parseVerapdfReport(report: string): Omit<PdfAValidation, 'startedAt' | 'finishedAt'> {
  const document = parseXml(report);
  const version =
    elementsByTagName(document, 'releaseDetails')
      .find((release) => release.getAttribute('id') === 'core')
      ?.getAttribute('version') ?? 'unknown';
  const validator = { name: 'veraPDF' as const, version };

  const taskException = elementsByTagName(document, 'taskException')[0];
  const validationReport = elementsByTagName(document, 'validationReport')[0];
  if (!validationReport) {
    return {
      compliant: false,
      profile: '',
      failedRules: [],
      exception: taskException
        ? (childText(taskException, null, 'exceptionMessage') ?? 'veraPDF task failed')
        : 'veraPDF report has no validation result',
      report,
      validator,
    };
  }
  const failedRules = elementsByTagName(validationReport, 'rule')
    .filter((rule) => rule.getAttribute('status') === 'failed')
    .map((rule) => ({
      specification: rule.getAttribute('specification') ?? '',
      clause: rule.getAttribute('clause') ?? '',
      testNumber: rule.getAttribute('testNumber') ?? '',
      description: childText(rule, null, 'description') ?? '',
      failedChecks: Number(rule.getAttribute('failedChecks') ?? '0'),
      errorMessages: elementsByTagName(rule, 'errorMessage').map((message) => message.textContent?.trim() ?? ''),
    }));
  return {
    compliant: validationReport.getAttribute('isCompliant') === 'true' && failedRules.length === 0,
    profile: validationReport.getAttribute('profileName') ?? '',
    failedRules,
    report,
    validator,
  };
}
