import { WriteQueue } from './write-queue.js';

describe('WriteQueue', () => {
  it('runs writes one after another in call order, going on after a failure', async () => {
    const queue = new WriteQueue();
    const log: string[] = [];
    let open!: () => void;
    const first = queue.run(async () => {
      log.push('first starts');
      await new Promise<void>((resolve) => (open = resolve));
      log.push('first ends');
    });
    const failing = queue.run(async () => {
      log.push('second');
      throw new Error('bad write');
    });
    const third = queue.run(async () => void log.push('third'));
    await new Promise((resolve) => setImmediate(resolve));
    expect(log).toEqual(['first starts']);
    open();
    await first;
    await expect(failing).rejects.toThrow('bad write');
    await third;
    expect(log).toEqual(['first starts', 'first ends', 'second', 'third']);
  });

  it('lets a read wait for the writes called before it, and not at all when none is pending', async () => {
    const queue = new WriteQueue();
    expect(queue.settled()).toBeUndefined();
    let done = false;
    void queue.run(async () => {
      await new Promise((resolve) => setImmediate(resolve));
      done = true;
    });
    await queue.settled();
    expect(done).toBe(true);
    expect(queue.settled()).toBeUndefined();
  });
});
