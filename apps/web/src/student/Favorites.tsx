import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api/client';
import { Empty, QueryState } from '../app/states';
import { MentorCard } from './MentorCard';

export default function Favorites(): ReactNode {
  const { t } = useTranslation();
  const favorites = useQuery({ queryKey: ['favorites'], queryFn: () => must(api.GET('/api/students/me/favorites', { params: { query: { limit: 50 } } })) });
  return (
    <Stack maw={900}>
      <Title order={2}>{t('nav.favorites')}</Title>
      <QueryState query={favorites}>{(page) => (page.items.length === 0 ? <Empty /> : page.items.map((item) => <MentorCard key={item.mentorId} mentor={item.mentor} />))}</QueryState>
    </Stack>
  );
}
