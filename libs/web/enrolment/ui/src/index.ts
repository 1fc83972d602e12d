export * from './lib/qr-code.component';
export * from './lib/status-badge.component';
