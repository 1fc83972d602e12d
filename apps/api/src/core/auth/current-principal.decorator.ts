import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { UnauthenticatedError } from '../graphql/errors';
import type { Principal } from './principal';
import type { TsunaguRequest } from './request';

function requestOf(context: ExecutionContext): TsunaguRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: TsunaguRequest }>().req;
  }
  return context.switchToHttp().getRequest<TsunaguRequest>();
}

/** The signed-in caller, as resolved by the PolicyGuard; throws when there is none. */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext): Principal => {
  const principal = requestOf(context).tsunagu?.resolvedPrincipal;
  if (!principal) throw new UnauthenticatedError();
  return principal;
});

/** The caller if signed in, otherwise null (for Public operations that behave differently when signed in). */
export const OptionalPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal | null =>
    requestOf(context).tsunagu?.resolvedPrincipal ?? null,
);

/** The raw request (for IP, user agent and locale). */
export const Req = createParamDecorator((_: unknown, context: ExecutionContext): TsunaguRequest =>
  requestOf(context),
);
