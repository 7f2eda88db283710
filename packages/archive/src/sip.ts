/**
 * An account snapshot as an E-ARK Submission Information Package, CSIP/SIP 2.1.0 – the Swedish FGS
 * Paketstruktur 2.0. Layout:
 *
 *   <packageId>/METS.xml                                 package METS: agents, metadata, pointer to rep1
 *   <packageId>/metadata/descriptive/dc.xml              Dublin Core description of the snapshot
 *   <packageId>/metadata/preservation/premis.xml         PREMIS 3: files with SHA-256 fixity, events, agents
 *   <packageId>/representations/rep1/METS.xml            representation METS: the data files with checksums
 *   <packageId>/representations/rep1/data/...            the PDF/A page, the JSON export, ...
 *
 * The requirement numbers in comments (CSIP…, SIP…) are those of the DILCIS Board specifications.
 */
import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces.js';
import { sha256File } from './checksum.js';
import { childText, elementsByTagNameNS, parseXml } from './xml.js';

export const METS_NS = 'http://www.loc.gov/METS/';
export const XLINK_NS = 'http://www.w3.org/1999/xlink';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const CSIP_NS = 'https://DILCIS.eu/XML/METS/CSIPExtensionMETS';
export const SIP_NS = 'https://DILCIS.eu/XML/METS/SIPExtensionMETS';
export const PREMIS_NS = 'http://www.loc.gov/premis/v3';
export const DC_NS = 'http://purl.org/dc/elements/1.1/';
export const OAI_DC_NS = 'http://www.openarchives.org/OAI/2.0/oai_dc/';

/** CSIP6: the profile the package conforms to; also tells commons-ip which version to check. */
export const SIP_PROFILE = 'https://earksip.dilcis.eu/profile/E-ARK-SIP-v2-1-0.xml';
export const SPECIFICATION_VERSION = '2.1.0';
const SCHEMA_LOCATIONS = [
  METS_NS,
  'https://www.loc.gov/standards/mets/mets.xsd',
  XLINK_NS,
  'https://www.loc.gov/standards/xlink/xlink.xsd',
  CSIP_NS,
  'https://earkcsip.dilcis.eu/schema/DILCISExtensionMETS.xsd',
  SIP_NS,
  'https://earksip.dilcis.eu/schema/DILCISExtensionSIPMETS.xsd',
].join(' ');

/** The software agent CSIP10–16 require: what created the package. */
export const PACKAGE_CREATOR = { name: 'Sociala medier – styrning, @smg/archive', version: '0.1.0' };

const REPRESENTATION = 'rep1';

export type SipFileRole = 'pdf' | 'export' | 'screenshot' | 'attachment';

export interface SipFileFormat {
  name: string;
  version?: string;
  /** PRONOM identifier, e.g. fmt/477 for PDF/A-2b. */
  pronomId?: string;
}

export interface SipInputFile {
  path: string;
  role: SipFileRole;
  /** Name inside representations/rep1/data; defaults to the file's own name. */
  name?: string;
  mimeType?: string;
  format?: SipFileFormat;
}

export interface SipOrganisation {
  name: string;
  /** The organisation number (organisationsnummer) or another code the archive knows the organisation by. */
  identificationCode?: string;
}

export interface PreservationAgent {
  name: string;
  type: 'software' | 'organization' | 'person';
  version?: string;
}

export interface PreservationEvent {
  /** PREMIS event type (Library of Congress vocabulary): capture, migration, validation, ingestion, ... */
  type: string;
  dateTime: Date | string;
  detail?: string;
  outcome: 'success' | 'failure' | 'warning';
  outcomeDetail?: string;
  agent: PreservationAgent;
  /** Names (inside data/) of the files the event produced or examined. */
  files?: string[];
  /** How the event relates to those files; PREMIS linkingObjectRole. */
  fileRole?: 'outcome' | 'source';
}

export interface SipDescriptiveMetadata {
  title: string;
  /** The municipality (arkivbildare) whose account this is. */
  creator: string;
  accountId: string;
  accountName?: string;
  platform?: string;
  accountUrl?: string;
  /** The period the snapshot documents, as ISO dates. */
  periodStart: string;
  periodEnd: string;
  capturedAt: Date | string;
  description?: string;
  language?: string;
}

export interface BuildSipOptions {
  /** The folder in which the package folder <packageId> is created (CSIP1: the root folder is named after OBJID). */
  outDir: string;
  packageId: string;
  /** SIP1: a short text describing the package. */
  label: string;
  /** The submitting organisation (SIP submitter agent: ROLE CREATOR, TYPE ORGANIZATION). */
  agent: SipOrganisation;
  /** The archival creator (arkivbildare; SIP agent ROLE ARCHIVIST), when it differs or should be named. */
  archivist?: SipOrganisation;
  /** The submission agreement (leveransöverenskommelse) this delivery follows. */
  submissionAgreement?: string;
  files: SipInputFile[];
  events: PreservationEvent[];
  metadata: SipDescriptiveMetadata;
  createdAt?: Date;
  /** Replace an existing package folder instead of failing (a retried build of the same snapshot). */
  replaceExisting?: boolean;
}

export interface SipFileRecord {
  /** Path relative to the package root, '/'-separated. */
  href: string;
  role: SipFileRole | 'descriptive' | 'preservation' | 'representation-mets';
  size: number;
  sha256: string;
  mimeType: string;
}

export interface BuiltSip {
  /** The package root folder, <outDir>/<packageId>. */
  dir: string;
  packageId: string;
  createdAt: Date;
  /** The data files as they are inside the package. */
  files: SipFileRecord[];
  /** The metadata files the package METS references. */
  metadataFiles: SipFileRecord[];
}

const PACKAGE_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;
const FILE_NAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/;

const DEFAULT_FORMATS: Record<SipFileRole, { mimeType?: string; format?: SipFileFormat }> = {
  pdf: { mimeType: 'application/pdf', format: { name: 'PDF/A-2b', version: '2b', pronomId: 'fmt/477' } },
  export: { mimeType: 'application/json', format: { name: 'JSON', pronomId: 'fmt/817' } },
  screenshot: {},
  attachment: {},
};

const MIME_BY_EXTENSION: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.txt': 'text/plain',
  '.html': 'text/html',
  '.xml': 'application/xml',
};

export async function buildSip(options: BuildSipOptions): Promise<BuiltSip> {
  if (!PACKAGE_ID_PATTERN.test(options.packageId)) {
    throw new Error(`package id "${options.packageId}" must be letters, digits, '.', '_' or '-' (it names a folder)`);
  }
  const names = new Set<string>();
  for (const file of options.files) {
    const name = file.name ?? basename(file.path);
    if (!FILE_NAME_PATTERN.test(name)) throw new Error(`file name "${name}" must be letters, digits, '.', '_' or '-'`);
    if (names.has(name)) throw new Error(`two files would both be data/${name}`);
    names.add(name);
  }
  if (options.files.length === 0) throw new Error('a package needs at least one data file');
  for (const event of options.events) {
    for (const name of event.files ?? []) {
      if (!names.has(name)) throw new Error(`event "${event.type}" refers to ${name}, which is not among the files`);
    }
  }

  const createdAt = options.createdAt ?? new Date();
  const created = createdAt.toISOString();
  const packageDir = join(options.outDir, options.packageId);
  // Built beside the target and renamed at the end, so the package folder is either absent or complete.
  const staging = join(options.outDir, `.${options.packageId}.partial-${randomUUID()}`);
  try {
    const representationDir = join(staging, 'representations', REPRESENTATION);
    await mkdir(join(representationDir, 'data'), { recursive: true });
    await mkdir(join(staging, 'metadata', 'descriptive'), { recursive: true });
    await mkdir(join(staging, 'metadata', 'preservation'), { recursive: true });

    const dataFiles: Array<SipFileRecord & { name: string; format?: SipFileFormat }> = [];
    for (const file of options.files) {
      const name = file.name ?? basename(file.path);
      const target = join(representationDir, 'data', name);
      await copyFile(file.path, target);
      const defaults = DEFAULT_FORMATS[file.role];
      dataFiles.push({
        name,
        href: `representations/${REPRESENTATION}/data/${name}`,
        role: file.role,
        // Hashed from the copy: the checksum must describe what is in the package.
        sha256: await sha256File(target),
        size: (await stat(target)).size,
        mimeType:
          file.mimeType ?? defaults.mimeType ?? MIME_BY_EXTENSION[extname(name).toLowerCase()] ?? 'application/octet-stream',
        format: file.format ?? defaults.format,
      });
    }

    const digestEvent: PreservationEvent = {
      type: 'message digest calculation',
      dateTime: createdAt,
      detail: 'SHA-256 of every file, computed while the package was built',
      outcome: 'success',
      agent: { name: PACKAGE_CREATOR.name, type: 'software', version: PACKAGE_CREATOR.version },
      files: dataFiles.map((file) => file.name),
      fileRole: 'source',
    };
    const events = [...options.events, digestEvent];

    const dcPath = join(staging, 'metadata', 'descriptive', 'dc.xml');
    await writeFile(dcPath, dublinCore(options), 'utf8');
    const dc = await describe(dcPath, 'metadata/descriptive/dc.xml', 'descriptive', 'application/xml');

    const premisPath = join(staging, 'metadata', 'preservation', 'premis.xml');
    await writeFile(premisPath, premis(options.packageId, dataFiles, events), 'utf8');
    const premisFile = await describe(premisPath, 'metadata/preservation/premis.xml', 'preservation', 'application/xml');

    const representationMetsPath = join(representationDir, 'METS.xml');
    await writeFile(representationMetsPath, representationMets(created, dataFiles), 'utf8');
    const representationMetsFile = await describe(
      representationMetsPath,
      `representations/${REPRESENTATION}/METS.xml`,
      'representation-mets',
      'application/xml',
    );

    await writeFile(join(staging, 'METS.xml'), packageMets(options, created, dc, premisFile, representationMetsFile), 'utf8');

    if (options.replaceExisting) await rm(packageDir, { recursive: true, force: true });
    try {
      await rename(staging, packageDir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOTEMPTY' || (error as NodeJS.ErrnoException).code === 'EEXIST') {
        throw new Error(`${packageDir} already exists; pass replaceExisting to build the package again`);
      }
      throw error;
    }
    const publicRecord = (record: SipFileRecord): SipFileRecord => ({
      href: record.href,
      role: record.role,
      size: record.size,
      sha256: record.sha256,
      mimeType: record.mimeType,
    });
    return {
      dir: packageDir,
      packageId: options.packageId,
      createdAt,
      files: dataFiles.map(publicRecord),
      metadataFiles: [dc, premisFile, representationMetsFile],
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

async function describe(path: string, href: string, role: SipFileRecord['role'], mimeType: string): Promise<SipFileRecord> {
  return { href, role, size: (await stat(path)).size, sha256: await sha256File(path), mimeType };
}

function newDocument(): XMLBuilder {
  return create({ version: '1.0', encoding: 'UTF-8' });
}

/** The attributes every METS document of the package carries (CSIP1–6). */
function metsRoot(objectId: string, label: string | undefined): XMLBuilder {
  const root = newDocument()
    .ele(METS_NS, 'mets', {
      'xmlns:xlink': XLINK_NS,
      'xmlns:xsi': XSI_NS,
      'xmlns:csip': CSIP_NS,
      'xmlns:sip': SIP_NS,
      OBJID: objectId,
      ...(label ? { LABEL: label } : {}),
      // CSIP2: a content category from the CSIP vocabulary; a page plus its data export is "Mixed".
      TYPE: 'Mixed',
      PROFILE: SIP_PROFILE,
    })
    .att(CSIP_NS, 'csip:CONTENTINFORMATIONTYPE', 'MIXED')
    .att(XSI_NS, 'xsi:schemaLocation', SCHEMA_LOCATIONS);
  return root;
}

/** CSIP7–16: creation date, package type and the software that made the package. */
function metsHeader(mets: XMLBuilder, created: string): XMLBuilder {
  const header = mets
    .ele('metsHdr', { CREATEDATE: created, RECORDSTATUS: 'NEW' })
    .att(CSIP_NS, 'csip:OAISPACKAGETYPE', 'SIP');
  header
    .ele('agent', { ROLE: 'CREATOR', TYPE: 'OTHER', OTHERTYPE: 'SOFTWARE' })
    .ele('name')
    .txt(PACKAGE_CREATOR.name)
    .up()
    .ele('note')
    .att(CSIP_NS, 'csip:NOTETYPE', 'SOFTWARE VERSION')
    .txt(PACKAGE_CREATOR.version);
  return header;
}

function organisationAgent(header: XMLBuilder, role: 'CREATOR' | 'ARCHIVIST', organisation: SipOrganisation) {
  const agent = header.ele('agent', { ROLE: role, TYPE: 'ORGANIZATION' });
  agent.ele('name').txt(organisation.name);
  if (organisation.identificationCode) {
    agent.ele('note').att(CSIP_NS, 'csip:NOTETYPE', 'IDENTIFICATIONCODE').txt(organisation.identificationCode);
  }
}

function mdRef(parent: XMLBuilder, id: string, mdType: string, record: SipFileRecord, created: string) {
  parent
    .ele('mdRef', {
      ID: id,
      LOCTYPE: 'URL',
      MDTYPE: mdType,
      MIMETYPE: record.mimeType,
      SIZE: String(record.size),
      CREATED: created,
      CHECKSUM: record.sha256,
      CHECKSUMTYPE: 'SHA-256',
    })
    .att(XLINK_NS, 'xlink:type', 'simple')
    .att(XLINK_NS, 'xlink:href', record.href);
}

function fileEntry(group: XMLBuilder, id: string, record: SipFileRecord, href: string, created: string) {
  group
    .ele('file', {
      ID: id,
      MIMETYPE: record.mimeType,
      SIZE: String(record.size),
      CREATED: created,
      CHECKSUM: record.sha256,
      CHECKSUMTYPE: 'SHA-256',
    })
    .ele('FLocat', { LOCTYPE: 'URL' })
    .att(XLINK_NS, 'xlink:type', 'simple')
    .att(XLINK_NS, 'xlink:href', href);
}

function packageMets(
  options: BuildSipOptions,
  created: string,
  dc: SipFileRecord,
  premisFile: SipFileRecord,
  representationMetsFile: SipFileRecord,
): string {
  const mets = metsRoot(options.packageId, options.label);
  const header = metsHeader(mets, created);
  organisationAgent(header, 'CREATOR', options.agent);
  if (options.archivist) organisationAgent(header, 'ARCHIVIST', options.archivist);
  if (options.submissionAgreement) {
    header.ele('altRecordID', { TYPE: 'SUBMISSIONAGREEMENT' }).txt(options.submissionAgreement);
  }

  // CSIP17–30: descriptive metadata by reference, with size and checksum.
  mdRef(mets.ele('dmdSec', { ID: 'dmd-dc', CREATED: created, STATUS: 'CURRENT' }), 'mdref-dc', 'DC', dc, created);
  // CSIP31–46: one amdSec; preservation metadata (PREMIS) as digital provenance.
  const amd = mets.ele('amdSec', { ID: 'amd' });
  mdRef(amd.ele('digiprovMD', { ID: 'digiprov-premis', STATUS: 'CURRENT' }), 'mdref-premis', 'PREMIS', premisFile, created);

  // CSIP58–79: the representation is listed through its own METS file.
  const representationGroup = mets
    .ele('fileSec', { ID: 'filesec' })
    .ele('fileGrp', { ID: `filegrp-${REPRESENTATION}`, USE: `Representations/${REPRESENTATION}` });
  fileEntry(representationGroup, `file-${REPRESENTATION}-mets`, representationMetsFile, representationMetsFile.href, created);

  // CSIP80–118: the one structMap labelled CSIP with the Metadata and Representations divisions.
  const root = mets
    .ele('structMap', { ID: 'structmap-csip', TYPE: 'PHYSICAL', LABEL: 'CSIP' })
    .ele('div', { ID: 'div-package', LABEL: options.packageId });
  root.ele('div', { ID: 'div-metadata', LABEL: 'Metadata', DMDID: 'dmd-dc', ADMID: 'digiprov-premis' });
  root
    .ele('div', { ID: `div-${REPRESENTATION}`, LABEL: `Representations/${REPRESENTATION}` })
    .ele('mptr', { LOCTYPE: 'URL' })
    .att(XLINK_NS, 'xlink:type', 'simple')
    .att(XLINK_NS, 'xlink:href', representationMetsFile.href)
    .att(XLINK_NS, 'xlink:title', `filegrp-${REPRESENTATION}`);
  return mets.end({ prettyPrint: true });
}

function representationMets(created: string, dataFiles: Array<SipFileRecord & { name: string }>): string {
  const mets = metsRoot(REPRESENTATION, undefined);
  metsHeader(mets, created);
  const group = mets.ele('fileSec', { ID: 'filesec' }).ele('fileGrp', { ID: 'filegrp-data', USE: 'Data' });
  dataFiles.forEach((file, index) => fileEntry(group, `file-${index + 1}`, file, `data/${file.name}`, created));
  mets
    .ele('structMap', { ID: 'structmap-csip', TYPE: 'PHYSICAL', LABEL: 'CSIP' })
    .ele('div', { ID: 'div-representation', LABEL: REPRESENTATION, TYPE: 'ORIGINAL' })
    .ele('div', { ID: 'div-data', LABEL: 'Data' })
    .ele('fptr', { FILEID: 'filegrp-data' });
  return mets.end({ prettyPrint: true });
}

function dublinCore(options: BuildSipOptions): string {
  const metadata = options.metadata;
  const record = newDocument().ele(OAI_DC_NS, 'oai_dc:dc', { 'xmlns:dc': DC_NS });
  const dc = (name: string, value: string | undefined) => {
    if (value) record.ele(DC_NS, `dc:${name}`).txt(value);
  };
  dc('title', metadata.title);
  dc('creator', metadata.creator);
  dc('subject', metadata.platform ? `Sociala medier – ${metadata.platform}` : 'Sociala medier');
  dc('description', metadata.description);
  dc('date', toIso(metadata.capturedAt));
  dc('type', 'InteractiveResource');
  dc('format', 'application/pdf');
  dc('identifier', options.packageId);
  dc('identifier', `account:${metadata.accountId}`);
  dc('source', metadata.accountUrl);
  dc('relation', metadata.accountName);
  dc('coverage', `${metadata.periodStart}/${metadata.periodEnd}`);
  dc('language', metadata.language ?? 'sv');
  return record.end({ prettyPrint: true });
}

function premis(
  packageId: string,
  dataFiles: Array<SipFileRecord & { name: string; format?: SipFileFormat }>,
  events: PreservationEvent[],
): string {
  const document = newDocument().ele(PREMIS_NS, 'premis', { version: '3.0', 'xmlns:xsi': XSI_NS });
  const eventIds = events.map((_, index) => `${packageId}-event-${index + 1}`);
  const agents = new Map<string, PreservationAgent>();
  const agentId = (agent: PreservationAgent) => {
    const key = `${agent.type}|${agent.name}|${agent.version ?? ''}`;
    if (!agents.has(key)) agents.set(key, agent);
    return `${packageId}-agent-${Array.from(agents.keys()).indexOf(key) + 1}`;
  };

  // PREMIS 3 order inside object: identifier, characteristics, originalName, storage, links.
  for (const file of dataFiles) {
    const object = document.ele('object').att(XSI_NS, 'xsi:type', 'file');
    identifier(object, 'objectIdentifier', file.href);
    const characteristics = object.ele('objectCharacteristics');
    characteristics.ele('compositionLevel').txt('0');
    const fixity = characteristics.ele('fixity');
    fixity.ele('messageDigestAlgorithm').txt('SHA-256');
    fixity.ele('messageDigest').txt(file.sha256);
    fixity.ele('messageDigestOriginator').txt(PACKAGE_CREATOR.name);
    characteristics.ele('size').txt(String(file.size));
    const format = characteristics.ele('format');
    const designation = format.ele('formatDesignation');
    designation.ele('formatName').txt(file.format?.name ?? file.mimeType);
    if (file.format?.version) designation.ele('formatVersion').txt(file.format.version);
    if (file.format?.pronomId) {
      const registry = format.ele('formatRegistry');
      registry.ele('formatRegistryName').txt('PRONOM');
      registry.ele('formatRegistryKey').txt(file.format.pronomId);
      registry.ele('formatRegistryRole').txt('specification');
    }
    object.ele('originalName').txt(file.name);
    const location = object.ele('storage').ele('contentLocation');
    location.ele('contentLocationType').txt('URI');
    location.ele('contentLocationValue').txt(file.href);
    events.forEach((event, index) => {
      if (event.files?.includes(file.name)) identifier(object, 'linkingEventIdentifier', eventIds[index]!);
    });
  }

  events.forEach((event, index) => {
    const element = document.ele('event');
    identifier(element, 'eventIdentifier', eventIds[index]!);
    element.ele('eventType').txt(event.type);
    element.ele('eventDateTime').txt(toIso(event.dateTime));
    if (event.detail) element.ele('eventDetailInformation').ele('eventDetail').txt(event.detail);
    const outcome = element.ele('eventOutcomeInformation');
    outcome.ele('eventOutcome').txt(event.outcome);
    if (event.outcomeDetail) outcome.ele('eventOutcomeDetail').ele('eventOutcomeDetailNote').txt(event.outcomeDetail);
    const agentLink = identifier(element, 'linkingAgentIdentifier', agentId(event.agent));
    agentLink.ele('linkingAgentRole').txt(event.agent.type === 'software' ? 'executing program' : 'implementer');
    for (const name of event.files ?? []) {
      const file = dataFiles.find((candidate) => candidate.name === name)!;
      identifier(element, 'linkingObjectIdentifier', file.href).ele('linkingObjectRole').txt(event.fileRole ?? 'outcome');
    }
  });

  Array.from(agents.values()).forEach((agent, index) => {
    const element = document.ele('agent');
    identifier(element, 'agentIdentifier', `${packageId}-agent-${index + 1}`);
    element.ele('agentName').txt(agent.name);
    element.ele('agentType').txt(agent.type);
    if (agent.version) element.ele('agentVersion').txt(agent.version);
  });
  return document.end({ prettyPrint: true });
}

/** PREMIS identifiers all have the same shape: <xIdentifierType> + <xIdentifierValue> (type "local" here). */
function identifier(parent: XMLBuilder, element: string, value: string): XMLBuilder {
  const stem = element.replace(/Identifier$/, '');
  const wrapper = parent.ele(element);
  wrapper.ele(`${stem}IdentifierType`).txt('local');
  wrapper.ele(`${stem}IdentifierValue`).txt(value);
  return wrapper;
}

function toIso(value: Date | string): string {
  return value instanceof Date ? value.toISOString() : value;
}

// ---------------------------------------------------------------------------------------------------------------
// Verification: does every file still match the checksums the package declares?

export interface SipChecksumProblem {
  /** Path relative to the package root. */
  href: string;
  /** Which declaration disagrees: a METS file/mdRef or the PREMIS fixity. */
  declaredIn: 'METS' | 'PREMIS';
  expected: string;
  /** Undefined when the file is missing. */
  actual?: string;
}

export interface SipVerification {
  /** No checksum disagrees and no file is undeclared. */
  valid: boolean;
  /** Every file a checksum was declared for, with its declared SHA-256 (as in METS, lower-case). */
  checked: Array<{ href: string; declaredIn: 'METS' | 'PREMIS'; sha256: string }>;
  problems: SipChecksumProblem[];
  /** Files in the package that no METS or PREMIS declares (other than the package METS itself). */
  undeclared: string[];
}

/**
 * Re-hashes every file the package METS, the representation METS and the PREMIS fixity declare and reports each
 * disagreement. Used after storage and before acceptance, independent of any external validator.
 */
export async function verifySip(dir: string): Promise<SipVerification> {
  const checked: SipVerification['checked'] = [];
  const problems: SipChecksumProblem[] = [];
  const hashes = new Map<string, string | undefined>();
  const actualHash = async (href: string) => {
    if (!hashes.has(href)) hashes.set(href, await sha256File(join(dir, href)).catch(() => undefined));
    return hashes.get(href);
  };
  const check = async (href: string, declaredIn: 'METS' | 'PREMIS', expected: string) => {
    const sha256 = expected.toLowerCase();
    checked.push({ href, declaredIn, sha256 });
    const actual = await actualHash(href);
    if (actual !== sha256) problems.push({ href, declaredIn, expected: sha256, actual });
  };

  const readMets = async (metsHref: string, baseHref: string) => {
    const document = parseXml(await readFile(join(dir, metsHref), 'utf8'));
    const references = [
      ...elementsByTagNameNS(document, METS_NS, 'mdRef').map((element) => ({
        element,
        href: element.getAttributeNS(XLINK_NS, 'href'),
      })),
      ...elementsByTagNameNS(document, METS_NS, 'file').map((element) => ({
        element,
        href: elementsByTagNameNS(element, METS_NS, 'FLocat')[0]?.getAttributeNS(XLINK_NS, 'href') ?? null,
      })),
    ];
    for (const { element, href } of references) {
      const checksum = element.getAttribute('CHECKSUM');
      if (!href || !checksum) continue;
      await check(baseHref + href, 'METS', checksum);
    }
    return elementsByTagNameNS(document, METS_NS, 'mptr').map((pointer) => pointer.getAttributeNS(XLINK_NS, 'href'));
  };

  for (const representationMets of await readMets('METS.xml', '')) {
    if (!representationMets) continue;
    const base = representationMets.includes('/') ? representationMets.slice(0, representationMets.lastIndexOf('/') + 1) : '';
    await readMets(representationMets, base);
  }

  const premisDocument = parseXml(await readFile(join(dir, 'metadata', 'preservation', 'premis.xml'), 'utf8'));
  for (const object of elementsByTagNameNS(premisDocument, PREMIS_NS, 'object')) {
    const href = childText(object, PREMIS_NS, 'contentLocationValue');
    for (const fixity of elementsByTagNameNS(object, PREMIS_NS, 'fixity')) {
      const digest = childText(fixity, PREMIS_NS, 'messageDigest');
      if (href && digest && childText(fixity, PREMIS_NS, 'messageDigestAlgorithm') === 'SHA-256') {
        await check(href, 'PREMIS', digest);
      }
    }
  }
  const declared = new Set(['METS.xml', ...checked.map((entry) => entry.href)]);
  const undeclared = (await listFiles(dir)).filter((href) => !declared.has(href));
  return { valid: problems.length === 0 && undeclared.length === 0 && checked.length > 0, checked, problems, undeclared };
}

/** Every file below dir, as '/'-separated paths relative to it. */
async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const href = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) files.push(...(await listFiles(dir, href)));
    else files.push(href);
  }
  return files.sort();
}
