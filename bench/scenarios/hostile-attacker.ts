/**
 * The attacker of the hostile scenario, in a process of its own so that building and sending its
 * bodies does not slow the load generator measuring ping: POSTs the hostile bodies one at a time,
 * in turn, to ATTACK_URL for ATTACK_SECONDS, then prints how many were answered.
 */
import { HOSTILE_BODIES, send } from './hostile-bodies.js';

const base = process.env.ATTACK_URL!;
const until = Date.now() + Number(process.env.ATTACK_SECONDS ?? 10) * 1000;
let sent = 0;
while (Date.now() < until) {
  await send(base, HOSTILE_BODIES[sent % HOSTILE_BODIES.length]!);
  sent++;
}
process.stdout.write(`${sent}\n`);
