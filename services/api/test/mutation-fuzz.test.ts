import type { DemoUserKey } from '@smg/db';
import { PERMISSIONS, type Permission, type Role } from '@smg/domain';
import { getMetadataStorage as classValidatorMetadata } from 'class-validator';
import fc from 'fast-check';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql/index.js'; // the CommonJS instance the API uses (see src/graphql.ts)
import { getMetadataStorage } from 'type-graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApiSchema } from '../src/schema.js';
import { insertAccount } from './projection-fixtures.js';
import { startTestApi, type TestApi } from './support.js';

/**
 * Property-based input fuzzing of EVERY mutation of the executable schema (a new mutation is covered without
 * touching this file): arguments are generated from their GraphQL input types, every generated call is made
 * harmless (all its IDs unknown, or else one text poisoned: far over any limit, or holding a NUL), and the call is made as a user whose role
 * may make it, so it reaches validation instead of stopping at FORBIDDEN. Each call must be refused with a typed
 * error (never INTERNAL_SERVER_ERROR, never a stack), and nothing may be written: not a row in any table, not a
 * workflow on the test's task queue.
 *
 * The seed is fixed, so a failure reproduces; fast-check prints the seed and path of the shrunk counterexample:
 * FUZZ_SEED=<seed> FUZZ_PATH=<path> with `-t <mutation>` replays exactly it, and FUZZ_RUNS changes the runs per mutation.
 */

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_123);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const PATH = process.env.FUZZ_PATH;

/** Longer than any text limit of the API (the longest, a board decision's text, is 25,000). */
const OVERSIZED = 'å'.repeat(100_001);
/** PostgreSQL cannot store a NUL character in text: a field holding one must be refused before it reaches a query. */
const WITH_NUL = 'Biblioteket\u0000';
/** What makes a text field unacceptable whatever the rest of the input is. */
const POISONS = [OVERSIZED, WITH_NUL] as const;

/**
 * The only per-mutation knowledge: who calls a mutation that names no permission (`@Authorized()` or none).
 * Everything else is derived from the schema and from the permission table in @smg/domain.
 */
const CALLER_WITHOUT_PERMISSION: Partial<Record<string, DemoUserKey>> = {};
const DEFAULT_CALLER: DemoUserKey = 'communications';

/** The demo user holding each role (packages/db demo organisation), the widest-reaching one where there are several. */
const DEMO_USER_BY_ROLE: Record<Role, DemoUserKey> = {
  EDITOR: 'editor',
  UNIT_MANAGER: 'unitManager',
  HEAD_OF_ADMINISTRATION: 'headOfAdministration',
  COMMUNICATIONS: 'communications',
  ARCHIVIST: 'archivist',
  BOARD_SECRETARY: 'boardSecretary',
  AUDITOR: 'auditor',
  INTEGRATION: 'integration',
};
const REACH_ORDER = ['municipality', 'administration', 'unit', 'own-unit-only'] as const;

/** A caller for the mutation: one whose role its `@Authorized(permission)` lists, preferring municipality-wide reach. */
function callerFor(mutation: string): DemoUserKey {
  const storage = getMetadataStorage();
  const resolver = storage.mutations.find((m) => m.schemaName === mutation);
  const authorized = resolver && storage.authorizedFields.find((a) => a.target === resolver.target && a.fieldName === resolver.methodName);
  const permission = authorized?.roles[0] as Permission | undefined;
  if (!permission) return CALLER_WITHOUT_PERMISSION[mutation] ?? DEFAULT_CALLER;
  const grants = [...PERMISSIONS[permission]].sort((a, b) => REACH_ORDER.indexOf(a.reach) - REACH_ORDER.indexOf(b.reach));
  return DEMO_USER_BY_ROLE[grants[0]!.role];
}

// ---- arbitraries from GraphQL input types -------------------------------------------------------------------------

const PAYLOADS = [
  "'; DROP TABLE account; --",
  "' OR '1'='1",
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7} #{7*7}',
  '../../../../etc/passwd',
  'javascript:alert(1)',
  '%00%0d%0a',
  'null',
  'undefined',
  '\u0000',
  'a\u0000b',
  '\u202eevil\u202c',
  '\ud800',
  '𝕊𝕍 👩‍👩‍👧 ÅÄÖ',
  ' ',
  '\t\n\r',
  'x@y',
  'not an e-mail',
  'https://',
  'http://localhost:4000/graphql',
  'ftp://example.org/a',
  'https://www.example.org/' + 'a'.repeat(3000),
  '2025-02-30',
  '2025-H3',
  '9999-H1',
  '0000-00-00T00:00:00Z',
];
const LONG_TEXTS = [301, 2_001, 5_001, 10_001, 25_001].map((n) => 'x'.repeat(n)).concat(OVERSIZED);

const text: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constant(''), weight: 2 },
  { arbitrary: fc.constantFrom(...PAYLOADS), weight: 4 },
  { arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
  { arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 10 }), weight: 1 },
  { arbitrary: fc.emailAddress(), weight: 1 },
  { arbitrary: fc.webUrl(), weight: 1 },
  { arbitrary: fc.constantFrom(...LONG_TEXTS), weight: 2 },
);

/** Random UUIDs (never an existing object), malformed ones, and, when given, ids of the demo organisation. */
function identifier(existing: readonly string[]): fc.Arbitrary<string> {
  return fc.oneof(
    { arbitrary: fc.uuid(), weight: 5 },
    { arbitrary: fc.uuid().map((u) => u.toUpperCase()), weight: 1 },
    { arbitrary: fc.constantFrom('', 'not-a-uuid', '00000000-0000-0000-0000-000000000000', '1', '-1', 'null', "1' OR '1'='1"), weight: 2 },
    { arbitrary: fc.uuid().map((u) => `${u}x`), weight: 1 },
    { arbitrary: text, weight: 1 },
    ...(existing.length ? [{ arbitrary: fc.constantFrom(...existing), weight: 3 }] : []),
  );
}

const instant: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.date({ min: new Date('0001-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString()), weight: 3 },
  {
    arbitrary: fc.constantFrom('', 'yesterday', '2025-02-30T00:00:00Z', '2025-13-01T00:00:00Z', '2025-06-01', '2025-06-01T25:00:00Z', '1e309', '-000001-01-01T00:00:00Z'),
    weight: 1,
  },
);

const integer: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), weight: 6 },
  { arbitrary: fc.constantFrom(0, -1, 1, 2 ** 31 - 1, -(2 ** 31)), weight: 3 },
  // Outside GraphQL's Int: refused by graphql-js itself, which must still be a typed error. Rare, so that an input
  // with several numbers still often reaches the resolver.
  { arbitrary: fc.constantFrom(2 ** 31, 1e15, 1.5), weight: 1 },
);
const float: fc.Arbitrary<number> = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, -1, 1e308, -1e308, 0.1));

function scalarArbitrary(name: string, existing: readonly string[]): fc.Arbitrary<unknown> {
  switch (name) {
    case 'ID':
      return identifier(existing);
    case 'Int':
      return integer;
    case 'Float':
      return float;
    case 'Boolean':
      return fc.boolean();
    case 'DateTime':
      return instant;
    default:
      return text;
  }
}

function inputArbitrary(type: GraphQLInputType, existing: readonly string[], depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return inputArbitrary(type.ofType, existing, depth);
  if (isListType(type)) {
    const item = inputArbitrary(type.ofType, existing, depth + 1);
    return fc.oneof(
      fc.constant([]),
      fc.array(item, { minLength: 1, maxLength: 4 }),
      // Far over any list limit, one item repeated (cheap to generate, still validated item by item).
      item.map((value) => Array.from({ length: 101 }, () => value)),
    );
  }
  if (isEnumType(type)) return fc.constantFrom(...type.getValues().map((v) => v.value));
  if (isScalarType(type)) return scalarArbitrary(type.name, existing);
  if (isInputObjectType(type)) {
    if (depth > 6) return fc.constant(null);
    const fields = Object.values(type.getFields());
    const model = Object.fromEntries(
      fields.map((f) => [f.name, isNonNullType(f.type) ? inputArbitrary(f.type, existing, depth + 1) : fc.option(inputArbitrary(f.type, existing, depth + 1), { freq: 4 })]),
    );
    return fc.record(model, { requiredKeys: fields.filter((f) => isNonNullType(f.type)).map((f) => f.name) });
  }
  throw new Error(`no arbitrary for input type ${String(type)}`);
}

// ---- making every call harmless -----------------------------------------------------------------------------------

interface Leaf {
  kind: 'ID' | 'String';
  value: unknown;
  /** The field as fieldErrors name it: the argument for a plain argument, else the path inside the input (`newOwner.phone`). */
  field: string;
  set(value: unknown): void;
}

/** The ID and String values present in a generated value, each with its field and a setter. */
function leavesOf(type: GraphQLInputType, holder: Record<string | number, unknown>, key: string | number, path: Array<string | number>, into: Leaf[] = []): Leaf[] {
  const value = holder[key];
  if (value === null || value === undefined) return into;
  const unwrapped = isNonNullType(type) ? type.ofType : type;
  if (isListType(unwrapped)) {
    // Repeated items share one object; copy so a forced value lands in one item only.
    const items = (holder[key] = [...(value as unknown[])]) as unknown[];
    items.forEach((item, i) => {
      if (item && typeof item === 'object') items[i] = structuredClone(item);
      leavesOf(unwrapped.ofType, items as unknown as Record<number, unknown>, i, [...path, i], into);
    });
  } else if (isInputObjectType(unwrapped)) {
    const object = value as Record<string, unknown>;
    for (const field of Object.values(unwrapped.getFields())) leavesOf(field.type, object, field.name, [...path, field.name], into);
  } else if (isScalarType(unwrapped) && (unwrapped.name === 'ID' || unwrapped.name === 'String')) {
    const field = (path.length > 1 ? path.slice(1) : path).join('.');
    into.push({ kind: unwrapped.name, value, field, set: (v) => (holder[key] = v) });
  }
  return into;
}

type Harmless = { why: 'unknown ids' } | { why: 'poisoned text'; field: string; poison: 'oversized' | 'NUL' };

/**
 * Makes the call one that no correct implementation may act on: when every ID it names is unknown there is nothing
 * to act on; otherwise (no ID, or an ID of the demo organisation or a fixture account) one text is poisoned (far
 * longer than any limit, or holding a NUL), which validation must refuse before anything else. Null when neither is possible.
 */
function makeHarmless(args: readonly GraphQLArgument[], variables: Record<string, unknown>, existing: ReadonlySet<string>, pick: number): Harmless | null {
  const leaves = args.flatMap((a) => leavesOf(a.type, variables, a.name, [a.name]));
  const ids = leaves.filter((l) => l.kind === 'ID');
  if (ids.length && ids.every((l) => !existing.has(l.value as string))) return { why: 'unknown ids' };
  const texts = leaves.filter((l) => l.kind === 'String');
  if (texts.length) {
    const chosen = texts[pick % texts.length]!;
    const poison = POISONS[Math.floor(pick / texts.length) % POISONS.length]!;
    chosen.set(poison);
    return { why: 'poisoned text', field: chosen.field, poison: poison === OVERSIZED ? 'oversized' : 'NUL' };
  }
  if (ids.length) {
    for (const id of ids) if (existing.has(id.value as string)) id.set(crypto.randomUUID());
    return { why: 'unknown ids' };
  }
  return null;
}

function operationFor(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation Fuzz${variables ? `(${variables})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`;
}

// ---- the test -----------------------------------------------------------------------------------------------------

/** Every table's row count and a hash of its rows: any INSERT, UPDATE or DELETE changes it. */
async function databaseFingerprint(t: TestApi): Promise<Record<string, string>> {
  const tables: Array<{ name: string }> = await t.db.dataSource.query(
    `SELECT quote_ident(table_name) AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const sql = tables
    .map((table) => `SELECT '${table.name}' AS name, count(*) || ':' || md5(coalesce(string_agg(r::text, ',' ORDER BY r::text), '')) AS print FROM ${table.name} r`)
    .join(' UNION ALL ');
  const rows: Array<{ name: string; print: string }> = await t.db.dataSource.query(sql);
  return Object.fromEntries(rows.map((r) => [r.name, r.print]));
}

const schema: GraphQLSchema = await buildApiSchema();
const mutations = Object.values(schema.getMutationType()!.getFields());

describe('every mutation refuses generated bad input with a typed error and writes nothing', () => {
  let t: TestApi;
  let existingIds: string[];
  let baseline: Record<string, string>;
  const tokens = new Map<DemoUserKey, string>();

  beforeAll(async () => {
    t = await startTestApi({ production: true });
    const { municipality, boards, administrations, units, users } = t.org;
    // Accounts at each step of the opening, in the demo callers' own unit, so a call naming one gets past NOT_FOUND.
    const accounts = [];
    for (const [status, pendingStep] of [['DRAFT'], ['IN_REVIEW', 'CONSULTATION'], ['IN_REVIEW', 'UNIT_MANAGER'], ['IN_REVIEW', 'HEAD_OF_ADMINISTRATION'], ['PROVISIONING'], ['ACTIVE'], ['DORMANT']] as const) {
      accounts.push(await insertAccount(t.db.dataSource, t.org, { unit: 'library', status, pendingStep, name: `Fuzz ${status} ${pendingStep ?? ''}`, updatedAt: new Date() }));
    }
    existingIds = [municipality, ...Object.values(boards), ...Object.values(administrations), ...Object.values(units), ...Object.values(users), ...accounts].map((o) => o.id);
    baseline = await databaseFingerprint(t);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('takes the mutations from the executable schema', () => {
    expect(mutations.map((m) => m.name)).toEqual(expect.arrayContaining(['applyForAccount', 'registerBoardDecision', 'publishPolicyVersion', 'startArchivingRun']));
  });

  it('finds a limit on every text of the mutations\' inputs and a validation of every nested input', () => {
    // The fuzz below shows it call by call; this names every field at once, including those it happened not to poison.
    const storage = getMetadataStorage();
    const inputClasses = new Map(storage.inputTypes.map((i) => [i.name, i.target]));
    const missing: string[] = [];
    const visited = new Set<string>();
    const visit = (type: GraphQLInputType) => {
      const input = getNamedType(type);
      if (!isInputObjectType(input) || visited.has(input.name)) return;
      visited.add(input.name);
      const rules = classValidatorMetadata().getTargetValidationMetadatas(inputClasses.get(input.name)!, '', true, false);
      for (const field of Object.values(input.getFields())) {
        const own = rules.filter((r) => r.propertyName === field.name);
        const named = getNamedType(field.type);
        if (named.name === 'String' && !own.some((r) => r.name === 'maxLength' || r.name === 'isIn')) missing.push(`${input.name}.${field.name}: no limit`);
        if (isInputObjectType(named)) {
          if (!own.some((r) => r.type === 'nestedValidation')) missing.push(`${input.name}.${field.name}: not validated (ValidateNested)`);
          visit(named);
        }
      }
    };
    for (const mutation of mutations) {
      const resolver = storage.mutations.find((m) => m.schemaName === mutation.name)!;
      for (const arg of mutation.args) {
        visit(arg.type);
        const param = storage.params.find((p) => p.target === resolver.target && p.methodName === resolver.methodName && p.kind === 'arg' && p.name === arg.name);
        if (getNamedType(arg.type).name === 'String' && !(param && 'validateFn' in param && param.validateFn)) missing.push(`${mutation.name}(${arg.name}): no limit (TextArg)`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('refuses a NUL in the archive search words as bad input (a query, so not in the fuzz below)', async () => {
    const result = await t.run('archivist', 'query($input: ArchiveSearchInput!) { searchArchive(input: $input) { __typename } }', { input: { text: WITH_NUL } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'text' }] });
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s', async (name, field) => {
    const caller = callerFor(name);
    if (!tokens.has(caller)) tokens.set(caller, `Bearer ${await t.tokenFor(caller)}`);
    const header = tokens.get(caller)!;
    const existing = new Set(existingIds);
    const query = operationFor(field);
    const args = fc.record(
      Object.fromEntries(field.args.map((a) => [a.name, isNonNullType(a.type) ? inputArbitrary(a.type, existingIds) : fc.option(inputArbitrary(a.type, existingIds))])),
      { requiredKeys: field.args.filter((a) => isNonNullType(a.type)).map((a) => a.name) },
    );

    await fc.assert(
      fc.asyncProperty(args, fc.nat(), async (generated, pick) => {
        const variables = structuredClone(generated) as Record<string, unknown>;
        const harmless = makeHarmless(field.args, variables, existing, pick);
        if (!harmless) throw new Error(`${name}: no ID and no text to make the call harmless; it needs a way of its own to be refused`);

        const result = await t.runWithHeader(header, query, variables);
        const described = `${name} as ${caller} (${JSON.stringify(harmless)}): ${JSON.stringify(result.errors ?? result.data).slice(0, 600)}`;
        expect(result.errors?.length, described).toBeGreaterThan(0);
        expect(result.data?.[name] ?? null, described).toBeNull();
        for (const error of result.errors!) {
          const code = error.extensions?.code;
          expect(typeof code, described).toBe('string');
          expect(code, described).not.toBe('INTERNAL_SERVER_ERROR');
          expect(error.extensions?.stacktrace, described).toBeUndefined();
          // A resolver's refusal of bad input names the fields (graphql-js's own variable errors carry no path).
          if (code === 'BAD_USER_INPUT' && error.path) {
            const fieldErrors = error.extensions?.fieldErrors as Array<{ field: unknown; message: unknown }> | undefined;
            expect(fieldErrors?.length, described).toBeGreaterThan(0);
            for (const e of fieldErrors!) {
              expect(typeof e.field, described).toBe('string');
              // Swedish, not class-validator's English default ("… must be shorter than or equal to …").
              expect(e.message, described).not.toMatch(/\b(must|should)\b/);
            }
          }
        }
        if (harmless.why === 'poisoned text') {
          // Size and characters are checked before anything is loaded: the refusal names the field, unless graphql-js refused
          // another value of the request first (no path: the resolver never ran).
          const refusal = result.errors!.find((e) => e.path);
          if (refusal) {
            expect(refusal.extensions?.code, described).toBe('BAD_USER_INPUT');
            expect((refusal.extensions?.fieldErrors as Array<{ field: string }>).map((e) => e.field), described).toContain(harmless.field);
          } else {
            expect(result.errors!.map((e) => e.extensions?.code), described).toContain('BAD_USER_INPUT');
          }
        }
        expect(await databaseFingerprint(t), described).toEqual(baseline);
      }),
      { numRuns: RUNS, seed: SEED, ...(PATH ? { path: PATH } : {}), endOnFailure: true },
    );

    const started = await t.temporal.workflow.count(`TaskQueue = "${t.taskQueue}"`);
    expect(started.count, `${name} started a workflow`).toBe(0);
  });
});
