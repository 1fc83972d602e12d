import { Injectable, inject } from '@angular/core';
import {
  CancelEnrolmentDocument,
  EnrolDocument,
  EnrolSessionDocument,
  FileDownloader,
  LotteryDrawDocument,
  MyEnrolmentsDocument,
  VerifyCertificateDocument,
  type ChildcareFallback,
  type EnrolSessionQuery,
  type LotteryDrawQuery,
  type MyEnrolmentFragment,
  type VerifyCertificateQuery,
} from '@tsunagu/web/shared/data-access';
import { Apollo } from 'apollo-angular';
import { firstValueFrom } from 'rxjs';

export type EnrolSession = EnrolSessionQuery['session'];
export type RegistrationQuestion = EnrolSession['questions'][number];
export type MyEnrolment = MyEnrolmentFragment;
export type CertificateVerification = VerifyCertificateQuery['verifyCertificate'];
export type LotteryDrawRecord = LotteryDrawQuery['lotteryDraw'];

export interface EnrolRequest {
  sessionId: string;
  childcare: boolean;
  childAgesMonths: number[];
  ifChildcareFull: ChildcareFallback;
  answers: { questionId: string; value: string }[];
}

/** Ages in months from what she typed (years and months); null when a part is not a whole number. */
export function toMonths(years: string | number | null, months: string | number | null): number | null {
  const parse = (value: string | number | null): number | null => {
    if (value === null || value === '') return 0;
    const n = typeof value === 'number' ? value : Number(String(value).trim());
    return Number.isInteger(n) && n >= 0 ? n : null;
  };
  const y = parse(years);
  const m = parse(months);
  if (y === null || m === null) return null;
  if ((years === null || years === '') && (months === null || months === '')) return null;
  return y * 12 + m;
}

/** `1歳6か月` / `1 yr 6 mo`-style parts of an age in months. */
export function splitMonths(total: number): { years: number; months: number } {
  return { years: Math.floor(total / 12), months: total % 12 };
}

/** The answers to send: trimmed, empty optional ones left out (the API treats missing as empty). */
export function answersToSend(values: Record<string, string>): { questionId: string; value: string }[] {
  return Object.entries(values)
    .map(([questionId, value]) => ({ questionId, value: (value ?? '').trim() }))
    .filter((a) => a.value !== '');
}

/** The learner's side: the enrol form, her seminars, cancelling, certificates. */
@Injectable({ providedIn: 'root' })
export class EnrolmentService {
  private readonly apollo = inject(Apollo);
  private readonly files = inject(FileDownloader);

  async session(id: string): Promise<EnrolSession> {
    const result = await firstValueFrom(
      this.apollo.query({ query: EnrolSessionDocument, variables: { id }, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('session returned no data');
    return result.data.session;
  }

  async enrol(request: EnrolRequest): Promise<MyEnrolment> {
    const result = await firstValueFrom(
      this.apollo.mutate({
        mutation: EnrolDocument,
        variables: {
          input: {
            sessionId: request.sessionId,
            childcare: request.childcare,
            childAgesMonths: request.childcare ? request.childAgesMonths : [],
            ifChildcareFull: request.ifChildcareFull,
            answers: request.answers,
          },
        },
      }),
    );
    if (!result.data) throw result.error ?? new Error('enrol returned no data');
    return result.data.enrol;
  }

  async myEnrolments(): Promise<MyEnrolment[]> {
    const result = await firstValueFrom(
      this.apollo.query({ query: MyEnrolmentsDocument, fetchPolicy: 'network-only' }),
    );
    if (!result.data) throw result.error ?? new Error('myEnrolments returned no data');
    return [...result.data.myEnrolments];
  }

  async cancel(id: string): Promise<void> {
    const result = await firstValueFrom(
      this.apollo.mutate({ mutation: CancelEnrolmentDocument, variables: { id } }),
    );
    if (!result.data) throw result.error ?? new Error('cancelEnrolment returned no data');
  }

  /** The public record of a session's lottery (commitment; after the draw, seed and order). */
  async lotteryDraw(sessionId: string): Promise<LotteryDrawRecord> {
    const result = await firstValueFrom(
      this.apollo.query({ query: LotteryDrawDocument, variables: { sessionId }, fetchPolicy: 'no-cache' }),
    );
    if (!result.data) throw result.error ?? new Error('lotteryDraw returned no data');
    return result.data.lotteryDraw;
  }

  async verifyCertificate(code: string): Promise<CertificateVerification> {
    const result = await firstValueFrom(
      this.apollo.query({
        query: VerifyCertificateDocument,
        variables: { code: code.trim() },
        fetchPolicy: 'no-cache',
      }),
    );
    if (!result.data) throw result.error ?? new Error('verifyCertificate returned no data');
    return result.data.verifyCertificate;
  }

  downloadCertificate(enrolmentId: string): Promise<void> {
    return this.files.download(
      `/api/enrolments/${encodeURIComponent(enrolmentId)}/certificate.pdf`,
      'certificate.pdf',
    );
  }
}
