import {
  Kind,
  Lexer,
  parse,
  Source,
  TokenKind,
  visit,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');

export interface WebOperation {
  name: string;
  operation: OperationDefinitionNode;
  /** The operation with the fragments it uses, as Apollo Client sends it. */
  document: DocumentNode;
  text: string;
}

/** Every operation the web app sends: the .graphql files of the data-access libs under libs/web. */
export function webOperations(): WebOperation[] {
  const files = readdirSync(join(ROOT, 'libs/web'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.graphql') && f.includes('data-access'))
    .map((f) => readFileSync(join(ROOT, 'libs/web', f), 'utf8'));
  const all = parse(files.join('\n'));
  const fragments = new Map(
    all.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const used = (node: OperationDefinitionNode | FragmentDefinitionNode, found = new Set<string>()) => {
    visit(node, {
      FragmentSpread(spread) {
        if (found.has(spread.name.value)) return;
        found.add(spread.name.value);
        const fragment = fragments.get(spread.name.value);
        if (fragment) used(fragment, found);
      },
    });
    return found;
  };
  return all.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => {
      const document: DocumentNode = {
        kind: Kind.DOCUMENT,
        definitions: [
          operation,
          ...[...used(operation)].map((n) => fragments.get(n) as FragmentDefinitionNode),
        ],
      };
      const text = document.definitions
        .map((d) => d.loc?.source.body.slice(d.loc.start, d.loc.end))
        .join('\n');
      return { name: operation.name?.value ?? '(anonymous)', operation, document, text };
    });
}

/** Lexical tokens, as graphql-js counts them for `maxTokens`. */
export function tokenCount(text: string): number {
  const lexer = new Lexer(new Source(text));
  let count = 0;
  while (lexer.advance().kind !== TokenKind.EOF) count++;
  return count;
}

/** Fields nested inside each other, fragments flattened (as the depth limit counts them). */
export function depthOf(document: DocumentNode): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const depth = (set: SelectionSetNode | undefined): number =>
    Math.max(
      0,
      ...(set?.selections ?? []).map((s) =>
        s.kind === Kind.FIELD
          ? 1 + depth(s.selectionSet)
          : s.kind === Kind.INLINE_FRAGMENT
            ? depth(s.selectionSet)
            : depth(fragments.get(s.name.value)?.selectionSet),
      ),
    );
  const operation = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  return depth((operation as OperationDefinitionNode).selectionSet);
}
