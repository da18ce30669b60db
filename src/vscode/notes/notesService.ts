import * as vscode from 'vscode';
import { decodeNotesBytes, oversizeReason } from '../../core/notes/decodeNotes';
import type { NotesOrigin } from '../../core/notes/model';
import { NotesIndex } from '../../core/notes/notesIndex';
import { parseNotes } from '../../core/notes/parseNotes';
import { affectsNotesSettings, readNotesSettings } from './notesSettings';
import { isNotesFile, resolveNotesFiles } from './resolveNotesFiles';

/** The bundled notes pack, relative to the extension's root. */
export const BUNDLED_PACK_PATH = ['notes', 'aws-notes-pack.txt'] as const;

interface NotesSource {
  readonly uri: vscode.Uri;
  readonly origin: NotesOrigin;
}

/**
 * The notes every feature reads: the bundled pack plus the user's `awsNotes.notesFiles`, in one
 * live `NotesIndex`. Nothing is read until a feature first calls `ready()`, so activation stays
 * cheap. After that the index follows the files (a file event re-reads that file only) and the
 * settings (a change loads or drops only the files that changed). Files are read with
 * `vscode.workspace.fs`, so this works in VS Code for the Web too.
 *
 * Index keys (`Fact.file`) are URI strings; `notesFileUri` turns one back into a URI.
 */
export class NotesService implements vscode.Disposable {
  /**
   * The "AWS Notes" output channel, a log with levels (the user picks the level in the Output
   * view; "AWS Notes: Show Log" opens it): why a file was skipped, what was indexed.
   */
  readonly output: vscode.LogOutputChannel;
  private readonly index = new NotesIndex();
  private readonly changeEmitter = new vscode.EventEmitter<NotesIndex>();
  /** Fires after the index changed (a file re-read, added or dropped). */
  readonly onDidChange = this.changeEmitter.event;
  private loaded: Promise<NotesIndex> | undefined;
  /** Serializes loads so that events arriving together apply in order. */
  private queue: Promise<unknown> = Promise.resolve();
  /** Files the settings ask for, by index key (whether or not they could be read). */
  private sources = new Map<string, NotesSource>();
  /** Files with a re-read already queued: a burst of events reads the file once. */
  private readonly pendingReloads = new Set<string>();
  private watchers: vscode.Disposable[] = [];
  private watchedPatterns = '';
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly extensionUri: vscode.Uri) {
    this.output = vscode.window.createOutputChannel('AWS Notes', { log: true });
    this.subscriptions.push(
      this.output,
      this.changeEmitter,
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (this.loaded && affectsNotesSettings(event)) void this.enqueue(() => this.syncWithSettings());
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        if (this.loaded) void this.enqueue(() => this.syncWithSettings());
      }),
      // Watchers do not see every file system in every host; a save is a change we always see.
      vscode.workspace.onDidSaveTextDocument((document) => this.fileChanged(document.uri)),
    );
  }

  /** The index, loaded on the first call; afterwards the same live object, kept up to date. */
  ready(): Promise<NotesIndex> {
    // A failed load is already in the output channel; features still get the (partial) index.
    this.loaded ??= this.enqueue(() => this.syncWithSettings()).then(
      () => this.index,
      () => this.index,
    );
    return this.loaded;
  }

  /** The URI of the bundled pack, e.g. to tell bundled facts from the user's. */
  get bundledPackUri(): vscode.Uri {
    return vscode.Uri.joinPath(this.extensionUri, ...BUNDLED_PACK_PATH);
  }

  /** A line of the log (the channel adds the time and level): `warn` for what the user should fix. */
  log(line: string, level: 'info' | 'warn' | 'error' = 'info'): void {
    this.output[level](line);
  }

  dispose(): void {
    for (const watcher of this.watchers) watcher.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  /** Makes the index match the settings: drop files no longer wanted, read new ones, re-watch. */
  private async syncWithSettings(): Promise<void> {
    const started = performance.now();
    const settings = readNotesSettings();
    const resolved = await resolveNotesFiles(settings.notesFiles);
    for (const problem of resolved.problems) this.log(problem, 'warn');
    const wanted = new Map<string, NotesSource>();
    if (settings.includeBundledNotes) wanted.set(this.bundledPackUri.toString(), { uri: this.bundledPackUri, origin: 'bundled' });
    for (const uri of resolved.files) wanted.set(uri.toString(), { uri, origin: 'user' });

    const before = this.index.version;
    for (const file of this.index.files()) if (!wanted.has(file)) this.index.removeFile(file);
    const added = [...wanted].filter(([key]) => !this.sources.has(key)).map(([, source]) => source);
    this.sources = wanted;
    await Promise.all(added.map((source) => this.read(source)));
    this.watch(resolved.watchPatterns);
    if (this.index.version !== before) {
      const facts = this.index.facts().length;
      this.log(vscode.l10n.t('Indexed {0} facts from {1} notes file(s) in {2} ms.', facts, this.index.files().length, Math.round(performance.now() - started)));
      this.changeEmitter.fire(this.index);
    }
  }

  /** Reads and parses one file into the index; a file that cannot be used leaves the index without it. */
  private async read(source: NotesSource): Promise<void> {
    const key = source.uri.toString();
    const problem = await this.readInto(source);
    if (problem !== undefined) {
      this.index.removeFile(key);
      this.log(vscode.l10n.t('{0} {1}; the other notes are still indexed.', this.describe(source), problem), 'warn');
    }
  }

  private async readInto(source: NotesSource): Promise<string | undefined> {
    let bytes: Uint8Array;
    try {
      const stat = await vscode.workspace.fs.stat(source.uri);
      if (stat.type & vscode.FileType.Directory) return vscode.l10n.t('is a folder, not a notes file (use a glob such as "notes/**/*.md")');
      // Refuse before reading: decodeNotesBytes would refuse too, but only after the whole file is in memory.
      const oversize = oversizeReason(stat.size);
      if (oversize) return vscode.l10n.t('was skipped: it {0}', oversize);
      bytes = await vscode.workspace.fs.readFile(source.uri);
    } catch (error) {
      return vscode.l10n.t('could not be read ({0})', describeError(error));
    }
    const decoded = decodeNotesBytes(bytes);
    if ('error' in decoded) return vscode.l10n.t('was skipped: it {0}', decoded.error);
    this.index.setFile(parseNotes(source.uri.toString(), decoded.text, source.origin));
    return undefined;
  }

  /** One watcher per setting entry (and workspace folder); kept as long as the entries are the same. */
  private watch(patterns: readonly vscode.RelativePattern[]): void {
    const key = patterns.map((pattern) => `${pattern.baseUri.toString()}|${pattern.pattern}`).join('\n');
    if (key === this.watchedPatterns) return;
    this.watchedPatterns = key;
    for (const watcher of this.watchers) watcher.dispose();
    this.watchers = patterns.map((pattern) => {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      watcher.onDidCreate((uri) => this.fileCreated(uri));
      watcher.onDidChange((uri) => this.fileChanged(uri));
      watcher.onDidDelete((uri) => this.fileDeleted(uri));
      return watcher;
    });
  }

  private fileCreated(uri: vscode.Uri): void {
    if (!isNotesFile(uri)) return;
    const key = uri.toString();
    if (!this.sources.has(key)) this.sources.set(key, { uri, origin: 'user' });
    this.fileChanged(uri);
  }

  private fileChanged(uri: vscode.Uri): void {
    const key = uri.toString();
    const source = this.sources.get(key);
    if (!this.loaded || !source || this.pendingReloads.has(key)) return;
    this.pendingReloads.add(key);
    void this.enqueue(async () => {
      this.pendingReloads.delete(key);
      const before = this.index.version;
      await this.read(source);
      if (this.index.version !== before) this.changeEmitter.fire(this.index);
    });
  }

  private fileDeleted(uri: vscode.Uri): void {
    const key = uri.toString();
    if (!this.loaded || !this.sources.has(key)) return;
    void this.enqueue(async () => {
      if (this.index.removeFile(key)) {
        this.log(vscode.l10n.t('{0} was deleted; its facts were removed.', this.describe(this.sources.get(key) ?? { uri, origin: 'user' })));
        this.changeEmitter.fire(this.index);
      }
    });
  }

  private describe(source: NotesSource): string {
    return source.origin === 'bundled' ? vscode.l10n.t('The bundled notes pack') : vscode.l10n.t('Notes file {0}', vscode.workspace.asRelativePath(source.uri));
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task);
    // A failed task is logged and must not stop the tasks queued after it.
    this.queue = run.catch((error) => this.log(vscode.l10n.t('Updating the notes failed: {0}', describeError(error)), 'error'));
    return run;
  }
}

function describeError(error: unknown): string {
  if (error instanceof vscode.FileSystemError) return error.code === 'FileNotFound' ? vscode.l10n.t('file not found') : `${error.code}: ${error.message}`;
  return error instanceof Error ? error.message : String(error);
}
