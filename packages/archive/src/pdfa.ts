/**
 * PDF → PDF/A-2b with Ghostscript's pdfwrite. Chromium's PDFs are not PDF/A (no output intent, no XMP
 * identification, transparency groups without a blending colour space); Ghostscript rewrites them with an sRGB
 * output intent, embedded fonts and the PDF/A metadata that RA-FS 2009:2 deliveries need.
 */
import { randomUUID } from 'node:crypto';
import { access, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { ghostscriptExecutable, runTool, ToolError } from './tools.js';

/** sRGB profiles Ghostscript installs (Debian's libgs-common first, then Ghostscript's own resource folders). */
export const SRGB_ICC_PROFILE_CANDIDATES = [
  '/usr/share/color/icc/ghostscript/srgb.icc',
  '/usr/share/ghostscript/iccprofiles/srgb.icc',
  '/usr/local/share/ghostscript/iccprofiles/srgb.icc',
  '/opt/homebrew/share/ghostscript/iccprofiles/srgb.icc',
];

export async function findSrgbIccProfile(): Promise<string> {
  const fromEnv = process.env.SRGB_ICC_PROFILE;
  for (const candidate of fromEnv ? [fromEnv] : SRGB_ICC_PROFILE_CANDIDATES) {
    try {
      await access(candidate);
      return candidate;
    } catch {
      // try the next location
    }
  }
  throw new Error(
    `no sRGB ICC profile found (looked in ${(fromEnv ? [fromEnv] : SRGB_ICC_PROFILE_CANDIDATES).join(', ')}); ` +
      'install Ghostscript (Debian: ghostscript) or set SRGB_ICC_PROFILE',
  );
}

export interface ConvertToPdfAOptions {
  inFile: string;
  outFile: string;
  /** Document title written into the PDF/A metadata (dc:title); archives show it in their viewers. */
  title?: string;
  iccProfile?: string;
  timeoutMs?: number;
}

export interface ConvertToPdfAResult {
  outFile: string;
  ghostscriptVersion: string;
  startedAt: Date;
  finishedAt: Date;
}

export async function convertToPdfA(options: ConvertToPdfAOptions): Promise<ConvertToPdfAResult> {
  const startedAt = new Date();
  const iccProfile = options.iccProfile ?? (await findSrgbIccProfile());
  const gs = ghostscriptExecutable();
  const workDir = await mkdtemp(join(tmpdir(), 'smg-pdfa-'));
  const partial = join(dirname(options.outFile), `.${randomUUID()}.pdfa.partial`);
  try {
    const definitionFile = join(workDir, 'PDFA_def.ps');
    await writeFile(definitionFile, pdfaDefinition(iccProfile, options.title), 'latin1');
    await mkdir(dirname(options.outFile), { recursive: true });
    const run = await runTool(
      gs,
      [
        '-dPDFA=2',
        '-dPDFACompatibilityPolicy=1',
        '-dBATCH',
        '-dNOPAUSE',
        '-dQUIET',
        // PDFA_def.ps defines objects that must outlive the save/restore Ghostscript wraps around each job.
        '-dNOOUTERSAVE',
        '-sDEVICE=pdfwrite',
        '-sColorConversionStrategy=RGB',
        '-sProcessColorModel=DeviceRGB',
        // SAFER (the default) forbids PostScript from opening files; the definition reads exactly one.
        `--permit-file-read=${iccProfile}`,
        `-sOutputFile=${partial}`,
        definitionFile,
        options.inFile,
      ],
      { timeoutMs: options.timeoutMs ?? 180_000 },
    );
    // Ghostscript exits 0 even when it gives up on PDF/A and writes a plain PDF; that is a failure here too.
    const pdfaAbandoned = /reverting to normal PDF output/i.test(run.stderr + run.stdout);
    if (run.exitCode !== 0 || pdfaAbandoned) {
      // Ghostscript prints the PostScript error itself on stdout and only the summary on stderr: keep both.
      const output = [run.stdout.trim().split('\n').slice(-20).join('\n'), run.stderr.trim()].filter(Boolean).join('\n');
      throw new ToolError(
        `Ghostscript could not convert ${options.inFile} to PDF/A-2b (exit ${run.exitCode}): ${output || 'no output'}`,
        run,
      );
    }
    await rename(partial, options.outFile);
    return { outFile: options.outFile, ghostscriptVersion: await ghostscriptVersion(), startedAt, finishedAt: new Date() };
  } finally {
    await rm(partial, { force: true });
    await rm(workDir, { recursive: true, force: true });
  }
}

let cachedGhostscriptVersion: string | undefined;

export async function ghostscriptVersion(): Promise<string> {
  if (!cachedGhostscriptVersion) {
    const run = await runTool(ghostscriptExecutable(), ['--version'], { timeoutMs: 10_000 });
    cachedGhostscriptVersion = run.stdout.trim();
  }
  return cachedGhostscriptVersion;
}

/** Extracts a PDF's text with Ghostscript's txtwrite device, e.g. to index archived pages or check a capture. */
export async function extractPdfText(file: string, timeoutMs = 60_000): Promise<string> {
  const run = await runTool(
    ghostscriptExecutable(),
    ['-dBATCH', '-dNOPAUSE', '-dQUIET', '-sDEVICE=txtwrite', '-sOutputFile=-', file],
    { timeoutMs },
  );
  if (run.exitCode !== 0) {
    throw new ToolError(`Ghostscript could not read the text of ${file} (exit ${run.exitCode}): ${run.stderr.trim()}`, run);
  }
  return run.stdout;
}

/** A PostScript string literal: backslash and parentheses escaped, non-Latin-1 characters dropped. */
function postScriptString(value: string): string {
  const latin1 = Array.from(value)
    .map((char) => (char.charCodeAt(0) <= 0xff ? char : '?'))
    .join('');
  return `(${latin1.replace(/[\\()]/g, (char) => `\\${char}`)})`;
}

/**
 * The pdfmark program that gives the output an sRGB output intent (required by PDF/A whenever device colour is
 * used, which Chromium always does) and, optionally, a title.
 */
function pdfaDefinition(iccProfile: string, title: string | undefined): string {
  const lines = [
    '%!',
    '% Generated for one conversion: PDF/A-2 output intent with the sRGB profile below.',
    `/SmgIccProfilePath ${postScriptString(iccProfile)} def`,
    ...(title ? [`[ /Title ${postScriptString(title)} /DOCINFO pdfmark`] : []),
    '[ /_objdef {smg_icc_stream} /type /stream /OBJ pdfmark',
    '[ {smg_icc_stream} << /N 3 >> /PUT pdfmark',
    '[ {smg_icc_stream} SmgIccProfilePath (r) file /PUT pdfmark',
    '[ /_objdef {smg_output_intent} /type /dict /OBJ pdfmark',
    '[ {smg_output_intent} <<',
    '  /Type /OutputIntent',
    '  /S /GTS_PDFA1',
    '  /DestOutputProfile {smg_icc_stream}',
    '  /OutputConditionIdentifier (sRGB IEC61966-2.1)',
    '  /Info (sRGB IEC61966-2.1)',
    '  /RegistryName (http://www.color.org)',
    '>> /PUT pdfmark',
    '[ {Catalog} << /OutputIntents [ {smg_output_intent} ] >> /PUT pdfmark',
    '',
  ];
  return lines.join('\n');
}
