import { createServer, Socket } from 'node:net';
import { delay } from './processes.js';

/** A port that is free right now; the OS picks it, so two test stacks never race for a fixed number. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A free port in [from, to], tried at random: for servers that cannot take every port the OS would pick. */
export async function freePortIn(from: number, to: number): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = from + Math.floor(Math.random() * (to - from + 1));
    const free = await new Promise<boolean>((resolve) => {
      const server = createServer();
      server.unref();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`no free port between ${from} and ${to}`);
}

function canConnect(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = new Socket();
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.setTimeout(1000);
    socket.once('connect', () => done(true));
    socket.once('timeout', () => done(false));
    socket.once('error', () => done(false));
    socket.connect(port, host);
  });
}

/** Servers bind "localhost" as IPv4 or IPv6 depending on the platform, so both are tried. */
export async function portOpen(port: number): Promise<boolean> {
  return (await canConnect(port, '127.0.0.1')) || (await canConnect(port, '::1'));
}

export async function waitForPort(port: number, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await portOpen(port))) {
    if (Date.now() > deadline) throw new Error(`${what} did not open port ${port} within ${timeoutMs / 1000} s`);
    await delay(250);
  }
}

/** Fails early with a clear message instead of a confusing "address in use" deep inside a child's log. */
export async function assertPortsFree(ports: Array<{ port: number; what: string }>): Promise<void> {
  const busy: string[] = [];
  for (const { port, what } of ports) {
    if (await portOpen(port)) busy.push(`${port} (${what})`);
  }
  if (busy.length > 0) {
    throw new Error(
      `port already in use: ${busy.join(', ')}. Is the stack already running? ` +
        'Stop it, or point DATABASE_URL / TEMPORAL_ADDRESS at the running servers.',
    );
  }
}
