import { spawnSync } from 'node:child_process';

/**
 * The deployment checks (docker-compose.yml validation, nginx -t, Dockerfile and .gitlab-ci.yml
 * rules, nginx end to end against stand-in replicas) as part of the suite. See deploy/README.md.
 */
describe('deployment configuration', () => {
  it('deploy/test/run.sh passes', () => {
    const run = spawnSync('bash', ['deploy/test/run.sh'], { encoding: 'utf8', timeout: 180_000 });
    const output = `${run.stdout}\n${run.stderr}`;
    const summary = /deploy: \d+ passed, \d+ failed, \d+ skipped/.exec(output)?.[0] ?? 'no summary';
    // Checks whose tool is missing here (nginx, docker-compose) are skipped: say which and why.
    const skips = output.split('\n').filter((line) => /^(skip - |# SKIP )/.test(line));
    process.stdout.write(`${[...skips, summary].join('\n')}\n`);
    if (run.status !== 0) throw new Error(`deploy/test/run.sh exited ${run.status}:\n${output.slice(-6000)}`);
  }, 200_000);
});
