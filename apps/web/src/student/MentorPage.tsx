import { Anchor, Badge, Button, Card, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, must, type Schemas } from '../api/client';
import { useSession } from '../app/auth';
import { Empty, ErrorAlert, QueryState } from '../app/states';
import { AvailabilityBadge, RatingText } from './MentorCard';
import { toast } from '../app/toast';

/** The caller's relation (the schema leaves it untyped): open request, rating, favourite. */
interface Relation {
  openRequest: { id: string; status: 'pending' | 'accepted' } | null;
  rating: number | null;
  favorite: boolean;
}

function AskForm({ mentorId }: { mentorId: string }): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () => must(api.POST('/api/request', { body: { mentorId, message } })),
    onSuccess: () => {
      setMessage('');
      toast(t('mentor.asked'), 'teal');
      return queryClient.invalidateQueries();
    },
  });
  return (
    <Card withBorder>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send.mutate();
        }}
      >
        <Stack>
          <Textarea label={t('mentor.askTitle')} placeholder={t('mentor.askPlaceholder')} value={message} onChange={(e) => setMessage(e.currentTarget.value)} minRows={3} autosize required />
          {send.isError && <ErrorAlert error={send.error} />}
          <Button type="submit" loading={send.isPending} disabled={!message.trim()}>
            {t('app.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function Ratings({ mentorId }: { mentorId: string }): ReactNode {
  const { t } = useTranslation();
  const ratings = useQuery({ queryKey: ['ratings', mentorId], queryFn: () => must(api.GET('/api/mentors/{id}/ratings', { params: { path: { id: mentorId }, query: { limit: 10 } } })) });
  return (
    <Stack gap="xs">
      <Title order={3}>{t('mentor.ratings')}</Title>
      <QueryState query={ratings}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty />
          ) : (
            page.items.map((rating) => (
              <Card key={rating.id} withBorder p="sm">
                <Text fw={600}>
                  {'★'.repeat(rating.score)} {rating.studentName}
                </Text>
                {rating.comment && <Text size="sm">{rating.comment}</Text>}
              </Card>
            ))
          )
        }
      </QueryState>
    </Stack>
  );
}

function MentorProfile({ mentor }: { mentor: Schemas['MentorDto'] }): ReactNode {
  const { t } = useTranslation();
  const session = useSession();
  const queryClient = useQueryClient();
  const relation = mentor.relation as Relation | null | undefined;
  const favorite = useMutation({
    mutationFn: () =>
      relation?.favorite
        ? must(api.DELETE('/api/mentors/{id}/favorite', { params: { path: { id: mentor.id } } }))
        : must(api.PUT('/api/mentors/{id}/favorite', { params: { path: { id: mentor.id } }, body: {} })),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const contacts = mentor.contacts as Schemas['MentorContactsDto'] | null | undefined;
  return (
    <Stack maw={800}>
      <Group justify="space-between">
        <Title order={2}>{mentor.name}</Title>
        <AvailabilityBadge mentor={mentor} />
      </Group>
      <Text fw={500}>{mentor.expertise}</Text>
      <Text>{mentor.bio}</Text>
      <Group gap={4}>
        {mentor.skills.map((skill) => (
          <Badge key={skill} variant="outline">
            {skill}
          </Badge>
        ))}
      </Group>
      <Group>
        <RatingText rating={mentor.rating} />
        <Text size="sm">{t('mentor.experience', { count: mentor.experienceYears })}</Text>
        <Text size="sm">{t('mentor.mentees', { active: mentor.activeMentees, capacity: mentor.capacity })}</Text>
      </Group>
      {contacts && (
        <Text size="sm">
          {t('mentor.contacts')}: {contacts.email} {contacts.telegram}
        </Text>
      )}
      {session?.role === 'student' && relation && (
        <Group>
          <Button variant="light" onClick={() => favorite.mutate()} loading={favorite.isPending}>
            {t(relation.favorite ? 'mentor.unfavorite' : 'mentor.favorite')}
          </Button>
          {relation.openRequest && (
            <Anchor component={Link} to={`/student/requests/${relation.openRequest.id}`}>
              {t('mentor.yourRequest', { status: t(`status.${relation.openRequest.status}`) })}
            </Anchor>
          )}
          {relation.rating !== null && <Text>{t('mentor.yourRating', { score: relation.rating })}</Text>}
        </Group>
      )}
      {favorite.isError && <ErrorAlert error={favorite.error} />}
      {session?.role === 'student' && !relation?.openRequest && <AskForm mentorId={mentor.id} />}
      <Ratings mentorId={mentor.id} />
    </Stack>
  );
}

export default function MentorPage(): ReactNode {
  const { id = '' } = useParams();
  const mentor = useQuery({ queryKey: ['mentor', id], queryFn: () => must(api.GET('/api/mentors/{id}', { params: { path: { id } } })) });
  return <QueryState query={mentor}>{(data) => <MentorProfile mentor={data} />}</QueryState>;
}
