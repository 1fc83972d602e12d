/** Shared by the enrolment end-to-end specs. */
import { type APIRequestContext, type Download, type Page } from '@playwright/test';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import QRCode from 'qrcode';
import { expectNoA11yViolations } from './a11y';
import { DEMO, DEMO_PASSWORD, uniqueEmail } from './accounts';
import { expect } from './fixtures';
import { apiSignIn, graphql } from './graphql';
import { screenshot } from './screenshot';
import { switchLanguage, type Locale } from './session';

export const DAY = 24 * 60 * 60 * 1000;
/** A Tokyo calendar date `days` from today, as the editor's date inputs take it. */
export const tokyoDate = (days: number) =>
  new Date(Date.now() + days * DAY + 9 * 3_600_000).toISOString().slice(0, 10);
export const iso = (t: number) => new Date(t).toISOString();

/** Axe and a screenshot in Japanese, then in English; the page is left in Japanese. */
export async function checkBothLanguages(page: Page, name: string, heading: Record<Locale, string | RegExp>) {
  for (const locale of ['ja', 'en'] as const) {
    await switchLanguage(page, locale);
    await expect(page.locator('h1')).toHaveText(heading[locale]);
    await expectNoA11yViolations(page, `${name}-${locale}`);
    await screenshot(page, `${name}-${locale}`);
  }
  await switchLanguage(page, 'ja');
}

export async function downloadText(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFile(path);
}

/** A new learner account through the API; returns her token and name. */
export async function apiSignUp(request: APIRequestContext, familyName: string, givenName: string) {
  const email = uniqueEmail('enrol');
  const data = await graphql<{ signUp: { accessToken: string } }>(
    request,
    'mutation ($input: SignUpInput!) { signUp(input: $input) { accessToken } }',
    {
      input: {
        email,
        password: DEMO_PASSWORD,
        familyName,
        givenName,
        familyNameKana: 'テスト',
        givenNameKana: 'ハナコ',
      },
    },
  );
  return { email, token: data.signUp.accessToken, name: `${familyName} ${givenName}` };
}

/**
 * As staff: a published course of her organisation with one session built from `session`. By default
 * its one meeting starts in half an hour and reception (出欠) opens an hour before, so check-in works now.
 */
export async function apiCreateSession(request: APIRequestContext, session: Record<string, unknown>) {
  const token = await apiSignIn(request, DEMO.staff.email);
  const me = await graphql<{ me: { memberships: { role: string; organisation: { id: string } }[] } }>(
    request,
    '{ me { memberships { role organisation { id } } } }',
    {},
    token,
  );
  const organisationId = me.me.memberships.find((m) => m.role === 'staff')!.organisation.id;
  const course = await graphql<{ createCourse: { id: string } }>(
    request,
    'mutation ($input: CreateCourseInput!) { createCourse(input: $input) { id } }',
    {
      input: {
        providerOrganisationId: organisationId,
        title: `E2E 受付テスト講座 ${Math.random().toString(36).slice(2, 6)}`,
        // A category no demo course uses, so the catalogue's own e2e counts stay as seeded.
        category: 'other',
        summary: 'E2E',
      },
    },
    token,
  );
  await graphql(
    request,
    'mutation ($id: ID!) { publishCourse(id: $id) { id } }',
    { id: course.createCourse.id },
    token,
  );
  const start = Date.now() + 30 * 60_000;
  const created = await graphql<{ createSession: { id: string; meetings: { id: string }[] } }>(
    request,
    'mutation ($input: CreateSessionInput!) { createSession(input: $input) { id meetings { id } } }',
    {
      input: {
        courseId: course.createCourse.id,
        title: 'E2E',
        venueName: '小美玉市役所 会議室',
        capacity: 1,
        registrationOpensAt: iso(Date.now() - DAY),
        registrationClosesAt: iso(start),
        cancellationDeadline: iso(start - 5 * 60_000),
        checkInOpensMinutesBefore: 60,
        meetings: [{ startsAt: iso(start), endsAt: iso(start + 2 * 3600_000) }],
        ...session,
      },
    },
    token,
  );
  return { sessionId: created.createSession.id, staffToken: token };
}

export async function apiEnrol(
  request: APIRequestContext,
  token: string,
  sessionId: string,
  childcare = false,
) {
  const data = await graphql<{ enrol: { id: string; status: string } }>(
    request,
    'mutation ($input: EnrolInput!) { enrol(input: $input) { id status } }',
    { input: { sessionId, childcare, childAgesMonths: childcare ? [24] : [] } },
    token,
  );
  return data.enrol;
}

/**
 * A Y4M video (what Chromium's fake camera plays, looping) showing one QR code: grey-scale frames with
 * neutral chroma, the code drawn a few pixels per module with a white quiet zone.
 */
export async function qrVideo(text: string): Promise<string> {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const side = 480;
  const scale = Math.floor(side / (modules.size + 8));
  const offset = Math.floor((side - modules.size * scale) / 2);
  const luma = Buffer.alloc(side * side, 235);
  for (let y = 0; y < modules.size * scale; y++)
    for (let x = 0; x < modules.size * scale; x++)
      if (modules.get(Math.floor(y / scale), Math.floor(x / scale)))
        luma[(y + offset) * side + x + offset] = 16;
  const chroma = Buffer.alloc((side / 2) * (side / 2) * 2, 128);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  const file = join(await mkdtemp(join(tmpdir(), 'tsunagu-qr-')), 'qr.y4m');
  await writeFile(
    file,
    Buffer.concat([
      Buffer.from(`YUV4MPEG2 W${side} H${side} F10:1 Ip A1:1 C420jpeg\n`),
      ...Array(10).fill(frame),
    ]),
  );
  return file;
}
