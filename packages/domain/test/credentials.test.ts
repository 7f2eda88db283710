import { describe, expect, it } from 'vitest';
import { PERMISSIONS, can, credentialDepositRefusal, validateCredentialDeposit, validateRevealReason } from '../src/index.js';
import { actor, scope } from './fixtures.js';

describe('deposited credentials (seed 000, seed 001 §3.2, seed 004)', () => {
  it('those who provision the account deposit; only the communications unit, anywhere in its municipality, reveals', () => {
    expect(PERMISSIONS.CREDENTIALS_DEPOSIT).toEqual(PERMISSIONS.OPENING_PROVISION);
    expect(can(actor([{ role: 'EDITOR', unitId: 'unit-library' }]), 'CREDENTIALS_DEPOSIT', scope)).toBe(true);
    expect(can(actor([{ role: 'UNIT_MANAGER', unitId: 'unit-youth' }]), 'CREDENTIALS_DEPOSIT', scope)).toBe(false);
    expect(can(actor([{ role: 'COMMUNICATIONS' }]), 'CREDENTIALS_REVEAL', scope)).toBe(true);
    expect(can(actor([{ role: 'COMMUNICATIONS' }], 'm2'), 'CREDENTIALS_REVEAL', scope)).toBe(false);
    for (const role of ['EDITOR', 'UNIT_MANAGER', 'HEAD_OF_ADMINISTRATION', 'ARCHIVIST', 'BOARD_SECRETARY', 'AUDITOR', 'INTEGRATION'] as const) {
      expect(can(actor([{ role, unitId: 'unit-library', administrationId: 'adm-culture' }]), 'CREDENTIALS_REVEAL', scope), role).toBe(false);
    }
  });

  it('credentials are deposited while the account is provisioned or in use, not once it is leaving the municipality', () => {
    expect(credentialDepositRefusal('PROVISIONING')).toBeNull();
    expect(credentialDepositRefusal('ACTIVE')).toBeNull();
    for (const status of ['DRAFT', 'IN_REVIEW', 'CLOSING', 'CLOSED', 'HANDING_OVER', 'HANDED_OVER'] as const) {
      expect(credentialDepositRefusal(status), status).toBe('Inloggningsuppgifter kan bara deponeras för ett konto som upprättas eller är aktivt.');
    }
  });

  it('names each missing or malformed field, and never repeats the secret', () => {
    const secret = 'x'.repeat(2_001);
    const errors = validateCredentialDeposit({ loginName: '  ', loginEmail: 'inte-en-adress', secret });
    expect(errors.map((e) => e.field)).toEqual(['loginName', 'loginEmail', 'secret']);
    expect(JSON.stringify(errors)).not.toContain(secret.slice(0, 50));
    expect(validateCredentialDeposit({ loginName: 'biblioteket', loginEmail: null, secret: ' mellanslag räknas ' })).toEqual([]);
    expect(validateRevealReason(' ')).toEqual([{ field: 'reason', message: 'Ange skälet till att inloggningsuppgifterna behöver visas.' }]);
    expect(validateRevealReason('Semester.')).toEqual([]);
  });
});
