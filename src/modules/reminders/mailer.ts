/**
 * Reminder e-mail over SMTP (nodemailer), only when `THIDUA_SMTP_URL` is set: without it there is
 * no mailer and nothing tries to send.
 */
import nodemailer from 'nodemailer';
import type { Config } from '../../config.js';

export interface Mail {
  to: readonly string[];
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
  close(): void;
}

/** Fails fast on a dead server: a sweep must not hang on one unit's mail. */
const TIMEOUT_MS = 20_000;

export function createMailer(config: Pick<Config, 'smtpUrl' | 'mailFrom'>): Mailer | null {
  if (!config.smtpUrl || !config.mailFrom) return null;
  const url = new URL(config.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname, port: url.port ? Number(url.port) : undefined, secure: url.protocol === 'smtps:',
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    connectionTimeout: TIMEOUT_MS, greetingTimeout: TIMEOUT_MS, socketTimeout: TIMEOUT_MS,
  });
  const from = config.mailFrom;
  return {
    send: async (m) => { await transport.sendMail({ from, to: [...m.to], subject: m.subject, text: m.text }); },
    close: () => transport.close(),
  };
}
