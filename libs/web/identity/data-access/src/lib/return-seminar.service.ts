import { Injectable, inject } from '@angular/core';
import { SignUpSeminarDocument, type SignUpSeminarQuery } from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type ReturnSeminar = SignUpSeminarQuery['session'];

/**
 * The seminar she was enrolling in when she was sent to sign in or sign up: its title (so the page can
 * say where she goes back to) and its organiser's privacy notice (shown on the sign-up form).
 */
@Injectable({ providedIn: 'root' })
export class ReturnSeminarService {
  private readonly apollo = inject(Apollo);

  /** Null when the session cannot be read (gone, or not for her): the pages then say less. */
  async find(sessionId: string): Promise<ReturnSeminar | null> {
    try {
      const result = await firstValueFrom(
        this.apollo.query({ query: SignUpSeminarDocument, variables: { id: sessionId } }),
      );
      return result.data?.session ?? null;
    } catch {
      return null;
    }
  }
}
