/**
 * Why a file or link could not be opened, worded for the person who picked the file.
 * `code` lets the UI choose a remedy (update Flint, pick another file) without parsing text.
 */
export type NotebookFormatErrorCode = 'bad-json' | 'newer-version' | 'invalid' | 'unknown-format' | 'bad-link' | 'too-large';

export class NotebookFormatError extends Error {
  constructor(
    readonly code: NotebookFormatErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NotebookFormatError';
  }
}

/** A notebook too big to travel in a URL; the message says how big and what to do instead. */
export class ShareLinkTooLargeError extends NotebookFormatError {
  constructor(
    readonly fragmentLength: number,
    readonly limit: number,
  ) {
    super(
      'too-large',
      `This notebook is too large to share as a link (${formatKb(fragmentLength)} compressed; links are limited to ${formatKb(limit)}). ` +
        'Export it as a file instead.',
    );
    this.name = 'ShareLinkTooLargeError';
  }
}

function formatKb(chars: number): string {
  return `${Math.ceil(chars / 1024)} KB`;
}
