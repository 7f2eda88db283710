/**
 * Building blocks of an account snapshot for the e-archive (issue 4): render the public page, convert it to
 * PDF/A-2b, validate with veraPDF, pack an E-ARK SIP (CSIP/SIP 2.1 = FGS Paketstruktur 2.0), validate it with
 * commons-ip and store it once. Each step stands alone so a Temporal activity can call it and retry it.
 */
export { sha256File } from './checksum.js';
export {
  CHROMIUM_ARGS,
  EXPAND_BUTTON_TEXT,
  FEED_END_SELECTOR,
  defaultChromiumPath,
  launchCaptureBrowser,
  renderPageToPdf,
  type RenderPageOptions,
  type RenderResult,
} from './render.js';
export {
  SRGB_ICC_PROFILE_CANDIDATES,
  convertToPdfA,
  extractPdfText,
  findSrgbIccProfile,
  ghostscriptVersion,
  type ConvertToPdfAOptions,
  type ConvertToPdfAResult,
} from './pdfa.js';
export {
  parseVerapdfReport,
  validatePdfA,
  type FailedPdfARule,
  type PdfAValidation,
  type ValidatePdfAOptions,
} from './verapdf.js';
export {
  PACKAGE_CREATOR,
  SIP_PROFILE,
  SPECIFICATION_VERSION,
  buildSip,
  verifySip,
  type BuildSipOptions,
  type BuiltSip,
  type PreservationAgent,
  type PreservationEvent,
  type SipChecksumProblem,
  type SipDescriptiveMetadata,
  type SipFileFormat,
  type SipFileRecord,
  type SipFileRole,
  type SipInputFile,
  type SipOrganisation,
  type SipVerification,
} from './sip.js';
export { parseCommonsIpReport, validateSip, type SipRequirementResult, type SipValidation } from './commons-ip.js';
export {
  DEFAULT_ARCHIVE_DIR,
  LocalFolderArchiveStorage,
  PackageNotFoundError,
  keyPath,
  packageKeyFromPath,
  packageStorage,
  type ArchiveStorage,
  type PackageKey,
  type PutResult,
  type StoredPackage,
} from './storage.js';
export {
  COMMONS_IP_VERSION,
  VERAPDF_VERSION,
  ToolError,
  commonsIpClasspath,
  verapdfClasspath,
  type ToolRun,
} from './tools.js';
