import { Logger } from '@nestjs/common';
import { pino } from 'pino';
import { Writable } from 'node:stream';
import { PinoNestLogger } from './pino-logger.js';

function capture(level = 'info') {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>);
      done();
    },
  });
  return { lines, service: new PinoNestLogger(pino({ level }, stream)) };
}

describe('PinoNestLogger', () => {
  it('maps Nest call shapes to structured pino lines', () => {
    const { lines, service } = capture();
    const logger = new Logger('Ctx');
    Logger.overrideLogger(service);
    logger.log('plain text');
    logger.warn({ ids: ['a'] }, 'with fields');
    logger.error('failed', 'Error: boom\n    at x');
    logger.error(new Error('kaput'));
    logger.debug('hidden at info');
    Logger.overrideLogger(false);
    expect(lines.map(({ level, context, msg, ids, stack }) => ({ level, context, msg, ids, stack }))).toEqual([
      { level: 30, context: 'Ctx', msg: 'plain text', ids: undefined, stack: undefined },
      { level: 40, context: 'Ctx', msg: 'with fields', ids: ['a'], stack: undefined },
      { level: 50, context: 'Ctx', msg: 'failed', ids: undefined, stack: 'Error: boom\n    at x' },
      { level: 50, context: 'Ctx', msg: 'kaput', ids: undefined, stack: undefined },
    ]);
    expect((lines[3]!.err as { message: string }).message).toBe('kaput');
  });
});
