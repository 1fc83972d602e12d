export * from './lib/catalogue-filter';
export * from './lib/catalogue.service';
export * from './lib/course-editor.service';
export * from './lib/course-files.service';
