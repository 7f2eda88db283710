/** Reading XML (validator reports, our own METS and PREMIS) through xmlbuilder2's standards-based DOM. */
import { create } from 'xmlbuilder2';

export function parseXml(xml: string): Document {
  return create(xml).node as unknown as Document;
}

export function elementsByTagNameNS(parent: Document | Element, namespace: string, localName: string): Element[] {
  return Array.from(parent.getElementsByTagNameNS(namespace, localName));
}

export function elementsByTagName(parent: Document | Element, name: string): Element[] {
  return Array.from(parent.getElementsByTagName(name));
}

/** Text of the first descendant with this name, or undefined. */
export function childText(parent: Element, namespace: string | null, localName: string): string | undefined {
  const found = namespace
    ? parent.getElementsByTagNameNS(namespace, localName).item(0)
    : parent.getElementsByTagName(localName).item(0);
  return found?.textContent?.trim() ?? undefined;
}
