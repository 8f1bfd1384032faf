import { Badge, Button, Group, Modal, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';
import { useSession } from '../app/auth';
import { Empty, ErrorAlert, QueryState } from '../app/states';
import { toast } from '../app/toast';
import { Pager, useCursorPages } from './Pager';

type Account = Schemas['AdminAccountDto'];
type Kind = Account['kind'];
const PAGE = 20;

/** Suspend or unsuspend, after the admin confirms what it does. */
function ConfirmModeration({ account, onClose }: { account: Account | undefined; onClose: () => void }): ReactNode {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // The account stays on the dialog while it fades out after closing.
  const [shown, setShown] = useState(account);
  if (account && account !== shown) setShown(account);
  const suspend = !shown?.suspendedAt;
  const act = useMutation({
    mutationFn: async (id: string): Promise<void> => {
      const params = { path: { id } };
      await (suspend ? must(api.POST('/api/admin/accounts/{id}/suspend', { params })) : must(api.POST('/api/admin/accounts/{id}/unsuspend', { params })));
    },
    onSuccess: () => {
      toast(t(suspend ? 'admin.suspended' : 'admin.unsuspended', { name: shown?.name }), 'teal');
      void queryClient.invalidateQueries({ queryKey: ['admin-accounts'] });
      void queryClient.invalidateQueries({ queryKey: ['admin-requests'] });
      onClose();
    },
  });
  return (
    <Modal opened={account !== undefined} onClose={onClose} title={t(suspend ? 'admin.confirmSuspend' : 'admin.confirmUnsuspend', { name: shown?.name })} closeButtonProps={{ 'aria-label': t('app.close') }}>
      <Stack>
        <Text size="sm">{t(suspend ? 'admin.suspendEffects' : 'admin.unsuspendEffects')}</Text>
        {act.isError && <ErrorAlert error={act.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('admin.keep')}
          </Button>
          <Button color={suspend ? 'red.9' : 'teal.9'} loading={act.isPending} onClick={() => account && act.mutate(account.id)} data-autofocus>
            {t(suspend ? 'admin.suspend' : 'admin.unsuspend')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** Every account, newest first, filtered by kind, text (email or name) and suspension. */
export function AccountsList(): ReactNode {
  const { t, i18n } = useTranslation();
  const me = useSession()?.id;
  const [kind, setKind] = useState<Kind | null>(null);
  const [suspended, setSuspended] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [q] = useDebouncedValue(text.trim(), 300);
  const [target, setTarget] = useState<Account>();
  const pages = useCursorPages();
  const filters = { kind: kind ?? undefined, q: q || undefined, suspended: suspended === null ? undefined : suspended === 'yes' };
  const list = useQuery({
    queryKey: ['admin-accounts', filters, pages.cursor],
    queryFn: () => must(api.GET('/api/admin/accounts', { params: { query: { ...filters, limit: PAGE, cursor: pages.cursor } } })),
    placeholderData: keepPreviousData,
  });
  const filter = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    pages.reset();
  };
  return (
    <Stack>
      <Group align="end" wrap="wrap">
        <TextInput type="search" label={t('admin.findAccount')} value={text} onChange={(e) => filter(setText)(e.currentTarget.value)} w={280} />
        <Select label={t('admin.kind')} placeholder={t('app.any')} clearable value={kind} onChange={filter((v: string | null) => setKind(v as Kind | null))} data={(['student', 'mentor', 'admin'] as const).map((value) => ({ value, label: t(`auth.${value}`) }))} w={180} />
        <Select label={t('admin.suspension')} placeholder={t('app.any')} clearable value={suspended} onChange={filter(setSuspended)} data={[{ value: 'yes', label: t('admin.onlySuspended') }, { value: 'no', label: t('admin.onlyActive') }]} w={200} />
      </Group>
      <QueryState query={list}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty />
          ) : (
            <Stack>
              <Table.ScrollContainer minWidth={640}>
                <Table striped data-testid="admin-accounts">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('auth.name')}</Table.Th>
                      <Table.Th>{t('auth.email')}</Table.Th>
                      <Table.Th>{t('admin.kind')}</Table.Th>
                      <Table.Th>{t('admin.created')}</Table.Th>
                      <Table.Th>{t('admin.suspension')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {page.items.map((account) => (
                      <Table.Tr key={account.id} data-testid="account-row">
                        <Table.Td>{account.name}</Table.Td>
                        <Table.Td>{account.email}</Table.Td>
                        <Table.Td>{t(`auth.${account.kind}`)}</Table.Td>
                        <Table.Td>{new Date(account.createdAt).toLocaleDateString(i18n.language)}</Table.Td>
                        <Table.Td>
                          <Group gap="xs" wrap="nowrap">
                            {account.suspendedAt && <Badge color="red.9">{t('admin.isSuspended')}</Badge>}
                            {account.id !== me && (
                              <Button size="compact-xs" variant="outline" color={account.suspendedAt ? 'teal.9' : 'red.9'} onClick={() => setTarget(account)}>
                                {t(account.suspendedAt ? 'admin.unsuspend' : 'admin.suspend')}
                              </Button>
                            )}
                          </Group>
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
      <ConfirmModeration account={target} onClose={() => setTarget(undefined)} />
    </Stack>
  );
}
