import { Badge, Tabs, Title, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';
import { useSession } from '../app/auth';
import { RequestList } from '../app/RequestList';
import { QueryState } from '../app/states';
import { Mentees } from './Mentees';
import { Settings } from './Settings';
import { MentorStats } from './MentorStats';

type Status = Schemas['RequestDto']['status'];

function useRequests(mentorId: string, status: Status[]) {
  return useQuery({
    queryKey: ['requests', 'mentor', mentorId, status],
    queryFn: () => must(api.GET('/api/request/mentor/{mentor_id}', { params: { path: { mentor_id: mentorId }, query: { limit: 50, status } } })),
  });
}

/** The mentor's dashboard; live, since every stream event refreshes the queries. */
export default function Dashboard(): ReactNode {
  const { t } = useTranslation();
  const id = useSession()?.id ?? '';
  const incoming = useRequests(id, ['pending']);
  const active = useRequests(id, ['accepted']);
  const history = useRequests(id, ['rejected', 'cancelled', 'completed', 'expired']);
  return (
    <Stack maw={960}>
      <Title order={2}>{t('nav.dashboard')}</Title>
      <Tabs defaultValue="incoming" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="incoming" rightSection={incoming.data?.items.length ? <Badge size="sm" data-testid="incoming-count">{incoming.data.items.length}</Badge> : null}>
            {t('dashboard.incoming')}
          </Tabs.Tab>
          <Tabs.Tab value="active">{t('dashboard.active')}</Tabs.Tab>
          <Tabs.Tab value="history">{t('dashboard.history')}</Tabs.Tab>
          <Tabs.Tab value="stats">{t('dashboard.stats')}</Tabs.Tab>
          <Tabs.Tab value="settings">{t('dashboard.settings')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="incoming" pt="md">
          <QueryState query={incoming}>{(page) => <RequestList items={page.items} viewer="mentor" />}</QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="active" pt="md">
          <QueryState query={active}>{(page) => <Mentees requests={page.items} />}</QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="history" pt="md">
          <QueryState query={history}>{(page) => <RequestList items={page.items} viewer="mentor" />}</QueryState>
        </Tabs.Panel>
        <Tabs.Panel value="stats" pt="md">
          <MentorStats mentorId={id} />
        </Tabs.Panel>
        <Tabs.Panel value="settings" pt="md">
          <Settings mentorId={id} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
