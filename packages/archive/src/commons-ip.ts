/**
 * E-ARK package validation with commons-ip, the reference validator of the E-ARK specifications (commons-ip2 from
 * Maven Central; its CLI is in the same jar). It checks structure, METS against the CSIP/SIP requirements and
 * every declared size and checksum.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SPECIFICATION_VERSION } from './sip.js';
import { JavaServer } from './java-server.js';
import { commonsIpClasspath, commonsIpServer, commonsIpVersionOnClasspath, ToolError } from './tools.js';

export interface SipRequirementResult {
  /** Requirement id, e.g. CSIP1, CSIPSTR4, SIP12. */
  id: string;
  specification: string;
  level: string;
  description: string;
  issues: string[];
}

export interface SipValidation {
  valid: boolean;
  /** Failed MUST requirements: why the package is invalid. */
  errors: SipRequirementResult[];
  /** Failed SHOULD/MAY requirements, which do not make the package invalid. */
  warnings: SipRequirementResult[];
  summary: { success: number; warnings: number; errors: number; skipped: number; result: string };
  /** commons-ip's JSON report, for the package's validation record. */
  report: string;
  validator: { name: 'commons-ip'; version: string };
  startedAt: Date;
  finishedAt: Date;
}

interface CommonsIpReport {
  validation: Array<{
    specification: string;
    id: string;
    description: string;
    level: string;
    testing: { outcome: string; issues: string[]; warnings: string[] };
  }>;
  summary: { success: number; warnings: number; errors: number; skipped: number; result: string };
}

/** Validates a package folder or a zip holding one package folder. */
export async function validateSip(
  path: string,
  options: { specificationVersion?: string; timeoutMs?: number } = {},
): Promise<SipValidation> {
  const startedAt = new Date();
  const input = resolve(path);
  await stat(input); // a clear ENOENT instead of a report about a missing folder
  // Without an existing -o folder commons-ip silently writes the report next to the package instead.
  const reportDir = await mkdtemp(join(tmpdir(), 'smg-commons-ip-report-'));
  try {
    const commandLine = ['validate', '-i', input, '-o', reportDir, '--specification-version', options.specificationVersion ?? SPECIFICATION_VERSION];
    if (commandLine.some((arg) => arg.includes('\t'))) throw new ToolError(`commons-ip cannot be given a path with a tab: ${JSON.stringify(input)}`);
    server ??= new JavaServer({ name: 'commons-ip', tool: commonsIpServer(), ready: async () => undefined });
    return await server.request(commandLine.join('\t'), options.timeoutMs ?? 180_000, `validating ${input}`, async ({ answer: exitCode, stderr }) => {
      const reportFile = (await readdir(reportDir)).find((name) => name.endsWith('.json'));
      if (!reportFile) {
        throw new ToolError(
          `commons-ip gave no report for ${input} (exit ${exitCode}): ${stderr.trim() || 'no output'}. Classpath: ${commonsIpClasspath()} (installed by infra/setup.sh)`,
          { exitCode: Number(exitCode), stdout: '', stderr },
        );
      }
      const report = await readFile(join(reportDir, reportFile), 'utf8');
      return { ...parseCommonsIpReport(report), startedAt, finishedAt: new Date() };
    });
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
}

/**
 * One commons-ip per process, kept running by a wrapper of ours around its command line (commons-ip has no server mode
 * of its own): it runs each request's command line as commons-ip's main does, and its first line says it is ready.
 */
let server: JavaServer | undefined;

export function parseCommonsIpReport(report: string): Omit<SipValidation, 'startedAt' | 'finishedAt'> {
  const parsed = JSON.parse(report) as CommonsIpReport & { header?: { version_commons_ip?: string | null } };
  const failed = parsed.validation
    .filter((entry) => entry.testing.outcome === 'FAILED')
    .map((entry) => ({
      id: entry.id,
      specification: entry.specification,
      level: entry.level,
      description: entry.description,
      issues: [...entry.testing.issues, ...entry.testing.warnings].filter((text) => text.trim() !== ''),
    }));
  return {
    valid: parsed.summary.result === 'VALID',
    errors: failed.filter((entry) => entry.level === 'MUST'),
    warnings: failed.filter((entry) => entry.level !== 'MUST'),
    summary: parsed.summary,
    report,
    // The report leaves its own version empty: the jar that ran names it.
    validator: { name: 'commons-ip', version: parsed.header?.version_commons_ip ?? commonsIpVersionOnClasspath() ?? 'unknown' },
  };
}
