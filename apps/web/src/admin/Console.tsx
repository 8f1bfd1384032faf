import { Card, Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, must, type Schemas } from '../api/client';
import { QueryState } from '../app/states';
import { Chart } from './Chart';

const day = (offset: number): string => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

function Figure({ label, value }: { label: string; value: string | number }): ReactNode {
  return (
    <Card withBorder>
      <Text c="dimmed" size="sm">
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {value}
      </Text>
    </Card>
  );
}

function Dashboard({ stats }: { stats: Schemas['PlatformStatsDto'] }): ReactNode {
  const { t } = useTranslation();
  const perDay = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: stats.requestsPerDay.map((d) => d.date) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: 'line', name: t('admin.requests'), data: stats.requestsPerDay.map((d) => d.count), smooth: true, areaStyle: {} }],
    }),
    [stats, t],
  );
  const byStatus = useMemo(
    () => ({
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['40%', '70%'], data: Object.entries(stats.requests.byStatus).map(([name, value]) => ({ name: t(`status.${name}`), value })) }],
    }),
    [stats, t],
  );
  const skills = stats.skills.slice(0, 15);
  const supply = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: {},
      grid: { left: 110 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: skills.map((s) => s.skill) },
      series: [
        { type: 'bar', name: t('admin.available'), data: skills.map((s) => s.availableMentors) },
        // Demand above the free supply is unmet: those bars are red.
        { type: 'bar', name: t('admin.requested'), data: skills.map((s) => ({ value: s.requested + s.searched, itemStyle: s.requested + s.searched > s.availableMentors ? { color: '#e03131' } : undefined })) },
      ],
    }),
    [skills, t],
  );
  const rate = stats.requests.acceptanceRate === null ? '—' : `${Math.round(stats.requests.acceptanceRate * 100)}%`;
  const median = stats.requests.medianResponseSeconds === null ? '—' : `${(stats.requests.medianResponseSeconds / 3600).toFixed(1)} h`;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('admin.signups')} value={stats.accounts.createdInRange.total} />
        <Figure label={t('admin.requests')} value={stats.requests.total} />
        <Figure label={t('dashboard.acceptanceRate')} value={rate} />
        <Figure label={t('dashboard.medianResponse')} value={median} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h5">
            {t('dashboard.requestsPerDay')}
          </Title>
          <Chart option={perDay} label={t('dashboard.requestsPerDay')} />
        </Card>
        <Card withBorder>
          <Title order={3} size="h5">
            {t('admin.byStatus')}
          </Title>
          <Chart option={byStatus} label={t('admin.byStatus')} />
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h5">
          {t('admin.supplyDemand')} <Text span c="red.9" size="sm">({t('admin.unmet')})</Text>
        </Title>
        <Chart option={supply} label={t('admin.supplyDemand')} height={420} />
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={3} size="h5">
            {t('admin.topDemand')}
          </Title>
          <Table>
            <Table.Tbody>
              {stats.topMentorsByDemand.map((m) => (
                <Table.Tr key={m.mentorId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.requests}</Table.Td>
                  <Table.Td>
                    {m.activeMentees}/{m.capacity}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
        <Card withBorder>
          <Title order={3} size="h5">
            {t('admin.topRating')}
          </Title>
          <Table>
            <Table.Tbody>
              {stats.topMentorsByRating.map((m) => (
                <Table.Tr key={m.mentorId}>
                  <Table.Td>{m.name}</Table.Td>
                  <Table.Td>{m.average?.toFixed(2)} ★</Table.Td>
                  <Table.Td>{m.count}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      </SimpleGrid>
    </Stack>
  );
}

/** The admin's statistics console over a date range (the chart library loads with this page only). */
export default function Console(): ReactNode {
  const { t } = useTranslation();
  const [from, setFrom] = useState(day(-89));
  const [to, setTo] = useState(day(0));
  const stats = useQuery({ queryKey: ['platform-stats', from, to], queryFn: () => must(api.GET('/api/stats', { params: { query: { from, to } } })) });
  return (
    <Stack>
      <Group justify="space-between" align="end">
        <Title order={2}>{t('nav.console')}</Title>
        <Group>
          <TextInput type="date" label={t('admin.from')} value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          <TextInput type="date" label={t('admin.to')} value={to} onChange={(e) => setTo(e.currentTarget.value)} />
        </Group>
      </Group>
      <QueryState query={stats}>{(data) => <Dashboard stats={data} />}</QueryState>
    </Stack>
  );
}
