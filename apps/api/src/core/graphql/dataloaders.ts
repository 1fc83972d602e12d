import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import DataLoader from 'dataloader';

/**
 * Per-request DataLoaders for every module: `loaders.get('organisationById', ids => service.byIds(ids))`
 * creates the loader on first use in a request and reuses it for the rest of that request, so a list
 * resolves its relations in one query whatever its length.
 */
export class DataLoaderRegistry {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  get<K, V>(name: string, batch: (keys: readonly K[]) => Promise<readonly (V | Error)[]>): DataLoader<K, V> {
    let loader = this.loaders.get(name);
    if (!loader) {
      loader = new DataLoader<K, V>(batch) as DataLoader<unknown, unknown>;
      this.loaders.set(name, loader);
    }
    return loader as DataLoader<K, V>;
  }
}

/** Orders rows to match `keys` (DataLoader's contract); a missing row becomes `fallback`. */
export function alignByKey<K, V>(
  keys: readonly K[],
  rows: readonly V[],
  keyOf: (row: V) => K,
  fallback: () => V | Error,
): (V | Error)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? fallback());
}

/** Groups rows under each key (for one-to-many relations). */
export function groupByKey<K, V>(keys: readonly K[], rows: readonly V[], keyOf: (row: V) => K): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}

export interface GraphqlContext {
  req: import('../auth/request').TsunaguRequest;
  loaders: DataLoaderRegistry;
}

export const Loaders = createParamDecorator(
  (_: unknown, context: ExecutionContext): DataLoaderRegistry =>
    GqlExecutionContext.create(context).getContext<GraphqlContext>().loaders,
);
