export * from './lib/catalogue-filter';
export * from './lib/catalogue.service';
export * from './lib/course-editor.service';
export * from './lib/course-files.service';
// Tokyo time lives in shared util; the session editor (being reshaped on another branch) still
// imports it from here.
export {
  isoToTokyoDateAndTime,
  isoToTokyoLocal,
  tokyoDateAndTimeToIso,
  tokyoLocalToIso,
  tokyoMonth,
} from '@tsunagu/web/shared/util';
