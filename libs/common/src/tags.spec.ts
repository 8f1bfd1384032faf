import { normalizeTags } from './tags.js';

describe('normalizeTags', () => {
  it('trims, lower-cases, folds spaces and de-duplicates in order', () => {
    expect(normalizeTags([' TypeScript ', 'typescript', 'Machine   Learning', '', 'Go'])).toEqual(['typescript', 'machine learning', 'go']);
  });
});
