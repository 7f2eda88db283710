import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eStack, textOf, type E2eStack } from './e2e-stack.js';

/**
 * Handover by board decision through the composed frontends in real Chromium, against the real API, worker (with the
 * final snapshot through the archiving lifecycle and the platform simulator), PostgreSQL and Temporal: the unit
 * manager proposes and follows it in the manager microfrontend, the board secretary registers the board's decision
 * with its minutes extract in the board microfrontend, the conditions are recorded with evidence.
 */

const ACCOUNT_NAME = 'Läsecirkeln på biblioteket';
const PDF = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n`);

let stack: E2eStack;
let page: Page;
let accountId: string;

/** GraphQL over the composed app's own /graphql, signed in as a demo user: to set up an active account quickly. */
async function graphql(user: keyof E2eStack['org']['users'], query: string, variables: Record<string, unknown> = {}) {
  const call = async (body: unknown, token?: string) => {
    const response = await fetch(`${stack.web.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(body),
    });
    const result = (await response.json()) as { data?: any; errors?: Array<{ message: string }> };
    if (result.errors) throw new Error(result.errors.map((e) => e.message).join(' '));
    return result.data;
  };
  const { devSignIn } = await call({ query: 'mutation($id: ID!) { devSignIn(userId: $id) { token } }', variables: { id: stack.org.users[user].id } });
  return call({ query, variables }, devSignIn.token);
}

/** An active Instagram account of the library, taken through the whole opening over the API. */
async function activeLibraryAccount(): Promise<string> {
  const admins = [
    { name: 'Anna Admin', email: 'anna.admin@demokommun.se', phone: '0123-11 11 11' },
    { name: 'Bo Backup', email: 'bo.backup@demokommun.se', phone: '0123-22 22 22' },
  ];
  const { checklistQuestions } = await graphql('editor', '{ checklistQuestions { key } }');
  const input = {
    unitId: stack.org.units.library.id,
    scope: 'UNIT',
    platform: 'INSTAGRAM',
    webAddress: 'https://www.instagram.com/lasecirkeln_biblioteket',
    handle: 'lasecirkeln_biblioteket',
    displayName: ACCOUNT_NAME,
    activityDescription: 'Bibliotekets läsecirklar.',
    purpose: 'Samla läsecirklarnas boktips och träffar.',
    targetAudiences: 'Vuxna läsare.',
    goals: 'En träff i månaden.',
    needsAnalysis: 'Den centrala kanalen når inte cirkeldeltagarna.',
    functionalEmail: 'lasecirkeln@demokommun.se',
    administrators: admins,
    dailyOperators: [admins[0]],
    monitoringHours: 'Vardagar 8–17.',
    publishingFrequency: 'Två inlägg i veckan.',
    estimatedWeeklyHours: 2,
    other: null,
    checklist: checklistQuestions.map((q: { key: string }) => ({ key: q.key, answer: true, comment: null })),
  };
  const id = (await graphql('editor', 'mutation($input: ActivityPlanInput!) { applyForAccount(input: $input) { id } }', { input })).applyForAccount.id;
  await graphql('editor', 'mutation($id: ID!) { submitPlan(accountId: $id) { id } }', { id });
  await graphql('communications', 'mutation($id: ID!) { recordConsultation(accountId: $id, opinion: "Tillstyrks.") { id } }', { id });
  await graphql('unitManager', 'mutation($id: ID!) { decideAsUnitManager(accountId: $id, decision: APPROVE) { id } }', { id });
  await graphql('headOfAdministration', 'mutation($id: ID!) { decideAsHeadOfAdministration(accountId: $id, decision: APPROVE) { id } }', { id });
  let items: Array<{ key: string; completedAt: string | null }> = [];
  // The workflow starts provisioning on its own once the chain has approved.
  for (let i = 0; items.length === 0; i++) {
    if (i > 0) await new Promise((resolve) => setTimeout(resolve, 200));
    if (i > 150) throw new Error('provisioning never started');
    items = (await graphql('editor', 'query($id: ID!) { account(id: $id) { provisioning { key completedAt } } }', { id })).account.provisioning;
  }
  for (const { key } of items) {
    const evidence =
      key === 'FUNCTIONAL_EMAIL'
        ? { functionalEmail: 'lasecirkeln@demokommun.se' }
        : key === 'ADMINISTRATORS_TWO_FACTOR'
          ? { administrators: admins.map((a) => ({ name: a.name, email: a.email, twoFactorConfirmed: true })) }
          : { url: 'https://www.instagram.com/lasecirkeln_biblioteket', note: 'Klart.' };
    await graphql('editor', 'mutation($id: ID!, $key: ProvisioningItemKey!, $evidence: ProvisioningEvidenceInput!) { completeProvisioningItem(accountId: $id, key: $key, evidence: $evidence) { id } }', { id, key, evidence });
  }
  expect((await graphql('editor', 'query($id: ID!) { account(id: $id) { status } }', { id })).account.status).toBe('ACTIVE');
  return id;
}

const registerNames = async () =>
  ((await (await fetch(`${stack.web.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($m: ID) { register(municipalityId: $m) { displayName } }', variables: { m: stack.org.municipality.id } }),
  })).json()) as any).data.register.map((e: { displayName: string }) => e.displayName);

const itemForm = (label: string | RegExp): Locator => page.getByRole('form', { name: label });

beforeAll(async () => {
  stack = await startE2eStack({ platformSimulator: true });
  page = stack.page;
  accountId = await activeLibraryAccount();
});

afterAll(async () => {
  await stack?.close();
});

describe('handing an account over to another owner by board decision', () => {
  it('the unit manager proposes the handover and follows it', async () => {
    await stack.signInAs('Ulf Enhetschef');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Alla ärenden' }).click();
    await page.getByRole('link', { name: ACCOUNT_NAME }).click();
    await page.getByRole('heading', { name: ACCOUNT_NAME }).waitFor();
    await page.getByRole('button', { name: 'Föreslå överlåtelse' }).click();
    const form = page.getByRole('form', { name: 'Förslag om överlåtelse' });
    // Nothing filled in: the API says what is missing, at each field.
    await form.getByRole('button', { name: 'Föreslå överlåtelse' }).click();
    await page.getByText('Förslaget kunde inte registreras').waitFor();
    await expect.poll(() => textOf(form)).toContain('Ange varför kontot ska överlåtas.');
    await expect.poll(() => textOf(form)).toContain('Ange en kontaktperson hos organisationen.');

    await form.getByRole('textbox', { name: 'Organisationens namn' }).fill('Läsföreningen Bokcirkeln');
    await form.getByRole('textbox', { name: 'Kontaktperson' }).fill('Berit Bok');
    await form.getByRole('textbox', { name: 'E-post' }).fill('berit@bokcirkeln.se');
    await form.getByRole('textbox', { name: 'Varför ska kontot överlåtas?' }).fill('Läsecirklarna drivs sedan i höstas av föreningen.');
    await form.getByRole('button', { name: 'Föreslå överlåtelse' }).click();
    await page.getByText('Väntar på nämndens beslut').first().waitFor();
    await expect.poll(() => textOf(page.locator('.smg-page__header'))).toContain('Överlåts');
    await expect.poll(() => textOf(page.getByRole('region', { name: 'Överlåtelse till ny ägare' }))).toMatch(/Ansvarig nämnd\s+Kultur- och fritidsnämnden/);
    await expect.poll(() => textOf(page.getByRole('region', { name: 'Händelser' }))).toContain('Överlåtelse till ny ägare föreslagen');
    await stack.shot('30-overlatelse-foreslagen');
    await stack.signOut();
  });

  it('the board secretary registers the responsible board’s decision with the minutes extract; another board is refused', async () => {
    await stack.signInAs('Nora Nämndsekreterare');
    await expect.poll(() => page.url()).toBe(`${stack.web.url}/namnd`);
    await page.getByRole('heading', { name: 'Nämndbeslut', exact: true }).waitFor();
    await page.getByRole('list', { name: 'Överlåtelser som väntar på beslut' }).getByRole('link', { name: ACCOUNT_NAME }).click();
    await page.getByRole('heading', { name: `Överlåtelse av ${ACCOUNT_NAME}` }).waitFor();
    const form = page.getByRole('form', { name: 'Registrera nämndens beslut' });
    await expect.poll(() => form.getByRole('combobox', { name: 'Nämnd' }).inputValue()).toBe(stack.org.boards.culture.id);

    await form.getByRole('combobox', { name: 'Nämnd' }).selectOption({ label: 'Barn- och utbildningsnämnden' });
    await form.getByRole('textbox', { name: 'Paragraf' }).fill('§ 45');
    await form.getByRole('textbox', { name: 'Diarienummer' }).fill('KFN 2026/123');
    await form.getByRole('textbox', { name: 'Beslut (som det står i protokollet)' }).fill('Nämnden beslutar att kontot överlåts till Läsföreningen Bokcirkeln.');
    await form.getByRole('radio', { name: 'Bifall – kontot får överlåtas' }).check();
    await form.locator('input[type=file]').setInputFiles({ name: 'Protokollsutdrag KFN § 45.pdf', mimeType: 'application/pdf', buffer: PDF('Protokollsutdrag § 45, justerat') });
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText('Beslutet kunde inte registreras').waitFor();
    const boardField = form.locator('.smg-field', { has: page.getByRole('combobox', { name: 'Nämnd' }) });
    await expect.poll(() => textOf(boardField)).toContain('Barn- och utbildningsnämnden ansvarar inte för kontots verksamhet');
    await stack.shot('31-namndbeslut-fel-namnd');

    await form.getByRole('combobox', { name: 'Nämnd' }).selectOption({ label: 'Kultur- och fritidsnämnden' });
    await form.getByRole('button', { name: 'Registrera beslutet' }).click();
    await page.getByText(/Beslutet är registrerat och kopplat till överlåtelsen: Kultur- och fritidsnämnden .* § 45, dnr KFN 2026\/123/).waitFor();
    await page.getByRole('heading', { name: 'Nämndens beslut', exact: true }).waitFor();
    await stack.shot('32-namndbeslut-registrerat');

    await page.getByRole('link', { name: '← Nämndbeslut' }).click();
    const decisions = page.getByRole('table', { name: 'Registrerade beslut' });
    await expect.poll(() => textOf(decisions)).toMatch(/§ 45, dnr KFN 2026\/123\s+Bifall – kontot får överlåtas\s+Läsecirkeln på biblioteket/);
    await expect.poll(() => textOf(decisions)).toContain('Protokollsutdrag KFN § 45.pdf');
    await stack.signOut();
  });

  it('after the final snapshot, the manager records each condition with evidence; the communications unit ends its rights and the account is handed over', async () => {
    await stack.signInAs('Ulf Enhetschef');
    await page.goto(`${stack.web.url}/beslut/${accountId}`);
    // The final snapshot is archived first (Chromium, PDF/A, E-ARK against the simulator); the page moves on by itself.
    await page.getByText('Villkoren för överlåtelsen ska uppfyllas').waitFor({ timeout: 180_000 });
    const panel = page.getByRole('region', { name: 'Överlåtelse till ny ägare' });
    await expect.poll(() => textOf(panel)).toMatch(/Slutlig ögonblicksbild\s+Arkiverad – paket smg-/);
    await expect.poll(() => textOf(panel)).toContain('Protokollsutdrag KFN § 45.pdf');

    // A condition without evidence is refused.
    const profile = itemForm(/^Profilinformationen är ändrad/);
    await profile.getByRole('button', { name: 'Registrera' }).click();
    await expect.poll(() => textOf(profile)).toContain('Ange underlag: en länk (https://…) eller en fil');
    await stack.shot('33-villkor-utan-underlag');

    const url = 'https://www.instagram.com/lasecirkeln_biblioteket';
    await profile.getByRole('textbox', { name: 'Länk som visar att det är gjort' }).fill(url);
    await profile.getByRole('button', { name: 'Registrera' }).click();
    await page.locator('[data-item="PROFILE_SHOWS_NEW_OWNER"]').getByText('Registrerat').waitFor();

    const logo = itemForm(/^Kommunens logotyp/);
    await logo.getByRole('textbox', { name: 'Länk som visar att det är gjort' }).fill(url);
    await logo.getByRole('textbox', { name: 'Anteckning (valfritt)' }).fill('Föreningens logotyp i profil- och omslagsbild.');
    await logo.getByRole('button', { name: 'Registrera' }).click();
    await page.locator('[data-item="LOGO_REMOVED"]').getByText('Registrerat').waitFor();

    const announcement = itemForm(/^Ett inlägg/);
    await announcement.getByRole('textbox', { name: 'Länk som visar att det är gjort' }).fill(`${url}/p/overlatelse`);
    await announcement.getByRole('button', { name: 'Registrera' }).click();
    await page.locator('[data-item="ANNOUNCEMENT_PUBLISHED"]').getByText('Registrerat').waitFor();

    const responsibility = itemForm(/^Den nya ägaren har skriftligen/);
    await responsibility.locator('input[type=file]').setInputFiles({ name: 'Övertagande Bokcirkeln.pdf', mimeType: 'application/pdf', buffer: PDF('Föreningen tar över ansvaret.') });
    await responsibility.getByRole('button', { name: 'Registrera' }).click();
    await page.locator('[data-item="RESPONSIBILITY_ACCEPTED"]').getByText('Övertagande Bokcirkeln.pdf').waitFor();

    const rename = itemForm(/^Kontot har bytt namn/);
    await rename.getByRole('checkbox', { name: 'Kontot byter inte namn' }).check();
    await rename.getByRole('textbox', { name: 'Varför byter kontot inte namn?' }).fill('Föreningen behåller namnet som följarna känner igen.');
    await rename.getByRole('button', { name: 'Registrera' }).click();
    await page.getByText('Kommunens behörigheter ska tas bort').waitFor();
    expect(await registerNames()).toContain(ACCOUNT_NAME);

    const admins = itemForm(/^Kommunens administratörer/);
    await admins.getByRole('textbox', { name: 'Anteckning (hur och när det gjordes)' }).fill('Kommunens administratörer borttagna i Meta Business Suite.');
    await admins.getByRole('button', { name: 'Registrera' }).click();
    await page.locator('[data-item="ADMIN_RIGHTS_REMOVED"]').getByText('Registrerat').waitFor();
    await expect.poll(() => textOf(page.locator('[data-item="CREDENTIALS_DESTROYED"]'))).toContain('Registreras av kommunikationsenheten');
    await stack.shot('34-villkor-uppfyllda');
    await stack.signOut();

    await stack.signInAs('Klara Kommunikatör');
    await page.goto(`${stack.web.url}/beslut/${accountId}`);
    const credentials = itemForm(/^Deponerade inloggningsuppgifter/);
    await credentials.getByRole('textbox', { name: 'Anteckning (hur och när det gjordes)' }).fill('Det förseglade kuvertet strimlat i närvaro av två personer.');
    await credentials.getByRole('button', { name: 'Registrera' }).click();
    await page.getByText('Kontot ägs nu av Läsföreningen Bokcirkeln och finns inte längre i kommunens förteckning.').waitFor({ timeout: 60_000 });
    await expect.poll(() => textOf(page.locator('.smg-page__header'))).toContain('Överlåten');

    // The timeline shows the decision and each condition with its evidence.
    const timeline = page.getByRole('region', { name: 'Händelser' });
    await expect.poll(() => textOf(timeline)).toContain('Kontot är överlåtet till den nya ägaren');
    const text = await textOf(timeline);
    expect(text).toMatch(/Nämndbeslut kopplat till överlåtelsen[\s\S]*Kultur- och fritidsnämnden .* § 45, dnr KFN 2026\/123: Bifall – kontot får överlåtas[\s\S]*Protokollsutdrag KFN § 45\.pdf[\s\S]*SHA-256/);
    expect(text).toMatch(/Slutlig ögonblicksbild arkiverad före överlåtelsen/);
    expect(text).toMatch(/Villkor för överlåtelsen uppfyllt[\s\S]*Ett inlägg som förklarar överlåtelsen[\s\S]*lasecirkeln_biblioteket\/p\/overlatelse/);
    expect(text).toMatch(/Övertagande Bokcirkeln\.pdf/);
    expect(text).toMatch(/Avstått: Föreningen behåller namnet/);
    expect(text).toMatch(/Borttaget ur den offentliga förteckningen/);
    await stack.shot('35-overlaten');
    expect(await registerNames()).not.toContain(ACCOUNT_NAME);
  });
});
