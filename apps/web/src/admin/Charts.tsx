import { Card, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatHours } from '../app/format';
import type { Schemas } from '../api/client';
import { Empty } from '../app/states';
import { Chart, type ChartOption } from './Chart';

type Stats = Schemas['PlatformStatsDto'];
type Series = Schemas['StatsSeriesDto'];

const UNMET = '#c92a2a';

function Figure({ label, value, testId }: { label: string; value: string | number; testId?: string }): ReactNode {
  return (
    <Card withBorder>
      <Text c="dimmed" size="sm">
        {label}
      </Text>
      <Text size="xl" fw={700} data-testid={testId}>
        {value}
      </Text>
    </Card>
  );
}

function ChartCard({ title, option, height }: { title: string; option: ChartOption; height?: number }): ReactNode {
  return (
    <Card withBorder>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Chart option={option} label={title} height={height} />
    </Card>
  );
}

/** Lines (or stacked bars) over the series' buckets. */
function overTime(series: Series, lines: { name: string; values: (number | null)[]; color?: string }[], stack = false): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: series.points.map((p) => p.date) },
    yAxis: { type: 'value', minInterval: 1 },
    series: lines.map((line) => ({ type: stack ? 'bar' : 'line', stack: stack ? 'all' : undefined, name: line.name, data: line.values, itemStyle: line.color ? { color: line.color } : undefined, connectNulls: true })),
  };
}

/** The statistics dashboard: time series per day or week, figures, supply and demand, top mentors. */
export function Charts({ stats, series }: { stats: Stats; series: Series }): ReactNode {
  const { t, i18n } = useTranslation();
  const options = useMemo(() => {
    const p = series.points;
    const skills = stats.skills.slice(0, 15);
    return {
      signUps: overTime(series, [
        { name: t('admin.students'), values: p.map((x) => x.signUps.students) },
        { name: t('admin.mentors'), values: p.map((x) => x.signUps.mentors) },
        { name: t('admin.admins'), values: p.map((x) => x.signUps.admins) },
      ], true),
      searches: overTime(series, [{ name: t('admin.searches'), values: p.map((x) => x.searches) }]),
      requests: overTime(series, [
        { name: t('admin.created'), values: p.map((x) => x.requestsCreated) },
        { name: t('status.accepted'), values: p.map((x) => x.requestsAccepted) },
        { name: t('status.completed'), values: p.map((x) => x.requestsCompleted) },
      ]),
      response: overTime(series, [{ name: t('dashboard.medianResponse'), values: p.map((x) => (x.medianResponseSeconds === null ? null : Math.round(x.medianResponseSeconds / 360) / 10)) }]),
      byStatus: {
        tooltip: { trigger: 'item' },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['40%', '65%'], data: Object.entries(stats.requests.byStatus).map(([name, value]) => ({ name: t(`status.${name}`), value })) }],
      },
      // Demand (requested + searched) beside the free supply; demand with no free mentor is red.
      supply: {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 110, right: 16, top: 8, bottom: 48 },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: skills.map((s) => s.skill) },
        series: [
          { type: 'bar', name: t('admin.available'), data: skills.map((s) => s.availableMentors) },
          { type: 'bar', name: t('admin.demand'), data: skills.map((s) => ({ value: s.requested + s.searched, itemStyle: s.requested + s.searched > s.availableMentors ? { color: UNMET } : undefined })) },
        ],
      },
    } satisfies Record<string, ChartOption>;
  }, [stats, series, t]);
  const rate = stats.requests.acceptanceRate === null ? '—' : `${Math.round(stats.requests.acceptanceRate * 100)}%`;
  const signUps = stats.accounts.createdInRange.total;
  return (
    <Stack>
      <SimpleGrid cols={{ base: 2, md: 4 }}>
        <Figure label={t('admin.signups')} value={signUps} />
        <Figure label={t('admin.requests')} value={stats.requests.total} />
        <Figure label={t('dashboard.acceptanceRate')} value={rate} testId="acceptance-rate" />
        <Figure label={t('dashboard.medianResponse')} value={formatHours(stats.requests.medianResponseSeconds, i18n.language)} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartCard title={t('admin.signUpsOverTime')} option={options.signUps} />
        <ChartCard title={t('admin.searchesOverTime')} option={options.searches} />
        <ChartCard title={t('admin.requestsOverTime')} option={options.requests} />
        <ChartCard title={t('admin.responseOverTime')} option={options.response} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ChartCard title={t('admin.byStatus')} option={options.byStatus} />
        <Card withBorder>
          <Title order={3} size="h5">
            {t('admin.unmetTitle')}
          </Title>
          {stats.unmetDemand.length === 0 ? (
            <Empty text={t('admin.noUnmet')} />
          ) : (
            <Table.ScrollContainer minWidth={280}>
              <Table data-testid="unmet-demand">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('admin.skill')}</Table.Th>
                    <Table.Th>{t('admin.searched')}</Table.Th>
                    <Table.Th>{t('admin.requested')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {stats.unmetDemand.slice(0, 10).map((s) => (
                    <Table.Tr key={s.skill}>
                      <Table.Td c="red.9" fw={600}>
                        {s.skill}
                      </Table.Td>
                      <Table.Td>{s.searched}</Table.Td>
                      <Table.Td>{s.requested}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={3} size="h5">
          {t('admin.supplyDemand')}{' '}
          <Text span c="red.9" size="sm">
            ({t('admin.unmet')})
          </Text>
        </Title>
        {stats.skills.length === 0 ? <Empty /> : <Chart option={options.supply} label={t('admin.supplyDemand')} height={420} />}
      </Card>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TopMentors title={t('admin.topDemand')} rows={stats.topMentorsByDemand.map((m) => [m.mentorId, m.name, String(m.requests), `${m.activeMentees}/${m.capacity}`])} headers={[t('admin.mentor'), t('admin.requests'), t('admin.capacity')]} />
        <TopMentors title={t('admin.topRating')} rows={stats.topMentorsByRating.map((m) => [m.mentorId, m.name, `${m.average?.toFixed(2) ?? '—'} ★`, String(m.count)])} headers={[t('admin.mentor'), t('admin.rating'), t('admin.ratings')]} />
      </SimpleGrid>
    </Stack>
  );
}

function TopMentors({ title, headers, rows }: { title: string; headers: string[]; rows: string[][] }): ReactNode {
  return (
    <Card withBorder>
      <Title order={3} size="h5">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Empty />
      ) : (
        <Table>
          <Table.Thead>
            <Table.Tr>
              {headers.map((h) => (
                <Table.Th key={h}>{h}</Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(([id, ...cells]) => (
              <Table.Tr key={id}>
                {cells.map((cell, i) => (
                  <Table.Td key={i}>{cell}</Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
