import type { IacDocument } from './document';
import type { Pair } from './nodes';
import type { AnalysisDiagnostic, Severity } from './types';

/** A diagnostic over document offsets. */
export function diagnosticAt(doc: IacDocument, start: number, end: number, severity: Severity, message: string, code: string): AnalysisDiagnostic {
  return { range: doc.rangeOf(start, Math.max(end, start + 1)), severity, message, code };
}

/** A diagnostic on a pair's key. */
export function diagnosticOnKey(doc: IacDocument, pair: Pair, severity: Severity, message: string, code: string): AnalysisDiagnostic {
  return diagnosticAt(doc, pair.keyStart, pair.keyEnd, severity, message, code);
}

const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * User text as a message quotes it: on one line. A key that YAML read across lines (a stray
 * `//` comment above it) would otherwise break the message in the Problems view and the CLI.
 */
export function printable(text: string): string {
  return text.replace(/[\n\r\t]/g, (c) => ESCAPES[c]);
}
