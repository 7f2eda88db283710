/**
 * Archive storage: each finished package is one immutable object (a zip of the package folder, which CSIPSTR3
 * allows) keyed municipality/period/accountId/packageId. Storing is idempotent: a retried activity that stores
 * the same package id again changes nothing, so an account never ends up with two packages for one snapshot.
 *
 * Only a local-folder implementation exists. An S3-compatible one fits the same interface: one object per key,
 * written with a conditional put (If-None-Match: *) so a second put of the same key is refused, not overwritten.
 */
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, rm, stat } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import yauzl from 'yauzl';
import { ZipFile } from 'yazl';
import { sha256File } from './checksum.js';

export interface PackageKey {
  municipality: string;
  /** The archiving period, e.g. 2025-H1 or 2025. */
  period: string;
  accountId: string;
  packageId: string;
}

export interface StoredPackage {
  key: PackageKey;
  /** Size of the stored object in bytes. */
  size: number;
  storedAt: Date;
}

export interface PutResult extends StoredPackage {
  /** False when a package with this key was already stored; the existing one is kept untouched. */
  created: boolean;
  /** SHA-256 of the stored object. */
  sha256: string;
}

export interface ArchiveStorage {
  /** Stores a finished package folder under key; a no-op when the key already exists. */
  put(key: PackageKey, packageDir: string): Promise<PutResult>;
  exists(key: PackageKey): Promise<boolean>;
  /** The stored object (a zip with the package folder at its root); rejects with PackageNotFoundError. */
  get(key: PackageKey): Promise<Readable>;
  /**
   * One file of a stored package by its path inside the package (e.g. representations/rep1/data/page.pdf), without
   * unpacking the rest; rejects with PackageNotFoundError when the package or the file is not there.
   */
  getFile(key: PackageKey, path: string): Promise<Readable>;
  /** Stored packages, optionally narrowed to a municipality, period and account (each needs the ones before it). */
  list(prefix?: Partial<Omit<PackageKey, 'packageId'>>): Promise<StoredPackage[]>;
}

export class PackageNotFoundError extends Error {
  constructor(
    readonly key: PackageKey,
    readonly path?: string,
  ) {
    super(path ? `no file ${path} in archived package ${keyPath(key)}` : `no archived package ${keyPath(key)}`);
    this.name = 'PackageNotFoundError';
  }
}

const SEGMENT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const OBJECT_SUFFIX = '.zip';

/** The key as a '/'-separated path; each part is checked so no key can reach outside its folder. */
export function keyPath(key: PackageKey): string {
  const parts = [key.municipality, key.period, key.accountId, key.packageId];
  for (const part of parts) {
    if (!SEGMENT_PATTERN.test(part)) {
      throw new Error(`archive key part "${part}" must be letters, digits, '.', '_' or '-'`);
    }
  }
  return parts.join('/');
}

/** The key a path made by `keyPath` names (a snapshot records where its package is kept that way). */
export function packageKeyFromPath(path: string): PackageKey {
  const [municipality, period, accountId, packageId, ...rest] = path.split('/');
  const key = { municipality: municipality ?? '', period: period ?? '', accountId: accountId ?? '', packageId: packageId ?? '' };
  if (rest.length > 0 || keyPath(key) !== path) throw new Error(`"${path}" is not an archive key`);
  return key;
}

export class LocalFolderArchiveStorage implements ArchiveStorage {
  constructor(readonly rootDir: string) {}

  /** Where the object for key lives (or would live). */
  objectPath(key: PackageKey): string {
    return join(this.rootDir, ...keyPath(key).split('/')) + OBJECT_SUFFIX;
  }

  async put(key: PackageKey, packageDir: string): Promise<PutResult> {
    const target = this.objectPath(key);
    const existing = await this.describe(key, target);
    if (existing) return existing;

    const folder = dirname(target);
    await mkdir(folder, { recursive: true });
    // A dot-name in the same folder: list() never shows it, and the final step is a same-filesystem link.
    const temporary = join(folder, `.${key.packageId}${OBJECT_SUFFIX}.tmp-${randomUUID()}`);
    try {
      await writeZip(packageDir, key.packageId, temporary);
      const handle = await open(temporary, 'r');
      try {
        await handle.sync(); // the bytes are on disk before the name appears
      } finally {
        await handle.close();
      }
      let created = true;
      try {
        // link() fails if the name exists, unlike rename(): a concurrent or retried put can never replace a
        // stored package, and the name appears only when the object is complete.
        await link(temporary, target);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        created = false;
      }
      await syncFolder(folder);
      const info = await stat(target);
      return { key, size: info.size, storedAt: info.mtime, created, sha256: await sha256File(target) };
    } finally {
      await rm(temporary, { force: true });
    }
  }

  async exists(key: PackageKey): Promise<boolean> {
    return (await stat(this.objectPath(key)).catch(() => undefined))?.isFile() ?? false;
  }

  async get(key: PackageKey): Promise<Readable> {
    try {
      const handle = await open(this.objectPath(key), 'r');
      return handle.createReadStream();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PackageNotFoundError(key);
      throw error;
    }
  }

  async getFile(key: PackageKey, path: string): Promise<Readable> {
    const entryName = `${key.packageId}/${path}`;
    let zip: yauzl.ZipFile;
    try {
      zip = await openZip(this.objectPath(key), { lazyEntries: true, autoClose: false });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PackageNotFoundError(key);
      throw error;
    }
    try {
      const entry = await new Promise<yauzl.Entry | null>((resolve, reject) => {
        zip.on('entry', (e: yauzl.Entry) => (e.fileName === entryName ? resolve(e) : zip.readEntry()));
        zip.on('end', () => resolve(null));
        zip.on('error', reject);
        zip.readEntry();
      });
      if (!entry) throw new PackageNotFoundError(key, path);
      const stream = await new Promise<Readable>((resolve, reject) => zip.openReadStream(entry, (error, s) => (error ? reject(error) : resolve(s))));
      stream.once('close', () => zip.close());
      return stream;
    } catch (error) {
      zip.close();
      throw error;
    }
  }

  async list(prefix: Partial<Omit<PackageKey, 'packageId'>> = {}): Promise<StoredPackage[]> {
    const fixed = [prefix.municipality, prefix.period, prefix.accountId];
    const firstFree = fixed.findIndex((part) => part === undefined);
    const given = (firstFree === -1 ? fixed : fixed.slice(0, firstFree)) as string[];
    if (fixed.slice(given.length).some((part) => part !== undefined)) {
      throw new Error('list prefix: municipality, period and accountId narrow in that order');
    }
    for (const part of given) {
      if (!SEGMENT_PATTERN.test(part)) throw new Error(`archive key part "${part}" is not valid`);
    }
    const found: StoredPackage[] = [];
    await this.walk(join(this.rootDir, ...given), given.length, found);
    return found.sort((a, b) => keyPath(a.key).localeCompare(keyPath(b.key)));
  }

  private async walk(folder: string, depth: number, found: StoredPackage[]): Promise<void> {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      // Dot-names are objects still being written (or left by a crash); they are not packages.
      if (entry.name.startsWith('.')) continue;
      const path = join(folder, entry.name);
      if (depth < 3 && entry.isDirectory()) {
        await this.walk(path, depth + 1, found);
      } else if (depth === 3 && entry.isFile() && entry.name.endsWith(OBJECT_SUFFIX)) {
        const [municipality, period, accountId] = relative(this.rootDir, folder).split(sep) as [string, string, string];
        const info = await stat(path);
        found.push({
          key: { municipality, period, accountId, packageId: entry.name.slice(0, -OBJECT_SUFFIX.length) },
          size: info.size,
          storedAt: info.mtime,
        });
      }
    }
  }

  private async describe(key: PackageKey, path: string): Promise<PutResult | undefined> {
    const info = await stat(path).catch(() => undefined);
    if (!info) return undefined;
    return { key, size: info.size, storedAt: info.mtime, created: false, sha256: await sha256File(path) };
  }
}

const openZip = promisify<string, yauzl.Options, yauzl.ZipFile>(yauzl.open);

/** The archive folder: ARCHIVE_DIR, or .local/archive of the repository. Packages are kept in packages/ under it. */
export const DEFAULT_ARCHIVE_DIR = process.env.ARCHIVE_DIR ?? join(fileURLToPath(new URL('../../..', import.meta.url)), '.local', 'archive');

/** The archive storage the worker writes and the API reads: one configuration for both. */
export function packageStorage(archiveDir: string = DEFAULT_ARCHIVE_DIR): LocalFolderArchiveStorage {
  return new LocalFolderArchiveStorage(join(archiveDir, 'packages'));
}

/** Zips a package folder so that it unpacks to one root folder named after the package (CSIPSTR1, CSIPSTR3). */
async function writeZip(packageDir: string, rootName: string, outFile: string): Promise<void> {
  const zip = new ZipFile();
  zip.addEmptyDirectory(`${rootName}/`);
  const add = async (folder: string, prefix: string) => {
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const path = join(folder, entry.name);
      const name = `${prefix}/${entry.name}`;
      if (entry.isDirectory()) {
        zip.addEmptyDirectory(`${name}/`);
        await add(path, name);
      } else if (entry.isFile()) {
        zip.addFile(path, name);
      } else {
        throw new Error(`${path} is neither a file nor a folder; a package holds only those`);
      }
    }
  };
  await add(packageDir, rootName);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(outFile, { flags: 'wx' }));
}

async function syncFolder(folder: string): Promise<void> {
  const handle = await open(folder, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
