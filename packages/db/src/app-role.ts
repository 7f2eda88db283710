import pg from 'pg';

/** The login role the API and the worker connect as: a member of smg_api (migration AuditHashChain), not the owner. */
export const APP_LOGIN_ROLE = 'smg_app';

/**
 * Creates the login role `smg_app` in smg_api if the server has none (roles are per server; parallel callers are
 * fine), and returns `databaseUrl` with that role's name and password. Run as the owner after the migrations, which
 * create smg_api. An existing role keeps its password.
 */
export async function ensureAppLogin(ownerUrl: string, password: string): Promise<string> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_LOGIN_ROLE}') THEN
          BEGIN
            CREATE ROLE ${APP_LOGIN_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)} IN ROLE smg_api;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
          END;
        END IF;
      END $$`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = APP_LOGIN_ROLE;
  url.password = password;
  return url.toString();
}
