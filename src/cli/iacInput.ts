import * as fs from 'node:fs';
import { analysisOf, MAX_ANALYSED_CHARS, type Analysis } from '../core/analysis/analyze';
import type { Position } from '../core/analysis/types';
import { UsageError } from './args';
import { EXIT_FOUND_ERRORS, type CliIo } from './io';

/**
 * The text of an IaC file for `hover`, `complete` and `lint`, or undefined (reason on stderr)
 * when it cannot be read, is too large, or is not UTF-8 text.
 */
export function readIacFile(file: string, io: CliIo): string | undefined {
  let bytes: Buffer;
  try {
    if (fs.statSync(file).size > MAX_ANALYSED_CHARS * 4) {
      io.err(`aws-notes: skipped ${file}: too large to analyse`);
      return undefined;
    }
    bytes = fs.readFileSync(file);
  } catch (error) {
    io.err(`aws-notes: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
    return undefined;
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.includes('\u0000')) throw new Error('binary');
    return text.replace(/^\uFEFF/, '');
  } catch {
    io.err(`aws-notes: skipped ${file}: not a UTF-8 text file`);
    return undefined;
  }
}

/** `12:5` (1-based line and column) → the 0-based position. */
function parseLineCol(text: string | undefined): Position {
  const match = /^(\d+):(\d+)$/.exec(text ?? '');
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) throw new UsageError(`expected LINE:COL (1-based), not "${text ?? ''}"`);
  return { line: Number(match[1]) - 1, character: Number(match[2]) - 1 };
}

/** What `hover` and `complete` work on: the analysis of FILE (undefined when it is not IaC) and the position. */
export interface AnalysisAt {
  readonly analysis: Analysis | undefined;
  readonly position: Position;
}

/**
 * The `FILE LINE:COL` arguments of `hover` and `complete`, read and analysed; the exit code
 * instead when FILE cannot be read (the reason is on stderr).
 */
export function analysisAtArgs(command: string, positionals: readonly string[], io: CliIo): AnalysisAt | number {
  const [file, at] = positionals;
  if (!file) throw new UsageError(`${command} needs FILE and LINE:COL`);
  const position = parseLineCol(at);
  const text = readIacFile(file, io);
  if (text === undefined) return EXIT_FOUND_ERRORS;
  return { analysis: analysisOf(file, text), position };
}
