import { Alert, Anchor, Button, Paper, PasswordInput, SegmentedControl, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { validateAccountForm, type AccountFormErrors } from './account-form';
import { homeOf, signIn, signUp, useSessionState } from './auth';
import type { Role } from './session';
import { ErrorAlert } from './states';

/** Sign in (any role) or sign up (student or mentor). */
export function SignIn({ mode }: { mode: 'in' | 'up' }): ReactNode {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { reason } = useSessionState();
  const [role, setRole] = useState<Role>('student');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<AccountFormErrors>({});
  const submit = useMutation({
    mutationFn: () => (mode === 'in' ? signIn(role, email, password) : signUp(role === 'mentor' ? 'mentor' : 'student', email, password, name)),
    onSuccess: (session) => navigate(homeOf(session.role)),
  });
  const roles = mode === 'in' ? (['student', 'mentor', 'admin'] as const) : (['student', 'mentor'] as const);
  const onSubmit = (event: FormEvent): void => {
    event.preventDefault();
    const found = validateAccountForm(mode, { email, password, name });
    setErrors(found);
    if (Object.keys(found).length === 0) submit.mutate();
  };
  return (
    <Paper maw={420} mx="auto" p="lg" withBorder>
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          <Title order={2}>{t(mode === 'in' ? 'app.signIn' : 'app.signUp')}</Title>
          {reason && (
            <Alert color={reason === 'suspended' ? 'red' : 'yellow'} role="status" data-testid="signed-out">
              {t(`auth.signedOut.${reason}`)}
            </Alert>
          )}
          <SegmentedControl aria-label={t('auth.role')} value={role} onChange={(value) => setRole(value as Role)} data={roles.map((value) => ({ value, label: t(`auth.${value}`) }))} />
          {mode === 'up' && <TextInput label={t('auth.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} error={errors.name && t(errors.name)} required />}
          <TextInput label={t('auth.email')} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} error={errors.email && t(errors.email)} required />
          <PasswordInput label={t('auth.password')} autoComplete={mode === 'in' ? 'current-password' : 'new-password'} value={password} onChange={(e) => setPassword(e.currentTarget.value)} error={errors.password && t(errors.password)} required />
          {submit.isError && <ErrorAlert error={submit.error} />}
          <Button type="submit" loading={submit.isPending}>
            {t(mode === 'in' ? 'app.signIn' : 'app.signUp')}
          </Button>
          <Text size="sm">
            {t(mode === 'in' ? 'auth.noAccount' : 'auth.haveAccount')}{' '}
            <Anchor component={Link} to={mode === 'in' ? '/signup' : '/signin'}>
              {t(mode === 'in' ? 'app.signUp' : 'app.signIn')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </Paper>
  );
}
