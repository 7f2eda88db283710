import type { DemoOrganisation } from '@smg/db';
import type { DataSource } from 'typeorm';

export interface SeedOptions {
  accounts: number;
  /** Number of the first account (bench-<n>), so a municipality can be grown in steps. Default 1. */
  first?: number;
  /** Every account ACTIVE (archiving), or a realistic mix of lifecycle states (API reads). */
  allActive?: boolean;
  /** Named administrators per account. */
  administrators?: number;
  /** Earlier snapshots per account (periods before 2026-H1), so an account's latest snapshot has something to pick. */
  snapshots?: number;
}

/**
 * Accounts written straight into the projection with SQL (generate_series), as many as a large municipality would
 * have, spread over the demo units and platforms. Going through the opening workflow would take hours for 10,000
 * and measure the lifecycle instead (benchmark P2 does that). Handles are `bench-<n>`: the platform simulator
 * makes up a public page and posts for any handle.
 */
export async function seedAccounts(dataSource: DataSource, org: DemoOrganisation, options: SeedOptions): Promise<void> {
  const units = Object.values(org.units);
  const creator = org.users.editor.id;
  const [policy] = await dataSource.query(`select id from policy_version where "municipalityId" = $1 order by version desc limit 1`, [org.municipality.id]);
  await dataSource.query(
    `insert into account (id, "municipalityId", "unitId", "administrationId", platform, scope, "displayName", handle, "webAddress",
                          "functionalEmail", status, "planRevision", "workflowId", "policyVersionId", "createdById", "createdAt", "updatedAt", "activatedAt")
     select id, $1::uuid, (units)[1 + n % cardinality(units)], (administrations)[1 + n % cardinality(units)],
            platform, 'UNIT', 'Bänkkonto ' || n, 'bench-' || n, 'https://www.' || lower(platform) || '.com/bench-' || n,
            'bench-' || n || '@demokommun.se', status, 1, 'account-opening/' || id, $2::uuid, $3::uuid,
            created, created + (n % 97) * interval '1 hour', case when status = 'ACTIVE' then created + interval '10 days' end
       from (select n, gen_random_uuid() as id,
                    $4::uuid[] as units, $5::uuid[] as administrations,
                    (array['FACEBOOK', 'INSTAGRAM', 'YOUTUBE', 'LINKEDIN'])[1 + n % 4] as platform,
                    case when $6::boolean or n % 10 < 7 then 'ACTIVE'
                         else (array['DRAFT', 'IN_REVIEW', 'PROVISIONING', 'CLOSED', 'WITHDRAWN'])[1 + (n / 10) % 5] end as status,
                    timestamptz '2024-01-01 00:00+00' + n * interval '37 minutes' as created
               from generate_series($8::int, $8::int + $7::int - 1) as n) seeded`,
    [
      org.municipality.id,
      policy?.id ?? null,
      creator,
      units.map((u) => u.id),
      units.map((u) => u.administrationId),
      options.allActive ?? false,
      options.accounts,
      options.first ?? 1,
    ],
  );
  if (options.administrators) {
    await dataSource.query(
      `insert into account_administrator ("accountId", name, email, "twoFactorConfirmed")
       select a.id, 'Administratör ' || k || ' för ' || a.handle, 'admin' || k || '.' || a.handle || '@demokommun.se', k % 2 = 1
         from account a, generate_series(1, $2::int) as k
        where a."municipalityId" = $1 and not exists (select 1 from account_administrator x where x."accountId" = a.id)`,
      [org.municipality.id, options.administrators],
    );
  }
  if (options.snapshots) {
    // 2023-H1, 2023-H2, 2024-H1, …: the latest period requested last.
    await dataSource.query(
      `insert into snapshot ("municipalityId", "accountId", reason, "snapshotKey", "workflowId", status, attempts, "requestedAt", "capturedAt")
       select a."municipalityId", a.id, 'PERIOD_END', p.period, 'account-snapshot/' || a.id || '/' || p.period,
              case when p.k = $2 and a.handle like '%3' then 'FAILED' else 'ARCHIVED' end, 1, p.at, p.at + interval '3 minutes'
         from account a,
              (select k, (2023 + (k - 1) / 2) || '-H' || (1 + (k - 1) % 2) as period,
                      timestamptz '2023-07-01 00:05+02' + (k - 1) * interval '6 months' as at
                 from generate_series(1, $2::int) as k) p
        where a."municipalityId" = $1 and a.status = 'ACTIVE' and not exists (select 1 from snapshot x where x."accountId" = a.id)`,
      [org.municipality.id, options.snapshots],
    );
  }
  // What autovacuum would have done by the time a municipality has this many accounts: statistics for the planner and
  // a visibility map for index-only scans.
  await dataSource.query('vacuum analyze');
}
