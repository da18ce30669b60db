import * as vscode from 'vscode';
import { analysisOf, whyNotAnalysed, type Analysis } from '../../core/analysis/analyze';
import { mayBeIac } from '../../core/analysis/detectFamily';
import type { Position as CorePosition, Range as CoreRange } from '../../core/analysis/types';
import { isFamilyEnabled, maxFileChars } from './iacSettings';
import type { SkippedDocuments } from './skippedDocuments';

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

let skipped: SkippedDocuments | undefined;

/** Where the files left alone (too large, binary) are reported; set once by registerIac. */
export function reportSkippedDocumentsTo(documents: SkippedDocuments): void {
  skipped = documents;
}

/**
 * The analysis of an open document, or undefined when it is not IaC, its family is switched off,
 * or it is left alone (over `awsNotes.maxFileSize`, binary): that is reported once per file.
 */
export function analysisOfDocument(document: vscode.TextDocument): Analysis | undefined {
  if (!SCHEMES.includes(document.uri.scheme)) return undefined;
  const path = document.uri.path;
  const text = document.getText();
  const maxChars = maxFileChars(document.uri);
  const analysis = analysisOf(path, text, document.version, (family) => isFamilyEnabled(family, document.uri), maxChars);
  if (!analysis && mayBeIac(path, text)) {
    const reason = whyNotAnalysed(text, maxChars);
    if (reason) skipped?.report(document.uri, reason);
  }
  return analysis;
}

export function toCorePosition(position: vscode.Position): CorePosition {
  return { line: position.line, character: position.character };
}

export function toRange(range: CoreRange): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
