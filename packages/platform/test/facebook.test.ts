import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FacebookGraphConnector, type AccountRef } from '../src/index.js';
import { recordedApi, type RecordedApi } from './support/recorded-api.js';

const account: AccountRef = { platform: 'FACEBOOK', handle: 'demokommun', webAddress: 'https://www.facebook.com/demokommun' };
const POST_1 = '104857600000001_901234567890123';
const POST_2 = '104857600000001_901234567890200';
const POST_3 = '104857600000001_901234567890300';

let api: RecordedApi;
let connector: FacebookGraphConnector;

beforeAll(async () => {
  api = await recordedApi(({ path, query }) => {
    switch (path) {
      case '/v19.0/demokommun':
        return { fixture: 'facebook/page.json' };
      case '/v19.0/demokommun/posts':
        return { fixture: 'facebook/posts-1.json' };
      case '/v19.0/104857600000001/posts':
        return query.get('after') ? { fixture: 'facebook/posts-2.json' } : undefined;
      case `/v19.0/${POST_1}/comments`:
        return { fixture: query.get('after') ? 'facebook/comments-post1-2.json' : 'facebook/comments-post1-1.json' };
      case '/v19.0/901234567890123_1111/comments':
        return { fixture: 'facebook/replies-1111.json' };
      case `/v19.0/${POST_2}/comments`:
        return { fixture: 'facebook/comments-empty.json' };
      case `/v19.0/${POST_3}/comments`:
        return { fixture: 'facebook/comments-post3.json' };
    }
    return undefined;
  });
  connector = new FacebookGraphConnector({ baseUrl: `${api.origin}/v19.0`, accessToken: 'sidtoken' });
});

afterAll(() => api.close());

describe('Facebook Graph adapter against recorded responses', () => {
  it('reads the page profile with the fields it asks for and the token as a bearer header', async () => {
    expect(await connector.profile(account)).toEqual({
      displayName: 'Demokommun',
      description: 'Välkommen till Demokommuns officiella sida. Inlägg och kommentarer kan bli allmänna handlingar.',
      followers: 12873,
      pictureUrl: 'https://scontent.xx.fbcdn.net/v/t39.30808-1/demokommun_logo.jpg?stp=cp0_dst-jpg_s50x50',
    });
    const [request] = api.requestsTo('/v19.0/demokommun');
    expect(request.headers.authorization).toBe('Bearer sidtoken');
    expect(request.query.get('fields')).toContain('followers_count');
  });

  it('fetches posts since a date across pages, with every comment page and the replies', async () => {
    const since = new Date('2026-10-01T00:00:00Z');
    const posts = await connector.postsSince(account, since);

    expect(api.requestsTo('/v19.0/demokommun/posts').at(-1)!.query.get('since')).toBe(String(since.getTime() / 1000));
    expect(posts.map((post) => post.id)).toEqual([POST_1, POST_2, POST_3]);
    const [first, album, textOnly] = posts;
    expect(first.createdAt).toEqual(new Date('2026-11-04T07:30:00Z'));
    expect(first.permalink).toBe('https://www.facebook.com/104857600000001/posts/901234567890123');
    expect(first.imageUrls).toEqual(['https://scontent.xx.fbcdn.net/v/t39.30808-6/plogbil.jpg']);
    expect(album.imageUrls).toEqual([
      'https://scontent.xx.fbcdn.net/v/t39.30808-6/invigning1.jpg',
      'https://scontent.xx.fbcdn.net/v/t39.30808-6/invigning2.jpg',
    ]);
    expect(textOnly.imageUrls).toEqual([]);

    expect(first.comments.map((comment) => [comment.author, comment.text])).toEqual([
      ['Karin Lind', 'När plogas Björkvägen?'],
      ['Ahmed Yusuf', 'Tack för att ni börjar med skolvägarna!'],
    ]);
    expect(first.comments[0].replies.map((reply) => reply.id)).toEqual(['901234567890123_1112', '901234567890123_1113']);
    expect(first.comments[0].replies[0].author).toBe('Demokommun');
    expect(album.comments).toEqual([]);
    expect(textOnly.comments.map((comment) => comment.text)).toEqual(['Var hittar jag planförslaget?']);
  });

  it('keeps only posts at or after the date even when the API returns older ones', async () => {
    const posts = await connector.postsSince(account, new Date('2026-10-20T00:00:00Z'));
    expect(posts.map((post) => post.id)).toEqual([POST_1, POST_2]);
    expect(api.requests.filter((request) => request.path === `/v19.0/${POST_3}/comments`)).toHaveLength(1);
  });

  it('takes the last activity from the newest posts and their comments (a reply here), one page only', async () => {
    const before = api.requestsTo('/v19.0/104857600000001/posts').length;
    expect(await connector.lastActivityAt(account)).toEqual(new Date('2026-11-05T16:12:00Z'));
    expect(api.requestsTo('/v19.0/demokommun/posts').at(-1)!.query.get('limit')).toBe('10');
    expect(api.requestsTo('/v19.0/104857600000001/posts')).toHaveLength(before);
  });

  it('renders the public page at the address in the register', () => {
    expect(connector.publicPageUrl(account)).toBe('https://www.facebook.com/demokommun');
  });
});
