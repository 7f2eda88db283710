import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PLATFORMS, platformLabel, type Platform } from '@smg/domain';
import { SIMULATOR_GRAPH_VERSION, simulatorAccountId, type SimulatedAccountKey } from '@smg/platform';
import express, { type Request, type Response } from 'express';
import { graphApi } from './graph-api.js';
import { escapeXml as escape, avatarSvg, postImageSvg } from './media.js';
import { feedPage, paths, renderHiddenComments, renderPage, renderPosts } from './page.js';
import { SimulatorStore, type Registration } from './store.js';

export interface PlatformSimulatorOptions {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The clock for default activity times and new posts; tests fix it. */
  now?: () => Date;
}

export interface RunningPlatformSimulator {
  url: string;
  store: SimulatorStore;
  close(): Promise<void>;
}

/** Routes: Graph API under /v19.0, control under /_sim, images under /media, public pages at /{platform}/{handle}. */
export function createSimulatorApp(store: SimulatorStore): express.Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(express.json({ limit: '100kb' }));

  app.use(`/${SIMULATOR_GRAPH_VERSION}`, graphApi(store));
  app.use('/_sim', controlApi(store));

  app.get('/media/:platform/:handle/avatar.svg', (req, res) => {
    const key = accountKey(req, res);
    if (key) svg(res, avatarSvg(store.account(key)));
  });
  app.get('/media/:platform/:handle/posts/:number/:image', (req, res) => {
    const key = accountKey(req, res);
    if (!key) return;
    const post = store.account(key).posts.find((candidate) => candidate.number === Number(req.params.number));
    const image = post?.images[Number.parseInt(req.params.image, 10) - 1];
    if (!image) return notFound(res, 'Bilden finns inte');
    svg(res, postImageSvg(image));
  });

  app.get('/', (_req, res) => {
    const links = store
      .registeredAccounts()
      .map((account) => `<li><a href="${paths.page(account)}">${escape(account.displayName)}</a> (${platformLabel[account.platform]})</li>`)
      .join('');
    res.type('html').send(
      `<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Plattformssimulator</title></head><body>` +
        `<h1>Plattformssimulator</h1><p>Offentliga kontosidor finns på /{plattform}/{konto}, t.ex. <a href="/facebook/demokommun">/facebook/demokommun</a>. ` +
        `Samma innehåll i Graph API-form under /${SIMULATOR_GRAPH_VERSION}.</p><ul>${links}</ul></body></html>`,
    );
  });

  app.get('/:platform/:handle', (req, res) => {
    const key = accountKey(req, res);
    if (key && store.isRemoved(key)) return notFound(res, 'Kontot finns inte längre');
    if (key) res.type('html').send(renderPage(store.account(key)));
  });
  app.get('/:platform/:handle/feed', (req, res) => {
    const key = accountKey(req, res);
    if (!key) return;
    const account = store.account(key);
    const after = Number(req.query.after);
    const { posts, next } = feedPage(account, Number.isFinite(after) ? after : undefined);
    res.json({ html: renderPosts(account, posts), next });
  });
  app.get('/:platform/:handle/posts/:number/comments', (req, res) => {
    const key = accountKey(req, res);
    if (!key) return;
    const post = store.account(key).posts.find((candidate) => candidate.number === Number(req.params.number));
    if (!post) return notFound(res, 'Inlägget finns inte');
    res.json({ html: renderHiddenComments(post) });
  });

  return app;
}

/** For tests and the demo: register accounts, publish posts, delete an account (a closure), start over. */
function controlApi(store: SimulatorStore): express.Router {
  const router = express.Router();
  const describe = (account: ReturnType<SimulatorStore['account']>) => ({
    id: account.id,
    platform: account.platform,
    handle: account.handle,
    displayName: account.displayName,
    pageUrl: paths.page(account),
    postCount: account.posts.length,
    lastActivityAt: store.lastActivityAt(account)?.toISOString() ?? null,
  });

  router.get('/health', (_req, res) => res.json({ status: 'ok' }));

  router.get('/accounts', (_req, res) => res.json(store.registeredAccounts().map(describe)));

  router.post('/accounts', (req, res) => {
    const body = (req.body ?? {}) as Record<string, unknown>;
    const platform = typeof body.platform === 'string' ? (body.platform.toUpperCase() as Platform) : undefined;
    const problems: string[] = [];
    if (!platform || !PLATFORMS.includes(platform)) problems.push(`platform måste vara en av ${PLATFORMS.join(', ')}`);
    if (typeof body.handle !== 'string' || !body.handle.trim()) problems.push('handle saknas');
    if (body.postCount !== undefined && !(Number.isInteger(body.postCount) && (body.postCount as number) >= 0)) problems.push('postCount måste vara ett heltal ≥ 0');
    const lastActivityAt = timeIn(body, 'lastActivityAt', problems);
    if (problems.length) return void res.status(400).json({ error: problems.join('; ') });
    const registration: Registration = {
      platform: platform!,
      handle: (body.handle as string).trim(),
      displayName: typeof body.displayName === 'string' ? body.displayName : undefined,
      about: typeof body.about === 'string' ? body.about : undefined,
      followers: typeof body.followers === 'number' ? body.followers : undefined,
      postCount: body.postCount as number | undefined,
      lastActivityAt,
    };
    res.status(201).json(describe(store.register(registration)));
  });

  router.post('/accounts/:platform/:handle/posts', (req, res) => {
    const key = accountKey(req, res);
    if (!key) return;
    const text = typeof req.body?.text === 'string' && req.body.text.trim() ? req.body.text : undefined;
    const problems: string[] = [];
    const createdAt = timeIn(req.body ?? {}, 'createdAt', problems);
    if (problems.length) return void res.status(400).json({ error: problems.join('; ') });
    const post = store.publish(key, text, createdAt);
    res.status(201).json({ id: post.id, accountId: simulatorAccountId(key), createdAt: post.createdAt.toISOString(), text: post.text });
  });

  router.delete('/accounts/:platform/:handle', (req, res) => {
    const key = accountKey(req, res);
    if (!key) return;
    store.remove(key);
    res.status(204).end();
  });

  router.post('/reset', (_req, res) => {
    store.reset();
    res.status(204).end();
  });

  return router;
}

/** An optional time in a control request's body; one that cannot be read adds a problem and gives undefined. */
function timeIn(body: Record<string, unknown>, field: string, problems: string[]): Date | undefined {
  if (body[field] === undefined) return undefined;
  const time = new Date(String(body[field]));
  if (!Number.isNaN(time.getTime())) return time;
  problems.push(`${field} måste vara en tidpunkt (ISO 8601)`);
  return undefined;
}

function accountKey(req: Request, res: Response): SimulatedAccountKey | null {
  const platform = String(req.params.platform).toUpperCase() as Platform;
  const handle = String(req.params.handle);
  if (!PLATFORMS.includes(platform) || !handle) {
    notFound(res, 'Sidan finns inte');
    return null;
  }
  return { platform, handle };
}

function notFound(res: Response, message: string): void {
  if (res.req.accepts(['html', 'json']) === 'html') {
    res.status(404).type('html').send(`<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>${message}</title></head><body><h1>${message}</h1></body></html>`);
  } else {
    res.status(404).json({ error: message });
  }
}

function svg(res: Response, body: string): void {
  res.type('image/svg+xml').set('cache-control', 'public, max-age=3600').send(body);
}

export async function startPlatformSimulator(options: PlatformSimulatorOptions): Promise<RunningPlatformSimulator> {
  const store = new SimulatorStore(options.now ?? (() => new Date()));
  const server = createServer(createSimulatorApp(store));
  const host = options.host ?? '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`,
    store,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
