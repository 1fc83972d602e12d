import type { shellJa } from './shell.ja';
import type { Translation } from './translation';

export const shellEn: Translation<typeof shellJa> = {
  app: {
    brand: 'つなぐ',
    brandLatin: 'Tsunagu',
    homeLink: 'top page',
    skipToContent: 'Skip to main content',
    menu: 'Menu',
    mainNav: 'Main menu',
    footer: '© Tsunagu — learning and mentoring for women’s active participation',
    languageSwitch: '日本語',
    languageSwitchLabel: '日本語に切り替える',
    loading: 'Loading…',
  },
  nav: {
    signIn: 'Sign in',
    signUp: 'Sign up',
    signOut: 'Sign out',
    account: 'Account',
    learner: 'My page',
    company_admin: 'Company portal',
    mentor: 'Mentor',
    staff: 'Secretariat',
    mySeminars: 'My seminars',
  },
  validation: {
    required: 'This field is required.',
    email: 'Enter a valid email address.',
    minLength: 'Enter at least {min} characters.',
    maxLength: 'Enter no more than {max} characters.',
    kana: 'Use hiragana or katakana only.',
  },
  errors: {
    BAD_USER_INPUT: 'Please check what you entered.',
    UNAUTHENTICATED: 'The email address or password is incorrect.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'This is already registered.',
    TOO_MANY_REQUESTS: 'Too many attempts. Please wait a while and try again.',
    QUERY_TOO_COMPLEX: 'That asks for too much at once. Narrow it down and try again.',
    PAYLOAD_TOO_LARGE: 'What you are sending is too large. Make it smaller and try again.',
    NETWORK: 'Could not reach the server. Please check your connection.',
    UNKNOWN: 'Something went wrong. Please try again later.',
  },
  language: {
    ja: '日本語',
    en: 'English',
  },
  role: {
    learner: 'Learner',
    company_admin: 'Company HR',
    mentor: 'Mentor',
    staff: 'Secretariat staff',
    team_member: 'Project team',
    admin: 'Administrator',
  },
  // issue 8: errors, loading states, accessibility, personas (web2)
  loadState: {
    title: 'This could not be loaded',
    notFoundTitle: 'Not found',
    forbiddenTitle: 'You cannot open this page',
    server: 'Something went wrong on our server. Please wait a moment, then reload.',
    retry: 'Reload',
    toTop: 'Go to the top page',
  },
  errorSummary: {
    title: 'Please check what you entered',
    fieldError: '{label}: {message}',
    inGroup: '{group}, {label}',
    labels: {
      familyName: 'Family name',
      givenName: 'Given name',
      familyNameKana: 'Family name (kana)',
      givenNameKana: 'Given name (kana)',
    },
  },
  flash: {
    sessionCreated: 'Session “{title}” created.',
    sessionCreatedPlain: 'Session created.',
  },
  comingSoon: {
    badge: 'Coming soon',
    lead: 'This feature is coming soon.',
  },
  notFound: {
    title: 'Page not found',
    lead: 'The page you are looking for may have moved or been removed.',
    back: 'Back to the top page',
  },
};
