import { CHECKLIST_KEYS, type ProvisioningEvidence, type ProvisioningItemKey } from '@smg/domain';
import type { RunningPlatformSimulator } from '@smg/platform-simulator';
import { ACCOUNT_ID, ClosureClient, LIFECYCLE_STAGE, MUNICIPALITY_ID, OpeningClient, UNIT_ID } from '@smg/workflows';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eStack, textOf, type E2eStack } from './e2e-stack.js';

/**
 * The manager's decision on an inactive account through the composed frontends in real Chromium, against the real
 * API, worker and PostgreSQL on a time-skipping Temporal test server: four months without a post pass in seconds,
 * then the communications unit gives its opinion, the unit manager decides, and the closure runs to CLOSED.
 */

const ACCOUNT_NAME = 'Bokcirkeln på biblioteket';
const DAY = 24 * 3600 * 1000;

let env: TestWorkflowEnvironment;
let simulator: RunningPlatformSimulator;
let stack: E2eStack;
let page: Page;

beforeAll(async () => {
  const serverPath = process.env.TEMPORAL_TEST_SERVER_PATH;
  if (!serverPath) throw new Error('TEMPORAL_TEST_SERVER_PATH is not set: run the tests with infra/test.sh');
  env = await TestWorkflowEnvironment.createTimeSkipping({ server: { executable: { type: 'existing-path', path: serverPath } } });
  await env.connection.operatorService.addSearchAttributes({
    namespace: env.namespace ?? 'default',
    searchAttributes: Object.fromEntries(
      [ACCOUNT_ID, UNIT_ID, MUNICIPALITY_ID, LIFECYCLE_STAGE].map((key) => [key.name, temporal.api.enums.v1.IndexedValueType.INDEXED_VALUE_TYPE_KEYWORD]),
    ),
  });
  stack = await startE2eStack({ temporalAddress: env.address, platformSimulator: true });
  simulator = stack.simulator!;
  page = stack.page;
});

afterAll(async () => {
  await stack?.close();
  await env?.teardown();
});

/** The library's Instagram account, opened through the real lifecycle (the opening's own e2e test drives its screens). */
async function activeLibraryAccount(): Promise<{ accountId: string; handle: string }> {
  const { org } = stack;
  const openings = new OpeningClient(env.client, { taskQueue: stack.taskQueue });
  const as = (user: 'editor' | 'communications' | 'unitManager' | 'headOfAdministration', role: 'EDITOR' | 'COMMUNICATIONS' | 'UNIT_MANAGER' | 'HEAD_OF_ADMINISTRATION') => ({
    actorId: org.users[user].id,
    actorName: org.users[user].name,
    role,
  });
  const accountId = randomUUID();
  const handle = `bokcirkeln_${accountId.slice(0, 8)}`;
  const people = [
    { name: 'Anna Admin', email: 'anna.admin@demokommun.se', phone: '0123-11 11 11' },
    { name: 'Bo Backup', email: 'bo.backup@demokommun.se', phone: '0123-22 22 22' },
  ];
  await openings.apply({
    accountId,
    municipalityId: org.municipality.id,
    administrationId: org.units.library.administrationId,
    unitId: org.units.library.id,
    scope: 'UNIT',
    plan: {
      platform: 'INSTAGRAM',
      webAddress: `https://www.instagram.com/${handle}`,
      handle,
      displayName: ACCOUNT_NAME,
      activityDescription: 'Bibliotekets bokcirklar.',
      purpose: 'Bjuda in till bokcirklar och tipsa om böcker.',
      targetAudiences: 'Vuxna läsare',
      goals: 'En ny cirkel per termin',
      needsAnalysis: 'Cirklarna når inte sin publik genom kommunens centrala kanal.',
      functionalEmail: 'bokcirkeln@demokommun.se',
      administrators: people,
      dailyOperators: [people[0]],
      monitoringHours: 'Vardagar 8–16',
      publishingFrequency: 'Två inlägg i veckan',
      estimatedWeeklyHours: 2,
      other: null,
      checklist: CHECKLIST_KEYS.map((key) => ({ key, answer: true })),
    },
    by: as('editor', 'EDITOR'),
  });
  await openings.submitPlan(accountId, as('editor', 'EDITOR'));
  await openings.recordConsultation(accountId, 'Lämplig kanal.', as('communications', 'COMMUNICATIONS'));
  await openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, as('unitManager', 'UNIT_MANAGER'));
  await openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, as('headOfAdministration', 'HEAD_OF_ADMINISTRATION'));
  await expect.poll(async () => (await openings.state(accountId)).status).toBe('PROVISIONING');
  const evidence = (key: ProvisioningItemKey): ProvisioningEvidence => {
    if (key === 'FUNCTIONAL_EMAIL') return { functionalEmail: 'bokcirkeln@demokommun.se' };
    if (key === 'ADMINISTRATORS_TWO_FACTOR') return { administrators: people.map((p) => ({ name: p.name, email: p.email, twoFactorConfirmed: true })) };
    if (key === 'ACCOUNT_CREATED' || key === 'PROFILE_TEXT_PUBLISHED') return { url: `https://www.instagram.com/${handle}` };
    return { note: 'Klart.' };
  };
  for (const item of (await openings.state(accountId)).provisioning) {
    await openings.completeProvisioningItem(accountId, item.key, evidence(item.key), as('editor', 'EDITOR'));
  }
  return { accountId, handle };
}

describe('the manager decides on an inactive account', () => {
  it('after four quiet months: the communications unit gives its opinion, the unit manager decides to close, the closure runs to CLOSED', async () => {
    const { accountId, handle } = await activeLibraryAccount();
    // The account last posted 100 days ago (the simulator's control API), so it is past Torsby's 90 days at once.
    const lastPost = new Date((await env.currentTimeMs()) - 100 * DAY);
    const registered = await fetch(`${simulator.url}/_sim/accounts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ platform: 'INSTAGRAM', handle, displayName: ACCOUNT_NAME, postCount: 8, lastActivityAt: lastPost.toISOString() }),
    });
    expect(registered.status).toBe(201);
    await new ClosureClient(env.client, { taskQueue: stack.taskQueue }).watch({ accountId, municipalityId: stack.org.municipality.id });
    // Warned at once; the 30 days' grace period passes without a post.
    await env.sleep('31 days');

    // The communications unit finds the case in its inbox and gives its opinion.
    await stack.signInAs('Klara Kommunikatör');
    const cases = page.getByRole('list', { name: 'Inaktiva konton och avslut' });
    await expect.poll(() => textOf(cases)).toContain('Väntar på dig');
    await cases.getByRole('link', { name: ACCOUNT_NAME }).click();
    await page.getByRole('heading', { name: 'Kommunikationsenhetens yttrande om avslut' }).waitFor();
    await page.getByRole('textbox', { name: 'Yttrande' }).fill('Kontot har inte uppdaterats sedan i somras. Vi tillstyrker att det avslutas.');
    await stack.shot('closure-01-kommunikation-yttrande');
    await page.getByRole('button', { name: 'Registrera yttrande' }).click();
    await page.getByText('Yttrandet är registrerat').waitFor();
    await expect.poll(() => textOf(page.locator('.smg-timeline'))).toContain('Kommunikationsenhetens yttrande om avslut registrerat');
    await stack.signOut();

    // The unit manager sees the warning and the opinion, and decides.
    await stack.signInAs('Ulf Enhetschef');
    await page.getByRole('list', { name: 'Inaktiva konton och avslut' }).getByRole('link', { name: ACCOUNT_NAME }).click();
    await page.getByRole('heading', { name: 'Ditt beslut om det inaktiva kontot' }).waitFor();
    const warning = page.locator('.smg-alert', { hasText: 'Kontot är inaktivt' });
    await expect.poll(() => textOf(warning)).toContain('Väntar på beslut av verksamhetsansvarig chef');
    await expect.poll(() => textOf(page.getByRole('region', { name: 'Kommunikationsenhetens yttrande' }))).toContain('Vi tillstyrker att det avslutas.');
    await stack.shot('closure-02-chef-beslut');

    // Keeping it needs a plan and a review date: refused field by field, nothing lost.
    await page.getByRole('radio', { name: 'Behåll kontot' }).check();
    await page.getByRole('textbox', { name: 'Kommentar (valfritt)' }).fill('Enligt samrådet.');
    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByText('Beskriv kort hur kontot ska bli aktivt igen.').waitFor();
    await page.getByText('Ange när kontot ska följas upp igen.').waitFor();
    expect(await page.getByRole('textbox', { name: 'Kommentar (valfritt)' }).inputValue()).toBe('Enligt samrådet.');
    await stack.shot('closure-03-chef-faltfel');

    await page.getByRole('radio', { name: 'Avsluta kontot' }).check();
    await page.getByRole('button', { name: 'Registrera beslut' }).click();
    await page.getByText('Beslutet är registrerat: kontot avslutas.').waitFor();
    const closure = page.getByRole('region', { name: 'Avslut av kontot' });
    await expect.poll(() => textOf(closure)).toContain('Kontot uppdateras inte');
    await expect.poll(() => textOf(page.locator('.smg-page__header'))).toContain('Avslutas');

    // The final snapshot is archived before anything is shut; then the manager confirms the removal.
    await page.getByRole('textbox', { name: 'Vad har gjorts?' }).waitFor({ timeout: 180_000 });
    expect(await textOf(closure.locator('[data-step="FINAL_SNAPSHOT"]'))).toMatch(/Klar /);
    await fetch(`${simulator.url}/_sim/accounts/INSTAGRAM/${handle}`, { method: 'DELETE' });
    await page.getByRole('textbox', { name: 'Vad har gjorts?' }).fill('Kontot raderat i Instagram-appen; sidan visar nu att den inte finns.');
    await page.getByRole('button', { name: 'Bekräfta borttagning' }).click();
    await page.getByText('Borttagningen från plattformen är registrerad.').waitFor();
    await expect.poll(() => textOf(closure.locator('[data-step="PLATFORM_REMOVED"]'))).toContain('Plattformen känner inte längre till kontot');
    await stack.shot('closure-04-chef-borttaget');
    await stack.signOut();

    // The communications unit destroys the deposited credentials; the closure finishes on its own.
    await stack.signInAs('Klara Kommunikatör');
    await page.getByRole('list', { name: 'Inaktiva konton och avslut' }).getByRole('link', { name: ACCOUNT_NAME }).click();
    await page.getByRole('textbox', { name: 'Hur förstördes inloggningsuppgifterna?' }).fill('Det förseglade kuvertet makulerades.');
    await page.getByRole('button', { name: 'Registrera förstörda uppgifter' }).click();
    // The closure's own card looks again every few seconds while it finishes; the page header follows what it sees.
    await expect.poll(() => textOf(closure.locator('[data-step="COMMUNICATIONS_NOTIFIED"]')), { timeout: 30_000 }).toMatch(/Klar /);
    await expect.poll(() => textOf(page.locator('.smg-page__header')), { timeout: 30_000 }).toContain('Avslutad');
    const timeline = await textOf(page.locator('.smg-timeline'));
    for (const event of ['Varning: kontot är inaktivt', 'Beslut: kontot avslutas', 'Avslut påbörjat', 'Borttaget ur den offentliga förteckningen', 'Kontot är avslutat']) {
      expect(timeline).toContain(event);
    }
    await stack.shot('closure-05-avslutat');
  });
});
