/**
 * One account snapshot through every building block, against the real tools: Chromium renders a local fixture
 * page, Ghostscript makes PDF/A-2b, veraPDF judges it, the SIP is built and judged by commons-ip, and the local
 * archive storage keeps exactly one copy. Checksums are recomputed here with node:crypto on whole buffers, not
 * with the package's own streaming helper, so the comparison is independent.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSip,
  convertToPdfA,
  extractPdfText,
  keyPath,
  launchCaptureBrowser,
  LocalFolderArchiveStorage,
  PackageNotFoundError,
  packageKeyFromPath,
  parseCommonsIpReport,
  renderPageToPdf,
  validatePdfA,
  validateSip,
  verifySip,
  type BuiltSip,
  type ConvertToPdfAResult,
  type PackageKey,
  type PdfAValidation,
  type RenderResult,
} from '../src/index.js';
import { METS_NS, PREMIS_NS, SPECIFICATION_VERSION, XLINK_NS } from '../src/sip.js';
import { COMMONS_IP_VERSION, commonsIpClasspath, commonsIpVersionOnClasspath, javaCommandLine, javaExecutable, runTool } from '../src/tools.js';
import { elementsByTagNameNS, parseXml } from '../src/xml.js';
import {
  FETCHED_COMMENT_BATCH_1,
  FETCHED_COMMENT_BATCH_2,
  HIDDEN_COMMENT,
  LAZY_POST_COMMENT,
  LAZY_POST_PAGE_2,
  LAZY_POST_PAGE_3,
  startFixtureServer,
  type FixtureServer,
} from './fixture-server.js';

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const packageId = 'exempelstad-2025-H1-biblioteket';
const key: PackageKey = { municipality: 'exempelstad', period: '2025-H1', accountId: 'biblioteket', packageId };

const sha256 = async (path: string) => createHash('sha256').update(await readFile(path)).digest('hex');
/** PDF text with whitespace runs collapsed: txtwrite lays text out in columns. */
const pdfText = async (path: string) => (await extractPdfText(path)).replace(/\s+/g, ' ');

/** A full garbage collection, in a test process started without --expose-gc. */
async function collectGarbage(): Promise<void> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // A WeakRef holds its target until the job that made it has ended.
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

describe('archive package of an account snapshot', () => {
  let server: FixtureServer;
  let browser: Browser;
  let work: string;
  let rawPdf: string;
  let pdfa: string;
  let exportJson: string;
  let rendered: RenderResult;
  let converted: ConvertToPdfAResult;
  let pdfaValidation: PdfAValidation;
  let sip: BuiltSip;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'smg-archive-test-'));
    rawPdf = join(work, 'capture', 'page-raw.pdf');
    pdfa = join(work, 'capture', 'page.pdf');
    exportJson = join(work, 'capture', 'export.json');
    server = await startFixtureServer();
    browser = await launchCaptureBrowser(chromiumPath);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('renders the public page with every comment unfolded and the feed scrolled to its end', async () => {
    rendered = await renderPageToPdf({ url: server.url, outFile: rawPdf, browser });

    expect(rendered.reachedFeedEnd).toBe(true);
    expect(rendered.truncated).toBe(false);
    // Toggle on post 1, two fetched batches on post 2, "Show more" on the post that arrived with page 3.
    expect(rendered.expandClicks).toBe(4);
    expect(rendered.scrollSteps).toBeGreaterThanOrEqual(2);
    expect(server.requests.filter((path) => path === '/api/posts')).toHaveLength(2);
    expect(server.requests).toContain('/images/banner.png');
    // The browser belongs to the caller, who renders many accounts with it.
    expect(browser.isConnected()).toBe(true);

    const raw = await readFile(rawPdf);
    expect(raw.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(raw.toString('latin1')).toMatch(/\/Subtype\s*\/Image/);
    const text = await pdfText(rawPdf);
    for (const expected of [
      HIDDEN_COMMENT,
      FETCHED_COMMENT_BATCH_1,
      FETCHED_COMMENT_BATCH_2,
      LAZY_POST_PAGE_2,
      LAZY_POST_PAGE_3,
      LAZY_POST_COMMENT,
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('launches its own Chromium when none is passed and stops at the scroll bound, saying so', async () => {
    const outFile = join(work, 'capture', 'bounded.pdf');
    const bounded = await renderPageToPdf({ url: server.url, outFile, chromiumPath, maxScrollSteps: 0 });
    expect(bounded.truncated).toBe(true);
    expect(bounded.reachedFeedEnd).toBe(false);
    expect(bounded.scrollSteps).toBe(0);
    const text = await pdfText(outFile);
    expect(text).toContain(HIDDEN_COMMENT);
    expect(text).not.toContain(LAZY_POST_PAGE_3);
  });

  it('converts the page to PDF/A-2b, which veraPDF accepts while it rejects the raw Chromium PDF', async () => {
    const rawValidation = await validatePdfA(rawPdf);
    expect(rawValidation.compliant).toBe(false);
    expect(rawValidation.profile).toMatch(/PDF\/A-2B/);
    // Chromium writes DeviceRGB without an output intent and no XMP metadata.
    expect(rawValidation.failedRules.map((rule) => rule.clause)).toEqual(expect.arrayContaining(['6.2.4.3', '6.6.2.1']));

    converted = await convertToPdfA({ inFile: rawPdf, outFile: pdfa, title: 'Biblioteket i Exempelstad, 2025 H1' });
    expect(converted.ghostscriptVersion).toMatch(/^\d+\.\d+/);

    pdfaValidation = await validatePdfA(pdfa);
    expect(pdfaValidation.failedRules).toEqual([]);
    expect(pdfaValidation.compliant).toBe(true);
    expect(pdfaValidation.exception).toBeUndefined();
    expect(pdfaValidation.report).toContain('isCompliant="true"');
    expect(pdfaValidation.validator.version).toBe('1.28.2');

    // The comment that was hidden until "Visa fler kommentarer" was clicked survives the conversion.
    const text = await pdfText(pdfa);
    expect(text).toContain(HIDDEN_COMMENT);
    expect(text).toContain(LAZY_POST_COMMENT);
  });

  it("fails a conversion of something that is not a PDF with Ghostscript's own error, leaving no output", async () => {
    const notPdf = join(work, 'not-a-pdf.pdf');
    const outFile = join(work, 'not-a-pdf-a.pdf');
    await writeFile(notPdf, 'this is not a PDF at all');
    const failure = await convertToPdfA({ inFile: notPdf, outFile }).catch((error: Error) => error);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/^Ghostscript could not convert .*not-a-pdf\.pdf to PDF\/A-2b \(exit \d+\): \S/);
    // Ghostscript's own diagnosis (from stdout) and its summary (from stderr) are both in the message.
    expect((failure as Error).message).toMatch(/Error: \/\w+/);
    expect((failure as Error).message).toMatch(/Unrecoverable error/);
    await expect(stat(outFile)).rejects.toThrow(/ENOENT/);
  });

  it('packs an E-ARK SIP that commons-ip accepts, whose METS and PREMIS checksums are the files\' SHA-256', async () => {
    await writeFile(
      exportJson,
      JSON.stringify(
        {
          account: { id: 'biblioteket', platform: 'Facebook', url: server.url },
          posts: [
            { id: 'p1', text: 'Nu startar sommarens läsutmaning', comments: [{ author: 'Bertil', text: HIDDEN_COMMENT }] },
            { id: 'p3', text: LAZY_POST_PAGE_3, comments: [{ author: 'Fredrik', text: LAZY_POST_COMMENT }] },
          ],
        },
        null,
        2,
      ),
    );
    const software = (name: string, version: string) => ({ name, version, type: 'software' as const });
    sip = await buildSip({
      outDir: join(work, 'packages'),
      packageId,
      label: 'Biblioteket i Exempelstad – ögonblicksbild 2025 H1',
      agent: { name: 'Exempelstad kommun', identificationCode: '212000-0000' },
      archivist: { name: 'Kultur- och fritidsnämnden, Exempelstad kommun', identificationCode: '212000-0000' },
      submissionAgreement: 'LÖ 2025:1 Sociala medier',
      files: [
        { path: pdfa, role: 'pdf', name: 'page.pdf' },
        { path: exportJson, role: 'export', name: 'export.json' },
      ],
      events: [
        {
          type: 'capture',
          dateTime: rendered.finishedAt,
          detail: `Public page ${rendered.url} rendered after ${rendered.expandClicks} "show more" clicks`,
          outcome: 'success',
          agent: software('Chromium', rendered.browserVersion),
        },
        {
          type: 'migration',
          dateTime: converted.finishedAt,
          detail: 'PDF converted to PDF/A-2b',
          outcome: 'success',
          agent: software('Ghostscript', converted.ghostscriptVersion),
          files: ['page.pdf'],
        },
        {
          type: 'validation',
          dateTime: pdfaValidation.finishedAt,
          detail: pdfaValidation.profile,
          outcome: pdfaValidation.compliant ? 'success' : 'failure',
          agent: software('veraPDF', pdfaValidation.validator.version),
          files: ['page.pdf'],
          fileRole: 'source',
        },
      ],
      metadata: {
        title: 'Biblioteket i Exempelstad på Facebook',
        creator: 'Exempelstad kommun',
        accountId: 'biblioteket',
        accountName: 'Biblioteket i Exempelstad',
        platform: 'Facebook',
        accountUrl: server.url,
        periodStart: '2025-01-01',
        periodEnd: '2025-06-30',
        capturedAt: rendered.finishedAt,
      },
    });
    expect(sip.dir).toBe(join(work, 'packages', packageId));

    const validation = await validateSip(sip.dir);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    expect(validation.summary.result).toBe('VALID');
    // The report leaves commons-ip's version empty: the record names the jar that ran (infra/setup.sh sets the classpath).
    expect(validation.validator).toEqual({ name: 'commons-ip', version: COMMONS_IP_VERSION });

    // Every declared checksum, read back from the XML, equals the SHA-256 of the file it points at.
    const packageMets = parseXml(await readFile(join(sip.dir, 'METS.xml'), 'utf8'));
    const representationMets = parseXml(await readFile(join(sip.dir, 'representations/rep1/METS.xml'), 'utf8'));
    const premis = parseXml(await readFile(join(sip.dir, 'metadata/preservation/premis.xml'), 'utf8'));
    const declared: Array<[string, string]> = [
      ...elementsByTagNameNS(packageMets, METS_NS, 'mdRef').map(
        (ref) => [ref.getAttributeNS(XLINK_NS, 'href')!, ref.getAttribute('CHECKSUM')!] as [string, string],
      ),
      ...elementsByTagNameNS(packageMets, METS_NS, 'file').map(
        (file) =>
          [
            elementsByTagNameNS(file, METS_NS, 'FLocat')[0]!.getAttributeNS(XLINK_NS, 'href')!,
            file.getAttribute('CHECKSUM')!,
          ] as [string, string],
      ),
      ...elementsByTagNameNS(representationMets, METS_NS, 'file').map(
        (file) =>
          [
            `representations/rep1/${elementsByTagNameNS(file, METS_NS, 'FLocat')[0]!.getAttributeNS(XLINK_NS, 'href')}`,
            file.getAttribute('CHECKSUM')!,
          ] as [string, string],
      ),
      ...elementsByTagNameNS(premis, PREMIS_NS, 'object').map(
        (object) =>
          [
            elementsByTagNameNS(object, PREMIS_NS, 'contentLocationValue')[0]!.textContent!,
            elementsByTagNameNS(object, PREMIS_NS, 'messageDigest')[0]!.textContent!,
          ] as [string, string],
      ),
    ];
    expect(declared.map(([href]) => href).sort()).toEqual(
      [
        'metadata/descriptive/dc.xml',
        'metadata/preservation/premis.xml',
        'representations/rep1/METS.xml',
        'representations/rep1/data/export.json',
        'representations/rep1/data/page.pdf',
        'representations/rep1/data/export.json',
        'representations/rep1/data/page.pdf',
      ].sort(),
    );
    for (const [href, checksum] of declared) {
      expect({ href, checksum: checksum.toLowerCase() }).toEqual({ href, checksum: await sha256(join(sip.dir, href)) });
    }
    // The package's PDF is the validated PDF/A, byte for byte.
    expect(await sha256(join(sip.dir, 'representations/rep1/data/page.pdf'))).toBe(await sha256(pdfa));

    // PREMIS records the capture, the conversion, the validation and the digest calculation, each with its agent.
    const eventTypes = elementsByTagNameNS(premis, PREMIS_NS, 'eventType').map((element) => element.textContent);
    expect(eventTypes).toEqual(['capture', 'migration', 'validation', 'message digest calculation']);
    const agentNames = elementsByTagNameNS(premis, PREMIS_NS, 'agentName').map((element) => element.textContent);
    expect(agentNames).toEqual(expect.arrayContaining(['Chromium', 'Ghostscript', 'veraPDF']));

    const verification = await verifySip(sip.dir);
    expect(verification.problems).toEqual([]);
    expect(verification.undeclared).toEqual([]);
    expect(verification.valid).toBe(true);
  });

  it('stores the package once: storing the same package id again changes nothing', async () => {
    const storageRoot = join(work, 'archive');
    const storage = new LocalFolderArchiveStorage(storageRoot);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toBeInstanceOf(PackageNotFoundError);

    const first = await storage.put(key, sip.dir);
    expect(first.created).toBe(true);
    // A retry, even one that rebuilt the package with different bytes, keeps the stored package untouched.
    const rebuilt = await buildSip({
      outDir: join(work, 'rebuilt'),
      packageId,
      label: 'rebuilt',
      agent: { name: 'Exempelstad kommun' },
      files: [{ path: exportJson, role: 'export' }],
      events: [],
      metadata: {
        title: 'rebuilt',
        creator: 'Exempelstad kommun',
        accountId: 'biblioteket',
        periodStart: '2025-01-01',
        periodEnd: '2025-06-30',
        capturedAt: new Date(),
      },
    });
    const second = await storage.put(key, rebuilt.dir);
    expect(second.created).toBe(false);
    expect(second.sha256).toBe(first.sha256);

    expect(await storage.exists(key)).toBe(true);
    expect(await storage.list()).toEqual([{ key, size: first.size, storedAt: first.storedAt }]);
    expect(await storage.list({ municipality: 'exempelstad', period: '2025-H1' })).toHaveLength(1);
    expect(await storage.list({ municipality: 'annanstad' })).toEqual([]);
    // Exactly one object in the account's folder: no second package, no temporary file left behind.
    expect(await readdir(join(storageRoot, 'exempelstad', '2025-H1', 'biblioteket'))).toEqual([`${packageId}.zip`]);

    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get(key)) chunks.push(chunk as Buffer);
    const stored = Buffer.concat(chunks);
    expect(createHash('sha256').update(stored).digest('hex')).toBe(first.sha256);
    expect(stored.length).toBe(first.size);

    // The stored object itself is a valid package: a zip that unpacks to the package folder.
    const zipped = join(work, `${packageId}.zip`);
    await writeFile(zipped, stored);
    const zipValidation = await validateSip(zipped);
    expect(zipValidation.errors).toEqual([]);
    expect(zipValidation.valid).toBe(true);

    // One file is read out of the stored zip as it was packed, by its path inside the package.
    expect(packageKeyFromPath(keyPath(key))).toEqual(key);
    const exported = sip.files.find((f) => f.role === 'export')!;
    const fileChunks: Buffer[] = [];
    for await (const chunk of await storage.getFile(key, exported.href)) fileChunks.push(chunk as Buffer);
    expect(createHash('sha256').update(Buffer.concat(fileChunks)).digest('hex')).toBe(exported.sha256);
    await expect(storage.getFile(key, 'representations/rep1/data/missing.pdf')).rejects.toBeInstanceOf(PackageNotFoundError);

    expect(() => storage.objectPath({ ...key, accountId: '../elsewhere' })).toThrow(/archive key part/);
  });

  it('catches a file changed after packing, in our own verification and in commons-ip', async () => {
    const tamperedRoot = join(work, 'tampered');
    await mkdir(tamperedRoot, { recursive: true });
    const tampered = join(tamperedRoot, packageId);
    await cp(sip.dir, tampered, { recursive: true });
    const exportPath = join(tampered, 'representations/rep1/data/export.json');
    await writeFile(exportPath, (await readFile(exportPath, 'utf8')).replace(HIDDEN_COMMENT, 'Redigerad kommentar'));

    const verification = await verifySip(tampered);
    expect(verification.valid).toBe(false);
    expect(verification.problems.map(({ href, declaredIn }) => ({ href, declaredIn }))).toEqual([
      { href: 'representations/rep1/data/export.json', declaredIn: 'METS' },
      { href: 'representations/rep1/data/export.json', declaredIn: 'PREMIS' },
    ]);
    expect(verification.problems[0]!.actual).toBe(await sha256(exportPath));
    expect(verification.undeclared).toEqual([]);

    // A file slipped into the package without being declared is caught as well.
    await writeFile(join(tampered, 'representations/rep1/data/extra.txt'), 'not part of the snapshot');
    expect((await verifySip(tampered)).undeclared).toEqual(['representations/rep1/data/extra.txt']);

    const validation = await validateSip(tampered);
    expect(validation.valid).toBe(false);
    const issues = validation.errors.flatMap((error) => error.issues).join('\n');
    expect(issues).toMatch(/CHECKSUM.*export\.json/);
  });

  it('validates every PDF in one running veraPDF, which a crash or a timeout replaces without losing the next request', async () => {
    const servers = () =>
      spawnSync('pgrep', ['-P', String(process.pid), '-f', 'servermode'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    expect((await validatePdfA(pdfa)).compliant).toBe(true);
    const [first] = servers();
    expect(first).toBeDefined();
    expect((await validatePdfA(rawPdf)).compliant).toBe(false);
    expect(servers()).toEqual([first]);

    // Two at once take turns in the same server.
    const both = await Promise.all([validatePdfA(pdfa), validatePdfA(rawPdf)]);
    expect(both.map((v) => v.compliant)).toEqual([true, false]);
    expect(servers()).toEqual([first]);

    // A file it cannot read fails that request with veraPDF's own words; the server goes on.
    await expect(validatePdfA(join(work, 'no-such.pdf'))).rejects.toThrow(/veraPDF gave no report .*no-such\.pdf.*doesn't exist/s);
    expect(servers()).toEqual([first]);

    // Killed, it is replaced by the next request. Starting, a server removes the report folders that servers of
    // processes that are gone (killed outright) left behind.
    const left = join(tmpdir(), `smg-java-server-${spawnSync('true').pid}-left`);
    await mkdir(left);
    process.kill(Number(first), 'SIGKILL');
    await expect.poll(servers).toEqual([]);
    expect((await validatePdfA(pdfa)).compliant).toBe(true);
    const [second] = servers();
    expect(second).not.toBe(first);
    await expect(stat(left)).rejects.toThrow(/ENOENT/);

    // A request that overruns its timeout fails alone: its server is stopped and the next request gets a new one.
    await expect(validatePdfA(pdfa, { timeoutMs: 1 })).rejects.toThrow(/veraPDF did not finish validating .* within 1 ms/);
    expect(servers()).toEqual([]);
    expect((await validatePdfA(pdfa)).compliant).toBe(true);
    expect(servers()).toHaveLength(1);
  });

  it('keeps nothing of a validation once it is answered, however many one running veraPDF serves', async () => {
    // A worker's activity context (what it captures for, its logger, its heartbeat) is reachable through async context
    // from every promise a validation makes: a promise the running server kept per request would keep it too.
    expect((await validatePdfA(pdfa)).compliant).toBe(true); // the server is running: its start is nobody's request
    const activity = new AsyncLocalStorage<object>();
    const answered: Array<WeakRef<object>> = [];
    // Made in a function of its own: a loop variable would stay in this test's suspended frame.
    const validateInActivity = (capture: number) => {
      const context = { capture };
      answered.push(new WeakRef(context));
      return activity.run(context, () => validatePdfA(pdfa));
    };
    for (let capture = 0; capture < 5; capture++) expect((await validateInActivity(capture)).compliant).toBe(true);
    // The requests take turns: the next one (from no activity here) releases the last one's turn.
    expect((await validatePdfA(rawPdf)).compliant).toBe(false);
    await collectGarbage();
    expect(answered.map((ref) => ref.deref())).toEqual(answered.map(() => undefined));
  });

  it('validates every package in one running commons-ip, which answers as its command line does', async () => {
    const servers = () =>
      spawnSync('pgrep', ['-P', String(process.pid), '-f', 'CommonsIpServer'], { encoding: 'utf8' }).stdout.split('\n').filter(Boolean);
    const served = await validateSip(sip.dir);
    const [first] = servers();
    expect(first).toBeDefined();

    // The same judgement, requirement by requirement, as commons-ip's own command line run once.
    const reportDir = join(work, 'command-line-report');
    await mkdir(reportDir);
    const tool = { classpath: commonsIpClasspath(), mainClass: 'org.roda_project.commons_ip2.cli.Main' };
    await runTool(javaExecutable(), javaCommandLine(tool, ['validate', '-i', sip.dir, '-o', reportDir, '--specification-version', SPECIFICATION_VERSION]), { cwd: work });
    const [reportFile] = await readdir(reportDir);
    const commandLine = parseCommonsIpReport(await readFile(join(reportDir, reportFile), 'utf8'));
    const outcomes = (report: string) => (JSON.parse(report) as { validation: Array<{ id: string; testing: { outcome: string } }> }).validation.map((v) => [v.id, v.testing.outcome]);
    expect(outcomes(served.report)).toEqual(outcomes(commandLine.report));
    expect(served.summary).toEqual(commandLine.summary);

    // Two at once take turns in the same server; judged by a version of the specification that does not exist, the
    // package is not valid, and that answer is that request's alone.
    const both = await Promise.all([validateSip(sip.dir), validateSip(sip.dir, { specificationVersion: 'no-such-version' })]);
    expect(both.map((v) => v.valid)).toEqual([true, false]);
    expect(servers()).toEqual([first]);

    // Killed, it is replaced by the next request.
    process.kill(Number(first), 'SIGKILL');
    await expect.poll(servers).toEqual([]);
    expect((await validateSip(sip.dir)).valid).toBe(true);
    expect(servers()).toHaveLength(1);
    expect(servers()).not.toEqual([first]);
  });

  it("names commons-ip's version from the jar on the classpath, whether named or in a folder's wildcard", () => {
    expect(commonsIpVersionOnClasspath(['/opt/cip/commons-io-2.18.0.jar', '/opt/cip/commons-ip2-2.9.1.jar'].join(delimiter))).toBe('2.9.1');
    expect(commonsIpVersionOnClasspath(commonsIpClasspath())).toBe(COMMONS_IP_VERSION);
    expect(commonsIpVersionOnClasspath(join(work, 'no-such-folder', '*'))).toBeNull();
  });
});
