import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, simulatorUnderTest, type SimulatorUnderTest } from './support.js';

let first: SimulatorUnderTest;
let second: SimulatorUnderTest;

beforeAll(async () => {
  [first, second] = await Promise.all([simulatorUnderTest(), simulatorUnderTest()]);
});

afterAll(async () => {
  await Promise.all([first.simulator.close(), second.simulator.close()]);
});

/** Content without the simulator's own address, which differs between instances. */
const portable = (value: unknown, url: string) => JSON.parse(JSON.stringify(value).replaceAll(url, 'SIM'));

describe('deterministic content', () => {
  const demo = account('FACEBOOK', 'demokommun');
  const since = new Date('2020-01-01T00:00:00Z');

  it('two simulators show the same default account, post for post and comment for comment', async () => {
    const [a, b] = await Promise.all([first.connector('FACEBOOK').postsSince(demo, since), second.connector('FACEBOOK').postsSince(demo, since)]);
    expect(a.length).toBeGreaterThan(10);
    expect(portable(a, first.simulator.url)).toEqual(portable(b, second.simulator.url));
    expect(portable(await first.connector('FACEBOOK').profile(demo), first.simulator.url)).toEqual(
      portable(await second.connector('FACEBOOK').profile(demo), second.simulator.url),
    );
    const pages = await Promise.all([first, second].map(async (sim) => (await fetch(`${sim.simulator.url}/facebook/demokommun`)).text()));
    expect(pages[0]).toBe(pages[1]);
  });

  it('a default account was last active one to three days before today, with nothing later', async () => {
    const last = await first.connector('FACEBOOK').lastActivityAt(demo);
    const ageInDays = (new Date('2026-11-23T12:00:00Z').getTime() - last!.getTime()) / 86_400_000;
    expect(ageInDays).toBeGreaterThan(0);
    expect(ageInDays).toBeLessThan(4);
    const posts = await first.connector('FACEBOOK').postsSince(demo, since);
    expect(posts[0].createdAt).toEqual(last);
  });

  it('the same handle on another platform is another account', async () => {
    const facebook = await first.connector('FACEBOOK').postsSince(demo, since);
    const instagram = await first.connector('INSTAGRAM').postsSince(account('INSTAGRAM', 'demokommun'), since);
    expect(instagram.map((post) => post.text)).not.toEqual(facebook.map((post) => post.text));
    expect(instagram[0].id).toBe(`instagram:demokommun~p${instagram.length}`);
  });
});
