import type { IndexedPayload } from './encoder.js';

/**
 * One copy of each string the payloads repeat (skills, skill keys and terms, languages, stems): a
 * hundred thousand profiles name a few thousand distinct ones, and each copy would cost its own heap object.
 */
export class SharedStrings {
  private readonly strings = new Map<string, string>();

  one(x: string): string {
    const known = this.strings.get(x);
    if (known !== undefined) return known;
    this.strings.set(x, x);
    return x;
  }

  /** The payload with its strings replaced by the shared copies. */
  payload(p: IndexedPayload): IndexedPayload {
    const all = (xs: string[]): string[] => xs.map((x) => this.one(x));
    return { ...p, skills: all(p.skills), skillKeys: all(p.skillKeys), skillTerms: all(p.skillTerms), terms: all(p.terms), languages: all(p.languages), concepts: all(p.concepts), skillConcepts: all(p.skillConcepts) };
  }

  clear(): void {
    this.strings.clear();
  }
}
