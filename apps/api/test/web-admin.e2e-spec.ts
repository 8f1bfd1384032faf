import { readFileSync } from 'node:fs';
import { DEMO_ADMIN_EMAIL } from '../src/seed/demo-data.js';
import { describeBrowser, expectAccessible, shot, useWebApp } from './support/web-browser.js';

/**
 * The admin console in a real browser: the charts (and the chart library loading there only), the
 * lists with filters, the CSV export, and suspending a student from the console while the
 * student's page is open: the student is signed out with the reason, and can sign in again once
 * unsuspended.
 */
describeBrowser('the web app: the admin console', () => {
  // Open streams check for revoked sessions at every heartbeat: 2 s, so the signed-out page is quick.
  const web = useWebApp({ SSE_HEARTBEAT_SECONDS: '2' });

  it('draws the statistics over a date range; the chart library loads there only', async () => {
    const admin = await web.person();
    const scripts: string[] = [];
    admin.on('request', (req) => req.resourceType() === 'script' && scripts.push(req.url()));
    await admin.goto(`${web.base}/`);
    await admin.getByRole('searchbox').waitFor();
    const before = scripts.length;
    await web.signIn(admin, 'admin', DEMO_ADMIN_EMAIL);
    await admin.waitForURL(`${web.base}/admin`);
    await admin.locator('canvas').first().waitFor();
    expect(scripts.slice(before).some((url) => /Console-/.test(url))).toBe(true);
    expect(scripts.slice(0, before).some((url) => /Console-/.test(url))).toBe(false);
    expect(await admin.getByRole('img').count()).toBeGreaterThanOrEqual(6); // six charts, each named
    await admin.getByTestId('acceptance-rate').filter({ hasText: /%|—/ }).waitFor();
    await shot(admin, 'admin-console');
    await expectAccessible(admin);

    // A reversed range is refused beside the field, with nothing asked of the API.
    const asked: string[] = [];
    admin.on('request', (req) => req.url().includes('/api/stats') && asked.push(req.url()));
    await admin.getByLabel('С', { exact: true }).fill('2030-01-01');
    await admin.getByText('Начало позже конца').waitFor();
    expect(asked).toEqual([]);
    // A preset and the weekly buckets ask again.
    const weekly = admin.waitForResponse((res) => res.url().includes('/api/stats/series') && res.url().includes('interval=week'));
    await admin.getByRole('button', { name: '30 дн.' }).click();
    await admin.getByText('По неделям').click();
    expect((await weekly).status()).toBe(200);

    // CSV export, fetched with the access token and saved as a file.
    const download = admin.waitForEvent('download');
    await admin.getByRole('button', { name: 'Экспорт CSV' }).click();
    await admin.getByRole('menuitem', { name: 'Временные ряды' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^mentor-match-series-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync((await file.path())!, 'utf8').split('\n')[0]).toMatch(/^date,/);

    // The list of requests, filtered by status, paged.
    await admin.getByRole('tab', { name: 'Заявки' }).click();
    await admin.getByTestId('admin-requests').waitFor();
    await expectAccessible(admin);
    const filtered = admin.waitForResponse((res) => res.url().includes('/api/admin/requests') && res.url().includes('status=accepted'));
    await admin.getByRole('combobox', { name: 'Статус' }).click();
    await admin.getByRole('option', { name: 'принята' }).click();
    expect((await filtered).status()).toBe(200);
    await admin.keyboard.press('Escape');
    const statuses = await admin.getByTestId('admin-requests').getByTestId('status').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['принята']));
  }, 90_000);

  it('suspends a student from the console: the open page of the student is signed out and says why', async () => {
    // A new student, signed up through the app, with a page open.
    const email = `web-suspend-${Date.now()}@example.com`;
    const student = await web.person();
    await student.goto(`${web.base}/signup`);
    await student.getByLabel(/^Имя/).fill('Нарушитель Правил');
    await student.getByLabel(/^Эл. почта/).fill(email);
    await student.getByLabel(/^Пароль/).fill('password-123');
    await student.locator('form').getByRole('button', { name: 'Регистрация' }).click();
    await student.waitForURL(`${web.base}/student`);
    await student.getByRole('link', { name: 'Мои заявки' }).click();
    await student.waitForURL(`${web.base}/student/requests`);

    const admin = await web.person();
    await web.signIn(admin, 'admin', DEMO_ADMIN_EMAIL);
    await admin.getByRole('tab', { name: 'Аккаунты' }).click();
    await admin.getByRole('searchbox', { name: 'Почта или имя' }).fill(email);
    const row = admin.getByTestId('account-row').filter({ hasText: email });
    await admin.waitForFunction(() => document.querySelectorAll('[data-testid=account-row]').length === 1); // the text filter applied
    await row.waitFor();
    await row.getByRole('button', { name: 'Заблокировать' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Заблокировать Нарушитель Правил?' });
    await dialog.waitFor();
    await admin.waitForTimeout(500); // the dialog's fade-in, for the screenshot
    await shot(admin, 'admin-suspend-confirm');
    await expectAccessible(admin);
    await dialog.getByRole('button', { name: 'Заблокировать' }).click();
    await row.getByText('заблокирован', { exact: true }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await admin.waitForTimeout(500); // the dialog's fade-out, for the screenshot
    await shot(admin, 'admin-accounts');
    await expectAccessible(admin);

    // The student's open page: signed out, without a reload or a click, with the reason.
    const started = Date.now();
    await student.waitForURL(`${web.base}/signin`, { timeout: 10_000 });
    await student.getByTestId('signed-out').filter({ hasText: 'заблокирован администратором' }).waitFor();
    console.log(`the suspended student's open page was signed out ${Date.now() - started} ms after the suspension was shown`);
    await shot(student, 'student-suspended');
    await expectAccessible(student);
    // Signing in again is refused, in the student's language.
    await student.getByLabel(/^Эл. почта/).fill(email);
    await student.getByLabel(/^Пароль/).fill('password-123');
    await student.locator('form').getByRole('button', { name: 'Войти' }).click();
    await student.getByRole('alert').filter({ hasText: 'Этот аккаунт заблокирован администратором' }).waitFor();

    // Unsuspended: the student signs in again.
    await admin.getByRole('searchbox', { name: 'Почта или имя' }).fill(email); // the list is current
    await row.getByRole('button', { name: 'Разблокировать' }).click();
    await admin.getByRole('dialog').getByRole('button', { name: 'Разблокировать' }).click();
    await row.getByRole('button', { name: 'Заблокировать' }).waitFor();
    await web.signIn(student, 'student', email, 'password-123');
    await student.waitForURL(`${web.base}/student`);
  }, 90_000);
});
