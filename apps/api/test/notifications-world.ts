import { enrolAs } from './enrolment-fixtures';
import { freshDatabase, type FreshDatabase } from './fresh-database';
import { TestApp, type TestUser } from './harness';
import { TestMailbox } from './mailbox';
import { seminarSession, type SessionFixture, type SessionOptions } from './seminar-fixtures';

/** The environment of an app that runs jobs on its own database and mails the test mailbox. */
export function jobsEnv(db: FreshDatabase, mailbox: TestMailbox): Record<string, string> {
  return {
    DATABASE_URL: db.url,
    JOBS_WORK: 'inline',
    JOBS_POLL_SECONDS: '0.5',
    JOBS_MAINTENANCE_SECONDS: '5',
    OUTBOX_POLL_MS: '100',
    SMTP_URL: mailbox.url,
    PUBLIC_URL: 'http://tsunagu.test',
  };
}

/**
 * A database of its own, a real SMTP mailbox, and the app running jobs on them (notifications tests):
 * a city with its contact set, and one of its staff.
 */
export class NotificationsWorld {
  private constructor(
    readonly db: FreshDatabase,
    readonly mailbox: TestMailbox,
    public app: TestApp,
    readonly city: string,
    readonly cityName: string,
    readonly staff: TestUser,
  ) {}

  static async create(): Promise<NotificationsWorld> {
    const db = await freshDatabase();
    const mailbox = await TestMailbox.start();
    const app = await TestApp.create({ env: jobsEnv(db, mailbox) });
    const cityName = `小美玉市 ${Math.random().toString(36).slice(2, 7)}`;
    const city = await app.organisation('city', cityName);
    await app.dataSource.query(
      `UPDATE organisations SET contact_email = 'seminar@city.test', contact_phone = '0299-00-0000' WHERE id = $1`,
      [city],
    );
    const staff = await app.user({ roles: [[city, 'staff']] });
    return new NotificationsWorld(db, mailbox, app, city, cityName, staff);
  }

  /** A new app on the same database and mailbox (the old one closed first: an API restart). */
  async restart(): Promise<void> {
    await this.app.close();
    this.app = await TestApp.create({ env: jobsEnv(this.db, this.mailbox) });
  }

  session(options: Partial<SessionOptions> = {}): Promise<SessionFixture> {
    return seminarSession(this.app, { providerOrganisationId: this.city, ...options });
  }

  /**
   * A new learner. Her sign-up sends an address-verification mail (identity): it is awaited and set
   * aside, so `mailbox.to(her.email)` holds only what the test does next (`verificationMail: true` keeps it).
   */
  async learner(
    locale: 'ja' | 'en' = 'ja',
    email?: string,
    options: { verificationMail?: boolean } = {},
  ): Promise<TestUser> {
    const user = await this.app.user({ locale, ...(email && { email }) });
    if (!options.verificationMail) {
      const [mail] = await this.mailbox.waitForTo(user.email);
      if (mail) this.mailbox.ignore(mail);
    }
    return user;
  }

  async enrol(user: TestUser, sessionId: string): Promise<{ id: string; status: string }> {
    const result = await enrolAs(this.app, user, { sessionId });
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.enrol;
  }

  async close(): Promise<void> {
    await this.app.close();
    await this.mailbox.stop();
    await this.db.drop();
  }
}
