import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { ForbiddenError, UnauthenticatedError } from '../graphql/errors';
import { POLICY_KEY, type Policy } from './policy';
import type { TsunaguRequest } from './request';
import { RequestAuthService } from './request-auth.service';

/**
 * The one authorization gate, registered globally and for GraphQL field resolvers too
 * (`fieldResolverEnhancers: ['guards']`). Deny by default: no declared policy, no access.
 */
@Injectable()
export class PolicyGuard implements CanActivate {
  private readonly logger = new Logger(PolicyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: RequestAuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.getAllAndOverride<Policy | undefined>(POLICY_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const { req, args, parent } = this.parts(context);
    if (!policy) {
      this.logger.error(`Denied ${context.getClass().name}.${context.getHandler().name}: no policy declared`);
      throw new ForbiddenError();
    }
    const principal = await this.auth.principalFor(req, !policy.public);
    if (!policy.public && !principal) throw new UnauthenticatedError();
    if (!policy.allows({ principal, args, parent })) throw new ForbiddenError();
    return true;
  }

  private parts(context: ExecutionContext): {
    req: TsunaguRequest;
    args: Record<string, unknown>;
    parent: unknown;
  } {
    if (context.getType<GqlContextType>() === 'graphql') {
      const gql = GqlExecutionContext.create(context);
      return {
        req: gql.getContext<{ req: TsunaguRequest }>().req,
        args: gql.getArgs(),
        parent: gql.getRoot(),
      };
    }
    const req = context.switchToHttp().getRequest<TsunaguRequest>();
    return { req, args: { ...(req.params ?? {}), ...(req.query ?? {}) }, parent: undefined };
  }
}
