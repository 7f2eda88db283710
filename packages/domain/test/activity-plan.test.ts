import { describe, expect, it } from 'vitest';
import { validateActivityPlan } from '../src/index.js';
import { plan } from './fixtures.js';

const rules = { minAdministrators: 2, personalEmails: ['ulf.enhetschef@demokommun.se', 'Anna.Privat@demokommun.se'] };
const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

describe('activity plan (seed 000 Appendix 2, seed 001 §3.1)', () => {
  it('accepts a complete plan', () => {
    expect(validateActivityPlan(plan(), rules)).toEqual([]);
  });

  it('seed 000 "Krav för att få starta ett konto": fewer than two administrators is refused, naming the field', () => {
    const errors = validateActivityPlan(plan({ administrators: [plan().administrators[0]] }), rules);
    expect(fields(errors)).toEqual(['administrators']);
    expect(errors[0].message).toContain('Minst 2');
  });

  it('an empty purpose is refused', () => {
    expect(fields(validateActivityPlan(plan({ purpose: '  ' }), rules))).toEqual(['purpose']);
  });

  it('seed 000: a personal e-mail address may not be the account address, whatever its case', () => {
    expect(fields(validateActivityPlan(plan({ functionalEmail: 'anna.privat@demokommun.se' }), rules))).toEqual(['functionalEmail']);
    expect(fields(validateActivityPlan(plan({ functionalEmail: 'elin.redaktor@demokommun.se' }), rules))).toEqual(['functionalEmail']);
  });

  it('seed 001 §3.1: every checklist question must be answered', () => {
    const errors = validateActivityPlan(plan({ checklist: [] }), rules);
    expect(fields(errors)).toEqual(['checklist']);
    expect(errors[0].message).toContain('DISPOSAL_DECISION_READ');
  });

  it('no group logins: the same administrator twice is refused', () => {
    const admin = plan().administrators[0];
    expect(fields(validateActivityPlan(plan({ administrators: [admin, admin] }), rules))).toEqual(['administrators']);
  });

  it('reports every problem at once, each with its own field path', () => {
    const errors = validateActivityPlan(
      plan({ purpose: '', estimatedWeeklyHours: 0, administrators: [{ name: '', email: 'x', phone: '' }], dailyOperators: [] }),
      rules,
    );
    expect(fields(errors)).toEqual([
      'purpose',
      'estimatedWeeklyHours',
      'administrators',
      'administrators.0.name',
      'administrators.0.email',
      'administrators.0.phone',
      'dailyOperators',
    ]);
  });
});
