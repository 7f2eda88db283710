import { Account, AuditEvent } from '@smg/db';
import { requiredProvisioningItems, type ProvisioningItemKey } from '@smg/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiServer, type RunningApiServer } from '../src/server.js';
import { ACCOUNT_FIELDS, errorCodes, evidenceFor, planInput, startTestApi, temporalAddress, validPlan, type Result, type TestApi } from './support.js';

const APPLY = `mutation($input: ActivityPlanInput!) { applyForAccount(input: $input) { ${ACCOUNT_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitPlan(accountId: $id) { ${ACCOUNT_FIELDS} } }`;
const CONSULT = `mutation($id: ID!, $opinion: String!) { recordConsultation(accountId: $id, opinion: $opinion) { ${ACCOUNT_FIELDS} } }`;
const DECIDE_UNIT = `mutation($id: ID!, $decision: Decision!, $reason: String) { decideAsUnitManager(accountId: $id, decision: $decision, reason: $reason) { ${ACCOUNT_FIELDS} } }`;
const DECIDE_ADMIN = `mutation($id: ID!, $decision: Decision!, $reason: String) { decideAsHeadOfAdministration(accountId: $id, decision: $decision, reason: $reason) { ${ACCOUNT_FIELDS} } }`;
const SAVE = `mutation($id: ID!, $input: ActivityPlanInput!) { savePlan(accountId: $id, input: $input) { ${ACCOUNT_FIELDS} } }`;
const PROVISION = `mutation($id: ID!, $key: ProvisioningItemKey!, $evidence: ProvisioningEvidenceInput!) { completeProvisioningItem(accountId: $id, key: $key, evidence: $evidence) { ${ACCOUNT_FIELDS} } }`;
const WITHDRAW = `mutation($id: ID!, $reason: String!) { withdraw(accountId: $id, reason: $reason) { ${ACCOUNT_FIELDS} } }`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { ${ACCOUNT_FIELDS} } }`;

function ok<T>(result: Result<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('the opening lifecycle through GraphQL, the real workflow and its projection', () => {
  let t: TestApi;
  let http: RunningApiServer;

  beforeAll(async () => {
    t = await startTestApi({ withWorker: true });
    // The same API over HTTP, sending to the same task queue, for the transport path with a real token.
    http = await startApiServer({ port: 0, host: '127.0.0.1', databaseUrl: t.db.appUrl, temporalAddress: temporalAddress(), taskQueue: t.taskQueue });
  });
  afterAll(async () => {
    await http?.close();
    await t?.close();
  });

  const auditCount = (accountId: string) => t.db.dataSource.getRepository(AuditEvent).countBy({ accountId });
  const workflowCount = async () => (await t.temporal.workflow.count(`TaskQueue = '${t.taskQueue}'`)).count;

  /** A submitted plan of the library, consulted by the communications unit: the unit manager's turn. */
  async function awaitingUnitManager(): Promise<string> {
    const applied = ok(await t.run<any>('editor', APPLY, { input: planInput(t.org.units.library.id) })).applyForAccount;
    ok(await t.run('editor', SUBMIT, { id: applied.id }));
    ok(await t.run('communications', CONSULT, { id: applied.id, opinion: 'Kanalen kompletterar kommunens centrala konto.' }));
    return applied.id;
  }

  async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const value = await read();
      if (done(value)) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(value)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }

  it('takes an account from application to ACTIVE, after which it is listed in the public register', async () => {
    // Applying over HTTP with a token from the development issuer, as the microfrontends do.
    const signIn = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation($id: ID!) { devSignIn(userId: $id) { token } }', variables: { id: t.org.users.editor.id } }),
    });
    const { token } = ((await signIn.json()) as any).data.devSignIn;
    const response = await fetch(http.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: APPLY, variables: { input: planInput(t.org.units.library.id) } }),
    });
    const applied = ok((await response.json()) as Result<any>).applyForAccount;
    expect(applied).toMatchObject({ status: 'DRAFT', planRevision: 0, workflowId: `account-opening/${applied.id}`, pendingStep: null });
    expect(applied.plan).toMatchObject({ displayName: 'Biblioteket i Demokommun', submittedAt: null });
    expect(applied.myActions).toEqual(['savePlan', 'submitPlan', 'withdraw']);
    const id = applied.id;

    const submitted = ok(await t.run<any>('editor', SUBMIT, { id })).submitPlan;
    expect(submitted).toMatchObject({ status: 'IN_REVIEW', planRevision: 1, pendingStep: 'CONSULTATION' });
    expect(submitted.approvals.map((s: any) => `${s.kind}:${s.outcome}`)).toEqual([
      'CONSULTATION:PENDING',
      'UNIT_MANAGER:PENDING',
      'HEAD_OF_ADMINISTRATION:PENDING',
    ]);

    const consulted = ok(await t.run<any>('communications', CONSULT, { id, opinion: 'Tillstyrks.' })).recordConsultation;
    expect(consulted.pendingStep).toBe('UNIT_MANAGER');
    expect(consulted.myActions).toEqual([]);

    const byUnit = ok(await t.run<any>('unitManager', DECIDE_UNIT, { id, decision: 'APPROVE' })).decideAsUnitManager;
    expect(byUnit.pendingStep).toBe('HEAD_OF_ADMINISTRATION');
    expect(byUnit.approvals[1]).toMatchObject({ kind: 'UNIT_MANAGER', outcome: 'APPROVED', decidedByName: 'Ulf Enhetschef', decidedRole: 'UNIT_MANAGER' });

    const byAdministration = ok(await t.run<any>('headOfAdministration', DECIDE_ADMIN, { id, decision: 'APPROVE' })).decideAsHeadOfAdministration;
    expect(['APPROVED', 'PROVISIONING']).toContain(byAdministration.status);

    // The workflow starts provisioning by itself once the chain is approved.
    const provisioning = await eventually(
      async () => ok(await t.run<any>('editor', ACCOUNT, { id })).account,
      (a) => a.status === 'PROVISIONING',
      'provisioning to start',
    );
    const keys = provisioning.provisioning.map((i: any) => i.key);
    expect(keys).toEqual(requiredProvisioningItems('INSTAGRAM'));
    expect(provisioning.myActions).toContain('completeProvisioningItem');

    let account = provisioning;
    for (const key of keys as ProvisioningItemKey[]) {
      account = ok(await t.run<any>('editor', PROVISION, { id, key, evidence: evidenceFor(key) })).completeProvisioningItem;
    }
    expect(account.status).toBe('ACTIVE');
    expect(account.activatedAt).toEqual(expect.any(String));
    expect(account.provisioning.every((i: any) => i.completedByName === 'Elin Redaktör')).toBe(true);
    expect(account.administrators.map((a: any) => [a.name, a.twoFactorConfirmed])).toEqual([
      ['Anna Admin', true],
      ['Bo Backup', true],
    ]);
    expect(account.myActions).toEqual([]);
    const actions = account.history.map((e: any) => e.action);
    expect(actions.slice(0, 5)).toEqual(['OPENING_STARTED', 'PLAN_SUBMITTED', 'CONSULTATION_RECORDED', 'APPROVED', 'APPROVED']);
    expect(actions).toContain('PROVISIONING_STARTED');
    expect(actions.at(-1)).toBe('ACTIVATED');

    const register = ok(await t.run<any>(null, 'query($m: ID) { register(municipalityId: $m) { displayName unitName webAddress } }', { m: t.org.municipality.id }));
    expect(register.register).toContainEqual({
      displayName: 'Biblioteket i Demokommun',
      unitName: 'Biblioteket',
      webAddress: 'https://www.instagram.com/biblioteket_demokommun',
    });
  });

  it('refuses a plan with one administrator, an empty purpose or a personal e-mail, naming the field; nothing is stored', async () => {
    const accountsBefore = await t.db.dataSource.getRepository(Account).count();
    const eventsBefore = await t.db.dataSource.getRepository(AuditEvent).count();
    const workflowsBefore = await workflowCount();

    const plan = validPlan();
    const cases: Array<[string, object]> = [
      ['administrators', { administrators: plan.administrators.slice(0, 1) }],
      ['purpose', { purpose: '   ' }],
      // Ulf's own address, from app_user: an account is never registered on a person's address.
      ['functionalEmail', { functionalEmail: 'ULF.enhetschef@demokommun.se' }],
    ];
    for (const [field, change] of cases) {
      const result = await t.run<any>('editor', APPLY, { input: planInput(t.org.units.library.id, { ...plan, ...change }) });
      expect(errorCodes(result), field).toEqual(['BAD_USER_INPUT']);
      const fieldErrors = result.errors![0].extensions!.fieldErrors as Array<{ field: string; message: string }>;
      expect(fieldErrors.map((e) => e.field), field).toEqual([field]);
      expect(fieldErrors[0].message).toMatch(/[a-zåäö]/i);
      expect(result.data).toBeNull();
    }
    // Shape errors (class-validator) are reported the same way.
    const unknownQuestion = await t.run<any>('editor', APPLY, {
      input: planInput(t.org.units.library.id, { ...plan, checklist: [{ key: 'NO_SUCH_QUESTION' as never, answer: true, comment: null }] }),
    });
    expect(unknownQuestion.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'checklist.0.key' }] });

    expect(await t.db.dataSource.getRepository(Account).count()).toBe(accountsBefore);
    expect(await t.db.dataSource.getRepository(AuditEvent).count()).toBe(eventsBefore);
    expect(await workflowCount()).toBe(workflowsBefore);
  });

  it('a unit manager of another unit is FORBIDDEN, approving twice is refused by the workflow; neither writes an audit event', async () => {
    const id = await awaitingUnitManager();
    const before = await auditCount(id);

    const otherManager = await t.run<any>('otherUnitManager', DECIDE_UNIT, { id, decision: 'APPROVE' });
    expect(errorCodes(otherManager)).toEqual(['FORBIDDEN']);
    expect(otherManager.errors![0].message).toMatch(/verksamhetsansvarig chef för kontots verksamhet/);
    const editor = await t.run<any>('editor', DECIDE_UNIT, { id, decision: 'APPROVE' });
    expect(errorCodes(editor)).toEqual(['FORBIDDEN']);
    expect(await auditCount(id)).toBe(before);

    ok(await t.run('unitManager', DECIDE_UNIT, { id, decision: 'APPROVE' }));
    const afterApproval = await auditCount(id);
    expect(afterApproval).toBe(before + 1);

    const twice = await t.run<any>('unitManager', DECIDE_UNIT, { id, decision: 'APPROVE' });
    expect(errorCodes(twice)).toEqual(['STEP_NOT_ALLOWED']);
    expect(twice.errors![0].message).toBe('Steget UNIT_MANAGER är redan beslutat.');
    expect(await auditCount(id)).toBe(afterApproval);
    const account = ok(await t.run<any>('unitManager', ACCOUNT, { id })).account;
    expect(account.pendingStep).toBe('HEAD_OF_ADMINISTRATION');
  });

  it('sends back with a reason; the applicant revises and resubmits a new revision', async () => {
    const id = await awaitingUnitManager();
    const noReason = await t.run<any>('unitManager', DECIDE_UNIT, { id, decision: 'SEND_BACK' });
    expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'reason' }] });

    const sentBack = ok(await t.run<any>('unitManager', DECIDE_UNIT, { id, decision: 'SEND_BACK', reason: 'Målen behöver gå att mäta.' })).decideAsUnitManager;
    expect(sentBack).toMatchObject({ status: 'DRAFT', lastReason: 'Målen behöver gå att mäta.' });

    const revised = ok(
      await t.run<any>('editor', SAVE, { id, input: planInput(t.org.units.library.id, validPlan({ goals: '300 följare och 20 frågor i månaden inom ett år.' })) }),
    ).savePlan;
    expect(revised.status).toBe('DRAFT');
    const resubmitted = ok(await t.run<any>('editor', SUBMIT, { id })).submitPlan;
    expect(resubmitted).toMatchObject({ status: 'IN_REVIEW', planRevision: 2, pendingStep: 'CONSULTATION' });
    expect(resubmitted.plan).toMatchObject({ revision: expect.any(Number) });
    const history = resubmitted.history.map((e: any) => e.action);
    expect(history).toEqual(expect.arrayContaining(['SENT_BACK', 'PLAN_SAVED']));
    expect(history.at(-1)).toBe('PLAN_SUBMITTED');

    // A plan under review cannot be edited: the workflow refuses, nothing changes.
    const lateEdit = await t.run<any>('editor', SAVE, { id, input: planInput(t.org.units.library.id) });
    expect(errorCodes(lateEdit)).toEqual(['STEP_NOT_ALLOWED']);
  });

  it('refuses a personal address as provisioning evidence, and withdraws with a reason', async () => {
    const id = await awaitingUnitManager();
    const early = await t.run<any>('editor', PROVISION, { id, key: 'LOGO_APPLIED', evidence: { note: 'Klar' } });
    expect(errorCodes(early)).toEqual(['STEP_NOT_ALLOWED']);
    const personal = await t.run<any>('editor', PROVISION, { id, key: 'FUNCTIONAL_EMAIL', evidence: { functionalEmail: 'elin.redaktor@demokommun.se' } });
    expect(personal.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'functionalEmail' }] });

    const stranger = await t.run<any>('otherUnitManager', WITHDRAW, { id, reason: 'Fel verksamhet.' });
    expect(errorCodes(stranger)).toEqual(['FORBIDDEN']);
    const withdrawn = ok(await t.run<any>('editor', WITHDRAW, { id, reason: 'Verksamheten använder kommunens centrala konto i stället.' })).withdraw;
    expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', myActions: [] });
    expect(withdrawn.history.at(-1)).toMatchObject({ action: 'WITHDRAWN', actorName: 'Elin Redaktör', reason: 'Verksamheten använder kommunens centrala konto i stället.' });
  });
});
