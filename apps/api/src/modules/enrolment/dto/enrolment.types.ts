import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AnswerValue')
export class AnswerValue {
  @Field()
  questionId: string;

  @Field()
  value: string;
}

@ObjectType('CertificateVerification', { description: 'What the public verification page shows' })
export class CertificateVerification {
  @Field()
  verificationCode: string;

  @Field()
  learnerName: string;

  @Field()
  courseTitle: string;

  @Field()
  providerName: string;

  @Field()
  issuedAt: Date;
}
