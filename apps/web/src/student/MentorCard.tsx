import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { Highlight } from './Highlight';

export function RatingText({ rating }: { rating: Schemas['RatingDto'] }): ReactNode {
  const { t } = useTranslation();
  return <Text size="sm">{rating.count > 0 ? t('mentor.rating', { average: (rating.average ?? 0).toFixed(1), count: rating.count }) : t('mentor.noRating')}</Text>;
}

export function AvailabilityBadge({ mentor }: { mentor: Schemas['MentorDto'] }): ReactNode {
  const { t } = useTranslation();
  return (
    <Badge color={mentor.available ? 'teal' : 'gray'}>
      {t(mentor.available ? 'mentor.available' : 'mentor.unavailable')}
    </Badge>
  );
}

/** One search result: the mentor, with the terms that matched marked. */
export function MentorCard({ mentor, matched = [] }: { mentor: Schemas['MentorDto']; matched?: readonly string[] }): ReactNode {
  const { t } = useTranslation();
  const lower = matched.map((term) => term.toLowerCase());
  return (
    <Card withBorder component="article" data-testid="mentor-card">
      <Stack gap={6}>
        <Group justify="space-between">
          <Anchor component={Link} to={`/student/mentors/${mentor.id}`} fw={700} size="lg">
            {mentor.name}
          </Anchor>
          <AvailabilityBadge mentor={mentor} />
        </Group>
        <Text fw={500}>
          <Highlight text={mentor.expertise} terms={matched} />
        </Text>
        <Text size="sm" lineClamp={3}>
          <Highlight text={mentor.bio} terms={matched} />
        </Text>
        <Group gap={4}>
          {mentor.skills.map((skill) => (
            <Badge key={skill} variant={lower.includes(skill.toLowerCase()) ? 'filled' : 'outline'} size="sm">
              {skill}
            </Badge>
          ))}
        </Group>
        <Group gap="md">
          <RatingText rating={mentor.rating} />
          <Text size="sm" c="dimmed">
            {t('mentor.mentees', { active: mentor.activeMentees, capacity: mentor.capacity })}
          </Text>
          <Text size="sm" c="dimmed">
            {mentor.languages.join(', ').toUpperCase()}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}
