import { analysisOf, completionsAt, hoverAt, lintAnalysis } from '../../../src/core/analysis/analyze';
import type { AnalysisDiagnostic, CompletionEntry, HoverInfo, Position } from '../../../src/core/analysis/types';
import { resourceTypes } from '../../../src/core/catalog/cloudformation/resourceTypeCatalog';
import resourceTypesJson from '../../../src/core/catalog/cloudformation/resource-types.json';
import { conditionKeys } from '../../../src/core/catalog/iam/conditionKeyCatalog';
import conditionKeysJson from '../../../src/core/catalog/iam/condition-keys.json';

/** Unit tests hand the catalog JSON to the lazy catalogs directly (the hosts read it from dist/). */
export function provideCatalogs(): void {
  resourceTypes.provide(resourceTypesJson);
  conditionKeys.provide(conditionKeysJson);
}

function analysis(fileName: string, text: string) {
  const found = analysisOf(fileName, text);
  if (!found) throw new Error(`${fileName} was not recognised as one of our families`);
  return found;
}

export async function lint(fileName: string, text: string): Promise<AnalysisDiagnostic[]> {
  return lintAnalysis(analysis(fileName, text), {});
}

/** `text` with a `|` marking the cursor. */
function cursor(text: string): { text: string; position: Position } {
  const at = text.indexOf('|');
  if (at < 0) throw new Error('no | cursor in text');
  const before = text.slice(0, at);
  const lines = before.split('\n');
  return { text: before + text.slice(at + 1), position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}

export function hover(fileName: string, markedText: string): HoverInfo | undefined {
  const { text, position } = cursor(markedText);
  return hoverAt(analysis(fileName, text), position);
}

export function complete(fileName: string, markedText: string): CompletionEntry[] {
  const { text, position } = cursor(markedText);
  return completionsAt(analysis(fileName, text), position);
}

export const codes = (diagnostics: readonly AnalysisDiagnostic[]): string[] => diagnostics.map((d) => d.code);
