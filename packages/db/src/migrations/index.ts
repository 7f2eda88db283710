import { InitialSchema1795401434535 } from './1795401434535-InitialSchema.js';
import { PolicyVersions1795402250744 } from './1795402250744-PolicyVersions.js';
import { Archiving1795500000000 } from './1795500000000-Archiving.js';
import { ClosureAfterInactivity1795600600000 } from './1795600600000-ClosureAfterInactivity.js';
import { Handover1795641000000 } from './1795641000000-Handover.js';
import { AccountListIndex1795650000000 } from './1795650000000-AccountListIndex.js';
import { AuditHashChain1795700000000 } from './1795700000000-AuditHashChain.js';
import { CredentialVault1795800000000 } from './1795800000000-CredentialVault.js';
import { AuditCheckpoints1795810000000 } from './1795810000000-AuditCheckpoints.js';

/** Every migration, in order. Listed here (not globbed) so tsx, vitest and bundlers all find them. */
export const MIGRATIONS: Function[] = [
  InitialSchema1795401434535,
  PolicyVersions1795402250744,
  Archiving1795500000000,
  ClosureAfterInactivity1795600600000,
  Handover1795641000000,
  AccountListIndex1795650000000,
  AuditHashChain1795700000000,
  CredentialVault1795800000000,
  AuditCheckpoints1795810000000,
];
