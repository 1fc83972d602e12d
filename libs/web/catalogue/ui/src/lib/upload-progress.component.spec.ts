import { TestBed } from '@angular/core/testing';
import { UploadProgressComponent } from './upload-progress.component';

describe(UploadProgressComponent.name, () => {
  it('shows the share sent as a labelled bar and says once that it is uploading', async () => {
    const fixture = TestBed.createComponent(UploadProgressComponent);
    fixture.componentRef.setInput('fraction', 0.456);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const bar = el.querySelector('progress') as HTMLProgressElement;
    expect(bar.value).toBe(46);
    expect(bar.getAttribute('aria-label')).toBe('アップロードの進み具合');
    expect(el.querySelector('[role="status"]')?.textContent?.trim()).toBe('アップロードしています…');
    fixture.componentRef.setInput('fraction', 1.2);
    await fixture.whenStable();
    expect(bar.value).toBe(100);
  });
});
