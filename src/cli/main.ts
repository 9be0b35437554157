import { Command } from 'commander';
import { ConfigError, loadConfig } from '../config.js';
import { DatabaseUrlError, openDatabase, type Database } from '../db/database.js';
import { DatabaseNewerError, migrateToLatest } from '../db/migrate.js';
import { seedDemo } from '../db/seed/demo.js';
import { verifyAudit } from '../modules/audit/audit.js';
import { ROLES, SYSTEM_ACTOR_NAME, type Role } from '../modules/auth/actor.js';
import { createUser, resetPassword } from '../modules/org/users.service.js';
import { findUnitByCode } from '../modules/org/units.repo.js';
import { AppError } from '../server/errors.js';
import { LockedError } from '../server/sqlite-lock.js';
import { backup } from './backup.js';
import { parseRemindDate, remind } from './remind.js';
import { serve, StartError } from './serve.js';

const system = { actorId: null, actorName: SYSTEM_ACTOR_NAME };

async function withDatabase<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const database = openDatabase(loadConfig().databaseUrl);
  try {
    await migrateToLatest(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

const program = new Command('thidua').description('thidua — phần mềm quản lý thi đua, khen thưởng').showHelpAfterError();

program.command('serve').description('chạy máy chủ web').option('--build', 'đóng gói giao diện web nếu mã nguồn mới hơn').action(async (o: { build?: boolean }) => {
  await serve(loadConfig(), { build: !!o.build });
});

program.command('migrate').description('nâng cấp cấu trúc cơ sở dữ liệu').action(async () => {
  const applied = await withDatabase((d) => migrateToLatest(d));
  console.info(applied.length ? `Đã áp dụng: ${applied.join(', ')}` : 'Cơ sở dữ liệu đã ở phiên bản mới nhất.');
});

program.command('seed').argument('<what>', 'chỉ hỗ trợ: demo').description('nạp dữ liệu mẫu (chỉ vào cơ sở dữ liệu trống)').action(async (what: string) => {
  if (what !== 'demo') throw new AppError('validation', 400, {}, [{ path: 'what', message: 'Chỉ hỗ trợ "seed demo"' }]);
  const res = await withDatabase((d) => seedDemo(d.db, loadConfig().demoPassword));
  if (!res.seeded) console.info('Cơ sở dữ liệu đã có dữ liệu: không nạp dữ liệu mẫu để tránh ghi đè.');
  else console.info(`Đã nạp dữ liệu mẫu. Tài khoản: ${res.usernames.join(', ')}${res.password ? `; mật khẩu: ${res.password}` : ''}`);
});

const user = program.command('user').description('quản lý người dùng');
user.command('add')
  .requiredOption('--username <name>', 'tên đăng nhập')
  .requiredOption('--name <fullName>', 'họ và tên')
  .requiredOption('--unit <code>', 'mã đơn vị')
  .requiredOption('--role <roles>', `vai trò, cách nhau bởi dấu phẩy: ${ROLES.join(', ')}`)
  .option('--password <password>', 'mật khẩu (bỏ trống để sinh ngẫu nhiên)')
  .action(async (o: { username: string; name: string; unit: string; role: string; password?: string }) => {
    await withDatabase(async (d) => {
      const unit = await findUnitByCode(d.db, o.unit.toUpperCase());
      if (!unit) throw new AppError('validation', 400, {}, [{ path: '--unit', message: `Không có đơn vị mã "${o.unit}"` }]);
      const { user: u, password } = await createUser(d.db, null, system, {
        username: o.username, fullName: o.name, unitId: unit.id, roles: o.role.split(',').map((r) => r.trim() as Role), password: o.password,
      });
      console.info(`Đã tạo người dùng ${u.username} (${u.roles.join(', ')}) thuộc ${u.unit.name}.${o.password ? '' : ` Mật khẩu: ${password}`}`);
    });
  });
user.command('reset-password').argument('<username>').option('--password <password>', 'mật khẩu mới (bỏ trống để sinh ngẫu nhiên)')
  .action(async (username: string, o: { password?: string }) => {
    const pwd = await withDatabase((d) => resetPassword(d.db, null, system, { username }, o.password));
    console.info(`Đã đặt lại mật khẩu cho ${username}.${o.password ? '' : ` Mật khẩu mới: ${pwd}`}`);
  });

program.command('backup').argument('<file>', 'tệp sao lưu').description('sao lưu cơ sở dữ liệu').action(async (file: string) => {
  console.info(await backup(loadConfig(), file));
});

program.command('remind').description('gửi các lời nhắc hạn nộp hồ sơ khen thưởng đến hạn (mỗi lời nhắc chỉ gửi một lần)')
  .option('--date <YYYY-MM-DD>', 'xét như hôm nay là ngày này (mặc định: hôm nay, giờ Việt Nam)')
  .action(async (o: { date?: string }) => {
    const date = parseRemindDate(o.date);
    const config = loadConfig();
    console.info(await withDatabase((d) => remind(d.db, config, date)));
  });

program.command('audit').argument('<what>', 'verify').description('kiểm tra nhật ký').action(async (what: string) => {
  if (what !== 'verify') throw new AppError('validation', 400, {}, [{ path: 'what', message: 'Chỉ hỗ trợ "audit verify"' }]);
  const res = await withDatabase((d) => verifyAudit(d.db));
  if (res.break) {
    console.error(`NHẬT KÝ BỊ SỬA: chuỗi băm gãy tại bản ghi số ${res.break.seq} (${res.break.reason}); đã kiểm tra ${res.entries} bản ghi.`);
    process.exitCode = 3;
  } else console.info(`Nhật ký toàn vẹn: ${res.entries} bản ghi, chuỗi băm khớp.`);
});

function explain(e: unknown): string {
  if (e instanceof AppError) return e.details.length ? e.details.map((d) => `${d.path}: ${d.message}`).join('\n') : e.code;
  if (e instanceof ConfigError || e instanceof DatabaseUrlError || e instanceof DatabaseNewerError || e instanceof LockedError || e instanceof StartError) return e.message;
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

program.parseAsync(process.argv).catch((e: unknown) => {
  console.error(`Lỗi: ${explain(e)}`);
  process.exit(e instanceof AppError || e instanceof ConfigError || e instanceof DatabaseUrlError ? 2 : 1);
});
