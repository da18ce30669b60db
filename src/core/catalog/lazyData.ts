/**
 * Catalog data too big for the extension bundle (CloudFormation resource types, IAM service
 * condition keys) ships as JSON files beside it (`dist/catalog/*.json`) and is read on first use
 * through a reader the host installs: `vscode.workspace.fs` in the extension (desktop and web),
 * `fs` in the CLI. Until a reader is set, or when reading fails, the data is simply absent: the
 * analyzers then skip what needs it instead of guessing.
 */
export type CatalogFileName = 'resource-types.json' | 'condition-keys.json';

/** Reads one catalog file's bytes (or text). */
export type CatalogFileReader = (fileName: CatalogFileName) => Promise<Uint8Array | string>;

let reader: CatalogFileReader | undefined;
const loaders = new Set<LazyCatalog<unknown>>();

/** Installs how catalog files are read; resets whatever was loaded or failed before. */
export function setCatalogFileReader(next: CatalogFileReader | undefined): void {
  reader = next;
  for (const loader of loaders) loader.reset();
}

/** Loads every catalog now: for hosts whose hover and completion run once and cannot wait (the CLI). */
export async function preloadCatalogs(): Promise<void> {
  await Promise.all([...loaders].map((loader) => loader.load()));
}

/** One lazily loaded catalog: `current()` for synchronous callers, `load()` to wait for it. */
export class LazyCatalog<T> {
  private value: T | undefined;
  private pending: Promise<T | undefined> | undefined;
  private failure: string | undefined;

  constructor(
    private readonly fileName: CatalogFileName,
    private readonly build: (raw: unknown) => T,
  ) {
    loaders.add(this as LazyCatalog<unknown>);
  }

  /** The catalog if loaded; otherwise starts loading it and returns undefined. */
  current(): T | undefined {
    if (this.value === undefined && !this.pending) void this.load();
    return this.value;
  }

  /** The catalog once loaded, or undefined when there is no reader or the file is unusable. */
  load(): Promise<T | undefined> {
    if (this.value !== undefined) return Promise.resolve(this.value);
    if (this.pending) return this.pending;
    const read = reader;
    if (!read) return Promise.resolve(undefined);
    this.pending = read(this.fileName).then(
      (content) => {
        try {
          const text = typeof content === 'string' ? content : new TextDecoder().decode(content);
          this.value = this.build(JSON.parse(text));
          return this.value;
        } catch (error) {
          this.failure = `${this.fileName} is not usable catalog data: ${error instanceof Error ? error.message : String(error)}`;
          return undefined;
        }
      },
      (error: unknown) => {
        this.failure = `${this.fileName} could not be read: ${error instanceof Error ? error.message : String(error)}`;
        return undefined;
      },
    );
    return this.pending;
  }

  /** Why the last load gave nothing, for the host's log. */
  get error(): string | undefined {
    return this.failure;
  }

  /** Uses data already in hand (unit tests, or a host that bundles it). */
  provide(raw: unknown): T {
    this.value = this.build(raw);
    this.pending = Promise.resolve(this.value);
    return this.value;
  }

  reset(): void {
    this.value = undefined;
    this.pending = undefined;
    this.failure = undefined;
  }
}
