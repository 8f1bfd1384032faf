import type { LoggerService, LogLevel } from '@nestjs/common';
import type { Logger as Pino } from 'pino';

type PinoLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace';

const LEVELS: Record<LogLevel, PinoLevel> = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/** Nest's start-up chatter (one line per module and route): debug, so the useful lines stand out. */
const FRAMEWORK_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication']);

/**
 * Nest's logger on the pino instance Fastify already runs, so framework, application and request
 * logs are one JSON stream. Accepts Nest's call shapes: `log('text', context)`,
 * `error('text', stack, context)` and the structured `warn({ err, id }, 'text', context)`.
 */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log(message: unknown, ...params: unknown[]): void {
    this.write('log', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('verbose', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  private write(level: LogLevel, message: unknown, params: unknown[]): void {
    const strings = params.filter((p): p is string => typeof p === 'string');
    // Nest appends the logger's context as the last argument.
    const context = strings.length > 0 ? strings[strings.length - 1] : undefined;
    const pinoLevel = level === 'log' && context !== undefined && FRAMEWORK_CONTEXTS.has(context) ? 'debug' : LEVELS[level];
    if (!this.pino.isLevelEnabled(pinoLevel)) return;
    const text = strings.length > 1 ? strings[0] : undefined;
    if (message instanceof Error) {
      this.pino[pinoLevel]({ context, err: message }, text ?? message.message);
    } else if (message !== null && typeof message === 'object') {
      this.pino[pinoLevel]({ context, ...(message as Record<string, unknown>) }, text);
    } else if (level === 'error' && text) {
      this.pino[pinoLevel]({ context, stack: text }, String(message));
    } else {
      this.pino[pinoLevel]({ context }, String(message));
    }
  }
}
