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
import { GROUP_POST_FILE_RULES } from '@tsunagu/shared/domain';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import { CurrentPrincipal, OptionalPrincipal } from '../../../core/auth/current-principal.decorator';
import { Allow, Authenticated, Public } from '../../../core/auth/policy';
import type { Principal } from '../../../core/auth/principal';
import { requestIp, type TsunaguRequest } from '../../../core/auth/request';
import { BadUserInputError, TooLargeError, UnauthenticatedError } from '../../../core/graphql/errors';
import { UuidParam } from '../../../core/graphql/uuid-id';
import { contentDisposition } from '../../catalogue';
import type { CompanyUploadBody } from '../company-files.service';
import { GroupPostFilesService, groupPostFileUrl } from './group-post-files.service';

/**
 * Decides who may add a file before a byte of the body is read (the post exists, she wrote it and is on
 * its board); only then does multer read the file, stopping at the board's limit.
 */
@Injectable()
export class GroupPostFileUploadInterceptor implements NestInterceptor {
  private multer?: NestInterceptor;

  constructor(private readonly files: GroupPostFilesService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<TsunaguRequest>();
    const principal = req.tsunagu?.resolvedPrincipal;
    if (!principal) throw new UnauthenticatedError();
    await this.files.uploadTarget(principal, String(req.params['postId']));
    if (!this.multer) {
      const Interceptor: Type<NestInterceptor> = FileInterceptor('file', {
        limits: { fileSize: GROUP_POST_FILE_RULES.maxBytes, files: 1, fields: 5, parts: 6 },
        defParamCharset: 'utf8',
      });
      this.multer = new Interceptor();
    }
    try {
      return await this.multer.intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException)
        throw new TooLargeError('file', 'companyGroups.fileTooLarge', {
          max: GROUP_POST_FILE_RULES.maxMegabytes,
        });
      if (error instanceof BadRequestException)
        throw BadUserInputError.field('file', 'companyGroups.fileRequired');
      throw error;
    }
  }
}

export interface GroupPostFileView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

/**
 * Files on a company group's board posts: uploads (multipart, field `file`, by the post's author) and
 * downloads (for whoever is on the board now), the way company files are served.
 */
@Controller('api')
export class GroupPostFilesController {
  constructor(private readonly files: GroupPostFilesService) {}

  @Allow(Authenticated)
  @Post('group-posts/:postId/files')
  @HttpCode(201)
  @UseInterceptors(GroupPostFileUploadInterceptor)
  async upload(
    @CurrentPrincipal() principal: Principal,
    @Param('postId', UuidParam) postId: string,
    @UploadedFile() file: CompanyUploadBody | undefined,
    @Req() req: TsunaguRequest,
  ): Promise<GroupPostFileView> {
    const stored = await this.files.upload(principal, postId, file, requestIp(req));
    return {
      id: stored.id,
      filename: stored.filename,
      contentType: stored.contentType,
      sizeBytes: stored.sizeBytes,
      url: groupPostFileUrl(stored.id),
    };
  }

  @Allow(Public)
  @Get('group-post-files/:id')
  async download(
    @OptionalPrincipal() principal: Principal | null,
    @Param('id', UuidParam) id: string,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.files.download(principal, id);
    res.setHeader('ETag', `"${file.sha256}"`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('Vary', 'Authorization');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', contentDisposition('attachment', file.filename));
    res.send(await this.files.bytes(file.id));
  }
}
