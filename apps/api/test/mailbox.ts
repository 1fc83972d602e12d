import { LocalMailbox, type ReceivedMail } from '../src/modules/notifications/dev-mail/local-mailbox';

export type { ReceivedMail };

/**
 * The tests' mailbox: a real SMTP server on a random 127.0.0.1 port (smtp-server, parsed with
 * mailparser). `messages`, `waitFor(predicate)`, `stop()` / `start()` (same port: an outage),
 * `refuse(address)` (550 to RCPT TO: a bounce). Never a mock transport.
 */
export class TestMailbox extends LocalMailbox {
  /** Messages a test has set aside (the verification mail every sign-up sends): `to()` leaves them out. */
  private readonly ignored = new Set<string>();

  static async start(): Promise<TestMailbox> {
    const mailbox = new TestMailbox();
    await mailbox.start();
    return mailbox;
  }

  /** Messages to `address` (RCPT TO), in arrival order. */
  to(address: string): ReceivedMail[] {
    return this.messages.filter(
      (m) => !this.ignored.has(m.id) && m.to.some((to) => to.toLowerCase() === address.toLowerCase()),
    );
  }

  /** Leaves `mail` out of `to()` and `waitForTo()` from now on. */
  ignore(mail: ReceivedMail): void {
    this.ignored.add(mail.id);
  }

  /** Resolves with the messages once `predicate` holds of them (checked on each arrival), or rejects after `timeoutMs`. */
  waitFor(
    predicate: (messages: readonly ReceivedMail[]) => boolean,
    timeoutMs = 20_000,
  ): Promise<readonly ReceivedMail[]> {
    return new Promise((resolve, reject) => {
      if (predicate(this.messages)) return resolve(this.messages);
      const timer = setTimeout(() => {
        off();
        reject(new Error(`mailbox: condition not met in ${timeoutMs} ms (${this.messages.length} messages)`));
      }, timeoutMs);
      const off = this.onMessage(() => {
        if (!predicate(this.messages)) return;
        clearTimeout(timer);
        off();
        resolve(this.messages);
      });
    });
  }

  /** Waits for `count` messages to `address`. */
  async waitForTo(address: string, count = 1, timeoutMs?: number): Promise<ReceivedMail[]> {
    await this.waitFor(() => this.to(address).length >= count, timeoutMs);
    return this.to(address);
  }
}

/** A header as the raw message has it (unfolded), or null: `List-Unsubscribe` and others mailparser restructures. */
export function rawHeader(mail: ReceivedMail, name: string): string | null {
  const head = mail.raw.toString('utf8').split(/\r?\n\r?\n/)[0] ?? '';
  const unfolded = head.replace(/\r?\n[ \t]+/g, ' ');
  const line = unfolded.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line ? line.slice(name.length + 1).trim() : null;
}

/** Polls `check` until it returns a value other than undefined/false, or fails after `timeoutMs`. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 20_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > until) throw new Error(`eventually: not met in ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 100));
  }
}
