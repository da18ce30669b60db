/**
 * How many real-world files each name occurs in, per family of `../shared/external-iac/`: the
 * count the second held-out batch took its names from (most frequent first). A name is a key, a
 * YAML short tag (`!Sub`) or a short scalar value (`linux`, `SingleInstance`, `"false"`); IAM
 * counts the Condition blocks of the standalone policies and of the templates' policies.
 *
 *   npx tsx test/relevance/corpusNames.ts appspec|ebextensions|cloudformation|iam [how many]   (from the repository root)
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { documentOf } from '../../src/core/analysis/document';
import type { DocNode } from '../../src/core/analysis/nodes';
import { CORPUS_ROOT, corpusFiles, corpusPresent } from '../unit/corpus/externalCorpus';

interface FamilyFiles {
  readonly folder: string;
  readonly isFile: (file: string) => boolean;
}

const TEMPLATES: FamilyFiles = { folder: 'cfn', isFile: (file) => /\.(ya?ml|json|template)$/.test(file) };
const FAMILIES: Record<string, readonly FamilyFiles[]> = {
  appspec: [{ folder: 'appspec', isFile: (file) => /appspec\.(ya?ml|json)$/.test(file) }],
  ebextensions: [{ folder: 'eb', isFile: (file) => file.endsWith('.config') }],
  cloudformation: [TEMPLATES],
  iam: [{ folder: 'iam', isFile: (file) => file.endsWith('.json') }, TEMPLATES],
};

/** Names, not prose, paths or ids: what a hover could be on. */
const NAME = /^!?[A-Za-z][\w:.\-/]{1,60}$/;

/** The names of a tree: its keys, tags and scalar values. */
function namesOf(node: DocNode | undefined, into: Set<string>): void {
  if (!node) return;
  if (node.tag && NAME.test(node.tag)) into.add(node.tag);
  if (node.kind === 'scalar') {
    if (node.value !== null && NAME.test(String(node.value))) into.add(String(node.value));
  } else if (node.kind === 'sequence') node.items.forEach((item) => namesOf(item, into));
  else for (const pair of node.pairs) {
    if (NAME.test(pair.key)) into.add(pair.key);
    namesOf(pair.value, into);
  }
}

/** The Condition blocks of a policy or template, wherever they are. */
function conditionBlocks(node: DocNode | undefined): DocNode[] {
  if (!node || node.kind === 'scalar') return [];
  if (node.kind === 'sequence') return node.items.flatMap(conditionBlocks);
  return node.pairs.flatMap((pair) => (pair.key === 'Condition' && pair.value.kind === 'mapping' ? [pair.value] : conditionBlocks(pair.value)));
}

function countNames(family: string): { files: number; counts: Map<string, number> } {
  const counts = new Map<string, number>();
  let files = 0;
  for (const { folder, isFile } of FAMILIES[family]) {
    for (const file of corpusFiles(folder).filter(isFile)) {
      const root = documentOf(file, fs.readFileSync(path.join(CORPUS_ROOT, file), 'utf8')).root;
      const names = new Set<string>();
      for (const tree of family === 'iam' ? conditionBlocks(root) : [root]) namesOf(tree, names);
      if (names.size > 0) files++;
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  return { files, counts };
}

const [family, shown = '60'] = process.argv.slice(2);
if (!FAMILIES[family]) {
  console.error(`usage: npx tsx test/relevance/corpusNames.ts ${Object.keys(FAMILIES).join('|')} [how many]`);
  process.exitCode = 2;
} else if (!corpusPresent()) {
  console.log(`${CORPUS_ROOT} is absent: nothing to count`);
} else {
  const { files, counts } = countNames(family);
  console.log(`${family}: ${files} files with names`);
  for (const [name, count] of [...counts].sort((a, b) => b[1] - a[1]).slice(0, Number(shown))) console.log(`${String(count).padStart(5)}  ${name}`);
}
