export * from './lib/co-organisers-field.component';
export * from './lib/enrol-box.component';
export * from './lib/filter-chips.component';
export * from './lib/seats-meter.component';
export * from './lib/seminar-card.component';
export * from './lib/upload-progress.component';
