import type { MessageKeysOf, MessageTable } from '../../core/i18n/messages';

/** The API messages the organisations module raises, Japanese and English. */
export const ORGANISATIONS_MESSAGES = {
  'organisations.notFound': { ja: '団体が見つかりません。', en: 'Organisation not found.' },
  'organisations.invitationNotFound': {
    ja: '招待が見つからないか、有効期限が切れています。',
    en: 'This invitation does not exist or has expired.',
  },
  'organisations.invitationUsed': {
    ja: 'この招待は既に使われています。',
    en: 'This invitation has already been used.',
  },
  'organisations.invitationOtherEmail': {
    ja: 'この招待は別のメールアドレス宛てです。',
    en: 'This invitation was sent to a different email address.',
  },
  'organisations.alreadyMember': {
    ja: 'この方は既にこの役割で所属しています。',
    en: 'This person already holds this role in the organisation.',
  },
} as const satisfies MessageTable;

declare module '../../core/i18n/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type -- merges this module's keys
  interface MessageCatalogue extends MessageKeysOf<typeof ORGANISATIONS_MESSAGES> {}
}
