import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_STUDENT_EMAIL } from '../src/seed/demo-data.js';
import { describeBrowser, expectAccessible, shot, useWebApp } from './support/web-browser.js';

/**
 * The student's side in a real browser: the search in both languages and at phone width, and the
 * session as a browser client keeps it (refresh token in the httpOnly cookie, access token in
 * memory only, a reload keeps the session, signing out revokes it), sign-up and keyboard use.
 */
describeBrowser('the web app: the student', () => {
  const web = useWebApp();

  it('searches in Russian and English; results mark the matched terms', async () => {
    for (const language of ['ru', 'en'] as const) {
      const page = await web.person(language);
      await page.goto(`${web.base}/`);
      await page.getByRole('searchbox').fill(language === 'ru' ? 'хочу разобраться в python и базах данных' : 'python and databases');
      await page.locator('[data-testid=mentor-card] mark').first().waitFor();
      expect(await page.locator('[data-testid=mentor-card]').count()).toBeGreaterThan(0);
      expect(await page.locator('html').getAttribute('lang')).toBe(language);
      await shot(page, `student-search-${language}`);
      await expectAccessible(page);
    }
  }, 60_000);

  it("the first screen's JavaScript stays within the budget: 250 KB gzipped", async () => {
    const page = await web.person();
    const scripts: string[] = [];
    page.on('request', (req) => req.resourceType() === 'script' && scripts.push(new URL(req.url()).pathname));
    await page.goto(`${web.base}/`);
    await page.getByRole('searchbox').waitFor();
    await page.locator('[data-testid=mentor-card]').first().waitFor();
    const gzipped = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(resolve('dist/web', `.${path}`))).length, 0);
    console.log(`the student's first screen loads ${scripts.length} script(s), ${(gzipped / 1000).toFixed(1)} KB gzipped: ${scripts.join(', ')}`);
    expect(scripts.some((path) => /Console-|Chart/.test(path))).toBe(false);
    expect(gzipped).toBeLessThanOrEqual(250_000);
  }, 60_000);

  it('at phone width (375 px) the search fits the screen and the menu is behind a burger', async () => {
    const page = await web.person('ru', { width: 375, height: 740 });
    await page.goto(`${web.base}/student`);
    await page.getByRole('searchbox').fill('python');
    await page.locator('[data-testid=mentor-card]').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375); // no sideways scrolling
    await shot(page, 'student-search-phone');
    await expectAccessible(page);
    const nav = page.getByRole('link', { name: 'Найти ментора' });
    const box = await nav.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(0); // the navigation is off screen
    await page.getByRole('button', { name: 'menu' }).click();
    await page.waitForFunction(() => {
      const link = [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Найти ментора');
      return link !== undefined && link.getBoundingClientRect().x >= 0;
    });
    await expectAccessible(page);
  }, 60_000);

  it('signs in with the keyboard only; the refresh token is an httpOnly cookie and no token is in storage', async () => {
    const page = await web.person('en');
    await page.goto(`${web.base}/signin`);
    await expectAccessible(page);
    await page.getByLabel(/^Email/).focus();
    await page.keyboard.type(DEMO_STUDENT_EMAIL);
    await page.keyboard.press('Tab');
    await page.keyboard.type('wrong-password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: 'Wrong email or password' }).waitFor(); // the code, translated
    await page.getByLabel(/^Password/).fill('');
    await page.getByLabel(/^Password/).focus();
    await page.keyboard.type('demo-password');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${web.base}/student`);

    const cookies = await page.context().cookies();
    const refresh = cookies.find((c) => c.name === 'mm_refresh')!;
    expect(refresh).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/auth' });
    expect(await page.evaluate(() => document.cookie)).not.toContain('mm_refresh');
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
    expect(stored).not.toMatch(/accessToken|refreshToken|eyJ/); // no JWT, no refresh token
    expect(stored).not.toContain(refresh.value);

    // A reload keeps the session: a new access token through the cookie, with the CSRF token.
    const refreshed = page.waitForResponse((res) => res.url().endsWith('/api/auth/refresh'));
    await page.reload();
    const answer = await refreshed;
    expect(answer.status()).toBe(200);
    expect(answer.request().headers()['x-csrf-token']).toBeTruthy();
    await page.getByRole('link', { name: 'My requests' }).click();
    await page.waitForURL(`${web.base}/student/requests`);
    await page.locator('[data-testid=request-card]').first().waitFor();

    // Signing out revokes the session: the cookie's refresh token is refused from then on.
    const { csrfToken } = await page.evaluate(() => JSON.parse(localStorage.getItem('mm.session')!) as { csrfToken: string });
    const oldCookie = (await page.context().cookies()).find((c) => c.name === 'mm_refresh')!.value;
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(`${web.base}/signin`);
    expect((await page.context().cookies()).some((c) => c.name === 'mm_refresh')).toBe(false);
    const reuse = await fetch(`${web.base}/api/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: `mm_refresh=${oldCookie}`, 'x-csrf-token': csrfToken }, body: '{}' });
    expect(reuse.status).toBe(401);
    // And a reload now finds no session: the protected page sends to sign-in.
    await page.goto(`${web.base}/student/requests`);
    await page.waitForURL(`${web.base}/signin`);
  }, 60_000);

  it('signs up: the form says what to fix, then the new student lands on the search, signed in', async () => {
    const page = await web.person();
    await page.goto(`${web.base}/signup`);
    await page.getByLabel(/^Эл. почта/).fill('not-an-email');
    await page.getByLabel(/^Пароль/).fill('short');
    await page.locator('form').getByRole('button', { name: 'Регистрация' }).click();
    await page.getByText('Это не адрес почты').waitFor();
    await page.getByText('От 8 до 128 символов').waitFor();
    await shot(page, 'signup-errors');
    await expectAccessible(page);
    await page.getByLabel(/^Имя/).fill('Новая Студентка');
    await page.getByLabel(/^Эл. почта/).fill(`web-signup-${Date.now()}@example.com`);
    await page.getByLabel(/^Пароль/).fill('password-123');
    await page.locator('form').getByRole('button', { name: 'Регистрация' }).click();
    await page.waitForURL(`${web.base}/student`);
    await page.getByRole('link', { name: 'Мои заявки' }).click();
    await page.getByText('Пока пусто').waitFor(); // the empty state
    expect((await page.context().cookies()).some((c) => c.name === 'mm_refresh')).toBe(true);
  }, 60_000);
});
