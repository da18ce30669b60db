import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * Contribution titles and descriptions live in package.nls.json (so they can be translated):
 * every `%key%` in package.json has its English text there, and no text there is orphaned.
 */
const ROOT = path.join(__dirname, '../../..');
const manifest = readFileSync(path.join(ROOT, 'package.json'), 'utf8');
const nls = JSON.parse(readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8')) as Record<string, string>;
const referenced = new Set([...manifest.matchAll(/"%([^"%]+)%"/g)].map((match) => match[1]!));

describe('package.nls.json', () => {
  it('has a text for every %key% of package.json', () => {
    assert.deepEqual([...referenced].filter((key) => typeof nls[key] !== 'string'), []);
  });

  it('has no text that package.json does not use', () => {
    assert.deepEqual(Object.keys(nls).filter((key) => !referenced.has(key)), []);
  });

  it('leaves no contribution title, name or description as a literal English string', () => {
    const contributes = (JSON.parse(manifest) as { contributes: unknown }).contributes;
    const literals: string[] = [];
    const visit = (value: unknown, key: string): void => {
      if (typeof value === 'string') {
        if (/^(title|name|description|markdownDescription|contents|contextualTitle|category)$/.test(key) && !/^%[^%]+%$/.test(value)) literals.push(`${key}: ${value}`);
      } else if (Array.isArray(value)) value.forEach((item) => visit(item, key));
      else if (value && typeof value === 'object') for (const [name, item] of Object.entries(value)) visit(item, name);
    };
    visit(contributes, '');
    assert.deepEqual(literals, []);
  });
});
