import { roleLabel, type Role } from '@smg/domain';

/** The role an audit event or decision was made in; the lifecycle itself acts as SYSTEM. */
export function actorRoleLabel(role: string): string {
  if (role === 'SYSTEM') return 'systemet';
  return roleLabel[role as Role] ?? role;
}

const outcomeLabels: Record<string, string> = {
  PENDING: 'Väntar',
  CONSULTED: 'Samråd genomfört',
  APPROVED: 'Godkänd',
  REJECTED: 'Avslagen',
  SENT_BACK: 'Återsänd för komplettering',
};

export function approvalOutcomeLabel(outcome: string): string {
  return outcomeLabels[outcome] ?? outcome;
}

export const scopeLabel: Record<'CENTRAL' | 'UNIT', string> = {
  CENTRAL: 'Kommunens centrala kanal',
  UNIT: 'Verksamhetens egen kanal',
};
