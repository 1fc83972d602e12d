/** The dev mailbox's SMTP URL when it runs in this process (development, SMTP_URL unset), else null. */
export const DEV_MAILBOX_URL = Symbol('DEV_MAILBOX_URL');
