import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  signal,
  type WritableSignal,
} from '@angular/core';
import { DomSanitizer } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  devMailAttachmentUrl,
  DevMailHttpError,
  DevMailService,
  DevMailUnavailableError,
  type DevMailMessage,
  type DevMailSummary,
} from '@tsunagu/web/notifications/data-access';
import { loadOnChange } from '@tsunagu/web/shared/data-access';
import { AlertComponent, EmptyStateComponent, LoadingStatusComponent } from '@tsunagu/web/shared/ui';
import {
  formatDateTime,
  formatFileSize,
  I18nService,
  NOTIFICATIONS_PATHS,
  TranslatePipe,
} from '@tsunagu/web/shared/util';

/** The sentence for a failed load of the dev mailbox: not mounted (not development), HTTP trouble, offline. */
export function devMailProblem(i18n: Pick<I18nService, 't'>, error: unknown, message = false): string {
  if (error instanceof DevMailUnavailableError)
    return i18n.t(message ? 'notifications.devMail.notFound' : 'notifications.devMail.unavailable');
  if (error instanceof DevMailHttpError && error.status > 0)
    return i18n.t('notifications.devMail.failed', { status: error.status });
  return i18n.t('notifications.devMail.offline');
}

/**
 * The iframe document for a mail's HTML: its own CSP forbids scripts, and the frame is sandboxed with
 * nothing allowed (no scripts, no same origin, no forms), so the mail cannot reach the app.
 */
export function sandboxedHtml(html: string): string {
  const csp = "default-src 'none'; img-src data: cid: https: http:; style-src 'unsafe-inline'";
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><base target="_blank"></head><body>${html}</body></html>`;
}

/**
 * `/dev/mail` (development only): what the app's local SMTP server received, newest first, and one
 * message with its headers, text, HTML (in a sandboxed frame, no scripts) and attachments.
 */
@Component({
  selector: 'tsu-dev-mail-page',
  imports: [RouterLink, TranslatePipe, AlertComponent, EmptyStateComponent, LoadingStatusComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: `
    .mails {
      list-style: none;
      margin: 0;
      padding: 0;
      border-top: 1px solid var(--tsu-border-soft);
    }
    .mails li {
      padding: 0.625rem 0;
      border-bottom: 1px solid var(--tsu-border-soft);
    }
    .mails a {
      font-weight: 700;
    }
    .mails p {
      margin: 0;
      color: var(--tsu-muted);
      font-size: 0.9375rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content minmax(0, 1fr);
      gap: 0.125rem 1rem;
      margin: 0 0 1rem;
    }
    dt {
      color: var(--tsu-muted);
    }
    dd {
      margin: 0;
    }
    pre {
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      background: var(--tsu-surface);
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      padding: 0.75rem;
      font-size: 0.9375rem;
    }
    iframe {
      width: 100%;
      height: 32rem;
      border: 1px solid var(--tsu-border-soft);
      border-radius: var(--tsu-radius);
      background: #fff;
    }
    section {
      margin-bottom: 1.5rem;
    }
  `,
  template: `
    <div class="tsu-page tsu-page--wide" data-testid="dev-mail-page">
      @if (id()) {
        <p>
          <a [routerLink]="paths.devMail.link()" data-testid="dev-mail-back">{{
            'notifications.devMail.back' | t
          }}</a>
        </p>
        <tsu-loading-status [active]="message.loading()" />
        @if (message.error(); as e) {
          <h1>{{ 'notifications.devMail.title' | t }}</h1>
          <tsu-alert kind="error" data-testid="dev-mail-problem">{{
            problem(messageFailure(), true)
          }}</tsu-alert>
        } @else if (message.data(); as m) {
          <h1 data-testid="dev-mail-subject">{{ m.subject || ('notifications.devMail.noSubject' | t) }}</h1>
          <dl data-testid="dev-mail-headers">
            <dt>{{ 'notifications.devMail.from' | t }}</dt>
            <dd>{{ m.from }}</dd>
            <dt>{{ 'notifications.devMail.to' | t }}</dt>
            <dd data-testid="dev-mail-to">{{ m.to }}</dd>
            <dt>{{ 'notifications.devMail.date' | t }}</dt>
            <dd>
              <time [attr.datetime]="m.date">{{ dateTime(m.date) }}</time>
            </dd>
            @if (m.kind) {
              <dt>{{ 'notifications.devMail.kind' | t }}</dt>
              <dd data-testid="dev-mail-kind">{{ m.kind }}</dd>
            }
            @if (m.messageId) {
              <dt>{{ 'notifications.devMail.messageId' | t }}</dt>
              <dd>
                <code>{{ m.messageId }}</code>
              </dd>
            }
          </dl>
          <section aria-labelledby="dev-mail-attachments">
            <h2 id="dev-mail-attachments">{{ 'notifications.devMail.attachments' | t }}</h2>
            @if (m.attachments.length === 0) {
              <p>{{ 'notifications.devMail.noAttachments' | t }}</p>
            } @else {
              <ul class="tsu-list" data-testid="dev-mail-attachment-list">
                @for (a of m.attachments; track a.index) {
                  <li>
                    <a
                      [href]="attachmentUrl(m, a.index)"
                      [attr.download]="a.filename ?? ''"
                      data-testid="dev-mail-attachment"
                      >{{
                        'notifications.devMail.attachment'
                          | t: { name: a.filename ?? '#' + a.index, type: a.contentType, size: size(a.size) }
                      }}</a
                    >
                  </li>
                }
              </ul>
            }
          </section>
          <section aria-labelledby="dev-mail-text">
            <h2 id="dev-mail-text">{{ 'notifications.devMail.text' | t }}</h2>
            @if (m.text) {
              <pre data-testid="dev-mail-text-body" tabindex="0">{{ m.text }}</pre>
            } @else {
              <p>{{ 'notifications.devMail.noText' | t }}</p>
            }
          </section>
          @if (html(); as doc) {
            <section aria-labelledby="dev-mail-html">
              <h2 id="dev-mail-html">{{ 'notifications.devMail.html' | t }}</h2>
              <iframe
                sandbox=""
                referrerpolicy="no-referrer"
                [srcdoc]="doc"
                [title]="'notifications.devMail.htmlFrame' | t"
                data-testid="dev-mail-html-frame"
              ></iframe>
            </section>
          }
        }
      } @else {
        <h1>{{ 'notifications.devMail.title' | t }}</h1>
        <p class="tsu-lead">{{ 'notifications.devMail.lead' | t }}</p>
        <tsu-loading-status [active]="list.loading()" />
        @if (list.error()) {
          <tsu-alert kind="error" data-testid="dev-mail-problem">{{ problem(listFailure()) }}</tsu-alert>
        } @else if (list.data(); as mails) {
          <p>
            <button
              type="button"
              class="tsu-button tsu-button--secondary"
              (click)="list.reload()"
              data-testid="dev-mail-refresh"
            >
              {{ 'notifications.devMail.refresh' | t }}
            </button>
          </p>
          @if (mails.length === 0) {
            <tsu-empty-state [message]="'notifications.devMail.empty' | t" />
          } @else {
            <ul
              class="mails"
              [attr.aria-label]="'notifications.devMail.list' | t"
              data-testid="dev-mail-list"
            >
              @for (mail of mails; track mail.id) {
                <li data-testid="dev-mail-item" [attr.data-kind]="mail.kind">
                  <a [routerLink]="paths.devMailMessage.link({ id: mail.id })">{{
                    mail.subject || ('notifications.devMail.noSubject' | t)
                  }}</a>
                  <p>
                    {{ 'notifications.devMail.to' | t }}: {{ mail.to }} ·
                    <time [attr.datetime]="mail.date">{{ dateTime(mail.date) }}</time>
                    @if (mail.kind) {
                      · {{ mail.kind }}
                    }
                    @if (mail.attachments.length > 0) {
                      · {{ 'notifications.devMail.attachmentCount' | t: { n: mail.attachments.length } }}
                    }
                  </p>
                </li>
              }
            </ul>
          }
        }
      }
    </div>
  `,
})
export class DevMailPage {
  /** The route's `:id` (the list when absent). */
  readonly id = input<string | undefined>();
  private readonly service = inject(DevMailService);
  private readonly i18n = inject(I18nService);
  protected readonly paths = NOTIFICATIONS_PATHS;

  /** The failures as the service threw them (404 means: not development), for our own sentence. */
  protected readonly listFailure = signal<unknown>(null);
  protected readonly messageFailure = signal<unknown>(null);
  protected readonly list = loadOnChange<true, DevMailSummary[]>(
    () => (this.id() ? null : true),
    () => capture(this.service.list(), this.listFailure),
  );
  protected readonly message = loadOnChange<string, DevMailMessage>(
    () => this.id(),
    (id) => capture(this.service.message(id), this.messageFailure),
  );
  private readonly sanitizer = inject(DomSanitizer);
  /** Trusted only because the frame is sandboxed with nothing allowed and carries a no-script CSP. */
  protected readonly html = computed(() => {
    const html = this.message.data()?.html;
    return html ? this.sanitizer.bypassSecurityTrustHtml(sandboxedHtml(html)) : null;
  });

  protected problem(error: unknown, message = false): string {
    return devMailProblem(this.i18n, error, message);
  }

  protected attachmentUrl(m: DevMailMessage, index: number): string {
    return devMailAttachmentUrl(m.id, index);
  }

  protected dateTime(value: string): string {
    return formatDateTime(value, this.i18n.locale());
  }

  protected size(bytes: number): string {
    return formatFileSize(bytes, this.i18n.locale());
  }
}

function capture<T>(request: Promise<T>, into: WritableSignal<unknown>): Promise<T> {
  into.set(null);
  return request.catch((error: unknown) => {
    into.set(error);
    throw error;
  });
}
