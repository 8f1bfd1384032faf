import { Card, Group, Progress, RingProgress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../app/format';
import { api, must } from '../api/client';
import { QueryState } from '../app/states';


/** The mentor's own figures over 90 days, drawn with Mantine (the chart library stays in the console). */
export function MentorStats({ mentorId }: { mentorId: string }): ReactNode {
  const { t, i18n } = useTranslation();
  const stats = useQuery({ queryKey: ['stats', mentorId], queryFn: () => must(api.GET('/api/stats/{mentorId}', { params: { path: { mentorId } } })) });
  return (
    <QueryState query={stats}>
      {(data) => {
        const max = Math.max(1, ...data.requestsPerDay.map((day) => day.count));
        const rate = Math.round((data.requests.acceptanceRate ?? 0) * 100);
        return (
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Card withBorder>
                <Group>
                  <RingProgress size={80} sections={[{ value: rate, color: 'teal' }]} label={<Text ta="center">{rate}%</Text>} />
                  <Text>{t('dashboard.acceptanceRate')}</Text>
                </Group>
              </Card>
              <Card withBorder>
                <Text c="dimmed">{t('dashboard.medianResponse')}</Text>
                <Text size="xl" fw={700}>
                  {formatHours(data.requests.medianResponseSeconds, i18n.language)}
                </Text>
              </Card>
              <Card withBorder>
                <Text c="dimmed">{t('dashboard.completed')}</Text>
                <Text size="xl" fw={700}>
                  {data.completedMentorships.inRange} / {data.completedMentorships.allTime}
                </Text>
              </Card>
            </SimpleGrid>
            <Title order={3}>{t('dashboard.requestsPerDay')}</Title>
            <Stack gap={2}>
              {data.requestsPerDay
                .filter((day) => day.count > 0)
                .map((day) => (
                  <Group key={day.date} gap="xs" wrap="nowrap">
                    <Text size="xs" w={90}>
                      {day.date}
                    </Text>
                    <Progress value={(day.count / max) * 100} style={{ flex: 1 }} aria-label={`${day.date}: ${day.count}`} />
                    <Text size="xs" w={24}>
                      {day.count}
                    </Text>
                  </Group>
                ))}
            </Stack>
          </Stack>
        );
      }}
    </QueryState>
  );
}
