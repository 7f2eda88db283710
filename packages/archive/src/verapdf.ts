/** PDF/A validation with veraPDF, the industry reference validator (run from its Maven Central jars). */
import { readFile, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { JavaServer } from './java-server.js';
import { ToolError, verapdfClasspath, verapdfCli } from './tools.js';
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
  servers[flavour] ??= veraPdfServer(flavour);
  const path = resolve(file);
  const { report, stderr } = await servers[flavour].request(path, options.timeoutMs ?? 180_000, `validating ${path}`, async ({ answer, stderr }) => {
    const text = await readFile(answer, 'utf8');
    await rm(answer, { force: true });
    return { report: text, stderr };
  });
  // A report comes for a compliant and a non-compliant file alike; none (a missing file, ...) is a tool failure.
  if (!report.includes('<report')) {
    throw new ToolError(
      `veraPDF gave no report for ${file}: ${stderr.trim() || 'no output'}. Classpath: ${verapdfClasspath()} (installed by infra/setup.sh)`,
      { exitCode: 0, stdout: report, stderr },
    );
  }
  return { ...parseVerapdfReport(report), startedAt, finishedAt: new Date() };
}

const servers: Partial<Record<NonNullable<ValidatePdfAOptions['flavour']>, JavaServer>> = {};

/**
 * One veraPDF per process and flavour, in veraPDF's own server mode (`--servermode`, which its multi-process runner
 * uses): it reads a PDF's path per line and answers each with the path of its report, written to its temporary folder.
 * Started, it first answers for the files on its command line (none): that empty report says it is ready.
 */
function veraPdfServer(flavour: string): JavaServer {
  return new JavaServer({
    name: 'veraPDF',
    tool: verapdfCli(),
    args: ['--servermode', '--flavour', flavour, '--format', 'xml', '--maxfailuresdisplayed', '5'],
    ready: (emptyReport) => rm(emptyReport, { force: true }),
  });
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
