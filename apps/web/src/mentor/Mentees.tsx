import { Anchor, Card, Group, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, must, type Schemas } from '../api/client';
import { Empty } from '../app/states';

function Mentee({ request }: { request: Schemas['RequestDto'] }): ReactNode {
  const { t } = useTranslation();
  const profile = useQuery({ queryKey: ['student', request.studentId], queryFn: () => must(api.GET('/api/students/{id}', { params: { path: { id: request.studentId } } })) });
  const contacts = profile.data?.contacts as Schemas['StudentContactsDto'] | null | undefined;
  return (
    <Card withBorder data-testid="mentee">
      <Group justify="space-between">
        <Anchor component={Link} to={`/mentor/requests/${request.id}`} fw={600}>
          {request.studentName}
        </Anchor>
      </Group>
      <Text size="sm" c="dimmed" lineClamp={2}>
        {profile.data?.about}
      </Text>
      {contacts && (
        <Text size="sm">
          {t('mentor.contacts')}: {contacts.email} {contacts.telegram}
        </Text>
      )}
    </Card>
  );
}

/** Accepted requests: the mentees, with their contacts. */
export function Mentees({ requests }: { requests: Schemas['RequestDto'][] }): ReactNode {
  if (requests.length === 0) return <Empty />;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      {requests.map((request) => (
        <Mentee key={request.id} request={request} />
      ))}
    </SimpleGrid>
  );
}
