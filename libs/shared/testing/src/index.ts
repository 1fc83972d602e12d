export * from './lib/sample-files';
