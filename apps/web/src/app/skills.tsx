import { Group, TagsInput, type TagsInputProps, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';

type Props = Omit<TagsInputProps, 'data' | 'searchValue' | 'onSearchChange' | 'filter' | 'renderOption' | 'value' | 'onChange'> & {
  value: string[];
  onChange: (skills: string[]) => void;
};

/**
 * A skills input (the student's search filter, the mentor's profile) that suggests concepts of the
 * skills graph from GET /api/skills as the user types: by prefix, with typos ("pyton") and in either
 * script ("реакт", "mashinnoe"). A suggestion adds its name in the interface language; any other
 * skill may still be typed (the API maps what it can to a concept and keeps the rest as free tags).
 */
export function SkillsInput({ value, onChange, ...props }: Props): ReactNode {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search.trim(), 150);
  const suggestions = useQuery({
    queryKey: ['skills', typed],
    queryFn: () => must(api.GET('/api/skills', { params: { query: { query: typed || undefined, limit: 8 } } })),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  const language = i18n.language === 'en' ? 'en' : 'ru';
  const byValue = new Map<string, Schemas['SkillSuggestionDto']>();
  for (const s of suggestions.data?.items ?? []) {
    const name = s.labels[language].toLowerCase();
    if (!value.includes(name) && !byValue.has(name)) byValue.set(name, s);
  }
  return (
    <TagsInput
      {...props}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      data={[...byValue].map(([name, s]) => ({ value: name, label: s.labels[language] }))}
      // The server already matched fuzzily and across scripts: "реа" must still show React.
      filter={({ options }) => options}
      renderOption={({ option }) => {
        const s = byValue.get(option.value);
        if (!s) return option.value;
        const label = s.labels[language];
        return (
          <Group gap="xs" wrap="nowrap" data-testid="skill-suggestion">
            <Text size="sm">{label}</Text>
            {s.matched && s.matched.toLowerCase() !== label.toLowerCase() && (
              <Text size="xs" c="dimmed">
                {s.matched}
              </Text>
            )}
            <Text size="xs" c="dimmed" ml="auto">
              {t('skills.mentors', { count: s.mentors })}
            </Text>
          </Group>
        );
      }}
    />
  );
}
