import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { randomUUID } from 'node:crypto';

/** Where a value sits inside an operation's variables, e.g. `input.meetings.0.id`. */
export type ValuePath = string;

export interface SampleOptions {
  /** The value for an ID at this path (default: a fresh UUID). */
  id?: (path: ValuePath) => string;
  /** The value for a String at this path (default: "nope"). */
  string?: (path: ValuePath) => string;
  /** The value for an Int at this path (default: 1). */
  int?: (path: ValuePath) => number | undefined;
}

/**
 * A value of any input type the schema uses, every optional input field filled too (so an ID hidden in
 * an optional input is reached). Unknown custom scalars fail loudly: add them here.
 */
export function sampleValue(type: GraphQLInputType, path: ValuePath, options: SampleOptions = {}): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return [sampleValue(nullable.ofType, `${path}.0`, options)];
  if (isInputObjectType(nullable)) {
    return Object.fromEntries(
      Object.values(nullable.getFields()).map((f) => [
        f.name,
        sampleValue(f.type, `${path}.${f.name}`, options),
      ]),
    );
  }
  if (isEnumType(nullable)) return nullable.getValues()[0]?.name; // a variable carries the external name
  if (isScalarType(nullable)) {
    switch (nullable.name) {
      case 'ID':
        return options.id?.(path) ?? randomUUID();
      case 'String':
        return options.string?.(path) ?? 'nope';
      case 'Int':
        return options.int?.(path) ?? 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date(Date.now() + 30 * 24 * 3600_000).toISOString();
    }
  }
  throw new Error(`graphql-values.ts: no sample for ${String(nullable)} at ${path}`);
}

/** Every path of an ID inside a value of this type (lists as their first item). */
export function idPaths(type: GraphQLInputType, path: ValuePath): ValuePath[] {
  const nullable = getNullableType(type);
  if (isListType(nullable)) return idPaths(nullable.ofType, `${path}.0`);
  if (isInputObjectType(nullable))
    return Object.values(nullable.getFields()).flatMap((f) => idPaths(f.type, `${path}.${f.name}`));
  return isScalarType(nullable) && nullable.name === 'ID' ? [path] : [];
}

export interface RootCall {
  /** e.g. `Mutation.cancelEnrolment` */
  name: string;
  query: string;
  field: GraphQLField<unknown, unknown>;
}

/** One operation per root field, every argument passed as a variable named like the argument. */
export function rootCalls(schema: GraphQLSchema): RootCall[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, type]) =>
    Object.values(type?.getFields() ?? {}).map((field) => {
      const defs = field.args.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
      const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
      const selection = isCompositeType(getNamedType(field.type)) ? ' { __typename }' : '';
      return {
        name: `${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
        query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${args ? `(${args})` : ''}${selection} }`,
        field,
      };
    }),
  );
}
