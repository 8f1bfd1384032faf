import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

/**
 * What a newcomer meets first: the README's two commands are the ones CI runs, and the repository
 * stands alone (nothing in it points at files outside it).
 */
describe('the newcomer path', () => {
  const readme = readFileSync('README.md', 'utf8');
  const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
  const commands = firstBlock
    .split('\n')
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter(Boolean);

  it("the README opens with the two commands, start then test", () => {
    expect(commands).toEqual(['npm ci && npm start', 'npm ci && npm test']);
  });

  it("CI's test step is the README's test command, exactly", () => {
    const ci = readFileSync('.ci/run', 'utf8').split('\n');
    expect(ci).toContain(commands[1]);
  });

  it('nothing in the repository points outside it', () => {
    const outside = '../' + 'shared';
    const grep = spawnSync('git', ['grep', '-n', '-F', outside, '--', '.', ':!package-lock.json'], { encoding: 'utf8' });
    expect(grep.stdout).toBe(''); // git grep exits 1 when nothing matches
  });

  it('the README stays a guide, about 200 lines', () => {
    expect(readme.split('\n').length).toBeLessThanOrEqual(220);
  });
});
