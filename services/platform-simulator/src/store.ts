/**
 * The simulator's accounts, in memory. An account nobody registered is generated on first sight with a default
 * profile; registering one fixes its post count and last activity, and publishing adds a post now, so a test or
 * the demo can make an account go quiet or come back.
 */
import type { Platform } from '@smg/domain';
import { parseSimulatorAccountId, simulatorAccountId, type SimulatedAccountKey } from '@smg/platform';
import { allComments, defaultLastActivity, generateAccount, generatePost, type SimAccount, type SimComment, type SimPost } from './content.js';

export interface Registration {
  platform: Platform;
  handle: string;
  displayName?: string;
  about?: string;
  followers?: number;
  postCount?: number;
  lastActivityAt?: Date;
}

export type SimNode = { kind: 'account'; account: SimAccount } | { kind: 'post'; account: SimAccount; post: SimPost } | { kind: 'comment'; account: SimAccount; post: SimPost; comment: SimComment };

export class SimulatorStore {
  private readonly accounts = new Map<string, SimAccount>();
  private readonly registered = new Set<string>();
  /** Accounts deleted on the platform (a closure): the API no longer knows them and their page is gone. */
  private readonly removed = new Set<string>();

  constructor(private readonly now: () => Date) {}

  account(key: SimulatedAccountKey): SimAccount {
    const id = simulatorAccountId(key);
    let account = this.accounts.get(id);
    if (!account) {
      account = generateAccount(key, { lastActivityAt: defaultLastActivity(key, this.now()) });
      this.accounts.set(id, account);
    }
    return account;
  }

  register(registration: Registration): SimAccount {
    const key = { platform: registration.platform, handle: registration.handle };
    const account = generateAccount(key, { ...registration, lastActivityAt: registration.lastActivityAt ?? defaultLastActivity(key, this.now()) });
    this.accounts.set(account.id, account);
    this.registered.add(account.id);
    this.removed.delete(account.id);
    return account;
  }

  registeredAccounts(): SimAccount[] {
    return [...this.registered].map((id) => this.accounts.get(id)!);
  }

  /**
   * A new post with the given text or one of the account's usual kind, published now or at `at` (for tests on a
   * skipped clock). Nothing else of the account changes, as on a real platform.
   */
  publish(key: SimulatedAccountKey, text?: string, at: Date = this.now()): SimPost {
    const account = this.account(key);
    const number = Math.max(0, ...account.posts.map((post) => post.number)) + 1;
    const post = generatePost(account.id, number, at, at, account.displayName, text);
    account.posts.unshift(post);
    return post;
  }

  /** Forgets registrations and published posts: every account is back to its default. */
  reset(): void {
    this.accounts.clear();
    this.registered.clear();
    this.removed.clear();
  }

  /** Deletes the account on the simulated platform, as a unit does when an account is closed. */
  remove(key: SimulatedAccountKey): void {
    this.removed.add(simulatorAccountId(key));
  }

  isRemoved(key: SimulatedAccountKey): boolean {
    return this.removed.has(simulatorAccountId(key));
  }

  /** The account, post or comment a Graph node id names (`facebook:demokommun~p3~c1`). */
  node(id: string): SimNode | null {
    const [accountId] = id.split('~');
    const key = parseSimulatorAccountId(accountId);
    if (!key || this.isRemoved(key)) return null;
    const account = this.account(key);
    if (id === accountId) return { kind: 'account', account };
    const post = account.posts.find((candidate) => id === candidate.id || id.startsWith(`${candidate.id}~`));
    if (!post) return null;
    if (id === post.id) return { kind: 'post', account, post };
    const comment = allComments(post.comments).find((candidate) => candidate.id === id);
    return comment ? { kind: 'comment', account, post, comment } : null;
  }

  lastActivityAt(account: SimAccount): Date | null {
    const times = account.posts.flatMap((post) => [post.createdAt, ...allComments(post.comments).map((comment) => comment.createdAt)]);
    return times.length ? new Date(Math.max(...times.map((time) => time.getTime()))) : null;
  }
}
