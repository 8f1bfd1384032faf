import { Button, Group, Menu, Stack, Tabs, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must } from '../api/client';
import { ErrorAlert, Loading } from '../app/states';
import { AccountsList } from './AccountsList';
import { Charts } from './Charts';
import { lastDays, type StatsRange } from './range';
import { RangePicker } from './RangePicker';
import { RequestsList } from './RequestsList';

type Table = 'series' | 'skills';

/** CSV of the statistics over the range, fetched with the access token and saved as a file. */
async function downloadCsv(table: Table, range: StatsRange): Promise<void> {
  const text = await must(api.GET('/api/stats/export.csv', { params: { query: { table, ...range } }, parseAs: 'text' }));
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: `mentor-match-${table}-${range.from}-${range.to}.csv` });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

function Dashboard({ range }: { range: StatsRange }): ReactNode {
  const query = { from: range.from, to: range.to };
  const stats = useQuery({ queryKey: ['platform-stats', query], queryFn: () => must(api.GET('/api/stats', { params: { query } })) });
  const series = useQuery({ queryKey: ['platform-series', range], queryFn: () => must(api.GET('/api/stats/series', { params: { query: range } })) });
  if (stats.isError || series.isError) return <ErrorAlert error={stats.error ?? series.error} onRetry={() => void Promise.all([stats.refetch(), series.refetch()])} />;
  if (!stats.data || !series.data) return <Loading />;
  return <Charts stats={stats.data} series={series.data} />;
}

/** The admin console: statistics over a date range, requests and accounts to moderate, CSV export. The chart library loads with this page only. */
export default function Console(): ReactNode {
  const { t } = useTranslation();
  const [range, setRange] = useState<StatsRange>(() => lastDays(90));
  const exportCsv = useMutation({ mutationFn: (table: Table) => downloadCsv(table, range) });
  return (
    <Stack>
      <Group justify="space-between" align="end" wrap="wrap">
        <Title order={2}>{t('nav.console')}</Title>
        <Menu position="bottom-end">
          <Menu.Target>
            <Button variant="default" loading={exportCsv.isPending}>
              {t('admin.export')}
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item onClick={() => exportCsv.mutate('series')}>{t('admin.exportSeries')}</Menu.Item>
            <Menu.Item onClick={() => exportCsv.mutate('skills')}>{t('admin.exportSkills')}</Menu.Item>
          </Menu.Dropdown>
        </Menu>
      </Group>
      <RangePicker value={range} onChange={setRange} />
      {exportCsv.isError && <ErrorAlert error={exportCsv.error} />}
      <Tabs defaultValue="stats" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="stats">{t('admin.tabStats')}</Tabs.Tab>
          <Tabs.Tab value="requests">{t('admin.tabRequests')}</Tabs.Tab>
          <Tabs.Tab value="accounts">{t('admin.tabAccounts')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="stats" pt="md">
          <Dashboard range={range} />
        </Tabs.Panel>
        <Tabs.Panel value="requests" pt="md">
          <RequestsList range={range} />
        </Tabs.Panel>
        <Tabs.Panel value="accounts" pt="md">
          <AccountsList />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
