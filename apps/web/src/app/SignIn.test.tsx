import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render';
import { validateAccountForm } from './account-form';
import { sessionStore } from './session';
import { SignIn } from './SignIn';

describe('the sign-in and sign-up form', () => {
  afterEach(() => sessionStore.set(undefined));

  it('checks the fields as the API does', () => {
    expect(validateAccountForm('up', { email: '', password: '', name: ' ' })).toEqual({ email: 'form.required', password: 'form.required', name: 'form.required' });
    expect(validateAccountForm('up', { email: 'ann@', password: 'short', name: 'Ann' })).toEqual({ email: 'form.email', password: 'form.passwordLength' });
    expect(validateAccountForm('up', { email: 'ann@example.com', password: 'long enough', name: 'x'.repeat(101) })).toEqual({ name: 'form.nameLength' });
    expect(validateAccountForm('up', { email: 'ann@example.com', password: 'long enough', name: 'Ann' })).toEqual({});
    // An old account's short password still signs in: sign-in checks presence only.
    expect(validateAccountForm('in', { email: 'ann@example.com', password: 'short', name: '' })).toEqual({});
  });

  it('shows what to fix beside each field and sends nothing', async () => {
    const fetchSpy = vi.mocked(fetch);
    await renderInApp(<SignIn mode="up" />, 'en');
    await userEvent.type(screen.getByLabelText(/^Email/), 'not-an-email');
    await userEvent.type(screen.getByLabelText(/^Password/), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    expect(screen.getByText('Not an email address')).toBeTruthy();
    expect(screen.getByText('From 8 to 128 characters')).toBeTruthy();
    expect(screen.getByText('Required')).toBeTruthy(); // the name
    expect(screen.getByLabelText(/^Email/).getAttribute('aria-invalid')).toBe('true');
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('is keyboard-usable: Enter in the password field submits', async () => {
    const fetchSpy = vi.mocked(fetch).mockResolvedValue(new Response(JSON.stringify({ status: 401, code: 'AUTH.BAD_CREDENTIALS', detail: 'Wrong email or password.' }), { status: 401, headers: { 'content-type': 'application/problem+json' } }));
    await renderInApp(<SignIn mode="in" />, 'ru');
    await userEvent.type(screen.getByLabelText(/^Эл. почта/), 'ann@example.com');
    await userEvent.type(screen.getByLabelText(/^Пароль/), 'whatever{Enter}');
    expect(await screen.findByText('Неверная почта или пароль')).toBeTruthy(); // the code, translated
    const request = fetchSpy.mock.calls[0][0] as Request;
    expect(request.url).toMatch(/\/api\/students\/sign-in$/);
    expect(await request.json()).toEqual({ email: 'ann@example.com', password: 'whatever', refreshCookie: true });
  });

  it('says why the app signed the account out', async () => {
    sessionStore.set(undefined, 'suspended');
    await renderInApp(<SignIn mode="in" />, 'en');
    expect(screen.getByTestId('signed-out').textContent).toMatch(/suspended by an administrator/);
  });
});
