export { sampleCoverPng, samplePdf } from '@tsunagu/shared/testing';
export { expectNoA11yViolations } from './a11y';
export { DEMO, DEMO_PASSWORD, uniqueEmail, type DemoAccount } from './accounts';
export { expect, test } from './fixtures';
export { apiInvite, apiSetPreferredLocale, apiSignIn, graphql } from './graphql';
export { screenshot } from './screenshot';
export { currentLocale, openMenu, signIn, signOut, switchLanguage, type Locale } from './session';
