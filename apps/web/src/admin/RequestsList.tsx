import { Anchor, Group, MultiSelect, Stack, Table, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';
import { StatusBadge } from '../app/RequestList';
import { Empty, QueryState } from '../app/states';
import { Pager, useCursorPages } from './Pager';
import type { StatsRange } from './range';

type Status = Schemas['RequestDto']['status'];
const STATUSES: Status[] = ['pending', 'accepted', 'rejected', 'cancelled', 'completed', 'expired'];
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PAGE = 20;

/** Every request in the range, newest first, filtered by status and by mentor or student (a click on a name). */
export function RequestsList({ range }: { range: StatsRange }): ReactNode {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<Status[]>([]);
  const [mentorId, setMentorId] = useState('');
  const [studentId, setStudentId] = useState('');
  const pages = useCursorPages();
  const valid = (id: string): boolean => id === '' || UUID.test(id);
  const filters = { status: status.length ? status : undefined, mentorId: mentorId || undefined, studentId: studentId || undefined, from: range.from, to: range.to };
  const list = useQuery({
    queryKey: ['admin-requests', filters, pages.cursor],
    queryFn: () => must(api.GET('/api/admin/requests', { params: { query: { ...filters, limit: PAGE, cursor: pages.cursor } } })),
    enabled: valid(mentorId) && valid(studentId),
    placeholderData: keepPreviousData,
  });
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    pages.reset();
  };
  return (
    <Stack>
      <Group align="end" wrap="wrap">
        <MultiSelect label={t('admin.status')} placeholder={t('app.any')} data={STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))} value={status} onChange={filter((v: string[]) => setStatus(v as Status[]))} clearable w={280} />
        <TextInput label={t('admin.mentorId')} value={mentorId} onChange={(e) => filter(setMentorId)(e.currentTarget.value.trim())} error={valid(mentorId) ? undefined : t('admin.invalidId')} w={320} />
        <TextInput label={t('admin.studentId')} value={studentId} onChange={(e) => filter(setStudentId)(e.currentTarget.value.trim())} error={valid(studentId) ? undefined : t('admin.invalidId')} w={320} />
      </Group>
      <QueryState query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty />
          ) : (
            <Stack>
              <Table.ScrollContainer minWidth={720}>
                <Table striped data-testid="admin-requests">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('admin.created')}</Table.Th>
                      <Table.Th>{t('request.student')}</Table.Th>
                      <Table.Th>{t('request.mentor')}</Table.Th>
                      <Table.Th>{t('admin.status')}</Table.Th>
                      <Table.Th>{t('request.message')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((r) => (
                      <Table.Tr key={r.id}>
                        <Table.Td>{new Date(r.createdAt).toLocaleString(i18n.language)}</Table.Td>
                        <Table.Td>
                          <Anchor component="button" type="button" onClick={() => filter(setStudentId)(r.studentId)}>
                            {r.studentName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Anchor component="button" type="button" onClick={() => filter(setMentorId)(r.mentorId)}>
                            {r.mentorName}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <StatusBadge status={r.status} />
                        </Table.Td>
                        <Table.Td maw={320} style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>
                          {r.message}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
              <Pager page={pages.page} total={page.total} nextCursor={page.nextCursor} onNext={pages.next} onPrevious={pages.previous} />
            </Stack>
          )
        }
      </QueryState>
    </Stack>
  );
}
