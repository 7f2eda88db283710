import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export interface DataSourceOptions {
  /** Log every SQL statement (handy when counting statements per request). */
  logging?: boolean;
  /** Connection pool size. */
  poolSize?: number;
}

/** The one way every process (API, worker, scripts, tests) connects. Schema changes only through migrations. */
export function createDataSource(url: string, options: DataSourceOptions = {}): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    logging: options.logging ?? false,
    // While PostgreSQL restarts, a query fails fast (refused, or terminated by the shutdown) and the pool opens a
    // new connection for the next one. A server that does not answer at all (a dropped network) gives up after
    // 30 s instead of holding the request open for the OS's TCP timeout; pg counts a wait for a free connection in
    // the pool against the same limit, hence well above any wait under load. The pool's 'error' event (an idle
    // connection killed by the restart) is handled by TypeORM, which only logs it.
    connectTimeoutMS: 30_000,
    extra: { max: options.poolSize ?? 10, keepAlive: true },
  });
}

/** Connects and brings the schema up to date. */
export async function connectAndMigrate(url: string, options: DataSourceOptions = {}): Promise<DataSource> {
  const dataSource = await createDataSource(url, options).initialize();
  await dataSource.runMigrations();
  return dataSource;
}
