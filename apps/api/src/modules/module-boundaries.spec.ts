import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * Proves the import rules of apps/api/eslint.config.mjs: each fixture is linted by the `ESLint` class as
 * if it were a file at `filePath`, with the API's real config (test/lint-fixtures.mjs), and must (or
 * must not) get the rule's error.
 */
const FIXTURES = {
  moduleTop: {
    filePath: 'src/modules/enrolment/fixture.ts',
    source:
      "import { SessionEntity } from '../catalogue/session.entity';\nexport const used = SessionEntity;\n",
  },
  moduleSubfolder: {
    filePath: 'src/modules/enrolment/dto/fixture.ts',
    source: "import { UserEntity } from '../../identity/user.entity';\nexport const used = UserEntity;\n",
  },
  allowed: {
    filePath: 'src/modules/enrolment/dto/fixture.ts',
    source: [
      "import { SessionEntity } from '../../catalogue';",
      "import { ENROLMENT_MESSAGES } from '../enrolment.messages';",
      "import { NotFoundError } from '../../../core/graphql/errors';",
      'export const used = [SessionEntity, ENROLMENT_MESSAGES, NotFoundError];',
      '',
    ].join('\n'),
  },
  core: {
    filePath: 'src/core/auth/fixture.ts',
    source: [
      "import { CatalogueModule } from '../../modules/catalogue';",
      "import { APP_SCHEMA } from '../../data-source';",
      "import { NotFoundError } from '../graphql/errors';",
      'export const used = [CatalogueModule, APP_SCHEMA, NotFoundError];',
      '',
    ].join('\n'),
  },
};
type Fixture = keyof typeof FIXTURES;

describe('API module import rules (ESLint)', () => {
  let restricted: Record<Fixture, string[]>;

  beforeAll(() => {
    const names = Object.keys(FIXTURES) as Fixture[];
    const output = execFileSync(process.execPath, [join(__dirname, '../../test/lint-fixtures.mjs')], {
      input: JSON.stringify(names.map((name) => FIXTURES[name])),
      encoding: 'utf8',
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    const results = JSON.parse(output.trim().split('\n').pop() ?? '[]') as {
      ruleId: string | null;
      line: number;
      message: string;
    }[][];
    restricted = Object.fromEntries(
      names.map((name, i) => [
        name,
        (results[i] ?? [])
          .filter((m) => m.ruleId === 'no-restricted-imports')
          .map((m) => `${m.line}: ${m.message}`),
      ]),
    ) as Record<Fixture, string[]>;
  }, 120_000);

  it("refuses another module's internal file from a module's top folder", () => {
    expect(restricted.moduleTop).toEqual([expect.stringContaining('only through its public file')]);
  });

  it("refuses another module's internal file from a subfolder (dto/)", () => {
    expect(restricted.moduleSubfolder).toEqual([expect.stringContaining('only through its public file')]);
  });

  it("allows another module's public file, its own files and core", () => {
    expect(restricted.allowed).toEqual([]);
  });

  it('refuses any module, and the app files that list them, in core', () => {
    expect(restricted.core).toEqual([
      expect.stringMatching(/^1: .*core\/ imports no module/),
      expect.stringMatching(/^2: .*core\/ imports no module/),
    ]);
  });
});
