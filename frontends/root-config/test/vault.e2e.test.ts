import { randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eStack, textOf, type E2eStack } from './e2e-stack.js';

/**
 * The credential vault through the composed frontends in real Chromium, against the real API, worker, PostgreSQL and
 * Temporal: the unit manager deposits the credentials of an account being provisioned (the checklist item is ticked),
 * the communications unit reveals them once for a stated reason, and hides them again.
 */

const ACCOUNT_NAME = 'Bokprat på biblioteket';
const SECRET = `Bokprat-${randomBytes(5).toString('hex')}`;

let stack: E2eStack;
let page: Page;
let accountId: string;

/** An Instagram account of the library taken through the approvals over the API, left at the provisioning checklist. */
async function provisioningAccount(): Promise<string> {
  const admins = [
    { name: 'Anna Admin', email: 'anna.admin@demokommun.se', phone: '0123-11 11 11' },
    { name: 'Bo Backup', email: 'bo.backup@demokommun.se', phone: '0123-22 22 22' },
  ];
  const { checklistQuestions } = await stack.graphql('editor', '{ checklistQuestions { key } }');
  const input = {
    unitId: stack.org.units.library.id,
    scope: 'UNIT',
    platform: 'INSTAGRAM',
    webAddress: 'https://www.instagram.com/bokprat_biblioteket',
    handle: 'bokprat_biblioteket',
    displayName: ACCOUNT_NAME,
    activityDescription: 'Bibliotekets boksamtal.',
    purpose: 'Tipsa om böcker och bjuda in till bokprat.',
    targetAudiences: 'Vuxna läsare.',
    goals: 'Ett bokprat i månaden.',
    needsAnalysis: 'Den centrala kanalen når inte läsarna.',
    functionalEmail: 'bokprat@demokommun.se',
    administrators: admins,
    dailyOperators: [admins[0]],
    monitoringHours: 'Vardagar 8–17.',
    publishingFrequency: 'Två inlägg i veckan.',
    estimatedWeeklyHours: 2,
    other: null,
    checklist: checklistQuestions.map((q: { key: string }) => ({ key: q.key, answer: true, comment: null })),
  };
  const id = (await stack.graphql('editor', 'mutation($input: ActivityPlanInput!) { applyForAccount(input: $input) { id } }', { input })).applyForAccount.id;
  await stack.graphql('editor', 'mutation($id: ID!) { submitPlan(accountId: $id) { id } }', { id });
  await stack.graphql('communications', 'mutation($id: ID!) { recordConsultation(accountId: $id, opinion: "Tillstyrks.") { id } }', { id });
  await stack.graphql('unitManager', 'mutation($id: ID!) { decideAsUnitManager(accountId: $id, decision: APPROVE) { id } }', { id });
  await stack.graphql('headOfAdministration', 'mutation($id: ID!) { decideAsHeadOfAdministration(accountId: $id, decision: APPROVE) { id } }', { id });
  // The workflow starts provisioning on its own once the chain has approved.
  for (let i = 0; (await stack.graphql('editor', 'query($id: ID!) { account(id: $id) { status } }', { id })).account.status !== 'PROVISIONING'; i++) {
    if (i > 150) throw new Error('provisioning never started');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return id;
}

beforeAll(async () => {
  stack = await startE2eStack();
  page = stack.page;
  accountId = await provisioningAccount();
});

afterAll(async () => {
  await stack?.close();
});

describe('deposited credentials', () => {
  it('the unit manager deposits them during provisioning; the checklist item is ticked; nobody but the communications unit can show them', async () => {
    await stack.signInAs('Ulf Enhetschef');
    await page.goto(`${stack.web.url}/beslut/${accountId}`);
    const panel = page.getByRole('region', { name: 'Inloggningsuppgifter' });
    await expect.poll(() => textOf(panel)).toContain('Inga inloggningsuppgifter är deponerade i systemet.');
    await panel.getByRole('button', { name: 'Deponera inloggningsuppgifter' }).click();
    const form = page.getByRole('form', { name: 'Deponera inloggningsuppgifter' });
    await form.getByRole('button', { name: 'Deponera' }).click();
    await expect.poll(() => textOf(form)).toContain('Ange användarnamnet eller inloggningen för kontot.');
    await expect.poll(() => textOf(form)).toContain('Ange lösenordet eller annan hemlig inloggningsuppgift.');

    await form.getByRole('textbox', { name: 'Användarnamn eller inloggning' }).fill('bokprat_biblioteket');
    await form.getByLabel('Lösenord').fill(SECRET);
    await form.getByRole('button', { name: 'Deponera' }).click();
    await panel.getByText('Inloggningsuppgifterna är deponerade (krypterade) hos kommunikationsenheten.').waitFor();
    await expect.poll(() => textOf(panel)).toMatch(/Deponerade .* av Ulf Enhetschef, krypterade hos kommunikationsenheten\./);
    const item = page.locator('.smg-provisioning__item', { hasText: 'Inloggningsuppgifter är deponerade hos kommunikationsenheten' });
    await expect.poll(() => textOf(item)).toMatch(/Klar .* av Ulf Enhetschef/);
    expect(await panel.getByRole('button', { name: 'Visa inloggningsuppgifter' }).count()).toBe(0);
    expect(await page.content()).not.toContain(SECRET);
    await stack.shot('50-inloggningsuppgifter-deponerade');
    await stack.signOut();
  });

  it('the communications unit states a reason, sees them once, and hides them; the reveal is in the history', async () => {
    await stack.signInAs('Klara Kommunikatör');
    await page.goto(`${stack.web.url}/beslut/${accountId}`);
    const panel = page.getByRole('region', { name: 'Inloggningsuppgifter' });
    await panel.getByRole('button', { name: 'Visa inloggningsuppgifter' }).click();
    const form = page.getByRole('form', { name: 'Visa inloggningsuppgifter' });
    await form.getByRole('button', { name: 'Visa' }).click();
    await expect.poll(() => textOf(form)).toContain('Ange skälet till att inloggningsuppgifterna behöver visas.');
    expect(await page.content()).not.toContain(SECRET);

    await form.getByRole('textbox', { name: 'Skäl' }).fill('Redaktörerna är på semester; vi besvarar frågorna i kanalen.');
    await form.getByRole('button', { name: 'Visa' }).click();
    const shown = panel.getByRole('definition').filter({ hasText: SECRET });
    await shown.waitFor();
    await expect.poll(() => textOf(panel)).toMatch(/Användarnamn\s+bokprat_biblioteket/);
    await expect.poll(() => textOf(page.getByRole('region', { name: 'Händelser' }))).toContain('Deponerade inloggningsuppgifter visade');
    await stack.shot('51-inloggningsuppgifter-visade');

    await panel.getByRole('button', { name: 'Dölj' }).click();
    await panel.getByRole('button', { name: 'Visa inloggningsuppgifter' }).waitFor();
    expect(await page.content()).not.toContain(SECRET);
  });
});
