import { platformLabel, type Platform } from '@smg/domain';
import type { PlatformConnector } from './connector.js';
import { FacebookGraphConnector, InstagramGraphConnector } from './graph.js';
import type { ApiConfig } from './http.js';
import { LinkedInConnector } from './linkedin.js';
import { SIMULATOR_GRAPH_VERSION, simulatorAccountId, simulatorPageUrl } from './simulator.js';
import { YouTubeConnector } from './youtube.js';

export interface ConnectorConfig {
  /** The platform simulator's URL (development, demo, tests). When set, every platform is served by it. */
  simulatorUrl?: string;
  facebook?: ApiConfig;
  instagram?: ApiConfig;
  youtube?: ApiConfig;
  linkedin?: ApiConfig & { version?: string };
  fetch?: typeof fetch;
}

/**
 * The connector for an account's platform.
 *
 * In development every platform, whatever its real API, points at the platform simulator, and the simulator speaks
 * the Graph API shape only: one simulated API is enough to exercise everything the connector interface promises,
 * archiving and the inactivity watch then run the same code path for every demo account, and the YouTube and
 * LinkedIn adapters are held to their real APIs by contract tests against recorded responses instead.
 */
export function connectorFor(platform: Platform, config: ConnectorConfig): PlatformConnector {
  if (config.simulatorUrl) return simulatorConnector(config.simulatorUrl, config.fetch);
  const withFetch = <T extends ApiConfig>(api: T): T => ({ ...api, fetch: api.fetch ?? config.fetch });
  switch (platform) {
    case 'FACEBOOK':
      if (config.facebook) return new FacebookGraphConnector(withFetch(config.facebook));
      break;
    case 'INSTAGRAM':
      if (config.instagram) return new InstagramGraphConnector(withFetch(config.instagram));
      break;
    case 'YOUTUBE':
      if (config.youtube) return new YouTubeConnector(withFetch(config.youtube));
      break;
    case 'LINKEDIN':
      if (config.linkedin) return new LinkedInConnector(withFetch(config.linkedin));
      break;
    default:
      throw new Error(`Det finns ingen plattformskoppling för ${platformLabel[platform]}`);
  }
  throw new Error(`Plattformskopplingen för ${platformLabel[platform]} är inte konfigurerad (åtkomsttoken saknas)`);
}

/** The Graph adapter pointed at the simulator, with the simulator's account ids and public pages. */
export function simulatorConnector(simulatorUrl: string, fetchImpl?: typeof fetch): PlatformConnector {
  const base = simulatorUrl.replace(/\/+$/, '');
  return new FacebookGraphConnector({
    baseUrl: `${base}/${SIMULATOR_GRAPH_VERSION}`,
    accessToken: 'simulator',
    fetch: fetchImpl,
    label: 'Plattformssimulatorn',
    accountId: simulatorAccountId,
    publicPageUrl: (account) => simulatorPageUrl(base, account),
  });
}

const API_URLS = {
  graph: 'https://graph.facebook.com/v19.0',
  youtube: 'https://www.googleapis.com/youtube/v3',
  linkedin: 'https://api.linkedin.com/rest',
};

/**
 * The configuration from the environment: PLATFORM_API_URL (the simulator; the stack sets it), otherwise a token per
 * platform (FACEBOOK_ACCESS_TOKEN, INSTAGRAM_ACCESS_TOKEN, YOUTUBE_ACCESS_TOKEN, LINKEDIN_ACCESS_TOKEN) with the
 * API's URL overridable by *_API_URL.
 */
export function connectorConfigFromEnv(env: NodeJS.ProcessEnv = process.env): ConnectorConfig {
  if (env.PLATFORM_API_URL) return { simulatorUrl: env.PLATFORM_API_URL };
  const api = (name: string, defaultUrl: string): ApiConfig | undefined => {
    const accessToken = env[`${name}_ACCESS_TOKEN`];
    return accessToken ? { baseUrl: env[`${name}_API_URL`] || defaultUrl, accessToken } : undefined;
  };
  return {
    facebook: api('FACEBOOK', API_URLS.graph),
    instagram: api('INSTAGRAM', API_URLS.graph),
    youtube: api('YOUTUBE', API_URLS.youtube),
    linkedin: api('LINKEDIN', API_URLS.linkedin),
  };
}
