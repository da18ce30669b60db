import type { Fact, NotesOrigin, ParsedNotes, ServiceSection } from './model';
import { resolveService } from './serviceAliases';
import { splitTermDefinition } from './termDefinition';
import { HASH_START, hashDigest, hashUpdate, type HashState } from '../util/stableHash';
import { baseName } from '../util/paths';

/** A fact while its file is being read; frozen into a `Fact` by `finish()`. */
export interface FactDraft {
  readonly section: SectionDraft;
  readonly parent: FactDraft | undefined;
  text: string;
  readonly marker: string;
  readonly numbered: boolean;
  readonly line: number;
  endLine: number;
  /** Created on the first line of code or the first child: most facts have neither. */
  code: string[] | undefined;
  children: FactDraft[] | undefined;
  /** Set by `finish()`. */
  id: string;
  /** What the children of this fact share, set by `finish()`. */
  scope: Scope | undefined;
}

interface SectionDraft {
  readonly heading: string;
  readonly line: number;
  description?: string;
  readonly facts: FactDraft[];
  /** What the top-level facts of this section share, set by `finish()`. */
  scope: Scope | undefined;
}

/**
 * What every fact under one owner (a section, or a parent fact) shares, computed once per
 * owner: its path, its breadcrumb, and its id key up to the fact's own text.
 */
interface Scope {
  readonly path: readonly string[];
  readonly breadcrumb: string;
  /** `idScope␀service␀path…␀`: the id key before the fact's text, and its hash. */
  readonly keyPrefix: string;
  readonly keyHash: HashState;
  /**
   * How many facts with each text came before under the same key (shared by owners whose keys
   * are equal); looked up on the first repeated text under this owner.
   */
  occurrences: Map<string, number> | undefined;
}

export interface NewFact {
  readonly text: string;
  readonly marker: string;
  readonly numbered: boolean;
  readonly line: number;
  readonly parent?: FactDraft | undefined;
}

/**
 * Collects sections and facts in source order for both parsers (outline and markdown) and
 * turns them into a `ParsedNotes`: ids, breadcrumbs, and the lossless line accounting.
 */
export class NotesBuilder {
  private readonly sections: SectionDraft[] = [];
  private readonly allFacts: FactDraft[] = [];
  /** Lines claimed by a node (a list, not a set: millions of set insertions were a cost of big notes). */
  private readonly mapped: number[] = [];

  /**
   * @param file where the notes are (shown to the user, used to open them)
   * @param idScope what ids are scoped by: a name that stays the same when the file moves
   *   (the bundled pack's path changes with every extension version; its ids must not)
   */
  constructor(
    private readonly file: string,
    private readonly origin: NotesOrigin,
    private readonly idScope: string,
  ) {}

  get currentSection(): SectionDraft | undefined {
    return this.sections.at(-1);
  }

  get lastFact(): FactDraft | undefined {
    return this.allFacts.at(-1);
  }

  startSection(heading: string, line: number): void {
    this.sections.push({ heading, line, facts: [], scope: undefined });
    this.mapped.push(line);
  }

  /** Whether the current section could still take a description (nothing under it yet). */
  canDescribe(): boolean {
    const section = this.currentSection;
    return section !== undefined && section.description === undefined && section.facts.length === 0;
  }

  describe(text: string, line: number): void {
    this.currentSection!.description = text;
    this.mapped.push(line);
  }

  /** Items before any heading go in a section named after the file, so nothing is lost. */
  addFact(fact: NewFact): FactDraft {
    if (!this.currentSection) this.startSection(this.fallbackHeading(), fact.line);
    const section = this.currentSection!;
    // Written out, not spread from `fact`: a spread per fact was the single largest cost of parsing 10 MB of notes.
    const draft: FactDraft = {
      section,
      parent: fact.parent,
      text: fact.text,
      marker: fact.marker,
      numbered: fact.numbered,
      line: fact.line,
      endLine: fact.line,
      code: undefined,
      children: undefined,
      id: '',
      scope: undefined,
    };
    if (!fact.parent) section.facts.push(draft);
    else (fact.parent.children ??= []).push(draft);
    this.allFacts.push(draft);
    this.mapped.push(fact.line);
    return draft;
  }

  appendCode(fact: FactDraft, code: string, line: number): void {
    (fact.code ??= []).push(code);
    this.claim(fact, line);
  }

  appendText(fact: FactDraft, text: string, line: number): void {
    fact.text = fact.text ? `${fact.text} ${text}` : text;
    this.claim(fact, line);
  }

  /** A line that belongs to a node without adding to its text (a markdown rule, a table border). */
  mapLine(line: number): void {
    this.mapped.push(line);
  }

  finish(nonBlankLines: readonly number[]): ParsedNotes {
    const facts: Fact[] = [];
    const scopeOf = (draft: FactDraft): Scope => {
      const owner = draft.parent ?? draft.section;
      return owner.scope ?? (owner.scope = this.newScope(draft.section, draft.parent, scopeOf));
    };
    // Most texts occur once in a file: their occurrence is 0 under any key, with no count per key to keep.
    const textCounts = new Map<string, number>();
    for (const draft of this.allFacts) textCounts.set(draft.text, (textCounts.get(draft.text) ?? 0) + 1);
    const occurrencesByKey = new Map<string, Map<string, number>>();
    const nextOccurrence = (scope: Scope, text: string): number => {
      if (!scope.occurrences) {
        scope.occurrences = occurrencesByKey.get(scope.keyPrefix);
        if (!scope.occurrences) occurrencesByKey.set(scope.keyPrefix, (scope.occurrences = new Map()));
      }
      const occurrence = scope.occurrences.get(text) ?? 0;
      scope.occurrences.set(text, occurrence + 1);
      return occurrence;
    };
    // An id hashes `idScope␀service␀path…␀text␀occurrence`: the key before the text is hashed once per owner.
    for (const draft of this.allFacts) {
      const scope = scopeOf(draft);
      const occurrence = textCounts.get(draft.text) === 1 ? 0 : nextOccurrence(scope, draft.text);
      draft.id = hashDigest(hashUpdate(hashUpdate(scope.keyHash, draft.text), `\u0000${occurrence}`));
    }
    for (const draft of this.allFacts) {
      const scope = scopeOf(draft);
      const split = splitTermDefinition(draft.text);
      // Optional fields are assigned, not spread into the literal: spreads made a third of the parse time of 10 MB of notes.
      const fact: { -readonly [K in keyof Fact]: Fact[K] } = {
        id: draft.id,
        service: this.serviceOf(draft.section),
        heading: draft.section.heading,
        path: scope.path,
        breadcrumb: scope.breadcrumb,
        text: draft.text,
        marker: draft.marker,
        numbered: draft.numbered,
        depth: scope.path.length,
        childIds: draft.children ? draft.children.map((child) => child.id) : [],
        file: this.file,
        line: draft.line,
        endLine: draft.endLine,
        origin: this.origin,
      };
      if (split) {
        fact.term = split.term;
        fact.definition = split.definition;
      }
      if (draft.code) fact.code = draft.code.join('\n');
      if (draft.parent) fact.parentId = draft.parent.id;
      facts.push(fact);
    }
    const sections: ServiceSection[] = this.sections.map((section) => {
      const resolved = resolveService(section.heading);
      return {
        heading: section.heading,
        service: resolved.service,
        known: resolved.known,
        ...(section.description !== undefined ? { description: section.description } : {}),
        file: this.file,
        line: section.line,
        factIds: section.facts.map((draft) => draft.id),
      };
    });
    return {
      file: this.file,
      origin: this.origin,
      sections,
      facts,
      unmappedLines: this.unmapped(nonBlankLines),
      nonBlankLines: nonBlankLines.length,
    };
  }

  private readonly services = new Map<SectionDraft, string>();

  private serviceOf(section: SectionDraft): string {
    let service = this.services.get(section);
    if (service === undefined) this.services.set(section, (service = resolveService(section.heading).service));
    return service;
  }

  /** The scope of the facts right under `parent` (or at the top of `section`). */
  private newScope(
    section: SectionDraft,
    parent: FactDraft | undefined,
    scopeOf: (draft: FactDraft) => Scope,
  ): Scope {
    if (!parent) {
      const keyPrefix = `${this.idScope}\u0000${this.serviceOf(section)}\u0000`;
      return { path: [], breadcrumb: trimLabel(section.heading), keyPrefix, keyHash: hashUpdate(HASH_START, keyPrefix), occurrences: undefined };
    }
    // A child scope extends its parent's: the id key is hashed on from the parent's state, not again from the start.
    const above = scopeOf(parent);
    return {
      path: [...above.path, parent.text],
      breadcrumb: `${above.breadcrumb} › ${trimLabel(parent.text)}`,
      keyPrefix: `${above.keyPrefix}${parent.text}\u0000`,
      keyHash: hashUpdate(hashUpdate(above.keyHash, parent.text), '\u0000'),
      occurrences: undefined,
    };
  }

  private unmapped(nonBlankLines: readonly number[]): number[] {
    const isMapped = new Uint8Array((nonBlankLines.at(-1) ?? -1) + 1);
    for (const line of this.mapped) if (line < isMapped.length) isMapped[line] = 1;
    return nonBlankLines.filter((line) => isMapped[line] === 0);
  }

  private claim(fact: FactDraft, line: number): void {
    this.mapped.push(line);
    if (line > fact.endLine) fact.endLine = line;
  }

  private fallbackHeading(): string {
    return baseName(this.file).replace(/\.[^.]+$/, '') || 'Notes';
  }
}

/** "Limitations:" reads as "Limitations" in a breadcrumb. */
function trimLabel(text: string): string {
  return text.replace(/\s*:\s*$/, '');
}
