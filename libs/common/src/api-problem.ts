import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { PROBLEM_CODES, type ProblemCode, problemExample } from './problem-codes.js';
import { PROBLEM_CONTENT_TYPE, ProblemDto } from './problem.js';

/** The OpenAPI response of `status` answering `codes` (problem+json, one true example per code). */
export function problemResponse(status: number, codes: readonly ProblemCode[], description?: string): Record<string, unknown> {
  return {
    description: description ?? codes.join(', '),
    content: {
      [PROBLEM_CONTENT_TYPE]: {
        schema: { $ref: getSchemaPath(ProblemDto) },
        examples: Object.fromEntries(codes.map((code) => [code, { summary: PROBLEM_CODES[code].detail, value: problemExample(code) }])),
      },
    },
  };
}

/**
 * Documents the error answers of a route by their stable codes: one response per status, each
 * `application/problem+json` with an example per code.
 */
export function ApiProblem(...codes: ProblemCode[]): MethodDecorator & ClassDecorator {
  const statuses = [...new Set(codes.map((c) => PROBLEM_CODES[c].status))];
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) => {
      const own = codes.filter((c) => PROBLEM_CODES[c].status === status);
      return ApiResponse({ status, ...(problemResponse(status, own) as object) });
    }),
  );
}
