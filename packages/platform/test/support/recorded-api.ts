/**
 * Replays recorded API responses (test/fixtures) from a local HTTP server, the way a recording proxy would: the
 * recorded API host in paging links is rewritten to this server, so the adapters follow them here.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const fixturesDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const RECORDED_ORIGINS = ['https://graph.facebook.com', 'https://www.googleapis.com', 'https://api.linkedin.com'];

export interface RecordedRequest {
  /** Percent-decoded, so URNs and Graph ids read as they are. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
}

export interface Reply {
  fixture: string;
  status?: number;
}

export interface RecordedApi {
  origin: string;
  requests: RecordedRequest[];
  /** Requests whose path is exactly this. */
  requestsTo(path: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function recordedApi(route: (request: RecordedRequest) => Reply | undefined): Promise<RecordedApi> {
  const requests: RecordedRequest[] = [];
  let origin = '';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', origin);
    const request = { path: decodeURIComponent(url.pathname), query: url.searchParams, headers: req.headers };
    requests.push(request);
    const reply = route(request);
    if (!reply) {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: `no recorded response for ${request.path}` } }));
      return;
    }
    readFile(join(fixturesDir, reply.fixture), 'utf8').then(
      (recorded) => {
        const body = RECORDED_ORIGINS.reduce((text, recordedOrigin) => text.replaceAll(recordedOrigin, origin), recorded);
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json; charset=UTF-8' });
        res.end(body);
      },
      (error: Error) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(error.message);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    requests,
    requestsTo: (path) => requests.filter((request) => request.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** A Graph-style or Google-style time, as a Date. */
export const at = (iso: string) => new Date(iso);
