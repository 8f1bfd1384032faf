import { type ArgumentMetadata, applyDecorators, type ValidationError, ValidationPipe } from '@nestjs/common';
import { IsISO8601, Matches } from 'class-validator';
import { DomainError } from './domain-error.js';
import { findUnstorableText } from './input-rules.js';
import type { FieldErrorDto } from './problem.js';

/** The most field errors one answer lists: a body of thousands of unknown keys gets a short answer. */
export const MAX_FIELD_ERRORS = 20;

const SWAGGER_PROPERTY = 'swagger/apiModelProperties';
const SWAGGER_PLUGIN_FACTORY = '_OPENAPI_METADATA_FACTORY';

function flatten(errors: ValidationError[], prefix = ''): FieldErrorDto[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

export function validationFailed(errors: FieldErrorDto[]): DomainError {
  const shown = errors.slice(0, MAX_FIELD_ERRORS);
  const detail = errors.length > shown.length ? `The request has invalid fields (the first ${shown.length} of ${errors.length} are listed).` : 'The request has invalid fields.';
  return new DomainError(400, 'VALIDATION_FAILED', detail, { errors: shown });
}

type DtoClass = (abstract new (...args: never[]) => unknown) & { [SWAGGER_PLUGIN_FACTORY]?: () => Record<string, { nullable?: boolean }> };
const nullableFields = new WeakMap<DtoClass, (key: string) => boolean>();

/**
 * Whether the OpenAPI document declares a DTO property `nullable` (explicitly with
 * `@ApiProperty({ nullable: true })`, or from a `| null` type by the Swagger CLI plugin).
 */
function isNullable(metatype: DtoClass, key: string): boolean {
  let check = nullableFields.get(metatype);
  if (!check) {
    const plugin = typeof metatype[SWAGGER_PLUGIN_FACTORY] === 'function' ? metatype[SWAGGER_PLUGIN_FACTORY]() : {};
    const cache = new Map<string, boolean>();
    check = (k: string) => {
      if (!cache.has(k)) {
        const declared = Reflect.getMetadata(SWAGGER_PROPERTY, metatype.prototype as object, k) as { nullable?: boolean } | undefined;
        cache.set(k, declared?.nullable === true || plugin[k]?.nullable === true);
      }
      return cache.get(k)!;
    };
    nullableFields.set(metatype, check);
  }
  return check(key);
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The one global pipe. Before any transformation: every string of the body, query and path is
 * storable text (no NUL, no unpaired surrogate), and `null` is accepted only for a property the
 * OpenAPI document declares nullable (it clears the field; for any other property it is a 400,
 * never a database error). Then class-validator: unknown fields are refused, every failure names
 * its field, and at most MAX_FIELD_ERRORS are listed.
 */
class InputValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      const bad = findUnstorableText(value);
      if (bad !== undefined) {
        throw validationFailed([{ field: bad || (metadata.data ?? metadata.type), message: 'must not contain NUL characters or unpaired UTF-16 surrogates' }]);
      }
      if (metadata.type === 'body' && isPlainObject(value) && typeof metadata.metatype === 'function' && metadata.metatype !== Object) {
        const metatype = metadata.metatype as DtoClass;
        const nulls = Object.keys(value).filter((key) => value[key] === null && !isNullable(metatype, key));
        if (nulls.length > 0) throw validationFailed(nulls.map((field) => ({ field, message: `${field} may not be null (omit it to leave it unchanged)` })));
      }
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new InputValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => validationFailed(flatten(errors)),
  });
}

/** A whole UTC day as `YYYY-MM-DD` that exists in the calendar (query parameters `from`, `to`). */
export function IsCalendarDay(): PropertyDecorator {
  return applyDecorators(
    Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '$property must be a date as YYYY-MM-DD' }),
    IsISO8601({ strict: true }, { message: '$property must be a real calendar date' }),
  );
}
