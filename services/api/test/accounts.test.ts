import { Account, Municipality, Unit, type DemoUserKey } from '@smg/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertAccount } from './projection-fixtures.js';
import { ACCOUNT_FIELDS, errorCodes, startTestApi, type TestApi } from './support.js';

const LIST = `query($filter: AccountFilter, $page: PageInput) {
  accounts(filter: $filter, page: $page) { total items { id displayName status pendingStep unit { name } } }
}`;

describe('reading accounts from the projection', () => {
  let t: TestApi;
  const ids: Record<string, string> = {};
  const minutesAgo = (n: number) => new Date(Date.now() - n * 60_000);

  beforeAll(async () => {
    t = await startTestApi();
    const ds = t.db.dataSource;
    const add = async (name: string, unit: 'library' | 'youthCentres' | 'schoolCentral', status: Account['status'], age: number, pendingStep?: Account['pendingStep']) => {
      ids[name] = (await insertAccount(ds, t.org, { name, unit, status, updatedAt: minutesAgo(age), pendingStep: pendingStep ?? undefined })).id;
    };
    // Newest first: the order the list is expected in.
    await add('Bibliotekets utkast', 'library', 'DRAFT', 1);
    await add('Biblioteket väntar på chef', 'library', 'IN_REVIEW', 2, 'UNIT_MANAGER');
    await add('Biblioteket väntar på samråd', 'library', 'IN_REVIEW', 3, 'CONSULTATION');
    await add('Fritidsgården väntar på chef', 'youthCentres', 'IN_REVIEW', 4, 'UNIT_MANAGER');
    await add('Fritidsgården väntar på förvaltningschef', 'youthCentres', 'IN_REVIEW', 5, 'HEAD_OF_ADMINISTRATION');
    await add('Skolan väntar på förvaltningschef', 'schoolCentral', 'IN_REVIEW', 6, 'HEAD_OF_ADMINISTRATION');
    await add('Biblioteket upprättas', 'library', 'PROVISIONING', 7);
    await add('Bibliotekets Instagram', 'library', 'ACTIVE', 8);
    await add('Skolans Instagram', 'schoolCentral', 'ACTIVE', 9);

    // Another municipality's account is invisible to Demokommun's users (but public in the register).
    const other = await ds.getRepository(Municipality).save({ name: 'Grannkommun', slug: 'grannkommun', contactEmail: null });
    const board = await ds.query(`insert into board ("municipalityId", name) values ($1, 'Grannnämnden') returning id`, [other.id]);
    const administration = await ds.query(
      `insert into administration ("municipalityId", "boardId", name) values ($1, $2, 'Grannförvaltningen') returning id`,
      [other.id, board[0].id],
    );
    const unit = await ds.getRepository(Unit).save({ municipalityId: other.id, administrationId: administration[0].id, name: 'Grannbiblioteket' });
    const foreign = await insertAccount(ds, { ...t.org, units: { ...t.org.units, library: unit } }, {
      name: 'Grannkommunens konto',
      unit: 'library',
      status: 'ACTIVE',
      updatedAt: minutesAgo(10),
    });
    ids.foreign = foreign.id;
    ids.otherMunicipality = other.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const names = (result: any) => result.data.accounts.items.map((a: any) => a.displayName);

  it('lists my municipality’s accounts, most recently changed first, with the total over all pages', async () => {
    const all = await t.run<any>('editor', LIST);
    expect(all.errors).toBeUndefined();
    expect(all.data.accounts.total).toBe(9);
    expect(names(all)).not.toContain('Grannkommunens konto');

    const page2 = await t.run<any>('editor', LIST, { page: { offset: 3, limit: 3 } });
    expect(page2.data.accounts.total).toBe(9);
    expect(names(page2)).toEqual(names(all).slice(3, 6));
    const last = await t.run<any>('editor', LIST, { page: { offset: 8, limit: 3 } });
    expect(names(last)).toEqual(['Skolans Instagram']);
  });

  it('refuses a page size over 100 or a negative offset, naming the field', async () => {
    const tooBig = await t.run<any>('editor', LIST, { page: { limit: 101 } });
    expect(errorCodes(tooBig)).toEqual(['BAD_USER_INPUT']);
    expect(tooBig.errors![0].extensions!.fieldErrors).toEqual([{ field: 'limit', message: 'page.limit får vara högst 100.' }]);
    const negative = await t.run<any>('editor', LIST, { page: { offset: -1 } });
    expect((negative.errors![0].extensions!.fieldErrors as any[]).map((e) => e.field)).toEqual(['offset']);
  });

  it('filters by status and by unit', async () => {
    const inReview = await t.run<any>('auditor', LIST, { filter: { status: ['IN_REVIEW'] } });
    expect(inReview.data.accounts.total).toBe(5);
    expect(new Set(inReview.data.accounts.items.map((a: any) => a.status))).toEqual(new Set(['IN_REVIEW']));

    const library = await t.run<any>('auditor', LIST, { filter: { unitId: t.org.units.library.id, status: ['DRAFT', 'ACTIVE'] } });
    expect(names(library)).toEqual(['Bibliotekets utkast', 'Bibliotekets Instagram']);

    const badUnit = await t.run<any>('auditor', LIST, { filter: { unitId: 'not-a-unit' } });
    expect(errorCodes(badUnit)).toEqual(['BAD_USER_INPUT']);
  });

  it('awaitingMyDecision: exactly the accounts whose pending step this user may take now', async () => {
    const inbox = async (user: DemoUserKey) =>
      names(await t.run<any>(user, LIST, { filter: { awaitingMyDecision: true } })).sort();
    expect(await inbox('unitManager')).toEqual(['Biblioteket väntar på chef']);
    expect(await inbox('otherUnitManager')).toEqual(['Fritidsgården väntar på chef']);
    expect(await inbox('communications')).toEqual(['Biblioteket väntar på samråd']);
    expect(await inbox('headOfAdministration')).toEqual(['Fritidsgården väntar på förvaltningschef']);
    expect(await inbox('otherHeadOfAdministration')).toEqual(['Skolan väntar på förvaltningschef']);
    expect(await inbox('editor')).toEqual([]);

    const paged = await t.run<any>('unitManager', LIST, { filter: { awaitingMyDecision: true, status: ['DRAFT'] } });
    expect(paged.data.accounts).toEqual({ total: 0, items: [] });
  });

  it('shows an account with its plan, approvals, checklist and history, and what I may do with it now', async () => {
    const query = `query($id: ID!) { account(id: $id) { ${ACCOUNT_FIELDS} } }`;
    const asManager = await t.run<any>('unitManager', query, { id: ids['Biblioteket väntar på chef'] });
    expect(asManager.errors).toBeUndefined();
    const account = asManager.data.account;
    expect(account.unit).toMatchObject({ name: 'Biblioteket', administration: { name: 'Kultur- och fritidsförvaltningen', board: { name: 'Kultur- och fritidsnämnden' } } });
    expect(account.plan.checklist).toHaveLength(11);
    expect(account.plan.checklist[0].question).toMatch(/verksamhetens uppdrag/);
    expect(account.approvals.map((s: any) => `${s.kind}:${s.outcome}`)).toEqual(['CONSULTATION:CONSULTED', 'UNIT_MANAGER:PENDING', 'HEAD_OF_ADMINISTRATION:PENDING']);
    expect(account.history).toEqual([expect.objectContaining({ action: 'OPENING_STARTED', label: 'Ansökan påbörjad', toStatus: 'DRAFT' })]);
    // The unit manager of the unit may also withdraw the application (OPENING_WITHDRAW).
    expect(account.myActions).toEqual(['decideAsUnitManager', 'withdraw']);

    const actions = async (user: DemoUserKey, name: string) =>
      (await t.run<any>(user, 'query($id: ID!) { account(id: $id) { myActions } }', { id: ids[name] })).data.account.myActions;
    expect(await actions('otherUnitManager', 'Biblioteket väntar på chef')).toEqual([]);
    expect(await actions('editor', 'Biblioteket väntar på chef')).toEqual(['withdraw']);
    expect(await actions('editor', 'Bibliotekets utkast')).toEqual(['savePlan', 'submitPlan', 'withdraw']);
    expect(await actions('unitManager', 'Bibliotekets utkast')).toEqual(['savePlan', 'submitPlan', 'withdraw']);
    expect(await actions('otherUnitManager', 'Bibliotekets utkast')).toEqual([]);
    expect(await actions('communications', 'Biblioteket väntar på samråd')).toEqual(['recordConsultation']);
    expect(await actions('headOfAdministration', 'Fritidsgården väntar på förvaltningschef')).toEqual(['decideAsHeadOfAdministration']);
    expect(await actions('otherHeadOfAdministration', 'Fritidsgården väntar på förvaltningschef')).toEqual([]);
    expect(await actions('editor', 'Biblioteket upprättas')).toEqual(['completeProvisioningItem', 'withdraw']);
    expect(await actions('editor', 'Bibliotekets Instagram')).toEqual([]);
    expect(await actions('auditor', 'Biblioteket väntar på chef')).toEqual([]);
  });

  it('does not show another municipality’s account, nor a malformed id', async () => {
    const query = 'query($id: ID!) { account(id: $id) { id } }';
    expect((await t.run<any>('communications', query, { id: ids.foreign })).data).toEqual({ account: null });
    expect((await t.run<any>('communications', query, { id: 'nonsense' })).data).toEqual({ account: null });
  });

  it('publishes the register of active accounts without sign-in, per municipality or all', async () => {
    const query = 'query($m: ID) { register(municipalityId: $m) { platform displayName handle webAddress unitName activatedAt } }';
    const demo = await t.run<any>(null, query, { m: t.org.municipality.id });
    expect(demo.errors).toBeUndefined();
    expect(demo.data.register.map((e: any) => `${e.unitName}: ${e.displayName}`)).toEqual([
      'Biblioteket: Bibliotekets Instagram',
      'Centrumskolan: Skolans Instagram',
    ]);
    expect(demo.data.register[0]).toMatchObject({ platform: 'INSTAGRAM', activatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const everywhere = await t.run<any>(null, query, {});
    expect(everywhere.data.register).toHaveLength(3);
    const other = await t.run<any>(null, query, { m: ids.otherMunicipality });
    expect(other.data.register.map((e: any) => e.displayName)).toEqual(['Grannkommunens konto']);
  });

  it('costs the same number of SQL statements for one account as for a page of them (no N+1)', async () => {
    const query = `query($page: PageInput) { accounts(page: $page) { total items { ${ACCOUNT_FIELDS} } } }`;
    const logger = t.db.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    let statements = 0;
    logger.logQuery = (...args) => {
      statements += 1;
      return original(...args);
    };
    try {
      const count = async (limit: number) => {
        statements = 0;
        const result = await t.run<any>('communications', query, { page: { limit } });
        expect(result.errors).toBeUndefined();
        expect(result.data.accounts.items).toHaveLength(limit);
        return statements;
      };
      const one = await count(1);
      const nine = await count(9);
      expect(nine).toBe(one);
      // sign-in, page + count, then one statement per kind of related row
      expect(nine).toBeLessThanOrEqual(12);
    } finally {
      logger.logQuery = original;
    }
  });

  it('lists the units of my municipality', async () => {
    const units = await t.run<any>('editor', '{ units { name administration { name } } }');
    expect(units.data.units.map((u: any) => u.name)).toEqual(['Biblioteket', 'Centrumskolan', 'Fritidsgårdarna', 'Kommunikationsenheten']);
  });
});
