import type { Locale } from '@tsunagu/shared/domain';
import type { NotificationKind } from '../notification-kinds';
import type { NotificationParams } from '../notification.entity';
import type { TemplateDeps, TemplateFactory } from './index';
import { formatDateTime, formatMeeting, renderContent, type MessageContent } from './layout';
import type { SeminarFacts } from './seminar-facts';
import { seminarTitle } from './seminar-parts';
import type { NotificationTemplate, RenderedMessage } from './template';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** What a nomination message needs: the params it stored and the session loaded fresh. */
interface Nomination {
  title: string;
  company: string;
  offering: string;
  deadline: string;
  nominee: string;
  accepted: boolean;
}

function nominationOf(facts: SeminarFacts, params: NotificationParams, locale: Locale): Nomination {
  const closesAt = text(params['closesAt']);
  return {
    title: seminarTitle(facts),
    company: text(params['companyName']),
    offering: text(params['offeringCompanyName']),
    deadline: closesAt ? formatDateTime(new Date(closesAt), locale) : '',
    nominee: [text(params['familyName']), text(params['givenName'])].filter(Boolean).join(' '),
    accepted: params['answer'] === 'accepted',
  };
}

interface Wording {
  subject: string;
  summary: string;
  paragraphs: string[];
}

function receivedWords(n: Nomination, locale: Locale): Wording {
  return locale === 'ja'
    ? {
        subject: `【座席へのご推薦】${n.title}`,
        summary: `${n.company}から「${n.title}」の座席に推薦されました。${n.deadline}までにお答えください。`,
        paragraphs: [
          `${n.company}が、${n.offering}の提供する「${n.title}」の座席にあなたを推薦しました。`,
          `マイセミナーで、承諾して申し込むか辞退するかを${n.deadline}までにお選びください。期限を過ぎると推薦は無効になります。`,
        ],
      }
    : {
        subject: `You are nominated for a seat: ${n.title}`,
        summary: `${n.company} nominated you for a seat in “${n.title}”. Please answer by ${n.deadline}.`,
        paragraphs: [
          `${n.company} nominated you for a seat in “${n.title}”, offered by ${n.offering}.`,
          `On My seminars, accept (you are enrolled at once) or decline by ${n.deadline}. After that the nomination lapses.`,
        ],
      };
}

function answeredWords(n: Nomination, locale: Locale): Wording {
  if (locale === 'ja')
    return n.accepted
      ? {
          subject: `【推薦の承諾】${n.nominee}さん：${n.title}`,
          summary: `${n.nominee}さんが「${n.title}」への推薦を承諾し、受講が確定しました。`,
          paragraphs: [
            `${n.nominee}さんが、${n.offering}の提供する「${n.title}」への推薦を承諾しました。受講が確定しています。`,
          ],
        }
      : {
          subject: `【推薦の辞退】${n.nominee}さん：${n.title}`,
          summary: `${n.nominee}さんが「${n.title}」への推薦を辞退しました。座席は提供枠に戻りました。`,
          paragraphs: [
            `${n.nominee}さんが、${n.offering}の提供する「${n.title}」への推薦を辞退しました。`,
            `座席は提供枠に戻りました。枠が残っていれば、${n.deadline}まで別の従業員を推薦できます。`,
          ],
        };
  return n.accepted
    ? {
        subject: `Nomination accepted: ${n.nominee}, ${n.title}`,
        summary: `${n.nominee} accepted the nomination for “${n.title}” and is enrolled.`,
        paragraphs: [
          `${n.nominee} accepted the nomination for a seat in “${n.title}”, offered by ${n.offering}. The place is confirmed.`,
        ],
      }
    : {
        subject: `Nomination declined: ${n.nominee}, ${n.title}`,
        summary: `${n.nominee} declined the nomination for “${n.title}”. The seat went back to the pool.`,
        paragraphs: [
          `${n.nominee} declined the nomination for a seat in “${n.title}”, offered by ${n.offering}.`,
          `The seat went back to the pool: while seats are left you can nominate someone else until ${n.deadline}.`,
        ],
      };
}

function details(facts: SeminarFacts, n: Nomination, locale: Locale): NonNullable<MessageContent['details']> {
  const [first] = facts.meetings;
  const firstMeeting = first ? formatMeeting(first.startsAt, first.endsAt, locale) : '';
  return locale === 'ja'
    ? [
        { label: '講座', value: n.title },
        { label: '初回', value: firstMeeting || '未定' },
        { label: '提供企業', value: n.offering },
        { label: '推薦した企業', value: n.company },
        { label: '回答期限', value: n.deadline },
      ]
    : [
        { label: 'Course', value: n.title },
        { label: 'First meeting', value: firstMeeting || 'To be announced' },
        { label: 'Offered by', value: n.offering },
        { label: 'Nominated by', value: n.company },
        { label: 'Answer by', value: n.deadline },
      ];
}

interface Kind {
  kind: NotificationKind;
  words: (n: Nomination, locale: Locale) => Wording;
  action: (locale: Locale) => { label: string; path: string };
}

const KINDS: readonly Kind[] = [
  {
    kind: 'seat_nomination_received',
    words: receivedWords,
    action: (locale) => ({
      label: locale === 'ja' ? 'マイセミナーで答える' : 'Answer on My seminars',
      path: '/my/seminars',
    }),
  },
  {
    kind: 'seat_nomination_answered',
    words: answeredWords,
    action: (locale) => ({
      label: locale === 'ja' ? '企業ページで座席を見る' : 'See the seats on the company page',
      path: '/company',
    }),
  },
];

function sessionIdOf(params: NotificationParams): string {
  const id = params['sessionId'];
  if (typeof id !== 'string') throw new Error('a nomination notification without sessionId');
  return id;
}

function template(deps: TemplateDeps, kind: Kind): NotificationTemplate<NotificationParams> {
  const load = async (params: NotificationParams, locale: Locale) => {
    const facts = await deps.seminar(sessionIdOf(params));
    const nomination = nominationOf(facts, params, locale);
    return { facts, nomination, wording: kind.words(nomination, locale) };
  };
  return {
    kind: kind.kind,
    async brief(params, locale) {
      const { wording } = await load(params, locale);
      return { title: wording.subject, summary: wording.summary };
    },
    async render(params, locale): Promise<RenderedMessage> {
      const { facts, nomination, wording } = await load(params, locale);
      const action = kind.action(locale);
      const content: MessageContent = {
        heading: wording.subject,
        paragraphs: wording.paragraphs,
        details: details(facts, nomination, locale),
        action: { label: action.label, url: `${deps.publicUrl}${action.path}` },
        footer:
          locale === 'ja'
            ? [
                `このメールは「つなぐ」から${nomination.company}の座席の推薦についてお送りしています。`,
                `通知の設定: ${deps.publicUrl}/account`,
              ]
            : [
                `Sent by Tsunagu about a seat nomination of ${nomination.company}.`,
                `Notification settings: ${deps.publicUrl}/account`,
              ],
      };
      return {
        subject: wording.subject,
        summary: wording.summary,
        ...renderContent(content, locale),
        attachments: [],
      };
    },
  };
}

/** A seat nomination: to the nominee (with the deadline), and her answer to her company's admins. */
export const seatPoolsTemplates: TemplateFactory = (deps) => KINDS.map((kind) => template(deps, kind));
