import * as vscode from 'vscode';
import type { NoteFinding, NotesChecker } from '../../core/claims/checkNotes';
import { configureNotesCheck } from '../../core/claims/factFindings';
import { noteLocation } from '../../core/claims/noteLocation';
import type { NotesIndex } from '../../core/notes/notesIndex';
import { notesFileUri } from '../notes/notesLocation';
import type { NotesService } from '../notes/notesService';
import { readClaimsChecker } from './claimsFile';
import { affectsNotesCheckSettings, readNotesCheckSettings } from './notesCheckSettings';

export const CONTRADICTION_CODE = 'notes/contradiction';

/** A finding with the diagnostic that shows it. */
export interface ShownFinding {
  readonly finding: NoteFinding;
  readonly diagnostic: vscode.Diagnostic;
}

/**
 * The notes check in the editor: Information diagnostics on the user's notes files (never the
 * bundled pack) wherever a note contradicts a claim, kept in step with the notes and the
 * `awsNotes.notesCheck.*` settings; it hands the core the checker and the settings, which the
 * fact card, hovers, the Notes view and the quiz ask (`findingsOfFact`).
 */
export class NotesCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('aws-notes-check');
  private byFile = new Map<string, ShownFinding[]>();
  private run: Promise<void> = Promise.resolve();
  /**
   * Read at once (a small JSON file, not awaited by activation) and handed to the core, so that
   * the quiz, hovers and the fact card see the check before they first generate or render.
   */
  private readonly checker: Promise<NotesChecker | undefined>;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly notes: NotesService,
    extensionUri: vscode.Uri,
  ) {
    this.checker = readClaimsChecker(extensionUri, (line) => notes.log(line));
    void this.checker.then((checker) => configureNotesCheck({ ...readNotesCheckSettings(), checker }));
    this.subscriptions = [
      this.collection,
      notes.onDidChange((index) => this.refresh(index)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsNotesCheckSettings(event)) void this.notes.ready().then((index) => this.refresh(index));
      }),
    ];
  }

  /** Starts checking (reads the notes if nothing else has yet). */
  start(): Promise<void> {
    return this.notes.ready().then((index) => this.refresh(index));
  }

  /** The findings shown in a file, with their diagnostics (for the code actions). */
  shownIn(uri: vscode.Uri): readonly ShownFinding[] {
    return this.byFile.get(uri.toString()) ?? [];
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private refresh(index: NotesIndex): Promise<void> {
    this.run = this.run.then(() => this.show(index)).catch((error: unknown) => this.notes.log(`The notes check failed: ${error instanceof Error ? error.message : String(error)}`));
    return this.run;
  }

  private async show(index: NotesIndex): Promise<void> {
    const settings = readNotesCheckSettings();
    const checker = await this.checker;
    // The fact card, hovers, the Notes view and the quiz ask the core, which needs the same settings.
    configureNotesCheck({ ...settings, checker });
    const facts = settings.enable && checker ? index.facts().filter((fact) => fact.origin === 'user') : [];
    const findings = checker?.check(facts, settings) ?? [];
    const byFile = new Map<string, NoteFinding[]>();
    for (const finding of findings) {
      const inFile = byFile.get(finding.fact.file);
      if (inFile) inFile.push(finding);
      else byFile.set(finding.fact.file, [finding]);
    }
    const shown = new Map<string, ShownFinding[]>();
    const diagnostics: [vscode.Uri, vscode.Diagnostic[]][] = [];
    for (const [file, inFile] of byFile) {
      const uri = notesFileUri(file);
      const lines = await linesOf(uri);
      const list = inFile.map((finding) => ({ finding, diagnostic: toDiagnostic(finding, lines[finding.fact.line] ?? '') }));
      shown.set(uri.toString(), list);
      diagnostics.push([uri, list.map(({ diagnostic }) => diagnostic)]);
    }
    this.collection.clear();
    this.collection.set(diagnostics);
    this.byFile = shown;
  }
}

/** The file's lines as the editor has them (a document model, not an editor tab). */
async function linesOf(uri: vscode.Uri): Promise<string[]> {
  try {
    const document = await vscode.workspace.openTextDocument(uri);
    return Array.from({ length: document.lineCount }, (_, line) => document.lineAt(line).text);
  } catch {
    return [];
  }
}

function toDiagnostic(finding: NoteFinding, lineText: string): vscode.Diagnostic {
  const at = noteLocation(finding.fact, lineText);
  const diagnostic = new vscode.Diagnostic(new vscode.Range(at.line, at.character, at.line, at.endCharacter), finding.message, vscode.DiagnosticSeverity.Information);
  diagnostic.code = { value: CONTRADICTION_CODE, target: vscode.Uri.parse(finding.claim.url) };
  diagnostic.source = 'aws-notes';
  return diagnostic;
}
