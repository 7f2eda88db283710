import type { CredentialVault, User } from '@smg/db';
import type { Actor } from '@smg/domain';
import type { ArchiveStorage } from '@smg/archive/storage';
import type { ArchivingClient, ClosureClient, OpeningClient } from '@smg/workflows/client';
import type { HandoverClient } from '@smg/workflows/handover';
import type { DataSource } from 'typeorm';
import type { Authenticator } from './auth/authentication.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What lives as long as the process. */
export interface ApiServices {
  dataSource: DataSource;
  /** The only way the API changes anything: steps sent to the opening workflows. */
  opening: OpeningClient;
  /** Starts archiving runs and snapshots (manual runs, retries, major changes). */
  archiving: ArchivingClient;
  /** Where the lifecycle stored the packages; read for downloads. */
  archiveStorage: ArchiveStorage;
  auth: Authenticator;
  /** Steps sent to the handover workflows. */
  handover: HandoverClient;
  /** The activity watch and closures (closure after inactivity). */
  closure: ClosureClient;
  /**
   * Deposited credentials: written by the API itself, never through a workflow, so no secret is ever in a
   * Temporal payload or history.
   */
  vault: CredentialVault;
}

/** What each request gets: who is calling, and loaders whose cache lives exactly as long as the request. */
export interface ApiContext extends ApiServices {
  actor: Actor | null;
  user: User | null;
  /** Why a presented token was refused, reported when a signed-in field is asked for. */
  authError: string | null;
  loaders: Loaders;
}

export function contextFactory(services: ApiServices): (authorizationHeader?: string | null) => Promise<ApiContext> {
  return async (authorizationHeader) => {
    const { actor, user, error } = await services.auth.authenticate(authorizationHeader);
    return { ...services, actor, user, authError: error, loaders: createLoaders(services.dataSource) };
  };
}
