import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findViolations, type Ownership, type Violation } from '../../test/ownership/scan';
import { CORE_ENTITIES, CORE_TABLES } from '../core/database/data-source';
import { DOMAINS } from './index';

/**
 * Each module owns its tables (declared in its registration): only the owner names them in SQL or hands
 * their entities to TypeORM; others go through the owner's public file or a view it publishes. This
 * reads the sources (no database). Migrations are exempt (each is owned by one module's registration),
 * and so are tests (specs and the authorization rows), which may set up or observe any table.
 */
const SRC = join(__dirname, '..');

function owners(): Ownership {
  const tableOwner = new Map<string, string>(CORE_TABLES.map((t) => [t, 'core']));
  const entityOwner = new Map<string, string>(CORE_ENTITIES.map((e) => [e.name, 'core']));
  for (const domain of DOMAINS) {
    for (const table of [...domain.tables, ...domain.publishedViews]) tableOwner.set(table, domain.name);
    for (const entity of domain.entities) entityOwner.set(entity.name, domain.name);
  }
  return { tableOwner, entityOwner, publishedViews: new Set(DOMAINS.flatMap((d) => d.publishedViews)) };
}

function sourceFiles(dir: string, recursive = true): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return recursive && entry.name !== 'migrations' ? sourceFiles(path) : [];
    return /\.ts$/.test(entry.name) && !/\.((int-)?spec|authorization)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const AREAS: { owner: string; files: string[] }[] = [
  { owner: 'core', files: sourceFiles(join(SRC, 'core')) },
  { owner: 'app', files: sourceFiles(SRC, false) },
  { owner: 'seed', files: sourceFiles(join(SRC, 'seed')) },
  ...DOMAINS.map((d) => ({ owner: d.name, files: sourceFiles(join(SRC, 'modules', d.name)) })),
];

const describeViolation = (v: Violation) => `${v.at}: ${v.what}`;

describe('module ownership of tables', () => {
  const ownership = owners();

  it('gives every table and every entity exactly one owner', () => {
    const declared = [...CORE_TABLES, ...DOMAINS.flatMap((d) => [...d.tables, ...d.publishedViews])];
    expect(declared.filter((t, i) => declared.indexOf(t) !== i)).toEqual([]);
    const entities = [...CORE_ENTITIES, ...DOMAINS.flatMap((d) => d.entities)].map((e) => e.name);
    expect(entities.filter((e, i) => entities.indexOf(e) !== i)).toEqual([]);
  });

  it('gives every migration file exactly one owning module', () => {
    const files = readdirSync(join(SRC, 'core/database/migrations')).filter((f) => /^\d{13}-.+\.ts$/.test(f));
    const ownedTimestamps = DOMAINS.flatMap((d) => d.migrations.map((m) => /(\d{13})$/.exec(m.name)?.[1]));
    expect(ownedTimestamps.filter((t, i) => ownedTimestamps.indexOf(t) !== i)).toEqual([]);
    const unowned = files.filter((f) => !ownedTimestamps.includes(f.slice(0, 13)));
    expect({ unowned }).toEqual({ unowned: [] });
  });

  it.each(AREAS.map((a) => [a.owner, a.files] as const))(
    "%s reaches into no other owner's tables or entities",
    (owner, files) => {
      const violations = files.flatMap((path) =>
        findViolations(relative(SRC, path), readFileSync(path, 'utf8'), owner, ownership),
      );
      expect(violations.map(describeViolation)).toEqual([]);
    },
  );

  describe('on deliberate violations (fixtures)', () => {
    const fixture: Ownership = {
      tableOwner: new Map([
        ['users', 'identity'],
        ['sessions', 'catalogue'],
        ['session_rules', 'catalogue'],
      ]),
      publishedViews: new Set(['session_rules']),
      entityOwner: new Map([
        ['UserEntity', 'identity'],
        ['SessionEntity', 'catalogue'],
      ]),
    };
    const scan = (source: string) =>
      findViolations('modules/enrolment/fixture.ts', source, 'enrolment', fixture).map(describeViolation);

    it("finds another module's table in SQL strings, templates and query-builder calls", () => {
      const source = [
        "const a = 'SELECT id FROM sessions WHERE id = $1';",
        'const b = `UPDATE "sessions" SET x = ${1}`;',
        "manager.query('SELECT 1 FROM enrolments e JOIN users u ON u.id = e.user_id');",
        "manager.createQueryBuilder().select('s.id').from('sessions', 's');",
      ].join('\n');
      expect(scan(source)).toEqual([
        'modules/enrolment/fixture.ts:1: SQL names table "sessions", owned by catalogue',
        'modules/enrolment/fixture.ts:2: SQL names table "sessions", owned by catalogue',
        'modules/enrolment/fixture.ts:3: SQL names table "users", owned by identity',
        'modules/enrolment/fixture.ts:4: from() names table "sessions", owned by catalogue',
      ]);
    });

    it("finds another module's entity handed to TypeORM", () => {
      const source = [
        'dataSource.getRepository(UserEntity);',
        'manager.update(SessionEntity, { id }, { confirmedCount: 1 });',
        "manager.createQueryBuilder(SessionEntity, 's');",
        'TypeOrmModule.forFeature([EnrolmentEntity, SessionEntity]);',
      ].join('\n');
      expect(scan(source)).toEqual([
        'modules/enrolment/fixture.ts:1: getRepository() uses UserEntity, an entity of identity',
        'modules/enrolment/fixture.ts:2: update() uses SessionEntity, an entity of catalogue',
        'modules/enrolment/fixture.ts:3: createQueryBuilder() uses SessionEntity, an entity of catalogue',
        'modules/enrolment/fixture.ts:4: forFeature() uses SessionEntity, an entity of catalogue',
      ]);
    });

    it("finds an entity declared for another module's table", () => {
      expect(scan("@Entity('users') class Copy {}")).toEqual([
        "modules/enrolment/fixture.ts:1: @Entity('users') is enrolment's but the table is owned by identity",
      ]);
    });

    it('allows published views, own tables and plain words', () => {
      const source = [
        "const a = 'SELECT seats FROM session_rules r JOIN enrolments e ON e.session_id = r.session_id';",
        "const b = 'Choose a seat from sessions below';",
      ].join('\n');
      expect(scan(source)).toEqual([]);
    });
  });
});
