import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ProblemError } from '../api/client';
import { renderInApp } from '../test-render';
import { ErrorAlert } from './states';

describe('errors from problem+json', () => {
  it('shows a known code in the user language', async () => {
    await renderInApp(<ErrorAlert error={new ProblemError(409, 'MENTOR.AT_CAPACITY', 'The mentor already has 3 active mentees.')} />, 'ru');
    expect(screen.getByRole('alert').textContent).toContain('У ментора нет свободных мест');
  });

  it("shows the server's detail for a code it does not know, and a generic text without either", async () => {
    await renderInApp(<ErrorAlert error={new ProblemError(418, 'SOMETHING.NEW', 'A detail from the server.')} />, 'en');
    expect(screen.getByRole('alert').textContent).toContain('A detail from the server.');
  });

  it('offers a retry when it can', async () => {
    await renderInApp(<ErrorAlert error={new Error('network')} onRetry={() => {}} />, 'en');
    expect(screen.getByRole('alert').textContent).toContain('Something went wrong');
    expect(screen.getByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
