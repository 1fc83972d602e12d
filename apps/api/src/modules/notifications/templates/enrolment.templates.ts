import type { Locale } from '@tsunagu/shared/domain';
import type { NotificationKind } from '../notification-kinds';
import type { NotificationParams } from '../notification.entity';
import type { TemplateDeps, TemplateFactory } from './index';
import { renderContent, type MessageContent } from './layout';
import type { SeminarFacts } from './seminar-facts';
import {
  CHECK_IN_CID,
  checkInQr,
  contactOf,
  seminarCalendar,
  seminarDetails,
  seminarFooter,
  seminarTitle,
} from './seminar-parts';
import type { Attachment, NotificationTemplate, RenderedMessage } from './template';

/** What one kind says, in one language, from the facts. */
interface Wording {
  subject: string;
  summary: string;
  paragraphs: string[];
}

type Words = (facts: SeminarFacts, params: NotificationParams) => Record<Locale, Wording>;

/** What a kind's message carries besides its words. */
interface Extras {
  /** Her check-in QR code (a seat is hers). */
  qr: boolean;
  calendar: 'REQUEST' | 'CANCEL' | null;
}

const title = seminarTitle;
const position = (params: NotificationParams) => Number(params['waitlistPosition'] ?? 0) || null;

const CONFIRMED: Words = (f) => ({
  ja: {
    subject: `【受講確定】${title(f)}`,
    summary: `「${title(f)}」の受講が確定しました。`,
    paragraphs: [
      `「${title(f)}」へのお申し込みを受け付け、受講が確定しました。`,
      '当日は受付でこのメールのQRコード（マイページにも表示されます）をご提示ください。',
    ],
  },
  en: {
    subject: `Your place is confirmed: ${title(f)}`,
    summary: `Your place in “${title(f)}” is confirmed.`,
    paragraphs: [
      `Thank you for applying. Your place in “${title(f)}” is confirmed.`,
      'On the day, show the QR code in this email (also on your page) at reception.',
    ],
  },
});

const WAITLISTED: Words = (f, p) => ({
  ja: {
    subject: `【キャンセル待ち】${title(f)}`,
    summary: `「${title(f)}」のキャンセル待ち${position(p) ?? ''}番目です。`,
    paragraphs: [
      `「${title(f)}」は定員に達したため、キャンセル待ち（${position(p) ?? '-'}番目）として受け付けました。`,
      '席が空き次第、繰り上げてお知らせします。',
    ],
  },
  en: {
    subject: `You are on the waitlist: ${title(f)}`,
    summary: `You are number ${position(p) ?? '-'} on the waitlist of “${title(f)}”.`,
    paragraphs: [
      `“${title(f)}” is full, so you are on its waitlist (number ${position(p) ?? '-'}).`,
      'We will tell you as soon as a place frees up and you move up.',
    ],
  },
});

const PROMOTED: Words = (f) => ({
  ja: {
    subject: `【繰り上げ確定】${title(f)}`,
    summary: `キャンセル待ちから繰り上がり、「${title(f)}」の受講が確定しました。`,
    paragraphs: [
      `席が空いたため、キャンセル待ちから繰り上がり「${title(f)}」の受講が確定しました。`,
      '当日は受付でこのメールのQRコードをご提示ください。ご都合が悪くなった場合はマイページからキャンセルしてください。',
    ],
  },
  en: {
    subject: `You moved up from the waitlist: ${title(f)}`,
    summary: `A place freed up: your place in “${title(f)}” is confirmed.`,
    paragraphs: [
      `A place freed up, so you moved up from the waitlist: your place in “${title(f)}” is confirmed.`,
      'On the day, show the QR code in this email at reception. If you can no longer come, please cancel on your page.',
    ],
  },
});

const won = (p: NotificationParams) => p['event'] === 'enrolment.lottery_won';

const LOTTERY: Words = (f, p) =>
  won(p)
    ? {
        ja: {
          subject: `【抽選結果】当選：${title(f)}`,
          summary: `「${title(f)}」の抽選に当選し、受講が確定しました。`,
          paragraphs: [
            `「${title(f)}」の抽選の結果、当選されました。受講が確定しています。`,
            '当日は受付でこのメールのQRコードをご提示ください。',
          ],
        },
        en: {
          subject: `Lottery result: you have a place in ${title(f)}`,
          summary: `You won a place in the lottery of “${title(f)}”.`,
          paragraphs: [
            `The lottery of “${title(f)}” has been drawn and you have a place: it is confirmed.`,
            'On the day, show the QR code in this email at reception.',
          ],
        },
      }
    : {
        ja: {
          subject: `【抽選結果】キャンセル待ち：${title(f)}`,
          summary: `「${title(f)}」の抽選の結果、キャンセル待ち${position(p) ?? ''}番目となりました。`,
          paragraphs: [
            `「${title(f)}」の抽選の結果、今回は落選となり、キャンセル待ち（${position(p) ?? '-'}番目）として登録しました。`,
            '席が空き次第、繰り上げてお知らせします。',
          ],
        },
        en: {
          subject: `Lottery result: on the waitlist of ${title(f)}`,
          summary: `The lottery of “${title(f)}” put you on the waitlist (number ${position(p) ?? '-'}).`,
          paragraphs: [
            `The lottery of “${title(f)}” has been drawn. You did not get a place this time and are number ${position(p) ?? '-'} on the waitlist.`,
            'We will tell you as soon as a place frees up and you move up.',
          ],
        },
      };

const CANCELLED: Words = (f, p) =>
  p['by'] === 'staff'
    ? {
        ja: {
          subject: `【お申し込み取り消し】${title(f)}`,
          summary: `主催者により「${title(f)}」のお申し込みが取り消されました。`,
          paragraphs: [
            `主催者により「${title(f)}」へのお申し込みが取り消されました。`,
            'ご不明な点は下記のお問い合わせ先までご連絡ください。',
          ],
        },
        en: {
          subject: `Your application was cancelled: ${title(f)}`,
          summary: `The organisers cancelled your application for “${title(f)}”.`,
          paragraphs: [
            `The organisers cancelled your application for “${title(f)}”.`,
            'If anything is unclear, please contact them (below).',
          ],
        },
      }
    : {
        ja: {
          subject: `【キャンセル受付】${title(f)}`,
          summary: `「${title(f)}」のキャンセルを受け付けました。`,
          paragraphs: [`「${title(f)}」のキャンセルを受け付けました。またのお申し込みをお待ちしています。`],
        },
        en: {
          subject: `Cancellation received: ${title(f)}`,
          summary: `Your cancellation of “${title(f)}” is received.`,
          paragraphs: [
            `We received your cancellation of “${title(f)}”. We hope to see you at another course.`,
          ],
        },
      };

const SESSION_CANCELLED: Words = (f) => ({
  ja: {
    subject: `【開催中止】${title(f)}`,
    summary: `「${title(f)}」は開催中止となりました。`,
    paragraphs: [
      `誠に申し訳ありませんが、「${title(f)}」は開催中止となりました。お申し込みは取り消されています。`,
      'ご不明な点は下記のお問い合わせ先までご連絡ください。',
    ],
  },
  en: {
    subject: `Cancelled: ${title(f)}`,
    summary: `“${title(f)}” has been cancelled.`,
    paragraphs: [
      `We are sorry: “${title(f)}” has been cancelled, and your application with it.`,
      'If anything is unclear, please contact the organisers (below).',
    ],
  },
});

/** What changed (`session.changed`'s `changes`: `meetings`, `place`); both when the params do not say. */
function changedParts(params: NotificationParams): { meetings: boolean; place: boolean } {
  const changes = typeof params['changes'] === 'string' ? params['changes'].split(',') : [];
  const meetings = changes.includes('meetings');
  const place = changes.includes('place');
  return meetings || place ? { meetings, place } : { meetings: true, place: true };
}

const SESSION_CHANGED: Words = (f, p) => {
  const { meetings, place } = changedParts(p);
  const ja = meetings && place ? '日時・会場' : meetings ? '日時' : '会場';
  const jaPhrase = meetings && place ? '日時または会場' : ja;
  const en = meetings && place ? 'dates or place' : meetings ? 'dates' : 'place';
  const enVerb = meetings ? 'have' : 'has';
  return {
    ja: {
      subject: `【${ja}の変更】${title(f)}`,
      summary: `「${title(f)}」の${jaPhrase}が変更されました。`,
      paragraphs: [
        `「${title(f)}」の${jaPhrase}が変更されました。最新の内容は以下のとおりです。`,
        'カレンダーに登録済みの方は、添付のファイルで予定が更新されます。',
      ],
    },
    en: {
      subject: `Changed: ${title(f)}`,
      summary: `The ${en} of “${title(f)}” ${enVerb} changed.`,
      paragraphs: [
        `The ${en} of “${title(f)}” ${enVerb} changed. Here is what holds now.`,
        'If you added it to your calendar, the attached file updates the entry.',
      ],
    },
  };
};

const seat = { qr: true, calendar: 'REQUEST' } as const;
const noSeat = { qr: false, calendar: null } as const;
const ended = { qr: false, calendar: 'CANCEL' } as const;

const KINDS: readonly [NotificationKind, Words, (params: NotificationParams) => Extras][] = [
  ['enrolment_confirmed', CONFIRMED, () => seat],
  ['enrolment_waitlisted', WAITLISTED, () => noSeat],
  ['enrolment_promoted', PROMOTED, () => seat],
  ['lottery_result', LOTTERY, (p) => (won(p) ? seat : noSeat)],
  ['enrolment_cancelled', CANCELLED, () => ended],
  ['session_cancelled', SESSION_CANCELLED, () => ended],
  ['session_changed', SESSION_CHANGED, () => ({ qr: false, calendar: 'REQUEST' })],
];

function sessionIdOf(params: NotificationParams): string {
  const id = params['sessionId'];
  if (typeof id !== 'string') throw new Error('a seminar notification without sessionId');
  return id;
}

function template(
  deps: TemplateDeps,
  kind: NotificationKind,
  words: Words,
  extrasOf: (params: NotificationParams) => Extras,
): NotificationTemplate<NotificationParams> {
  return {
    kind,
    async brief(params, locale) {
      const wording = words(await deps.seminar(sessionIdOf(params)), params)[locale];
      return { title: wording.subject, summary: wording.summary };
    },
    async render(params, locale): Promise<RenderedMessage> {
      const facts = await deps.seminar(sessionIdOf(params));
      const wording = words(facts, params)[locale];
      const extras = extrasOf(params);
      const enrolmentId = typeof params['enrolmentId'] === 'string' ? params['enrolmentId'] : null;
      const attachments: Attachment[] = [];
      let image: MessageContent['image'];
      if (extras.qr && enrolmentId) {
        const code = deps.checkInCodes.sign(enrolmentId, facts.session.id);
        attachments.push(await checkInQr(code));
        image =
          locale === 'ja'
            ? {
                cid: CHECK_IN_CID,
                alt: '受付用QRコード',
                caption: '受付用QRコード',
                text: `受付コード: ${code}`,
              }
            : {
                cid: CHECK_IN_CID,
                alt: 'Check-in QR code',
                caption: 'Check-in QR code',
                text: `Check-in code: ${code}`,
              };
      }
      const at = typeof params['at'] === 'string' ? new Date(params['at']) : new Date();
      const content: MessageContent = {
        heading: wording.subject,
        paragraphs: wording.paragraphs,
        details: seminarDetails(facts, locale),
        ...(image && { image }),
        action: {
          label: locale === 'ja' ? 'マイページで確認する' : 'See it on your page',
          url: `${deps.publicUrl}/my/seminars`,
        },
        contact: contactOf(facts, locale),
        footer: seminarFooter(facts, locale, deps.publicUrl),
      };
      return {
        subject: wording.subject,
        summary: wording.summary,
        ...renderContent(content, locale),
        attachments,
        ...(extras.calendar && { calendar: seminarCalendar(facts, extras.calendar, at, deps.publicUrl) }),
      };
    },
  };
}

/** The seminar kinds' templates (ja/en, text + HTML): confirmation, waitlist, promotion, lottery, cancellations, change. */
export const enrolmentTemplates: TemplateFactory = (deps) =>
  KINDS.map(([kind, words, extras]) => template(deps, kind, words, extras));
