import * as fs from 'node:fs';
import * as path from 'node:path';
import { analysisOf, lintAnalysis } from '../../../src/core/analysis/analyze';
import type { AnalysisDiagnostic, FileFamily } from '../../../src/core/analysis/types';

/**
 * The real-world corpus beside the repository (`../shared/external-iac`, see its MANIFEST.md),
 * read from where it is and never copied in: tests over it skip when it is absent.
 */
export const CORPUS_ROOT = path.resolve('..', 'shared', 'external-iac');

export function corpusPresent(): boolean {
  return fs.existsSync(path.join(CORPUS_ROOT, 'MANIFEST.md'));
}

/** Every non-empty file under a corpus folder, as corpus-relative paths with `/`, sorted. */
export function corpusFiles(folder: string): string[] {
  const found: string[] = [];
  const visit = (relative: string): void => {
    for (const entry of fs.readdirSync(path.join(CORPUS_ROOT, relative), { withFileTypes: true })) {
      const child = `${relative}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (fs.statSync(path.join(CORPUS_ROOT, child)).size > 0) found.push(child);
    }
  };
  visit(folder);
  return found.sort();
}

export interface CorpusLint {
  /** The family we took the file for; undefined when we left it alone. */
  readonly family?: FileFamily;
  readonly diagnostics: readonly AnalysisDiagnostic[];
}

/** Our lint of one corpus file, with appspec script paths looked up beside it as the CLI does. */
export async function lintCorpusFile(relative: string): Promise<CorpusLint> {
  const absolute = path.join(CORPUS_ROOT, relative);
  const analysis = analysisOf(absolute, fs.readFileSync(absolute, 'utf8'));
  if (!analysis) return { diagnostics: [] };
  const folder = path.dirname(absolute);
  const diagnostics = await lintAnalysis(analysis, { fileExists: async (file) => fs.existsSync(path.join(folder, file)) });
  return { family: analysis.family, diagnostics };
}

/** cfn-lint 1.51.0's findings per CloudFormation file: `[line (1-based), rule]`. */
export function cfnLintReference(): Record<string, ReadonlyArray<readonly [number, string]>> {
  const raw = JSON.parse(fs.readFileSync(path.join(CORPUS_ROOT, 'reference-cfn-lint.json'), 'utf8')) as { files: Record<string, [number, string][]> };
  return raw.files;
}

/** One finding as the test lists judged ones: `path:line code` (1-based line). */
export function findingKey(relative: string, diagnostic: AnalysisDiagnostic): string {
  return `${relative}:${diagnostic.range.start.line + 1} ${diagnostic.code}`;
}
