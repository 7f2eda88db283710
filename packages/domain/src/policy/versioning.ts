import type { PolicyParameters, PolicySources } from './policy.js';

/**
 * Where each parameter of a new version comes from: an unchanged value keeps the source it had; a changed one
 * is traced to the version that changed it and why.
 */
export function sourcesForNewVersion(
  previous: { parameters: PolicyParameters; sources: PolicySources } | null,
  next: PolicyParameters,
  change: { version: number; note: string },
): PolicySources {
  const keys = Object.keys(next) as Array<keyof PolicyParameters>;
  return Object.fromEntries(
    keys.map((key) => {
      const unchanged = previous && JSON.stringify(previous.parameters[key]) === JSON.stringify(next[key]);
      return [key, unchanged ? previous.sources[key] : `changed in version ${change.version}: ${change.note}`];
    }),
  ) as PolicySources;
}

/** The parameters that differ between two versions, for showing them side by side. */
export function changedPolicyParameters(a: PolicyParameters, b: PolicyParameters): Array<keyof PolicyParameters> {
  return (Object.keys(a) as Array<keyof PolicyParameters>).filter((key) => JSON.stringify(a[key]) !== JSON.stringify(b[key]));
}

/**
 * A parameter's source as the policy view shows it: seed citations as they are; the model's own notes
 * ("not stated: …", "changed in version N: …") in Swedish.
 */
export function policySourceText(source: string): string {
  const changed = /^changed in version (\d+): (.*)$/s.exec(source);
  if (changed) return `Ändrad i version ${changed[1]}: ${changed[2]}`;
  // The explanation after "not stated:" is the developers' note on which floor or default applies.
  if (source.startsWith('not stated:')) return 'Anges inte i riktlinjen – lagens golv eller systemets standardvärde gäller';
  return source;
}
