/**
 * Meta's Graph API: Facebook pages and Instagram professional accounts. Lists come as `{ data, paging }` and the
 * adapter follows `paging.next` until it is absent (an empty page may still have one, as the Graph docs warn).
 */
import { ApiConnector, PARALLEL_REQUESTS, type AdapterConfig, type ListedPost, type PostRange } from './adapter.js';
import type { AccountRef, PlatformComment, PlatformProfile } from './connector.js';
import { chronological } from './connector.js';
import { mapLimited, parseTime, type ApiClient } from './http.js';

export interface GraphPage<T> {
  data: T[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string; previous?: string };
}

const PAGE_SIZE = 100;

/** Every item of a Graph list, starting from a page already fetched (a nested edge) or a request. */
export async function allGraphItems<T>(api: ApiClient, first: GraphPage<T>): Promise<T[]> {
  const items = [...first.data];
  const seen = new Set<string>();
  let next = first.paging?.next;
  while (next && !seen.has(next)) {
    seen.add(next);
    const page = await api.get<GraphPage<T>>(new URL(next));
    items.push(...page.data);
    next = page.paging?.next;
  }
  return items;
}

const unixSeconds = (time: Date) => Math.floor(time.getTime() / 1000);

// ---------------------------------------------------------------------------------------------------- Facebook

interface FacebookPage {
  id: string;
  name: string;
  about?: string;
  description?: string;
  followers_count?: number;
  fan_count?: number;
  picture?: { data?: { url?: string } };
}

interface FacebookAttachment {
  media?: { image?: { src?: string } };
  subattachments?: { data: FacebookAttachment[] };
}

interface FacebookPost {
  id: string;
  created_time: string;
  message?: string;
  permalink_url?: string;
  full_picture?: string;
  attachments?: { data: FacebookAttachment[] };
}

interface FacebookComment {
  id: string;
  created_time: string;
  message?: string;
  from?: { id?: string; name?: string };
  comment_count?: number;
}

export const FACEBOOK_PAGE_FIELDS = 'id,name,about,description,followers_count,fan_count,picture{url}';
export const FACEBOOK_POST_FIELDS = 'id,created_time,message,permalink_url,full_picture,attachments{media,subattachments}';
export const FACEBOOK_COMMENT_FIELDS = 'id,created_time,message,from,comment_count';

export class FacebookGraphConnector extends ApiConnector {
  constructor(config: AdapterConfig) {
    super(config, 'Facebook');
  }

  async profile(account: AccountRef): Promise<PlatformProfile> {
    const page = await this.api.get<FacebookPage>(encodeURIComponent(this.accountId(account)), { fields: FACEBOOK_PAGE_FIELDS });
    return {
      displayName: page.name,
      description: page.about ?? page.description ?? '',
      followers: page.followers_count ?? page.fan_count ?? null,
      pictureUrl: page.picture?.data?.url ?? null,
    };
  }

  protected async listPosts(account: AccountRef, range: PostRange): Promise<ListedPost[]> {
    const path = `${encodeURIComponent(this.accountId(account))}/posts`;
    const first = await this.api.get<GraphPage<FacebookPost>>(path, {
      fields: FACEBOOK_POST_FIELDS,
      limit: 'newest' in range ? range.newest : PAGE_SIZE,
      since: 'since' in range ? unixSeconds(range.since) : undefined,
    });
    const items = 'newest' in range ? first.data : await allGraphItems(this.api, first);
    return items.map((post) => ({
      id: post.id,
      createdAt: parseTime(post.created_time),
      text: post.message ?? '',
      permalink: post.permalink_url ?? null,
      imageUrls: facebookImages(post),
    }));
  }

  /** Top-level comments, then each one's replies through the comment's own comments edge. */
  protected async comments(objectId: string): Promise<PlatformComment[]> {
    const first = await this.api.get<GraphPage<FacebookComment>>(`${encodeURIComponent(objectId)}/comments`, {
      fields: FACEBOOK_COMMENT_FIELDS,
      filter: 'toplevel',
      order: 'chronological',
      limit: PAGE_SIZE,
    });
    const items = await allGraphItems(this.api, first);
    const comments = await mapLimited(items, PARALLEL_REQUESTS, async (comment) => ({
      id: comment.id,
      createdAt: parseTime(comment.created_time),
      author: comment.from?.name ?? comment.from?.id ?? null,
      text: comment.message ?? '',
      replies: comment.comment_count ? await this.comments(comment.id) : [],
    }));
    return chronological(comments);
  }
}

/** The attachments' images (an album's every photo); full_picture only when there are none, as it repeats the first. */
function facebookImages(post: FacebookPost): string[] {
  const urls = new Set<string>();
  const add = (attachment: FacebookAttachment) => {
    if (attachment.media?.image?.src) urls.add(attachment.media.image.src);
    attachment.subattachments?.data.forEach(add);
  };
  post.attachments?.data.forEach(add);
  if (urls.size === 0 && post.full_picture) urls.add(post.full_picture);
  return [...urls];
}

// ---------------------------------------------------------------------------------------------------- Instagram

interface InstagramUser {
  id: string;
  username: string;
  name?: string;
  biography?: string;
  followers_count?: number;
  profile_picture_url?: string;
}

interface InstagramMedia {
  id: string;
  caption?: string;
  media_type: 'IMAGE' | 'VIDEO' | 'CAROUSEL_ALBUM';
  media_url?: string;
  thumbnail_url?: string;
  permalink?: string;
  timestamp: string;
  children?: { data: InstagramMedia[] };
}

interface InstagramComment {
  id: string;
  text?: string;
  timestamp: string;
  username?: string;
  replies?: GraphPage<InstagramComment>;
}

export const INSTAGRAM_USER_FIELDS = 'id,username,name,biography,followers_count,profile_picture_url';
export const INSTAGRAM_MEDIA_FIELDS = 'id,caption,media_type,media_url,thumbnail_url,permalink,timestamp,children{media_type,media_url,thumbnail_url}';
export const INSTAGRAM_COMMENT_FIELDS = 'id,text,timestamp,username,replies{id,text,timestamp,username}';

/** The account id is the Instagram user id the Graph API knows (configure `accountId` when it is not the handle). */
export class InstagramGraphConnector extends ApiConnector {
  constructor(config: AdapterConfig) {
    super(config, 'Instagram');
  }

  async profile(account: AccountRef): Promise<PlatformProfile> {
    const user = await this.api.get<InstagramUser>(encodeURIComponent(this.accountId(account)), { fields: INSTAGRAM_USER_FIELDS });
    return {
      displayName: user.name || user.username,
      description: user.biography ?? '',
      followers: user.followers_count ?? null,
      pictureUrl: user.profile_picture_url ?? null,
    };
  }

  protected async listPosts(account: AccountRef, range: PostRange): Promise<ListedPost[]> {
    const first = await this.api.get<GraphPage<InstagramMedia>>(`${encodeURIComponent(this.accountId(account))}/media`, {
      fields: INSTAGRAM_MEDIA_FIELDS,
      limit: 'newest' in range ? range.newest : PAGE_SIZE,
      since: 'since' in range ? unixSeconds(range.since) : undefined,
    });
    const items = 'newest' in range ? first.data : await allGraphItems(this.api, first);
    return items.map((media) => ({
      id: media.id,
      createdAt: parseTime(media.timestamp),
      text: media.caption ?? '',
      permalink: media.permalink ?? null,
      imageUrls: instagramImages(media),
    }));
  }

  /** Replies come nested in each comment; their own paging is followed like any other list. */
  protected async comments(mediaId: string): Promise<PlatformComment[]> {
    const first = await this.api.get<GraphPage<InstagramComment>>(`${encodeURIComponent(mediaId)}/comments`, {
      fields: INSTAGRAM_COMMENT_FIELDS,
      limit: PAGE_SIZE,
    });
    const items = await allGraphItems(this.api, first);
    const toComment = async (comment: InstagramComment): Promise<PlatformComment> => ({
      id: comment.id,
      createdAt: parseTime(comment.timestamp),
      author: comment.username ?? null,
      text: comment.text ?? '',
      replies: comment.replies ? chronological(await Promise.all((await allGraphItems(this.api, comment.replies)).map(toComment))) : [],
    });
    return chronological(await mapLimited(items, PARALLEL_REQUESTS, toComment));
  }
}

/** A video counts by its thumbnail: the archive keeps what the page shows. */
function instagramImages(media: InstagramMedia): string[] {
  if (media.media_type === 'CAROUSEL_ALBUM') return (media.children?.data ?? []).flatMap(instagramImages);
  const url = media.media_type === 'VIDEO' ? media.thumbnail_url : media.media_url;
  return url ? [url] : [];
}
