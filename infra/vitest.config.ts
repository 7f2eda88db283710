/**
 * One vitest configuration for every package of the repository; infra/test.sh runs it against the ephemeral
 * test stack. Each package keeps its tests beside it (test/**\/*.test.ts or src/**\/*.test.ts) and becomes a
 * vitest project named after its folder, so `bash infra/test.sh --project db` runs one package.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import swc from 'unplugin-swc';
import { defineConfig } from 'vitest/config';

const repoRoot = dirname(dirname(fileURLToPath(import.meta.url)));

/** Folders that hold packages, as in pnpm-workspace.yaml; a folder counts once it has a package.json. */
function packageDirs(): string[] {
  const dirs: string[] = [];
  for (const group of ['packages', 'services', 'frontends']) {
    const groupDir = join(repoRoot, group);
    if (!existsSync(groupDir)) continue;
    for (const entry of readdirSync(groupDir, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(groupDir, entry.name));
    }
  }
  dirs.push(join(repoRoot, 'workflows'), join(repoRoot, 'infra'), join(repoRoot, 'bench'));
  return dirs.filter((dir) => existsSync(join(dir, 'package.json'))).sort();
}

export default defineConfig({
  root: repoRoot,
  plugins: [
    // esbuild (vitest's default transform) drops decorator metadata, which TypeORM and type-graphql read.
    swc.vite({
      tsconfigFile: false,
      jsc: {
        target: 'es2022',
        keepClassNames: true,
        parser: { syntax: 'typescript', decorators: true },
        transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      },
    }),
  ],
  test: {
    environment: 'node',
    // Real PostgreSQL and Temporal on two cores: one file at a time keeps timings predictable.
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    projects: packageDirs().map((dir) => ({
      extends: true as const,
      test: {
        name: basename(dir),
        root: dir,
        dir,
        include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
        exclude: ['**/node_modules/**', '**/dist/**'],
      },
    })),
  },
});
