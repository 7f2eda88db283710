/**
 * YouTube Data API v3. A channel's videos are the items of its uploads playlist (playlistItems costs one quota
 * unit a page, search costs a hundred); comments are commentThreads, whose embedded replies are only a subset, so
 * a thread with more replies than embedded fetches them through comments.list. Lists page with nextPageToken.
 */
import { ApiConnector, PARALLEL_REQUESTS, type AdapterConfig, type ListedPost, type PostRange } from './adapter.js';
import type { AccountRef, PlatformComment, PlatformProfile } from './connector.js';
import { chronological } from './connector.js';
import { PlatformApiError, mapLimited, parseTime } from './http.js';

interface YouTubeList<T> {
  items: T[];
  nextPageToken?: string;
}

interface Thumbnails {
  default?: { url: string };
  medium?: { url: string };
  high?: { url: string };
  standard?: { url: string };
  maxres?: { url: string };
}

interface Channel {
  id: string;
  snippet: { title: string; description?: string; thumbnails?: Thumbnails };
  statistics?: { subscriberCount?: string; hiddenSubscriberCount?: boolean };
  contentDetails: { relatedPlaylists: { uploads: string } };
}

interface PlaylistItem {
  snippet: { publishedAt: string; title: string; description?: string; thumbnails?: Thumbnails; resourceId: { videoId: string } };
  contentDetails?: { videoId: string; videoPublishedAt?: string };
}

interface Comment {
  id: string;
  snippet: { authorDisplayName?: string; textOriginal?: string; textDisplay?: string; publishedAt: string };
}

interface CommentThread {
  id: string;
  snippet: { topLevelComment: Comment; totalReplyCount: number };
  replies?: { comments: Comment[] };
}

const MAX_RESULTS = 50;
const MAX_COMMENT_RESULTS = 100;

export class YouTubeConnector extends ApiConnector {
  constructor(config: AdapterConfig) {
    super(config, 'YouTube');
  }

  async profile(account: AccountRef): Promise<PlatformProfile> {
    const channel = await this.channel(account);
    const statistics = channel.statistics;
    return {
      displayName: channel.snippet.title,
      description: channel.snippet.description ?? '',
      followers: statistics?.subscriberCount && !statistics.hiddenSubscriberCount ? Number(statistics.subscriberCount) : null,
      pictureUrl: largest(channel.snippet.thumbnails),
    };
  }

  protected async listPosts(account: AccountRef, range: PostRange): Promise<ListedPost[]> {
    const channel = await this.channel(account);
    const query = { part: 'snippet,contentDetails', playlistId: channel.contentDetails.relatedPlaylists.uploads };
    const items =
      'newest' in range
        ? (await this.api.get<YouTubeList<PlaylistItem>>('playlistItems', { ...query, maxResults: range.newest })).items
        : await this.all<PlaylistItem>('playlistItems', { ...query, maxResults: MAX_RESULTS });
    return items.map((item) => {
      const videoId = item.contentDetails?.videoId ?? item.snippet.resourceId.videoId;
      const thumbnail = largest(item.snippet.thumbnails);
      return {
        id: videoId,
        createdAt: parseTime(item.contentDetails?.videoPublishedAt ?? item.snippet.publishedAt),
        text: [item.snippet.title, item.snippet.description].filter(Boolean).join('\n\n'),
        permalink: `https://www.youtube.com/watch?v=${videoId}`,
        imageUrls: thumbnail ? [thumbnail] : [],
      };
    });
  }

  /** The handle is the channel's @-handle, with or without the @. */
  private async channel(account: AccountRef): Promise<Channel> {
    const id = this.accountId(account);
    const handle = id.startsWith('@') ? id : `@${id}`;
    const { items } = await this.api.get<YouTubeList<Channel>>('channels', { part: 'snippet,statistics,contentDetails', forHandle: handle });
    if (!items?.length) {
      throw new PlatformApiError(`${this.api.platform}: kanalen ${handle} finns inte`, this.api.platform, 404, false, 'channelNotFound');
    }
    return items[0];
  }

  protected async comments(videoId: string): Promise<PlatformComment[]> {
    let threads: CommentThread[];
    try {
      threads = await this.all<CommentThread>('commentThreads', {
        part: 'snippet,replies',
        videoId,
        textFormat: 'plainText',
        maxResults: MAX_COMMENT_RESULTS,
      });
    } catch (error) {
      // A video whose comments are turned off has none to archive; that is not a failure.
      if (error instanceof PlatformApiError && error.reason === 'commentsDisabled') return [];
      throw error;
    }
    const comments = await mapLimited(threads, PARALLEL_REQUESTS, async (thread) => {
      const embedded = thread.replies?.comments ?? [];
      const replies =
        thread.snippet.totalReplyCount > embedded.length
          ? await this.all<Comment>('comments', {
              part: 'snippet',
              parentId: thread.snippet.topLevelComment.id,
              textFormat: 'plainText',
              maxResults: MAX_COMMENT_RESULTS,
            })
          : embedded;
      return { ...toComment(thread.snippet.topLevelComment), replies: chronological(replies.map(toComment)) };
    });
    return chronological(comments);
  }

  private async all<T>(path: string, query: Record<string, string | number>): Promise<T[]> {
    const items: T[] = [];
    let pageToken: string | undefined;
    do {
      const page = await this.api.get<YouTubeList<T>>(path, { ...query, pageToken });
      items.push(...(page.items ?? []));
      pageToken = page.nextPageToken;
    } while (pageToken);
    return items;
  }
}

function toComment(comment: Comment): PlatformComment {
  return {
    id: comment.id,
    createdAt: parseTime(comment.snippet.publishedAt),
    author: comment.snippet.authorDisplayName ?? null,
    text: comment.snippet.textOriginal ?? comment.snippet.textDisplay ?? '',
    replies: [],
  };
}

function largest(thumbnails: Thumbnails | undefined): string | null {
  if (!thumbnails) return null;
  return (thumbnails.maxres ?? thumbnails.standard ?? thumbnails.high ?? thumbnails.medium ?? thumbnails.default)?.url ?? null;
}
