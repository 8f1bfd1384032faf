import type { Page } from 'playwright-core';
import { DEMO_MENTOR_EMAIL, DEMO_STUDENT_EMAIL } from '../src/seed/demo-data.js';
import { accountIdOf, describeBrowser, expectAccessible, shot, useWebApp } from './support/web-browser.js';

/**
 * The live journeys in a real browser, a student and a mentor in separate contexts: a request
 * reaches the mentor's open dashboard within a second, the acceptance and the conversation reach
 * the other page, and both pages resume after the API restarts without reload or a missed event.
 */
describeBrowser('the web app live: student and mentor', () => {
  const web = useWebApp();
  /** Left open by the live journey, on the same request, for the restart journey. */
  let open: { student: Page; mentor: Page } | undefined;

  it('a request goes live: the mentor sees it within a second, the student sees the acceptance', async () => {
    const mentor = await web.person();
    await web.signIn(mentor, 'mentor', DEMO_MENTOR_EMAIL);
    await mentor.waitForURL(`${web.base}/mentor`);
    await mentor.getByRole('tab', { name: /Входящие/ }).waitFor();
    await mentor.locator('[data-testid=request-card]').first().waitFor();
    await shot(mentor, 'mentor-dashboard-ru');
    await expectAccessible(mentor);

    const student = await web.person();
    await web.signIn(student, 'student', DEMO_STUDENT_EMAIL);
    await student.goto(`${web.base}/student/mentors/${await accountIdOf(mentor)}`);
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
    await expectAccessible(mentor);

    // The conversation: the student writes, the mentor's open page shows it.
    await student.getByLabel('Написать сообщение').fill('Спасибо! Когда созвонимся?');
    await student.locator('form').getByRole('button', { name: 'Отправить' }).click();
    await mentor.getByText('Спасибо! Когда созвонимся?').waitFor({ timeout: 3000 });
    open = { student, mentor };
  }, 90_000);

  it('the API restarts while both pages are open: both resume without reload and miss no event', async () => {
    if (!open) throw new Error('needs the live journey first');
    const { student, mentor } = open;
    const navigations = { student: 0, mentor: 0 };
    student.on('framenavigated', () => navigations.student++);
    mentor.on('framenavigated', () => navigations.mentor++);
    await web.restartApi(1500); // both streams drop; each browser's EventSource reconnects by itself
    // At once, before the mentor's page has necessarily reconnected: the event waits in the store.
    await student.getByLabel('Написать сообщение').fill('Я снова здесь');
    await student.locator('form').getByRole('button', { name: 'Отправить' }).click();
    await mentor.getByText('Я снова здесь').waitFor({ timeout: 8000 });
    expect(await mentor.getByText('Я снова здесь').count()).toBe(1); // exactly once
    await mentor.getByRole('button', { name: 'Завершить' }).click();
    await student.getByTestId('status').filter({ hasText: 'завершена' }).waitFor({ timeout: 8000 });
    expect(navigations).toEqual({ student: 0, mentor: 0 }); // no reload

    // The student's own profile with interests.
    await student.getByRole('link', { name: 'Профиль' }).click();
    await student.getByRole('combobox', { name: 'Интересы' }).waitFor();
    await shot(student, 'student-profile');
    await expectAccessible(student);
    // My requests and favourites.
    await student.getByRole('link', { name: 'Мои заявки' }).click();
    await student.locator('[data-testid=request-card]').first().waitFor();
    await expectAccessible(student);
    await student.getByRole('link', { name: 'Избранное' }).click();
    await student.getByRole('heading', { level: 2 }).waitFor();
    await expectAccessible(student);
  }, 60_000);

  it('the mentor dashboard in English, the statistics and the settings tabs', async () => {
    const mentor = await web.person('en');
    await web.signIn(mentor, 'mentor', DEMO_MENTOR_EMAIL);
    await mentor.getByRole('tab', { name: /Incoming/ }).waitFor();
    await mentor.locator('[data-testid=request-card]').first().waitFor();
    await shot(mentor, 'mentor-dashboard-en');
    await expectAccessible(mentor);
    await mentor.getByRole('tab', { name: 'Mentees' }).click();
    await mentor.getByRole('tabpanel').waitFor();
    await expectAccessible(mentor);
    await mentor.getByRole('tab', { name: 'Statistics' }).click();
    await mentor.getByText('Acceptance rate').waitFor();
    await shot(mentor, 'mentor-stats');
    await expectAccessible(mentor);
    await mentor.getByRole('tab', { name: 'Settings' }).click();
    await mentor.getByLabel('Accepting new requests').waitFor();
    await expectAccessible(mentor);
  }, 60_000);
});
