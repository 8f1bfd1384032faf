import { allowedTransitions, checkTransition, isClosed } from './request-lifecycle.js';
import { REQUEST_STATUSES } from './mentorship-request.entity.js';

describe('request lifecycle', () => {
  it.each([
    ['pending', 'accepted', 'mentor'],
    ['pending', 'rejected', 'mentor'],
    ['pending', 'cancelled', 'student'],
    ['pending', 'cancelled', 'admin'],
    ['accepted', 'completed', 'student'],
    ['accepted', 'completed', 'mentor'],
    ['accepted', 'cancelled', 'student'],
    ['accepted', 'cancelled', 'mentor'],
    ['accepted', 'cancelled', 'admin'],
  ] as const)('%s → %s by the %s is allowed', (from, to, actor) => {
    expect(checkTransition(from, to, actor)).toEqual({ ok: true });
  });

  it.each([
    ['pending', 'accepted', 'student'],
    ['pending', 'accepted', 'admin'],
    ['pending', 'rejected', 'student'],
    ['pending', 'cancelled', 'mentor'],
    ['accepted', 'completed', 'admin'],
  ] as const)('%s → %s by the %s belongs to another party', (from, to, actor) => {
    expect(checkTransition(from, to, actor)).toMatchObject({ ok: false, reason: 'not-yours' });
  });

  it('refuses everything else as invalid, naming what is allowed', () => {
    const r = checkTransition('pending', 'completed', 'mentor');
    expect(r).toMatchObject({ ok: false, reason: 'invalid', allowed: ['accepted', 'rejected'] });
    expect(r.ok === false && r.detail).toMatch(/accepted \(by mentor\), rejected \(by mentor\), cancelled \(by student or admin\)/);
    expect(checkTransition('accepted', 'pending', 'student')).toMatchObject({ reason: 'invalid', allowed: ['completed', 'cancelled'] });
    expect(checkTransition('accepted', 'accepted', 'mentor')).toMatchObject({ reason: 'invalid' });
    expect(checkTransition('accepted', 'rejected', 'mentor')).toMatchObject({ reason: 'invalid' });
  });

  it('nobody moves a request to expired (only the expiry job does)', () => {
    for (const actor of ['student', 'mentor', 'admin'] as const) expect(checkTransition('pending', 'expired', actor)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('closed requests never change and nobody has moves left', () => {
    for (const from of ['rejected', 'cancelled', 'completed', 'expired'] as const) {
      expect(isClosed(from)).toBe(true);
      for (const to of REQUEST_STATUSES) {
        for (const actor of ['student', 'mentor', 'admin'] as const) {
          expect(checkTransition(from, to, actor)).toMatchObject({ ok: false, reason: 'invalid', allowed: [] });
          expect(allowedTransitions(from, actor)).toEqual([]);
        }
      }
    }
  });
});
