import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { DEMO_ADMIN_EMAIL, DEMO_MENTOR_EMAIL, DEMO_PASSWORD, DEMO_STUDENT_EMAIL } from '../src/seed/demo-data.js';
import { createDatabase, serverUrl } from './support/databases.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * The web app in a real browser (Debian's Chromium, headless) against the real API on PostgreSQL
 * and Redis with the demo data: the three roles in separate browser contexts, live updates through
 * the SSE stream, axe-core on the main screens, and a screenshot of each into docs/screenshots/.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const WEB_DIR = resolve('dist/web');
const SHOTS = resolve('docs/screenshots');
const missing = !serverUrl() ? 'no PostgreSQL (DATABASE_URL) to keep the data across an API restart' : !existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)` : !existsSync(resolve(WEB_DIR, 'index.html')) ? `${WEB_DIR} is not built (npm run build:web)` : undefined;
if (missing) console.log(`web browser suite skipped: ${missing}`);
const describeBrowser = missing ? describe.skip : describe;
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describeBrowser('the web app in a browser', () => {
  let db: { url: string; drop: () => Promise<void> };
  let t: TestApp;
  let browser: Browser;
  let base: string;
  let port: number;
  const contexts: BrowserContext[] = [];
  /** Left open by the live journey, on the same request, for the restart journey. */
  let open: { student: Page; mentor: Page } | undefined;

  /** The API in this process, on the one database of the suite, listening on `port` (0: any). */
  async function startApi(seed: boolean): Promise<void> {
    t = await createTestApp({ DATABASE_URL: db.url, SEED_DEMO: String(seed), WEB_DIR });
    await t.app.listen({ port, host: '127.0.0.1' });
    port = (t.app.getHttpServer().address() as AddressInfo).port;
    base = `http://127.0.0.1:${port}`;
  }

  beforeAll(async () => {
    db = await createDatabase(serverUrl()!);
    port = 0;
    await startApi(true);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    mkdirSync(SHOTS, { recursive: true });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await t?.app.close();
    await db?.drop();
  }, 30_000);

  /** A fresh browser context (its own storage: one person) with a page, in Russian unless told. */
  async function person(language: 'ru' | 'en' = 'ru'): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    contexts.push(context);
    await context.addInitScript((lang) => localStorage.setItem('mm.language', lang), language);
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
    return page;
  }

  const ROLE_LABEL = { student: /^(Студент|Student)$/, mentor: /^(Ментор|Mentor)$/, admin: /^(Администратор|Admin)$/ };

  /** Signs in through the form, in whichever language the page is. */
  async function signIn(page: Page, role: keyof typeof ROLE_LABEL, email: string): Promise<void> {
    await page.goto(`${base}/signin`);
    await page.getByText(ROLE_LABEL[role]).click();
    await page.getByLabel(/^(Эл. почта|Email)/).fill(email);
    await page.getByLabel(/^(Пароль|Password)/).fill(DEMO_PASSWORD);
    await page.locator('form').getByRole('button', { name: /^(Войти|Sign in)$/ }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  }

  /** No serious or critical axe-core violation on the page as it is. */
  async function expectAccessible(page: Page): Promise<void> {
    await page.evaluate(AXE); // through the debugger protocol: the page's CSP forbids inline scripts
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: { html: string }[] }[] }> } }).axe;
      const result = await axe.run({ resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.html.slice(0, 120)).join(' | ')}`);
    });
    expect(violations).toEqual([]);
  }

  const shot = (page: Page, name: string) => page.screenshot({ path: resolve(SHOTS, `${name}.png`) });

  it('the student searches in Russian and English; results mark the matched terms', async () => {
    for (const language of ['ru', 'en'] as const) {
      const page = await person(language);
      await page.goto(`${base}/`);
      await page.getByRole('searchbox').fill(language === 'ru' ? 'хочу разобраться в python и базах данных' : 'python and databases');
      await page.locator('[data-testid=mentor-card] mark').first().waitFor();
      expect(await page.locator('[data-testid=mentor-card]').count()).toBeGreaterThan(0);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await shot(page, `student-search-${language}`);
      await expectAccessible(page);
    }
  }, 60_000);

  it('skill autocomplete suggests concepts from /api/skills across scripts; a signed-in student sees "Recommended for you"', async () => {
    const page = await person('ru');
    await page.goto(`${base}/`);
    const skills = page.getByRole('combobox', { name: 'Навыки' });
    const answered = page.waitForResponse((res) => res.url().includes('/api/skills?query=') && res.status() === 200);
    await skills.fill('реа');
    await answered;
    const react = page.getByTestId('skill-suggestion').filter({ hasText: 'React' }).first();
    await react.waitFor();
    const filtered = page.waitForResponse((res) => res.url().includes('/api/mentors?') && res.url().includes('skills=react'));
    await react.click();
    expect((await filtered).status()).toBe(200);
    await page.locator('[data-testid=mentor-card]').first().waitFor();

    const student = await person();
    await signIn(student, 'student', DEMO_STUDENT_EMAIL);
    await student.goto(`${base}/student`);
    const recommended = student.getByTestId('recommended');
    await recommended.getByTestId('mentor-card').first().waitFor();
    await recommended.getByTestId('recommendation-reason').first().waitFor();
    await expectAccessible(student);
    // Typing replaces the recommendations with the search.
    await student.getByRole('searchbox').fill('python');
    await recommended.waitFor({ state: 'detached' });
  }, 60_000);

  it('a request goes live: the mentor sees it within a second, the student sees the acceptance', async () => {
    const mentor = await person();
    await signIn(mentor, 'mentor', DEMO_MENTOR_EMAIL);
    await mentor.waitForURL(`${base}/mentor`);
    await mentor.getByRole('tab', { name: /Входящие/ }).waitFor();
    await mentor.locator('[data-testid=request-card]').first().waitFor();
    await shot(mentor, 'mentor-dashboard-ru');
    await expectAccessible(mentor);

    const student = await person();
    await signIn(student, 'student', DEMO_STUDENT_EMAIL);
    const mentorId = await mentor.evaluate(() => (JSON.parse(localStorage.getItem('mm.session')!) as { id: string }).id);
    await student.goto(`${base}/student/mentors/${mentorId}`);
    await student.getByRole('heading', { level: 2 }).waitFor();
    await shot(student, 'student-mentor-page');
    await expectAccessible(student);

    const message = `Помогите с архитектурой бэкенда ${Date.now()}`;
    await student.getByLabel('Попросить о менторстве').fill(message);
    const sent = student.waitForResponse((res) => res.url().endsWith('/api/request') && res.request().method() === 'POST');
    await student.getByRole('button', { name: 'Отправить' }).click();
    expect((await sent).status()).toBe(201);
    const started = Date.now();
    const card = mentor.locator('[data-testid=request-card]', { hasText: message });
    await card.waitFor({ timeout: 1000 }); // no reload: the stream brought it
    console.log(`the mentor's dashboard showed the new request ${Date.now() - started} ms after it was sent`);
    await mentor.getByText(/отправил\(а\) заявку/).first().waitFor(); // the toast

    // The student opens the request; the mentor accepts; the student's page follows without reload.
    await student.getByRole('link', { name: /Ваша заявка/ }).click();
    await student.getByTestId('status').filter({ hasText: 'ожидает ответа' }).waitFor();
    await card.getByRole('link').click();
    await mentor.getByRole('button', { name: 'Принять' }).click();
    await student.getByTestId('status').filter({ hasText: 'принята' }).waitFor({ timeout: 3000 });
    await shot(student, 'student-request');
    await expectAccessible(student);
    await shot(mentor, 'mentor-request');

    // The conversation: the student writes, the mentor's open page shows it.
    await student.getByLabel('Написать сообщение').fill('Спасибо! Когда созвонимся?');
    await student.locator('form').getByRole('button', { name: 'Отправить' }).click();
    await mentor.getByText('Спасибо! Когда созвонимся?').waitFor({ timeout: 3000 });
    open = { student, mentor };
  }, 90_000);

  it('the API restarts while both pages are open: both resume without reload and miss no event', async () => {
    if (!open) throw new Error('needs the live journey first');
    const { student, mentor } = open;
    await t.app.close(); // both streams end; the pages keep retrying with new tickets
    await new Promise((r) => setTimeout(r, 1500));
    await startApi(false);
    // At once, before the mentor's page has necessarily reconnected: the event waits in the store.
    await student.getByLabel('Написать сообщение').fill('Я снова здесь');
    await student.locator('form').getByRole('button', { name: 'Отправить' }).click();
    await mentor.getByText('Я снова здесь').waitFor({ timeout: 5000 });
    await mentor.getByRole('button', { name: 'Завершить' }).click();
    await student.getByTestId('status').filter({ hasText: 'завершена' }).waitFor({ timeout: 5000 });

    // The student's own profile with interests.
    await student.getByRole('link', { name: 'Профиль' }).click();
    await student.getByRole('combobox', { name: 'Интересы' }).waitFor();
    await shot(student, 'student-profile');
    await expectAccessible(student);
  }, 60_000);

  it('the mentor dashboard in English, the statistics and the settings tabs', async () => {
    const mentor = await person('en');
    await signIn(mentor, 'mentor', DEMO_MENTOR_EMAIL);
    await mentor.getByRole('tab', { name: /Incoming/ }).waitFor();
    await mentor.locator('[data-testid=request-card]').first().waitFor();
    await shot(mentor, 'mentor-dashboard-en');
    await mentor.getByRole('tab', { name: 'Statistics' }).click();
    await mentor.getByText('Acceptance rate').waitFor();
    await shot(mentor, 'mentor-stats');
    await expectAccessible(mentor);
    await mentor.getByRole('tab', { name: 'Settings' }).click();
    await mentor.getByLabel('Accepting new requests').waitFor();
    await expectAccessible(mentor);
  }, 60_000);

  it('the admin console draws its charts (the chart library loads there only)', async () => {
    const admin = await person();
    const scripts: string[] = [];
    admin.on('request', (req) => req.resourceType() === 'script' && scripts.push(req.url()));
    await admin.goto(`${base}/`);
    await admin.getByRole('searchbox').waitFor();
    const before = scripts.length;
    await signIn(admin, 'admin', DEMO_ADMIN_EMAIL);
    await admin.waitForURL(`${base}/admin`);
    await admin.locator('canvas').first().waitFor();
    expect(scripts.slice(before).some((url) => /Console-/.test(url))).toBe(true);
    expect(scripts.slice(0, before).some((url) => /Console-/.test(url))).toBe(false);
    await shot(admin, 'admin-console');
    await expectAccessible(admin);
  }, 60_000);
});
