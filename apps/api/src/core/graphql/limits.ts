import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import type { ValidationRule } from 'graphql';
import { onePasswordCheckPerRequest } from './password-checks';
import { RequestRefusal } from './refusal';

/**
 * How much one request may ask of the API. Every number is checked against what the web app really
 * sends (`request-limits.int-spec.ts` computes it from the .graphql files of libs/web), with room to
 * spare; each limit is tested at n (accepted) and n + 1 (refused). See README, "Limits".
 */
export const REQUEST_LIMITS = {
  /**
   * JSON bodies (POST /graphql and the JSON routes). The largest legitimate request is a session with
   * every field at its limit: 20 questions × 20 choices × 100 characters, labels, notes and 50 meetings
   * ≈ 48,000 characters, under 200 KB even at 4 bytes a character. Uploads have their own limits.
   */
  bodyBytes: 512 * 1024,
  /**
   * Lexical tokens of a document: parsing stops there, so validation (whose overlapping-fields check
   * grows with the square of same-named fields) never sees a giant document. The web app's longest: 103.
   */
  tokens: 1000,
  /**
   * Fields nested inside each other (`{ me { id } }` is 2); fragments add no level of their own. The web
   * app's deepest: 5.
   */
  depth: 10,
  /** Aliased fields in one operation (`a: catalogue …`), fragments included; `__typename` is free. The web app uses none. */
  aliases: 10,
  /**
   * The estimated cost (see cost.ts): 1 a field, lists of objects times their size. The web app's
   * costliest: 2,731 (the staff's sessions: courses × sessions × meetings); the 100-session catalogue
   * page of the benchmark costs 1,701.
   */
  cost: 10_000,
  /** How many items a list of objects is assumed to hold when its field says nothing better. */
  assumedListSize: 10,
} as const;

const refuse =
  (key: 'error.queryTooDeep' | 'error.tooManyAliases', max: number) =>
  (context: { reportError(error: RequestRefusal): void } | null, error: Error) =>
    context?.reportError(
      new RequestRefusal('QUERY_TOO_COMPLEX', key, { max }, error.message, { status: 400 }),
    );

/** Apollo `validationRules`: checked once per distinct document (Apollo caches validated documents). */
export function limitValidationRules(): ValidationRule[] {
  return [
    maxDepthRule({
      n: REQUEST_LIMITS.depth,
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [refuse('error.queryTooDeep', REQUEST_LIMITS.depth)],
    }),
    maxAliasesRule({
      n: REQUEST_LIMITS.aliases,
      propagateOnRejection: false,
      onReject: [refuse('error.tooManyAliases', REQUEST_LIMITS.aliases)],
    }),
    onePasswordCheckPerRequest,
  ];
}
