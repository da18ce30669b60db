import type { Fact, ParsedNotes, ServiceSection, ServiceSummary } from './model';
import { aliasesOf, resolveService } from './serviceAliases';

/** A non-blank line no node claimed, for the "lossless" report. */
export interface UnmappedLine {
  readonly file: string;
  readonly line: number;
}

/**
 * Every parsed notes file, keyed by file, with the lookups the features need.
 *
 * Files are replaced one at a time (`setFile`), so a change to one file never re-reads the
 * others; derived views are rebuilt lazily on the next read after a change.
 */
export class NotesIndex {
  private readonly byFile = new Map<string, ParsedNotes>();
  private derived: Derived | undefined;
  private changeCount = 0;

  /** Increments on every change; caches keyed on it stay valid until the notes change. */
  get version(): number {
    return this.changeCount;
  }

  setFile(parsed: ParsedNotes): void {
    this.byFile.set(parsed.file, parsed);
    this.changed();
  }

  removeFile(file: string): boolean {
    const removed = this.byFile.delete(file);
    if (removed) this.changed();
    return removed;
  }

  hasFile(file: string): boolean {
    return this.byFile.has(file);
  }

  files(): string[] {
    return [...this.byFile.keys()];
  }

  parsed(file: string): ParsedNotes | undefined {
    return this.byFile.get(file);
  }

  facts(): readonly Fact[] {
    return this.view().facts;
  }

  sections(): readonly ServiceSection[] {
    return this.view().sections;
  }

  fact(id: string): Fact | undefined {
    return this.view().byId.get(id);
  }

  parent(fact: Fact): Fact | undefined {
    return fact.parentId === undefined ? undefined : this.fact(fact.parentId);
  }

  children(fact: Fact): Fact[] {
    return fact.childIds.map((id) => this.fact(id)).filter((f): f is Fact => f !== undefined);
  }

  /** The other items under the same parent (or, for a top-level item, the same heading). */
  siblings(fact: Fact): Fact[] {
    const parent = this.parent(fact);
    const ids = parent
      ? parent.childIds
      : this.view().sectionOfFact.get(fact.id)?.factIds ?? [];
    return ids
      .filter((id) => id !== fact.id)
      .map((id) => this.fact(id))
      .filter((f): f is Fact => f !== undefined);
  }

  /** Facts of a service, by canonical name or any alias ("Elasticache", "elasticache", "ElastiCache"). */
  factsOfService(name: string): readonly Fact[] {
    const canonical = resolveService(name).service;
    return this.view().byService.get(canonical.toLowerCase()) ?? [];
  }

  services(): ServiceSummary[] {
    const { byService, headingsByService } = this.view();
    const summaries: ServiceSummary[] = [];
    for (const [key, headings] of headingsByService) {
      const name = headings.service;
      const aliases = new Set<string>(aliasesOf(name));
      for (const heading of headings.written) if (heading !== name) aliases.add(heading);
      summaries.push({ name, aliases: [...aliases], factCount: byService.get(key)?.length ?? 0 });
    }
    return summaries;
  }

  unmappedLines(): UnmappedLine[] {
    const lines: UnmappedLine[] = [];
    for (const parsed of this.byFile.values()) {
      for (const line of parsed.unmappedLines) lines.push({ file: parsed.file, line });
    }
    return lines;
  }

  private changed(): void {
    this.changeCount++;
    this.derived = undefined;
  }

  private view(): Derived {
    if (!this.derived) this.derived = derive([...this.byFile.values()]);
    return this.derived;
  }
}

interface Derived {
  readonly facts: Fact[];
  readonly sections: ServiceSection[];
  readonly byId: Map<string, Fact>;
  readonly byService: Map<string, Fact[]>;
  /** Top-level facts only. */
  readonly sectionOfFact: Map<string, ServiceSection>;
  readonly headingsByService: Map<string, { service: string; written: Set<string> }>;
}

function derive(files: ParsedNotes[]): Derived {
  const derived: Derived = {
    facts: [],
    sections: [],
    byId: new Map(),
    byService: new Map(),
    sectionOfFact: new Map(),
    headingsByService: new Map(),
  };
  for (const parsed of files) {
    // Facts come in runs of one service (a section): the list is looked up once per run.
    let service: string | undefined;
    let list: Fact[] = [];
    for (const fact of parsed.facts) {
      derived.facts.push(fact);
      derived.byId.set(fact.id, fact);
      if (fact.service !== service) {
        service = fact.service;
        const key = service.toLowerCase();
        const known = derived.byService.get(key);
        if (known) list = known;
        else derived.byService.set(key, (list = []));
      }
      list.push(fact);
    }
    for (const section of parsed.sections) {
      derived.sections.push(section);
      const key = section.service.toLowerCase();
      let headings = derived.headingsByService.get(key);
      if (!headings) derived.headingsByService.set(key, (headings = { service: section.service, written: new Set() }));
      headings.written.add(section.heading);
      markSection(derived, section);
    }
  }
  return derived;
}

/**
 * The top-level facts of a section point back to it (`siblings` of a fact without a parent);
 * nested facts find their siblings through their parent, so they need no entry.
 */
function markSection(derived: Derived, section: ServiceSection): void {
  for (const id of section.factIds) derived.sectionOfFact.set(id, section);
}
