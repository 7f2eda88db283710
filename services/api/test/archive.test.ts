import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { packageStorage } from '@smg/archive/storage';
import { validateSip } from '@smg/archive';
import { Account, type DemoUserKey } from '@smg/db';
import { startPlatformSimulator, type RunningPlatformSimulator } from '@smg/platform-simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from './projection-fixtures.js';
import { errorCodes, startTestApi, type TestApi } from './support.js';

const RUN_FIELDS = `id period periodLabel status statusLabel trigger startedByName finishedAt
  progress { waiting capturing archived failed accepted total done }
  snapshots { total items { id status label failureReason attempts myActions account { id displayName } } }`;
const SNAPSHOT_FIELDS = `id status reason label snapshotKey packageId packageUrl pdfUrl attempts failureReason acceptedAt acceptedByName myActions
  postCount commentCount files { path role sha256 size mimeType url }
  pdfaValidation { passed validator problems } sipValidation { passed validator problems }
  account { id displayName latestSnapshot { id } } run { id period }`;

/**
 * The archivist's API through the real worker, Temporal, Chromium, Ghostscript, veraPDF, commons-ip and the platform
 * simulator: a manual run with one account failing, its progress, the package and its files over HTTP, acceptance,
 * a retry, a snapshot after a major change, and a search over what was archived.
 */
describe('archiving through the API', () => {
  let t: TestApi;
  let simulator: RunningPlatformSimulator;
  let archiveDir: string;
  let http: Server;
  let origin: string;
  let library: Account;
  let youth: Account;

  beforeAll(async () => {
    simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1' });
    archiveDir = await mkdtemp(path.join(tmpdir(), 'smg-api-archive-'));
    t = await startTestApi({ withWorker: true, archiving: { archiveDir, simulatorUrl: simulator.url } });
    const activeSince = new Date('2025-09-01T08:00:00Z');
    library = await insertAccount(t.db.dataSource, t.org, { unit: 'library', status: 'ACTIVE', name: 'Biblioteket arkivtest', updatedAt: activeSince });
    youth = await insertAccount(t.db.dataSource, t.org, { unit: 'youthCentres', status: 'ACTIVE', name: 'Fritidsgården arkivtest', updatedAt: activeSince });
    await t.db.dataSource.getRepository(Account).update(library.id, { handle: 'biblioteket_arkivtest' });
    // Without a handle the platform cannot say which account it is: its capture fails, and the run goes on.
    await t.db.dataSource.getRepository(Account).update(youth.id, { handle: null });
    http = createServer(t.api.app);
    await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(http.address() as AddressInfo).port}`;
  }, 120_000);
  afterAll(async () => {
    http?.close();
    await t?.close();
    await simulator?.close();
    await rm(archiveDir, { recursive: true, force: true });
  });

  const get = async (as: DemoUserKey | null, url: string) =>
    fetch(`${origin}${url}`, { headers: as ? { authorization: `Bearer ${await t.tokenFor(as)}` } : {} });
  const runById = async (id: string) => (await t.run('archivist', `query($id: ID!) { archivingRun(id: $id) { ${RUN_FIELDS} } }`, { id })).data!.archivingRun;
  const snapshotById = async (id: string) => (await t.run('archivist', `query($id: ID!) { snapshot(id: $id) { ${SNAPSHOT_FIELDS} } }`, { id })).data!.snapshot;
  const untilEnded = async <T extends { status: string }>(read: () => Promise<T>, ended: (value: T) => boolean) => {
    await expect.poll(async () => ended(await read()), { timeout: 150_000, interval: 1_000 }).toBe(true);
    return read();
  };
  const START_RUN = `mutation($period: String!) { startArchivingRun(period: $period) { id period status } }`;

  let runId: string;
  let archivedId: string;
  let failedId: string;

  it('refuses a period that has not ended, a malformed one, and a user who may not start runs', async () => {
    const early = await t.run('archivist', START_RUN, { period: '2026-H2' });
    expect(errorCodes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors![0]!.extensions!.fieldErrors).toEqual([{ field: 'period', message: 'Andra halvåret 2026 har inte tagit slut än; den kan arkiveras när den är slut.' }]);
    expect(errorCodes(await t.run('archivist', START_RUN, { period: 'våren 2026' }))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.run('editor', START_RUN, { period: '2026-H1' }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run('editor', `{ archivingRuns { id } }`))).toEqual(['FORBIDDEN']);
  });

  it('runs an ended period over every active account: progress per account, a failure reported with its reason', async () => {
    const started = await t.run('archivist', START_RUN, { period: '2026-H1' });
    expect(started.errors).toBeUndefined();
    runId = started.data!.startArchivingRun.id;
    expect(started.data!.startArchivingRun).toMatchObject({ period: '2026-H1', status: 'RUNNING' });

    const run = await untilEnded(() => runById(runId), (r) => r.status !== 'RUNNING');
    expect(run).toMatchObject({
      periodLabel: 'första halvåret 2026',
      status: 'COMPLETED_WITH_FAILURES',
      statusLabel: 'Klar, med misslyckade konton',
      trigger: 'MANUAL',
      startedByName: 'Arvid Arkivarie',
      progress: { waiting: 0, capturing: 0, archived: 1, failed: 1, accepted: 0, total: 2, done: 1 },
    });
    const [failed, archived] = run.snapshots.items;
    expect(failed).toMatchObject({ status: 'FAILED', label: 'första halvåret 2026', myActions: ['retrySnapshot'], account: { id: youth.id } });
    expect(failed.failureReason).toBeTruthy();
    expect(archived).toMatchObject({ status: 'ARCHIVED', myActions: ['acceptDelivery'], account: { id: library.id } });
    failedId = failed.id;
    archivedId = archived.id;

    const listed = await t.run('auditor', `{ archivingRuns { id period progress { done total } } }`);
    expect(listed.data!.archivingRuns).toEqual([{ id: runId, period: '2026-H1', progress: { done: 1, total: 2 } }]);
  });

  it('shows the package: files with checksums, both validations, and serves the PDF and the zip to those who may read them', async () => {
    const snapshot = await snapshotById(archivedId);
    expect(snapshot).toMatchObject({ status: 'ARCHIVED', run: { id: runId, period: '2026-H1' }, account: { latestSnapshot: { id: archivedId } } });
    expect(snapshot.pdfaValidation).toMatchObject({ passed: true, validator: expect.stringMatching(/^veraPDF /) });
    expect(snapshot.sipValidation).toMatchObject({ passed: true, validator: expect.stringMatching(/^commons-ip /) });
    expect(snapshot.files.map((f: { role: string }) => f.role)).toEqual(expect.arrayContaining(['pdf', 'export']));

    const pdfFile = snapshot.files.find((f: { role: string }) => f.role === 'pdf');
    expect(snapshot.pdfUrl).toBe(pdfFile.url);
    const pdf = await get('archivist', snapshot.pdfUrl);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const pdfBytes = Buffer.from(await pdf.arrayBuffer());
    expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(pdfBytes).digest('hex')).toBe(pdfFile.sha256);

    const zip = await get('auditor', snapshot.packageUrl);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-disposition')).toBe(`attachment; filename="${snapshot.packageId}.zip"`);
    const zipFile = path.join(archiveDir, 'downloaded.zip');
    await writeFile(zipFile, Buffer.from(await zip.arrayBuffer()));
    const validation = await validateSip(zipFile);
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);

    expect((await get(null, snapshot.pdfUrl)).status).toBe(401);
    expect((await get('editor', snapshot.pdfUrl)).status).toBe(403);
    expect((await get('archivist', `/api/archive/snapshots/${archivedId}/files/metadata/../../secret`)).status).toBe(404);
    expect((await get('archivist', `/api/archive/snapshots/${failedId}/package`)).status).toBe(404);
  }, 120_000);

  it('accepts a delivery once, recorded with who and when, by the archivist only', async () => {
    const ACCEPT = `mutation($id: ID!) { acceptDelivery(id: $id) { status acceptedAt acceptedByName myActions } }`;
    expect(errorCodes(await t.run('communications', ACCEPT, { id: archivedId }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run('archivist', ACCEPT, { id: failedId }))).toEqual(['STEP_NOT_ALLOWED']);
    const accepted = await t.run('archivist', ACCEPT, { id: archivedId });
    expect(accepted.data!.acceptDelivery).toMatchObject({ status: 'ACCEPTED', acceptedByName: 'Arvid Arkivarie', myActions: [] });
    expect(new Date(accepted.data!.acceptDelivery.acceptedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const again = await t.run('archivist', ACCEPT, { id: archivedId });
    expect(errorCodes(again)).toEqual(['STEP_NOT_ALLOWED']);
    expect(again.errors![0]!.message).toMatch(/redan emot av Arvid Arkivarie/);

    const history = await t.run('archivist', `query($id: ID!) { account(id: $id) { history { action actorName actorRole } } }`, { id: library.id });
    expect(history.data!.account.history.filter((e: { action: string }) => e.action === 'DELIVERY_ACCEPTED')).toEqual([
      { action: 'DELIVERY_ACCEPTED', actorName: 'Arvid Arkivarie', actorRole: 'ARCHIVIST' },
    ]);
  });

  it('retries a failed account into its one package, and the run then reads as completed', async () => {
    await t.db.dataSource.getRepository(Account).update(youth.id, { handle: 'fritidsgarden_arkivtest' });
    const RETRY = `mutation($id: ID!) { retrySnapshot(id: $id) { id status attempts } }`;
    expect(errorCodes(await t.run('auditor', RETRY, { id: failedId }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await t.run('archivist', RETRY, { id: archivedId }))).toEqual(['STEP_NOT_ALLOWED']);
    const retried = await t.run('archivist', RETRY, { id: failedId });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.retrySnapshot.status).not.toBe('FAILED');

    const snapshot = await untilEnded(() => snapshotById(failedId), (s) => s.status === 'ARCHIVED' || s.status === 'FAILED');
    expect(snapshot.status, snapshot.failureReason).toBe('ARCHIVED');
    expect(await runById(runId)).toMatchObject({ status: 'COMPLETED', progress: { archived: 1, accepted: 1, failed: 0, done: 2 } });

    const stored = await packageStorage(archiveDir).list({ municipality: t.org.municipality.id, period: '2026-H1' });
    expect(stored.map((p) => p.key.accountId).sort()).toEqual([library.id, youth.id].sort());
  }, 180_000);

  it('documents an account after a major change, and finds its new post by a word in another form', async () => {
    await fetch(`${simulator.url}/_sim/accounts/INSTAGRAM/biblioteket_arkivtest/posts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text: 'Bokcirklarna startar igen efter renoveringen av biblioteket.' }),
    });
    const taken = await t.run('communications', `mutation($id: ID!) { snapshotAfterMajorChange(accountId: $id) { id reason label } }`, { id: library.id });
    expect(taken.errors).toBeUndefined();
    expect(taken.data!.snapshotAfterMajorChange).toMatchObject({ reason: 'MAJOR_CHANGE', label: 'Större förändring' });
    const id = taken.data!.snapshotAfterMajorChange.id;
    const snapshot = await untilEnded(() => snapshotById(id), (s) => s.status === 'ARCHIVED' || s.status === 'FAILED');
    expect(snapshot.status, snapshot.failureReason).toBe('ARCHIVED');
    expect(snapshot.account.latestSnapshot.id).toBe(id);

    const SEARCH = `query($input: ArchiveSearchInput!) { searchArchive(input: $input) { total items { kind text author highlights { text match } } } }`;
    const found = await t.run('archivist', SEARCH, { input: { text: 'renovering', accountId: library.id } });
    expect(found.errors).toBeUndefined();
    expect(found.data!.searchArchive.total).toBe(1);
    const [hit] = found.data!.searchArchive.items;
    expect(hit).toMatchObject({ kind: 'POST', text: 'Bokcirklarna startar igen efter renoveringen av biblioteket.' });
    expect(hit.highlights.filter((s: { match: boolean }) => s.match).map((s: { text: string }) => s.text)).toEqual(['renoveringen']);
    expect(hit.highlights.map((s: { text: string }) => s.text).join('')).toBe(hit.text);

    const elsewhere = await t.run('archivist', SEARCH, { input: { text: 'renovering', accountId: youth.id } });
    expect(elsewhere.data!.searchArchive.total).toBe(0);
    const before = await t.run('archivist', SEARCH, { input: { text: 'renovering', to: '2026-01-01T00:00:00Z' } });
    expect(before.data!.searchArchive.total).toBe(0);
    // Without words: everything archived from the account, newest first, its text whole and unmarked.
    const all = await t.run('archivist', SEARCH, { input: { accountId: library.id } });
    expect(all.data!.searchArchive.total).toBeGreaterThanOrEqual(snapshot.postCount + snapshot.commentCount);
    expect(all.data!.searchArchive.items[0].text).toBe(hit.text);
    expect(all.data!.searchArchive.items[0].highlights).toEqual([{ text: all.data!.searchArchive.items[0].text, match: false }]);
    const backwards = await t.run('archivist', SEARCH, { input: { from: '2026-06-01T00:00:00Z', to: '2026-01-01T00:00:00Z' } });
    expect(errorCodes(backwards)).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await t.run('editor', SEARCH, { input: { text: 'renovering' } }))).toEqual(['FORBIDDEN']);
  }, 180_000);
});
