export interface AccountForm {
  email: string;
  password: string;
  name: string;
}

export type AccountFormErrors = Partial<Record<keyof AccountForm, string>>;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The sign-in / sign-up form's own checks (i18n keys), the same limits as the API's, so a person
 * sees what to fix beside the field instead of a round trip. Sign-in checks only presence: the
 * password rules of today may be stricter than those of an old account.
 */
export function validateAccountForm(mode: 'in' | 'up', form: AccountForm): AccountFormErrors {
  const errors: AccountFormErrors = {};
  const email = form.email.trim();
  if (!email) errors.email = 'form.required';
  else if (!EMAIL.test(email) || email.length > 254) errors.email = 'form.email';
  if (!form.password) errors.password = 'form.required';
  else if (mode === 'up' && (form.password.length < 8 || form.password.length > 128)) errors.password = 'form.passwordLength';
  if (mode === 'up' && !form.name.trim()) errors.name = 'form.required';
  else if (mode === 'up' && form.name.trim().length > 100) errors.name = 'form.nameLength';
  return errors;
}
