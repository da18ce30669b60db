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
