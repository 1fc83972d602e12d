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

/** The file a lesson holds, above its picker (`<tsu-file-picker>`). */
export const ATTACHED_FILE_CSS = `
  .attached {
    margin: 0 0 0.5rem;
    font-weight: 700;
    overflow-wrap: anywhere;
  }
`;
