import { Button, Group, SegmentedControl, TextInput } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { lastDays, rangeProblem, type StatsRange } from './range';

const PRESETS = [7, 30, 90, 365] as const;

/**
 * The console's date range: presets or two dates, and the bucket (day or week). A range the API
 * would refuse (reversed, longer than a year, incomplete) is shown as an error and not applied.
 */
export function RangePicker({ value, onChange }: { value: StatsRange; onChange: (range: StatsRange) => void }): ReactNode {
  const { t } = useTranslation();
  const [draft, setDraft] = useState({ from: value.from, to: value.to });
  const problem = rangeProblem(draft);
  const edit = (next: { from: string; to: string }): void => {
    setDraft(next);
    if (!rangeProblem(next)) onChange({ ...value, ...next });
  };
  return (
    <Group align="end" wrap="wrap" gap="sm">
      <Button.Group aria-label={t('admin.range.preset')}>
        {PRESETS.map((days) => (
          <Button
            key={days}
            variant="default"
            onClick={() => {
              const range = lastDays(days, value.interval);
              setDraft(range);
              onChange(range);
            }}
          >
            {t('admin.range.lastDays', { count: days })}
          </Button>
        ))}
      </Button.Group>
      <TextInput type="date" label={t('admin.from')} value={draft.from} max={draft.to} onChange={(e) => edit({ ...draft, from: e.currentTarget.value })} error={problem && problem !== 'admin.range.missing' ? t(problem) : undefined} />
      <TextInput type="date" label={t('admin.to')} value={draft.to} min={draft.from} onChange={(e) => edit({ ...draft, to: e.currentTarget.value })} error={problem === 'admin.range.missing' ? t(problem) : undefined} />
      <SegmentedControl
        aria-label={t('admin.interval')}
        value={value.interval}
        onChange={(interval) => onChange({ ...value, interval: interval as StatsRange['interval'] })}
        data={[
          { value: 'day', label: t('admin.perDay') },
          { value: 'week', label: t('admin.perWeek') },
        ]}
      />
    </Group>
  );
}
