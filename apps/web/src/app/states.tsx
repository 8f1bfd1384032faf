import { Alert, Button, Center, Loader, Text, VisuallyHidden } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemError } from '../api/client';

/** The problem+json `detail`, in the user's language where the code is known. */
export function useErrorText(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return (error) => {
    if (error instanceof ProblemError) {
      if (error.code && i18n.exists(`errors.${error.code}`)) return t(`errors.${error.code}`);
      if (error.detail) return error.detail;
    }
    return t('errors.generic');
  };
}

export function ErrorAlert({ error, onRetry }: { error: unknown; onRetry?: () => void }): ReactNode {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <Alert color="red" role="alert" title={text(error)}>
      {onRetry && (
        <Button size="xs" variant="light" color="red" onClick={onRetry}>
          {t('app.retry')}
        </Button>
      )}
    </Alert>
  );
}

export function Loading(): ReactNode {
  const { t } = useTranslation();
  return (
    <Center p="xl" role="status">
      <Loader aria-hidden />
      <VisuallyHidden>{t('app.loading')}</VisuallyHidden>
    </Center>
  );
}

export function Empty({ text }: { text?: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <Text c="dimmed" ta="center" p="lg">
      {text ?? t('app.empty')}
    </Text>
  );
}

/** Loading, error (with retry) or the content of one query. */
export function QueryState<T>({ query, children }: { query: UseQueryResult<T>; children: (data: T) => ReactNode }): ReactNode {
  if (query.isPending) return <Loading />;
  if (query.isError) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}
