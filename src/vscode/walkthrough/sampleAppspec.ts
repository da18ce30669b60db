import * as vscode from 'vscode';

export const OPEN_SAMPLE_APPSPEC_COMMAND = 'awsNotes.openSampleAppspec';

/**
 * The walkthrough's sample: an EC2/On-Premises appspec (the shape of samples/appspec/ec2), for
 * users whose workspace has none yet. Its hooks are the ones a hover explains.
 */
const SAMPLE_APPSPEC = `# A sample CodeDeploy AppSpec file: hover a hook name, such as BeforeInstall.
version: 0.0
os: linux
files:
  - source: /
    destination: /var/www/html
hooks:
  BeforeInstall:
    - location: scripts/install_dependencies.sh
      timeout: 300
  AfterInstall:
    - location: scripts/change_permissions.sh
      timeout: 60
  ApplicationStart:
    - location: scripts/start_server.sh
      timeout: 120
`;

/**
 * Opens the sample in an untitled `appspec.yml` (the name is what makes it an appspec), with
 * the cursor on `BeforeInstall`. Nothing is written to disk unless the user saves it.
 */
export async function openSampleAppspec(): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: 'untitled', path: 'appspec.yml' }));
  const editor = await vscode.window.showTextDocument(document);
  if (document.getText() === '') await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), SAMPLE_APPSPEC));
  const hook = document.positionAt(document.getText().indexOf('BeforeInstall') + 1);
  editor.selection = new vscode.Selection(hook, hook);
  editor.revealRange(new vscode.Range(hook, hook));
  return editor;
}
