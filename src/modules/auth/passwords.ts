import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { badField } from '../../server/errors.js';

// argon2id with the library's defaults (m=19456, t=2, p=1): OWASP's current minimum.
export const hashPassword = (password: string): Promise<string> => hash(password);

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

export const MIN_PASSWORD_LENGTH = 10;

export function checkPasswordStrength(field: string, password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw badField(field, `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`);
  }
  if (!/[A-Za-zÀ-ỹ]/.test(password) || !/\d/.test(password)) {
    throw badField(field, 'Mật khẩu phải có cả chữ và số');
  }
}

/** A readable generated password: 4 groups of letters and digits, e.g. "k7mq-2xbd-…". */
export function generatePassword(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]).join('');
  const groups = chars.match(/.{4}/g) ?? [];
  // Guarantee a digit and a letter, which checkPasswordStrength requires.
  return `${groups.join('-')}-a1`;
}
