import { describe, expect, it } from 'vitest';
import { can, roleFor } from '../src/index.js';
import { actor, scope } from './fixtures.js';

describe('authorization (one table, roles + "is this your unit / administration")', () => {
  it('a unit manager decides only for their own unit', () => {
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-library' }]), 'OPENING_DECIDE_AS_UNIT_MANAGER', scope)).toBe(true);
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-youth' }]), 'OPENING_DECIDE_AS_UNIT_MANAGER', scope)).toBe(false);
  });

  it('a head of administration decides for the units of their administration only', () => {
    expect(can(actor([{ role: 'HEAD_OF_ADMINISTRATION', administrationId: 'adm-culture' }]), 'OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION', scope)).toBe(true);
    expect(can(actor([{ role: 'HEAD_OF_ADMINISTRATION', administrationId: 'adm-school' }]), 'OPENING_DECIDE_AS_HEAD_OF_ADMINISTRATION', scope)).toBe(false);
  });

  it('the communications unit consults for the whole municipality, but not for another municipality', () => {
    expect(roleFor(actor([{ role: 'COMMUNICATIONS' }]), 'OPENING_CONSULT', scope)).toBe('COMMUNICATIONS');
    expect(can(actor([{ role: 'COMMUNICATIONS' }], 'm2'), 'OPENING_CONSULT', scope)).toBe(false);
  });

  it('an auditor reads but may not act', () => {
    const auditor = actor([{ role: 'AUDITOR' }]);
    expect(can(auditor, 'ACCOUNT_READ', scope)).toBe(true);
    for (const permission of ['OPENING_APPLY', 'OPENING_CONSULT', 'OPENING_PROVISION', 'OPENING_WITHDRAW'] as const) {
      expect(can(auditor, permission, scope)).toBe(false);
    }
  });

  it('an editor applies for their own unit, not for another', () => {
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-library' }]), 'OPENING_APPLY', scope)).toBe(true);
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-youth' }]), 'OPENING_APPLY', scope)).toBe(false);
  });
});
