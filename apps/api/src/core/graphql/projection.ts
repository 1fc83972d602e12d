import {
  getNamedType,
  GraphQLObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLResolveInfo,
  type SelectionNode,
} from 'graphql';
import type { DataSource, EntityMetadata, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

/**
 * Reading only the columns a GraphQL request asks for (hot list queries such as the catalogue).
 *
 * A query that hydrates whole entities for a long page spends most of its time parsing and copying columns
 * nobody asked for. `projectionAt` narrows the columns to the requested fields, but only when every field
 * requested on that object is a plain column: a field with its own resolver in the schema (a
 * `@ResolveField`, e.g. `Session.onlineUrl` or `Course.provider`) may read any property of its parent, so
 * then every column is read. The primary key is always read. Entities hydrated from a narrowed projection
 * are partial: hand them only to GraphQL, never to a DataLoader cache or to code that expects a whole row.
 *
 * Why not graphql-parse-resolve-info: it evaluates `@skip`/`@include` against each request's variables, so
 * its answer cannot be cached per document; walking the selection (about 30 lines) and ignoring directives
 * can, and the cache is what makes the projection cost nothing on repeated queries.
 */
export interface Projection {
  columns: ColumnMetadata[];
}

/** Every column: for callers without a GraphQL request, and whenever a field resolver is involved. */
export function fullProjection(metadata: EntityMetadata): Projection {
  return { columns: metadata.columns };
}

/**
 * The field nodes at `path` below the resolver's field, and the object type they select on. Fragments are
 * expanded and `@skip`/`@include` are ignored on purpose: a superset of fields only reads more columns, and
 * ignoring variables lets the result be cached per document node.
 */
function nodesAt(
  info: GraphQLResolveInfo,
  path: readonly string[],
): { type: GraphQLNamedType; nodes: FieldNode[] } | null {
  let type = getNamedType(info.returnType);
  let nodes: readonly FieldNode[] = info.fieldNodes;
  for (const name of path) {
    if (!(type instanceof GraphQLObjectType)) return null;
    const field = type.getFields()[name];
    if (!field) return null;
    nodes = subfields(info, nodes).filter((node) => node.name.value === name);
    if (nodes.length === 0) return null;
    type = getNamedType(field.type);
  }
  return { type, nodes: [...nodes] };
}

function subfields(info: GraphQLResolveInfo, nodes: readonly FieldNode[]): FieldNode[] {
  const out: FieldNode[] = [];
  const visit = (selections: readonly SelectionNode[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) out.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet.selections);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet.selections);
      }
    }
  };
  for (const node of nodes) if (node.selectionSet) visit(node.selectionSet.selections);
  return out;
}

/**
 * A field that only reads its parent's property: no resolver (graphql-js default; plain-fields.ts removes
 * Nest's own property readers), or Nest's `rootFieldResolver` where it was kept. Anything else counts as a
 * resolver, which is the safe side.
 */
function isPlainField(field: GraphQLField<unknown, unknown> | undefined): boolean {
  return !!field && (!field.resolve || field.resolve.name === 'rootFieldResolver');
}

/** Per parsed document (Apollo caches documents, so repeated queries reuse their nodes): path → projection. */
const memo = new WeakMap<FieldNode, Map<string, Projection>>();

export function projectionAt(
  info: GraphQLResolveInfo,
  path: readonly string[],
  metadata: EntityMetadata,
): Projection {
  const key = `${metadata.name}:${path.join('.')}`;
  const [fieldNode] = info.fieldNodes;
  // graphql-js resolves every field from at least one node; without one there is nothing to memoise on.
  if (!fieldNode) return computeProjection(info, path, metadata);
  let cached = memo.get(fieldNode);
  const hit = cached?.get(key);
  if (hit) return hit;
  const projection = computeProjection(info, path, metadata);
  if (!cached) memo.set(fieldNode, (cached = new Map()));
  cached.set(key, projection);
  return projection;
}

function computeProjection(
  info: GraphQLResolveInfo,
  path: readonly string[],
  metadata: EntityMetadata,
): Projection {
  const requested = nodesAt(info, path);
  if (!requested) return { columns: [...metadata.primaryColumns] };
  const { type, nodes } = requested;
  if (!(type instanceof GraphQLObjectType)) return fullProjection(metadata);
  const definitions = type.getFields();
  const byProperty = new Map(metadata.columns.map((column) => [column.propertyName, column]));
  const wanted = new Set<ColumnMetadata>(metadata.primaryColumns);
  for (const node of subfields(info, nodes)) {
    const name = node.name.value;
    if (name === '__typename') continue;
    const column = byProperty.get(name);
    if (!column || !isPlainField(definitions[name])) return fullProjection(metadata);
    wanted.add(column);
  }
  return { columns: metadata.columns.filter((column) => wanted.has(column)) };
}

/** `SELECT` expressions and their names for a projection on table alias `alias` (`${alias}__${property}`). */
export function selectProjection(
  alias: string,
  projection: Projection,
): [expression: string, name: string][] {
  return projection.columns.map((column) => [
    `"${alias}"."${column.databaseName}"`,
    `${alias}__${column.propertyName}`,
  ]);
}

/** The (possibly partial) entity in a raw row selected with `selectProjection`. */
export function hydrateProjection<T extends ObjectLiteral>(
  dataSource: DataSource,
  row: Record<string, unknown>,
  alias: string,
  projection: Projection,
): T {
  const entity: Record<string, unknown> = {};
  for (const column of projection.columns) {
    entity[column.propertyName] = dataSource.driver.prepareHydratedValue(
      row[`${alias}__${column.propertyName}`],
      column,
    );
  }
  return entity as T;
}
