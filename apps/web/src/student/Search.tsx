import { Button, Group, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';
import { useSession } from '../app/auth';
import { SkillsInput } from '../app/skills';
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
        <SkillsInput label={t('search.skills')} value={skills} onChange={setSkills} clearable w={280} />
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
      {!text.trim() && skills.length === 0 && <Recommended />}
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

type Recommendation = Schemas['RecommendedMentorDto'];

/** The names of the matched concepts in both languages, to mark them on the card like a search hit's terms. */
const matchedNames = (item: Recommendation): string[] =>
  item.mentor.concepts.filter((c) => item.matched.includes(c.id)).flatMap((c) => [c.labels.en, c.labels.ru]);

/** Why this mentor: the strongest reason, in the interface language. */
function Reason({ item }: { item: Recommendation }): ReactNode {
  const { t, i18n } = useTranslation();
  const reason = item.reasons[0];
  if (!reason) return null;
  const language = i18n.language === 'en' ? 'en' : 'ru';
  const text =
    reason.source === 'interest'
      ? t('recommended.because', { concept: reason.because.labels[language] })
      : t('recommended.becauseRequest', { concept: reason.concept.labels[language] });
  return (
    <Text size="sm" c="dimmed" data-testid="recommendation-reason">
      {text}
    </Text>
  );
}

/** "Recommended for you": a signed-in student with an empty search box sees mentors for their interests and past requests. */
function Recommended(): ReactNode {
  const { t } = useTranslation();
  const session = useSession();
  const student = session?.role === 'student';
  const recommended = useQuery({
    queryKey: ['recommended', session?.id],
    queryFn: () => must(api.GET('/api/mentors/recommended', { params: { query: { limit: 3 } } })),
    enabled: student,
  });
  const items = recommended.data?.items ?? [];
  if (!student || items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="recommended-title" data-testid="recommended">
      <Title order={2} size="h4" id="recommended-title">
        {t('recommended.title')}
      </Title>
      {items.map((item) => (
        <Stack key={item.mentor.id} gap={4}>
          <MentorCard mentor={item.mentor} matched={matchedNames(item)} />
          <Reason item={item} />
        </Stack>
      ))}
    </Stack>
  );
}
