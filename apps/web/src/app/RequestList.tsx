import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Schemas } from '../api/client';
import { Empty } from './states';

const COLORS: Record<string, string> = { pending: 'violet', accepted: 'teal', rejected: 'red', cancelled: 'gray', completed: 'blue', expired: 'gray' };

export function StatusBadge({ status }: { status: string }): ReactNode {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} data-testid="status">
      {t(`status.${status}`)}
    </Badge>
  );
}

/** Requests as cards, linking to their page; the other party's summary shown. */
export function RequestList({ items, viewer }: { items: Schemas['RequestDto'][]; viewer: 'student' | 'mentor' }): ReactNode {
  if (items.length === 0) return <Empty />;
  return (
    <Stack gap="xs">
      {items.map((request) => (
        <Card key={request.id} withBorder p="sm" data-testid="request-card">
          <Group justify="space-between" wrap="nowrap">
            <Anchor component={Link} to={`/${viewer}/requests/${request.id}`} fw={600}>
              {viewer === 'student' ? request.mentorName : request.studentName}
            </Anchor>
            <Group gap={6}>
              {request.unreadMessages ? <Badge variant="light">{request.unreadMessages} ✉</Badge> : null}
              <StatusBadge status={request.status} />
            </Group>
          </Group>
          {viewer === 'mentor' && request.student && (
            <Text size="sm" c="dimmed" lineClamp={2}>
              {request.student.about} {request.student.interests.join(', ')}
            </Text>
          )}
          <Text size="sm" lineClamp={2}>
            {request.message}
          </Text>
        </Card>
      ))}
    </Stack>
  );
}
