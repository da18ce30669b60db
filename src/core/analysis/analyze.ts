import { analyzerFor, registerAnalyzer, type FamilyAnalyzer } from './analyzer';
import { BUILTIN_ANALYZERS } from './allAnalyzers';
import { detectFamily, mayBeIac } from './detectFamily';
import { documentOf, type IacDocument } from './document';
import { withoutSilenced } from './silencing';
import type { AnalysisDiagnostic, CompletionEntry, FileFamily, HoverInfo, LintContext, Position } from './types';

for (const analyzer of BUILTIN_ANALYZERS) registerAnalyzer(analyzer);

/** Documents above this size are left alone (the default of `awsNotes.maxFileSize`): a graceful no-op rather than a slow editor. */
export const MAX_ANALYSED_CHARS = 5_000_000;

/**
 * Deeper than this, a document is not an IaC file anyone wrote by hand (a JSON template with
 * nested intrinsic functions reaches about 15), and the YAML parser's time grows quadratically
 * with flow nesting: 60 unclosed `{` take tens of milliseconds, 300 half a second.
 */
export const MAX_NESTING = 32;

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
export function analysisOf(
  fileName: string,
  text: string,
  version?: number,
  isEnabled: (family: FileFamily) => boolean = () => true,
  maxChars = MAX_ANALYSED_CHARS,
): Analysis | undefined {
  if (!mayBeIac(fileName, text) || !analysable(fileName, text, maxChars)) return undefined;
  const doc = documentOf(fileName, text, version);
  const family = detectFamily(fileName, doc);
  const analyzer = family && isEnabled(family) ? analyzerFor(family) : undefined;
  return family && analyzer ? { doc, family, analyzer } : undefined;
}

const VERDICTS_KEPT = 16;
const verdicts = new Map<string, { text: string; maxChars: number; analysable: boolean }>();

/**
 * Whether whyNotAnalysed lets the text through, kept per file: every hover and completion asks
 * about the same text again, and the check reads all of it (8 ms for 50,000 lines).
 */
function analysable(fileName: string, text: string, maxChars: number): boolean {
  const known = verdicts.get(fileName);
  if (known?.text === text && known.maxChars === maxChars) return known.analysable;
  const verdict = { text, maxChars, analysable: whyNotAnalysed(text, maxChars) === undefined };
  verdicts.delete(fileName);
  verdicts.set(fileName, verdict);
  if (verdicts.size > VERDICTS_KEPT) verdicts.delete(verdicts.keys().next().value as string);
  return verdict.analysable;
}

/**
 * Why a document is left alone though it may be IaC: too large, binary (a NUL byte), or nested
 * deeper than MAX_NESTING; undefined when it can be analysed. Cheap: one pass, no parse.
 */
export function whyNotAnalysed(text: string, maxChars = MAX_ANALYSED_CHARS): string | undefined {
  if (text.length > maxChars) return `it is larger than ${formatSize(maxChars)} (awsNotes.maxFileSize)`;
  if (text.includes('\u0000')) return 'it looks binary (it contains NUL bytes)';
  if (flowNesting(text) > MAX_NESTING || DEEP_BLOCK_SEQUENCE.test(text)) return `it nests more than ${MAX_NESTING} levels deep`;
  return undefined;
}

function formatSize(chars: number): string {
  return chars >= 1_000_000 ? `${+(chars / 1_000_000).toFixed(1)} MB` : `${Math.round(chars / 1000)} KB`;
}

/** A line of more than MAX_NESTING `- ` markers: a sequence nested in a sequence, that deep. */
const DEEP_BLOCK_SEQUENCE = new RegExp(`(?:-[ \\t]+){${MAX_NESTING + 1}}`);

/** The deepest run of open `[`/`{` (quotes ignored: an overestimate only in odd strings). */
function flowNesting(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 91 || code === 123) deepest = Math.max(deepest, ++depth);
    else if ((code === 93 || code === 125) && depth > 0) depth--;
  }
  return deepest;
}

export function hoverAt(analysis: Analysis, position: Position): HoverInfo | undefined {
  return analysis.analyzer.hover(analysis.doc, position);
}

export function completionsAt(analysis: Analysis, position: Position): CompletionEntry[] {
  return analysis.analyzer.complete(analysis.doc, position);
}

/**
 * Syntax errors of the document and the family's own diagnostics, in document order. Stops with
 * no diagnostics as soon as `context.isCancelled()` says the host no longer wants them (a newer
 * edit, a closed file): checked between the phases, and by analyzers between their passes.
 * What the user silenced (the setting, comments, Metadata; see silencing.ts) is left out.
 */
export async function lintAnalysis(analysis: Analysis, context: LintContext): Promise<AnalysisDiagnostic[]> {
  const { doc } = analysis;
  const cancelled = () => context.isCancelled?.() === true;
  if (cancelled()) return [];
  // A parser often reports one mistake several ways on the same line: the first says it best.
  const linesSeen = new Set<number>();
  const firstPerLine = doc.syntaxProblems.filter((problem) => {
    const line = doc.positionAt(problem.start).line;
    return !linesSeen.has(line) && !!linesSeen.add(line);
  });
  const syntax: AnalysisDiagnostic[] = firstPerLine.map((problem) => ({
    range: doc.rangeOf(problem.start, problem.end),
    severity: problem.warning ? 'warning' : 'error',
    message: problem.message,
    code: `syntax/${doc.syntax}`,
  }));
  if (cancelled()) return [];
  const found = withoutSilenced(doc, [...syntax, ...(await analysis.analyzer.lint(doc, context))], context.ignore);
  if (cancelled()) return [];
  return found.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
