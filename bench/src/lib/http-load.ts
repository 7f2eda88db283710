import http from 'node:http';
import { percentile, stopwatch } from './stats.js';

export interface HttpTarget {
  /** Full URL the requests go to. */
  url: string;
  method: 'GET' | 'POST';
  headers?: Record<string, string>;
  /** The body of the i-th request (POST), e.g. the same query at another offset. */
  body?: (i: number) => string;
  /** The path (with query string) of the i-th request, for GET targets. */
  path?: (i: number) => string;
}

export interface LoadResult {
  requests: number;
  elapsedMs: number;
  throughput: number;
  p50: number;
  p99: number;
  latencies: number[];
}

/**
 * Closed-loop load: `concurrency` clients, each sending its next request when the previous answer has arrived,
 * over keep-alive connections (so connection set-up is not what is measured). Any answer other than 200 fails.
 */
export async function runLoad(target: HttpTarget, options: { requests: number; concurrency: number }): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency });
  const url = new URL(target.url);
  const latencies: number[] = [];
  let next = 0;
  const one = (i: number) =>
    new Promise<void>((resolve, reject) => {
      const body = target.body?.(i);
      const took = stopwatch();
      const request = http.request(
        {
          agent,
          hostname: url.hostname,
          port: url.port,
          method: target.method,
          path: target.path ? target.path(i) : `${url.pathname}${url.search}`,
          headers: {
            ...target.headers,
            ...(body !== undefined ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => {
            latencies.push(took());
            if (response.statusCode !== 200) reject(new Error(`${target.url}: HTTP ${response.statusCode} ${Buffer.concat(chunks).toString().slice(0, 500)}`));
            else resolve();
          });
        },
      );
      request.on('error', reject);
      request.end(body);
    });
  const elapsed = stopwatch();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      for (let i = next++; i < options.requests; i = next++) await one(i);
    }),
  );
  const elapsedMs = elapsed();
  agent.destroy();
  return {
    requests: options.requests,
    elapsedMs,
    throughput: (options.requests / elapsedMs) * 1000,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    latencies,
  };
}

/** One request, its JSON answer. */
export async function fetchJson<T = any>(url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<T> {
  const response = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } });
  const text = await response.text();
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${text.slice(0, 500)}`);
  return JSON.parse(text) as T;
}
