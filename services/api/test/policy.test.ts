import { ApprovalStep, PolicyVersion } from '@smg/db';
import { addWorkingDays } from '@smg/domain/calendar';
import { parametersFromPreset, type PolicyParameters, type PolicyPresetKey } from '@smg/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACCOUNT_FIELDS, errorCodes, planInput, startTestApi, validPlan, type Result, type TestApi } from './support.js';

const APPLY = `mutation($input: ActivityPlanInput!) { applyForAccount(input: $input) { ${ACCOUNT_FIELDS} } }`;
const SUBMIT = `mutation($id: ID!) { submitPlan(accountId: $id) { ${ACCOUNT_FIELDS} } }`;
const CONSULT = `mutation($id: ID!) { recordConsultation(accountId: $id, opinion: "Lämplig kanal.") { status pendingStep } }`;
const DECIDE_UNIT = `mutation($id: ID!) { decideAsUnitManager(accountId: $id, decision: APPROVE) { status pendingStep } }`;
const DECIDE_HEAD = `mutation($id: ID!) { decideAsHeadOfAdministration(accountId: $id, decision: APPROVE) { status pendingStep } }`;
const ACCOUNT = `query($id: ID!) { account(id: $id) { status pendingStep approvals { kind outcome } provisioning { key } } }`;
const PROVISION = `mutation($id: ID!, $key: ProvisioningItemKey!, $evidence: ProvisioningEvidenceInput!) { completeProvisioningItem(accountId: $id, key: $key, evidence: $evidence) { status } }`;
const PUBLISH = `mutation($input: PublishPolicyInput!) { publishPolicyVersion(input: $input) { id version inForce parameters { approvalChain } sources { parameter source } } }`;
const IN_FORCE = `{ policyInForce { version presetKey parameters { approvalChain monitoringFrequency credentialDepositPlatforms } sources { parameter label source } } }`;

function ok<T>(result: Result<T>): T {
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('policy as data: each municipality runs its openings on its own, versioned rules', () => {
  let t: TestApi;
  beforeAll(async () => {
    t = await startTestApi({ withWorker: true });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Publishes a version effective at once, as the communications unit would. */
  async function publish(parameters: PolicyParameters, changeNote: string, presetKey: PolicyPresetKey | null = null) {
    return ok(
      await t.run('communications', PUBLISH, {
        input: { effectiveFrom: new Date(Date.now() - 1000).toISOString(), changeNote, presetKey, parameters },
      }),
    ).publishPolicyVersion;
  }

  async function applyAndSubmit(platform: 'INSTAGRAM' | 'FACEBOOK' | 'YOUTUBE' = 'INSTAGRAM') {
    const plan = validPlan({ platform });
    const applied = ok(await t.run<{ applyForAccount: { id: string } }>('editor', APPLY, { input: planInput(t.org.units.library.id, plan) }));
    const id = applied.applyForAccount.id;
    ok(await t.run('editor', SUBMIT, { id }));
    return id;
  }

  const chainOf = async (id: string) =>
    ok(await t.run<{ account: { approvals: Array<{ kind: string }> } }>('editor', ACCOUNT, { id })).account.approvals.map((a) => a.kind);

  it('the demo municipality reads its policy in force, every parameter traced to a seed section', async () => {
    const { policyInForce } = ok(await t.run<{ policyInForce: { presetKey: string; sources: Array<{ source: string }> } }>('auditor', IN_FORCE));
    expect(policyInForce.presetKey).toBe('torsby');
    for (const { source } of policyInForce.sources) expect(source).toMatch(/^(seed 001 |not stated:)/);
  });

  it('seed 001 §3.2 vs seed 003 "Verksamheternas egna sociala mediekanaler": the same plan goes through three approvers under Torsby and one under Hallstahammar', async () => {
    const underTorsby = await applyAndSubmit();
    expect(await chainOf(underTorsby)).toEqual(['CONSULTATION', 'UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION']);

    await publish(parametersFromPreset('hallstahammar'), 'Vi går över till Hallstahammars riktlinjer.', 'hallstahammar');
    const underHallstahammar = await applyAndSubmit();
    expect(await chainOf(underHallstahammar)).toEqual(['UNIT_MANAGER']);
    // One approval and the opening moves on to provisioning.
    ok(await t.run('unitManager', DECIDE_UNIT, { id: underHallstahammar }));
    await expect.poll(async () => ok(await t.run<{ account: { status: string } }>('editor', ACCOUNT, { id: underHallstahammar })).account.status).toBe(
      'PROVISIONING',
    );

    // The opening started under Torsby keeps its chain: the head of administration still has to approve.
    ok(await t.run('communications', CONSULT, { id: underTorsby }));
    expect(ok(await t.run<{ decideAsUnitManager: { pendingStep: string } }>('unitManager', DECIDE_UNIT, { id: underTorsby })).decideAsUnitManager.pendingStep).toBe(
      'HEAD_OF_ADMINISTRATION',
    );
    ok(await t.run('headOfAdministration', DECIDE_HEAD, { id: underTorsby }));
  });

  it('seed 000 "Samordning": under Trelleborg a platform new to the municipality is first examined by the communications unit', async () => {
    await publish(parametersFromPreset('trelleborg'), 'Trelleborgs riktlinjer.', 'trelleborg');
    // Nobody in the municipality is on YouTube yet: consultation comes first.
    expect(await chainOf(await applyAndSubmit('YOUTUBE'))).toEqual(['CONSULTATION', 'UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION']);
  });

  it('seed 001 §3: under Torsby Facebook credentials are not deposited; seed 004 "Central samordning": under Norberg they are', async () => {
    const provisioningOf = async (id: string) => {
      const chain = await chainOf(id);
      if (chain.includes('CONSULTATION')) ok(await t.run('communications', CONSULT, { id }));
      if (chain.includes('UNIT_MANAGER')) ok(await t.run('unitManager', DECIDE_UNIT, { id }));
      if (chain.includes('HEAD_OF_ADMINISTRATION')) ok(await t.run('headOfAdministration', DECIDE_HEAD, { id }));
      await expect.poll(async () => ok(await t.run<{ account: { status: string } }>('editor', ACCOUNT, { id })).account.status).toBe('PROVISIONING');
      return ok(await t.run<{ account: { provisioning: Array<{ key: string }> } }>('editor', ACCOUNT, { id })).account.provisioning.map((p) => p.key);
    };
    await publish(parametersFromPreset('torsby'), 'Tillbaka till Torsbys riktlinjer.', 'torsby');
    expect(await provisioningOf(await applyAndSubmit('FACEBOOK'))).not.toContain('CREDENTIALS_DEPOSITED');
    await publish(parametersFromPreset('norberg'), 'Norbergs riktlinjer.', 'norberg');
    expect(await provisioningOf(await applyAndSubmit('FACEBOOK'))).toContain('CREDENTIALS_DEPOSITED');
  });

  it('seed 002 §5 "Att börja använda sociala medier": under Lekeberg only the communications unit records that the account was created', async () => {
    await publish(parametersFromPreset('lekeberg'), 'Lekebergs riktlinjer.', 'lekeberg');
    const id = await applyAndSubmit();
    ok(await t.run('communications', CONSULT, { id }));
    ok(await t.run('unitManager', DECIDE_UNIT, { id }));
    await expect.poll(async () => ok(await t.run<{ account: { status: string } }>('editor', ACCOUNT, { id })).account.status).toBe('PROVISIONING');
    const evidence = { url: 'https://www.instagram.com/biblioteket_demokommun' };
    const byEditor = await t.run('editor', PROVISION, { id, key: 'ACCOUNT_CREATED', evidence });
    expect(errorCodes(byEditor)).toEqual(['FORBIDDEN']);
    expect(byEditor.errors![0].message).toMatch(/centralt av kommunikationsenheten/);
    ok(await t.run('communications', PROVISION, { id, key: 'ACCOUNT_CREATED', evidence }));
  });

  it('the approval deadline comes from the policy: one working day under a version that says so', async () => {
    await publish({ ...parametersFromPreset('torsby'), approvalReminderWorkingDays: 1, approvalEscalationWorkingDays: 2 }, 'Beslut inom en arbetsdag.');
    const id = await applyAndSubmit();
    const [step] = await t.db.dataSource.getRepository(ApprovalStep).find({ where: { accountId: id, kind: 'CONSULTATION' } });
    const [submitted] = await t.db.dataSource.query(`select "occurredAt" from audit_event where "accountId" = $1 and action = 'PLAN_SUBMITTED'`, [id]);
    expect(step.dueAt!.toISOString()).toBe(addWorkingDays(submitted.occurredAt, 1).toISOString());
  });

  it('a minimum of three administrators in the policy refuses a plan naming two, naming the field', async () => {
    await publish({ ...parametersFromPreset('torsby'), minAdministrators: 3 }, 'Tre administratörer per konto.');
    const result = await t.run('editor', APPLY, { input: planInput(t.org.units.library.id, validPlan()) });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect((result.errors![0].extensions!.fieldErrors as Array<{ field: string }>).map((e) => e.field)).toContain('administrators');
  });

  it('publishing is for the communications unit only, and a version breaking the model is refused naming each field', async () => {
    const versions = await t.db.dataSource.getRepository(PolicyVersion).count();
    const parameters = { ...parametersFromPreset('torsby'), approvalChain: [], approvalReminderWorkingDays: 0 };
    const input = { effectiveFrom: new Date().toISOString(), changeNote: 'Test', presetKey: null, parameters };
    expect(errorCodes(await t.run('unitManager', PUBLISH, { input }))).toEqual(['FORBIDDEN']);
    const refused = await t.run('communications', PUBLISH, { input });
    expect(errorCodes(refused)).toEqual(['BAD_USER_INPUT']);
    const fields = (refused.errors![0].extensions!.fieldErrors as Array<{ field: string }>).map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['parameters.approvalChain', 'parameters.approvalReminderWorkingDays']));
    expect(await t.db.dataSource.getRepository(PolicyVersion).count()).toBe(versions);
  });
});
