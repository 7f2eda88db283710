/**
 * How the platform simulator (services/platform-simulator) names accounts, in one place for both sides: the
 * simulator keeps accounts apart by platform and handle (a municipality often uses one handle everywhere), so its
 * Graph node id for an account is `platform:handle`; a bare handle means a Facebook page.
 */
import { PLATFORMS, Platform } from '@smg/domain';
import type { AccountRef } from './connector.js';

/** The Graph API version the simulator serves, as the real one prefixes its paths. */
export const SIMULATOR_GRAPH_VERSION = 'v19.0';

export type SimulatedAccountKey = Pick<AccountRef, 'platform' | 'handle'>;

export function simulatorAccountId(account: SimulatedAccountKey): string {
  return `${account.platform.toLowerCase()}:${account.handle}`;
}

/** The account a simulator node id names, or null when the platform part is not one of ours. */
export function parseSimulatorAccountId(id: string): SimulatedAccountKey | null {
  const colon = id.indexOf(':');
  if (colon < 0) return id ? { platform: Platform.FACEBOOK, handle: id } : null;
  const platform = id.slice(0, colon).toUpperCase() as Platform;
  const handle = id.slice(colon + 1);
  return PLATFORMS.includes(platform) && handle ? { platform, handle } : null;
}

/** The simulated public page: /{platform}/{handle}. */
export function simulatorPageUrl(simulatorUrl: string, account: SimulatedAccountKey): string {
  return `${simulatorUrl.replace(/\/+$/, '')}/${account.platform.toLowerCase()}/${encodeURIComponent(account.handle)}`;
}
