import * as vscode from 'vscode';
import { analysisOf, type Analysis } from '../../core/analysis/analyze';
import type { Position as CorePosition, Range as CoreRange } from '../../core/analysis/types';
import { isFamilyEnabled } from './iacSettings';

/**
 * Where the IaC features apply: YAML and JSON documents, and anything under `.ebextensions/`,
 * in every scheme that holds the user's files: on disk, unsaved, and the web's file systems
 * (`vscode-test-web://mount/…`, `vscode-vfs://github/…`). Which family a document is (if any)
 * is decided by the analysis, so a plain YAML file costs one cheap detection.
 */
const SCHEMES = ['file', 'untitled', 'vscode-test-web', 'vscode-vfs', 'vscode-remote'];
const LANGUAGES = ['yaml', 'json', 'jsonc'];

export const IAC_SELECTOR: vscode.DocumentFilter[] = SCHEMES.flatMap((scheme) => [
  ...LANGUAGES.map((language) => ({ scheme, language })),
  { scheme, pattern: '**/.ebextensions/**' },
  { scheme, pattern: '**/appspec.{yml,yaml,json}' },
]);

/** The analysis of an open document, or undefined when it is not IaC or its family is switched off. */
export function analysisOfDocument(document: vscode.TextDocument): Analysis | undefined {
  if (!SCHEMES.includes(document.uri.scheme)) return undefined;
  return analysisOf(document.uri.path, document.getText(), document.version, (family) => isFamilyEnabled(family, document.uri));
}

export function toCorePosition(position: vscode.Position): CorePosition {
  return { line: position.line, character: position.character };
}

export function toRange(range: CoreRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
