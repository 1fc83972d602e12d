import { TestBed } from '@angular/core/testing';
import { SessionStore, toAppError } from '@tsunagu/web/shared/data-access';
import { I18nService } from '@tsunagu/web/shared/util';
import { CourseFilesService, preflightCourseFile, UploadError } from './course-files.service';

const MB = 1024 * 1024;

describe('preflightCourseFile', () => {
  it('refuses names of kinds the purpose does not take, and files over its limit', () => {
    expect(preflightCourseFile('lesson', { name: '研修資料.pdf', size: 20 * MB })).toBeNull();
    expect(preflightCourseFile('lesson', { name: '研修資料.pdf', size: 20 * MB + 1 })).toEqual({
      key: 'tooLarge',
      maxMegabytes: 20,
    });
    expect(preflightCourseFile('lesson', { name: 'setup.exe', size: 10 })).toEqual({ key: 'type' });
    expect(preflightCourseFile('cover', { name: '表紙.JPG', size: 5 * MB })).toBeNull();
    expect(preflightCourseFile('cover', { name: '表紙.png', size: 5 * MB + 1 })).toEqual({
      key: 'tooLarge',
      maxMegabytes: 5,
    });
    expect(preflightCourseFile('cover', { name: 'チラシ.pdf', size: 10 })).toEqual({ key: 'type' });
  });
});

/** Stands in for XMLHttpRequest: records the request and answers as told. */
class FakeRequest {
  static sent: FakeRequest[] = [];
  static answers: { status: number; body: string }[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } =
    {
      onprogress: null,
    };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  send(body: FormData) {
    this.body = body;
    FakeRequest.sent.push(this);
    const answer = FakeRequest.answers.shift();
    setTimeout(() => {
      if (!answer) return this.onerror?.();
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
      this.status = answer.status;
      this.responseText = answer.body;
      this.onload?.();
    });
  }
}

describe(CourseFilesService.name, () => {
  const original = globalThis.XMLHttpRequest;
  let token = 'token-1';
  const refresh = jest.fn();
  const file = new File(['%PDF-1.4'], '研修資料.pdf', { type: 'application/pdf' });
  const uploaded = {
    id: 'f1',
    filename: '研修資料.pdf',
    contentType: 'application/pdf',
    sizeBytes: 8,
    url: '/api/files/f1',
  };

  beforeEach(() => {
    token = 'token-1';
    refresh.mockReset();
    FakeRequest.sent = [];
    FakeRequest.answers = [];
    globalThis.XMLHttpRequest = FakeRequest as unknown as typeof XMLHttpRequest;
    TestBed.configureTestingModule({
      providers: [
        { provide: SessionStore, useValue: { accessToken: () => token, refresh } },
        { provide: I18nService, useValue: { locale: () => 'en' } },
      ],
    });
  });
  afterEach(() => {
    globalThis.XMLHttpRequest = original;
  });

  it('posts the file as multipart with her token and language, reporting progress', async () => {
    FakeRequest.answers.push({ status: 201, body: JSON.stringify(uploaded) });
    const progress: number[] = [];
    const result = await TestBed.inject(CourseFilesService).upload('c1', 'lesson', file, (p) =>
      progress.push(p),
    );
    expect(result).toEqual(uploaded);
    expect(progress).toEqual([0.5, 1]);
    const [request] = FakeRequest.sent;
    expect([request?.method, request?.url]).toEqual(['POST', '/api/courses/c1/files?purpose=lesson']);
    expect(request?.headers).toEqual({ authorization: 'Bearer token-1', 'accept-language': 'en' });
    expect((request?.body?.get('file') as File).name).toBe('研修資料.pdf');
  });

  it('refreshes an expired token once and retries', async () => {
    FakeRequest.answers.push(
      { status: 401, body: '{"errors":[]}' },
      { status: 201, body: JSON.stringify(uploaded) },
    );
    refresh.mockImplementation(async () => {
      token = 'token-2';
      return true;
    });
    await TestBed.inject(CourseFilesService).upload('c1', 'cover', file);
    expect(FakeRequest.sent.map((r) => r.headers['authorization'])).toEqual([
      'Bearer token-1',
      'Bearer token-2',
    ]);
  });

  it('turns a refusal into an error toAppError reads: code, message and the field’s message', async () => {
    const refusal = {
      errors: [
        {
          message: 'Please check what you entered.',
          extensions: { code: 'BAD_USER_INPUT', fields: { file: 'This file is too large.' } },
        },
      ],
    };
    FakeRequest.answers.push({ status: 400, body: JSON.stringify(refusal) });
    const error = await TestBed.inject(CourseFilesService)
      .upload('c1', 'cover', file)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect(toAppError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Please check what you entered.',
      fields: { file: 'This file is too large.' },
    });
  });

  it('reports a network failure as NETWORK', async () => {
    const error = await TestBed.inject(CourseFilesService)
      .upload('c1', 'lesson', file)
      .catch((e: unknown) => e);
    expect(toAppError(error).code).toBe('NETWORK');
  });
});
