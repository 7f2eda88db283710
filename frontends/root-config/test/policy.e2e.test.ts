import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startE2eStack, textOf, type E2eStack } from './e2e-stack.js';

/**
 * The communications unit's policy microfrontend in real Chromium: it reads the rules in force with their seed
 * sections, publishes a new version (a refusal shown at its field first), and compares the two side by side.
 */

let stack: E2eStack;
let page: Page;

beforeAll(async () => {
  stack = await startE2eStack();
  page = stack.page;
});

afterAll(async () => {
  await stack?.close();
});

const row = (table: string, parameter: string) => page.getByRole('table', { name: table }).locator(`tr[data-parameter="${parameter}"]`);

describe('the municipality’s rules in the policy microfrontend', () => {
  it('the communications unit reads the rules in force, publishes a new version and compares it with the old one', async () => {
    await stack.signInAs('Klara Kommunikatör');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Riktlinjer' }).click();
    await page.getByRole('heading', { name: 'Riktlinjer för sociala medier – version 1' }).waitFor();
    // The demo municipality runs on Torsby's guidelines: twice-weekly monitoring, traced to seed 001 §4.
    await expect.poll(() => textOf(row('Regler', 'monitoringFrequency'))).toMatch(/Minst två gånger i veckan\s+seed 001 §4/);
    await expect.poll(() => textOf(row('Regler', 'approvalChain'))).toContain('Samråd med kommunikationsenheten → ');
    await stack.shot('20-riktlinjer-i-kraft');

    await page.getByRole('link', { name: 'Ny version' }).click();
    await page.getByRole('heading', { name: 'Ny version av riktlinjerna' }).waitFor();
    await page.getByRole('combobox', { name: /Uppsikt/ }).selectOption('EVERY_WORKING_DAY');
    await page.getByRole('spinbutton', { name: 'Påminnelse till beslutsfattare (arbetsdagar)' }).fill('0');
    await page.getByRole('textbox', { name: 'Varför ändras riktlinjerna?' }).fill('Nämnden vill att kontona bevakas varje arbetsdag.');
    await expect.poll(() => textOf(page.locator('form'))).toContain('Ändrat mot versionen som gäller nu: Påminnelse till beslutsfattare (arbetsdagar), Uppsikt (hur ofta kontot bevakas).');
    await page.getByRole('button', { name: 'Ge ut versionen' }).click();
    // The API refuses a deadline of zero days and says so at the field; nothing is published.
    await page.getByText('Versionen kunde inte ges ut').waitFor();
    const reminderField = page.locator('.smg-field', { has: page.getByRole('spinbutton', { name: 'Påminnelse till beslutsfattare (arbetsdagar)' }) });
    await expect.poll(() => reminderField.getAttribute('class')).toContain('smg-field--invalid');
    await stack.shot('21-ny-version-faltfel');

    await page.getByRole('spinbutton', { name: 'Påminnelse till beslutsfattare (arbetsdagar)' }).fill('3');
    await page.getByRole('button', { name: 'Ge ut versionen' }).click();
    await page.getByText('Version 2 är utgiven').waitFor();
    await expect.poll(() => textOf(row('Regler', 'monitoringFrequency'))).toMatch(/Minst en gång per arbetsdag\s+Ändrad i version 2: Nämnden vill/);
    await expect.poll(() => textOf(page.getByRole('table', { name: 'Versioner' }))).toMatch(/Version 2[^\n]*I kraft/);
    await stack.shot('22-version-utgiven');

    await page.getByRole('link', { name: '← Riktlinjerna i kraft' }).click();
    await page.getByRole('link', { name: 'Jämför versioner' }).click();
    await page.getByRole('heading', { name: 'Jämför versioner' }).waitFor();
    await page.getByText('1 regel skiljer sig').waitFor();
    const compared = row('Jämförelse', 'monitoringFrequency');
    expect(await compared.getAttribute('class')).toContain('smg-policy-compare__changed');
    await expect.poll(() => textOf(compared)).toMatch(/Ändrad[\s\S]*Minst två gånger i veckan[\s\S]*Minst en gång per arbetsdag/);
    await page.getByRole('checkbox', { name: 'Visa bara regler som skiljer sig' }).check();
    await expect.poll(() => page.getByRole('table', { name: 'Jämförelse' }).locator('tbody tr').count()).toBe(1);
    await stack.shot('23-jamfor-versioner');
    await stack.signOut();
  });

  it('others read the rules but cannot publish', async () => {
    await stack.signInAs('Elin Redaktör');
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Riktlinjer' }).click();
    await page.getByRole('heading', { name: /Riktlinjer för sociala medier – version/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Ny version' }).count()).toBe(0);
    await page.goto(`${stack.web.url}/riktlinjer/ny-version`);
    await page.getByText('Bara kommunikationsenheten ger ut nya versioner').waitFor();
  });
});
