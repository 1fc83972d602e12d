import {
  COMPANY_FILE_CONTENT_TYPES,
  COMPANY_FILE_RULES,
  COURSE_FILE_KIND_INFO,
  fileExtension,
  GROUP_POST_FILE_RULES,
  type CompanyFileKind,
  type CompanyFilePurpose,
  type CourseFileKind,
  type GroupPostFileKind,
} from '@tsunagu/shared/domain';
import type { FieldProblem } from '../../core/graphql/errors';
import { cleanFileName, detectCourseFileKind } from '../catalogue';

/*
 * What an uploaded company file really is, read from its first bytes by the catalogue's detector (the
 * same one course files use), never from its name or the type the browser declared. Company files are a
 * few of those kinds; their name is cleaned the same way, and gets its kind's extension when it has
 * another. Served with the catalogue's `contentDisposition`.
 */

const isCompanyKind = (kind: string | null): kind is CompanyFileKind =>
  kind !== null && kind in COMPANY_FILE_CONTENT_TYPES;

/** The name she gave, cleaned as a course file's is, with the kind's extension. */
export function companyFileName(name: string, kind: CourseFileKind): string {
  const filename = cleanFileName(name);
  const extensions = COURSE_FILE_KIND_INFO[kind].extensions;
  const extension = fileExtension(filename);
  return extension && extensions.includes(extension) ? filename : `${filename}.${extensions[0]}`;
}

export type CompanyUploadCheck =
  | { ok: true; kind: CompanyFileKind; contentType: string; filename: string }
  | { ok: false; problem: FieldProblem };

/** Whether the file is of a kind the purpose accepts, within its size; its stored name and type. */
export function checkCompanyUpload(
  purpose: CompanyFilePurpose,
  file: { name: string; data: Buffer },
): CompanyUploadCheck {
  const rules = COMPANY_FILE_RULES[purpose];
  if (file.data.length === 0)
    return { ok: false, problem: { field: 'file', key: 'companyGroups.fileEmpty' } };
  if (file.data.length > rules.maxBytes)
    return {
      ok: false,
      problem: { field: 'file', key: 'companyGroups.fileTooLarge', params: { max: rules.maxMegabytes } },
    };
  const { kind } = detectCourseFileKind(file.data);
  if (!isCompanyKind(kind) || !rules.kinds.includes(kind))
    return {
      ok: false,
      problem: {
        field: 'file',
        key: purpose === 'logo' ? 'companyGroups.logoTypeNotAllowed' : 'companyGroups.evidenceTypeNotAllowed',
      },
    };
  return {
    ok: true,
    kind,
    contentType: COMPANY_FILE_CONTENT_TYPES[kind],
    filename: companyFileName(file.name, kind),
  };
}

export type GroupPostUploadCheck =
  | { ok: true; kind: GroupPostFileKind; contentType: string; filename: string }
  | { ok: false; problem: FieldProblem };

const isPostKind = (kind: string | null): kind is GroupPostFileKind =>
  kind !== null && (GROUP_POST_FILE_RULES.kinds as readonly string[]).includes(kind);

/** A file on a board post: a PDF, an image or an Office document, within the board's size. */
export function checkGroupPostUpload(file: { name: string; data: Buffer }): GroupPostUploadCheck {
  if (file.data.length === 0)
    return { ok: false, problem: { field: 'file', key: 'companyGroups.fileEmpty' } };
  if (file.data.length > GROUP_POST_FILE_RULES.maxBytes)
    return {
      ok: false,
      problem: {
        field: 'file',
        key: 'companyGroups.fileTooLarge',
        params: { max: GROUP_POST_FILE_RULES.maxMegabytes },
      },
    };
  const { kind } = detectCourseFileKind(file.data);
  if (!isPostKind(kind))
    return { ok: false, problem: { field: 'file', key: 'companyGroups.postFileTypeNotAllowed' } };
  return {
    ok: true,
    kind,
    contentType: COURSE_FILE_KIND_INFO[kind].contentType,
    filename: companyFileName(file.name, kind),
  };
}
