import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type CourseFilePurpose } from '@tsunagu/shared/domain';
import { isUUID } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource, In, Repository } from 'typeorm';
import { AuditService } from '../../core/audit/audit.service';
import type { Principal } from '../../core/auth/principal';
import { firstRow } from '../../core/database/first-row';
import { alignByKey, type DataLoaderRegistry } from '../../core/graphql/dataloaders';
import { BadUserInputError, NotFoundError } from '../../core/graphql/errors';
import { CatalogueAccessService } from './catalogue-access.service';
import { checkUpload } from './course-file-content';
import { NOT_IN_USE } from './course-file-usage';
import { CourseFileEntity } from './course-file.entity';
import type { CourseEntity } from './course.entity';

/** What multer hands over for one uploaded file (memory storage). */
export interface UploadedFileBody {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** How the API answers an upload, and how GraphQL shows a file: the same fields. */
export interface CourseFileView {
  id: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  url: string;
}

export function courseFileUrl(id: string): string {
  return `/api/files/${id}`;
}

/** Unattached uploads are kept this long (an editor may still be filling in the lesson form). */
const ABANDONED_AFTER = '1 day';

export interface FileDownload {
  file: CourseFileEntity;
  /** Anyone may fetch it (a public published course's file in use), so shared caches may keep it. */
  isPublic: boolean;
}

/** Uploading and serving the files of courses; who may do either follows the course's own rules. */
@Injectable()
export class CourseFilesService {
  constructor(
    @InjectRepository(CourseFileEntity) private readonly files: Repository<CourseFileEntity>,
    private readonly access: CatalogueAccessService,
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The course she may upload to: NOT_FOUND when she cannot see it, FORBIDDEN when she only sees it. */
  uploadTarget(principal: Principal, courseId: string): Promise<CourseEntity> {
    return this.access.editableCourse(principal, courseId);
  }

  /**
   * Stores the file when its contents are a kind the purpose accepts, within the size limit, and
   * audits the upload; stores nothing otherwise. Uploads of the course left unattached for a day are
   * deleted on the way.
   */
  async upload(
    principal: Principal,
    courseId: string,
    purpose: CourseFilePurpose,
    body: UploadedFileBody | undefined,
    ip: string | null,
  ): Promise<CourseFileView> {
    const course = await this.access.editableCourse(principal, courseId);
    if (!body) throw BadUserInputError.field('file', 'catalogue.fileRequired');
    const check = checkUpload(purpose, {
      name: body.originalname,
      declaredType: body.mimetype,
      data: body.buffer,
    });
    if (!check.ok) throw new BadUserInputError([check.problem]);
    const sha256 = createHash('sha256').update(body.buffer).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      const row = firstRow(
        (
          await manager
            .createQueryBuilder()
            .insert()
            .into(CourseFileEntity)
            .values({
              courseId: course.id,
              purpose,
              filename: check.filename,
              contentType: check.contentType,
              sizeBytes: body.buffer.length,
              sha256,
              data: body.buffer,
              uploadedById: principal.userId,
            })
            .returning(['id'])
            .execute()
        ).raw as { id: string }[],
        'storing a course file',
      );
      await manager.query(
        `DELETE FROM course_files f WHERE f.course_id = $1 AND f.created_at < now() - $2::interval AND ${NOT_IN_USE}`,
        [course.id, ABANDONED_AFTER],
      );
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'catalogue.file_uploaded',
          subjectType: 'course_file',
          subjectId: row.id,
          metadata: {
            courseId: course.id,
            purpose,
            filename: check.filename,
            contentType: check.contentType,
            sizeBytes: body.buffer.length,
            sha256,
          },
          ip,
        },
        manager,
      );
      return {
        id: row.id,
        filename: check.filename,
        contentType: check.contentType,
        sizeBytes: body.buffer.length,
        url: courseFileUrl(row.id),
      };
    });
  }

  /**
   * A file she may fetch: one in use by a course she may see (its lessons or its cover), or any file
   * of a course she edits (her uploads before she attaches them). NOT_FOUND otherwise.
   */
  async download(principal: Principal | null, id: string): Promise<FileDownload> {
    const rows: (CourseFileEntity & { inUse: boolean })[] = isUUID(id)
      ? await this.dataSource.query(
          `SELECT f.id, f.course_id AS "courseId", f.purpose, f.filename, f.content_type AS "contentType",
                  f.size_bytes AS "sizeBytes", f.sha256, f.created_at AS "createdAt", NOT (${NOT_IN_USE}) AS "inUse"
             FROM course_files f WHERE f.id = $1`,
          [id],
        )
      : [];
    const file = rows[0];
    if (!file) throw new NotFoundError('catalogue.fileNotFound');
    const course = await this.access.visibleCourse(principal, file.courseId, 'catalogue.fileNotFound');
    const editor = await this.access.isCourseEditor(principal, course);
    if (!file.inUse && !editor) throw new NotFoundError('catalogue.fileNotFound');
    const { inUse, ...metadata } = file;
    return {
      file: Object.assign(new CourseFileEntity(), metadata),
      isPublic: inUse && course.status === 'published' && course.visibility === 'public',
    };
  }

  /** The bytes of a file (read only once access has been decided). */
  async bytes(id: string): Promise<Buffer> {
    const [row] = (await this.dataSource.query('SELECT data FROM course_files WHERE id = $1', [id])) as {
      data: Buffer;
    }[];
    if (!row) throw new NotFoundError('catalogue.fileNotFound');
    return row.data;
  }

  /** A file's metadata, batched per request (lessons' files and covers); its course was shown to her already. */
  load(loaders: DataLoaderRegistry, id: string | null): Promise<CourseFileEntity | null> {
    if (!id) return Promise.resolve(null);
    return loaders
      .get<string, CourseFileEntity>('courseFileById', async (ids) =>
        alignByKey(
          ids,
          await this.files.findBy({ id: In([...ids]) }),
          (f) => f.id,
          () => new NotFoundError('catalogue.fileNotFound'),
        ),
      )
      .load(id);
  }
}
