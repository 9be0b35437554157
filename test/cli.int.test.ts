import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from './harness.js';

const BIN = path.resolve(import.meta.dirname, '../bin/thidua.mjs');

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

function run(args: string[], env: NodeJS.ProcessEnv) {
  const res = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout: 60_000 });
  return { code: res.status, out: `${res.stdout}${res.stderr}` };
}

/** Starts `thidua serve` and resolves once it listens (or exits), with everything it printed. */
function start(env: NodeJS.ProcessEnv): Promise<{ out: string; code: number | null; stop: () => Promise<void> }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'serve'], { env: { ...process.env, ...env } });
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('đang chạy tại')) resolve({ out, code: null, stop: () => new Promise((r) => { child.once('exit', () => r()); child.kill('SIGTERM'); }) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => resolve({ out, code, stop: async () => undefined }));
  });
}

describe('the thidua command', { timeout: 180_000 }, () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-cli-'));
    env = { DATA_DIR: dir, DATABASE_URL: '', PORT: String(await freePort()), THIDUA_DEMO_PASSWORD: DEMO_PASSWORD };
    delete env.DATABASE_URL;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('serves on first start with the demo, refuses a second process, and never re-seeds', async () => {
    const first = await start(env);
    try {
      expect(first.out).toContain('Đã tạo dữ liệu mẫu tỉnh Kon Tum 2024');
      const health = await fetch(`http://127.0.0.1:${env.PORT}/api/v1/health`);
      expect(await health.json()).toEqual({ status: 'ok' });
      const second = await start({ ...env, PORT: String(await freePort()) });
      expect(second.code).not.toBe(0);
      expect(second.out).toContain('đang được một tiến trình thidua khác');
    } finally {
      await first.stop();
    }
    const again = await start(env);
    expect(again.out).not.toContain('Đã tạo dữ liệu mẫu');
    await again.stop();
  });

  it('refuses clearly when the port is taken', async () => {
    const port = await freePort();
    const blocker = net.createServer().listen(port, '127.0.0.1');
    try {
      const res = await start({ ...env, PORT: String(port) });
      expect(res.code).not.toBe(0);
      expect(res.out).toContain(`Cổng ${port} đang được một chương trình khác sử dụng`);
    } finally {
      blocker.close();
    }
  });

  it('adds a user, resets a password, verifies the audit log, and backs up', () => {
    const bad = run(['user', 'add', '--username', 'cumpho', '--name', 'Nguyễn Cụm Phó', '--unit', 'KHONGCO', '--role', 'cluster_leader'], env);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('--unit: Không có đơn vị mã "KHONGCO"');
    const ok = run(['user', 'add', '--username', 'cumpho', '--name', 'Nguyễn Cụm Phó', '--unit', 'TPKT', '--role', 'cluster_leader,unit_officer'], env);
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/Đã tạo người dùng cumpho .* Mật khẩu: \S+/);
    expect(run(['user', 'reset-password', 'cumpho', '--password', 'ngan'], env).out).toContain('ít nhất 10 ký tự');
    expect(run(['audit', 'verify'], env).out).toMatch(/Nhật ký toàn vẹn: \d+ bản ghi/);
    const target = path.join(dir, 'sao-luu.sqlite');
    expect(run(['backup', target], env).code).toBe(0);
    const copy = new SQLite(target, { readonly: true });
    expect(copy.prepare("select count(*) n from users where username = 'cumpho'").get()).toEqual({ n: 1 });
    copy.close();
    expect(run(['backup', target], env).out).toContain('đã tồn tại');
  });

  it('sends the reminders due on a day once, and refuses a date that does not exist', () => {
    const bad = run(['remind', '--date', '2024-02-30'], env);
    expect(bad.code).toBe(2);
    expect(bad.out).toContain('--date: "2024-02-30" không phải một ngày có thật dạng YYYY-MM-DD');
    const first = run(['remind', '--date', '2024-12-03'], env);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/Ngày 03\/12\/2024: đã gửi \d+ lời nhắc\./);
    expect(first.out).toContain('- Huyện Đắk Hà: Sắp đến hạn nộp hồ sơ: Đề nghị khen thưởng tổng kết năm 2024 (đợt 2) — thông báo tới 1 người; e-mail: chưa cấu hình máy chủ thư (THIDUA_SMTP_URL)');
    expect(run(['remind', '--date', '2024-12-03'], env).out).toContain('Ngày 03/12/2024: không có lời nhắc mới nào cần gửi.');
  });

  it('refuses a database migrated by a newer version', () => {
    const db = new SQLite(path.join(dir, 'thidua.sqlite'));
    db.prepare("insert into kysely_migration (name, timestamp) values ('9999_tuong_lai', '2030-01-01T00:00:00.000Z')").run();
    db.close();
    const res = run(['migrate'], env);
    expect(res.code).not.toBe(0);
    expect(res.out).toContain('phiên bản thidua mới hơn');
  });
});
