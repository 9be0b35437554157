import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

function newestMtime(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...fs.readdirSync(p).map((f) => newestMtime(path.join(p, f))));
}

/** Builds the web app when its sources are newer than the last build (first start, or after an update). */
export function ensureWebBuilt(root: string): void {
  const web = path.join(root, 'web');
  const built = path.join(web, 'dist', 'index.html');
  const sources = ['src', 'index.html', 'vite.config.ts'].map((f) => path.join(web, f)).filter((f) => fs.existsSync(f));
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= Math.max(...sources.map(newestMtime))) return;
  console.info('Đang đóng gói giao diện web (lần đầu có thể mất khoảng một phút)…');
  const res = spawnSync(process.execPath, [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', path.join(web, 'vite.config.ts'), '--logLevel', 'warn'], { stdio: 'inherit', cwd: root });
  if (res.status !== 0) throw new Error('Đóng gói giao diện web thất bại; xem lỗi ở trên.');
}
