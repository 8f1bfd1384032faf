/** A search for this ends the test index thread (crashing-index.worker.ts). */
export const CRASH_QUERY = '__crash the index thread__';
