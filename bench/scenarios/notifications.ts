/**
 * 1,000 SSE clients (mentors) spread over two replicas sharing PostgreSQL and Redis; requests are
 * created at a steady rate (POST /api/request, alternating replicas) to mentors whose streams are
 * open; latency = receipt time − the notification's createdAt (set in the creating transaction,
 * so it includes the commit) and, second figure, receipt − the moment the POST was sent.
 */
import { mib, rssBytes, startApp, type RunningProcess } from '../lib/app.js';
import { type BenchAccount, createMentors, createStudents } from '../lib/accounts.js';
import { createDatabase } from '../lib/db.js';
import { openMany, openStream, type SseStream } from '../lib/sse.js';
import { type Context, type Scenario, type ScenarioResult, SkipScenario } from '../lib/scenario.js';
import { fmt, percentile, sleep, spread } from '../lib/stats.js';

export const STREAMS = 1000;
const RATE = 100; // events per second
const MESSAGE = 'Could you help me with distributed systems?';

export async function requireStreamRoute(app: RunningProcess, token: string): Promise<void> {
  const probe = await openStream(`${app.url}/api/notifications/stream`, token, () => undefined).catch((e: Error) => ({ status: -1, close: () => undefined, closed: true, error: e }));
  probe.close();
  if (probe.status === 404) throw new SkipScenario('GET /api/notifications/stream answers 404: the notifications feature is not in this build (it is on the `requests` branch)');
  if (probe.status !== 200) throw new Error(`GET /api/notifications/stream answered ${probe.status}`);
}

export const notifications: Scenario = {
  name: 'notifications',
  description: `${STREAMS} SSE streams over two replicas, request creations at ${RATE}/s, commit → receipt latency`,
  estimateS: 90,
  async run(ctx: Context): Promise<ScenarioResult> {
    const db = await createDatabase('notifications');
    const replicas: RunningProcess[] = [];
    let streams: SseStream[] = [];
    try {
      replicas.push(await startApp({ databaseUrl: db.url, name: 'replica A', nodeArgs: ctx.appNodeArgs }));
      replicas.push(await startApp({ databaseUrl: db.url, name: 'replica B', nodeArgs: ctx.appNodeArgs, env: { MIGRATIONS_RUN: 'false' } }));
      const mentors = await createMentors(db.url, STREAMS, { capacity: 100 });
      const students = await createStudents(db.url, STREAMS);
      await requireStreamRoute(replicas[0]!, mentors[0]!.token);

      // requestId -> performance.now() at send; run index of each event.
      const sentAt = new Map<string, number>();
      const pending = new Map<string, number>(); // requestId -> run
      const samples: { fromCreated: number; fromSend: number; run: number }[] = [];
      const early = new Map<string, { fromCreated: number; at: number }>();
      const onEvent = (_i: number, e: { data: string; receivedAt: number }): void => {
        const now = performance.now();
        let n: { type?: string; createdAt?: string; data?: { requestId?: string } };
        try {
          n = JSON.parse(e.data) as typeof n;
        } catch {
          return;
        }
        const requestId = n.data?.requestId;
        if (n.type !== 'request.created' || !requestId || !n.createdAt) return;
        const fromCreated = e.receivedAt - Date.parse(n.createdAt);
        const run = pending.get(requestId);
        // Events often arrive before the POST's answer carries the id: matched in send().
        if (run === undefined) return void early.set(requestId, { fromCreated, at: now });
        pending.delete(requestId);
        samples.push({ fromCreated, fromSend: now - sentAt.get(requestId)!, run });
      };
      const t0 = performance.now();
      streams = await openMany(
        mentors.map((m, i) => ({ url: `${replicas[i % 2]!.url}/api/notifications/stream`, token: m.token })),
        onEvent,
      );
      ctx.log(`${streams.length} streams open in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
      const rss = replicas.map((r) => rssBytes(r.pid));
      ctx.shared.set('rss.streams500', Math.max(...rss));

      let e = 0;
      const pairOf = (k: number): { student: BenchAccount; mentor: BenchAccount } => {
        const s = k % STREAMS;
        return { student: students[s]!, mentor: mentors[(s * 37 + Math.floor(k / STREAMS)) % STREAMS]! };
      };
      let failures = 0;
      const send = async (run: number): Promise<void> => {
        const k = e++;
        const { student, mentor } = pairOf(k);
        const replica = replicas[k % 2]!;
        const t = performance.now();
        const res = await fetch(`${replica.url}/api/request`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${student.token}` },
          body: JSON.stringify({ mentorId: mentor.id, message: MESSAGE }),
        });
        const body = (await res.json()) as { id?: string };
        if (res.status !== 201 || !body.id) {
          failures++;
          return;
        }
        const arrived = early.get(body.id);
        if (arrived) {
          early.delete(body.id);
          samples.push({ fromCreated: arrived.fromCreated, fromSend: arrived.at - t, run });
        } else {
          sentAt.set(body.id, t);
          pending.set(body.id, run);
        }
      };

      const runOnce = async (run: number, seconds: number): Promise<void> => {
        const total = Math.round(RATE * seconds);
        const start = performance.now();
        const inflight: Promise<void>[] = [];
        for (let i = 0; i < total; i++) {
          const due = start + (i * 1000) / RATE;
          const wait = due - performance.now();
          if (wait > 0) await sleep(wait);
          inflight.push(send(run).catch(() => void failures++));
        }
        await Promise.all(inflight);
        const deadline = performance.now() + 5000;
        while ([...pending.values()].some((r) => r === run) && performance.now() < deadline) await sleep(50);
      };
      await runOnce(-1, 2);
      const p50: number[] = [];
      const p99: number[] = [];
      const sendP99: number[] = [];
      let missed = 0;
      for (let run = 0; run < ctx.runs; run++) {
        await runOnce(run, ctx.durationS);
        const mine = samples.filter((s) => s.run === run);
        const lost = [...pending.entries()].filter(([, r]) => r === run).length;
        missed += lost;
        const created = mine.map((s) => s.fromCreated);
        p50.push(percentile(created, 50));
        p99.push(percentile(created, 99));
        sendP99.push(percentile(mine.map((s) => s.fromSend), 99));
        ctx.log(`run ${run + 1}: ${mine.length} events received, ${lost} not received in 5 s; createdAt→receipt p50 ${fmt(p50.at(-1)!, 1)} ms, p99 ${fmt(p99.at(-1)!, 1)} ms; POST sent→receipt p99 ${fmt(sendP99.at(-1)!, 1)} ms`);
      }
      const p99s = spread(p99);
      return {
        rows: [
          { scenario: 'notifications', figure: 'commit → receipt p50', unit: 'ms', app: spread(p50), digits: 1 },
          { scenario: 'notifications', figure: 'commit → receipt p99', unit: 'ms', app: p99s, goal: '≤ 50 ms', met: p99s.median <= 50, digits: 1 },
          { scenario: 'notifications', figure: 'POST sent → receipt p99', unit: 'ms', app: spread(sendP99), digits: 1 },
        ],
        notes: [
          `notifications: ${STREAMS} streams (mentors, bearer header), half on each of two replicas (same PostgreSQL and Redis); ${RATE} request creations/s for ${ctx.durationS} s per run, alternating replicas, so half the events cross Redis; "commit → receipt" is receipt time − the notification's createdAt (stamped inside the creating transaction, so it also counts the rest of that transaction and the commit); ${missed} events not received within 5 s, ${failures} failed POSTs; RSS with ${STREAMS / 2} streams per replica: ${rss.map((b) => `${fmt(mib(b))} MiB`).join(', ')}.`,
        ],
      };
    } finally {
      for (const s of streams) s.close();
      await Promise.all(replicas.map((r) => r.stop()));
      await db.drop();
    }
  },
};
