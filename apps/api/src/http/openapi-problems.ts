import type { OpenAPIObject } from '@nestjs/swagger';
import { codesWithStatus, PROBLEM_CODES, PROBLEM_CONTENT_TYPE, type ProblemCode, problemResponse } from '@app/common';

const CODE = /\b[A-Z][A-Z0-9_]*(?:\.[A-Z0-9_]+)?\b/g;

/**
 * The safety net of the contract: an error response declared the plain way (`@ApiResponse({
 * status, type: ProblemDto })`) becomes `application/problem+json` with an example per code its
 * description names (or the status's first code). `@ApiProblem(...)` routes are already so.
 */
export function describeProblems(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths)) {
    for (const operation of Object.values(item as Record<string, { responses?: Record<string, { description?: string; content?: Record<string, unknown> }> }>)) {
      for (const [status, response] of Object.entries(operation?.responses ?? {})) {
        const code = Number(status);
        const json = response.content?.['application/json'] as { schema?: { $ref?: string } } | undefined;
        if (code < 400 || response.content?.[PROBLEM_CONTENT_TYPE] || !json?.schema?.$ref?.endsWith('/ProblemDto')) continue;
        const named = [...new Set(response.description?.match(CODE) ?? [])].filter((c): c is ProblemCode => c in PROBLEM_CODES && PROBLEM_CODES[c as ProblemCode].status === code);
        const codes = named.length ? named : codesWithStatus(code).slice(0, 1);
        if (codes.length) Object.assign(response, problemResponse(code, codes, response.description));
      }
    }
  }
  return document;
}
