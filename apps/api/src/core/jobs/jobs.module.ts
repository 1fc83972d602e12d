import { Global, Module } from '@nestjs/common';
import { OutboxRelay } from '../events/outbox-relay';
import { Jobs } from './jobs.service';

/** The job queue and the outbox relay, for every module (core/jobs/jobs.service.ts). */
@Global()
@Module({ providers: [Jobs, OutboxRelay], exports: [Jobs, OutboxRelay] })
export class JobsModule {}
