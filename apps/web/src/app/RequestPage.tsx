import { Anchor, Button, Card, Group, Rating, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, must, type Schemas } from '../api/client';
import { useSession } from './auth';
import { StatusBadge } from './RequestList';
import { ErrorAlert, QueryState } from './states';

type Status = Schemas['UpdateRequestDto']['status'];
type Reason = NonNullable<Schemas['UpdateRequestDto']['reason']>;
const REASONS: Reason[] = ['no_capacity', 'outside_expertise', 'schedule', 'not_a_fit', 'other'];

/** The transitions the caller may make (the API lists them), with a reason and a note. */
function Transitions({ request }: { request: Schemas['RequestDto'] }): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState<Reason | null>(null);
  const [note, setNote] = useState('');
  const change = useMutation({
    mutationFn: (status: Status) =>
      must(api.PATCH('/api/request/{id}', { params: { path: { id: request.id } }, body: { status, note: note.trim() || undefined, reason: status === 'rejected' || status === 'cancelled' ? (reason ?? undefined) : undefined } })),
    onSuccess: () => {
      setNote('');
      return queryClient.invalidateQueries();
    },
  });
  const allowed = request.allowedTransitions as Status[];
  if (allowed.length === 0) return null;
  const closing = allowed.includes('rejected') || allowed.includes('cancelled');
  return (
    <Card withBorder>
      <Stack>
        {closing && <Select label={t('request.reason')} value={reason} onChange={(value) => setReason(value as Reason | null)} clearable data={REASONS.map((value) => ({ value, label: t(`reason.${value}`) }))} />}
        <Textarea label={t('request.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize />
        {change.isError && <ErrorAlert error={change.error} />}
        <Group>
          {allowed.map((status) => (
            <Button key={status} color={status === 'accepted' ? 'teal' : status === 'rejected' || status === 'cancelled' ? 'red' : 'blue'} onClick={() => change.mutate(status)} loading={change.isPending && change.variables === status}>
              {t(`action.${status}`)}
            </Button>
          ))}
        </Group>
      </Stack>
    </Card>
  );
}

function Conversation({ request }: { request: Schemas['RequestDto'] }): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const messages = useQuery({ queryKey: ['messages', request.id], queryFn: () => must(api.GET('/api/request/{id}/messages', { params: { path: { id: request.id }, query: { limit: 100 } } })) });
  const post = useMutation({
    mutationFn: () => must(api.POST('/api/request/{id}/messages', { params: { path: { id: request.id } }, body: { body } })),
    onSuccess: () => {
      setBody('');
      return queryClient.invalidateQueries({ queryKey: ['messages', request.id] });
    },
  });
  const open = request.status === 'pending' || request.status === 'accepted';
  return (
    <Stack gap="xs">
      <Title order={3}>{t('request.conversation')}</Title>
      <QueryState query={messages}>
        {(page) => (
          <Stack gap={4} aria-live="polite">
            {page.items.map((message) => (
              <Card key={message.id} withBorder p="xs" bg={message.authorRole === 'student' ? undefined : 'var(--mantine-color-blue-light)'}>
                <Text size="xs" c="dimmed">
                  {t(`request.${message.authorRole === 'student' ? 'student' : 'mentor'}`)} · {new Date(message.createdAt).toLocaleString()}
                </Text>
                <Text size="sm">{message.body}</Text>
              </Card>
            ))}
          </Stack>
        )}
      </QueryState>
      {open && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            post.mutate();
          }}
        >
          <Group align="end">
            <Textarea aria-label={t('request.writeMessage')} placeholder={t('request.writeMessage')} value={body} onChange={(e) => setBody(e.currentTarget.value)} style={{ flex: 1 }} autosize />
            <Button type="submit" disabled={!body.trim()} loading={post.isPending}>
              {t('app.send')}
            </Button>
          </Group>
          {post.isError && <ErrorAlert error={post.error} />}
        </form>
      )}
    </Stack>
  );
}

function RateForm({ mentorId }: { mentorId: string }): ReactNode {
  const { t } = useTranslation();
  const [score, setScore] = useState(5);
  const [comment, setComment] = useState('');
  const rate = useMutation({ mutationFn: () => must(api.POST('/api/mentors/{id}/score', { params: { path: { id: mentorId } }, body: { score, comment: comment || undefined } })) });
  if (rate.isSuccess) return <Text c="teal">{t('request.rated')}</Text>;
  return (
    <Card withBorder>
      <Stack>
        <Text fw={600}>{t('request.rate')}</Text>
        <Rating value={score} onChange={setScore} aria-label={t('request.rate')} />
        <Textarea label={t('request.comment')} value={comment} onChange={(e) => setComment(e.currentTarget.value)} autosize />
        {rate.isError && <ErrorAlert error={rate.error} />}
        <Button onClick={() => rate.mutate()} loading={rate.isPending}>
          {t('app.send')}
        </Button>
      </Stack>
    </Card>
  );
}

function RequestView({ request }: { request: Schemas['RequestDto'] }): ReactNode {
  const { t } = useTranslation();
  const role = useSession()?.role;
  const closed = !['pending', 'accepted'].includes(request.status);
  return (
    <Stack maw={800}>
      <Group justify="space-between">
        <Title order={2}>{role === 'student' ? request.mentorName : request.studentName}</Title>
        <StatusBadge status={request.status} />
      </Group>
      {role === 'mentor' && request.student && (
        <Text c="dimmed">
          {request.student.about} {request.student.interests.join(', ')}
        </Text>
      )}
      <Card withBorder>
        <Text size="xs" c="dimmed">
          {t('request.message')}
        </Text>
        <Text>{request.message}</Text>
        {request.status === 'pending' && request.expiresAt && (
          <Text size="xs" c="dimmed">
            {t('request.expires', { date: new Date(request.expiresAt).toLocaleDateString() })}
          </Text>
        )}
        {request.closeReason && (
          <Text size="sm">
            {t('request.reason')}: {t(`reason.${request.closeReason}`)}
          </Text>
        )}
      </Card>
      <Transitions request={request} />
      {role === 'student' && (request.status === 'accepted' || request.status === 'completed') && <RateForm mentorId={request.mentorId} />}
      {role === 'student' && closed && (
        <Anchor component={Link} to={`/student/mentors/${request.mentorId}`}>
          {t('request.askAgain')}
        </Anchor>
      )}
      <Conversation request={request} />
    </Stack>
  );
}

export default function RequestPage(): ReactNode {
  const { id = '' } = useParams();
  const request = useQuery({ queryKey: ['request', id], queryFn: () => must(api.GET('/api/request/{id}', { params: { path: { id } } })) });
  return <QueryState query={request}>{(data) => <RequestView request={data} />}</QueryState>;
}
