import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InstagramGraphConnector, type AccountRef } from '../src/index.js';
import { recordedApi, type RecordedApi } from './support/recorded-api.js';

const USER_ID = '17841400000000001';
const account: AccountRef = { platform: 'INSTAGRAM', handle: 'biblioteket_demokommun', webAddress: 'https://www.instagram.com/biblioteket_demokommun' };

let api: RecordedApi;
let connector: InstagramGraphConnector;

beforeAll(async () => {
  api = await recordedApi(({ path, query }) => {
    switch (path) {
      case `/v19.0/${USER_ID}`:
        return { fixture: 'instagram/user.json' };
      case `/v19.0/${USER_ID}/media`:
        return { fixture: query.get('after') ? 'instagram/media-2.json' : 'instagram/media-1.json' };
      case '/v19.0/18030000000000011/comments':
        return { fixture: 'instagram/comments-media1.json' };
      case '/v19.0/17900000000000021/replies':
        return { fixture: 'instagram/replies-17900000000000021-2.json' };
      case '/v19.0/18030000000000012/comments':
      case '/v19.0/18030000000000013/comments':
        return { fixture: 'instagram/comments-empty.json' };
    }
    return undefined;
  });
  // The Graph API knows an Instagram account by its user id, not by the handle in the register.
  connector = new InstagramGraphConnector({ baseUrl: `${api.origin}/v19.0`, accessToken: 'igtoken', accountId: () => USER_ID });
});

afterAll(() => api.close());

describe('Instagram Graph adapter against recorded responses', () => {
  it('reads the profile', async () => {
    expect(await connector.profile(account)).toEqual({
      displayName: 'Biblioteket i Demokommun',
      description: 'Boktips, evenemang och sagostunder från biblioteken i Demokommun.',
      followers: 2314,
      pictureUrl: 'https://scontent.cdninstagram.com/v/t51.2885-19/biblioteket_profil.jpg',
    });
  });

  it('fetches media across pages: a carousel by its children, a video by its thumbnail, replies across their own pages', async () => {
    const posts = await connector.postsSince(account, new Date('2026-10-01T00:00:00Z'));
    expect(posts.map((post) => [post.id, post.createdAt.toISOString()])).toEqual([
      ['18030000000000011', '2026-11-02T14:00:00.000Z'],
      ['18030000000000012', '2026-10-25T10:30:00.000Z'],
      ['18030000000000013', '2026-10-20T08:00:00.000Z'],
    ]);
    expect(posts[0].imageUrls).toEqual([
      'https://scontent.cdninstagram.com/v/t51.29350-15/saga1.jpg',
      'https://scontent.cdninstagram.com/v/t51.29350-15/saga2_thumb.jpg',
    ]);
    expect(posts[1].imageUrls).toEqual(['https://scontent.cdninstagram.com/v/t51.29350-15/boktips_thumb.jpg']);
    expect(posts[0].permalink).toBe('https://www.instagram.com/p/C1aAaAaAaAa/');
    const [thread, question] = posts[0].comments;
    expect(thread.author).toBe('mamma_i_demokommun');
    expect(thread.replies.map((reply) => reply.text)).toEqual(['Vad roligt att höra! Välkomna tillbaka på jullovet.', 'Det gör vi gärna 😊']);
    expect(question.text).toBe('Blir det fler på engelska?');
    expect(posts[2].comments).toEqual([]);
  });

  it('last activity is the newest reply', async () => {
    expect(await connector.lastActivityAt(account)).toEqual(new Date('2026-11-03T18:45:00Z'));
  });
});
