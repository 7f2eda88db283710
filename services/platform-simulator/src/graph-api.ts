/**
 * The simulated accounts in the Graph API's shape (a page, its posts, a post's or comment's comments), with
 * cursor paging and `fields` selection, so the Graph adapter of @smg/platform reads the simulator unchanged.
 */
import express, { type Request, type Response } from 'express';
import { simulatorPageUrl } from '@smg/platform';
import type { SimAccount, SimComment, SimPost } from './content.js';
import { paths } from './page.js';
import type { SimulatorStore } from './store.js';

const DEFAULT_LIMIT = 25;
const MAX_LIMIT = 100;

export function graphApi(store: SimulatorStore): express.Router {
  const router = express.Router();

  router.get('/:id', (req, res) => {
    const node = store.node(req.params.id);
    if (!node) return unknownObject(res, req.params.id);
    const origin = originOf(req);
    const body =
      node.kind === 'account'
        ? pageJson(node.account, origin)
        : node.kind === 'post'
          ? postJson(node.account, node.post, origin)
          : commentJson(node.comment);
    res.json(pickFields(body, req.query.fields));
  });

  const posts = (req: Request<{ id: string }>, res: Response) => {
    const node = store.node(req.params.id);
    if (!node || node.kind !== 'account') return unknownObject(res, req.params.id);
    const since = timeParam(req.query.since);
    const until = timeParam(req.query.until);
    const matching = node.account.posts.filter(
      (post) => (since === null || post.createdAt >= since) && (until === null || post.createdAt <= until),
    );
    const origin = originOf(req);
    page(req, res, matching, (post) => String(post.number), (post) => postJson(node.account, post, origin));
  };
  router.get('/:id/posts', posts);
  router.get('/:id/feed', posts);

  router.get('/:id/comments', (req, res) => {
    const node = store.node(req.params.id);
    if (!node || node.kind === 'account') return unknownObject(res, req.params.id);
    const comments = node.kind === 'post' ? node.post.comments : node.comment.replies;
    const ordered = req.query.order === 'reverse_chronological' ? [...comments].reverse() : comments;
    page(req, res, ordered, (comment) => comment.id, commentJson);
  });

  return router;
}

/** One page of `items` after the `after` cursor, with Graph's paging block; `next` only when more remain. */
function page<T>(req: Request, res: Response, items: T[], keyOf: (item: T) => string, toJson: (item: T) => Record<string, unknown>): void {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Number(req.query.limit) || DEFAULT_LIMIT));
  const after = typeof req.query.after === 'string' ? decodeCursor(req.query.after) : null;
  const start = after === null ? 0 : items.findIndex((item) => keyOf(item) === after) + 1;
  if (after !== null && start === 0) {
    res.status(400).json(graphError('Invalid cursor', 'OAuthException', 100));
    return;
  }
  const slice = items.slice(start, start + limit);
  const data = slice.map((item) => pickFields(toJson(item), req.query.fields));
  if (slice.length === 0) {
    res.json({ data });
    return;
  }
  const cursors = { before: encodeCursor(keyOf(slice[0])), after: encodeCursor(keyOf(slice[slice.length - 1])) };
  const more = start + slice.length < items.length;
  const next = new URL(`${originOf(req)}${req.originalUrl}`);
  next.searchParams.set('limit', String(limit));
  next.searchParams.set('after', cursors.after);
  res.json({ data, paging: { cursors, ...(more ? { next: next.toString() } : {}) } });
}

function pageJson(account: SimAccount, origin: string) {
  return {
    id: account.id,
    name: account.displayName,
    username: account.handle,
    about: account.about,
    category: 'Myndighet',
    followers_count: account.followers,
    fan_count: account.followers,
    link: simulatorPageUrl(origin, account),
    picture: { data: { height: 200, width: 200, is_silhouette: false, url: `${origin}${paths.avatar(account)}` } },
  };
}

function postJson(account: SimAccount, post: SimPost, origin: string) {
  const images = post.images.map((image, index) => ({
    type: 'photo',
    description: image.title,
    media: { image: { height: 540, width: 960, src: `${origin}${paths.image(account, post, index)}` } },
  }));
  return {
    id: post.id,
    created_time: graphTime(post.createdAt),
    message: post.text,
    permalink_url: `${simulatorPageUrl(origin, account)}#inlagg-${post.number}`,
    ...(images.length ? { full_picture: images[0].media.image.src } : {}),
    ...(images.length === 1 ? { attachments: { data: images } } : {}),
    ...(images.length > 1 ? { attachments: { data: [{ type: 'album', media: images[0].media, subattachments: { data: images } }] } } : {}),
  };
}

function commentJson(comment: SimComment) {
  return {
    id: comment.id,
    created_time: graphTime(comment.createdAt),
    message: comment.text,
    from: { id: comment.authorId, name: comment.author },
    comment_count: comment.replies.length,
  };
}

/** Graph's time format: `2026-11-04T07:30:00+0000`. */
function graphTime(time: Date): string {
  return time.toISOString().replace(/\.\d{3}Z$/, '+0000');
}

/** `since`/`until` as Graph takes them: Unix seconds or a date string. */
function timeParam(value: unknown): Date | null {
  if (typeof value !== 'string' || value === '') return null;
  const date = /^\d+$/.test(value) ? new Date(Number(value) * 1000) : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** Only the requested top-level fields (and the id), as Graph answers `fields=a,b{c},d.limit(1)`. */
function pickFields(body: Record<string, unknown>, fields: unknown): Record<string, unknown> {
  if (typeof fields !== 'string' || !fields) return body;
  const names = new Set(['id']);
  let depth = 0;
  let current = '';
  for (const char of `${fields},`) {
    if (char === '{' || char === '(') depth++;
    if (char === '}' || char === ')') depth--;
    if (char === ',' && depth === 0) {
      names.add(current.split(/[.{(]/)[0].trim());
      current = '';
    } else {
      current += char;
    }
  }
  return Object.fromEntries(Object.entries(body).filter(([key]) => names.has(key)));
}

const encodeCursor = (key: string) => Buffer.from(key).toString('base64url');
const decodeCursor = (cursor: string) => Buffer.from(cursor, 'base64url').toString();

function graphError(message: string, type: string, code: number, subcode?: number) {
  return { error: { message, type, code, ...(subcode ? { error_subcode: subcode } : {}), fbtrace_id: 'simulator' } };
}

function unknownObject(res: Response, id: string): void {
  res
    .status(400)
    .json(
      graphError(
        `Unsupported get request. Object with ID '${id}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.`,
        'GraphMethodException',
        100,
        33,
      ),
    );
}

export function originOf(req: Request): string {
  return `${req.protocol}://${req.get('host')}`;
}
