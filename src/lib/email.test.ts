import { describe, expect, it } from 'vitest';
import { normalizeEmail } from './email.js';

describe('normalizeEmail', () => {
  it('keeps an address, lower-casing only its domain, and reads empty as none', () => {
    expect(normalizeEmail('  Hung.NV@DakHa.KonTum.gov.vn ')).toBe('Hung.NV@dakha.kontum.gov.vn');
    expect(normalizeEmail('')).toBeNull();
    expect(normalizeEmail(null)).toBeNull();
  });

  it('refuses what cannot be an address', () => {
    for (const bad of ['hung', 'hung@', '@kontum.gov.vn', 'hung@kontum', 'hùng nv@kontum.gov.vn', 'a@b@kontum.gov.vn', 'hung@kontum..vn']) {
      expect(normalizeEmail(bad), bad).toBeUndefined();
    }
  });
});
