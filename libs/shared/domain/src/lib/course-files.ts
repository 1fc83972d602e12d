/**
 * Files uploaded to a course (lesson materials and cover images): which kinds are accepted and how
 * large they may be. The API decides the kind from the file's contents; the web app uses the same
 * lists to refuse an obviously wrong file before uploading it.
 */

export const COURSE_FILE_PURPOSES = ['lesson', 'cover'] as const;
export type CourseFilePurpose = (typeof COURSE_FILE_PURPOSES)[number];

export const COURSE_FILE_KINDS = ['pdf', 'png', 'jpeg', 'webp', 'docx', 'xlsx', 'pptx', 'text'] as const;
export type CourseFileKind = (typeof COURSE_FILE_KINDS)[number];

export interface CourseFileKindInfo {
  /** The Content-Type the file is stored and served with. */
  readonly contentType: string;
  /** Lower-case file name extensions of this kind; the first is the usual one. */
  readonly extensions: readonly string[];
  /** Shown in the browser (images, PDF) rather than saved. */
  readonly inline: boolean;
}

export const COURSE_FILE_KIND_INFO: Record<CourseFileKind, CourseFileKindInfo> = {
  pdf: { contentType: 'application/pdf', extensions: ['pdf'], inline: true },
  png: { contentType: 'image/png', extensions: ['png'], inline: true },
  jpeg: { contentType: 'image/jpeg', extensions: ['jpg', 'jpeg'], inline: true },
  webp: { contentType: 'image/webp', extensions: ['webp'], inline: true },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    inline: false,
  },
  xlsx: {
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    extensions: ['xlsx'],
    inline: false,
  },
  pptx: {
    contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    extensions: ['pptx'],
    inline: false,
  },
  text: { contentType: 'text/plain', extensions: ['txt'], inline: false },
};

const MB = 1024 * 1024;

/** Per purpose: the kinds accepted and the largest size in bytes. */
export const COURSE_FILE_RULES: Record<
  CourseFilePurpose,
  { readonly kinds: readonly CourseFileKind[]; readonly maxBytes: number; readonly maxMegabytes: number }
> = {
  lesson: { kinds: COURSE_FILE_KINDS, maxBytes: 20 * MB, maxMegabytes: 20 },
  cover: { kinds: ['png', 'jpeg', 'webp'], maxBytes: 5 * MB, maxMegabytes: 5 },
};

/** The lower-case extension of a file name, without the dot ('' when it has none). */
export function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && dot < name.length - 1 ? name.slice(dot + 1).toLowerCase() : '';
}

/** The kind a file name's extension suggests (only a hint: the API reads the contents). */
export function courseFileKindOfName(name: string): CourseFileKind | null {
  const extension = fileExtension(name);
  return COURSE_FILE_KINDS.find((kind) => COURSE_FILE_KIND_INFO[kind].extensions.includes(extension)) ?? null;
}

/** For a file input's `accept`: the extensions and content types of the purpose's kinds. */
export function courseFileAccept(purpose: CourseFilePurpose): string {
  return COURSE_FILE_RULES[purpose].kinds
    .flatMap((kind) => [
      ...COURSE_FILE_KIND_INFO[kind].extensions.map((e) => `.${e}`),
      COURSE_FILE_KIND_INFO[kind].contentType,
    ])
    .join(',');
}
