/**
 * Text primitives of the concepts library: normalisation, tokens, transliteration both ways,
 * stemming and a cross-script sound key. Pure functions, no state besides the stemmers.
 */
import cyrillicToTranslitModule from 'cyrillic-to-translit-js';
import snowball from 'snowball-stemmers';

/** The package is CommonJS whose typings declare an ES default export: at run time the default import is the factory. */
type TranslitFactory = (config: { preset: 'ru' }) => { transform(input: string): string; reverse(input: string): string };
const translit = (cyrillicToTranslitModule as unknown as TranslitFactory)({ preset: 'ru' });
const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

const CYRILLIC = /[а-я]/;
const LATIN = /[a-z]/;

/**
 * Lower case, ё→е, typographic quotes and dashes unified, punctuation other than the marks that are
 * part of skill names (c++, c#, .net, node.js, ci/cd, a/b) turned into spaces, spaces collapsed.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/[‐-―−]/g, '-')
    .replace(/[^\p{L}\p{N}+#./\s-]/gu, ' ')
    .replace(/(^|\s)[./-]+|[./-]+(?=\s|$)/g, '$1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tokens of a normalised text: whitespace and hyphen separated; dots and slashes stay inside words. */
export function tokenize(normalized: string): string[] {
  return normalized.split(/[\s-]+/).filter((token) => token.length > 0);
}

export function isCyrillic(token: string): boolean {
  return CYRILLIC.test(token);
}

export function isLatin(token: string): boolean {
  return LATIN.test(token) && !CYRILLIC.test(token);
}

/** Cyrillic → Latin (Russian preset of cyrillic-to-translit-js); Latin text is returned as is. */
export function toLatin(text: string): string {
  return translit.transform(text);
}

/**
 * Informal Latin spellings of Russian that the transliteration table does not read: a lone "h" for
 * х ("hochu"), "ye" after a vowel for е ("obucheniye"), "y" between a vowel and a consonant for й
 * ("neyroseti").
 */
const INFORMAL_LATIN: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?<![szcktg])h/g, 'kh'],
  [/(?<=[aeiou])ye/g, 'e'],
  [/(?<=[aeiou])y(?=[^aeiouy]|$)/g, 'й'],
];

/** Latin-typed Russian → Cyrillic ("mashinnoe obuchenie" → "машинное обучение", "hochu" → "хочу"). */
export function toCyrillic(text: string): string {
  let latin = text.toLowerCase();
  for (const [pattern, replacement] of INFORMAL_LATIN) latin = latin.replace(pattern, replacement);
  return translit.reverse(latin);
}

const STEM_CACHE_SIZE = 50_000;
const stems = new Map<string, string>();

/** Snowball stem, Russian for Cyrillic tokens, English otherwise (memoised: words repeat a lot). */
export function stem(token: string): string {
  let result = stems.get(token);
  if (result === undefined) {
    result = isCyrillic(token) ? russian.stem(token) : english.stem(token);
    if (stems.size >= STEM_CACHE_SIZE) stems.clear();
    stems.set(token, result);
  }
  return result;
}

/** A vowel's "i" before a consonant is as often "й" as "и": "dizain" is "дизайн", "poisk" is "поиск". */
const VOWEL_I = /(?<=[aeou])i(?=[^aeiouy']|$)/g;

/**
 * Russian stems of a Latin word read as Latin-typed Russian: one reading, or two when a vowel's "i"
 * may be "й" ("dizainu" → "дизаин" and "дизайн"); none when it is too short or not plausible.
 */
export function stemsAsLatinTypedRussian(token: string): string[] {
  if (!/^[a-z']{5,}$/.test(token)) return [];
  const readings = new Set([toCyrillic(token), toCyrillic(token.replace(VOWEL_I, 'й'))]);
  return [...readings].filter((cyrillic) => /^[а-яй]+$/.test(cyrillic)).map(stem);
}

const SOUND_RULES: ReadonlyArray<readonly [RegExp, string]> = [
  [/shch|sch/g, 'sh'],
  [/tch/g, 'ch'],
  [/dzh|dj|zh/g, 'j'],
  [/ph/g, 'f'],
  [/th/g, 't'],
  [/kh/g, 'h'],
  [/ck|c|q/g, 'k'],
  [/x/g, 'ks'],
  [/w/g, 'v'],
  [/(?<=.)[aeiouy']/g, ''],
  [/(.)\1+/g, '$1'],
];

/**
 * A rough sound key shared by both scripts: Cyrillic is transliterated, then consonant spellings
 * are unified and vowels after the first letter dropped, so "тайпскрипт" and "typescript"
 * (tpskrpt) or "ангуляр" and "angular" (anglr) meet. Short keys are too rough to use.
 */
export function soundKey(token: string): string {
  let key = isCyrillic(token) ? toLatin(token) : token;
  key = key.replace(/[^a-z0-9']/g, '');
  for (const [pattern, replacement] of SOUND_RULES) key = key.replace(pattern, replacement);
  return key;
}

const STOP_WORDS_EN = `a an the and or of for to in on at with by from into about as is are be am was were i i'm im me my we
our you your it its this that these those want wants wanted would like need needs help learn learning looking someone
somebody mentor mentors please how what who which can could get got do does start become
developer developers engineer engineers specialist`;

const STOP_WORDS_RU = `а и или но в во на с со к ко у о об от до по за из под над для без при про как что кто где
когда чтобы это этот эта эти я мне меня мой моя мои мы нам нас наш ты вы вам вас ваш он она они их его ее же ли бы
не ни то так тоже уже еще очень хочу хочется хотел хотела хотим нужен нужна нужно нужны помочь помогите помощь
научиться научите научить изучить изучать разобраться понять подтянуть ищу ищем найти ментор ментора менторы
наставник наставника стать начать
разработчик разработчика разработчиком разработка разработки инженер инженера инженером специалист`;

const STOP_LIST = `${STOP_WORDS_EN} ${STOP_WORDS_RU}`.split(/\s+/).filter(Boolean);

/** Function words and request phrasing that never identify a concept on their own. */
export const STOP_WORDS: ReadonlySet<string> = new Set(STOP_LIST);

/** Stems of the longer Russian stop words, so their inflections ("ментором", "научусь") are stop words too. */
const RUSSIAN_STOP_STEMS: ReadonlySet<string> = new Set(STOP_LIST.filter((word) => isCyrillic(word) && word.length >= 5).map((word) => russian.stem(word)));

/** A function word in either script, inflected, or Russian typed in Latin letters ("hochu", "kak"). */
export function isStopWord(token: string): boolean {
  if (STOP_WORDS.has(token)) return true;
  if (isCyrillic(token)) return token.length >= 5 && RUSSIAN_STOP_STEMS.has(stem(token));
  return isLatin(token) && STOP_WORDS.has(toCyrillic(token));
}

/** Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions), bounded by max. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    let rowMin = Infinity;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2][j - 2] + 1);
      rows[i][j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
  }
  return rows[a.length][b.length];
}
