import { Injectable } from '@nestjs/common';
import { GROUP_POST_FILE_RULES } from '@tsunagu/shared/domain';
import { isUUID } from 'class-validator';
import { createHash } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { AuditService } from '../../../core/audit/audit.service';
import type { Principal } from '../../../core/auth/principal';
import { groupByKey, type DataLoaderRegistry } from '../../../core/graphql/dataloaders';
import {
  BadUserInputError,
  ForbiddenError,
  NotFoundError,
  UnauthenticatedError,
} from '../../../core/graphql/errors';
import { checkGroupPostUpload } from '../company-file-content';
import type { CompanyUploadBody } from '../company-files.service';
import { GroupPostEntity, GroupPostFileEntity } from './group-board.entity';
import { GroupBoardService } from './group-board.service';

export function groupPostFileUrl(id: string): string {
  return `/api/group-post-files/${id}`;
}

/**
 * Files on a board post (issue 11). Its author, while she is on the board, adds them (one per upload,
 * at most `GROUP_POST_FILE_RULES.maxFiles` on a post) and removes them; whoever is on the board reads
 * them — a company that left, another company or a visitor is refused. The kind is read from the bytes
 * by the catalogue's detector (`checkGroupPostUpload`).
 */
@Injectable()
export class GroupPostFilesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly board: GroupBoardService,
    private readonly audit: AuditService,
  ) {}

  /** Before any byte is read: the post exists, she is on its board and wrote it. */
  async uploadTarget(principal: Principal, postId: string): Promise<GroupPostEntity> {
    const post = await this.board.post(postId);
    await this.board.onBoard(principal, post.groupId);
    if (post.authorUserId !== principal.userId) throw new ForbiddenError('companyGroups.notYourPost');
    return post;
  }

  async upload(
    principal: Principal,
    postId: string,
    body: CompanyUploadBody | undefined,
    ip: string | null,
  ): Promise<GroupPostFileEntity> {
    const post = await this.uploadTarget(principal, postId);
    if (!body) throw BadUserInputError.field('file', 'companyGroups.fileRequired');
    const check = checkGroupPostUpload({ name: body.originalname, data: body.buffer });
    if (!check.ok) throw new BadUserInputError([check.problem]);
    const sha256 = createHash('sha256').update(body.buffer).digest('hex');
    return this.dataSource.transaction(async (manager) => {
      // The post's lock makes the count and the insert one step: two uploads at once cannot pass the limit.
      await manager.query('SELECT id FROM group_posts WHERE id = $1 FOR UPDATE', [post.id]);
      const [{ n } = { n: 0 }] = (await manager.query(
        'SELECT count(*)::int AS n FROM group_post_files WHERE post_id = $1',
        [post.id],
      )) as { n: number }[];
      if (n >= GROUP_POST_FILE_RULES.maxFiles)
        throw BadUserInputError.field('file', 'companyGroups.tooManyPostFiles', {
          max: GROUP_POST_FILE_RULES.maxFiles,
        });
      const [row] = (await manager.query(
        `INSERT INTO group_post_files (post_id, filename, content_type, size_bytes, sha256, data, uploaded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at AS "createdAt"`,
        [
          post.id,
          check.filename,
          check.contentType,
          body.buffer.length,
          sha256,
          body.buffer,
          principal.userId,
        ],
      )) as { id: string; createdAt: Date }[];
      if (!row) throw new Error('storing a post file returned no row');
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'company_groups.post_file_added',
          subjectType: 'group_post_file',
          subjectId: row.id,
          metadata: { postId: post.id, filename: check.filename, sizeBytes: body.buffer.length, sha256 },
          ip,
        },
        manager,
      );
      return Object.assign(new GroupPostFileEntity(), {
        id: row.id,
        postId: post.id,
        filename: check.filename,
        contentType: check.contentType,
        sizeBytes: body.buffer.length,
        sha256,
        uploadedBy: principal.userId,
        createdAt: row.createdAt,
      });
    });
  }

  /** Her own post's file, deleted; the post as it is now. */
  async remove(principal: Principal, fileId: string): Promise<GroupPostEntity> {
    const file = await this.file(fileId);
    const post = await this.uploadTarget(principal, file.postId);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(GroupPostFileEntity, { id: file.id });
      await this.audit.record(
        {
          actorUserId: principal.userId,
          action: 'company_groups.post_file_removed',
          subjectType: 'group_post_file',
          subjectId: file.id,
          metadata: { postId: post.id, filename: file.filename },
        },
        manager,
      );
    });
    return post;
  }

  /** A file she may fetch: she is on the board of the post's group now. */
  async download(principal: Principal | null, fileId: string): Promise<GroupPostFileEntity> {
    const file = await this.file(fileId);
    if (!principal) throw new UnauthenticatedError();
    const post = await this.board.post(file.postId);
    await this.board.onBoard(principal, post.groupId);
    return file;
  }

  /** The bytes of a file (read only once access has been decided). */
  async bytes(id: string): Promise<Buffer> {
    const [row] = (await this.dataSource.query('SELECT data FROM group_post_files WHERE id = $1', [id])) as {
      data: Buffer;
    }[];
    if (!row) throw new NotFoundError('companyGroups.fileNotFound');
    return row.data;
  }

  /** A post's files, oldest first (the post was read by someone on its board). */
  filesOf(loaders: DataLoaderRegistry, postId: string): Promise<GroupPostFileEntity[]> {
    return loaders
      .get<string, GroupPostFileEntity[]>('groupPostFilesByPost', async (ids) =>
        groupByKey(
          ids,
          await this.dataSource.getRepository(GroupPostFileEntity).find({
            where: { postId: In([...ids]) },
            order: { createdAt: 'ASC', id: 'ASC' },
          }),
          (f) => f.postId,
        ),
      )
      .load(postId);
  }

  private async file(id: string): Promise<GroupPostFileEntity> {
    const file = isUUID(id)
      ? await this.dataSource.getRepository(GroupPostFileEntity).findOneBy({ id })
      : null;
    if (!file) throw new NotFoundError('companyGroups.fileNotFound');
    return file;
  }
}
