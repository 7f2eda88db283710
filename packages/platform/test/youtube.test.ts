import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { YouTubeConnector, type AccountRef } from '../src/index.js';
import { recordedApi, type RecordedApi } from './support/recorded-api.js';

const account: AccountRef = { platform: 'YOUTUBE', handle: 'biblioteketberattar', webAddress: 'https://www.youtube.com/@biblioteketberattar' };

let api: RecordedApi;
let connector: YouTubeConnector;

beforeAll(async () => {
  api = await recordedApi(({ path, query }) => {
    switch (path) {
      case '/youtube/v3/channels':
        return { fixture: query.get('forHandle') === '@biblioteketberattar' ? 'youtube/channels.json' : 'youtube/channels-none.json' };
      case '/youtube/v3/playlistItems':
        if (query.get('playlistId') !== 'UUd3mok0mmunB1bl1oteket01') return undefined;
        return { fixture: query.get('pageToken') === 'EAAaBlBUOkNBSQ' ? 'youtube/playlist-2.json' : 'youtube/playlist-1.json' };
      case '/youtube/v3/commentThreads':
        switch (query.get('videoId')) {
          case 'vid00000001':
            return { fixture: query.get('pageToken') === 'QURTSl9pMXQ2T2xqVTNh' ? 'youtube/threads-vid1-2.json' : 'youtube/threads-vid1-1.json' };
          case 'vid00000002':
            return { fixture: 'youtube/error-comments-disabled.json', status: 403 };
          case 'vid00000003':
            return { fixture: 'youtube/threads-empty.json' };
        }
        return undefined;
      case '/youtube/v3/comments':
        return query.get('parentId') === 'UgzThread0001' ? { fixture: 'youtube/replies-thread1.json' } : undefined;
    }
    return undefined;
  });
  connector = new YouTubeConnector({ baseUrl: `${api.origin}/youtube/v3`, accessToken: 'yttoken' });
});

afterAll(() => api.close());

describe('YouTube Data API adapter against recorded responses', () => {
  it('reads the channel by its handle', async () => {
    expect(await connector.profile(account)).toEqual({
      displayName: 'Biblioteket berättar',
      description: 'Författarsamtal och sagostunder från biblioteken i Demokommun.',
      followers: 1240,
      pictureUrl: 'https://yt3.ggpht.com/biblioteket=s800-c-k-c0x00ffffff-no-rj',
    });
    expect(api.requestsTo('/youtube/v3/channels')[0].query.get('part')).toBe('snippet,statistics,contentDetails');
  });

  it('lists the uploads across pages and fetches comments only for the videos since the date', async () => {
    const posts = await connector.postsSince(account, new Date('2026-10-01T00:00:00Z'));
    expect(api.requestsTo('/youtube/v3/playlistItems').map((request) => request.query.get('pageToken'))).toEqual([null, 'EAAaBlBUOkNBSQ']);
    expect(posts.map((post) => post.id)).toEqual(['vid00000001', 'vid00000002']);
    const [talk, story] = posts;
    expect(talk.createdAt).toEqual(new Date('2026-11-06T17:00:00Z'));
    expect(talk.text).toBe('Författarsamtal: Att skriva om sin hembygd\n\nInspelat på stadsbiblioteket den 30 oktober.');
    expect(talk.permalink).toBe('https://www.youtube.com/watch?v=vid00000001');
    expect(talk.imageUrls).toEqual(['https://i.ytimg.com/vi/vid00000001/maxresdefault.jpg']);
    expect(talk.comments.map((comment) => comment.text)).toEqual(['Fantastiskt samtal, tack!', 'Kommer nästa samtal också att sändas?']);
    // The thread embedded one of its three replies; comments.list gave all three.
    expect(talk.comments[0].replies.map((reply) => reply.author)).toEqual(['@biblioteketberattar', '@grannen', '@lasaren']);
    expect(story.comments).toEqual([]);
    expect(api.requests.some((request) => request.query.get('videoId') === 'vid00000003')).toBe(false);
  });

  it('last activity is the newest reply on the newest videos', async () => {
    expect(await connector.lastActivityAt(account)).toEqual(new Date('2026-11-08T07:45:00Z'));
    expect(api.requestsTo('/youtube/v3/playlistItems').at(-1)!.query.get('maxResults')).toBe('10');
  });

  it('a handle that names no channel is a clear, final error', async () => {
    await expect(connector.profile({ ...account, handle: 'finnsinte' })).rejects.toMatchObject({
      message: 'YouTube: kanalen @finnsinte finns inte',
      retryable: false,
    });
  });
});
