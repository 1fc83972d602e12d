import type { identityJa } from './identity.ja';
import type { Translation } from './translation';

export const identityEn: Translation<typeof identityJa> = {
  auth: {
    signIn: {
      title: 'Sign in',
      lead: 'Enter the email address and password you registered with.',
      submit: 'Sign in',
      submitting: 'Signing in…',
      noAccount: 'No account yet?',
      toSignUp: 'Sign up',
    },
    signUp: {
      title: 'Sign up',
      lead: 'Create your Tsunagu account. Your name does not need to match official documents.',
      submit: 'Create account',
      submitting: 'Creating your account…',
      haveAccount: 'Already have an account?',
      toSignIn: 'Sign in',
      invitation: '{organisation} has invited you as “{role}”.',
      invitationTitle: 'Invitation',
      invitationInvalid: 'This invitation link is invalid or has expired. You can still sign up without it.',
      nameLegend: 'Name',
      kanaLegend: 'Name in kana (furigana)',
    },
    account: {
      title: 'Account',
      languageTitle: 'Language',
      languageHint: 'Your choice is saved to your account.',
      passwordTitle: 'Change password',
      passwordSubmit: 'Change password',
      passwordChanged: 'Your password has been changed.',
      languageSaved: 'Your language has been saved.',
    },
    fields: {
      email: 'Email address',
      emailHint: 'e.g. hanako@example.jp',
      password: 'Password',
      passwordHint: 'At least {min} characters.',
      currentPassword: 'Current password',
      newPassword: 'New password',
      familyName: 'Family name',
      givenName: 'Given name',
      familyNameKana: 'Family name (kana)',
      givenNameKana: 'Given name (kana)',
      kanaHint: 'Use hiragana or katakana.',
    },
  },
  returnTo: {
    seminar: 'Once you have signed up or signed in, you go back to enrolling in "{title}".',
    page: 'Once you have signed up or signed in, you go back to the page you came from.',
  },
};
