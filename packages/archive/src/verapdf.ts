/** PDF/A validation with veraPDF, the industry reference validator (run from its Maven Central jars). */
import { runJavaTool, ToolError, verapdfClasspath, verapdfCli } from './tools.js';
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
  const run = await runJavaTool(
    verapdfCli(),
    [
      '--flavour',
      options.flavour ?? '2b',
      '--format',
      'xml',
      '--maxfailuresdisplayed',
      '5',
      file,
    ],
    { timeoutMs: options.timeoutMs ?? 180_000 },
  );
  // veraPDF exits 0 (compliant) or 1 (not compliant) with a report; anything else, or no report, is a tool failure.
  if (!run.stdout.includes('<report')) {
    throw new ToolError(
      `veraPDF gave no report for ${file} (exit ${run.exitCode}): ${run.stderr.trim() || 'no output'}. ` +
        `Classpath: ${verapdfClasspath()} (installed by infra/setup.sh)`,
      run,
    );
  }
  return { ...parseVerapdfReport(run.stdout), startedAt, finishedAt: new Date() };
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
