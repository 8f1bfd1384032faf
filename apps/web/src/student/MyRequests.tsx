import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api/client';
import { useSession } from '../app/auth';
import { RequestList } from '../app/RequestList';
import { QueryState } from '../app/states';

/** The student's requests; live, since every stream event refreshes the queries. */
export default function MyRequests(): ReactNode {
  const { t } = useTranslation();
  const id = useSession()?.id ?? '';
  const requests = useQuery({ queryKey: ['requests', 'student', id], queryFn: () => must(api.GET('/api/request/student/{student_id}', { params: { path: { student_id: id }, query: { limit: 50 } } })) });
  return (
    <Stack maw={800}>
      <Title order={2}>{t('nav.requests')}</Title>
      <QueryState query={requests}>{(page) => <RequestList items={page.items} viewer="student" />}</QueryState>
    </Stack>
  );
}
