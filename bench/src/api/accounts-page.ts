import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSchema, isObjectType } from 'graphql';

/** The committed schema: the API's contract, read without loading the API. */
const SCHEMA_FILE = fileURLToPath(new URL('../../../services/api/schema.graphql', import.meta.url));

/**
 * The read benchmark P1 measures: a page of accounts with their unit, administrators and latest snapshot, as the
 * overview pages ask for it. The API, the plain graphql-js baseline and the raw-SQL floor all answer exactly this
 * (the benchmark checks their answers are identical), so to add a field, add it here and to both baselines in
 * servers.ts (a column in ACCOUNT_COLUMNS or a batched statement like `latestSnapshots`).
 */

export const ACCOUNT_FIELDS = 'id displayName platform status updatedAt unit { id name } administrators { name email twoFactorConfirmed }';

/** The account's most recently requested snapshot (whatever its outcome), as Account.latestSnapshot resolves it. */
export const LATEST_SNAPSHOT_FIELDS = 'latestSnapshot { id status snapshotKey requestedAt capturedAt }';

/**
 * Whether the committed schema has Account.latestSnapshot: the field arrives with the archivist's API, built in
 * parallel with this benchmark. Until then the page is measured without it and the report says so.
 */
export function apiHasLatestSnapshot(schemaFile = SCHEMA_FILE): boolean {
  const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
  const account = schema.getType('Account');
  return isObjectType(account) && 'latestSnapshot' in account.getFields();
}

export function accountsPageQuery(withLatestSnapshot: boolean): string {
  return `query AccountsPage($offset: Int!, $limit: Int!) {
  accounts(page: { offset: $offset, limit: $limit }) {
    total
    items { ${ACCOUNT_FIELDS}${withLatestSnapshot ? ` ${LATEST_SNAPSHOT_FIELDS}` : ''} }
  }
}`;
}

/** What every server returns for one page: GraphQL's `data`, and the raw floor the same JSON. */
export interface AccountsPageData {
  accounts: {
    total: number;
    items: Array<Record<string, unknown>>;
  };
}
