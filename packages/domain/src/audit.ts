/** What an audit event records. Every state change writes one (DOMAIN.md "Roles in the system"). */
export const AuditAction = {
  OPENING_STARTED: 'OPENING_STARTED',
  PLAN_SAVED: 'PLAN_SAVED',
  PLAN_SUBMITTED: 'PLAN_SUBMITTED',
  CONSULTATION_RECORDED: 'CONSULTATION_RECORDED',
  APPROVED: 'APPROVED',
  REJECTED: 'REJECTED',
  SENT_BACK: 'SENT_BACK',
  PROVISIONING_STARTED: 'PROVISIONING_STARTED',
  PROVISIONING_ITEM_COMPLETED: 'PROVISIONING_ITEM_COMPLETED',
  ACTIVATED: 'ACTIVATED',
  WITHDRAWN: 'WITHDRAWN',
  REMINDER_SENT: 'REMINDER_SENT',
  ESCALATED: 'ESCALATED',
  POLICY_PUBLISHED: 'POLICY_PUBLISHED',
  SNAPSHOT_ARCHIVED: 'SNAPSHOT_ARCHIVED',
  DELIVERY_ACCEPTED: 'DELIVERY_ACCEPTED',
} as const;
export type AuditAction = (typeof AuditAction)[keyof typeof AuditAction];

export const auditActionLabel: Record<AuditAction, string> = {
  OPENING_STARTED: 'Ansökan påbörjad',
  PLAN_SAVED: 'Aktivitetsplan sparad',
  PLAN_SUBMITTED: 'Aktivitetsplan inskickad',
  CONSULTATION_RECORDED: 'Samråd med kommunikationsenheten registrerat',
  APPROVED: 'Godkänd',
  REJECTED: 'Avslagen',
  SENT_BACK: 'Återsänd för komplettering',
  PROVISIONING_STARTED: 'Upprättande påbörjat',
  PROVISIONING_ITEM_COMPLETED: 'Punkt i upprättandet avklarad',
  ACTIVATED: 'Kontot är aktivt',
  WITHDRAWN: 'Ansökan återkallad',
  REMINDER_SENT: 'Påminnelse skickad',
  ESCALATED: 'Kommunikationsenheten underrättad om försenat beslut',
  POLICY_PUBLISHED: 'Ny version av policyn utgiven',
  SNAPSHOT_ARCHIVED: 'Ögonblicksbild arkiverad',
  DELIVERY_ACCEPTED: 'Leverans mottagen i e-arkivet',
};
