import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from './graphql.js';
import { buildSchema } from 'type-graphql';
import { authChecker } from './auth/auth-checker.js';
import { validateInput } from './validation.js';
import { AccountsResolver } from './resolvers/accounts/accounts.resolver.js';
import { AccountSnapshotsResolver, ArchivedItemResolver, ArchivingRunResolver, SnapshotResolver } from './resolvers/archive/archive.resolver.js';
import { AccountHandoverResolver, BoardDecisionResolver, HandoverResolver } from './resolvers/handover/handover.resolver.js';
import { ClosureAccountFieldsResolver, ClosureResolver } from './resolvers/closure/closure.resolver.js';
import { CredentialAccountFieldsResolver, CredentialsResolver } from './resolvers/credentials/credentials.resolver.js';
import { NotificationsResolver } from './resolvers/notifications/notifications.resolver.js';
import { OpeningResolver } from './resolvers/opening/opening.resolver.js';
import { PolicyResolver } from './resolvers/policy/policy.resolver.js';
import { AdministrationResolver, UnitResolver } from './resolvers/organisation/organisation.resolver.js';
import { RegisterResolver } from './resolvers/register/register.resolver.js';
import { RoleAssignmentResolver, SessionResolver } from './resolvers/session/session.resolver.js';

export const RESOLVERS = [
  SessionResolver,
  RoleAssignmentResolver,
  UnitResolver,
  AdministrationResolver,
  AccountsResolver,
  OpeningResolver,
  RegisterResolver,
  NotificationsResolver,
  PolicyResolver,
  ArchivingRunResolver,
  SnapshotResolver,
  AccountSnapshotsResolver,
  ArchivedItemResolver,
  HandoverResolver,
  BoardDecisionResolver,
  AccountHandoverResolver,
  ClosureResolver,
  ClosureAccountFieldsResolver,
  CredentialsResolver,
  CredentialAccountFieldsResolver,
] as const;

/** The committed schema file: the contract the frontends generate their types from. */
export const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

/**
 * `emitSchemaFile` is only given by the emit-schema script: a server or test that rewrote the committed file on
 * every start would hide exactly the drift the schema test exists to catch.
 */
export function buildApiSchema(options: { emitSchemaFile?: string } = {}): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Off by default in type-graphql 2; the input classes' size and shape checks depend on it.
    validateFn: validateInput,
    emitSchemaFile: options.emitSchemaFile ? { path: options.emitSchemaFile, sortedSchema: true } : false,
  });
}

/** The schema as the committed file holds it, without type-graphql's generated-file banner. */
export function printApiSchema(schema: GraphQLSchema): string {
  return printSchema(lexicographicSortSchema(schema));
}

/** Drops the banner type-graphql writes above the schema. */
export function withoutBanner(schemaFile: string): string {
  return schemaFile.replace(/^(#[^\n]*\n)+\n?/, '');
}
