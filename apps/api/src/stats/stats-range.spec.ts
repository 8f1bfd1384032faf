import { resolveRange } from './stats-range.js';

const now = new Date('2026-03-10T23:59:59Z');

describe('resolveRange', () => {
  it('defaults to the last 30 days up to today (UTC)', () => {
    expect(resolveRange({}, now)).toEqual({ from: '2026-02-09', to: '2026-03-10', days: 30 });
  });
  it('only `to`: the 30 days ending then; only `from`: up to today', () => {
    expect(resolveRange({ to: '2026-01-31' }, now)).toEqual({ from: '2026-01-02', to: '2026-01-31', days: 30 });
    expect(resolveRange({ from: '2026-03-01' }, now)).toEqual({ from: '2026-03-01', to: '2026-03-10', days: 10 });
  });
  it('one day is a range; 366 days is the most', () => {
    expect(resolveRange({ from: '2026-03-10', to: '2026-03-10' }, now).days).toBe(1);
    expect(resolveRange({ from: '2024-01-01', to: '2024-12-31' }, now).days).toBe(366);
    expect(() => resolveRange({ from: '2025-01-01', to: '2026-01-02' }, now)).toThrow(expect.objectContaining({ status: 400, code: 'STATS.INVALID_RANGE' }));
  });
  it('refuses from after to', () => {
    expect(() => resolveRange({ from: '2026-03-02', to: '2026-03-01' }, now)).toThrow(expect.objectContaining({ status: 400, code: 'STATS.INVALID_RANGE' }));
  });
});
