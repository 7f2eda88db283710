import { PlatformApiError } from '@smg/platform';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NOW, account, commentIds, simulatorUnderTest, type SimulatorUnderTest } from './support.js';

let sim: SimulatorUnderTest;

beforeAll(async () => {
  sim = await simulatorUnderTest();
});

afterAll(() => sim.simulator.close());

describe('the Graph adapter of @smg/platform against the simulator', () => {
  const library = account('INSTAGRAM', 'biblioteket_demokommun');

  beforeAll(async () => {
    const response = await sim.control('/accounts', {
      platform: 'INSTAGRAM',
      handle: 'biblioteket_demokommun',
      displayName: 'Biblioteket i Demokommun',
      postCount: 130,
      lastActivityAt: '2026-11-20T09:00:00Z',
    });
    expect(response.status).toBe(201);
  });

  it('reads the profile', async () => {
    const profile = await sim.connector('INSTAGRAM').profile(library);
    expect(profile.displayName).toBe('Biblioteket i Demokommun');
    expect(profile.description).toContain('allmänna handlingar');
    expect(profile.followers).toBeGreaterThan(0);
    expect(profile.pictureUrl).toBe(`${sim.simulator.url}/media/instagram/biblioteket_demokommun/avatar.svg`);
    expect(await (await fetch(profile.pictureUrl!)).text()).toMatch(/^<svg /);
  });

  it('fetches every post since a date across pages, with all comments and replies as the simulator has them', async () => {
    const truth = sim.simulator.store.account(library).posts;
    const since = truth[119].createdAt;
    sim.fetched.length = 0;
    const posts = await sim.connector('INSTAGRAM').postsSince(library, since);

    const postPages = sim.fetched.filter((url) => url.pathname.endsWith('/posts'));
    expect(postPages).toHaveLength(2);
    expect(postPages[1].searchParams.get('after')).toBeTruthy();
    expect(posts.map((post) => post.id)).toEqual(truth.slice(0, 120).map((post) => post.id));
    expect(posts[0].createdAt).toEqual(new Date('2026-11-20T09:00:00Z'));
    for (const [index, post] of posts.entries()) {
      expect(commentIds(post.comments)).toEqual(commentIds(truth[index].comments));
      expect(post.imageUrls).toHaveLength(truth[index].images.length);
    }
    const replies = posts.flatMap((post) => post.comments.flatMap((comment) => comment.replies));
    expect(replies.length).toBeGreaterThan(0);
    expect(replies.some((reply) => reply.author === 'Biblioteket i Demokommun')).toBe(true);
    const withImage = posts.find((post) => post.imageUrls.length > 0)!;
    expect((await fetch(withImage.imageUrls[0])).headers.get('content-type')).toContain('image/svg+xml');
  });

  it('reports the registered last activity, and a post published now moves it', async () => {
    const connector = sim.connector('INSTAGRAM');
    expect(await connector.lastActivityAt(library)).toEqual(new Date('2026-11-20T09:00:00Z'));

    const later = new Date('2026-11-24T08:15:00Z');
    sim.setNow(later);
    const response = await sim.control('/accounts/instagram/biblioteket_demokommun/posts', { text: 'Nu är vi tillbaka!' });
    expect(response.status).toBe(201);
    const published = (await response.json()) as { id: string; createdAt: string };
    expect(published.createdAt).toBe(later.toISOString());

    expect(await connector.lastActivityAt(library)).toEqual(later);
    const [newest] = await connector.postsSince(library, later);
    expect(newest).toMatchObject({ id: published.id, text: 'Nu är vi tillbaka!', comments: [] });
    sim.setNow(NOW);
  });

  it('an account registered as quiet looks quiet', async () => {
    await sim.control('/accounts', { platform: 'FACEBOOK', handle: 'tyst_forening', postCount: 4, lastActivityAt: '2025-02-01T10:00:00Z' });
    const quiet = account('FACEBOOK', 'tyst_forening');
    expect(await sim.connector('FACEBOOK').lastActivityAt(quiet)).toEqual(new Date('2025-02-01T10:00:00Z'));
    expect(await sim.connector('FACEBOOK').postsSince(quiet, new Date('2025-06-30T22:00:00Z'))).toEqual([]);
  });

  it('an account that never posted has no last activity', async () => {
    await sim.control('/accounts', { platform: 'LINKEDIN', handle: 'nystartad', postCount: 0 });
    expect(await sim.connector('LINKEDIN').lastActivityAt(account('LINKEDIN', 'nystartad'))).toBeNull();
  });

  it('speaks Graph: fields selection, cursors, and Graph errors the adapter reports as final', async () => {
    const base = `${sim.simulator.url}/v19.0`;
    const profile = await (await fetch(`${base}/instagram:biblioteket_demokommun?fields=name,picture{url}`)).json();
    expect(Object.keys(profile).sort()).toEqual(['id', 'name', 'picture']);

    const page = await (await fetch(`${base}/instagram:biblioteket_demokommun/posts?limit=3&fields=id,created_time`)).json();
    expect(page.data).toHaveLength(3);
    expect(Object.keys(page.data[0]).sort()).toEqual(['created_time', 'id']);
    expect(page.data[0].created_time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0000$/);
    expect(page.paging.cursors).toEqual({ before: expect.any(String), after: expect.any(String) });
    const next = await (await fetch(page.paging.next)).json();
    expect(next.data[0].id).not.toBe(page.data[2].id);

    const missing = await fetch(`${base}/myspace:okand`);
    expect(missing.status).toBe(400);
    expect((await missing.json()).error).toMatchObject({ code: 100, type: 'GraphMethodException' });
    const error = await sim.connector('OTHER').profile(account('OTHER', 'x~p999')).catch((reason: unknown) => reason);
    expect(error).toBeInstanceOf(PlatformApiError);
    expect(error).toMatchObject({ status: 400, retryable: false, platform: 'Plattformssimulatorn' });
  });

  it('the connector points browsers at the simulated public page', async () => {
    const url = sim.connector('INSTAGRAM').publicPageUrl(library);
    expect(url).toBe(`${sim.simulator.url}/instagram/biblioteket_demokommun`);
    const response = await fetch(url);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(await response.text()).toContain('<html lang="sv">');
  });
});
