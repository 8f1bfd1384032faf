import { Injectable } from '@nestjs/common';

export interface DependencyStatus {
  status: 'up' | 'down';
  /** Which backend serves the port, e.g. "PostgreSQL db:5432/app" or "in-process". */
  backend?: string;
  detail?: string;
}

export type ReadinessCheck = () => Promise<DependencyStatus>;

export interface CheckOptions {
  /**
   * Whether the instance is unfit for traffic when this dependency is down (default true). A
   * non-critical dependency that is down is reported (`status: degraded`) but readiness stays 200.
   */
  critical?: boolean;
}

/** Features register what readiness depends on (database, event bus, vector index). */
@Injectable()
export class HealthRegistry {
  private readonly checks = new Map<string, ReadinessCheck>();
  private readonly optional = new Set<string>();
  private shuttingDown = false;

  register(name: string, check: ReadinessCheck, options: CheckOptions = {}): void {
    this.checks.set(name, check);
    if (options.critical === false) this.optional.add(name);
    else this.optional.delete(name);
  }

  isCritical(name: string): boolean {
    return !this.optional.has(name);
  }

  /** After SIGTERM readiness fails so that load balancers stop sending new work. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  get isShuttingDown(): boolean {
    return this.shuttingDown;
  }

  async run(timeoutMs = 2000): Promise<Record<string, DependencyStatus>> {
    const entries = await Promise.all(
      [...this.checks].map(async ([name, check]): Promise<[string, DependencyStatus]> => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<DependencyStatus>((resolve) => {
          timer = setTimeout(() => resolve({ status: 'down', detail: `no answer in ${timeoutMs} ms` }), timeoutMs);
        });
        try {
          return [name, await Promise.race([check(), timeout])];
        } catch (e) {
          return [name, { status: 'down', detail: e instanceof Error ? e.message : String(e) }];
        } finally {
          clearTimeout(timer);
        }
      }),
    );
    return Object.fromEntries(entries);
  }
}
