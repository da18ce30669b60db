/** Where a CLI command writes; injected so tests can capture it. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

/** Exit codes: 0 fine, 1 the command found errors (lint), 2 usage or unsupported. */
export const EXIT_OK = 0;
export const EXIT_FOUND_ERRORS = 1;
export const EXIT_USAGE = 2;
