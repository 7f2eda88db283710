import { randomBytes } from 'node:crypto';
import { connectAndMigrate, seedDemoOrganisation, type DemoOrganisation } from '@smg/db';
import pg from 'pg';
import type { DataSource } from 'typeorm';

export interface BenchDatabase {
  url: string;
  dataSource: DataSource;
  org: DemoOrganisation;
  drop(): Promise<void>;
}

/** A fresh, migrated database with the demo organisation, on the benchmark's server; dropped afterwards. */
export async function createBenchDatabase(serverUrl: string, purpose: string): Promise<BenchDatabase> {
  const name = `bench_${purpose}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const dataSource = await connectAndMigrate(url.toString());
  const org = await seedDemoOrganisation(dataSource);
  return {
    url: url.toString(),
    dataSource,
    org,
    async drop() {
      if (dataSource.isInitialized) await dataSource.destroy();
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}
