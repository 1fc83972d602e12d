import { SessionQueue } from './session-queue';

/** A piece of work that finishes when told to, recording when it started. */
function gate(log: string[], name: string) {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    open,
    work: async () => {
      log.push(`start ${name}`);
      await opened;
      return name;
    },
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe(SessionQueue.name, () => {
  it('runs at most `depth` per session, the rest in arrival order, and other sessions freely', async () => {
    const queue = new SessionQueue(2);
    const log: string[] = [];
    const [a, b, c, d, other] = [
      gate(log, 'a'),
      gate(log, 'b'),
      gate(log, 'c'),
      gate(log, 'd'),
      gate(log, 'other'),
    ];
    const results = [
      queue.run('s1', a.work),
      queue.run('s1', b.work),
      queue.run('s1', c.work),
      queue.run('s1', d.work),
      queue.run('s2', other.work),
    ];
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start other']);
    b.open();
    await tick();
    expect(log).toEqual(['start a', 'start b', 'start other', 'start c']);
    a.open();
    c.open();
    d.open();
    other.open();
    expect(await Promise.all(results)).toEqual(['a', 'b', 'c', 'd', 'other']);
  });

  it('frees the place of a statement that fails', async () => {
    const queue = new SessionQueue(1);
    await expect(queue.run('s1', () => Promise.reject(new Error('refused')))).rejects.toThrow('refused');
    expect(await queue.run('s1', () => Promise.resolve('next'))).toBe('next');
  });
});
