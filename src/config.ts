import path from 'node:path';

/** Runtime configuration, from the environment only (README §Configuration). */
export interface Config {
  databaseUrl: string;
  dataDir: string;
  port: number;
  host: string;
  /** Mark the session cookie Secure: set when served over HTTPS (behind nginx with TLS). */
  cookieSecure: boolean;
  /** Trust X-Forwarded-* from a reverse proxy, so throttling and audit see the client's address. */
  trustProxy: boolean;
  demoPassword: string | undefined;
  sessionHours: number;
  /** Reminder e-mail: `smtp://user:pass@host:587` or `smtps://…`; without it nothing is e-mailed. */
  smtpUrl?: string;
  /** The sender of reminder e-mail, required with `smtpUrl`. */
  mailFrom?: string;
  /** Where officers reach the app (`https://thidua.kontum.gov.vn`), for links in e-mail. */
  publicUrl?: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(`PORT phải là số nguyên từ 1 đến 65535 (nhận được "${env.PORT}")`);
  }
  const sessionHours = Number(env.SESSION_HOURS ?? 12);
  if (!(sessionHours > 0)) throw new ConfigError('SESSION_HOURS phải là số dương');
  const smtpUrl = env.THIDUA_SMTP_URL || undefined;
  if (smtpUrl && !/^smtps?:\/\/[^/]+/.test(smtpUrl)) throw new ConfigError('THIDUA_SMTP_URL phải có dạng smtp://người-dùng:mật-khẩu@máy-chủ:587 (hoặc smtps://…)');
  const mailFrom = env.THIDUA_MAIL_FROM || undefined;
  if (smtpUrl && !mailFrom) throw new ConfigError('Đã đặt THIDUA_SMTP_URL: hãy đặt cả THIDUA_MAIL_FROM (địa chỉ gửi thư, ví dụ "Ban TĐKT <thidua@kontum.gov.vn>")');
  const publicUrl = env.THIDUA_PUBLIC_URL ? env.THIDUA_PUBLIC_URL.replace(/\/+$/, '') : undefined;
  if (publicUrl && !/^https?:\/\/[^/]+/.test(publicUrl)) throw new ConfigError('THIDUA_PUBLIC_URL phải bắt đầu bằng http:// hoặc https://');
  return {
    databaseUrl: env.DATABASE_URL ?? `sqlite:${path.join(dataDir, 'thidua.sqlite')}`,
    dataDir,
    port,
    host: env.HOST ?? '127.0.0.1',
    cookieSecure: env.COOKIE_SECURE === 'true',
    trustProxy: env.TRUST_PROXY === 'true',
    demoPassword: env.THIDUA_DEMO_PASSWORD || undefined,
    sessionHours,
    smtpUrl,
    mailFrom,
    publicUrl,
  };
}
