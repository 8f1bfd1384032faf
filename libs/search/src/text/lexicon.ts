/**
 * Static vocabulary of the built-in analyser: stop words, surface rewrites that must happen before
 * punctuation is stripped (c++, node.js), and skill aliases / transliterations. Every alias maps to a
 * canonical English phrase, which is then stemmed like any other English text, so "питон", "python"
 * and "pythonic"... all meet on the same term.
 */

/**
 * Applied to the lower-cased text before tokenisation, in order: pattern, replacement, and a substring
 * every match contains (a text without it skips the pattern: most profile sentences have a '.').
 */
export const SURFACE_REWRITES: ReadonlyArray<readonly [RegExp, string, string]> = [
  [/(^|[^\p{L}\p{N}])c\+\+(?![\p{L}\p{N}])/gu, '$1 cpp ', 'c++'],
  [/(^|[^\p{L}\p{N}])с\+\+(?![\p{L}\p{N}])/gu, '$1 cpp ', 'с++'], // Cyrillic "с"
  [/(^|[^\p{L}\p{N}])c#(?![\p{L}\p{N}])/gu, '$1 csharp ', 'c#'],
  [/(^|[^\p{L}\p{N}])с#(?![\p{L}\p{N}])/gu, '$1 csharp ', 'с#'],
  [/(^|[^\p{L}\p{N}])f#(?![\p{L}\p{N}])/gu, '$1 fsharp ', 'f#'],
  [/(^|[^\p{L}\p{N}])\.net(?![\p{L}\p{N}])/gu, '$1 dotnet ', '.net'],
  [/(^|[^\p{L}\p{N}])asp\.net(?![\p{L}\p{N}])/gu, '$1 aspnet ', 'asp.net'],
  [/\bnode\.?js\b/gu, ' nodejs ', 'node'],
  [/\b(vue|react|next|nuxt|nest|express|three|d3)\.js\b/gu, ' $1 ', '.js'],
  [/\bci\s*\/\s*cd\b/gu, ' cicd ', '/'],
  [/\bui\s*\/\s*ux\b/gu, ' ui ux ', '/'],
  [/\bpl\s*\/\s*sql\b/gu, ' plsql ', '/'],
];

/**
 * Alias table. Keys are either a raw lower-cased token, or a space-separated sequence of stems
 * (Russian stems for Russian phrases), so inflected forms ("питоне", "машинного обучения") match.
 */
export const ALIASES: Readonly<Record<string, string>> = {
  // programming languages
  js: 'javascript', ecmascript: 'javascript', es6: 'javascript', джаваскрипт: 'javascript', жс: 'javascript',
  яваскрипт: 'javascript',
  ts: 'typescript', тайпскрипт: 'typescript', тс: 'typescript',
  py: 'python', питон: 'python', пайтон: 'python', python3: 'python', питонист: 'python', пайтонист: 'python',
  джава: 'java', ява: 'java', java8: 'java',
  golang: 'go', голанг: 'go', го: 'go', гошка: 'go',
  rs: 'rust', раст: 'rust',
  плюсы: 'cpp', плюс: 'cpp', cplusplus: 'cpp', цпп: 'cpp', сипипи: 'cpp',
  шарп: 'csharp', шарпы: 'csharp', сишарп: 'csharp', 'c sharp': 'csharp',
  котлин: 'kotlin', свифт: 'swift', скала: 'scala', руби: 'ruby', рельсы: 'rails', ror: 'rails',
  пхп: 'php', пшп: 'php', эликсир: 'elixir', хаскель: 'haskell', хаскелл: 'haskell', луа: 'lua',
  // web / frameworks
  фронт: 'frontend', фронтенд: 'frontend', фронтэнд: 'frontend', 'front end': 'frontend', 'front-end': 'frontend',
  бэк: 'backend', бек: 'backend', бэкенд: 'backend', бекенд: 'backend', бэкэнд: 'backend', 'back end': 'backend',
  фуллстек: 'fullstack', фулстек: 'fullstack', fullstack: 'fullstack', 'full stack': 'fullstack',
  реакт: 'react', reactjs: 'react', ангуляр: 'angular', angularjs: 'angular', вью: 'vue', vuejs: 'vue',
  нода: 'nodejs', ноде: 'nodejs', node: 'nodejs', нест: 'nestjs', nest: 'nestjs', nestjs: 'nestjs',
  джанго: 'django', фласк: 'flask', фастапи: 'fastapi', спринг: 'spring', 'spring boot': 'spring',
  ларавел: 'laravel', верстка: 'html css', вёрстка: 'html css',
  // data / ml
  ml: 'machine learning', мл: 'machine learning', 'машин обучен': 'machine learning',
  'machine learning': 'machine learning', машинлернинг: 'machine learning',
  dl: 'deep learning', 'глубок обучен': 'deep learning',
  ai: 'artificial intelligence', ии: 'artificial intelligence', 'искусствен интеллект': 'artificial intelligence',
  nlp: 'natural language processing', нлп: 'natural language processing',
  'обработк естествен язык': 'natural language processing',
  cv: 'computer vision', 'компьютерн зрен': 'computer vision',
  нейросет: 'neural network', нейронк: 'neural network', 'нейрон сет': 'neural network', nn: 'neural network',
  llm: 'large language model', ллм: 'large language model',
  ds: 'data science', 'дат сайенс': 'data science', датасаенс: 'data science', датасайенс: 'data science',
  'анализ дан': 'data analysis', аналитик: 'analytics', 'дат инженер': 'data engineering',
  'баз дан': 'database', бд: 'database', db: 'database', субд: 'database',
  постгрес: 'postgresql', постгря: 'postgresql', postgres: 'postgresql', pg: 'postgresql', psql: 'postgresql',
  мускул: 'mysql', монга: 'mongodb', mongo: 'mongodb', редис: 'redis', кафка: 'kafka', кликхаус: 'clickhouse',
  скл: 'sql', эскуэль: 'sql', сиквел: 'sql', пандас: 'pandas', спарк: 'spark',
  'мат стат': 'statistics', матстат: 'statistics', статистик: 'statistics',
  // infra
  k8s: 'kubernetes', кубер: 'kubernetes', кубернетес: 'kubernetes', кубик: 'kubernetes',
  докер: 'docker', линукс: 'linux', линух: 'linux', девопс: 'devops', девопc: 'devops',
  aws: 'amazon web services', авс: 'amazon web services', gcp: 'google cloud', ажур: 'azure',
  терраформ: 'terraform', ансибл: 'ansible', гит: 'git', гитлаб: 'gitlab', гитхаб: 'github',
  cicd: 'continuous integration', 'ci cd': 'continuous integration', sre: 'site reliability engineering',
  // mobile, qa, design, other
  андроид: 'android', айос: 'ios', иос: 'ios', флаттер: 'flutter', 'мобильн разработк': 'mobile development',
  qa: 'quality assurance testing', тестировщик: 'testing', тестирован: 'testing', автотест: 'test automation',
  'автоматизац тестирован': 'test automation', ux: 'user experience', ui: 'user interface',
  дизайн: 'design', фигм: 'figma', 'систем дизайн': 'system design', сисдиз: 'system design',
  'system design': 'system design', архитектур: 'architecture', микросервис: 'microservices',
  алгоритм: 'algorithms', алгос: 'algorithms', алгосы: 'algorithms', 'структур дан': 'data structures',
  литкод: 'leetcode', собеседован: 'interview', собес: 'interview', собеседа: 'interview', интервью: 'interview',
  геймдев: 'game development', gamedev: 'game development', юнити: 'unity', анрил: 'unreal',
  блокчейн: 'blockchain', крипт: 'cryptography', безопасн: 'security', инфобез: 'security',
  кибербезопасн: 'security', пентест: 'penetration testing', управлен: 'management', менеджмент: 'management',
  тимлид: 'team lead', тимлидств: 'team lead', карьер: 'career', менторств: 'mentoring', продакт: 'product management',
  pm: 'product management', 'продукт менеджмент': 'product management', английск: 'english',
  разработк: 'development', программирован: 'programming', прогр: 'programming', кодинг: 'programming',
  'ооп': 'object oriented programming', oop: 'object oriented programming',
  'функциональн программирован': 'functional programming', fp: 'functional programming',
};

/** Canonical vocabulary for typo correction (single-word targets of the alias table + frequent skills). */
export const TYPO_TARGETS: readonly string[] = [
  'javascript', 'typescript', 'python', 'kubernetes', 'docker', 'postgresql', 'postgres', 'frontend',
  'backend', 'fullstack', 'android', 'kotlin', 'swift', 'django', 'flask', 'fastapi', 'spring', 'laravel',
  'angular', 'react', 'nodejs', 'nestjs', 'golang', 'haskell', 'elixir', 'scala', 'clickhouse', 'mongodb',
  'redis', 'kafka', 'terraform', 'ansible', 'linux', 'devops', 'flutter', 'machine', 'learning',
  'statistics', 'algorithms', 'interview', 'architecture', 'microservices', 'security', 'leetcode',
  'blockchain', 'management', 'analytics', 'database', 'testing', 'pandas', 'pytorch', 'tensorflow',
  'graphql', 'webpack', 'design', 'figma', 'product', 'computer', 'vision', 'language', 'processing',
  'network', 'neural', 'engineering', 'science', 'development', 'programming', 'unity', 'unreal',
  'mobile', 'github', 'gitlab', 'rust', 'java', 'ruby', 'rails', 'mysql', 'spark', 'hadoop', 'airflow',
];

const EN_STOP = `a about above after again against all also am an and any are as at be because been before being
below between both but by can could did do does doing down during each few for from further had has have
having he her here hers herself him himself his how i if in into is it its itself just me more most my
myself no nor not now of off on once only or other our ours ourselves out over own same she should so some
such than that the their theirs them themselves then there these they this those through to too under
until up very was we were what when where which while who whom why will with would you your yours
yourself yourselves want wants wanted like would need needs get got help learn looking someone
somebody mentor mentors please me my i'm im i'd id let lets us via using use used based paper propose
proposed present presents show shows approach new well may might one two`;

const RU_STOP = `а без более бы был была были было быть в вам вас весь во вот все всего всех вы где да даже для до
его ее её если есть еще ещё же за здесь и из или им их к как какой когда кто ли либо мне может мы на над
надо наш не него нее неё нет ни них но ну о об однако он она они оно от очень по под при с со так также
такой там те тем то того тоже той только том ты у уже хочу хотел хотела хотим хотят чем что чтобы чуть эта
эти это этот я мой моя мои меня мне нужен нужна нужно нужны помочь помогите помощь научиться научить
изучить изучать разобраться разбираться понять подтянуть хочется ищу ищем найти кто-нибудь кого-нибудь
ментор ментора менторы наставник наставника как-то про свой своя свои`;

/**
 * Stop words are checked on the raw token. "learning" is a stop word only in the loose sense of
 * request phrasing ("I want to learn"); "machine learning" survives because aliases run first.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `${EN_STOP} ${RU_STOP}`.split(/\s+/).filter(Boolean),
);
