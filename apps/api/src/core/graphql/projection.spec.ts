import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import type { EntityMetadata } from 'typeorm';
import { useDefaultResolverForPlainFields } from './plain-fields';
import { projectionAt, type Projection } from './projection';

// A schema shaped like the catalogue: a page of entries, each with a session whose `onlineUrl` and
// `meetings` have resolvers of their own, as `@ResolveField` methods do.
const schema = buildSchema(`
  type Query { page(n: Int): Page }
  type Page { total: Int items: [Entry] }
  type Entry { session: Session note: String }
  type Session { id: ID title: String venueName: String capacity: Int onlineUrl: String meetings: [String] }
`);
/** A field of a type the test schema declares (the test fails clearly if it does not). */
function field<F>(fields: Record<string, F>, name: string): F {
  const found = fields[name];
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

const session = schema.getType('Session') as unknown as {
  getFields(): Record<string, { resolve?: unknown }>;
};
field(session.getFields(), 'onlineUrl').resolve = () => null;
field(session.getFields(), 'meetings').resolve = () => [];

const column = (propertyName: string, isPrimary = false) => ({
  propertyName,
  databaseName: propertyName.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
  isPrimary,
});
const columns = [
  column('id', true),
  column('title'),
  column('venueName'),
  column('capacity'),
  column('onlineUrl'),
  column('courseId'),
];
const metadata = {
  name: 'Session',
  columns,
  primaryColumns: columns.filter((c) => c.isPrimary),
} as unknown as EntityMetadata;

/** Runs `query` and returns the projection the `page` resolver would read for `items.session`. */
async function projected(query: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  let projection: Projection | undefined;
  const result = await execute({
    schema,
    document: parse(query),
    variableValues: variables,
    rootValue: {
      page: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        projection = projectionAt(info, ['items', 'session'], metadata);
        return { total: 0, items: [] };
      },
    },
  });
  expect(result.errors).toBeUndefined();
  return (projection as Projection).columns.map((c) => c.propertyName);
}

describe('projectionAt', () => {
  it('reads only the requested plain columns and the primary key', async () => {
    expect(await projected('{ page { items { session { title capacity } } } }')).toEqual([
      'id',
      'title',
      'capacity',
    ]);
  });

  it('merges aliases, fragments and inline fragments', async () => {
    const query = `{ page { items { a: session { title } ...E } } }
      fragment E on Entry { session { ... on Session { venueName } } }`;
    expect(await projected(query)).toEqual(['id', 'title', 'venueName']);
  });

  it('reads every column when a requested field has a resolver of its own', async () => {
    expect(await projected('{ page { items { session { title onlineUrl } } } }')).toEqual(
      columns.map((c) => c.propertyName),
    );
    expect(await projected('{ page { items { session { meetings } } } }')).toEqual(
      columns.map((c) => c.propertyName),
    );
  });

  it('reads only the key when the object is not requested at all', async () => {
    expect(await projected('{ page { total items { note } } }')).toEqual(['id']);
  });

  it('ignores @include and @skip, so the answer is right for every value of the variable', async () => {
    const query = 'query($x: Boolean!) { page { items { session { title venueName @include(if: $x) } } } }';
    expect(await projected(query, { x: false })).toEqual(['id', 'title', 'venueName']);
    expect(await projected(query, { x: true })).toEqual(['id', 'title', 'venueName']);
  });
});

describe('useDefaultResolverForPlainFields', () => {
  const nestLike = (defaultValue?: unknown) =>
    function rootFieldResolver(root: Record<string, unknown>) {
      return root['x'] === undefined ? defaultValue : root['x'];
    };

  it("removes Nest's plain property readers and keeps defaults and real resolvers", () => {
    const s = buildSchema('type Query { plain: Int withDefault: Int computed: Int }');
    const fields = (
      s.getQueryType() as unknown as { getFields(): Record<string, { resolve?: unknown }> }
    ).getFields();
    const computed = () => 1;
    field(fields, 'plain').resolve = nestLike();
    field(fields, 'withDefault').resolve = nestLike(7);
    field(fields, 'computed').resolve = computed;
    useDefaultResolverForPlainFields(s);
    expect(fields['plain']?.resolve).toBeUndefined();
    expect(typeof fields['withDefault']?.resolve).toBe('function');
    expect(fields['computed']?.resolve).toBe(computed);
  });
});
