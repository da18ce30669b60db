import * as vscode from 'vscode';
import type { NoteFinding, NotesChecker } from '../../core/claims/checkNotes';
import { configureNotesCheck } from '../../core/claims/factFindings';
import { noteLocation } from '../../core/claims/noteLocation';
import type { Fact } from '../../core/notes/model';
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
 * `awsNotes.notesCheck.*` settings. Other features ask it which facts are flagged.
 */
export class NotesCheck implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('aws-notes-check');
  private readonly changeEmitter = new vscode.EventEmitter<void>();
  /** Fires after the findings were recomputed. */
  readonly onDidChange = this.changeEmitter.event;
  private byFact = new Map<string, NoteFinding[]>();
  private byFile = new Map<string, ShownFinding[]>();
  private run: Promise<void> = Promise.resolve();
  private checker: Promise<NotesChecker | undefined> | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly notes: NotesService,
    private readonly extensionUri: vscode.Uri,
  ) {
    this.subscriptions = [
      this.collection,
      this.changeEmitter,
      notes.onDidChange((index) => this.refresh(index)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (affectsNotesCheckSettings(event)) void this.notes.ready().then((index) => this.refresh(index));
      }),
    ];
  }

  /** Starts checking (reads the claims, and the notes if nothing else has yet). */
  start(): Promise<void> {
    this.checker ??= readClaimsChecker(this.extensionUri, (line) => this.notes.log(line));
    return this.notes.ready().then((index) => this.refresh(index));
  }

  /** Resolves when the latest check has been shown. */
  settled(): Promise<void> {
    return this.run;
  }

  /** The findings on a fact (none for bundled facts, or when the check is off). */
  findingsOf(fact: Fact): readonly NoteFinding[] {
    return this.byFact.get(fact.id) ?? [];
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
    const byFact = new Map<string, NoteFinding[]>();
    const byFile = new Map<string, NoteFinding[]>();
    for (const finding of findings) {
      byFact.set(finding.fact.id, [...(byFact.get(finding.fact.id) ?? []), finding]);
      byFile.set(finding.fact.file, [...(byFile.get(finding.fact.file) ?? []), finding]);
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
    this.byFact = byFact;
    this.byFile = shown;
    this.changeEmitter.fire();
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
