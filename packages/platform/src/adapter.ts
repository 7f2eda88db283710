import type { AccountRef, PlatformComment, PlatformConnector, PlatformPost, PlatformProfile } from './connector.js';
import { RECENT_POSTS_FOR_ACTIVITY, latestActivity, postsFrom } from './connector.js';
import { ApiClient, mapLimited, type ApiConfig } from './http.js';

export interface AdapterConfig extends ApiConfig {
  /** Where a browser finds the public page; defaults to the web address in the register. */
  publicPageUrl?: (account: AccountRef) => string;
  /** The API's id for the account; defaults to the handle. */
  accountId?: (account: AccountRef) => string;
  /** Names the platform in error messages; defaults to the adapter's platform. */
  label?: string;
}

/** Which posts to list: everything since a time (all pages), or just the newest few (one page). */
export type PostRange = { since: Date } | { newest: number };

/** A post as the API lists it, before its comments are fetched. */
export type ListedPost = Omit<PlatformPost, 'comments'>;

/** Comment and reply requests run this many at a time: fast enough, and polite to rate limits. */
export const PARALLEL_REQUESTS = 4;

/**
 * What every adapter shares. An adapter supplies the profile, how to list posts and how to fetch one post's
 * comments; comments are fetched only for the posts that are kept.
 */
export abstract class ApiConnector implements PlatformConnector {
  protected readonly api: ApiClient;

  constructor(
    protected readonly config: AdapterConfig,
    platformLabel: string,
    headers?: Record<string, string>,
  ) {
    this.api = new ApiClient({ ...config, platform: config.label ?? platformLabel, headers });
  }

  publicPageUrl(account: AccountRef): string {
    return this.config.publicPageUrl?.(account) ?? account.webAddress;
  }

  abstract profile(account: AccountRef): Promise<PlatformProfile>;

  async postsSince(account: AccountRef, since: Date): Promise<PlatformPost[]> {
    return this.withComments(postsFrom(await this.listPosts(account, { since }), since));
  }

  async lastActivityAt(account: AccountRef): Promise<Date | null> {
    return latestActivity(await this.withComments(await this.listPosts(account, { newest: RECENT_POSTS_FOR_ACTIVITY })));
  }

  protected accountId(account: AccountRef): string {
    return this.config.accountId?.(account) ?? account.handle;
  }

  protected abstract listPosts(account: AccountRef, range: PostRange): Promise<ListedPost[]>;

  /** A post's top-level comments, oldest first, each with its replies. */
  protected abstract comments(postId: string): Promise<PlatformComment[]>;

  private withComments(posts: ListedPost[]): Promise<PlatformPost[]> {
    return mapLimited(posts, PARALLEL_REQUESTS, async (post) => ({ ...post, comments: await this.comments(post.id) }));
  }
}
