import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DataSource } from 'typeorm';
import { ensureAppLogin } from './app-role.js';
import { connectAndMigrate, createDataSource } from './data-source.js';

/** The test stack's server is thrown away after the run, so its application login has a fixed password. */
const TEST_APP_PASSWORD = 'smg_app_test';

export interface TestDatabase {
  /** The owner (superuser): migrations, and tests that set up rows or tamper with them. */
  url: string;
  /** The owner's connection. */
  dataSource: DataSource;
  /** The application's login (smg_app in smg_api), as the API and the worker connect in production. */
  appUrl: string;
  /** A connection with `appUrl` for activities or an API built in the test (made once, closed by drop()). */
  appDataSource(): Promise<DataSource>;
  /** Closes the connections and drops the database. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database on the test stack's PostgreSQL (DATABASE_URL), so suites never share rows; the API and
 * worker under test connect with `appUrl`, the test's own setup and checks with `dataSource` (the owner).
 */
export async function createTestDatabase(serverUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  if (!serverUrl) throw new Error('DATABASE_URL is not set: run the tests with infra/test.sh');
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await connectAndMigrate(url.toString());
  const appUrl = await ensureAppLogin(url.toString(), TEST_APP_PASSWORD);
  let app: Promise<DataSource> | undefined;
  return {
    url: url.toString(),
    dataSource,
    appUrl,
    appDataSource: () => (app ??= createDataSource(appUrl).initialize()),
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const appDataSource = await app?.catch(() => undefined);
      if (appDataSource?.isInitialized) await appDataSource.destroy();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
