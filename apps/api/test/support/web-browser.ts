import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../src/seed/demo-data.js';
import { createDatabase, serverUrl } from './databases.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * The web app in a real browser (Debian's Chromium, headless, driven by playwright-core) against
 * the real API in this process on a fresh PostgreSQL database with the demo data and Redis. One
 * browser context per person. Shared by the web-*.e2e-spec.ts files, one per journey group.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIR = resolve('dist/web');
const SHOTS = resolve('docs/screenshots');
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const missing = !serverUrl()
  ? 'no PostgreSQL (DATABASE_URL) to keep the data across an API restart'
  : !existsSync(CHROMIUM)
    ? `${CHROMIUM} is missing (apt-get install chromium)`
    : !existsSync(resolve(WEB_DIR, 'index.html'))
      ? `${WEB_DIR} is not built (npm run build:web)`
      : undefined;

/** `describe`, or `describe.skip` with the reason printed where Chromium or the built app is missing. */
export function describeBrowser(name: string, body: () => void): void {
  if (missing) console.log(`web browser suite "${name}" skipped: ${missing}`);
  (missing ? describe.skip : describe)(name, body);
}

export interface WebApp {
  /** The API and the web app, e.g. http://127.0.0.1:41234 (the same after a restart). */
  readonly base: string;
  readonly api: TestApp;
  /** A fresh browser context (its own cookies and storage: one person) with a page. */
  person(language?: 'ru' | 'en', viewport?: { width: number; height: number }): Promise<Page>;
  /** Signs in through the form, in whichever language the page is. */
  signIn(page: Page, role: 'student' | 'mentor' | 'admin', email: string, password?: string): Promise<void>;
  /** Stops the API process part and starts it again on the same port and database. */
  restartApi(downMs: number): Promise<void>;
}

/** Starts the API (with the demo data) and Chromium for the enclosing describe block. */
export function useWebApp(env: Record<string, string> = {}): WebApp {
  let db: { url: string; drop: () => Promise<void> };
  let api: TestApp;
  let browser: Browser;
  let port = 0;

  async function startApi(seed: boolean): Promise<void> {
    api = await createTestApp({ DATABASE_URL: db.url, SEED_DEMO: String(seed), WEB_DIR, ...env });
    await api.app.listen({ port, host: '127.0.0.1' });
    port = (api.app.getHttpServer().address() as AddressInfo).port;
  }

  beforeAll(async () => {
    db = await createDatabase(serverUrl()!);
    await startApi(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await api?.app.close();
    await db?.drop();
  }, 30_000);

  const ROLE_LABEL = { student: /^(Студент|Student)$/, mentor: /^(Ментор|Mentor)$/, admin: /^(Администратор|Admin)$/ };

  return {
    get base() {
      return `http://127.0.0.1:${port}`;
    },
    get api() {
      return api;
    },
    async person(language = 'ru', viewport = { width: 1280, height: 800 }) {
      const context = await browser.newContext({ viewport });
      await context.addInitScript((lang) => localStorage.setItem('mm.language', lang), language);
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      return page;
    },
    async signIn(page, role, email, password = DEMO_PASSWORD) {
      await page.goto(`${this.base}/signin`);
      await page.getByText(ROLE_LABEL[role]).click();
      await page.getByLabel(/^(Эл. почта|Email)/).fill(email);
      await page.getByLabel(/^(Пароль|Password)/).fill(password);
      await page.locator('form').getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
      await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
    },
    async restartApi(downMs) {
      await api.app.close();
      await new Promise((r) => setTimeout(r, downMs));
      await startApi(false);
    },
  };
}

/** No serious or critical axe-core violation on the page as it is. */
export async function expectAccessible(page: Page): Promise<void> {
  await page.evaluate(AXE); // through the debugger protocol: the page's CSP forbids inline scripts
  const violations = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
    const result = await axe.run({ resultTypes: ['violations'] });
    return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
  });
  expect(violations).toEqual([]);
}

/** A screenshot into docs/screenshots/ (the README and docs/web.md show them). */
export const shot = (page: Page, name: string): Promise<Buffer> => page.screenshot({ path: resolve(SHOTS, `${name}.png`) });

/** The signed-in account's id, from the session the app keeps (no token in it). */
export const accountIdOf = (page: Page): Promise<string> => page.evaluate(() => (JSON.parse(localStorage.getItem('mm.session')!) as { id: string }).id);
