/**
 * LinkedIn's versioned REST API (Rest.li 2.0) for organisation pages: the organisation by vanity name, its follower
 * count from networkSizes, its posts (`posts?q=author`), comments and comments on comments through socialActions,
 * and images through the Images API (posts name images by URN, not URL). Lists page with start/count; the adapter
 * follows the `next` link when the response has one and counts on `total` otherwise.
 */
import { ApiConnector, PARALLEL_REQUESTS, type AdapterConfig, type ListedPost, type PostRange } from './adapter.js';
import type { AccountRef, PlatformComment, PlatformProfile } from './connector.js';
import { chronological } from './connector.js';
import { PlatformApiError, mapLimited, parseTime } from './http.js';

/** The API version requested (LinkedIn-Version, YYYYMM); LinkedIn supports each for about a year. */
export const LINKEDIN_DEFAULT_VERSION = '202505';

interface Collection<T> {
  elements: T[];
  paging?: { start?: number; count?: number; total?: number; links?: { rel: string; href: string }[] };
}

interface Organization {
  id: number;
  localizedName: string;
  localizedDescription?: string;
  vanityName?: string;
  logoV2?: { original?: string };
}

interface ImageUrn {
  id: string;
}

interface Post {
  id: string;
  commentary?: string;
  createdAt: number;
  publishedAt?: number;
  lifecycleState?: string;
  content?: {
    media?: ImageUrn;
    multiImage?: { images: ImageUrn[] };
    article?: { thumbnail?: string };
  };
}

interface Comment {
  id: string;
  commentUrn?: string;
  $URN?: string;
  actor?: string;
  created: { time: number };
  message?: { text?: string };
  commentsSummary?: { aggregatedTotalComments?: number };
}

const PAGE_SIZE = 50;

export interface LinkedInConfig extends AdapterConfig {
  version?: string;
}

export class LinkedInConnector extends ApiConnector {
  constructor(config: LinkedInConfig) {
    super(config, 'LinkedIn', {
      'LinkedIn-Version': config.version ?? LINKEDIN_DEFAULT_VERSION,
      'X-Restli-Protocol-Version': '2.0.0',
    });
  }

  async profile(account: AccountRef): Promise<PlatformProfile> {
    const organization = await this.organization(account);
    const urn = `urn:li:organization:${organization.id}`;
    const [network, pictureUrl] = await Promise.all([
      this.api.get<{ firstDegreeSize?: number }>(`networkSizes/${encodeURIComponent(urn)}`, { edgeType: 'COMPANY_FOLLOWED_BY_MEMBER' }),
      organization.logoV2?.original ? this.imageUrl(organization.logoV2.original) : Promise.resolve(null),
    ]);
    return {
      displayName: organization.localizedName,
      description: organization.localizedDescription ?? '',
      followers: network.firstDegreeSize ?? null,
      pictureUrl,
    };
  }

  protected async listPosts(account: AccountRef, range: PostRange): Promise<ListedPost[]> {
    const organization = await this.organization(account);
    const query = { q: 'author', author: `urn:li:organization:${organization.id}`, sortBy: 'CREATED' };
    const posts =
      'newest' in range
        ? (await this.api.get<Collection<Post>>('posts', { ...query, start: 0, count: range.newest })).elements
        : await this.all<Post>('posts', query);
    const published = posts.filter((post) => !post.lifecycleState || post.lifecycleState === 'PUBLISHED');
    return mapLimited(published, PARALLEL_REQUESTS, async (post) => ({
      id: post.id,
      createdAt: parseTime(post.publishedAt ?? post.createdAt),
      text: post.commentary ?? '',
      permalink: `https://www.linkedin.com/feed/update/${post.id}`,
      imageUrls: await this.imageUrls(post),
    }));
  }

  private async organization(account: AccountRef): Promise<Organization> {
    const vanityName = this.accountId(account);
    const { elements } = await this.api.get<Collection<Organization>>('organizations', { q: 'vanityName', vanityName });
    if (!elements?.length) {
      throw new PlatformApiError(`${this.api.platform}: organisationen ${vanityName} finns inte`, this.api.platform, 404, false);
    }
    return elements[0];
  }

  /** Comments on a post or, given a comment's URN, the replies to it. */
  protected async comments(objectUrn: string): Promise<PlatformComment[]> {
    const comments = await this.all<Comment>(`socialActions/${encodeURIComponent(objectUrn)}/comments`, {});
    const result = await mapLimited(comments, PARALLEL_REQUESTS, async (comment) => {
      const urn = comment.commentUrn ?? comment.$URN;
      return {
        id: comment.id,
        createdAt: parseTime(comment.created.time),
        author: comment.actor ?? null,
        text: comment.message?.text ?? '',
        replies: urn && comment.commentsSummary?.aggregatedTotalComments ? await this.comments(urn) : [],
      };
    });
    return chronological(result);
  }

  private async imageUrls(post: Post): Promise<string[]> {
    const content = post.content;
    const urns = [content?.media?.id, ...(content?.multiImage?.images.map((image) => image.id) ?? []), content?.article?.thumbnail]
      .filter((urn): urn is string => !!urn && urn.startsWith('urn:li:image:'));
    const urls = await Promise.all(urns.map((urn) => this.imageUrl(urn)));
    return urls.filter((url): url is string => url !== null);
  }

  /** An image URN's download URL; a logo's digital media asset shares its id with the image. */
  private async imageUrl(urn: string): Promise<string | null> {
    const imageUrn = urn.replace('urn:li:digitalmediaAsset:', 'urn:li:image:');
    const image = await this.api.get<{ downloadUrl?: string }>(`images/${encodeURIComponent(imageUrn)}`);
    return image.downloadUrl ?? null;
  }

  private async all<T>(path: string, query: Record<string, string>): Promise<T[]> {
    const items: T[] = [];
    let url = this.api.url(path, { ...query, start: 0, count: PAGE_SIZE });
    for (;;) {
      const page = await this.api.get<Collection<T>>(url);
      items.push(...page.elements);
      const next = page.paging?.links?.find((link) => link.rel === 'next')?.href;
      if (next) {
        url = this.api.url(next);
        continue;
      }
      const start = page.paging?.start ?? Number(url.searchParams.get('start'));
      const count = page.paging?.count ?? PAGE_SIZE;
      const total = page.paging?.total;
      const more = total !== undefined ? start + page.elements.length < total : page.elements.length >= count;
      if (!more || page.elements.length === 0) return items;
      url = this.api.url(path, { ...query, start: start + page.elements.length, count: PAGE_SIZE });
    }
  }
}
