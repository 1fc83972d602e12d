import { simpleParser, type ParsedMail } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message the mailbox received, parsed. */
export interface ReceivedMail {
  /** The mailbox's own id (its order of arrival). */
  readonly id: string;
  /** RCPT TO addresses. */
  readonly to: string[];
  readonly from: string;
  readonly subject: string;
  readonly date: Date;
  readonly messageId: string | null;
  /** X-Tsunagu-Kind. */
  readonly kind: string | null;
  readonly headers: ReadonlyMap<string, unknown>;
  readonly text: string;
  readonly html: string;
  readonly attachments: readonly {
    readonly filename: string;
    readonly contentType: string;
    readonly size: number;
    readonly cid: string | null;
    readonly content: Buffer;
  }[];
  /** The raw message (RFC 5322). */
  readonly raw: Buffer;
}

/**
 * A real SMTP server on 127.0.0.1 (smtp-server) that keeps what it receives in memory, parsed with
 * mailparser: the development mailbox (last 500) and the tests' mailbox (test/mailbox.ts). `stop()` /
 * `start()` keep the port, so an outage can be simulated; `refuse(address)` answers 550 to RCPT TO.
 */
export class LocalMailbox {
  private server: SMTPServer | null = null;
  private readonly received: ReceivedMail[] = [];
  private readonly refused = new Set<string>();
  private listeners: (() => void)[] = [];
  private nextId = 1;
  private boundPort = 0;

  constructor(private readonly options: { port?: number; keep?: number } = {}) {}

  get port(): number {
    return this.boundPort;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.boundPort}`;
  }

  /** Newest last. */
  get messages(): readonly ReceivedMail[] {
    return this.received;
  }

  /** Answer 550 to RCPT TO for this address (a bounce), until `accept(address)`. */
  refuse(address: string): void {
    this.refused.add(address.toLowerCase());
  }

  accept(address: string): void {
    this.refused.delete(address.toLowerCase());
  }

  clear(): void {
    this.received.length = 0;
  }

  /** Calls `listener` after each message arrives; returns the unsubscribe. */
  onMessage(listener: () => void): () => void {
    this.listeners.push(listener);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener);
    };
  }

  async start(): Promise<void> {
    if (this.server) return;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onRcptTo: (address, _session, callback) => {
        if (this.refused.has(address.address.toLowerCase())) {
          const error = new Error('Mailbox unavailable') as Error & { responseCode: number };
          error.responseCode = 550;
          callback(error);
        } else callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', callback);
        stream.on('end', () => {
          const raw = Buffer.concat(chunks);
          simpleParser(raw, { keepCidLinks: true })
            .then((mail) => {
              this.keep(
                mail,
                raw,
                session.envelope.rcptTo.map((r) => r.address),
              );
              callback();
            })
            .catch((error: Error) => callback(error));
        });
      },
    });
    server.on('error', () => undefined);
    await new Promise<void>((resolve, reject) => {
      const listener = server.listen(this.boundPort || (this.options.port ?? 0), '127.0.0.1', () =>
        resolve(),
      );
      listener.once('error', reject);
    });
    const address = (server as unknown as { server: { address(): AddressInfo } }).server.address();
    this.boundPort = address.port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (!server) return;
    // Connections nodemailer keeps open are closed at once (not after smtp-server's 30 s grace).
    for (const connection of (server as unknown as { connections: Set<{ close(): void }> }).connections ?? [])
      connection.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private keep(mail: ParsedMail, raw: Buffer, rcptTo: string[]): void {
    const kind = mail.headers.get('x-tsunagu-kind');
    this.received.push({
      id: String(this.nextId++),
      to: rcptTo,
      from: mail.from?.text ?? '',
      subject: mail.subject ?? '',
      date: mail.date ?? new Date(),
      messageId: mail.messageId ?? null,
      kind: typeof kind === 'string' ? kind : null,
      headers: mail.headers,
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : '',
      attachments: mail.attachments.map((a) => ({
        filename: a.filename ?? 'attachment',
        contentType: a.contentType,
        size: a.size,
        cid: a.cid ?? null,
        content: a.content,
      })),
      raw,
    });
    const keep = this.options.keep;
    if (keep && this.received.length > keep) this.received.splice(0, this.received.length - keep);
    for (const listener of this.listeners) listener();
  }
}
