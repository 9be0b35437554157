import fs from 'node:fs';

export class LockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * SQLite mode is one server process per file: a second one is refused clearly instead of two
 * writers racing. A lock left by a crashed process (its pid gone) is taken over.
 */
export function acquireSqliteLock(dbFile: string): () => void {
  const lockFile = `${dbFile}.lock`;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(lockFile, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(lockFile, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(fs.readFileSync(lockFile, 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
        throw new LockedError(
          `Cơ sở dữ liệu ${dbFile} đang được một tiến trình thidua khác (pid ${pid}) sử dụng. ` +
            'Chế độ SQLite chỉ chạy một tiến trình; để chạy nhiều tiến trình hãy dùng PostgreSQL.',
        );
      }
      fs.rmSync(lockFile, { force: true });
    }
  }
  throw new LockedError(`Không lấy được khóa ${lockFile}`);
}
