import type { temporal } from '@temporalio/proto';

/**
 * Everything a workflow's history holds as text: field values and every payload decoded (payloads are bytes, so a
 * search of the history's JSON would find nothing in them). Tests assert what a history must never contain.
 */
export function historyText(history: temporal.api.history.v1.IHistory): string {
  const parts: string[] = [];
  const walk = (value: unknown): void => {
    if (value === null || value === undefined) return;
    if (value instanceof Uint8Array) parts.push(Buffer.from(value).toString('utf8'));
    else if (typeof value === 'string') parts.push(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(history);
  return parts.join('\n');
}
