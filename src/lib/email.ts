/**
 * An e-mail address as officers type it: trimmed, the domain lower-cased, empty meaning none.
 * Deliberately loose (one @, a dotted domain, no spaces): the mail server is the final judge.
 */
const EMAIL = /^[^\s@<>(),;:"]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** The address to store, null for none, or undefined when it cannot be an address. */
export function normalizeEmail(input: string | null | undefined): string | null | undefined {
  const s = (input ?? '').trim();
  if (s === '') return null;
  const at = s.lastIndexOf('@');
  const address = `${s.slice(0, at)}@${s.slice(at + 1).toLowerCase()}`;
  return address.length <= 254 && EMAIL.test(address) ? address : undefined;
}
