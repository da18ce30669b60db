import * as vscode from 'vscode';
import { NotesChecker } from '../../core/claims/checkNotes';
import { claimsFromJson } from '../../core/claims/claimsJson';

/**
 * The checker of the claims catalog, read from `dist/catalog/claims.json` (the build writes it from
 * the data modules, so the extension bundle does not carry them) through `vscode.workspace.fs`,
 * which works on the web too. A file that cannot be read or used gives no checker and a log line.
 */
export async function readClaimsChecker(extensionUri: vscode.Uri, log: (line: string) => void): Promise<NotesChecker | undefined> {
  const uri = vscode.Uri.joinPath(extensionUri, 'dist', 'catalog', 'claims.json');
  try {
    const parsed = claimsFromJson(JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))));
    if ('claims' in parsed) return new NotesChecker(parsed.claims);
    log(`The notes check is off: claims.json ${parsed.error}.`);
  } catch (error) {
    log(`The notes check is off: claims.json could not be read (${error instanceof Error ? error.message : String(error)}).`);
  }
  return undefined;
}
