import { Directive, effect, inject, input, signal, untracked } from '@angular/core';
import { FileDownloader, SessionStore } from '@tsunagu/web/shared/data-access';

/**
 * `<img [tsuFileSrc]="file.url">`: an uploaded image of a course. Signed out, the browser loads the URL
 * itself (only files of public courses answer then); signed in, it is fetched with her token and shown
 * through an object URL, so drafts and restricted courses show their images to those who may see them.
 */
@Directive({
  selector: 'img[tsuFileSrc]',
  host: { '[attr.src]': 'src()' },
})
export class FileSrcDirective {
  private readonly downloader = inject(FileDownloader);
  private readonly session = inject(SessionStore);

  readonly tsuFileSrc = input<string | null | undefined>(null);
  protected readonly src = signal<string | null>(null);

  constructor() {
    effect((onCleanup) => {
      const url = this.tsuFileSrc();
      // A refreshed token is no reason to fetch the image again.
      const signedIn = untracked(() => this.session.accessToken()) !== null;
      if (!url || !signedIn) {
        this.src.set(url ?? null);
        return;
      }
      let objectUrl: string | null = null;
      let stale = false;
      this.src.set(null);
      this.downloader.objectUrl(url).then(
        (created) => {
          if (stale) URL.revokeObjectURL(created);
          else this.src.set((objectUrl = created));
        },
        () => this.src.set(null),
      );
      onCleanup(() => {
        stale = true;
        if (objectUrl) URL.revokeObjectURL(objectUrl);
      });
    });
  }
}
