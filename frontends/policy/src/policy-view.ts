import { policyParameterLabel, policySourceText, policyValueText, type PolicyParameters } from '@smg/domain';
import type { PolicyFieldsFragment } from '@smg/shared';

/** The parameters in the order the policy model declares them, which is the order the seeds' chapters run in. */
export const PARAMETERS = Object.keys(policyParameterLabel) as Array<keyof PolicyParameters>;

/** The GraphQL shape carries __typename and a looser cadence type; the domain's functions take the plain model. */
export function parametersOf(policy: { parameters: PolicyFieldsFragment['parameters'] }): PolicyParameters {
  const { followUpReport, ...rest } = policy.parameters as PolicyFieldsFragment['parameters'] & { __typename?: string };
  const { __typename: _omitted, ...parameters } = rest as typeof rest & { __typename?: string };
  return { ...parameters, followUpReport: { cadence: 'YEARLY', month: followUpReport.month } } as PolicyParameters;
}

export interface ParameterRow {
  parameter: keyof PolicyParameters;
  label: string;
  value: string;
  source: string;
  /** The full source note, for a tooltip where the short text leaves something out. */
  sourceNote: string;
}

export function rowsOf(policy: Pick<PolicyFieldsFragment, 'parameters' | 'sources'>): ParameterRow[] {
  const parameters = parametersOf(policy);
  const sources = new Map(policy.sources.map((s) => [s.parameter, s.source]));
  return PARAMETERS.map((parameter) => {
    const source = sources.get(parameter) ?? '';
    return {
      parameter,
      label: policyParameterLabel[parameter],
      value: policyValueText(parameter, parameters),
      source: policySourceText(source),
      sourceNote: source,
    };
  });
}

/** "I kraft", "Kommande" or "Tidigare": where a version stands today. */
export function versionStanding(policy: Pick<PolicyFieldsFragment, 'inForce' | 'effectiveFrom'>): string {
  if (policy.inForce) return 'I kraft';
  return new Date(policy.effectiveFrom).getTime() > Date.now() ? 'Kommande' : 'Tidigare';
}
