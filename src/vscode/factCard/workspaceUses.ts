import * as vscode from 'vscode';
import { usesOfFact } from '../../core/analysis/usesOfFact';
import type { NotesIndex } from '../../core/notes/notesIndex';

/** A place of the workspace whose hover shows the fact: a link of the fact card's "Used in this workspace". */
export interface WorkspaceUse {
  readonly uri: vscode.Uri;
  /** 0-based. */
  readonly line: number;
  readonly character: number;
  readonly word: string;
  /** `templates/queue.yaml:6 · VisibilityTimeout`. */
  readonly label: string;
}

/**
 * The IaC files looked at: appspecs, `.ebextensions` configs (named explicitly: a dot folder),
 * and the YAML / JSON / template files where templates and policies live.
 */
const IAC_FILES = '{**/appspec.yml,**/appspec.yaml,**/appspec.json,**/.ebextensions/*.config,**/*.yaml,**/*.yml,**/*.json,**/*.template}';
/** Folders no one writes IaC in by hand. */
const EXCLUDED = '**/{node_modules,.git,dist,out,cdk.out,.aws-sam}/**';
/** The scan's bounds: files looked at, bytes read per file, uses listed. */
const MAX_FILES = 300;
const MAX_BYTES = 1024 * 1024;
export const MAX_USES = 20;

/**
 * Where in the workspace the fact's hover shows: a bounded scan (capped in files, size and
 * results) through `vscode.workspace.findFiles` and `vscode.workspace.fs` (so the web host
 * works too), cancelled through `token`.
 */
export async function findWorkspaceUses(factId: string, index: NotesIndex, token: vscode.CancellationToken): Promise<WorkspaceUse[]> {
  const files = await vscode.workspace.findFiles(IAC_FILES, EXCLUDED, MAX_FILES, token);
  files.sort((a, b) => a.toString().localeCompare(b.toString()));
  const uses: WorkspaceUse[] = [];
  for (const uri of files) {
    if (token.isCancellationRequested || uses.length >= MAX_USES) break;
    const text = await readSmallText(uri);
    if (text === undefined) continue;
    for (const use of usesOfFact(uri.path, text, factId, index, () => token.isCancellationRequested)) {
      uses.push({ uri, ...use, label: `${vscode.workspace.asRelativePath(uri)}:${use.line + 1} · ${use.word}` });
    }
  }
  return uses.slice(0, MAX_USES);
}

async function readSmallText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.size > MAX_BYTES) return undefined;
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.includes(0) ? undefined : new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  } catch {
    // Gone or unreadable since it was found: not a use.
    return undefined;
  }
}

/** Opens a use: the file, with the cursor on the word. */
export async function openUse(use: WorkspaceUse): Promise<void> {
  const start = new vscode.Position(use.line, use.character);
  await vscode.window.showTextDocument(use.uri, { selection: new vscode.Range(start, start.translate(0, use.word.length)), viewColumn: vscode.ViewColumn.One });
}
