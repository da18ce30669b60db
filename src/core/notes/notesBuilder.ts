import type { Fact, NotesOrigin, ParsedNotes, ServiceSection } from './model';
import { resolveService } from './serviceAliases';
import { splitTermDefinition } from './termDefinition';
import { stableHash } from '../util/stableHash';
import { baseName } from '../util/paths';

/** A fact while its file is being read; frozen into a `Fact` by `finish()`. */
export interface FactDraft {
  readonly section: SectionDraft;
  readonly parent?: FactDraft;
  text: string;
  readonly marker: string;
  readonly numbered: boolean;
  readonly line: number;
  endLine: number;
  code: string[];
  readonly children: FactDraft[];
}

interface SectionDraft {
  readonly heading: string;
  readonly line: number;
  description?: string;
  readonly facts: FactDraft[];
}

export interface NewFact {
  readonly text: string;
  readonly marker: string;
  readonly numbered: boolean;
  readonly line: number;
  readonly parent?: FactDraft;
}

/**
 * Collects sections and facts in source order for both parsers (outline and markdown) and
 * turns them into a `ParsedNotes`: ids, breadcrumbs, and the lossless line accounting.
 */
export class NotesBuilder {
  private readonly sections: SectionDraft[] = [];
  private readonly allFacts: FactDraft[] = [];
  private readonly mapped = new Set<number>();

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
    this.sections.push({ heading, line, facts: [] });
    this.mapped.add(line);
  }

  /** Whether the current section could still take a description (nothing under it yet). */
  canDescribe(): boolean {
    const section = this.currentSection;
    return section !== undefined && section.description === undefined && section.facts.length === 0;
  }

  describe(text: string, line: number): void {
    this.currentSection!.description = text;
    this.mapped.add(line);
  }

  /** Items before any heading go in a section named after the file, so nothing is lost. */
  addFact(fact: NewFact): FactDraft {
    if (!this.currentSection) this.startSection(this.fallbackHeading(), fact.line);
    const section = this.currentSection!;
    const draft: FactDraft = { ...fact, section, endLine: fact.line, code: [], children: [] };
    (fact.parent ? fact.parent.children : section.facts).push(draft);
    this.allFacts.push(draft);
    this.mapped.add(fact.line);
    return draft;
  }

  appendCode(fact: FactDraft, code: string, line: number): void {
    fact.code.push(code);
    this.claim(fact, line);
  }

  appendText(fact: FactDraft, text: string, line: number): void {
    fact.text = fact.text ? `${fact.text} ${text}` : text;
    this.claim(fact, line);
  }

  /** A line that belongs to a node without adding to its text (a markdown rule, a table border). */
  mapLine(line: number): void {
    this.mapped.add(line);
  }

  finish(nonBlankLines: readonly number[]): ParsedNotes {
    const ids = new Map<FactDraft, string>();
    const occurrences = new Map<string, number>();
    const facts: Fact[] = [];
    // Per section and per parent, computed once: every fact under them shares them.
    const services = new Map<SectionDraft, string>();
    const paths = new Map<FactDraft, string[]>();
    const breadcrumbs = new Map<FactDraft | SectionDraft, string>();
    const serviceOf = (section: SectionDraft) => {
      let service = services.get(section);
      if (service === undefined) services.set(section, (service = resolveService(section.heading).service));
      return service;
    };
    const pathOf = (draft: FactDraft): string[] => {
      const parent = draft.parent;
      if (!parent) return [];
      let path = paths.get(parent);
      if (!path) paths.set(parent, (path = [...pathOf(parent), parent.text]));
      return path;
    };
    const breadcrumbOf = (draft: FactDraft): string => {
      const owner = draft.parent ?? draft.section;
      let breadcrumb = breadcrumbs.get(owner);
      if (breadcrumb === undefined) breadcrumbs.set(owner, (breadcrumb = [draft.section.heading, ...pathOf(draft)].map(trimLabel).join(' › ')));
      return breadcrumb;
    };
    for (const draft of this.allFacts) {
      const key = [this.idScope, serviceOf(draft.section), ...pathOf(draft), draft.text].join('\u0000');
      const occurrence = occurrences.get(key) ?? 0;
      occurrences.set(key, occurrence + 1);
      ids.set(draft, stableHash(`${key}\u0000${occurrence}`));
    }
    for (const draft of this.allFacts) {
      const path = pathOf(draft);
      const split = splitTermDefinition(draft.text);
      // Optional fields are assigned, not spread into the literal: spreads made a third of the parse time of 10 MB of notes.
      const fact: { -readonly [K in keyof Fact]: Fact[K] } = {
        id: ids.get(draft)!,
        service: serviceOf(draft.section),
        heading: draft.section.heading,
        path,
        breadcrumb: breadcrumbOf(draft),
        text: draft.text,
        marker: draft.marker,
        numbered: draft.numbered,
        depth: path.length,
        childIds: draft.children.map((child) => ids.get(child)!),
        file: this.file,
        line: draft.line,
        endLine: draft.endLine,
        origin: this.origin,
      };
      if (split) {
        fact.term = split.term;
        fact.definition = split.definition;
      }
      if (draft.code.length > 0) fact.code = draft.code.join('\n');
      if (draft.parent) fact.parentId = ids.get(draft.parent)!;
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
        factIds: section.facts.map((draft) => ids.get(draft)!),
      };
    });
    return {
      file: this.file,
      origin: this.origin,
      sections,
      facts,
      unmappedLines: nonBlankLines.filter((line) => !this.mapped.has(line)),
      nonBlankLines: nonBlankLines.length,
    };
  }

  private claim(fact: FactDraft, line: number): void {
    this.mapped.add(line);
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
