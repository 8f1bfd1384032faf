export interface Part {
  text: string;
  match: boolean;
}

const escape = (term: string): string => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Splits `text` around the matched terms (case-insensitive; a term also marks the rest of the word
 * it starts, since search matches inflected forms: "python" marks "Python's", "сайт" "сайтов").
 */
export function highlightParts(text: string, terms: readonly string[]): Part[] {
  const words = terms.map((term) => term.trim()).filter((term) => term.length > 1);
  if (words.length === 0 || !text) return [{ text, match: false }];
  const pattern = new RegExp(`(${words.map(escape).join('|')})[\\p{L}\\p{N}]*`, 'giu');
  const parts: Part[] = [];
  let last = 0;
  for (const found of text.matchAll(pattern)) {
    const start = found.index;
    if (start > last) parts.push({ text: text.slice(last, start), match: false });
    parts.push({ text: found[0], match: true });
    last = start + found[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}
