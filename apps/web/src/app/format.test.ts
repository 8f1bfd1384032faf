import { describe, expect, it } from 'vitest';
import { formatHours } from './format';

describe('formatHours', () => {
  it('writes hours in the interface language, one decimal at most', () => {
    expect(formatHours(41_400, 'ru')).toMatch(/^11,5\s*ч$/);
    expect(formatHours(41_400, 'en')).toMatch(/^11\.5\s*hr$/);
    expect(formatHours(7200, 'en')).toMatch(/^2\s*hr$/);
    expect(formatHours(null, 'ru')).toBe('—');
  });
});
