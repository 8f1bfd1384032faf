/**
 * Why a remote index (Qdrant) could not answer. The app maps them to HTTP: a retryable outage is a
 * 503 (search falls back to PostgreSQL browsing meanwhile), a request the index refused is our bug: 500.
 */
export class SearchIndexUnavailableError extends Error {
  override readonly name = 'SearchIndexUnavailableError';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/**
 * The index refused a request (HTTP 4xx): a bug in the adapter, not an outage. Its status is the
 * index's (`indexStatus`), never one for our own response: that is a 500.
 */
export class SearchIndexRequestError extends Error {
  override readonly name = 'SearchIndexRequestError';
  constructor(
    message: string,
    readonly indexStatus: number,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}
