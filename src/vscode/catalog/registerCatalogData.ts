import * as vscode from 'vscode';
import { setCatalogFileReader } from '../../core/catalog/lazyData';

/**
 * Lets the core read the catalog JSON shipped in `dist/catalog/` (CloudFormation resource types,
 * IAM service condition keys) on first use, through `vscode.workspace.fs` so it works in VS Code
 * for the Web as well as on the desktop. Nothing is read at activation.
 */
export function registerCatalogData(context: vscode.ExtensionContext): void {
  setCatalogFileReader((fileName) => Promise.resolve(vscode.workspace.fs.readFile(vscode.Uri.joinPath(context.extensionUri, 'dist', 'catalog', fileName))));
  context.subscriptions.push({ dispose: () => setCatalogFileReader(undefined) });
}
