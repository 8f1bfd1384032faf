import type { Logger } from '@nestjs/common';
import { SearchIndexRequestError, SearchIndexUnavailableError } from '../index-errors.js';

/**
 * Every Qdrant call goes through `run`, which sorts failures into the two kinds the app tells apart:
 * an outage (timeout, network error, 5xx, 429) is SearchIndexUnavailableError (retryable, 503); a
 * request Qdrant refused (other 4xx) is SearchIndexRequestError, our bug, logged here as an error.
 */
export class QdrantCalls {
  constructor(
    private readonly logger: Logger,
    private readonly timeoutMs: number,
  ) {}

  /** `quiet`: statuses the caller handles itself (not logged), e.g. 409 on a racing create. */
  async run<T>(operation: string, fn: () => Promise<T>, options: { quiet?: number[] } = {}): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      throw this.classify(operation, error, options.quiet ?? []);
    }
  }

  isConflict(error: unknown): boolean {
    return error instanceof SearchIndexRequestError && error.indexStatus === 409;
  }

  private classify(operation: string, error: unknown, quiet: number[]): Error {
    if (error instanceof SearchIndexRequestError || error instanceof SearchIndexUnavailableError) return error;
    const e = error as { name?: string; message?: string; status?: unknown };
    if (e?.name === 'QdrantClientTimeoutError' || e?.name === 'AbortError' || e?.name === 'TimeoutError') {
      return new SearchIndexUnavailableError(`Qdrant ${operation}: no answer within ${this.timeoutMs} ms`, error);
    }
    const status = typeof e?.status === 'number' ? e.status : Number(/Unexpected Response: (\d{3})/.exec(String(e?.message))?.[1] ?? NaN);
    if (Number.isInteger(status) && status >= 400 && status < 500 && status !== 429) {
      const detail = detailOf(error);
      if (!quiet.includes(status)) this.logger.error(`Qdrant refused ${operation} (HTTP ${status}): ${detail} — a bug in the Qdrant adapter`);
      return new SearchIndexRequestError(`Qdrant refused ${operation} (HTTP ${status}): ${detail}`, status, error);
    }
    const what = Number.isInteger(status) ? `HTTP ${status}` : (e?.message ?? String(error));
    return new SearchIndexUnavailableError(`Qdrant ${operation} failed: ${what}`, error);
  }
}

function detailOf(error: unknown): string {
  const data = (error as { data?: { status?: { error?: unknown } } }).data;
  const text = data?.status?.error ?? (error as Error).message;
  return String(text).slice(0, 500);
}
