import type { TemplateFactory } from './index';

/** The enrolment kinds' templates (ja/en, text + HTML). */
export const enrolmentTemplates: TemplateFactory = () => [];
