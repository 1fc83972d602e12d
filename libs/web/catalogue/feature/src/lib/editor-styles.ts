/** Styles the course editor's cards share (each card is its own component, with encapsulated styles). */

/** Lists of lessons and sessions: a name, its facts and its actions per row. */
export const EDITOR_ROWS_CSS = `
  :host {
    display: block;
  }
  .rows {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }
  .rows > li {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--tsu-border-soft);
  }
  .row-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .row-head .name {
    flex: 1 1 12rem;
    font-weight: 700;
  }
  .row-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .meta {
    color: var(--tsu-muted);
    font-size: 0.9375rem;
  }
`;

/**
 * The native file input says "Choose File" in the browser's language; a label in ours stands in for
 * it, while the input itself stays in the tab order and announces the field.
 */
export const FILE_PICKER_CSS = `
  .file-picker input[type='file'] {
    position: absolute;
    width: 1px;
    height: 1px;
    min-height: 0;
    padding: 0;
    border: 0;
    opacity: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
  }
  .file-picker input[type='file']:focus-visible + label {
    outline: 3px solid var(--tsu-focus);
    outline-offset: 2px;
  }
  .file-picker input[type='file']:disabled + label {
    opacity: 0.7;
    cursor: progress;
  }
  .file-picker label {
    cursor: pointer;
  }
  .attached {
    margin: 0 0 0.5rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
