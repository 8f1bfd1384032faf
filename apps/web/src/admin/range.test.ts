import { describe, expect, it } from 'vitest';
import { lastDays, rangeProblem } from './range';

describe('the console date range', () => {
  const now = Date.parse('2026-03-10T12:00:00Z');

  it('the last N days end today, both inclusive', () => {
    expect(lastDays(7, 'day', now)).toEqual({ from: '2026-03-04', to: '2026-03-10', interval: 'day' });
    expect(lastDays(1, 'week', now)).toEqual({ from: '2026-03-10', to: '2026-03-10', interval: 'week' });
  });

  it('refuses what the API would refuse: incomplete, reversed, longer than 366 days', () => {
    expect(rangeProblem({ from: '2026-03-01', to: '2026-03-10' })).toBeUndefined();
    expect(rangeProblem({ from: '2026-03-10', to: '2026-03-10' })).toBeUndefined();
    expect(rangeProblem({ from: '', to: '2026-03-10' })).toBe('admin.range.missing');
    expect(rangeProblem({ from: '2026-02-30x', to: '2026-03-10' })).toBe('admin.range.missing');
    expect(rangeProblem({ from: '2026-03-11', to: '2026-03-10' })).toBe('admin.range.reversed');
    expect(rangeProblem({ from: '2024-01-01', to: '2024-12-31' })).toBeUndefined(); // 366 days
    expect(rangeProblem({ from: '2024-01-01', to: '2025-01-01' })).toBe('admin.range.tooLong');
  });
});
