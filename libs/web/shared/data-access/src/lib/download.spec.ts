import { TestBed } from '@angular/core/testing';
import { DownloadError, FileDownloader, fileNameFrom } from './download';
import { SessionStore } from './session/session.store';

describe('fileNameFrom', () => {
  it('reads the name from Content-Disposition, preferring the UTF-8 form', () => {
    expect(fileNameFrom('attachment; filename="roster-1.csv"', 'x')).toBe('roster-1.csv');
    expect(fileNameFrom('attachment; filename="a.pdf"; filename*=UTF-8\'\'%E4%BF%AE%E4%BA%86.pdf', 'x')).toBe(
      '修了.pdf',
    );
    expect(fileNameFrom(null, 'fallback.pdf')).toBe('fallback.pdf');
  });
});

describe(FileDownloader.name, () => {
  const refresh = jest.fn();
  let token = 'token-1';
  const originalFetch = global.fetch;

  beforeEach(() => {
    token = 'token-1';
    refresh.mockReset();
    URL.createObjectURL = jest.fn(() => 'blob:x');
    URL.revokeObjectURL = jest.fn();
    TestBed.configureTestingModule({
      providers: [{ provide: SessionStore, useValue: { accessToken: () => token, refresh } }],
    });
  });

  afterEach(() => {
    global.fetch = originalFetch;
  });

  function response(status: number, body = '%PDF-1.7'): Response {
    return {
      status,
      ok: status >= 200 && status < 300,
      blob: async () => new Blob([body]),
      headers: { get: () => 'attachment; filename="certificate-1.pdf"' },
    } as unknown as Response;
  }

  it('fetches with her bearer token and saves the blob under the server’s file name', async () => {
    global.fetch = jest.fn().mockResolvedValue(response(200));
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('certificate-1.pdf');
      expect(this.href).toBe('blob:x');
    });
    await TestBed.inject(FileDownloader).download('/api/enrolments/e1/certificate.pdf', 'c.pdf');
    expect(global.fetch).toHaveBeenCalledWith('/api/enrolments/e1/certificate.pdf', {
      headers: { authorization: 'Bearer token-1' },
      credentials: 'same-origin',
    });
    expect(click).toHaveBeenCalled();
    expect(document.querySelector('a[download]')).toBeNull();
    click.mockRestore();
  });

  it('gives an object URL of an image fetched with her token', async () => {
    global.fetch = jest.fn().mockResolvedValue(response(200, 'PNG'));
    await expect(TestBed.inject(FileDownloader).objectUrl('/api/files/f1')).resolves.toBe('blob:x');
    expect(global.fetch).toHaveBeenCalledWith('/api/files/f1', {
      headers: { authorization: 'Bearer token-1' },
      credentials: 'same-origin',
    });
    expect(URL.createObjectURL).toHaveBeenCalledWith(expect.any(Blob));
  });

  it('refreshes an expired token once, then fails with the status', async () => {
    global.fetch = jest.fn().mockResolvedValue(response(401));
    refresh.mockImplementation(async () => {
      token = 'token-2';
      return true;
    });
    await expect(TestBed.inject(FileDownloader).download('/x', 'x')).rejects.toEqual(new DownloadError(401));
    expect(global.fetch).toHaveBeenCalledTimes(2);
    expect((global.fetch as jest.Mock).mock.calls[1][1].headers.authorization).toBe('Bearer token-2');
  });
});
