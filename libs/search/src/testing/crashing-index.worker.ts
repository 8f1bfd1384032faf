/**
 * The index thread for tests of the restart path: the real worker, except that a search for
 * CRASH_QUERY ends the thread as a crash would (before the real handler sees it).
 */
import { parentPort } from 'node:worker_threads';
import { CRASH_QUERY } from './crash-query.js';

parentPort!.on('message', (message: { op?: string; args?: [{ query?: string }] }) => {
  if (message?.op === 'search' && message.args?.[0]?.query === CRASH_QUERY) process.exit(70);
});
await import('../index/worker/mentor-index.worker.js');
