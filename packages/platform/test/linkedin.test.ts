import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LINKEDIN_DEFAULT_VERSION, LinkedInConnector, type AccountRef } from '../src/index.js';
import { recordedApi, type RecordedApi } from './support/recorded-api.js';

const account: AccountRef = {
  platform: 'LINKEDIN',
  handle: 'biblioteken-demokommun',
  webAddress: 'https://www.linkedin.com/company/biblioteken-demokommun',
};
const ORGANIZATION = 'urn:li:organization:10480001';
const COMMENT_1 = 'urn:li:comment:(urn:li:activity:7392000000000000010,7392100000000000001)';

let api: RecordedApi;
let connector: LinkedInConnector;

beforeAll(async () => {
  api = await recordedApi(({ path, query }) => {
    switch (path) {
      case '/rest/organizations':
        return query.get('q') === 'vanityName' && query.get('vanityName') === 'biblioteken-demokommun'
          ? { fixture: 'linkedin/organizations.json' }
          : undefined;
      case `/rest/networkSizes/${ORGANIZATION}`:
        return query.get('edgeType') === 'COMPANY_FOLLOWED_BY_MEMBER' ? { fixture: 'linkedin/network-size.json' } : undefined;
      case '/rest/images/urn:li:image:C4D0BAQHlogoOrig01':
        return { fixture: 'linkedin/image-logo.json' };
      case '/rest/images/urn:li:image:D4D22AQFpost1img':
        return { fixture: 'linkedin/image-post1.json' };
      case '/rest/posts':
        if (query.get('q') !== 'author' || query.get('author') !== ORGANIZATION) return undefined;
        return { fixture: query.get('start') === '2' ? 'linkedin/posts-2.json' : 'linkedin/posts-1.json' };
      case '/rest/socialActions/urn:li:share:7392000000000000001/comments':
        return { fixture: 'linkedin/comments-post1.json' };
      case `/rest/socialActions/${COMMENT_1}/comments`:
        return { fixture: 'linkedin/replies-comment1.json' };
      case '/rest/socialActions/urn:li:ugcPost:7389000000000000002/comments':
        return { fixture: 'linkedin/comments-empty.json' };
      case '/rest/socialActions/urn:li:share:7380000000000000003/comments':
        return { fixture: 'linkedin/comments-post3.json' };
    }
    return undefined;
  });
  connector = new LinkedInConnector({ baseUrl: `${api.origin}/rest`, accessToken: 'litoken' });
});

afterAll(() => api.close());

describe('LinkedIn REST adapter against recorded responses', () => {
  it('reads the organisation by vanity name, its followers and its logo, with the versioned Rest.li headers', async () => {
    expect(await connector.profile(account)).toEqual({
      displayName: 'Biblioteken i Demokommun',
      description: 'Biblioteken stöttar arbetssökande och rekryterar bibliotekarier.',
      followers: 812,
      pictureUrl: 'https://media.licdn.com/dms/image/C4D0BAQHlogoOrig01/company-logo_400_400/0/1700000000000?e=1795000000&v=beta&t=logo',
    });
    const [request] = api.requestsTo('/rest/organizations');
    expect(request.headers['linkedin-version']).toBe(LINKEDIN_DEFAULT_VERSION);
    expect(request.headers['x-restli-protocol-version']).toBe('2.0.0');
    expect(request.headers.authorization).toBe('Bearer litoken');
  });

  it('follows the next link through the posts, resolves image URNs and fetches comments on comments', async () => {
    const posts = await connector.postsSince(account, new Date('2026-01-01T00:00:00Z'));
    expect(api.requestsTo('/rest/posts').map((request) => request.query.get('start'))).toEqual(['0', '2']);
    expect(posts.map((post) => post.id)).toEqual([
      'urn:li:share:7392000000000000001',
      'urn:li:ugcPost:7389000000000000002',
      'urn:li:share:7380000000000000003',
    ]);
    const [job, article, fair] = posts;
    expect(job.createdAt).toEqual(new Date('2026-11-06T09:00:00Z'));
    expect(job.permalink).toBe('https://www.linkedin.com/feed/update/urn:li:share:7392000000000000001');
    expect(job.imageUrls).toEqual([
      'https://media.licdn.com/dms/image/D4D22AQFpost1img/feedshare-shrink_1280/0/1762000000000?e=1795000000&v=beta&t=post1',
    ]);
    expect(article.imageUrls).toEqual([]);
    expect(job.comments.map((comment) => comment.text)).toEqual(['Krävs bibliotekarieexamen?', 'Delar vidare!']);
    expect(job.comments[0].replies.map((reply) => [reply.author, reply.text])).toEqual([
      ['urn:li:organization:10480001', 'Ja, eller motsvarande utbildning. Hör gärna av dig till oss!'],
    ]);
    expect(job.comments[1].replies).toEqual([]);
    expect(api.requestsTo(`/rest/socialActions/urn:li:comment:(urn:li:activity:7392000000000000010,7392100000000000002)/comments`)).toEqual([]);
    expect(fair.comments.map((comment) => comment.author)).toEqual(['urn:li:person:St34Uv56Wx']);
  });

  it('last activity is the reply on the newest post', async () => {
    expect(await connector.lastActivityAt(account)).toEqual(new Date('2026-11-07T10:00:00Z'));
  });
});
