import { Button, Group, Select, Stack, Switch, TagsInput, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api/client';
import { SKILL_SUGGESTIONS } from '../app/skills';
import { Empty, ErrorAlert, Loading } from '../app/states';
import { MentorCard } from './MentorCard';

/** The student's first screen: free-text search (RU/EN) with filters, paged by cursor. */
export function Search(): ReactNode {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [skills, setSkills] = useState<string[]>([]);
  const [language, setLanguage] = useState<string | null>(null);
  const [acceptingOnly, setAcceptingOnly] = useState(false);
  const [query] = useDebouncedValue(text.trim(), 300);
  const filters = { query: query || undefined, skills: skills.length ? skills.join(',') : undefined, language: language ?? undefined, acceptingOnly: acceptingOnly || undefined, limit: 10 };
  const results = useInfiniteQuery({
    queryKey: ['search', filters],
    queryFn: ({ pageParam }) => must(api.GET('/api/mentors', { params: { query: { ...filters, cursor: pageParam } } })),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const hits = results.data?.pages.flatMap((page) => page.items) ?? [];
  const total = results.data?.pages[0]?.total;
  return (
    <Stack maw={900}>
      <TextInput size="md" type="search" aria-label={t('search.placeholder')} placeholder={t('search.placeholder')} value={text} onChange={(e) => setText(e.currentTarget.value)} />
      <Group align="end">
        <TagsInput label={t('search.skills')} data={SKILL_SUGGESTIONS} value={skills} onChange={setSkills} clearable w={280} />
        <Select
          label={t('search.language')}
          value={language}
          onChange={setLanguage}
          clearable
          placeholder={t('app.any')}
          data={[
            { value: 'ru', label: 'Русский' },
            { value: 'en', label: 'English' },
          ]}
          w={160}
        />
        <Switch label={t('search.acceptingOnly')} checked={acceptingOnly} onChange={(e) => setAcceptingOnly(e.currentTarget.checked)} mb={8} />
      </Group>
      {results.isPending && <Loading />}
      {results.isError && <ErrorAlert error={results.error} onRetry={() => void results.refetch()} />}
      {results.isSuccess && hits.length === 0 && <Empty text={t('search.none')} />}
      {total !== undefined && hits.length > 0 && <Text c="dimmed">{t('search.found', { count: total })}</Text>}
      {hits.map((hit) => (
        <MentorCard key={hit.mentor.id} mentor={hit.mentor} matched={hit.matched} />
      ))}
      {results.hasNextPage && (
        <Button variant="light" onClick={() => void results.fetchNextPage()} loading={results.isFetchingNextPage}>
          {t('app.loadMore')}
        </Button>
      )}
    </Stack>
  );
}
