import { PlatformApiError } from '@smg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, simulatorUnderTest, type SimulatorUnderTest } from './support.js';

let sim: SimulatorUnderTest;

beforeAll(async () => {
  sim = await simulatorUnderTest();
});

afterAll(() => sim.simulator.close());

describe('an account deleted on the platform (what a closure asks the unit to do)', () => {
  it('is unknown to the API and its public page is gone, until it is registered again', async () => {
    const ref = account('INSTAGRAM', 'sommarlov_demokommun');
    expect((await sim.connector('INSTAGRAM').profile(ref)).displayName).toBeTruthy();

    const deleted = await fetch(`${sim.simulator.url}/_sim/accounts/INSTAGRAM/sommarlov_demokommun`, { method: 'DELETE' });
    expect(deleted.status).toBe(204);

    const refused = await sim.connector('INSTAGRAM').profile(ref).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(PlatformApiError);
    expect((refused as PlatformApiError).status).toBe(400);
    expect((refused as PlatformApiError).retryable).toBe(false);
    const page = await fetch(`${sim.simulator.url}/instagram/sommarlov_demokommun`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('Kontot finns inte längre');
    // Another account on the same platform is untouched.
    expect((await sim.connector('INSTAGRAM').profile(account('INSTAGRAM', 'biblioteket_demokommun'))).displayName).toBeTruthy();

    expect((await sim.control('/accounts', { platform: 'INSTAGRAM', handle: 'sommarlov_demokommun', postCount: 2 })).status).toBe(201);
    expect(await sim.connector('INSTAGRAM').postsSince(ref, new Date(0))).toHaveLength(2);
  });
});
