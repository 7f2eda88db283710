import { createServer, Socket } from 'node:net';
import { delay } from './processes.js';

/** Listens on `port` (0: any) for a moment; answers the port it got, or undefined if it was taken. */
function tryListen(port: number): Promise<number | undefined> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(undefined));
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const got = typeof address === 'object' && address ? address.port : undefined;
      server.close(() => resolve(got));
    });
  });
}

/** A port that is free right now; the OS picks it, so two test stacks never race for a fixed number. */
export async function freePort(): Promise<number> {
  const port = await tryListen(0);
  if (port === undefined) throw new Error('the OS gave no free port');
  return port;
}

/** A free port in [from, to], tried at random: for servers that cannot take every port the OS would pick. */
export async function freePortIn(from: number, to: number): Promise<number> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const port = await tryListen(from + Math.floor(Math.random() * (to - from + 1)));
    if (port !== undefined) return port;
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
