import {
  COURSE_FILE_KIND_INFO,
  COURSE_FILE_RULES,
  courseFileKindOfName,
  fileExtension,
  LIMITS,
  type CourseFileKind,
  type CourseFilePurpose,
} from '@tsunagu/shared/domain';
import type { FieldProblem } from '../../core/graphql/errors';

/*
 * What an uploaded file really is, read from its first bytes (and, for Office files, the names inside
 * the ZIP container), never from the name or the Content-Type the browser declared: those only have
 * to agree with it.
 */

const startsWith = (data: Buffer, bytes: readonly number[], offset = 0) =>
  data.length >= offset + bytes.length && bytes.every((b, i) => data[offset + i] === b);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const PDF = ascii('%PDF-');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const ZIP_LOCAL_FILE = [0x50, 0x4b, 0x03, 0x04];
const ZIP_END_OF_DIRECTORY = 0x06054b50;
const ZIP_DIRECTORY_ENTRY = 0x02014b50;

/** The names in a ZIP file's central directory, or null when it is not a readable ZIP. */
export function zipEntryNames(data: Buffer, maxEntries = 10_000): string[] | null {
  if (!startsWith(data, ZIP_LOCAL_FILE) || data.length < 22) return null;
  // The end-of-directory record is the last 22 bytes, followed by a comment of up to 65,535 bytes.
  const earliest = Math.max(0, data.length - 22 - 0xffff);
  let end = -1;
  for (let i = data.length - 22; i >= earliest; i--) {
    if (data.readUInt32LE(i) === ZIP_END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  if (count > maxEntries) return null;
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== ZIP_DIRECTORY_ENTRY) return null;
    const nameLength = data.readUInt16LE(offset + 28);
    const extraLength = data.readUInt16LE(offset + 30);
    const commentLength = data.readUInt16LE(offset + 32);
    if (offset + 46 + nameLength > data.length) return null;
    names.push(data.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

/** Word, Excel or PowerPoint (Office Open XML): a ZIP with [Content_Types].xml and its main folder. */
function officeKind(data: Buffer): CourseFileKind | null {
  const names = zipEntryNames(data);
  if (!names?.includes('[Content_Types].xml')) return null;
  const has = (folder: string) => names.some((n) => n.startsWith(folder));
  if (has('word/')) return 'docx';
  if (has('xl/')) return 'xlsx';
  if (has('ppt/')) return 'pptx';
  return null;
}

/** UTF-8 text (a BOM allowed) without NUL or other control characters than tab, line feed, form feed and CR. */
export function isUtf8Text(data: Buffer): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return false;
  }
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isControl(code) && !TEXT_WHITESPACE.has(code)) return false;
  }
  return true;
}

/** C0 control characters and DEL (all single UTF-16 code units). */
const isControl = (code: number) => code < 0x20 || code === 0x7f;
/** Tab, line feed, form feed and carriage return: control characters that text files contain. */
const TEXT_WHITESPACE = new Set([0x09, 0x0a, 0x0c, 0x0d]);

/** Whether the bytes are text in some other encoding (Shift_JIS, UTF-16): no NUL-free UTF-8, but no binary magic either. */
function looksLikeOtherText(data: Buffer): boolean {
  const sample = data.subarray(0, 4096);
  if (startsWith(sample, [0xff, 0xfe]) || startsWith(sample, [0xfe, 0xff])) return true;
  // Shift_JIS and EUC-JP text has no NUL bytes and few control characters.
  return !sample.some((b) => b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b));
}

export type Detection = { kind: CourseFileKind } | { kind: null; reason: 'unknown' | 'textEncoding' };

/** The kind of file the bytes are, whatever its name says. */
export function detectCourseFileKind(data: Buffer): Detection {
  if (startsWith(data, PDF)) return { kind: 'pdf' };
  if (startsWith(data, PNG)) return { kind: 'png' };
  if (startsWith(data, JPEG)) return { kind: 'jpeg' };
  if (startsWith(data, RIFF) && startsWith(data, WEBP, 8)) return { kind: 'webp' };
  if (startsWith(data, ZIP_LOCAL_FILE)) {
    const kind = officeKind(data);
    return kind ? { kind } : { kind: null, reason: 'unknown' };
  }
  if (isUtf8Text(data)) return { kind: 'text' };
  return { kind: null, reason: looksLikeOtherText(data) ? 'textEncoding' : 'unknown' };
}

/** Content types a browser may declare for a kind besides its own (or when it does not know). */
const DECLARED_ALIASES: Partial<Record<CourseFileKind, readonly string[]>> = {
  jpeg: ['image/jpg', 'image/pjpeg'],
  docx: ['application/zip', 'application/x-zip-compressed'],
  xlsx: ['application/zip', 'application/x-zip-compressed'],
  pptx: ['application/zip', 'application/x-zip-compressed'],
};
const UNKNOWN_DECLARED = ['', 'application/octet-stream', 'binary/octet-stream'];

function declaredAgrees(kind: CourseFileKind, declared: string): boolean {
  const type = (declared.split(';')[0] ?? '').trim().toLowerCase();
  return (
    UNKNOWN_DECLARED.includes(type) ||
    type === COURSE_FILE_KIND_INFO[kind].contentType ||
    (DECLARED_ALIASES[kind] ?? []).includes(type)
  );
}

const MAX_NAME = LIMITS.courseFile.filename.shortenedTo;

/**
 * The name to store: its last path segment, NFC (macOS sends Japanese names decomposed), without
 * control characters, at most 200 characters with the extension kept; `file` when nothing is left.
 */
export function cleanFileName(name: string): string {
  const base = (name.split(/[/\\]/).pop() ?? '')
    .normalize('NFC')
    .split('')
    .filter((char) => !isControl(char.charCodeAt(0)))
    .join('')
    .trim();
  const chars = [...base];
  if (chars.length <= MAX_NAME) return base || 'file';
  const extension = fileExtension(base);
  const keep = extension ? MAX_NAME - extension.length - 1 : MAX_NAME;
  return `${chars.slice(0, keep).join('').trim()}${extension ? `.${extension}` : ''}`;
}

export interface UploadCandidate {
  name: string;
  declaredType: string;
  data: Buffer;
}

export type UploadCheck =
  | { ok: true; kind: CourseFileKind; contentType: string; filename: string }
  | { ok: false; problem: FieldProblem };

/**
 * Whether a file may be stored for the purpose: not empty, within the size limit, a kind the purpose
 * accepts by its contents, and a name and declared type that agree with those contents. A name
 * without an extension gets the usual one of its kind.
 */
export function checkUpload(purpose: CourseFilePurpose, file: UploadCandidate): UploadCheck {
  const rules = COURSE_FILE_RULES[purpose];
  const refuse = (key: FieldProblem['key'], params?: FieldProblem['params']): UploadCheck => ({
    ok: false,
    problem: { field: 'file', key, ...(params && { params }) },
  });
  if (file.data.length === 0) return refuse('catalogue.fileEmpty');
  if (file.data.length > rules.maxBytes) return refuse('catalogue.fileTooLarge', { max: rules.maxMegabytes });
  const typeNotAllowed =
    purpose === 'cover' ? 'catalogue.coverTypeNotAllowed' : 'catalogue.fileTypeNotAllowed';
  const detected = detectCourseFileKind(file.data);
  if (!detected.kind) {
    const claimsText = courseFileKindOfName(file.name) === 'text' || /^text\//i.test(file.declaredType);
    if (purpose === 'lesson' && detected.reason === 'textEncoding' && claimsText)
      return refuse('catalogue.fileTextEncoding');
    return refuse(typeNotAllowed);
  }
  if (!rules.kinds.includes(detected.kind)) return refuse(typeNotAllowed);
  const info = COURSE_FILE_KIND_INFO[detected.kind];
  let filename = cleanFileName(file.name);
  const extension = fileExtension(filename);
  if (!extension) filename = `${filename}.${info.extensions[0]}`;
  else if (!info.extensions.includes(extension)) return refuse('catalogue.fileTypeMismatch');
  if (!declaredAgrees(detected.kind, file.declaredType)) return refuse('catalogue.fileTypeMismatch');
  return { ok: true, kind: detected.kind, contentType: info.contentType, filename };
}

/** RFC 5987 percent-encoding (attr-char leaves out ' ( ) * which encodeURIComponent keeps). */
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/**
 * `inline` or `attachment` with an ASCII fallback name for old clients and the exact name as
 * RFC 5987 `filename*` (UTF-8), which every current browser prefers.
 */
export function contentDisposition(type: 'inline' | 'attachment', filename: string): string {
  const fallback =
    filename
      // Anything outside printable ASCII.
      .replace(/[^\u0020-\u007e]+/g, '_')
      .replace(/["\\]/g, '_')
      .trim() || 'file';
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(filename)}`;
}
