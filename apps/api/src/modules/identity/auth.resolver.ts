import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, Req } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, Public } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { requestIp, type TsunaguRequest } from '../../core/auth/request';
import { RequestAuthService } from '../../core/auth/request-auth.service';
import { ChecksPassword } from '../../core/graphql/password-checks';
import { AuthService, type ClientInfo } from './auth.service';
import { AuthPayload } from './dto/auth-payload.type';
import { ChangePasswordInput } from './dto/change-password.input';
import { SignInInput } from './dto/sign-in.input';
import { SignUpInput } from './dto/sign-up.input';

function clientOf(req: TsunaguRequest): ClientInfo {
  return { ip: requestIp(req), userAgent: req.headers?.['user-agent'] ?? null };
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly requestAuth: RequestAuthService,
  ) {}

  private adopt(req: TsunaguRequest, payload: AuthPayload): AuthPayload {
    this.requestAuth.adoptAccessToken(req, payload.accessToken);
    return payload;
  }

  @Allow(Public)
  @ChecksPassword()
  @Mutation(() => AuthPayload, { description: 'Creates an account and signs in' })
  async signUp(@Args('input') input: SignUpInput, @Req() req: TsunaguRequest): Promise<AuthPayload> {
    return this.adopt(req, await this.auth.signUp(input, clientOf(req)));
  }

  @Allow(Public)
  @ChecksPassword()
  @Mutation(() => AuthPayload, {
    nullable: true,
    description: 'Null with an error when refused. One password check per request: a second is refused.',
  })
  async signIn(@Args('input') input: SignInInput, @Req() req: TsunaguRequest): Promise<AuthPayload> {
    return this.adopt(req, await this.auth.signIn(input, clientOf(req)));
  }

  @Allow(Public)
  @Mutation(() => AuthPayload, { description: 'Exchanges a refresh token (once) for new tokens' })
  async refreshSession(
    @Args('refreshToken') refreshToken: string,
    @Req() req: TsunaguRequest,
  ): Promise<AuthPayload> {
    return this.adopt(req, await this.auth.refresh(refreshToken));
  }

  @Allow(Authenticated)
  @Mutation(() => Boolean, { description: "Ends this device's session; its refresh tokens stop working" })
  signOut(@CurrentPrincipal() principal: Principal): Promise<boolean> {
    return this.auth.signOut(principal);
  }

  @Allow(Authenticated)
  @ChecksPassword()
  @Mutation(() => Boolean, { description: 'Other devices are signed out' })
  changePassword(
    @CurrentPrincipal() principal: Principal,
    @Args('input') input: ChangePasswordInput,
    @Req() req: TsunaguRequest,
  ): Promise<boolean> {
    return this.auth.changePassword(principal, input, clientOf(req));
  }
}
