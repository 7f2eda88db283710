import express, { type Request, type Response } from 'express';
import { existsSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Serves the composed frontends the way the import map in index.html expects them:
 *   /                      the built root config (SPA: unknown paths get index.html)
 *   /shared/               @smg/shared (session, GraphQL client, UI kit)
 *   /mf/<name>/            each microfrontend's dist
 *   /vendor/vue.runtime…   the one Vue of the page
 * and passes /graphql, /api/ (attachments) and /.well-known/ through to the API, so the browser talks to one origin (no CORS,
 * the token never leaves it).
 */

const here = path.dirname(fileURLToPath(import.meta.url));
const frontends = path.resolve(here, '..');
export const MICROFRONTENDS = ['applicant', 'manager', 'policy', 'board', 'archivist'] as const;
const VUE_FILE = 'vue.runtime.esm-browser.prod.js';

export interface FrontendServerOptions {
  port?: number;
  /** Base URL of the GraphQL API, e.g. http://localhost:4000 */
  apiUrl?: string;
  /** Host to bind; defaults to all interfaces like the API. */
  host?: string;
}

export interface FrontendServer {
  url: string;
  close(): Promise<void>;
}

/** The folders that must have been built (`pnpm --filter "./frontends/**" run build`). */
export function builtFolders(): Record<string, string> {
  return {
    'root-config': path.join(frontends, 'root-config', 'dist'),
    shared: path.join(frontends, 'shared', 'dist'),
    ...Object.fromEntries(MICROFRONTENDS.map((name) => [name, path.join(frontends, name, 'dist')])),
  };
}

export function missingBuilds(): string[] {
  // Each microfrontend builds one module named after its folder.
  const entryFiles: Record<string, string> = {
    'root-config': 'index.html',
    shared: 'smg-shared.js',
    ...Object.fromEntries(MICROFRONTENDS.map((name) => [name, `${name}.js`])),
  };
  return Object.entries(builtFolders())
    .filter(([name, dir]) => !existsSync(path.join(dir, entryFiles[name])))
    .map(([name]) => name);
}

function proxyTo(apiUrl: string) {
  const target = new URL(apiUrl);
  return (req: Request, res: Response) => {
    const upstream = http.request(
      {
        protocol: target.protocol,
        hostname: target.hostname,
        port: target.port,
        method: req.method,
        path: req.originalUrl,
        headers: { ...req.headers, host: target.host },
      },
      (answer) => {
        res.status(answer.statusCode ?? 502);
        for (const [name, value] of Object.entries(answer.headers)) if (value !== undefined) res.setHeader(name, value);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      if (res.headersSent) return res.end();
      // The shape of a GraphQL error, so the UI shows it like any other API message.
      res.status(502).json({
        errors: [{ message: 'Tjänsten är inte tillgänglig just nu. Försök igen om en stund.', extensions: { code: 'API_UNAVAILABLE' } }],
      });
    });
    req.pipe(upstream);
  };
}

/** Built module names never change (the import map points at them), so the browser must revalidate them. */
const revalidate = { setHeaders: (res: http.ServerResponse) => res.setHeader('Cache-Control', 'no-cache') };

export function createFrontendApp(apiUrl: string): express.Express {
  const missing = missingBuilds();
  if (missing.length > 0) {
    throw new Error(
      `Frontends not built (${missing.join(', ')}). Run: pnpm --filter "./frontends/**" run build`,
    );
  }
  const folders = builtFolders();
  const vueFile = createRequire(import.meta.url).resolve(`vue/dist/${VUE_FILE}`);

  const app = express();
  app.disable('x-powered-by');

  const proxy = proxyTo(apiUrl);
  app.use('/graphql', proxy);
  app.use('/.well-known', proxy);
  // Attachments (minutes extracts, evidence) and archive packages as raw bytes: streamed through, never buffered here.
  app.use('/api', proxy);

  app.get(`/vendor/${VUE_FILE}`, (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    // pnpm keeps packages under node_modules/.pnpm, a dot folder that sendFile refuses by default.
    res.type('text/javascript').sendFile(vueFile, { dotfiles: 'allow' });
  });
  app.use('/shared', express.static(folders.shared, { ...revalidate, fallthrough: false }));
  for (const name of MICROFRONTENDS) {
    app.use(`/mf/${name}`, express.static(folders[name], { ...revalidate, fallthrough: false }));
  }
  // Vite names these by content hash: safe to keep for a year.
  app.use('/assets', express.static(path.join(folders['root-config'], 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  app.use(express.static(folders['root-config'], { ...revalidate, index: false }));

  // Every other GET is a route of the single-page app (/logga-in, /ansokningar/…, /beslut/…).
  const indexHtml = path.join(folders['root-config'], 'index.html');
  app.get('/{*path}', (_req, res) => {
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  return app;
}

export async function startFrontendServer(options: FrontendServerOptions = {}): Promise<FrontendServer> {
  const apiUrl = options.apiUrl ?? process.env.API_URL ?? 'http://localhost:4000';
  const app = createFrontendApp(apiUrl);
  const server = http.createServer(app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const runDirectly = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (runDirectly) {
  const port = Number(process.env.PORT ?? 8080);
  const apiUrl = process.env.API_URL ?? 'http://localhost:4000';
  startFrontendServer({ port, apiUrl })
    .then(({ url, close }) => {
      console.log(`Frontends: ${url} (API ${apiUrl})`);
      const stop = () => void close().then(() => process.exit(0));
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    });
}
