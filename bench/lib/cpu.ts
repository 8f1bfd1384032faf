/**
 * CPU time of an app's threads, grouped by thread name, from /proc/<pid>/task/<tid>/stat (Linux): what
 * a request costs on each thread, which throughput alone cannot tell on a saturated machine.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

let ticksPerSecond: number | undefined;

function clockTicks(): number {
  if (ticksPerSecond === undefined) {
    try {
      ticksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      ticksPerSecond = 100;
    }
  }
  return ticksPerSecond;
}

/** Seconds of CPU (user + system) per thread name; empty where /proc is missing. */
export function threadCpuSeconds(pid: number): Map<string, number> {
  const out = new Map<string, number>();
  let tids: string[];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    } catch {
      continue; // the thread ended
    }
    // "tid (comm) state ..." — comm may hold spaces and parentheses: fields count from the last ')'.
    const close = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, close);
    const fields = stat.slice(close + 2).split(' ');
    // utime and stime are fields 14 and 15 of the whole line, 12 and 13 after "state".
    const ticks = Number(fields[11]) + Number(fields[12]);
    out.set(name, (out.get(name) ?? 0) + ticks / clockTicks());
  }
  return out;
}

/** The app's thread groups as the benchmark reports them. */
export type ThreadGroup = 'http' | 'index' | 'other';

function groupOf(threadName: string): ThreadGroup {
  if (threadName === 'MainThread' || threadName === 'node') return 'http';
  if (threadName === 'mentor-index') return 'index';
  return 'other';
}

export type CpuPerRequest = Record<ThreadGroup | 'total' | 'loadGenerator', number>;

/**
 * Runs `work` (a load that reports how many requests it made) and returns the CPU milliseconds per
 * request on each thread group of `pid`, and in this process (the load generator runs here).
 */
export async function measureCpu<T>(pid: number, work: () => Promise<T>, requests: (result: T) => number): Promise<{ result: T; cpu: CpuPerRequest }> {
  const before = threadCpuSeconds(pid);
  const self = process.cpuUsage();
  const result = await work();
  const selfUs = process.cpuUsage(self);
  const after = threadCpuSeconds(pid);
  const n = Math.max(1, requests(result));
  const cpu: CpuPerRequest = { http: 0, index: 0, other: 0, total: 0, loadGenerator: ((selfUs.user + selfUs.system) / 1000) / n };
  for (const [name, seconds] of after) {
    const ms = ((seconds - (before.get(name) ?? 0)) * 1000) / n;
    cpu[groupOf(name)] += ms;
    cpu.total += ms;
  }
  return { result, cpu };
}
