import { verifyAuditChain } from '../audit-chain.js';
import { auditKeysFromEnv } from '../audit-checkpoint.js';
import { createDataSource } from '../data-source.js';

/**
 * Verifies the audit log's hash chains and signed checkpoints; exit code 0 when all hold, 1 when a chain is broken
 * or a checkpoint fails, 2 when it could not check.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL saknas: ange databasen vars granskningslogg ska kontrolleras.');
  process.exit(2);
}
let verificationKeys;
try {
  verificationKeys = auditKeysFromEnv().verificationKeys;
} catch (error) {
  console.error('Nycklarna kunde inte läsas:', error instanceof Error ? error.message : error);
  process.exit(2);
}
if (verificationKeys.length === 0) {
  console.error('AUDIT_VERIFICATION_KEYS saknas: ange de publika nycklar som kontrollpunkterna signerades med.');
  process.exit(2);
}
const dataSource = await createDataSource(url).initialize();
try {
  const report = await verifyAuditChain(dataSource, { verificationKeys });
  const failing = new Set([...report.broken, ...report.checkpointFailures].map((f) => f.municipalityId));
  const counted = `${report.checked} händelser och ${report.checkpoints} signerade kontrollpunkter kontrollerade`;
  if (failing.size === 0) {
    console.log(`Granskningsloggen är obruten: ${counted} i ${report.municipalities} kommun(er).`);
  } else {
    console.log(`Granskningsloggen är BRUTEN i ${failing.size} av ${report.municipalities} kommun(er) (${counted}).`);
    for (const link of report.broken) console.log(`Kommun ${link.municipalityId}: första brutna länken: ${link.description}`);
    for (const failure of report.checkpointFailures) console.log(`Kommun ${failure.municipalityId}: ${failure.description}`);
  }
  process.exitCode = failing.size === 0 ? 0 : 1;
} catch (error) {
  console.error('Kontrollen kunde inte göras:', error);
  process.exitCode = 2;
} finally {
  await dataSource.destroy();
}
