export * from './lib/app-config';
export * from './lib/i18n/dictionary';
export * from './lib/i18n/en';
export * from './lib/i18n/format';
export * from './lib/i18n/i18n.service';
export * from './lib/i18n/ja';
export * from './lib/i18n/translate.pipe';
export * from './lib/validators';
