/**
 * Lets at most `depth` enrolment statements per session be in flight from this process at once; the others
 * wait here, in arrival order, and go as soon as one finishes. Correctness never depends on it (the
 * session's row lock does that); it is there for speed. With the pool's 20 connections all sent into one
 * session, 20 backends queue on its row lock, and each, once it gets the lock, follows the row's chain of
 * versions written since its snapshot (and keeps the old ones from being pruned): in the rush benchmark
 * the raw endpoint did about 1,200 enrolments/s into one session that way, against about 1,600–1,900/s
 * with two at a time. Two keep the next statement waiting at the lock when the current one commits, so
 * the lock is never idle; the pool's other connections stay free for everything else.
 */
export class SessionQueue {
  private readonly sessions = new Map<string, { running: number; waiting: (() => void)[] }>();

  constructor(private readonly depth: number) {}

  async run<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    let queue = this.sessions.get(sessionId);
    if (!queue) {
      queue = { running: 0, waiting: [] };
      this.sessions.set(sessionId, queue);
    }
    if (queue.running < this.depth) queue.running += 1;
    else await new Promise<void>((go) => queue.waiting.push(go));
    try {
      return await work();
    } finally {
      // The finished statement hands its place straight to the next in line.
      const next = queue.waiting.shift();
      if (next) next();
      else if (--queue.running === 0) this.sessions.delete(sessionId);
    }
  }
}
