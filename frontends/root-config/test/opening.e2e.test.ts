import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eStack, textOf, type E2eStack } from './e2e-stack.js';

/**
 * The account-opening lifecycle through the composed frontends in real Chromium, against the real API, worker,
 * PostgreSQL and Temporal: each role signs in on the sign-in page and does its part in its microfrontend.
 */

const ACCOUNT_NAME = 'Biblioteket för unga';

let stack: E2eStack;
let page: Page;
let web: E2eStack['web'];
const signInAs = (name: string) => stack.signInAs(name);
const signOut = () => stack.signOut();
const shot = (name: string) => stack.shot(name);

beforeAll(async () => {
  stack = await startE2eStack();
  ({ page, web } = stack);
});

afterAll(async () => {
  await stack?.close();
});

describe('opening an account through the microfrontends', () => {
  it('serves one Vue and the shared module to every microfrontend through the native import map', async () => {
    await page.goto(`${web.url}/`);
    await page.getByRole('heading', { name: 'Logga in' }).waitFor();
    expect(page.url()).toBe(`${web.url}/logga-in`);
    const importMap = JSON.parse((await page.locator('script[type="importmap"]').textContent()) ?? '{}');
    expect(Object.keys(importMap.imports)).toEqual(['vue', '@smg/shared', '@smg/applicant', '@smg/manager', '@smg/policy', '@smg/board', '@smg/archivist']);
    expect(await page.locator('script[src*="system"]').count()).toBe(0);
    // The demo users load after the heading: wait for them rather than read the page once.
    for (const group of ['Redaktör', 'Verksamhetsansvarig chef', 'Förvaltningschef', 'Kommunikationsenheten']) {
      await expect.poll(() => textOf(page.locator('main'))).toContain(group);
    }
    await shot('01-logga-in');
  });

  it('takes a plan from draft to an active account, each role in its own microfrontend', async () => {
    // The editor writes the plan; the first attempt breaks two rules and is refused field by field.
    await signInAs('Elin Redaktör');
    expect(page.url()).toBe(`${web.url}/ansokningar`);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Ny ansökan' }).click();
    await page.getByRole('heading', { name: 'Ny ansökan om konto' }).waitFor();
    await page.getByRole('combobox', { name: 'Plattform' }).selectOption('INSTAGRAM');
    await page.getByRole('textbox', { name: 'Kontots namn' }).fill(ACCOUNT_NAME);
    await page.getByRole('textbox', { name: 'Användarnamn (valfritt)' }).fill('@biblioteket_unga');
    await page.getByRole('textbox', { name: 'Webbadress' }).fill('https://www.instagram.com/biblioteket_unga');
    await page.getByRole('textbox', { name: 'Funktionsadress (e-post)' }).fill('elin.redaktor@demokommun.se');
    await page.getByRole('textbox', { name: 'Vilken verksamhet ska finnas i kanalen?' }).fill('Bibliotekets program för barn och unga.');
    await page.getByRole('textbox', { name: 'Syfte', exact: true }).fill('Nå unga låntagare med tips om evenemang och nya böcker.');
    await page.getByRole('textbox', { name: 'Målgrupper' }).fill('Unga 13–19 år och deras föräldrar.');
    await page.getByRole('textbox', { name: 'Mål', exact: true }).fill('500 följare inom sex månader.');
    await page.getByRole('textbox', { name: 'Behovsanalys' }).fill('Kommunens centrala kanal når inte unga; Instagram är där de finns.');
    await fillPerson(page.getByRole('group', { name: 'Administratör 1' }), ['Anna Admin', 'anna.admin@demokommun.se', '0123-11 11 11']);
    await page.getByRole('button', { name: 'Ta bort administratör 2' }).click();
    await fillPerson(page.getByRole('group', { name: 'Driftansvarig 1' }), ['Cilla Drift', 'cilla.drift@demokommun.se', '0123-33 33 33']);
    await page.getByRole('textbox', { name: 'Hur ofta och när bevakas kontot?' }).fill('Vardagar 8–17, kontroll varje arbetsdag.');
    await page.getByRole('textbox', { name: 'Hur ofta publiceras nytt material?' }).fill('Tre inlägg i veckan.');
    await page.getByRole('spinbutton', { name: 'Beräknad arbetstid per vecka (timmar)' }).fill('4');
    const questions = page.locator('fieldset.smg-radio-group').filter({ has: page.getByRole('radio', { name: 'Ja' }) });
    await expect.poll(() => questions.count()).toBe(11);
    for (const question of await questions.all()) await question.getByRole('radio', { name: 'Ja' }).check();

    await page.getByRole('button', { name: 'Skicka in för granskning' }).click();
    await page.getByText('Planen kunde inte sparas').waitFor();
    const emailField = page.locator('.smg-field', { has: page.getByRole('textbox', { name: 'Funktionsadress (e-post)' }) });
    await expect.poll(() => textOf(emailField)).toMatch(/funktionsadress/i);
    await expect.poll(() => emailField.getAttribute('class')).toContain('smg-field--invalid');
    const administrators = page.getByRole('group', { name: 'Administratörer' });
    await expect.poll(() => textOf(administrators)).toContain('Minst 2 administratörer');
    await shot('02-redaktor-faltfel');

    await page.getByRole('button', { name: 'Lägg till administratör' }).click();
    await fillPerson(page.getByRole('group', { name: 'Administratör 2' }), ['Bo Backup', 'bo.backup@demokommun.se', '0123-22 22 22']);
    await page.getByRole('textbox', { name: 'Funktionsadress (e-post)' }).fill('biblioteket.unga@demokommun.se');
    await page.getByRole('button', { name: 'Skicka in för granskning' }).click();
    await page.getByText('Aktivitetsplanen är inskickad').waitFor();
    await expect.poll(() => textOf(page.locator('.smg-page__header'))).toContain('Under granskning');
    await expect.poll(() => textOf(page.locator('.smg-steps'))).toContain('Samråd med kommunikationsenheten');
    await shot('03-redaktor-inskickad');
    await signOut();

    // The communications unit is consulted first.
    await signInAs('Klara Kommunikatör');
    expect(page.url()).toBe(`${web.url}/beslut`);
    await page.getByRole('list', { name: 'Ärenden att hantera' }).getByRole('link', { name: ACCOUNT_NAME }).click();
    await page.getByRole('heading', { name: 'Kommunikationsenhetens samråd' }).waitFor();
    await page.getByRole('textbox', { name: 'Yttrande' }).fill('Kanalen kompletterar kommunens centrala kanal väl.');
    await shot('04-kommunikation-samrad');
    await page.getByRole('button', { name: 'Registrera samråd' }).click();
    await page.getByText('Samrådet är registrerat').waitFor();
    await expect.poll(() => textOf(page.locator('.smg-timeline'))).toContain('Kanalen kompletterar kommunens centrala kanal väl.');
    await signOut();

    // Then the unit manager of the library, then the head of its administration.
    for (const [name, heading] of [
      ['Ulf Enhetschef', 'Ditt beslut som verksamhetsansvarig chef'],
      ['Hanna Förvaltningschef', 'Ditt beslut som förvaltningschef'],
    ] as const) {
      await signInAs(name);
      await page.getByRole('list', { name: 'Ärenden att hantera' }).getByRole('link', { name: ACCOUNT_NAME }).click();
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.getByRole('radio', { name: 'Godkänn' }).check();
      await page.getByRole('button', { name: 'Registrera beslut' }).click();
      await page.getByText('Beslutet är registrerat: planen är godkänd.').waitFor();
      await expect.poll(() => textOf(page.locator('.smg-steps'))).toContain(name);
      await shot(name.startsWith('Ulf') ? '05-verksamhetschef-godkanner' : '06-forvaltningschef-godkanner');
      await page.getByRole('link', { name: 'Att hantera' }).first().click();
      await page.getByText('Inget väntar på dig just nu.').waitFor();
      await signOut();
    }

    // The editor provisions the account item by item; the last one activates it.
    await signInAs('Elin Redaktör');
    await page.getByRole('link', { name: ACCOUNT_NAME }).click();
    await page.getByRole('heading', { name: 'Upprätta kontot' }).waitFor();
    await shot('07-redaktor-upprattande');
    const items = page.locator('li.smg-provisioning__item');
    const count = await items.count();
    // Which items apply depends on the platform and the municipality's policy (credentials deposited or not).
    expect(count).toBeGreaterThanOrEqual(6);
    for (let i = 0; i < count; i++) {
      const item = items.nth(i);
      const key = await item.getAttribute('data-item');
      if (key === 'PROFILE_TEXT_PUBLISHED') {
        await item.getByRole('textbox', { name: 'Länk till profiltexten' }).fill('https://www.instagram.com/biblioteket_unga');
      }
      if (key === 'ADMINISTRATORS_TWO_FACTOR') {
        for (const box of await item.getByRole('checkbox', { name: 'Tvåfaktorsautentisering är bekräftad' }).all()) await box.check();
      }
      if (key === 'COMMUNICATIONS_ADMIN_RIGHTS' || key === 'CREDENTIALS_DEPOSITED' || key === 'LOGO_APPLIED') {
        await item.getByRole('checkbox').check();
      }
      await item.getByRole('button', { name: 'Markera som klar' }).click();
      await item.getByText(/^Klar /).waitFor();
    }
    await page.getByText('Kontot är aktivt', { exact: true }).first().waitFor();
    expect(await page.locator('li.smg-provisioning__item--done').count()).toBe(count);
    await expect.poll(() => textOf(page.locator('.smg-page__header'))).toContain('Aktiv');
    await expect.poll(() => textOf(page.locator('main'))).toContain('Kontot finns nu i kommunens förteckning');
    await expect.poll(() => textOf(page.locator('.smg-timeline'))).toContain('Kontot är aktivt');
    await shot('08-redaktor-aktivt');

    await page.getByRole('link', { name: '← Mina ansökningar' }).click();
    const listed = page.locator('.smg-account-list__item', { hasText: ACCOUNT_NAME });
    await expect.poll(() => textOf(listed)).toContain('Aktiv');
    await shot('09-mina-ansokningar');
  });
});

async function fillPerson(group: Locator, [name, email, phone]: [string, string, string]) {
  await group.getByRole('textbox', { name: 'Namn' }).fill(name);
  await group.getByRole('textbox', { name: 'E-post' }).fill(email);
  await group.getByRole('textbox', { name: 'Telefon' }).fill(phone);
}
