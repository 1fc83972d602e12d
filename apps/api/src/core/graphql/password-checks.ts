import { Extensions } from '@nestjs/graphql';
import { Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { RequestRefusal } from './refusal';

const MARK = 'checksPassword';

/**
 * Marks a root operation that hashes or verifies a password (argon2id: about 0.2 s of CPU and 64 MiB
 * each). A request may run at most one of them: see `onePasswordCheckPerRequest`.
 */
export const ChecksPassword = () => Extensions({ [MARK]: true });

/**
 * Refuses, before anything runs, an operation that would run more than one password check: 20 aliased
 * `signUp` in one request created 20 accounts and cost 4 s of hashing, 50 aliased `signIn` 9 s. Fields
 * are counted by response name, fragments included, as graphql-js would execute them (two identical
 * unaliased fields are merged into one).
 */
export function onePasswordCheckPerRequest(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const root = context.getSchema().getRootType(operation.operation);
      if (!root) return;
      const fields = root.getFields();
      const checks = new Set<string>();
      const spread = new Set<string>();
      const walk = (set: SelectionSetNode): void => {
        for (const selection of set.selections) {
          if (selection.kind === Kind.FIELD) {
            if (fields[selection.name.value]?.extensions?.[MARK])
              checks.add(selection.alias?.value ?? selection.name.value);
          } else if (selection.kind === Kind.INLINE_FRAGMENT) {
            walk(selection.selectionSet);
          } else if (!spread.has(selection.name.value)) {
            spread.add(selection.name.value);
            const fragment = context.getFragment(selection.name.value);
            if (fragment) walk(fragment.selectionSet);
          }
        }
      };
      walk(operation.selectionSet);
      if (checks.size > 1) {
        context.reportError(
          new RequestRefusal(
            'TOO_MANY_REQUESTS',
            'error.onePasswordCheckPerRequest',
            {},
            `At most one password check per request; this one has ${checks.size}: ${[...checks].join(', ')}`,
            { nodes: operation, status: 429 },
          ),
        );
      }
    },
  };
}
