import { rewireTypes } from '@graphql-tools/utils';
import { ParseUUIDPipe } from '@nestjs/common';
import {
  GraphQLID,
  GraphQLScalarType,
  GraphQLSchema,
  Kind,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type ValueNode,
} from 'graphql';
import { NotFoundError } from './errors';
import { RequestRefusal } from './refusal';

/** Every id the API hands out is a PostgreSQL uuid (canonical 8-4-4-4-12 hex, any version). */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function malformed(value: unknown, nodes?: ValueNode): RequestRefusal {
  return new RequestRefusal(
    'NOT_FOUND',
    'error.malformedId',
    {},
    `ID must be a UUID, got ${JSON.stringify(value)?.slice(0, 60) ?? String(value)}`,
    { nodes },
  );
}

/**
 * `ID` as served: the same name and output, but an input that is not a UUID is refused while the
 * request is parsed, before any guard or resolver runs. Without this, "nope" reached PostgreSQL
 * (`invalid input syntax for type uuid`) and came back as INTERNAL_SERVER_ERROR with a logged stack.
 * The answer is NOT_FOUND ("no such thing"), like a well-formed id that names nothing: a page opened
 * from a truncated link shows its not-found state either way.
 */
export const UuidIdScalar = new GraphQLScalarType({
  name: 'ID',
  description: GraphQLID.description,
  serialize: GraphQLID.serialize,
  parseValue(value: unknown): string {
    if (typeof value === 'string' && UUID.test(value)) return value;
    throw malformed(value);
  },
  parseLiteral(ast): string {
    if (ast.kind === Kind.STRING && UUID.test(ast.value)) return ast.value;
    throw malformed(ast.kind === Kind.STRING ? ast.value : ast.kind, ast);
  },
});

/**
 * The served schema with every `ID` (arguments, input fields, outputs) validated as a UUID. Nest maps
 * `ID` to graphql-js's own scalar and graphql-tools' mapSchema leaves built-in scalars alone, so the
 * types are rewired here with the replacement in place of the built-in.
 */
export function validateIdsAsUuids(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  const named: Record<string, GraphQLNamedType> = {};
  for (const type of config.types) named[type.name] = type.name === 'ID' ? UuidIdScalar : type;
  const { typeMap, directives } = rewireTypes(named, config.directives);
  const root = (type?: GraphQLObjectType | null) =>
    type ? (typeMap[type.name] as GraphQLObjectType) : undefined;
  return new GraphQLSchema({
    ...config,
    query: root(config.query),
    mutation: root(config.mutation),
    subscription: root(config.subscription),
    types: Object.values(typeMap),
    directives,
  });
}

/** The same rule for REST route parameters (`@Param('id', UuidParam)`): malformed is NOT_FOUND. */
export const UuidParam = new ParseUUIDPipe({
  exceptionFactory: () => new NotFoundError('error.malformedId'),
});
