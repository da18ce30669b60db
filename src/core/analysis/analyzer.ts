import type { IacDocument } from './document';
import type { DocNode } from './nodes';
import type { AnalysisDiagnostic, CompletionEntry, FileFamily, HoverInfo, LintContext, Position } from './types';

/**
 * What a family (appspec, .ebextensions, CloudFormation, IAM policy) answers about a document.
 *
 * `scope` is the subtree to treat as the family's document; undefined means the whole document.
 * That is how one analyzer hands part of a file to another: the CloudFormation analyzer asks
 * `analyzerFor('iam-policy')` about a `PolicyDocument` value, passing that node as the scope.
 * Positions are 0-based. Syntax errors are reported by the framework (see `analyze.ts`), not here.
 */
export interface FamilyAnalyzer {
  readonly family: FileFamily;
  hover(doc: IacDocument, position: Position, scope?: DocNode): HoverInfo | undefined;
  complete(doc: IacDocument, position: Position, scope?: DocNode): CompletionEntry[];
  lint(doc: IacDocument, context: LintContext, scope?: DocNode): Promise<AnalysisDiagnostic[]> | AnalysisDiagnostic[];
}

const registry = new Map<FileFamily, FamilyAnalyzer>();

/** Registers (or replaces) the analyzer of a family; `allAnalyzers.ts` registers the built-in ones. */
export function registerAnalyzer(analyzer: FamilyAnalyzer): void {
  registry.set(analyzer.family, analyzer);
}

/** The analyzer of a family, if one is registered. */
export function analyzerFor(family: FileFamily): FamilyAnalyzer | undefined {
  return registry.get(family);
}
