import {
  Account,
  AccountHandover,
  AuditEvent,
  Board,
  BoardDecision,
  HandoverItem,
  Unit,
  UploadedFile,
  policyInForce,
  credentialsDeposited as hasDepositedCredentials,
} from '@smg/db';
import {
  DEFAULT_HANDOVER_RULES,
  boardDecisionCitation,
  boardDecisionOutcomeLabel,
  handoverCommandRefusal,
  handoverItemLabel,
  handoverItemRefusalFor,
  handoverItemSource,
  handoverProposalRefusal,
  handoverRulesFrom,
  handoverStatusLabel,
  isOptionalHandoverItem,
  isReleaseStep,
  newOwnerKindLabel,
  responsibleBoardRefusal,
  validateBoardDecision,
  validateHandoverEvidence,
  validateHandoverProposal,
  type Actor,
  type AttachedFileRef,
  type FieldError,
  type HandoverEvidence,
  type HandoverItemKey as HandoverItemKeyValue,
  type HandoverState,
  type HandoverStatus as HandoverStatusValue,
  type LinkedBoardDecision,
  type NewOwner,
  type OrganisationScope,
  type Permission,
} from '@smg/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In, IsNull, QueryFailedError } from 'typeorm';
import { randomUUID } from 'node:crypto';
import { actingRole, authorize } from '../../auth/authorization.js';
import type { ApiContext } from '../../context.js';
import { badUserInput, forbidden, notFound, stepNotAllowed } from '../../errors.js';
import { AccountType } from '../accounts/account.types.js';
import { findVisibleAccount } from '../accounts/accounts.resolver.js';
import { scopeOf } from '../accounts/opening-state.js';
import { HandoverItemKey, HandoverStatus } from '../enums.js';
import { AttachedFileType, attachedFileOf } from '../files/file.types.js';
import { actingAs, inWorkflow, refuseInvalid, requiredText, reread } from '../opening/opening.resolver.js';
import { BoardType } from '../organisation/organisation.types.js';
import { MAX_PAGE_SIZE, PageInput, pageOf, pageWindow } from '../pagination.js';
import { BoardDecisionInput, HandoverEvidenceInput, HandoverProposalInput } from './handover.inputs.js';
import { BoardDecisionType, FinalSnapshotType, HandoverItemType, HandoverType, NewOwnerType } from './handover.types.js';
import { TextArg, TEXT_LIMIT } from '../../validation.js';

/** Today in Stockholm as YYYY-MM-DD (a meeting cannot lie after it). */
const stockholmToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

/** The lifecycle's state as the projection shows it, for asking the domain's refusal function what is allowed now. */
function handoverStateOf(handover: AccountHandover, items: HandoverItem[]): HandoverState {
  const outcome = handover.finalSnapshotStatus === 'ARCHIVED' || handover.finalSnapshotStatus === 'ACCEPTED' ? 'ARCHIVED' : handover.finalSnapshotStatus === 'FAILED' ? 'FAILED' : 'PENDING';
  return {
    handoverId: handover.id,
    accountId: handover.accountId,
    municipalityId: handover.municipalityId,
    administrationId: '',
    unitId: '',
    boardId: handover.boardId,
    platform: 'OTHER',
    status: handover.status,
    decision: null,
    finalSnapshot: handover.finalSnapshotKey ? { snapshotKey: handover.finalSnapshotKey, outcome, attempts: 1 } : null,
    items: items.map((i) => ({
      key: i.key,
      completedBy: i.completedAt ? { actorId: i.completedById ?? '', actorName: i.completedByName ?? '', role: 'SYSTEM', at: i.completedAt.toISOString() } : null,
    })),
  };
}

/** The mutations of a handover, by their GraphQL names (`Handover.myActions`), with the permission each needs. */
const HANDOVER_ACTIONS: Record<string, { permission: Permission; allowed(state: HandoverState, role: string): boolean }> = {
  withdrawHandover: { permission: 'HANDOVER_PROPOSE', allowed: (s) => handoverCommandRefusal(s, { type: 'WITHDRAW', reason: 'återkallas' }) === null },
  registerBoardDecision: { permission: 'HANDOVER_RECORD_DECISION', allowed: (s) => s.status === 'AWAITING_DECISION' },
  recordHandoverItem: {
    permission: 'HANDOVER_RECORD_CONDITION',
    allowed: (s, role) =>
      (s.status === 'CONDITIONS' || s.status === 'RELEASE') &&
      s.items.some((i) => !i.completedBy && (s.status === 'RELEASE' || !isReleaseStep(i.key)) && handoverItemRefusalFor(i.key, role) === null),
  },
  retryFinalSnapshot: { permission: 'HANDOVER_RETRY_SNAPSHOT', allowed: (s) => handoverCommandRefusal(s, { type: 'RETRY_SNAPSHOT' }) === null },
};

async function authorizedAccount(ctx: ApiContext, accountId: string, permission: Permission) {
  const account = await findVisibleAccount(ctx, accountId);
  if (!account) throw notFound('Kontot finns inte.');
  return { account, role: authorize(ctx.actor!, permission, scopeOf(account)) };
}

/** The handover of the account that is still under way, or STEP_NOT_ALLOWED. */
async function runningHandover(ctx: ApiContext, account: Account): Promise<AccountHandover> {
  const handover = await ctx.loaders.latestHandover.load(account.id);
  if (!handover || ['HANDED_OVER', 'REFUSED', 'WITHDRAWN'].includes(handover.status)) throw stepNotAllowed('Kontot har ingen pågående överlåtelse.');
  return handover;
}

/**
 * A file the actor uploaded and has not attached to anything yet; otherwise a field error. Someone else's upload is
 * never attached in their name.
 */
async function attachableFile(ctx: ApiContext, fileId: string, field: string, options: { pdfOnly?: boolean } = {}): Promise<{ file: UploadedFile | null; errors: FieldError[] }> {
  const file = await ctx.dataSource.getRepository(UploadedFile).findOneBy({ id: fileId });
  if (!file || file.municipalityId !== ctx.actor!.municipalityId || file.uploadedById !== ctx.actor!.userId) {
    return { file: null, errors: [{ field, message: 'Filen finns inte. Ladda upp den igen.' }] };
  }
  if (file.attachedTo) return { file: null, errors: [{ field, message: 'Filen är redan bifogad till en annan handling; ladda upp den på nytt.' }] };
  if (options.pdfOnly && file.mimeType !== 'application/pdf') return { file: null, errors: [{ field, message: 'Protokollsutdraget ska vara en PDF.' }] };
  return { file, errors: [] };
}

const fileRef = (file: UploadedFile): AttachedFileRef => ({ id: file.id, fileName: file.fileName, mimeType: file.mimeType, size: file.size, sha256: file.sha256 });

/** The account after a handover step; the handover's cached rows of this request are stale too. */
async function rereadAfterHandover(ctx: ApiContext, accountId: string): Promise<Account> {
  const handover = await ctx.loaders.latestHandover.load(accountId);
  ctx.loaders.latestHandover.clear(accountId);
  if (handover) ctx.loaders.handoverItems.clear(handover.id);
  return reread(ctx, accountId);
}

/**
 * Handover of an account to another owner by board decision (seed 003 "Överlåta ett konto"). Each mutation
 * authorizes against the account's unit/administration, checks the content with the domain's validators and sends the
 * step to `account-handover/<accountId>` as a Temporal Update, whose validator decides whether it is allowed now.
 * The board secretary's decision record (and its minutes extract) is the one thing written here: it is a record of
 * the board, not lifecycle state; linking it to the handover goes through the workflow.
 */
/** Handovers read before the authorization filter; a municipality has few under way at once. */
const HANDOVER_SCAN_LIMIT = 500;

@Resolver(() => HandoverType)
export class HandoverResolver {
  @Authorized<Permission>('ACCOUNT_READ')
  @Query(() => [HandoverType], { description: 'Handovers in my municipality, newest first; `awaitingMyDecision`: those whose board decision I may register now.' })
  async handovers(
    @Arg('status', () => [HandoverStatus], { nullable: true }) status: HandoverStatusValue[] | null,
    @Arg('awaitingMyDecision', () => Boolean, { nullable: true }) awaitingMyDecision: boolean | null,
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() ctx: ApiContext,
  ): Promise<AccountHandover[]> {
    const actor = ctx.actor!;
    const statuses = awaitingMyDecision ? ['AWAITING_DECISION'] : status?.length ? status : null;
    const rows = await ctx.dataSource.getRepository(AccountHandover).find({
      where: { municipalityId: actor.municipalityId, ...(statuses ? { status: In(statuses) } : {}) },
      order: { proposedAt: 'DESC', id: 'ASC' },
      take: HANDOVER_SCAN_LIMIT,
    });
    const accounts = await Promise.all(rows.map((h) => ctx.loaders.account.load(h.accountId)));
    const visible = rows.filter((h, i) => {
      const account = accounts[i];
      if (!account || !actingRole(actor, 'ACCOUNT_READ', scopeOf(account))) return false;
      return !awaitingMyDecision || actingRole(actor, 'HANDOVER_RECORD_DECISION', scopeOf(account)) !== null;
    });
    // Filtered by the one authorization function, so the page is cut after it.
    return pageOf(visible, pageWindow(page, MAX_PAGE_SIZE));
  }

  @Authorized()
  @Query(() => HandoverType, { nullable: true, description: 'A handover by id; null when it does not exist or is not visible to me.' })
  async handover(@Arg('id', () => ID) id: string, @Ctx() ctx: ApiContext): Promise<AccountHandover | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const handover = await ctx.dataSource.getRepository(AccountHandover).findOneBy({ id });
    if (!handover) return null;
    return (await findVisibleAccount(ctx, handover.accountId)) ? handover : null;
  }

  @Authorized()
  @Query(() => [BoardType], { description: 'The boards (nämnder) of my municipality, by name.' })
  async boards(@Ctx() { actor, dataSource }: ApiContext): Promise<Board[]> {
    return dataSource.getRepository(Board).find({ where: { municipalityId: actor!.municipalityId }, order: { name: 'ASC' } });
  }

  @Authorized<Permission>('ACCOUNT_READ')
  @Query(() => [BoardDecisionType], { description: 'Board decisions registered in my municipality, newest first.' })
  async boardDecisions(
    @Arg('page', () => PageInput, { nullable: true }) page: PageInput | null,
    @Ctx() { actor, dataSource }: ApiContext,
  ): Promise<BoardDecision[]> {
    const { offset, limit } = pageWindow(page, MAX_PAGE_SIZE);
    return dataSource.getRepository(BoardDecision).find({
      where: { municipalityId: actor!.municipalityId },
      order: { registeredAt: 'DESC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
  }

  @Authorized<Permission>('HANDOVER_PROPOSE')
  @Mutation(() => AccountType, { description: 'Proposes that the account passes to another owner; it is HANDING_OVER until the board has decided.' })
  async proposeHandover(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('input', () => HandoverProposalInput) input: HandoverProposalInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorizedAccount(ctx, accountId, 'HANDOVER_PROPOSE');
    const refusal = handoverProposalRefusal(account.status);
    if (refusal) throw stepNotAllowed(refusal);
    const newOwner: NewOwner = {
      kind: input.newOwner.kind,
      unitId: input.newOwner.kind === 'MUNICIPAL_UNIT' ? (input.newOwner.unitId ?? null) : null,
      name: input.newOwner.name?.trim() ?? '',
      contactName: input.newOwner.contactName?.trim() || null,
      email: input.newOwner.email?.trim() || null,
      phone: input.newOwner.phone?.trim() || null,
    };
    const errors = validateHandoverProposal({ newOwner, reason: input.reason }, { currentUnitId: account.unitId });
    if (newOwner.kind === 'MUNICIPAL_UNIT' && newOwner.unitId && errors.length === 0) {
      const unit: Unit | null = await ctx.loaders.unit.load(newOwner.unitId);
      if (!unit || unit.municipalityId !== account.municipalityId) errors.push({ field: 'newOwner.unitId', message: 'Verksamheten finns inte i din kommun.' });
      else newOwner.name = unit.name;
    }
    await refuseInvalid(errors);

    const administration = (await ctx.loaders.administration.load(account.administrationId))!;
    const policy = await policyInForce(ctx.dataSource.manager, account.municipalityId);
    const credentialsDeposited = await hasDepositedCredentials(ctx.dataSource.manager, account.id);
    await inWorkflow(() =>
      ctx.handover.propose({
        handoverId: randomUUID(),
        accountId: account.id,
        municipalityId: account.municipalityId,
        administrationId: account.administrationId,
        unitId: account.unitId,
        boardId: administration.boardId,
        platform: account.platform,
        newOwner,
        reason: input.reason.trim(),
        by: actingAs(ctx.actor!, role),
        rules: policy ? handoverRulesFrom(policy.parameters) : DEFAULT_HANDOVER_RULES,
        policyVersionId: policy?.id ?? null,
        credentialsDeposited,
      }),
    );
    return rereadAfterHandover(ctx, account.id);
  }

  @Authorized<Permission>('HANDOVER_PROPOSE')
  @Mutation(() => AccountType, { description: 'Withdraws the proposal before the board has decided; the account is active again.' })
  async withdrawHandover(@Arg('accountId', () => ID) accountId: string, @TextArg('reason', TEXT_LIMIT) reason: string, @Ctx() ctx: ApiContext): Promise<Account> {
    const { account, role } = await authorizedAccount(ctx, accountId, 'HANDOVER_PROPOSE');
    await refuseInvalid(requiredText('reason', reason, 'Ett skäl måste anges.'));
    await runningHandover(ctx, account);
    await inWorkflow(() => ctx.handover.withdraw(account.id, reason.trim(), actingAs(ctx.actor!, role)));
    return rereadAfterHandover(ctx, account.id);
  }

  @Authorized<Permission>('HANDOVER_RECORD_DECISION')
  @Mutation(() => BoardDecisionType, {
    description:
      'The board secretary registers a board decision with its signed minutes extract and links it to the account’s handover. Refused, with nothing stored, when no handover of the account awaits a decision or the board is not the one responsible for the account’s unit.',
  })
  async registerBoardDecision(@Arg('input', () => BoardDecisionInput) input: BoardDecisionInput, @Ctx() ctx: ApiContext): Promise<BoardDecision> {
    const actor = ctx.actor!;
    const { account, role } = await authorizedAccount(ctx, input.accountId, 'HANDOVER_RECORD_DECISION');
    const handover = await runningHandover(ctx, account);
    if (handover.status !== 'AWAITING_DECISION') throw stepNotAllowed('Överlåtelsen väntar inte på något nämndbeslut; ett beslut är redan kopplat.');

    const errors = validateBoardDecision(input, stockholmToday());
    const board = await ctx.loaders.board.load(input.boardId);
    if (!board || board.municipalityId !== actor.municipalityId) errors.unshift({ field: 'boardId', message: 'Nämnden finns inte i din kommun.' });
    else {
      const responsible = (await ctx.loaders.board.load(handover.boardId))!;
      const notResponsible = responsibleBoardRefusal(board, responsible);
      if (notResponsible) errors.unshift({ field: 'boardId', message: notResponsible });
    }
    const { file, errors: fileErrors } = await attachableFile(ctx, input.minutesFileId, 'minutesFileId', { pdfOnly: true });
    await refuseInvalid([...errors, ...fileErrors]);

    const registeredAt = new Date();
    let decision: BoardDecision;
    try {
      decision = await ctx.dataSource.transaction(async (em) => {
        const saved = await em.save(
          em.create(BoardDecision, {
            municipalityId: actor.municipalityId,
            boardId: board!.id,
            meetingDate: input.meetingDate.trim(),
            paragraph: input.paragraph.trim(),
            diaryNumber: input.diaryNumber.trim(),
            decisionText: input.decisionText.trim(),
            outcome: input.outcome,
            minutesFileId: file!.id,
            accountId: account.id,
            registeredAt,
            registeredById: actor.userId,
            registeredByName: actor.name,
            handoverId: null,
            linkedAt: null,
          }),
        );
        // Attached once: a second record racing for the same upload finds it taken.
        const attached = await em.update(UploadedFile, { id: file!.id, attachedTo: IsNull() }, { attachedTo: `board-decision/${saved.id}`, accountId: account.id });
        if (attached.affected !== 1) throw badUserInput([{ field: 'minutesFileId', message: 'Filen är redan bifogad till en annan handling; ladda upp den på nytt.' }]);
        await em.save(
          em.create(AuditEvent, {
            idempotencyKey: `board-decision/${saved.id}`,
            municipalityId: actor.municipalityId,
            accountId: account.id,
            actorId: actor.userId,
            actorName: actor.name,
            actorRole: role,
            occurredAt: registeredAt,
            action: 'BOARD_DECISION_REGISTERED',
            fromStatus: account.status,
            toStatus: account.status,
            reason: null,
            data: {
              decisionId: saved.id,
              detail: `${boardDecisionCitation({ ...saved, boardName: board!.name })}: ${boardDecisionOutcomeLabel[saved.outcome]}`,
              evidence: { url: null, note: null, file: fileRef(file!) },
            },
          }),
        );
        return saved;
      });
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505') {
        throw badUserInput([{ field: 'paragraph', message: `${board!.name}s paragraf ${input.paragraph.trim()} från sammanträdet ${input.meetingDate.trim()} är redan registrerad.` }]);
      }
      throw error;
    }
    await linkToHandover(ctx, account, decision, board!, file!, role);
    return ctx.dataSource.getRepository(BoardDecision).findOneByOrFail({ id: decision.id });
  }

  @Authorized<Permission>('HANDOVER_RECORD_DECISION')
  @Mutation(() => AccountType, { description: 'Links a registered, not yet linked board decision to the account’s handover awaiting it.' })
  async linkBoardDecision(@Arg('accountId', () => ID) accountId: string, @Arg('decisionId', () => ID) decisionId: string, @Ctx() ctx: ApiContext): Promise<Account> {
    const { account, role } = await authorizedAccount(ctx, accountId, 'HANDOVER_RECORD_DECISION');
    const handover = await runningHandover(ctx, account);
    const decision = /^[0-9a-f-]{36}$/i.test(decisionId) ? await ctx.dataSource.getRepository(BoardDecision).findOneBy({ id: decisionId }) : null;
    if (!decision || decision.municipalityId !== account.municipalityId) throw notFound('Beslutet finns inte.');
    if (decision.accountId && decision.accountId !== account.id) throw badUserInput([{ field: 'decisionId', message: 'Beslutet gäller ett annat konto.' }]);
    if (decision.handoverId) throw stepNotAllowed('Beslutet är redan kopplat till en överlåtelse.');
    const board = (await ctx.loaders.board.load(decision.boardId))!;
    const notResponsible = responsibleBoardRefusal(board, (await ctx.loaders.board.load(handover.boardId))!);
    if (notResponsible) throw badUserInput([{ field: 'boardId', message: notResponsible }]);
    const file = (await ctx.loaders.file.load(decision.minutesFileId))!;
    await linkToHandover(ctx, account, decision, board, file, role);
    return rereadAfterHandover(ctx, account.id);
  }

  @Authorized<Permission>('HANDOVER_RECORD_CONDITION')
  @Mutation(() => AccountType, {
    description: 'Records one condition (or release step) of the handover with its evidence: a link or a file; the rename may be declined with a reason.',
  })
  async recordHandoverItem(
    @Arg('accountId', () => ID) accountId: string,
    @Arg('key', () => HandoverItemKey) key: HandoverItemKeyValue,
    @Arg('evidence', () => HandoverEvidenceInput) input: HandoverEvidenceInput,
    @Ctx() ctx: ApiContext,
  ): Promise<Account> {
    const { account, role } = await authorizedAccount(ctx, accountId, 'HANDOVER_RECORD_CONDITION');
    const refusal = handoverItemRefusalFor(key, role);
    if (refusal) throw forbidden(refusal);
    await runningHandover(ctx, account);
    const declineReason = input.declineReason != null && input.declineReason.trim() !== '' ? input.declineReason.trim() : null;
    let file: UploadedFile | null = null;
    const errors: FieldError[] = [];
    if (input.fileId && declineReason === null) {
      const found = await attachableFile(ctx, input.fileId, 'fileId');
      file = found.file;
      errors.push(...found.errors);
    }
    const evidence: HandoverEvidence = declineReason !== null ? {} : { url: input.url?.trim() || null, note: input.note?.trim() || null, file: file ? fileRef(file) : null };
    if (errors.length === 0) errors.push(...validateHandoverEvidence(key, input.fileId && !file ? { ...evidence, file: null } : evidence, declineReason));
    await refuseInvalid(errors);
    await inWorkflow(() => ctx.handover.recordItem(account.id, key, evidence, declineReason, actingAs(ctx.actor!, role)));
    return rereadAfterHandover(ctx, account.id);
  }

  @Authorized<Permission>('HANDOVER_RETRY_SNAPSHOT')
  @Mutation(() => AccountType, { description: 'Makes the failed final snapshot again, under the same key (one package at most).' })
  async retryFinalSnapshot(@Arg('accountId', () => ID) accountId: string, @Ctx() ctx: ApiContext): Promise<Account> {
    const { account, role } = await authorizedAccount(ctx, accountId, 'HANDOVER_RETRY_SNAPSHOT');
    await runningHandover(ctx, account);
    await inWorkflow(() => ctx.handover.retryFinalSnapshot(account.id, actingAs(ctx.actor!, role)));
    return rereadAfterHandover(ctx, account.id);
  }

  @FieldResolver(() => AccountType)
  async account(@Root() handover: AccountHandover, @Ctx() { loaders }: ApiContext): Promise<Account> {
    return (await loaders.account.load(handover.accountId))!;
  }

  @FieldResolver(() => String)
  statusLabel(@Root() handover: AccountHandover): string {
    return handoverStatusLabel[handover.status];
  }

  @FieldResolver(() => BoardType)
  async responsibleBoard(@Root() handover: AccountHandover, @Ctx() { loaders }: ApiContext): Promise<Board> {
    return (await loaders.board.load(handover.boardId))!;
  }

  @FieldResolver(() => NewOwnerType)
  async newOwner(@Root() handover: AccountHandover, @Ctx() { loaders }: ApiContext): Promise<NewOwnerType> {
    return {
      kind: handover.newOwnerKind,
      kindLabel: newOwnerKindLabel[handover.newOwnerKind],
      name: handover.newOwnerName,
      unit: handover.newOwnerUnitId ? ((await loaders.unit.load(handover.newOwnerUnitId)) as never) : null,
      contactName: handover.newOwnerContactName,
      email: handover.newOwnerEmail,
      phone: handover.newOwnerPhone,
    };
  }

  @FieldResolver(() => BoardDecisionType, { nullable: true })
  async decision(@Root() handover: AccountHandover, @Ctx() { loaders }: ApiContext): Promise<BoardDecision | null> {
    return handover.decisionId ? loaders.boardDecision.load(handover.decisionId) : null;
  }

  @FieldResolver(() => FinalSnapshotType, { nullable: true })
  async finalSnapshot(@Root() handover: AccountHandover, @Ctx() { loaders }: ApiContext): Promise<FinalSnapshotType | null> {
    if (!handover.finalSnapshotKey) return null;
    const snapshot = await loaders.snapshotByKey.load(`${handover.accountId}|${handover.finalSnapshotKey}`);
    return {
      snapshotKey: handover.finalSnapshotKey,
      status: snapshot?.status ?? 'WAITING',
      packageId: snapshot?.packageId ?? null,
      capturedAt: snapshot?.capturedAt ?? null,
      attempts: snapshot?.attempts ?? 0,
      failureReason: snapshot?.failureReason ?? null,
    };
  }

  @FieldResolver(() => [HandoverItemType])
  async items(@Root() handover: AccountHandover, @Ctx() { loaders }: ApiContext): Promise<HandoverItemType[]> {
    const items = await loaders.handoverItems.load(handover.id);
    const files = await Promise.all(items.map((i) => (i.evidenceFileId ? loaders.file.load(i.evidenceFileId) : null)));
    return items.map((item, index) => ({
      key: item.key,
      label: handoverItemLabel[item.key],
      source: handoverItemSource[item.key],
      group: isReleaseStep(item.key) ? 'RELEASE' : 'CONDITION',
      optional: isOptionalHandoverItem(item.key),
      completedAt: item.completedAt,
      completedByName: item.completedByName,
      completedRole: item.completedRole,
      evidenceUrl: item.evidenceUrl,
      evidenceNote: item.evidenceNote,
      evidenceFile: files[index] ? attachedFileOf(files[index]!) : null,
      declineReason: item.declineReason,
    }));
  }

  @FieldResolver(() => [String])
  async myActions(@Root() handover: AccountHandover, @Ctx() { actor, loaders }: ApiContext): Promise<string[]> {
    if (!actor) return [];
    const account = await loaders.account.load(handover.accountId);
    if (!account) return [];
    const state = handoverStateOf(handover, await loaders.handoverItems.load(handover.id));
    return actionsFor(actor, scopeOf(account), state);
  }
}

function actionsFor(actor: Actor, scope: OrganisationScope, state: HandoverState): string[] {
  return Object.entries(HANDOVER_ACTIONS)
    .filter(([, { permission, allowed }]) => {
      const role = actingRole(actor, permission, scope);
      return role !== null && allowed(state, role);
    })
    .map(([name]) => name);
}

/** Sends the decision to the handover; the workflow checks again that it is the responsible board and the right moment. */
async function linkToHandover(ctx: ApiContext, account: Account, decision: BoardDecision, board: Board, file: UploadedFile, role: ReturnType<typeof authorize>) {
  const linked: LinkedBoardDecision = {
    decisionId: decision.id,
    boardId: board.id,
    boardName: board.name,
    meetingDate: decision.meetingDate,
    paragraph: decision.paragraph,
    diaryNumber: decision.diaryNumber,
    outcome: decision.outcome,
    minutesFile: fileRef(file),
  };
  await inWorkflow(() => ctx.handover.linkDecision(account.id, linked, actingAs(ctx.actor!, role)));
  // What this request read before the step is stale now.
  ctx.loaders.latestHandover.clear(account.id);
  ctx.loaders.account.clear(account.id);
  ctx.loaders.history.clear(account.id);
}

@Resolver(() => BoardDecisionType)
export class BoardDecisionResolver {
  @FieldResolver(() => BoardType)
  async board(@Root() decision: BoardDecision, @Ctx() { loaders }: ApiContext): Promise<Board> {
    return (await loaders.board.load(decision.boardId))!;
  }

  @FieldResolver(() => String)
  outcomeLabel(@Root() decision: BoardDecision): string {
    return boardDecisionOutcomeLabel[decision.outcome];
  }

  @FieldResolver(() => String)
  async citation(@Root() decision: BoardDecision, @Ctx() { loaders }: ApiContext): Promise<string> {
    const board = await loaders.board.load(decision.boardId);
    return boardDecisionCitation({ ...decision, boardName: board?.name ?? '' });
  }

  @FieldResolver(() => AttachedFileType)
  async minutesFile(@Root() decision: BoardDecision, @Ctx() { loaders }: ApiContext): Promise<AttachedFileType> {
    return attachedFileOf((await loaders.file.load(decision.minutesFileId))!);
  }

  @FieldResolver(() => AccountType, { nullable: true })
  async account(@Root() decision: BoardDecision, @Ctx() ctx: ApiContext): Promise<Account | null> {
    return decision.accountId ? findVisibleAccount(ctx, decision.accountId) : null;
  }
}

@Resolver(() => AccountType)
export class AccountHandoverResolver {
  @FieldResolver(() => HandoverType, { nullable: true, description: 'The account’s latest handover, if it has had one.' })
  async handover(@Root() account: Account, @Ctx() { loaders }: ApiContext): Promise<AccountHandover | null> {
    return loaders.latestHandover.load(account.id);
  }

  @FieldResolver(() => Boolean, { description: 'Whether I may propose that this account is handed over now.' })
  mayProposeHandover(@Root() account: Account, @Ctx() { actor }: ApiContext): boolean {
    return !!actor && actingRole(actor, 'HANDOVER_PROPOSE', scopeOf(account)) !== null && handoverProposalRefusal(account.status) === null;
  }
}
