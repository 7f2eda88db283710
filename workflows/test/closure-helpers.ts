import type { DemoOrganisation } from '@smg/db';
import type { Platform } from '@smg/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import type { OpeningClient } from '../src/client.js';
import { actingAs, evidenceFor, samplePlan } from './helpers.js';

/**
 * An account taken through the real opening lifecycle to ACTIVE, on a handle of its own so the platform simulator
 * can be told its last activity. Default rules: credentials deposited for every platform but Facebook.
 */
export async function activeAccount(openings: OpeningClient, org: DemoOrganisation, options: { platform?: Platform; name: string }) {
  const accountId = randomUUID();
  const platform = options.platform ?? 'INSTAGRAM';
  const handle = `${options.name}_${accountId.slice(0, 8)}`;
  const editor = actingAs(org, 'editor', 'EDITOR');
  await openings.apply({
    accountId,
    municipalityId: org.municipality.id,
    administrationId: org.units.library.administrationId,
    unitId: org.units.library.id,
    scope: 'UNIT',
    plan: samplePlan(org, { platform, handle, displayName: `Biblioteket ${options.name}`, webAddress: `https://example.invalid/${handle}` }),
    by: editor,
  });
  await openings.submitPlan(accountId, editor);
  await openings.recordConsultation(accountId, 'Lämplig kanal.', actingAs(org, 'communications', 'COMMUNICATIONS'));
  await openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, actingAs(org, 'unitManager', 'UNIT_MANAGER'));
  await openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, actingAs(org, 'headOfAdministration', 'HEAD_OF_ADMINISTRATION'));
  let state = await openings.state(accountId);
  for (let i = 0; state.status !== 'PROVISIONING' && i < 100; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    state = await openings.state(accountId);
  }
  for (const item of state.provisioning) {
    const evidence = item.key === 'ACCOUNT_CREATED' ? { url: `https://example.invalid/${handle}` } : evidenceFor(item.key, org);
    state = await openings.completeProvisioningItem(accountId, item.key, evidence, editor);
  }
  if (state.status !== 'ACTIVE') throw new Error(`the opening ended ${state.status}`);
  return { accountId, handle, platform, municipalityId: org.municipality.id };
}

/** Tells the platform simulator when the account last posted (the /_sim control API). */
export async function setLastPost(simulatorUrl: string, account: { platform: Platform; handle: string }, at: Date, postCount = 6): Promise<void> {
  await simulatorControl(`${simulatorUrl}/_sim/accounts`, { platform: account.platform, handle: account.handle, postCount, lastActivityAt: at.toISOString() });
}

/**
 * The account posts again at `at`: one post added, the rest of its history untouched, as on a platform. A watch's check
 * may be reading the account at that moment; unlike `setLastPost`, this never shows it a history half old, half new.
 */
export async function publishPost(simulatorUrl: string, account: { platform: Platform; handle: string }, at: Date): Promise<void> {
  await simulatorControl(`${simulatorUrl}/_sim/accounts/${account.platform}/${account.handle}/posts`, { createdAt: at.toISOString() });
}

/** POSTs to the simulator's control API; anything but 201 Created is an error with the simulator's answer. */
async function simulatorControl(url: string, body: unknown): Promise<void> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`the simulator refused: ${await response.text()}`);
}

/** Deletes the account on the simulated platform, as the unit does during a closure. */
export async function deleteOnPlatform(simulatorUrl: string, account: { platform: Platform; handle: string }): Promise<void> {
  const response = await fetch(`${simulatorUrl}/_sim/accounts/${account.platform}/${account.handle}`, { method: 'DELETE' });
  if (response.status !== 204) throw new Error(`the simulator refused: ${response.status}`);
}

export async function trail(dataSource: DataSource, accountId: string): Promise<string[]> {
  const rows = await dataSource.query('select action from audit_event where "accountId" = $1 order by id', [accountId]);
  return rows.map((r: { action: string }) => r.action);
}

export async function notificationsOf(dataSource: DataSource, accountId: string): Promise<Array<{ kind: string; name: string }>> {
  return dataSource.query(
    `select n.kind, u.name from notification n join app_user u on u.id = n."recipientUserId" where n."accountId" = $1 order by n."createdAt", n.kind, u.name`,
    [accountId],
  );
}

/**
 * Polls until `check` holds (real time: for work that runs, such as a snapshot, not for timers). A read that fails
 * is tried again until the time is up: a query right after a worker restart is refused until its poller is seen.
 */
export async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 180_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    let value: T | undefined;
    let failure: unknown;
    try {
      value = await read();
      if (done(value)) return value;
    } catch (error) {
      failure = error;
    }
    if (Date.now() > deadline) {
      if (failure) throw failure;
      throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
