import type { ApolloServerPlugin } from '@apollo/server';
import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isListType,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  type ComplexityEstimator,
  type ComplexityEstimatorArgs,
} from 'graphql-query-complexity';
import { REQUEST_LIMITS } from './limits';
import { RequestRefusal } from './refusal';

/*
 * What a request costs, counted before it runs (graphql-query-complexity): every field 1, and a list of
 * objects as many times its selection as it may hold items. A field says how many in its `complexity`
 * option (a page: its `limit` argument, see `pageOf`); any other list of objects counts as
 * REQUEST_LIMITS.assumedListSize. Lists of scalars (tags, ids) count 1: they are one column.
 */

/** Where graphql-query-complexity stops counting (its default), and its words when it does. */
const MAX_QUERY_NODES = 10_000;
const TOO_MANY_NODES = /maximum allowed number of nodes/;

/** Any list of objects without a `complexity` of its own. */
function listOfObjectsEstimator(size: number): ComplexityEstimator {
  return ({ field, childComplexity }) => {
    const type = getNullableType(field.type);
    const many = isListType(type) && isCompositeType(getNamedType(type));
    return 1 + childComplexity * (many ? size : 1);
  };
}

/**
 * `complexity` for a field answering a page of at most `max` items, `limitOf(args)` of them (`fallback`
 * when not given). The page's list field itself then declares `complexity: 1` (sized here). Limits over
 * `max` count as `max`: validation refuses them with its own, clearer message.
 */
export function pageOf<A>(limitOf: (args: A) => number | null | undefined, fallback: number, max: number) {
  return ({ args, childComplexity }: Pick<ComplexityEstimatorArgs, 'args' | 'childComplexity'>): number => {
    const limit = limitOf(args as A) ?? fallback;
    return 1 + childComplexity * Math.min(Math.max(limit, 0), max);
  };
}

/** `__typename` and introspection (off in production; schema tools in development) cost nothing. */
const metaFieldsAreFree: ComplexityEstimator = ({ field }) => (field.name.startsWith('__') ? 0 : undefined);

export const COST_ESTIMATORS: ComplexityEstimator[] = [
  metaFieldsAreFree,
  fieldExtensionsEstimator(),
  listOfObjectsEstimator(REQUEST_LIMITS.assumedListSize),
];

/** The cost of the operation `operationName` of `document` with these variables. */
export function requestCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName?: string | null,
): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName: operationName ?? undefined,
    estimators: COST_ESTIMATORS,
    maxQueryNodes: MAX_QUERY_NODES,
  });
}

/** The cost, Infinity past MAX_QUERY_NODES, or null when the variables do not fit (execution refuses them). */
function measure(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
  operationName: string | null,
): number | null {
  try {
    return requestCost(schema, document, variables, operationName);
  } catch (error) {
    // Fragments spread inside fragments can multiply a short document into millions of fields; the
    // library stops counting at MAX_QUERY_NODES (each costing at least 1).
    return error instanceof Error && TOO_MANY_NODES.test(error.message) ? Infinity : null;
  }
}

/** Variables longer than this are not worth keeping as a cache key (mutations with large inputs). */
const MAX_KEY_LENGTH = 1024;
const MAX_KEYS_PER_DOCUMENT = 100;

/**
 * Refuses an operation costing more than `maxCost` before it runs. It runs after validation, with the
 * variables (a page's size is usually one). Counting walks the whole document, a noticeable part of a
 * catalogue request, so the result is kept per document (Apollo hands out the same parsed document for
 * the same text) and variables.
 */
export function costLimitPlugin(maxCost: number): ApolloServerPlugin {
  const cache = new WeakMap<DocumentNode, Map<string, number | null>>();
  const costOf = (
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown>,
    operationName: string | null,
  ) => {
    const key = `${operationName ?? ''} ${JSON.stringify(variables)}`;
    if (key.length > MAX_KEY_LENGTH) return measure(schema, document, variables, operationName);
    let known = cache.get(document);
    if (!known || known.size >= MAX_KEYS_PER_DOCUMENT) cache.set(document, (known = new Map()));
    if (!known.has(key)) known.set(key, measure(schema, document, variables, operationName));
    return known.get(key) ?? null;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request, operationName }) {
          const cost = costOf(schema, document, request.variables ?? {}, operationName);
          if (cost === null || cost <= maxCost) return;
          const shown = Number.isFinite(cost) ? cost : `${MAX_QUERY_NODES}+`;
          throw new RequestRefusal(
            'QUERY_TOO_COMPLEX',
            'error.queryTooCostly',
            { cost: shown, max: maxCost },
            `Query cost ${shown} exceeds the limit of ${maxCost}`,
            { status: 400 },
          );
        },
      };
    },
  };
}
