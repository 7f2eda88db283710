import { verifyAuditChain } from '../audit-chain.js';
import { createDataSource } from '../data-source.js';

/** Verifies the audit log's hash chains; exit code 0 when every chain holds, 1 at the first broken link, 2 on error. */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL saknas: ange databasen vars granskningslogg ska kontrolleras.');
  process.exit(2);
}
const dataSource = await createDataSource(url).initialize();
try {
  const report = await verifyAuditChain(dataSource);
  if (report.broken.length === 0) {
    console.log(`Granskningsloggen är obruten: ${report.checked} händelser i ${report.municipalities} kommun(er) kontrollerade.`);
  } else {
    console.log(`Granskningsloggen är BRUTEN i ${report.broken.length} av ${report.municipalities} kommun(er) (${report.checked} händelser kontrollerade).`);
    for (const link of report.broken) console.log(`Kommun ${link.municipalityId}: första brutna länken: ${link.description}`);
  }
  process.exitCode = report.broken.length === 0 ? 0 : 1;
} catch (error) {
  console.error('Kontrollen kunde inte göras:', error);
  process.exitCode = 2;
} finally {
  await dataSource.destroy();
}
