import { Account, AccountAdministrator, ActivityPlan, ApprovalStep, AuditEvent, ProvisioningItem } from '@smg/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StepNotAllowedError } from '../src/client.js';
import { actingAs, apply, approveAll, auditActions, createHarness, evidenceFor, samplePlan, untilProvisioning, type Harness } from './helpers.js';

describe('account-opening lifecycle against the real Temporal server and PostgreSQL', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness();
    await h.startWorker();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('takes a plan from DRAFT to ACTIVE, with the projection and one audit event per step', async () => {
    const accountId = await apply(h);
    const editor = actingAs(h.org, 'editor', 'EDITOR');
    expect((await h.db.dataSource.getRepository(Account).findOneByOrFail({ id: accountId })).status).toBe('DRAFT');

    const submitted = await h.openings.submitPlan(accountId, editor);
    expect(submitted.status).toBe('IN_REVIEW');
    const account = await h.db.dataSource.getRepository(Account).findOneByOrFail({ id: accountId });
    expect(account).toMatchObject({ status: 'IN_REVIEW', planRevision: 1, pendingStep: 'CONSULTATION', workflowId: `account-opening/${accountId}` });
    const plan = await h.db.dataSource.getRepository(ActivityPlan).findOneByOrFail({ accountId, revision: 1 });
    expect(plan.submittedAt).not.toBeNull();
    const steps = await h.db.dataSource.getRepository(ApprovalStep).find({ where: { accountId }, order: { position: 'ASC' } });
    expect(steps.map((s) => [s.kind, s.outcome])).toEqual([
      ['CONSULTATION', 'PENDING'],
      ['UNIT_MANAGER', 'PENDING'],
      ['HEAD_OF_ADMINISTRATION', 'PENDING'],
    ]);
    // The approver's reminder date is set on working days from submission.
    expect(steps[0].dueAt).not.toBeNull();

    expect(['APPROVED', 'PROVISIONING']).toContain((await approveAll(h, accountId)).status);
    const provisioning = await untilProvisioning(h, accountId);
    expect(provisioning.provisioning.map((i) => i.key)).toContain('CREDENTIALS_DEPOSITED');

    let state = provisioning;
    for (const item of provisioning.provisioning) {
      state = await h.openings.completeProvisioningItem(accountId, item.key, evidenceFor(item.key, h.org), editor);
    }
    expect(state.status).toBe('ACTIVE');
    const active = await h.db.dataSource.getRepository(Account).findOneByOrFail({ id: accountId });
    expect(active.status).toBe('ACTIVE');
    expect(active.activatedAt).not.toBeNull();
    expect(await h.db.dataSource.getRepository(ProvisioningItem).countBy({ accountId })).toBe(provisioning.provisioning.length);
    const admins = await h.db.dataSource.getRepository(AccountAdministrator).findBy({ accountId });
    expect(admins.map((a) => a.twoFactorConfirmed)).toEqual([true, true]);

    expect(await auditActions(h, accountId)).toEqual([
      'OPENING_STARTED',
      'PLAN_SUBMITTED',
      'CONSULTATION_RECORDED',
      'APPROVED',
      'APPROVED',
      'PROVISIONING_STARTED',
      ...provisioning.provisioning.map(() => 'PROVISIONING_ITEM_COMPLETED'),
      'ACTIVATED',
    ]);
    const approvals = await h.db.dataSource.getRepository(AuditEvent).findBy({ accountId, action: 'APPROVED' });
    expect(approvals.map((e) => [e.actorRole, e.actorName]).sort()).toEqual(
      [
        ['HEAD_OF_ADMINISTRATION', h.org.users.headOfAdministration.name],
        ['UNIT_MANAGER', h.org.users.unitManager.name],
      ].sort(),
    );
  });

  it('sent back for revision: the applicant revises and resubmits, and the new revision is approved', async () => {
    const accountId = await apply(h);
    const editor = actingAs(h.org, 'editor', 'EDITOR');
    await h.openings.submitPlan(accountId, editor);
    await h.openings.recordConsultation(accountId, 'Ok.', actingAs(h.org, 'communications', 'COMMUNICATIONS'));
    const sentBack = await h.openings.decide(accountId, 'UNIT_MANAGER', 'SEND_BACK', 'Ange mätbara mål.', actingAs(h.org, 'unitManager', 'UNIT_MANAGER'));
    expect(sentBack).toMatchObject({ status: 'DRAFT', lastReason: 'Ange mätbara mål.' });

    const revised = samplePlan(h.org, { goals: '500 följare och 20 kommentarer i månaden' });
    await h.openings.savePlan(accountId, revised, editor);
    expect((await h.openings.submitPlan(accountId, editor)).planRevision).toBe(2);
    const plans = await h.db.dataSource.getRepository(ActivityPlan).find({ where: { accountId }, order: { revision: 'ASC' } });
    expect(plans.map((p) => [p.revision, p.goals])).toEqual([
      [1, '500 följare på ett halvår'],
      [2, '500 följare och 20 kommentarer i månaden'],
    ]);
    expect(['APPROVED', 'PROVISIONING']).toContain((await approveAll(h, accountId)).status);
    await untilProvisioning(h, accountId);
    // The workflow's state turns to PROVISIONING before the activity that records it has written its event.
    await expect.poll(() => auditActions(h, accountId)).toEqual([
      'OPENING_STARTED',
      'PLAN_SUBMITTED',
      'CONSULTATION_RECORDED',
      'SENT_BACK',
      'PLAN_SAVED',
      'PLAN_SUBMITTED',
      'CONSULTATION_RECORDED',
      'APPROVED',
      'APPROVED',
      'PROVISIONING_STARTED',
    ]);
  });

  it('rejected with a reason ends the lifecycle; no further step is possible', async () => {
    const accountId = await apply(h);
    await h.openings.submitPlan(accountId, actingAs(h.org, 'editor', 'EDITOR'));
    await h.openings.recordConsultation(accountId, 'Ok.', actingAs(h.org, 'communications', 'COMMUNICATIONS'));
    const rejected = await h.openings.decide(accountId, 'UNIT_MANAGER', 'REJECT', 'Centrala kanalen räcker.', actingAs(h.org, 'unitManager', 'UNIT_MANAGER'));
    expect(rejected.status).toBe('REJECTED');
    expect((await h.db.dataSource.getRepository(Account).findOneByOrFail({ id: accountId })).lastReason).toBe('Centrala kanalen räcker.');
    await expect(
      h.openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, actingAs(h.org, 'unitManager', 'UNIT_MANAGER')),
    ).rejects.toBeInstanceOf(StepNotAllowedError);
  });

  it('refuses steps out of turn with a reason and writes nothing', async () => {
    const accountId = await apply(h);
    const editor = actingAs(h.org, 'editor', 'EDITOR');
    await expect(h.openings.completeProvisioningItem(accountId, 'LOGO_APPLIED', {}, editor)).rejects.toThrow(/Upprättandet pågår inte/);
    await h.openings.submitPlan(accountId, editor);
    await expect(
      h.openings.decide(accountId, 'HEAD_OF_ADMINISTRATION', 'APPROVE', null, actingAs(h.org, 'headOfAdministration', 'HEAD_OF_ADMINISTRATION')),
    ).rejects.toThrow(StepNotAllowedError);
    await h.openings.recordConsultation(accountId, 'Ok.', actingAs(h.org, 'communications', 'COMMUNICATIONS'));
    await h.openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, actingAs(h.org, 'unitManager', 'UNIT_MANAGER'));
    const before = await auditActions(h, accountId);
    await expect(
      h.openings.decide(accountId, 'UNIT_MANAGER', 'APPROVE', null, actingAs(h.org, 'unitManager', 'UNIT_MANAGER')),
    ).rejects.toThrow(/redan beslutat/);
    await expect(h.openings.submitPlan(accountId, editor)).rejects.toThrow(/utkast/);
    expect(await auditActions(h, accountId)).toEqual(before);
  });

  it('withdrawn by the applicant with a reason', async () => {
    const accountId = await apply(h);
    const withdrawn = await h.openings.withdraw(accountId, 'Vi använder den centrala kanalen.', actingAs(h.org, 'editor', 'EDITOR'));
    expect(withdrawn.status).toBe('WITHDRAWN');
    expect(await auditActions(h, accountId)).toEqual(['OPENING_STARTED', 'WITHDRAWN']);
  });
});
