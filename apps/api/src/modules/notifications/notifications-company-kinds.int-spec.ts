import { appliedCompany, dataOf, DECIDE } from '../../../test/company-fixtures';
import { NotificationsWorld } from '../../../test/notifications-world';

const RESUBMIT = `mutation($o: ID!) { resubmitCompanyApplication(organisationId: $o) { status } }`;

/** A company's application decided: its admins hear it, in their languages, through the relay and SMTP. */
describe('company notification kinds', () => {
  let w: NotificationsWorld;

  beforeAll(async () => {
    w = await NotificationsWorld.create();
  });
  afterAll(() => w.close());

  const decide = async (organisationId: string, approve: boolean, reason?: string) =>
    dataOf(await w.app.gql(DECIDE, { i: { organisationId, approve, reason } }, { token: w.staff.token }));

  it('tells each company admin the decline with its reason, then the approval; nobody else hears it', async () => {
    const applicant = await w.learner('en');
    const company = await appliedCompany(w.app, applicant.token, w.city, { name: '株式会社ひばり食品' });
    const colleague = await w.app.user({ locale: 'ja', roles: [[company.organisationId, 'company_admin']] });
    await w.mailbox.waitForTo(colleague.email).then(([mail]) => mail && w.mailbox.ignore(mail));
    const bystander = await w.learner('ja');

    await decide(company.organisationId, false, '法人番号の登記上の名称と一致しません。');
    const [declined] = await w.mailbox.waitForTo(applicant.email);
    expect(declined?.kind).toBe('company_application_decided');
    expect(declined?.subject).toBe('Application not approved: 株式会社ひばり食品');
    expect(declined?.text).toContain('法人番号の登記上の名称と一致しません。');
    expect(declined?.text).toContain('http://tsunagu.test/company');
    const [colleagueMail] = await w.mailbox.waitForTo(colleague.email);
    expect(colleagueMail?.subject).toBe('【参加申請の結果】株式会社ひばり食品');
    expect(colleagueMail?.text).toContain('理由');

    dataOf(await w.app.gql(RESUBMIT, { o: company.organisationId }, { token: applicant.token }));
    await decide(company.organisationId, true);
    const [, approved] = await w.mailbox.waitForTo(applicant.email, 2);
    expect(approved?.subject).toBe('Application approved: 株式会社ひばり食品');
    expect(approved?.text).not.toContain('Reason');
    const [, colleagueApproved] = await w.mailbox.waitForTo(colleague.email, 2);
    expect(colleagueApproved?.subject).toBe('【参加申請の承認】株式会社ひばり食品');

    const centre = await w.app.dataSource.query(
      `SELECT user_id AS "userId" FROM notifications WHERE kind = 'company_application_decided' ORDER BY created_at`,
    );
    expect(centre.map((n: { userId: string }) => n.userId).sort()).toEqual(
      [applicant.id, colleague.id, applicant.id, colleague.id].sort(),
    );
    expect(w.mailbox.to(bystander.email)).toHaveLength(0);
  });
});
