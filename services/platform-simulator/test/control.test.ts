import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { account, simulatorUnderTest, type SimulatorUnderTest } from './support.js';

let sim: SimulatorUnderTest;

beforeAll(async () => {
  sim = await simulatorUnderTest();
});

afterAll(() => sim.simulator.close());

describe('control endpoints', () => {
  it('refuses a registration it cannot use, saying why', async () => {
    const response = await sim.control('/accounts', { platform: 'MYSPACE', postCount: -1 });
    expect(response.status).toBe(400);
    expect((await response.json()).error).toBe(
      'platform måste vara en av FACEBOOK, INSTAGRAM, LINKEDIN, YOUTUBE, X, TIKTOK, BLOG, PODCAST, OTHER; handle saknas; postCount måste vara ett heltal ≥ 0',
    );
  });

  it('registers an account with a post count and a last activity, and lists it', async () => {
    const response = await sim.control('/accounts', { platform: 'youtube', handle: 'biblioteketberattar', postCount: 3, lastActivityAt: '2026-06-01T08:00:00Z' });
    expect(response.status).toBe(201);
    const registered = await response.json();
    expect(registered).toEqual({
      id: 'youtube:biblioteketberattar',
      platform: 'YOUTUBE',
      handle: 'biblioteketberattar',
      displayName: 'Biblioteketberattar',
      pageUrl: '/youtube/biblioteketberattar',
      postCount: 3,
      lastActivityAt: '2026-06-01T08:00:00.000Z',
    });
    expect(await (await fetch(`${sim.simulator.url}/_sim/accounts`)).json()).toEqual([registered]);
    const posts = await sim.connector('YOUTUBE').postsSince(account('YOUTUBE', 'biblioteketberattar'), new Date(0));
    expect(posts).toHaveLength(3);
  });

  it('publishes a post now, with generated text when none is given', async () => {
    const response = await sim.control('/accounts/YOUTUBE/biblioteketberattar/posts');
    expect(response.status).toBe(201);
    const post = await response.json();
    expect(post).toMatchObject({ id: 'youtube:biblioteketberattar~p4', createdAt: '2026-11-23T12:00:00.000Z' });
    expect(post.text.length).toBeGreaterThan(20);
    expect(await sim.connector('YOUTUBE').lastActivityAt(account('YOUTUBE', 'biblioteketberattar'))).toEqual(new Date('2026-11-23T12:00:00Z'));
  });

  it('publishes a post at a given time, leaving the older posts and their comments as they were', async () => {
    const key = account('YOUTUBE', 'biblioteketberattar');
    const before = await sim.connector('YOUTUBE').postsSince(key, new Date(0));
    const at = '2036-12-06T23:03:10.000Z';
    const response = await sim.control('/accounts/YOUTUBE/biblioteketberattar/posts', { text: 'Vi är tillbaka!', createdAt: at });
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ createdAt: at, text: 'Vi är tillbaka!' });
    const after = await sim.connector('YOUTUBE').postsSince(key, new Date(0));
    expect(after.slice(1)).toEqual(before);
    expect(after[0]).toMatchObject({ text: 'Vi är tillbaka!', createdAt: new Date(at), comments: [] });
    expect(await sim.connector('YOUTUBE').lastActivityAt(key)).toEqual(new Date(at));

    const refused = await sim.control('/accounts/YOUTUBE/biblioteketberattar/posts', { createdAt: 'i går' });
    expect(refused.status).toBe(400);
    expect((await refused.json()).error).toBe('createdAt måste vara en tidpunkt (ISO 8601)');
  });

  it('answers an unknown platform with a Swedish 404 page', async () => {
    const response = await fetch(`${sim.simulator.url}/myspace/demokommun`, { headers: { accept: 'text/html' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Sidan finns inte');
  });

  it('reset forgets registrations and published posts', async () => {
    expect((await sim.control('/reset')).status).toBe(204);
    expect(await (await fetch(`${sim.simulator.url}/_sim/accounts`)).json()).toEqual([]);
    const posts = await sim.connector('YOUTUBE').postsSince(account('YOUTUBE', 'biblioteketberattar'), new Date(0));
    expect(posts.length).toBeGreaterThanOrEqual(14);
    expect(posts.every((post) => post.createdAt < new Date('2026-11-23T00:00:00Z'))).toBe(true);
  });
});
