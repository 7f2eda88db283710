import { describe, expect, it } from 'vitest';
import {
  FacebookGraphConnector,
  InstagramGraphConnector,
  LinkedInConnector,
  YouTubeConnector,
  connectorConfigFromEnv,
  connectorFor,
  parseSimulatorAccountId,
  simulatorAccountId,
} from '../src/index.js';

const api = { baseUrl: 'http://127.0.0.1:9/api', accessToken: 't' };

describe('connectorFor', () => {
  it('picks the adapter for the platform', () => {
    const config = { facebook: api, instagram: api, youtube: api, linkedin: api };
    expect(connectorFor('FACEBOOK', config)).toBeInstanceOf(FacebookGraphConnector);
    expect(connectorFor('INSTAGRAM', config)).toBeInstanceOf(InstagramGraphConnector);
    expect(connectorFor('YOUTUBE', config)).toBeInstanceOf(YouTubeConnector);
    expect(connectorFor('LINKEDIN', config)).toBeInstanceOf(LinkedInConnector);
  });

  it('says which platform has no connection or no token', () => {
    expect(() => connectorFor('TIKTOK', {})).toThrow('Det finns ingen plattformskoppling för TikTok');
    expect(() => connectorFor('YOUTUBE', {})).toThrow('Plattformskopplingen för YouTube är inte konfigurerad (åtkomsttoken saknas)');
  });

  it('with the simulator, every platform is its Graph API and its public pages', () => {
    for (const platform of ['FACEBOOK', 'LINKEDIN', 'TIKTOK', 'PODCAST'] as const) {
      const connector = connectorFor(platform, { simulatorUrl: 'http://localhost:4100/' });
      expect(connector).toBeInstanceOf(FacebookGraphConnector);
      expect(connector.publicPageUrl({ platform, handle: 'demo kommun', webAddress: 'https://example.org' })).toBe(
        `http://localhost:4100/${platform.toLowerCase()}/demo%20kommun`,
      );
    }
  });

  it('reads the environment: PLATFORM_API_URL means the simulator, otherwise a token per platform', () => {
    expect(connectorConfigFromEnv({ PLATFORM_API_URL: 'http://localhost:4100' })).toEqual({ simulatorUrl: 'http://localhost:4100' });
    const config = connectorConfigFromEnv({ YOUTUBE_ACCESS_TOKEN: 'yt', LINKEDIN_ACCESS_TOKEN: 'li', LINKEDIN_API_URL: 'http://127.0.0.1:9/rest' });
    expect(config.facebook).toBeUndefined();
    expect(config.youtube).toEqual({ baseUrl: 'https://www.googleapis.com/youtube/v3', accessToken: 'yt' });
    expect(config.linkedin).toEqual({ baseUrl: 'http://127.0.0.1:9/rest', accessToken: 'li' });
  });
});

describe('simulator account ids', () => {
  it('keep the same handle on two platforms apart, and a bare handle is a Facebook page', () => {
    const id = simulatorAccountId({ platform: 'INSTAGRAM', handle: 'demo.kommun_1' });
    expect(id).toBe('instagram:demo.kommun_1');
    expect(parseSimulatorAccountId(id)).toEqual({ platform: 'INSTAGRAM', handle: 'demo.kommun_1' });
    expect(parseSimulatorAccountId('demokommun')).toEqual({ platform: 'FACEBOOK', handle: 'demokommun' });
    expect(parseSimulatorAccountId('myspace:demokommun')).toBeNull();
  });
});
