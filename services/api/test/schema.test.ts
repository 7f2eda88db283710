import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, buildApiSchema, printApiSchema, withoutBanner } from '../src/schema.js';

const apiDir = dirname(dirname(fileURLToPath(import.meta.url)));
const fix = 'the committed schema.graphql is out of date: run `pnpm --filter @smg/api emit-schema` and commit it';

describe('the committed schema (the contract the frontends generate types from)', () => {
  it('is exactly what the resolvers build', async () => {
    const built = printApiSchema(await buildApiSchema());
    expect(built, fix).toBe(withoutBanner(readFileSync(SCHEMA_FILE, 'utf8')));
  });

  it('is also what they build under tsx, which (unlike this test’s SWC transform) emits no decorator metadata', async () => {
    // Every type is declared with an explicit type function; a field that relied on reflected metadata would be
    // missing or fail here, since the API runs under tsx.
    const tsx = join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist', 'cli.mjs');
    const { stdout } = await promisify(execFile)(process.execPath, [tsx, 'src/emit-schema.ts', '--check'], {
      cwd: apiDir,
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(stdout).toContain('matches the code');
  });
});
