import { connectorFor, type AccountRef, type PlatformComment, type PlatformConnector } from '@smg/platform';
import type { SimComment } from '../src/content.js';
import { startPlatformSimulator, type RunningPlatformSimulator } from '../src/index.js';

export const NOW = new Date('2026-11-23T12:00:00Z');

export interface SimulatorUnderTest {
  simulator: RunningPlatformSimulator;
  /** Every URL the connector fetched. */
  fetched: URL[];
  connector(platform: AccountRef['platform']): PlatformConnector;
  control(path: string, body?: unknown): Promise<Response>;
  /** Moves the simulator's clock. */
  setNow(time: Date): void;
}

export async function simulatorUnderTest(): Promise<SimulatorUnderTest> {
  let now = NOW;
  const simulator = await startPlatformSimulator({ port: 0, host: '127.0.0.1', now: () => now });
  const fetched: URL[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    fetched.push(new URL(input instanceof Request ? input.url : input.toString()));
    return fetch(input, init);
  };
  return {
    simulator,
    fetched,
    connector: (platform) => connectorFor(platform, { simulatorUrl: simulator.url, fetch: recordingFetch }),
    control: (path, body) =>
      fetch(`${simulator.url}/_sim${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    setNow: (time) => {
      now = time;
    },
  };
}

export const account = (platform: AccountRef['platform'], handle: string): AccountRef => ({
  platform,
  handle,
  webAddress: `https://example.invalid/${handle}`,
});

/** Ids of comments and their replies, depth first, for comparing the connector's view with the simulator's. */
export function commentIds(comments: (PlatformComment | SimComment)[]): string[] {
  return comments.flatMap((comment) => [comment.id, ...commentIds(comment.replies)]);
}
