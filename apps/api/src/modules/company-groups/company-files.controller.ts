import {
  BadRequestException,
  CallHandler,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Injectable,
  NestInterceptor,
  Param,
  PayloadTooLargeException,
  Post,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { COMPANY_FILE_RULES, type CompanyFilePurpose } from '@tsunagu/shared/domain';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import { CurrentPrincipal, OptionalPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Authenticated, Public } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { requestIp, type TsunaguRequest } from '../../core/auth/request';
import { BadUserInputError, TooLargeError, UnauthenticatedError } from '../../core/graphql/errors';
import { UuidParam } from '../../core/graphql/uuid-id';
import { contentDisposition } from '../catalogue';
import { CompanyFilesService, type CompanyFileView, type CompanyUploadBody } from './company-files.service';

/** multer in memory, one file in the field `file`, never more than the purpose allows. */
function multerFor(purpose: CompanyFilePurpose): NestInterceptor {
  const Interceptor: Type<NestInterceptor> = FileInterceptor('file', {
    limits: { fileSize: COMPANY_FILE_RULES[purpose].maxBytes, files: 1, fields: 5, parts: 6 },
    defParamCharset: 'utf8',
  });
  return new Interceptor();
}

/**
 * Decides who may upload before a byte of the body is read (the company or certification exists and
 * she is its company's admin); only then does multer read the file, stopping at the purpose's limit.
 */
@Injectable()
abstract class CompanyUploadInterceptor implements NestInterceptor {
  protected abstract readonly purpose: CompanyFilePurpose;
  protected abstract readonly param: string;
  private multer?: NestInterceptor;

  constructor(private readonly files: CompanyFilesService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<TsunaguRequest>();
    const principal = req.tsunagu?.resolvedPrincipal;
    if (!principal) throw new UnauthenticatedError();
    await this.files.uploadTarget(principal, this.purpose, String(req.params[this.param]));
    this.multer ??= multerFor(this.purpose);
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException)
        throw new TooLargeError('file', 'companyGroups.fileTooLarge', {
          max: COMPANY_FILE_RULES[this.purpose].maxMegabytes,
        });
      if (error instanceof BadRequestException)
        throw BadUserInputError.field('file', 'companyGroups.fileRequired');
      throw error;
    }
  }
}

@Injectable()
export class CompanyLogoUploadInterceptor extends CompanyUploadInterceptor {
  protected readonly purpose = 'logo';
  protected readonly param = 'organisationId';
}

@Injectable()
export class CompanyEvidenceUploadInterceptor extends CompanyUploadInterceptor {
  protected readonly purpose = 'evidence';
  protected readonly param = 'certificationId';
}

/**
 * A company's logo and its certifications' evidence files: uploads (multipart, field `file`, by its
 * company admins) and downloads (the logo of an approved company for anyone; evidence for insiders).
 */
@Controller('api')
export class CompanyFilesController {
  constructor(private readonly files: CompanyFilesService) {}

  @Allow(Authenticated)
  @Post('companies/:organisationId/logo')
  @HttpCode(201)
  @UseInterceptors(CompanyLogoUploadInterceptor)
  uploadLogo(
    @CurrentPrincipal() principal: Principal,
    @Param('organisationId', UuidParam) organisationId: string,
    @UploadedFile() file: CompanyUploadBody | undefined,
    @Req() req: TsunaguRequest,
  ): Promise<CompanyFileView> {
    return this.files.upload(principal, 'logo', organisationId, file, requestIp(req));
  }

  @Allow(Authenticated)
  @Post('company-certifications/:certificationId/evidence')
  @HttpCode(201)
  @UseInterceptors(CompanyEvidenceUploadInterceptor)
  uploadEvidence(
    @CurrentPrincipal() principal: Principal,
    @Param('certificationId', UuidParam) certificationId: string,
    @UploadedFile() file: CompanyUploadBody | undefined,
    @Req() req: TsunaguRequest,
  ): Promise<CompanyFileView> {
    return this.files.upload(principal, 'evidence', certificationId, file, requestIp(req));
  }

  @Allow(Public)
  @Get('company-files/:id')
  async download(
    @OptionalPrincipal() principal: Principal | null,
    @Param('id', UuidParam) id: string,
    @Req() req: TsunaguRequest,
    @Res() res: Response,
  ): Promise<void> {
    const { file, isPublic } = await this.files.download(principal, id, requestIp(req));
    res.setHeader('ETag', `"${file.sha256}"`);
    res.setHeader('Cache-Control', isPublic ? 'public, max-age=3600' : 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!isPublic) res.setHeader('Vary', 'Authorization');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader(
      'Content-Disposition',
      contentDisposition(file.purpose === 'logo' ? 'inline' : 'attachment', file.filename),
    );
    res.send(await this.files.bytes(file.id));
  }
}
