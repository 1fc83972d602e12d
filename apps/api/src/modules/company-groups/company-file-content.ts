import {
  COMPANY_FILE_CONTENT_TYPES,
  COMPANY_FILE_RULES,
  LIMITS,
  type CompanyFileKind,
  type CompanyFilePurpose,
} from '@tsunagu/shared/domain';
import type { FieldProblem } from '../../core/graphql/errors';

/*
 * What an uploaded company file really is, read from its first bytes, never from its name or the type
 * the browser declared. (The catalogue's course files follow the same rule with more kinds; its checker
 * is that module's own.)
 */

const startsWith = (data: Buffer, bytes: readonly number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES: readonly { kind: CompanyFileKind; test: (data: Buffer) => boolean }[] = [
  { kind: 'pdf', test: (d) => startsWith(d, ascii('%PDF-')) },
  { kind: 'png', test: (d) => startsWith(d, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) },
  { kind: 'jpeg', test: (d) => startsWith(d, [0xff, 0xd8, 0xff]) },
  { kind: 'webp', test: (d) => startsWith(d, ascii('RIFF')) && startsWith(d, ascii('WEBP'), 8) },
];

const EXTENSIONS: Readonly<Record<CompanyFileKind, readonly string[]>> = {
  pdf: ['pdf'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
  webp: ['webp'],
};

export function detectCompanyFileKind(data: Buffer): CompanyFileKind | null {
  return SIGNATURES.find((s) => s.test(data))?.kind ?? null;
}

/** The name she gave, without folders or control characters, shortened, with the kind's extension. */
export function companyFileName(name: string, kind: CompanyFileKind, purpose: CompanyFilePurpose): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const base = (name.split(/[\\/]/).pop() ?? '').replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  const short = [...(base || purpose)].slice(0, LIMITS.courseFile.filename.shortenedTo).join('');
  const extension = /\.([A-Za-z0-9]+)$/.exec(short)?.[1]?.toLowerCase();
  return extension && EXTENSIONS[kind].includes(extension) ? short : `${short}.${EXTENSIONS[kind][0]}`;
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
  const kind = detectCompanyFileKind(file.data);
  if (!kind || !rules.kinds.includes(kind))
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
    filename: companyFileName(file.name, kind, purpose),
  };
}

/** `attachment` or `inline` with an ASCII fallback name and the real one (RFC 6266 / 5987). */
export function companyFileDisposition(type: 'inline' | 'attachment', filename: string): string {
  const fallback =
    filename
      .replace(/[^\u0020-\u007e]+/g, '_')
      .replace(/["\\]/g, '_')
      .trim() || 'file';
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
