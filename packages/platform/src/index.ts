export * from './connector.js';
export { PlatformApiError, type ApiConfig } from './http.js';
export type { AdapterConfig } from './adapter.js';
export { FacebookGraphConnector, InstagramGraphConnector } from './graph.js';
export { YouTubeConnector } from './youtube.js';
export { LinkedInConnector, LINKEDIN_DEFAULT_VERSION, type LinkedInConfig } from './linkedin.js';
export * from './simulator.js';
export { connectorFor, connectorConfigFromEnv, simulatorConnector, type ConnectorConfig } from './factory.js';
