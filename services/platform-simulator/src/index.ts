export { startPlatformSimulator, createSimulatorApp, type PlatformSimulatorOptions, type RunningPlatformSimulator } from './server.js';
export { SimulatorStore, type Registration } from './store.js';
export { FEED_PAGE_SIZE, VISIBLE_COMMENTS } from './page.js';
