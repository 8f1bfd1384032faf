// Reference for `signin`: one process verifying argon2id hashes with @node-rs/argon2 as fast as
// it can, `CONCURRENCY` verifications in flight (they run on libuv's thread pool, as in the app).
// Prints one JSON line per run: {"opsPerSec": ...}.
import { Algorithm, hash, verify } from '@node-rs/argon2';

const memoryCost = Number(process.env.ARGON2_MEMORY_KIB ?? 19456);
const timeCost = Number(process.env.ARGON2_ITERATIONS ?? 2);
const concurrency = Number(process.env.CONCURRENCY ?? 8);
const durationMs = Number(process.env.DURATION_S ?? 5) * 1000;
const runs = Number(process.env.RUNS ?? 1);
const password = 'bench-password-123';
const hashed = await hash(password, { algorithm: Algorithm.Argon2id, memoryCost, timeCost, parallelism: 1 });

async function run(ms) {
  const end = performance.now() + ms;
  let done = 0;
  const worker = async () => {
    while (performance.now() < end) {
      if (!(await verify(hashed, password))) throw new Error('verify failed');
      done++;
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / ((performance.now() - t0) / 1000);
}

await run(1000); // warm-up
for (let i = 0; i < runs; i++) {
  const opsPerSec = await run(durationMs);
  process.stdout.write(`${JSON.stringify({ opsPerSec })}\n`);
}
