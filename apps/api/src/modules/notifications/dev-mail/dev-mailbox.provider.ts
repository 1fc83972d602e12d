import { Logger, type Provider } from '@nestjs/common';
import { ENV, type Env } from '../../../core/config/env';
import { DEV_MAILBOX_URL } from '../channels/dev-mailbox-url';
import { LocalMailbox } from './local-mailbox';

/** The development mailbox of this process, or null (production, tests, or SMTP_URL set). */
export const DEV_MAILBOX = Symbol('DEV_MAILBOX');

/** How many messages the development mailbox keeps. */
export const DEV_MAILBOX_KEEP = 500;

/**
 * Starts the development mailbox (a real SMTP server on 127.0.0.1:DEV_SMTP_PORT) when DEV_MAILBOX is on
 * (development's default) and SMTP_URL is unset; the email channel then sends to it. A port in use (a
 * second app running, `npm run worker` next to the API) leaves this process without one, said once in the
 * log; it then mails the mailbox already on that port.
 */
export const devMailboxProviders: Provider[] = [
  {
    provide: DEV_MAILBOX,
    inject: [ENV],
    useFactory: async (env: Env): Promise<LocalMailbox | null> => {
      if (env.DEV_MAILBOX !== 'on' || env.SMTP_URL || process.env['TSUNAGU_NO_DATABASE'] === '1') return null;
      const mailbox = new LocalMailbox({ port: env.DEV_SMTP_PORT, keep: DEV_MAILBOX_KEEP });
      try {
        await mailbox.start();
      } catch (error) {
        new Logger('DevMailbox').warn(
          `Development mailbox not started on port ${env.DEV_SMTP_PORT}: ${error instanceof Error ? error.message : String(error)}`,
        );
        return null;
      }
      new Logger('DevMailbox').log(`Development mailbox on ${mailbox.url}: /api/dev/mail`);
      return mailbox;
    },
  },
  {
    provide: DEV_MAILBOX_URL,
    inject: [ENV, DEV_MAILBOX],
    // Its own mailbox; or, when the port was taken (the API runs it and this is `npm run worker`), that one.
    useFactory: (env: Env, mailbox: LocalMailbox | null): string | null => {
      if (mailbox) return mailbox.url;
      const wanted = env.DEV_MAILBOX === 'on' && !env.SMTP_URL && process.env['TSUNAGU_NO_DATABASE'] !== '1';
      return wanted && env.DEV_SMTP_PORT ? `smtp://127.0.0.1:${env.DEV_SMTP_PORT}` : null;
    },
  },
];
