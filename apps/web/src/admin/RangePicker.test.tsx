import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render';
import { RangePicker } from './RangePicker';

describe('the console date range picker', () => {
  const value = { from: '2026-03-01', to: '2026-03-10', interval: 'day' as const };

  it('applies a valid range and refuses a reversed one with a message', async () => {
    const onChange = vi.fn();
    await renderInApp(<RangePicker value={value} onChange={onChange} />, 'en');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-05' } });
    expect(onChange).toHaveBeenLastCalledWith({ ...value, from: '2026-03-05' });
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-03-20' } });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(screen.getByText('The start is after the end')).toBeTruthy();
  });

  it('has presets and the bucket switch', async () => {
    const onChange = vi.fn();
    await renderInApp(<RangePicker value={value} onChange={onChange} />, 'ru');
    await userEvent.click(screen.getByRole('button', { name: '30 дн.' }));
    const range = onChange.mock.calls[0][0] as typeof value;
    expect((Date.parse(range.to) - Date.parse(range.from)) / 86_400_000).toBe(29);
    await userEvent.click(screen.getByText('По неделям'));
    expect(onChange).toHaveBeenLastCalledWith({ ...value, interval: 'week' });
  });
});
