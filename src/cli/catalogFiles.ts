import * as fs from 'node:fs';
import * as path from 'node:path';
import { preloadCatalogs, setCatalogFileReader, type CatalogFileName } from '../core/catalog/lazyData';

/** Where each catalog file lives in the source tree (for the CLI run from `src/` by tests). */
const SOURCE_FOLDERS: Record<CatalogFileName, string> = {
  'resource-types.json': 'cloudformation',
  'condition-keys.json': 'iam',
};

/**
 * The CLI reads the catalog JSON beside its bundle (`dist/cli.js` → `dist/catalog/…`), or from
 * the source tree when run unbundled. Loaded up front: a CLI hover is asked once and cannot wait
 * for a lazy load (≈30 ms for the 1 MB of JSON).
 */
export async function useCatalogFilesBesideCli(): Promise<void> {
  setCatalogFileReader(async (fileName) => {
    const candidates = [path.join(__dirname, 'catalog', fileName), path.join(__dirname, '..', 'core', 'catalog', SOURCE_FOLDERS[fileName], fileName)];
    const found = candidates.find((candidate) => fs.existsSync(candidate)) ?? candidates[0];
    return fs.promises.readFile(found);
  });
  await preloadCatalogs();
}
