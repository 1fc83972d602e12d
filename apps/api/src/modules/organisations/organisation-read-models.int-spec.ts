import { TestApp } from '../../../test/harness';
import { COMPANY_GROUP_PEERS, ORGANISATION_DIRECTORY } from './organisation-read-models';
import { OrganisationEntity } from './organisation.entity';

/**
 * The views other modules read instead of the organisations module's tables: their rows are the
 * contract (company groups, issue 11, narrowed `company_group_peers` to current members).
 */
describe('organisation read models', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await TestApp.create();
  });
  afterAll(() => app.close());

  async function group(
    kind: string,
    owner: string,
    members: string[],
    past: { invited?: string[]; left?: string[]; declined?: string[] } = {},
  ): Promise<void> {
    const [{ id }] = await app.dataSource.query(
      `INSERT INTO groups (name, kind, owner_organisation_id) VALUES ('グループ', $1, $2) RETURNING id`,
      [kind, owner],
    );
    const insert = (organisationId: string, status: string, columns: string, values: string) =>
      app.dataSource.query(
        `INSERT INTO group_members (group_id, organisation_id, status${columns}) VALUES ($1, $2, $3${values})`,
        [id, organisationId, status],
      );
    for (const member of members) await insert(member, 'member', ', joined_at', ', now()');
    for (const o of past.invited ?? []) await insert(o, 'invited', ', invited_at', ', now()');
    for (const o of past.declined ?? []) await insert(o, 'declined', ', declined_at', ', now()');
    for (const o of past.left ?? []) await insert(o, 'left', ', joined_at, left_at', ', now(), now()');
  }

  it('pairs each member of a company group with its members and owner, and nothing else', async () => {
    const [owner, a, b, teamOwner, teamMember, invited, left, declined] = await Promise.all([
      app.organisation('city'),
      app.organisation('partner_company'),
      app.organisation('partner_company'),
      app.organisation('city'),
      app.organisation('partner_company'),
      app.organisation('partner_company'),
      app.organisation('partner_company'),
      app.organisation('partner_company'),
    ]);
    // Only current members count: an invited, a declined and a departed company make no pairs.
    await group('company_group', owner, [a, b], { invited: [invited], left: [left], declined: [declined] });
    await group('project_team', teamOwner, [teamMember, a]);
    const ids = [owner, a, b, teamOwner, teamMember, invited, left, declined];
    const rows: { member: string; peer: string }[] = await app.dataSource.query(
      `SELECT DISTINCT member_organisation_id AS member, peer_organisation_id AS peer
         FROM ${COMPANY_GROUP_PEERS}
        WHERE member_organisation_id = ANY($1) OR peer_organisation_id = ANY($1)`,
      [ids],
    );
    const pairs = rows.map((r) => `${ids.indexOf(r.member)}→${ids.indexOf(r.peer)}`).sort();
    // The owner is a peer of its members but not a member itself; a project team makes no peers.
    expect(pairs).toEqual(['1→0', '1→1', '1→2', '2→0', '2→1', '2→2']);
  });

  it('lists organisations with the columns of the Organisation type', async () => {
    const id = await app.organisation('npo', '名簿のテスト団体');
    const [row] = await app.dataSource.query(`SELECT * FROM ${ORGANISATION_DIRECTORY} WHERE id = $1`, [id]);
    const columns = app.dataSource
      .getMetadata(OrganisationEntity)
      .columns.map((c) => c.databaseName)
      .sort();
    expect(Object.keys(row).sort()).toEqual(columns);
    expect(row).toMatchObject({ id, name: '名簿のテスト団体', kind: 'npo' });
  });
});
