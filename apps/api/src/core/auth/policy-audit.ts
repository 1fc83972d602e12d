import type { INestApplicationContext } from '@nestjs/common';
import { PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { POLICY_KEY, type Policy } from './policy';

// @nestjs/graphql's metadata keys (graphql.constants), not exported from its package entry point.
const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';
const RESOLVER_PROPERTY_METADATA = 'graphql:resolve_property';

export interface DeclaredOperation {
  /** `Query.me`, `Mutation.signIn`, `Field UserMembershipsResolver.memberships`, `HTTP HealthController.health` */
  name: string;
  kind: 'Query' | 'Mutation' | 'Subscription' | 'Field' | 'HTTP';
  policy: Policy | undefined;
}

function policyOf(target: object, handler: object): Policy | undefined {
  return (Reflect.getMetadata(POLICY_KEY, handler) ?? Reflect.getMetadata(POLICY_KEY, target)) as
    Policy | undefined;
}

/** Every GraphQL operation, field resolver and HTTP route the app has, with its declared policy. */
export function declaredOperations(app: INestApplicationContext): DeclaredOperation[] {
  const discovery = app.get(DiscoveryService);
  const scanner = new MetadataScanner();
  const operations: DeclaredOperation[] = [];
  const wrappers = [...discovery.getProviders(), ...discovery.getControllers()];
  const seen = new Set<unknown>();
  for (const wrapper of wrappers) {
    const metatype = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!metatype || typeof metatype !== 'function' || !metatype.prototype || seen.has(metatype)) continue;
    seen.add(metatype);
    const isController = Reflect.getMetadata(PATH_METADATA, metatype) !== undefined;
    for (const methodName of scanner.getAllMethodNames(metatype.prototype)) {
      const handler = (metatype.prototype as Record<string, object | undefined>)[methodName];
      if (!handler) continue;
      const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, handler) as string | undefined;
      const isField = Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, handler) === true;
      if (rootType || isField) {
        // A custom name (`@Query(() => X, { name })`) is stored as the resolver name; else the method's.
        const fieldName =
          (Reflect.getMetadata(RESOLVER_NAME_METADATA, handler) as string | undefined) ?? methodName;
        const kind = isField ? 'Field' : (rootType as DeclaredOperation['kind']);
        const name = kind === 'Field' ? `Field ${metatype.name}.${fieldName}` : `${kind}.${fieldName}`;
        operations.push({ name, kind, policy: policyOf(metatype, handler) });
      } else if (isController && Reflect.getMetadata(PATH_METADATA, handler) !== undefined) {
        operations.push({
          name: `HTTP ${metatype.name}.${methodName}`,
          kind: 'HTTP',
          policy: policyOf(metatype, handler),
        });
      }
    }
  }
  return operations;
}

/** Root fields of the served schema (Query.x, Mutation.y) — what a client can actually call. */
export function schemaRootOperations(app: INestApplicationContext): string[] {
  const { schema } = app.get(GraphQLSchemaHost);
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  return roots.flatMap((type) =>
    type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
  );
}

/**
 * Names of everything a caller could reach without a declared policy: operations without one, and
 * schema root fields that no discovered resolver declares (so they could not carry one).
 */
export function unprotectedOperations(app: INestApplicationContext): string[] {
  const declared = declaredOperations(app);
  const withPolicy = new Set(declared.filter((op) => op.policy).map((op) => op.name));
  const missing = declared.filter((op) => !op.policy).map((op) => op.name);
  const undeclaredRoots = schemaRootOperations(app).filter(
    (name) => !withPolicy.has(name) && !missing.includes(name),
  );
  return [...missing, ...undeclaredRoots].sort();
}
