import { describe, expect, it } from 'vitest';
import { parametersFromPreset, policyParameterLabel, policySourceText, policyValueText, type PolicyParameters } from '../src/index.js';

describe('a policy as the communications unit reads it', () => {
  it('says every parameter of every preset in Swedish, never as a raw code', () => {
    for (const key of ['trelleborg', 'torsby', 'lekeberg', 'hallstahammar', 'norberg'] as const) {
      const parameters = parametersFromPreset(key);
      for (const parameter of Object.keys(policyParameterLabel) as Array<keyof PolicyParameters>) {
        const text = policyValueText(parameter, parameters);
        expect(text, `${key}.${parameter}`).not.toMatch(/undefined|\[object|_[A-Z]|^[A-Z_]{4,}$/);
        expect(text.length, `${key}.${parameter}`).toBeGreaterThan(0);
      }
    }
  });

  it('names the chain, the deadlines and the report month as people say them', () => {
    const torsby = parametersFromPreset('torsby');
    expect(policyValueText('approvalChain', torsby)).toBe(
      'Samråd med kommunikationsenheten → Godkännande av verksamhetsansvarig chef → Godkännande av förvaltningschef',
    );
    expect(policyValueText('answerDeadlineWorkingDays', { ...torsby, answerDeadlineWorkingDays: 1 })).toBe('1 arbetsdag');
    expect(policyValueText('forwardedQuestionDeadlineWorkingDays', { ...torsby, forwardedQuestionDeadlineWorkingDays: 5 })).toBe('5 arbetsdagar');
    expect(policyValueText('followUpReport', torsby)).toBe('En gång om året, i september');
    expect(policyValueText('credentialDepositPlatforms', { ...torsby, credentialDepositPlatforms: [] })).toBe('Inga');
  });

  it('keeps seed citations as they are and says the model’s own notes in Swedish', () => {
    expect(policySourceText('seed 001 §4 "Att jobba med sociala medier"')).toBe('seed 001 §4 "Att jobba med sociala medier"');
    expect(policySourceText('changed in version 2: Bevakning varje arbetsdag.')).toBe('Ändrad i version 2: Bevakning varje arbetsdag.');
    expect(policySourceText('not stated: 3 working days, the default')).toMatch(/^Anges inte i riktlinjen/);
  });
});
