export * from './lib/alert.component';
export * from './lib/card.component';
export * from './lib/empty-state.component';
export * from './lib/footer.component';
export * from './lib/form-field.component';
export * from './lib/header.component';
export * from './lib/language-switch.component';
