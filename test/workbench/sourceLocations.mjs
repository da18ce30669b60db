// Rewrites bundle locations in the workbench's log (stack traces of failing tests, errors of
// the extension) to the TypeScript sources, with the bundles' source maps:
//   http://…/static/devextensions/dist/web/test/suite/index.js#vscode-extension:19628:13
//   → test/workbench/suite/notes.test.ts:42:7
import { readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import path from 'node:path';

const bundleLocation = /https?:\/\/[^\s()]+?\/static\/devextensions\/(dist\/[^\s()#:]+\.js)(#vscode-extension)?:(\d+):(\d+)/g;

/**
 * The web extension host runs a bundle through `new Function('module', 'exports', 'require',
 * source)` and names it `…#vscode-extension`; V8 puts two lines of its own before the source.
 */
const functionWrapperLines = 2;

/** `rewrite(text)` for bundles built into `extensionPath`, paths shown relative to `root`. */
export function sourceLocationRewriter(extensionPath, root) {
  const maps = new Map();
  const mapOf = (bundle) => {
    if (!maps.has(bundle)) {
      try {
        maps.set(bundle, new SourceMap(JSON.parse(readFileSync(path.join(extensionPath, `${bundle}.map`), 'utf8'))));
      } catch {
        maps.set(bundle, undefined); // no map: the location stays as it is
      }
    }
    return maps.get(bundle);
  };
  return (text) =>
    text.replace(bundleLocation, (location, bundle, wrapped, line, column) => {
      const bundleLine = Number(line) - 1 - (wrapped ? functionWrapperLines : 0);
      const entry = mapOf(bundle)?.findEntry(bundleLine, Number(column) - 1);
      if (!entry?.originalSource) return location;
      const source = path.resolve(path.dirname(path.join(extensionPath, bundle)), entry.originalSource.replace(/^file:\/\//, ''));
      return `${path.relative(root, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
}
