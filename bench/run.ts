/**
 * The benchmark suite: `npm run bench` (every scenario) or `npm run bench -- <name> [<name>...]`.
 * Runs against the built application (dist/) with the real PostgreSQL and Redis, each scenario in
 * its own database, and writes the "## Headline figures" section of docs/benchmarks.md.
 *
 * Environment: BENCH_RUNS (3), BENCH_DURATION (5 s per run), BENCH_PG_URL, BENCH_REDIS_URL,
 * BENCH_BUDGET_S (840, leaving a minute for the build: scenarios that would not fit in what is left are skipped with the reason),
 * BENCH_WRITE=0 (print only), BENCH_CPU_PROF=<dir> (app processes run with --cpu-prof into dir),
 * BENCH_APP_MAIN (another build of the app).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { machineLine, upsertSection } from './machine.js';
import { ROOT } from './lib/app.js';
import { cleanupAll, installExitHandlers } from './lib/proc.js';
import { type Context, type Row, type Scenario, type ScenarioResult, SkipScenario } from './lib/scenario.js';
import { fmt, fmtSpread } from './lib/stats.js';
import { external } from './scenarios/external.js';
import { hostile } from './scenarios/hostile.js';
import { memory } from './scenarios/memory.js';
import { notifications } from './scenarios/notifications.js';
import { ping } from './scenarios/ping.js';
import { requests } from './scenarios/requests.js';
import { search } from './scenarios/search.js';
import { signin } from './scenarios/signin.js';
import { students } from './scenarios/students.js';

const ALL: Scenario[] = [ping, students, signin, requests, notifications, search, memory, external, hostile];
const TITLE = 'Headline figures';

const names = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = names.filter((n) => !ALL.some((s) => s.name === n));
if (unknown.length) {
  process.stderr.write(`unknown scenario(s): ${unknown.join(', ')}; known: ${ALL.map((s) => s.name).join(', ')}\n`);
  process.exit(2);
}
const selected = names.length ? ALL.filter((s) => names.includes(s.name)) : ALL;
const started = Date.now();
const budgetMs = Number(process.env.BENCH_BUDGET_S ?? 840) * 1000;
const profDir = process.env.BENCH_CPU_PROF;
if (profDir) mkdirSync(profDir, { recursive: true });

const ctx: Context = {
  runs: Number(process.env.BENCH_RUNS ?? 3),
  durationS: Number(process.env.BENCH_DURATION ?? 5),
  log: (m) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${m}\n`),
  remainingMs: () => budgetMs - (Date.now() - started),
  shared: new Map(),
  appNodeArgs: profDir ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profDir)}`] : [],
};

installExitHandlers();
process.on('unhandledRejection', (error) => {
  ctx.log(`unhandled rejection: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
});

const results: { scenario: Scenario; result: ScenarioResult; seconds: number }[] = [];
for (const scenario of selected) {
  const t0 = Date.now();
  ctx.log(`== ${scenario.name}: ${scenario.description}`);
  let result: ScenarioResult;
  if (names.length === 0 && ctx.remainingMs() < scenario.estimateS * 1000) {
    result = { rows: [], notes: [], skipped: `not started: ~${scenario.estimateS} s needed, ${(ctx.remainingMs() / 1000).toFixed(0)} s of the ${budgetMs / 1000} s budget left (run it alone: npm run bench -- ${scenario.name})` };
  } else {
    try {
      result = await scenario.run(ctx);
    } catch (error) {
      if (error instanceof SkipScenario) result = { rows: [], notes: [], skipped: error.message };
      else {
        ctx.log(`${scenario.name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        result = { rows: [], notes: [], skipped: `FAILED: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
      }
    } finally {
      await cleanupAll();
    }
  }
  const seconds = (Date.now() - t0) / 1000;
  if (result.skipped) ctx.log(`${scenario.name} skipped: ${result.skipped}`);
  results.push({ scenario, result, seconds });
}

const TABLE_HEAD = [
  '| scenario | figure | app (min / **median** / max) | reference (min / **median** / max) | ratio (min / **median** / max) | goal | met |',
  '|---|---|---|---|---|---|---|',
];
function tableRow(r: Row): string {
  const d = r.digits ?? 0;
  const ref = r.reference ? `${r.reference.label}: ${fmtSpread(r.reference.value, d)} ${r.reference.unit ?? r.unit}` : '';
  const ratio = r.ratio ? `${fmtSpread(r.ratio, 2)}×` : '';
  const met = r.met === undefined ? '' : r.met ? 'met' : '**NOT met**';
  return `| ${r.scenario} | ${r.figure} | ${fmtSpread(r.app, d)} ${r.unit} | ${ref} | ${ratio} | ${r.goal ?? ''} | ${met} |`;
}
const stamp = new Date().toISOString().slice(0, 16).replace('T', ' ');
const fresh = new Map(
  results.map(({ scenario, result, seconds }) => {
    const head = `- **${scenario.name}** (${stamp} UTC, ${fmt(seconds)} s): ${scenario.description}.`;
    const lines = result.skipped ? [`  Skipped: ${result.skipped}`] : result.notes.map((n) => `  ${n}`);
    return [scenario.name, { rows: result.rows.map(tableRow), notes: [head, ...lines].join('\n') }];
  }),
);

/** Rows and notes of the scenarios not run this time, from the section as it stands. */
function previous(markdown: string): Map<string, { rows: string[]; notes: string }> {
  const out = new Map<string, { rows: string[]; notes: string }>();
  const start = markdown.indexOf(`## ${TITLE}\n`);
  if (start < 0) return out;
  const next = markdown.indexOf('\n## ', start + 3);
  const section = markdown.slice(start, next < 0 ? undefined : next);
  const entry = (name: string) => out.get(name) ?? out.set(name, { rows: [], notes: '' }).get(name)!;
  for (const line of section.split('\n')) {
    const row = /^\| ([a-z-]+) \|/.exec(line);
    if (row && row[1] !== 'scenario') entry(row[1]!).rows.push(line);
  }
  for (const block of section.split(/\n(?=- \*\*)/).slice(1)) {
    const name = /^- \*\*([a-z-]+)\*\*/.exec(block)?.[1];
    if (name) entry(name).notes = block.split(/\n(?! {2})/)[0]!;
  }
  return out;
}

const path = resolve(ROOT, 'docs/benchmarks.md');
const md = existsSync(path) ? readFileSync(path, 'utf8') : '# Benchmarks\n';
const old = previous(md);
const merged = ALL.map((s) => [s.name, fresh.get(s.name) ?? old.get(s.name)] as const).filter((e): e is [string, { rows: string[]; notes: string }] => e[1] !== undefined);
const totalS = (Date.now() - started) / 1000;
const command = `npm run bench${names.length ? ` -- ${names.join(' ')}` : ''}`;
const body = [
  `- Updated: ${stamp} UTC by \`${command}\` (took ${fmt(totalS)} s)${names.length ? '; the other scenarios\' rows are from earlier runs (date in their notes)' : ''}`,
  `- Machine: ${machineLine()}; other engineers' tests were running on the same cores, so absolute numbers are noisy: read the ratios, each against a reference measured in the same run, alternating app / reference`,
  `- Build \`npx nest build\` (\`npm run bench\` does it), then \`node --import ./bench/register.mjs bench/run.ts [scenario...]\`; each figure is min / **median** / max of ${ctx.runs} runs × ${ctx.durationS} s unless its note says otherwise, and the ratio is taken per paired run`,
  '- Application: `node dist/apps/api/src/main.js`, NODE_ENV=production, LOG_LEVEL=warn, PostgreSQL and Redis on 127.0.0.1, one database per scenario (created and dropped by the suite), AUTH_RATE_LIMIT raised for the load',
  '',
  ...TABLE_HEAD,
  ...merged.flatMap(([, e]) => e.rows),
  '',
  ...merged.map(([, e]) => e.notes),
].join('\n');

process.stdout.write(`\n## ${TITLE}\n\n${body}\n`);
if (process.env.BENCH_WRITE !== '0') {
  writeFileSync(path, upsertSection(md, TITLE, body));
  ctx.log(`wrote "## ${TITLE}" to docs/benchmarks.md`);
}
const resultsDir = resolve(ROOT, 'bench/results');
mkdirSync(resultsDir, { recursive: true });
writeFileSync(resolve(resultsDir, `headline-${new Date().toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(results.map((r) => ({ name: r.scenario.name, seconds: r.seconds, ...r.result })), null, 2));
process.exit(0);
