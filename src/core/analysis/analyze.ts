import { analyzerFor, registerAnalyzer, type FamilyAnalyzer } from './analyzer';
import { BUILTIN_ANALYZERS } from './allAnalyzers';
import { detectFamily, mayBeIac } from './detectFamily';
import { documentOf, type IacDocument } from './document';
import type { AnalysisDiagnostic, CompletionEntry, FileFamily, HoverInfo, LintContext, Position } from './types';

for (const analyzer of BUILTIN_ANALYZERS) registerAnalyzer(analyzer);

/** Documents above this size are left alone: a graceful no-op rather than a slow editor. */
export const MAX_ANALYSED_CHARS = 2_000_000;

/** A document ready to be asked about: parsed once (cached per version), family known. */
export interface Analysis {
  readonly doc: IacDocument;
  readonly family: FileFamily;
  readonly analyzer: FamilyAnalyzer;
}

/**
 * The entry point of the VS Code shell and the CLI: the analysis of a document, or undefined
 * when it is not one of ours (unknown family, too large, binary). `isEnabled` lets the host
 * switch families off (the `awsNotes.<family>.enable` settings).
 */
export function analysisOf(fileName: string, text: string, version?: number, isEnabled: (family: FileFamily) => boolean = () => true): Analysis | undefined {
  if (text.length > MAX_ANALYSED_CHARS || text.includes('\u0000') || !mayBeIac(fileName, text)) return undefined;
  const doc = documentOf(fileName, text, version);
  const family = detectFamily(fileName, doc);
  const analyzer = family && isEnabled(family) ? analyzerFor(family) : undefined;
  return family && analyzer ? { doc, family, analyzer } : undefined;
}

export function hoverAt(analysis: Analysis, position: Position): HoverInfo | undefined {
  return analysis.analyzer.hover(analysis.doc, position);
}

export function completionsAt(analysis: Analysis, position: Position): CompletionEntry[] {
  return analysis.analyzer.complete(analysis.doc, position);
}

/** Syntax errors of the document and the family's own diagnostics, in document order. */
export async function lintAnalysis(analysis: Analysis, context: LintContext): Promise<AnalysisDiagnostic[]> {
  const { doc } = analysis;
  // A parser often reports one mistake several ways on the same line: the first says it best.
  const firstPerLine = doc.syntaxProblems.filter((problem, index, all) => all.findIndex((other) => doc.positionAt(other.start).line === doc.positionAt(problem.start).line) === index);
  const syntax: AnalysisDiagnostic[] = firstPerLine.map((problem) => ({
    range: doc.rangeOf(problem.start, problem.end),
    severity: problem.warning ? 'warning' : 'error',
    message: problem.message,
    code: `syntax/${doc.syntax}`,
  }));
  const found = [...syntax, ...(await analysis.analyzer.lint(doc, context))];
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
