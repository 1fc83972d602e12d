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
  Query,
  Req,
  Res,
  UploadedFile,
  UseInterceptors,
  type Type,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  COURSE_FILE_KIND_INFO,
  COURSE_FILE_KINDS,
  COURSE_FILE_PURPOSES,
  COURSE_FILE_RULES,
  type CourseFilePurpose,
} from '@tsunagu/shared/domain';
import type { Response } from 'express';
import type { Observable } from 'rxjs';
import { CurrentPrincipal, OptionalPrincipal } from '../../core/auth/current-principal.decorator';
import { Allow, Public } from '../../core/auth/policy';
import type { Principal } from '../../core/auth/principal';
import { requestIp, type TsunaguRequest } from '../../core/auth/request';
import { BadUserInputError, TooLargeError, UnauthenticatedError } from '../../core/graphql/errors';
import { UuidParam } from '../../core/graphql/uuid-id';
import { CourseEditorSomewhere } from './catalogue.policies';
import { contentDisposition } from './course-file-content';
import { CourseFilesService, type CourseFileView, type UploadedFileBody } from './course-files.service';

function purposeOf(value: unknown): CourseFilePurpose {
  if (typeof value === 'string' && (COURSE_FILE_PURPOSES as readonly string[]).includes(value))
    return value as CourseFilePurpose;
  throw BadUserInputError.field('purpose', 'validation.enum');
}

/** multer in memory, one file in the field `file`, never more than the purpose allows. */
function multerFor(purpose: CourseFilePurpose): NestInterceptor {
  const Interceptor: Type<NestInterceptor> = FileInterceptor('file', {
    limits: { fileSize: COURSE_FILE_RULES[purpose].maxBytes, files: 1, fields: 5, parts: 6 },
    // Browsers send the file name as UTF-8 (Japanese names included); busboy assumes Latin-1 otherwise.
    defParamCharset: 'utf8',
  });
  return new Interceptor();
}

/**
 * Decides who may upload before a byte of the body is read: the purpose must be known and she must
 * edit the course (the guard has already required an editor role somewhere). Only then does multer
 * read the file, stopping at the purpose's size limit; its errors become localized field errors.
 */
@Injectable()
export class CourseFileUploadInterceptor implements NestInterceptor {
  private readonly multer: Record<CourseFilePurpose, NestInterceptor> = {
    lesson: multerFor('lesson'),
    cover: multerFor('cover'),
  };

  constructor(private readonly files: CourseFilesService) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const req = context.switchToHttp().getRequest<TsunaguRequest>();
    const principal = req.tsunagu?.resolvedPrincipal;
    if (!principal) throw new UnauthenticatedError();
    const purpose = purposeOf(req.query['purpose']);
    await this.files.uploadTarget(principal, String(req.params['courseId']));
    try {
      return await this.multer[purpose].intercept(context, next);
    } catch (error) {
      if (error instanceof PayloadTooLargeException)
        throw new TooLargeError('file', 'catalogue.fileTooLarge', {
          max: COURSE_FILE_RULES[purpose].maxMegabytes,
        });
      if (error instanceof BadRequestException)
        throw BadUserInputError.field('file', 'catalogue.fileRequired');
      throw error;
    }
  }
}

const INLINE_TYPES = new Set(
  COURSE_FILE_KINDS.filter((k) => COURSE_FILE_KIND_INFO[k].inline).map(
    (k) => COURSE_FILE_KIND_INFO[k].contentType,
  ),
);

/**
 * Uploads of lesson materials and cover images (multipart, field `file`) and their downloads. The web
 * app uploads with her bearer token; downloads need one only for files of courses not open to everyone.
 */
@Controller('api')
export class CourseFilesController {
  constructor(private readonly files: CourseFilesService) {}

  @Allow(CourseEditorSomewhere)
  @Post('courses/:courseId/files')
  @HttpCode(201)
  @UseInterceptors(CourseFileUploadInterceptor)
  upload(
    @CurrentPrincipal() principal: Principal,
    @Param('courseId', UuidParam) courseId: string,
    @Query('purpose') purpose: string,
    @UploadedFile() file: UploadedFileBody | undefined,
    @Req() req: TsunaguRequest,
  ): Promise<CourseFileView> {
    return this.files.upload(principal, courseId, purposeOf(purpose), file, requestIp(req));
  }

  @Allow(Public)
  @Get('files/:id')
  async download(
    @OptionalPrincipal() principal: Principal | null,
    @Param('id', UuidParam) id: string,
    @Req() req: TsunaguRequest,
    @Res() res: Response,
  ): Promise<void> {
    const { file, isPublic } = await this.files.download(principal, id);
    // The bytes of a file never change (a new version is a new file), so its hash is a strong ETag.
    // Whether she may still see it can change, so the cache keeps it for an hour at most when it is
    // public, and asks again every time (a cheap 304) when it needs her token.
    const etag = `"${file.sha256}"`;
    res.setHeader('ETag', etag);
    res.setHeader('Cache-Control', isPublic ? 'public, max-age=3600' : 'private, no-cache');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    if (!isPublic) res.setHeader('Vary', 'Authorization');
    if (ifNoneMatch(req.headers['if-none-match'], etag)) {
      res.status(304).end();
      return;
    }
    res.setHeader(
      'Content-Type',
      file.contentType.startsWith('text/') ? `${file.contentType}; charset=utf-8` : file.contentType,
    );
    res.setHeader(
      'Content-Disposition',
      contentDisposition(INLINE_TYPES.has(file.contentType) ? 'inline' : 'attachment', file.filename),
    );
    res.send(await this.files.bytes(file.id));
  }
}

/** Whether an If-None-Match header names the ETag (or `*`). */
function ifNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header
    .split(',')
    .map((t) => t.trim().replace(/^W\//, ''))
    .some((t) => t === etag || t === '*');
}
