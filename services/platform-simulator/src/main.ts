import { startPlatformSimulator } from './server.js';

/** The simulator process: PORT (4100), HOST (all interfaces). */
const simulator = await startPlatformSimulator({ port: Number(process.env.PORT ?? 4100), host: process.env.HOST || undefined });
console.log(`Plattformssimulator på ${simulator.url} (t.ex. ${simulator.url}/facebook/demokommun)`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    simulator.close().then(
      () => process.exit(0),
      (error) => {
        console.error(error);
        process.exit(1);
      },
    );
  });
}
