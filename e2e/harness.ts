import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { migrateToLatest } from '../src/db/migrate.js';
import { seedDemo } from '../src/db/seed/demo.js';
import { buildApp, type App } from '../src/server/app.js';
import { createTestDatabase, DEMO_PASSWORD, testConfig, type TestDatabase } from '../test/harness.js';

export const CHROMIUM = '/usr/bin/chromium';
const WEB_DIST = path.resolve(import.meta.dirname, '../web/dist/index.html');

export interface E2E {
  baseUrl: string;
  /** The server's database, for a test to run what no screen does (e.g. the reminder sweep). */
  db: TestDatabase['database']['db'];
  browser: Browser;
  newPage(width?: number): Promise<Page>;
  login(page: Page, username: string): Promise<void>;
  close(): Promise<void>;
}

/** The real server (SQLite temp file, demo data) on a free port, and Debian's Chromium driving it. */
export async function startE2E(): Promise<E2E> {
  if (!fs.existsSync(WEB_DIST)) throw new Error('web/dist is missing: run `npm run build:web` (npm test does it)');
  const tdb: TestDatabase = await createTestDatabase('sqlite');
  await migrateToLatest(tdb.database);
  await seedDemo(tdb.database.db, DEMO_PASSWORD);
  const app: App = await buildApp({ database: tdb.database, config: testConfig(tdb.url) });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    db: tdb.database.db,
    browser,
    newPage: async (width = 1366) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'vi-VN' });
      return context.newPage();
    },
    login: async (page, username) => {
      await page.goto(`${baseUrl}/app/dang-nhap`);
      await page.getByTestId('login-username').fill(username);
      await page.getByTestId('login-password').fill(DEMO_PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.waitForURL((u) => !u.pathname.includes('dang-nhap'));
    },
    close: async () => {
      await browser.close();
      await app.close();
      await tdb.drop();
    },
  };
}
