import type { Platform } from '@smg/domain';

/** The little the connector needs to know about an account in the register. */
export interface AccountRef {
  platform: Platform;
  /** The account's name on the platform (page username, channel handle, organisation vanity name). */
  handle: string;
  /** The public URL recorded in the register. */
  webAddress: string;
}

export interface PlatformProfile {
  displayName: string;
  /** The profile's description ("om", biography, about text); empty when the platform has none. */
  description: string;
  /** Followers, subscribers or fans; null when the platform hides the number. */
  followers: number | null;
  pictureUrl: string | null;
}

export interface PlatformComment {
  id: string;
  createdAt: Date;
  /** Display name where the platform gives one, otherwise the author's id; null when hidden. */
  author: string | null;
  text: string;
  /** Oldest first. */
  replies: PlatformComment[];
}

export interface PlatformPost {
  id: string;
  createdAt: Date;
  text: string;
  permalink: string | null;
  imageUrls: string[];
  /** Top-level comments, oldest first, each with its replies. */
  comments: PlatformComment[];
}

/**
 * What archiving, the inactivity watch and daily work need from a platform. Every adapter fetches everything a
 * question covers (following the API's paging to the end), so callers never page.
 */
export interface PlatformConnector {
  /** Where a browser renders the account's public page (what a snapshot captures). */
  publicPageUrl(account: AccountRef): string;
  profile(account: AccountRef): Promise<PlatformProfile>;
  /** Posts created at or after `since`, newest first, with all their comments and replies. */
  postsSince(account: AccountRef, since: Date): Promise<PlatformPost[]>;
  /** The latest post or comment time among the newest posts, or null for an account that never posted. */
  lastActivityAt(account: AccountRef): Promise<Date | null>;
}

/** How many of the newest posts lastActivityAt looks at: comments keep arriving on recent posts, not old ones. */
export const RECENT_POSTS_FOR_ACTIVITY = 10;

/** The newest post or comment time in these posts. */
export function latestActivity(posts: PlatformPost[]): Date | null {
  let latest: number | null = null;
  const visit = (time: Date) => {
    if (latest === null || time.getTime() > latest) latest = time.getTime();
  };
  const visitComments = (comments: PlatformComment[]) => {
    for (const comment of comments) {
      visit(comment.createdAt);
      visitComments(comment.replies);
    }
  };
  for (const post of posts) {
    visit(post.createdAt);
    visitComments(post.comments);
  }
  return latest === null ? null : new Date(latest);
}

/** The one rule for what postsSince returns, whatever the API filtered itself: newest first, none before `since`. */
export function postsFrom<T extends { createdAt: Date }>(posts: T[], since: Date): T[] {
  return posts
    .filter((post) => post.createdAt.getTime() >= since.getTime())
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

/** Comments oldest first, as the public page shows them. */
export function chronological(comments: PlatformComment[]): PlatformComment[] {
  return [...comments].sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
}
