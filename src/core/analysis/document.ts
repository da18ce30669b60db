import type { DocNode, ParsedSyntax, SyntaxProblem } from './nodes';
import { parseJson } from './parseJson';
import { parseYaml } from './parseYaml';
import { parseYamlBlocks } from './parseYamlBlocks';
import type { Position, Range } from './types';
import { lastIndexAtOrBelow } from '../util/sortedSearch';

export type Syntax = 'yaml' | 'json';

/**
 * A parsed IaC document: its text, the generic node tree and the conversions between offsets and
 * 0-based line/character positions. Immutable; `documentOf` caches one per file name and version.
 */
export class IacDocument {
  readonly root: DocNode | undefined;
  readonly syntaxProblems: readonly SyntaxProblem[];
  private readonly lineStarts: number[];

  constructor(
    readonly fileName: string,
    readonly text: string,
    readonly syntax: Syntax = syntaxOf(fileName, text),
  ) {
    const parsed = syntax === 'json' ? parseJson(text) : parseYamlDocument(text);
    this.root = parsed.root;
    this.syntaxProblems = parsed.problems;
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.lineStarts.push(i + 1);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = lastIndexAtOrBelow(this.lineStarts, clamped);
    return { line, character: clamped - this.lineStarts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const lineEnd = this.lineEnd(position.line);
    return Math.min(this.lineStarts[position.line] + Math.max(0, position.character), lineEnd);
  }

  rangeOf(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** The range of a node, its tag included. */
  nodeRange(node: DocNode): Range {
    return this.rangeOf(node.tagStart ?? node.start, node.end);
  }

  /** The text of a 0-based line, without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.lineStarts.length) return '';
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  private lineEnd(line: number): number {
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] - 1 : this.text.length;
    return next > this.lineStarts[line] && this.text.charCodeAt(next - 1) === 13 ? next - 1 : next;
  }
}

/**
 * Large YAML is parsed block by block (unchanged blocks come from a cache, so an edit costs the
 * block it touches); below this size, or where blocks cannot be joined exactly, in one piece.
 */
const BLOCK_PARSE_MIN_CHARS = 64 * 1024;

function parseYamlDocument(text: string): ParsedSyntax {
  return (text.length >= BLOCK_PARSE_MIN_CHARS && parseYamlBlocks(text)) || parseYaml(text);
}

/** JSON for `.json` files and for text that starts like JSON (`.config`/`.template` may be either). */
export function syntaxOf(fileName: string, text: string): Syntax {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.ya?ml$/i.test(fileName)) return 'yaml';
  return /^\s*[{[]/.test(text.slice(0, 1000)) ? 'json' : 'yaml';
}

const CACHE_SIZE = 16;
const cache = new Map<string, { version: number | undefined; document: IacDocument }>();

/**
 * The parse of a document, reused while its version (when the host has one) and text are
 * unchanged: hover, completion and lint on the same version parse once.
 */
export function documentOf(fileName: string, text: string, version?: number): IacDocument {
  const cached = cache.get(fileName);
  if (cached && cached.version === version && cached.document.text === text) return cached.document;
  const document = new IacDocument(fileName, text);
  cache.delete(fileName);
  cache.set(fileName, { version, document });
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  return document;
}
