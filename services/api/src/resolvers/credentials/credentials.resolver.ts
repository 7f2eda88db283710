import { Account, VaultIntegrityError, latestCredentialDeposit, type DepositedCredential, type RevealedCredentials } from '@smg/db';
import {
  CREDENTIAL_LIMITS,
  credentialDepositRefusal,
  validateCredentialDeposit,
  validateRevealReason,
  type Permission,
} from '@smg/domain';
import { StepNotAllowedError } from '@smg/workflows/client';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { actingRole, authorize } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { notFound, stepNotAllowed, vaultIntegrity } from '../../errors.js';
import { AccountType } from '../accounts/account.types.js';
import { findVisibleAccount } from '../accounts/accounts.resolver.js';
import { scopeOf } from '../accounts/opening-state.js';
import { actingAs, refuseInvalid, reread } from '../opening/opening.resolver.js';
import { TextArg } from '../../validation.js';
import { CredentialDepositInput, CredentialDepositType, RevealedCredentialsType } from './credentials.types.js';

/** Noted on the provisioning checklist when a deposit ticks it: where the credentials are, never what they are. */
const DEPOSITED_NOTE = 'Deponerade krypterat i systemets valv hos kommunikationsenheten.';

async function accountFor(ctx: ApiContext, accountId: string): Promise<Account> {
  const account = await findVisibleAccount(ctx, accountId);
  if (!account) throw notFound('Kontot finns inte.');
  return account;
}

/**
 * The credential vault's mutations. Unlike the lifecycles' steps, these write the database directly (through
 * `ctx.vault`), so the secret never travels through a workflow: not in a Temporal payload, not in a history.
 */
@Resolver()
export class CredentialsResolver {
  @Authorized<Permission>('CREDENTIALS_DEPOSIT')
  @Mutation(() => AccountType, {
    description: 'Deposits the account’s credentials with the communications unit (encrypted); replaces an earlier deposit. During provisioning it ticks CREDENTIALS_DEPOSITED.',
  })
  async depositCredentials(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => CredentialDepositInput) input: CredentialDepositInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const account = await accountFor(ctx, accountId);
    const role = authorize(ctx.actor!, 'CREDENTIALS_DEPOSIT', scopeOf(account));
    const refusal = credentialDepositRefusal(account.status);
    if (refusal) throw stepNotAllowed(refusal);
    await refuseInvalid(validateCredentialDeposit(input));
    const by = actingAs(ctx.actor!, role);
    await ctx.vault.deposit({
      accountId: account.id,
      municipalityId: account.municipalityId,
      loginName: input.loginName.trim(),
      loginEmail: input.loginEmail?.trim() || null,
      secret: input.secret,
      by,
      at: new Date(),
    });
    if (account.status === 'PROVISIONING') {
      // The checklist item is ticked the one way every item is: an Update to the opening workflow, with a note.
      const items = await ctx.loaders.provisioning.load(account.id);
      const pending = items.some((i) => i.key === 'CREDENTIALS_DEPOSITED' && !i.completedAt);
      if (pending) {
        try {
          await ctx.opening.completeProvisioningItem(account.id, 'CREDENTIALS_DEPOSITED', { note: DEPOSITED_NOTE }, by);
        } catch (error) {
          // The deposit stands; the lifecycle did not take the tick now, so the item stays for the checklist.
          if (!(error instanceof StepNotAllowedError)) throw error;
        }
      }
    }
    return reread(ctx, account.id);
  }

  @Authorized<Permission>('CREDENTIALS_REVEAL')
  @Mutation(() => RevealedCredentialsType, {
    description: 'Shows the deposited credentials once, to the communications unit, for a stated reason kept in the audit trail.',
  })
  async revealCredentials(
    @Arg('accountId', () => ID) accountId: string,
    @TextArg('reason', CREDENTIAL_LIMITS.reason, { nullable: true, description: 'Why the credentials are needed (required).' }) reason: string | null,
    @Ctx() ctx: ApiContext,
  ): Promise<RevealedCredentials> {
    const account = await accountFor(ctx, accountId);
    const role = authorize(ctx.actor!, 'CREDENTIALS_REVEAL', scopeOf(account));
    await refuseInvalid(validateRevealReason(reason));
    let revealed: RevealedCredentials | null;
    try {
      revealed = await ctx.vault.reveal({ accountId: account.id, by: actingAs(ctx.actor!, role), reason: reason!.trim(), at: new Date() });
    } catch (error) {
      if (!(error instanceof VaultIntegrityError)) throw error;
      // For operations: which account and what failed (the error carries no part of the secret).
      console.error(`[api] credential vault: account ${account.id}: ${error.message}`);
      throw vaultIntegrity();
    }
    if (!revealed) throw notFound('Inga inloggningsuppgifter är deponerade för kontot (eller så är de förstörda).');
    return revealed;
  }
}

@Resolver(() => AccountType)
export class CredentialAccountFieldsResolver {
  @FieldResolver(() => CredentialDepositType, { nullable: true, description: 'The deposited credentials’ metadata (never the secret); null when none were deposited in the vault.' })
  credentialDeposit(@Root() account: Account, @Ctx() ctx: ApiContext): Promise<DepositedCredential | null> {
    return latestCredentialDeposit(ctx.dataSource.manager, account.id);
  }

  @FieldResolver(() => [String], { description: 'The vault mutations the signed-in user may take on the account now: depositCredentials, revealCredentials.' })
  async credentialActions(@Root() account: Account, @Ctx() ctx: ApiContext): Promise<string[]> {
    const actor = ctx.actor;
    if (!actor) return [];
    const actions: string[] = [];
    if (actingRole(actor, 'CREDENTIALS_DEPOSIT', scopeOf(account)) && !credentialDepositRefusal(account.status)) actions.push('depositCredentials');
    if (actingRole(actor, 'CREDENTIALS_REVEAL', scopeOf(account))) {
      const deposit = await latestCredentialDeposit(ctx.dataSource.manager, account.id);
      if (deposit && !deposit.destroyedAt) actions.push('revealCredentials');
    }
    return actions;
  }
}
