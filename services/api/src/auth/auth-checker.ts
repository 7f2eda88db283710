import type { Permission } from '@smg/domain';
import type { AuthChecker } from 'type-graphql';
import type { ApiContext } from '../context.js';
import { unauthenticated } from '../errors.js';
import { requireRoleFor } from './authorization.js';

/**
 * `@Authorized()` requires a signed-in user; `@Authorized<Permission>('OPENING_CONSULT')` also requires a role
 * that permission lists somewhere, so a request that can never succeed is refused before anything is loaded.
 * Whether the role reaches THIS account's unit or administration is decided per object in authorization.ts.
 */
export const authChecker: AuthChecker<ApiContext, Permission> = ({ context }, permissions) => {
  if (!context.actor) throw unauthenticated(context.authError);
  for (const permission of permissions) requireRoleFor(context.actor, permission);
  return true;
};
