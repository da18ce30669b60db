import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/** What the Marketplace and the Extensions view show, and what a newcomer's tools read. */
const ROOT = path.join(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  icon?: string;
  keywords?: string[];
  repository?: unknown;
  scripts: Record<string, string>;
  contributes: { walkthroughs?: { id: string; steps: { id: string; completionEvents?: string[]; media?: { markdown?: string } }[] }[] };
};

/** Width and height from a PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  assert.deepEqual([...bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], `${file} is a PNG`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('extension metadata', () => {
  it('has a 128×128 PNG icon from media/, packed into the VSIX', () => {
    assert.equal(manifest.icon, 'media/icon.png');
    assert.deepEqual(pngSize(path.join(ROOT, manifest.icon)), { width: 128, height: 128 });
    const allowlist = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(allowlist.includes(`!${manifest.icon}`), '.vscodeignore lets the icon in');
    assert.ok(readFileSync(path.join(ROOT, '.ci', 'vsix-files.txt'), 'utf8').split('\n').includes(`extension/${manifest.icon}`));
  });

  it('.vscodeignore is an allowlist: everything out, then the run-time files back in', () => {
    const rules = readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n').filter((line) => line !== '' && !line.startsWith('#'));
    assert.equal(rules[0], '**');
    assert.ok(rules.slice(1).every((rule) => rule.startsWith('!')), rules.join(', '));
    for (const needed of ['!dist/extension.js', '!dist/web/extension.js', '!package.nls.json', '!l10n/*.json']) assert.ok(rules.includes(needed), needed);
  });

  it('contributes the "Get started" walkthrough, each step completed by its own event', () => {
    // A step without completion events is ticked as soon as it is selected: each needs its own.
    const [walkthrough] = manifest.contributes.walkthroughs ?? [];
    assert.equal(walkthrough?.id, 'getStarted');
    assert.deepEqual(
      Object.fromEntries(walkthrough.steps.map((step) => [step.id, step.completionEvents])),
      {
        chooseNotes: ['onSettingChanged:awsNotes.notesFiles'],
        hoverHook: ['onContext:awsNotes.walkthrough.hovered'],
        lookUpFact: ['onCommand:awsNotes.lookUpFact'],
        startQuiz: ['onCommand:awsNotes.quiz.start'],
      },
    );
    for (const step of walkthrough.steps) assert.ok(existsSync(path.join(ROOT, step.media?.markdown ?? 'missing')), `${step.id} has its page`);
  });

  it('has keywords, a changelog, .nvmrc = 20, and no made-up repository', () => {
    assert.ok((manifest.keywords ?? []).length >= 5);
    assert.ok(existsSync(path.join(ROOT, 'CHANGELOG.md')));
    assert.equal(readFileSync(path.join(ROOT, '.nvmrc'), 'utf8').trim(), '20');
    // No repository is published yet: vsce is told so, instead of the manifest naming a guess.
    assert.equal(manifest.repository, undefined);
    assert.match(manifest.scripts.package!, /--allow-missing-repository/);
  });
});
