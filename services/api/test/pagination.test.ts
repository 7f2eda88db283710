import 'reflect-metadata';
import { getNamedType, isListType, isNonNullType } from 'graphql/index.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../src/resolvers/pagination.js';
import { documentFor, minimalArguments, returnsList, rootFields, type RootField } from './authz/operations.js';
import { insertAccount } from './projection-fixtures.js';
import { errorCodes, startTestApi, type TestApi } from './support.js';

/**
 * Lists that may stay unpaginated, each bounded by something other than use: the organisation's own size, or a
 * constant of the code. Every other list-returning root field must take `page: PageInput`.
 */
const BOUNDED_LISTS: Record<string, string> = {
  'Query.units': 'the municipality’s units: tens, at most a few hundred, and every form needs them all',
  'Query.boards': 'the municipality’s boards (nämnder): about ten',
  'Query.checklistQuestions': 'a constant of the domain (seed 001 §3.1)',
  'Query.policyPresets': 'a constant of the domain: the five seed municipalities',
  'Query.devUsers': 'DEVELOPMENT ONLY: the demo users',
};

describe('pagination: every list that can grow has a maximum page size, enforced by the server', () => {
  let t: TestApi;
  let lists: RootField[];
  let accountId: string;

  beforeAll(async () => {
    t = await startTestApi();
    // Two listed accounts, so a page of one is seen to cut the register and the account list.
    for (const name of ['Första', 'Andra']) {
      ({ id: accountId } = await insertAccount(t.db.dataSource, t.org, { unit: 'library', status: 'ACTIVE', name, updatedAt: new Date('2026-03-01T10:00:00Z') }));
    }
    lists = rootFields(t.api.schema).filter((root) => returnsList(root.field));
  });
  afterAll(async () => {
    await t?.close();
  });

  const paginated = () => lists.filter((root) => !(root.key in BOUNDED_LISTS));

  it('gives every list-returning root field a page argument, unless it is declared bounded', () => {
    expect(lists.length).toBeGreaterThan(10);
    const withoutPage = paginated().filter((root) => {
      const page = root.field.args.find((a) => a.name === 'page');
      return !page || isNonNullType(page.type) || isListType(page.type) || getNamedType(page.type).name !== 'PageInput';
    });
    expect(withoutPage.map((r) => r.key), 'add `page: PageInput` or declare the list bounded (with why) above').toEqual([]);
    expect(Object.keys(BOUNDED_LISTS).filter((key) => !lists.some((r) => r.key === key)), 'rows for lists that are gone').toEqual([]);
  });

  it(`refuses a page of more than ${MAX_PAGE_SIZE} on every paginated list with BAD_USER_INPUT naming page.limit, and honours a smaller one`, async () => {
    for (const root of paginated()) {
      const variables = { ...minimalArguments(root.field, () => undefined), page: { limit: MAX_PAGE_SIZE + 1 } };
      const tooBig = await t.run('communications', documentFor(root, variables), variables);
      expect(errorCodes(tooBig), root.key).toEqual(['BAD_USER_INPUT']);
      expect(tooBig.errors![0].message, root.key).toContain(`page.limit får vara högst ${MAX_PAGE_SIZE}.`);

      const one = { ...variables, page: { limit: 1 } };
      const small = await t.run<Record<string, any>>('communications', documentFor(root, one), one);
      expect(small.errors, root.key).toBeUndefined();
      const value = small.data![root.name];
      const items = Array.isArray(value) ? value : value.items;
      if (root.key === 'Query.register' || root.key === 'Query.accounts') expect(items, root.key).toHaveLength(1);
      else expect(items.length, root.key).toBeLessThanOrEqual(1);
    }
  });

  it('pages an account’s audit history by the same rule', async () => {
    const query = 'query($id: ID!, $page: PageInput) { account(id: $id) { history(page: $page) { action } } }';
    const tooBig = await t.run('editor', query, { id: accountId, page: { limit: MAX_PAGE_SIZE + 1 } });
    expect(errorCodes(tooBig)).toEqual(['BAD_USER_INPUT']);
    const all = await t.run<any>('editor', query, { id: accountId });
    expect(all.data.account.history.map((e: { action: string }) => e.action)).toEqual(['OPENING_STARTED']);
    const past = await t.run<any>('editor', query, { id: accountId, page: { offset: 1, limit: 1 } });
    expect(past.data.account.history).toEqual([]);
  });
});
