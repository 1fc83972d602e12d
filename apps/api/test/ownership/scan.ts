import * as ts from 'typescript';

/** Who owns what: tables, published views and entity classes, by owner name ("catalogue", "core"). */
export interface Ownership {
  tableOwner: ReadonlyMap<string, string>;
  /** Views a module publishes: anyone may read them. */
  publishedViews: ReadonlySet<string>;
  entityOwner: ReadonlyMap<string, string>;
}

export interface Violation {
  /** `path:line`. */
  at: string;
  what: string;
}

/**
 * SQL keywords, in capitals as this codebase writes SQL, after which a table name follows (`FROM
 * sessions`, `JOIN "users"`, `INSERT INTO x`); capitals keep English words in messages out of it.
 */
const TABLE_AFTER_KEYWORD =
  /\b(?:FROM|JOIN|INTO|UPDATE|TABLE|REFERENCES)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/g;
/** Query-builder methods whose first argument may be a table name or an entity class. */
const QUERY_BUILDER_TABLE_METHODS = new Set([
  'from',
  'into',
  'update',
  'delete',
  'innerJoin',
  'leftJoin',
  'innerJoinAndSelect',
  'leftJoinAndSelect',
]);
/** TypeORM calls that take an entity class (repositories, the entity manager, query builders, Nest). */
const ENTITY_METHODS = new Set([
  ...QUERY_BUILDER_TABLE_METHODS,
  'getRepository',
  'withRepository',
  'createQueryBuilder',
  'InjectRepository',
  'forFeature',
  'create',
  'merge',
  'preload',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'findAndCountBy',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'sum',
  'average',
  'minimum',
  'maximum',
  'insert',
  'upsert',
  'save',
  'remove',
  'softDelete',
  'restore',
  'increment',
  'decrement',
  'clear',
]);

function calleeName(call: ts.CallExpression): string | null {
  const callee = call.expression;
  if (ts.isIdentifier(callee)) return callee.text;
  if (ts.isPropertyAccessExpression(callee)) return callee.name.text;
  return null;
}

/** The text of a string or template literal (a template's `${…}` parts left out). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

/** Identifiers given as arguments, also inside array literals (`forFeature([A, B])`). */
function identifierArguments(call: ts.CallExpression): ts.Identifier[] {
  return call.arguments.flatMap((argument) =>
    ts.isIdentifier(argument)
      ? [argument]
      : ts.isArrayLiteralExpression(argument)
        ? argument.elements.filter(ts.isIdentifier)
        : [],
  );
}

/**
 * What in one source file of `owner` reaches into another owner's data: SQL (string and template
 * literals) naming a table another owner owns (published views are allowed), a query builder given
 * another owner's table name, another owner's entity class handed to TypeORM, or an `@Entity('x')`
 * for a table the owner does not declare.
 */
export function findViolations(
  path: string,
  source: string,
  owner: string,
  ownership: Ownership,
): Violation[] {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true);
  const violations: Violation[] = [];
  const report = (node: ts.Node, what: string) => {
    const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
    violations.push({ at: `${path}:${line + 1}`, what });
  };
  const checkTable = (node: ts.Node, table: string, how: string) => {
    const tableOwner = ownership.tableOwner.get(table);
    if (tableOwner && tableOwner !== owner && !ownership.publishedViews.has(table)) {
      report(node, `${how} table "${table}", owned by ${tableOwner}`);
    }
  };
  const visit = (node: ts.Node): void => {
    const text = literalText(node);
    if (text !== null) {
      for (const match of text.matchAll(TABLE_AFTER_KEYWORD)) checkTable(node, match[1] ?? '', 'SQL names');
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      const [first] = node.arguments;
      if (name && QUERY_BUILDER_TABLE_METHODS.has(name) && first && ts.isStringLiteral(first)) {
        checkTable(first, first.text, `${name}() names`);
      }
      if (name && ENTITY_METHODS.has(name)) {
        for (const argument of identifierArguments(node)) {
          const entityOwner = ownership.entityOwner.get(argument.text);
          if (entityOwner && entityOwner !== owner) {
            report(argument, `${name}() uses ${argument.text}, an entity of ${entityOwner}`);
          }
        }
      }
      if (name === 'Entity' && first && ts.isStringLiteral(first)) {
        const tableOwner = ownership.tableOwner.get(first.text);
        if (tableOwner !== owner) {
          report(
            first,
            `@Entity('${first.text}') is ${owner}'s but the table is ${tableOwner ? `owned by ${tableOwner}` : 'declared by no one'}`,
          );
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return violations;
}
