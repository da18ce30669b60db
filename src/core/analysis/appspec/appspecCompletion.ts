import type { AppSpecPlatform, LifecycleEvent } from '../../catalog/appspec/lifecycleEvents';
import { keyCompletion, placeCompletions, sortKey, valueCompletions } from '../catalogEntries';
import { pathAt, type CursorContext } from '../cursor';
import type { IacDocument } from '../document';
import type { CompletionEntry, Position } from '../types';
import { APPSPEC_SERVICE, appspecPlatform, hookableEvents, hookPairs, hooksKey } from './appspecModel';
import { fieldsAt, hookHover } from './appspecHover';

export function appspecCompletions(doc: IacDocument, position: Position): CompletionEntry[] {
  const offset = doc.offsetAt(position);
  const context = pathAt(doc, offset);
  if (!context) return [];
  const platform = appspecPlatform(doc.root);
  const items = context.on === 'key' ? keyItems(doc, context, platform) : valueItems(context, platform);
  return placeCompletions(doc, items, doc.rangeOf(context.wordStart, context.wordEnd));
}

function keyItems(doc: IacDocument, context: CursorContext, platform: AppSpecPlatform): CompletionEntry[] {
  const container = hooksKey(platform);
  const { path } = context;
  // Under `hooks:` (a map), or in a `Hooks:` list item, or on `Hooks:` itself before the first `- `.
  if (path[0] === container && (platform === 'server' ? path.length === 1 : path.length <= 2)) {
    const needsDash = platform !== 'server' && path.length === 1 && !context.inSequenceItem;
    return hookItems(doc, platform, needsDash);
  }
  const fields = fieldsAt(path, platform);
  // `- |` in a list of values (permission `type`): a value, not a key, is being typed.
  if (!fields) return context.inSequenceItem ? valueItems(context, platform) : [];
  const taken = new Set(context.siblingKeys);
  return fields.filter((spec) => !taken.has(spec.name)).map((spec, index) => keyCompletion(spec, index, APPSPEC_SERVICE, spec.snippet));
}

/** The hooks not yet used, in lifecycle order, each inserted with its skeleton. */
function hookItems(doc: IacDocument, platform: AppSpecPlatform, needsDash: boolean): CompletionEntry[] {
  const used = new Set(hookPairs(doc.root, platform).map((pair) => pair.key));
  return hookableEvents(platform)
    .filter((event) => !used.has(event.name))
    .map((event, index) => {
      const info = hookHover(event.name, platform);
      return {
        label: event.name,
        kind: 'event' as const,
        detail: `${index + 1}. ${event.summary.split(/(?<=\.)\s/)[0]}`,
        documentation: info.reference,
        docsUrl: info.docsUrl,
        insertText: (needsDash ? '- ' : '') + hookSnippet(event, platform),
        isSnippet: true,
        sortText: sortKey(index),
        notes: info.notes,
      };
    });
}

function hookSnippet(event: LifecycleEvent, platform: AppSpecPlatform): string {
  if (platform !== 'server') return `${event.name}: "\${1:${event.name}HookFunction}"`;
  const script = event.name.replace(/([a-z])([A-Z])/g, '$1_$2').toLowerCase();
  return `${event.name}:\n  - location: \${1:scripts/${script}.sh}\n    timeout: \${2:300}`;
}

function valueItems(context: CursorContext, platform: AppSpecPlatform): CompletionEntry[] {
  const key = context.path.at(-1);
  const [ownerPath, ownerKey] = typeof key === 'string' ? [context.path.slice(0, -1), key] : [context.path.slice(0, -2), context.path.at(-2)];
  if (typeof ownerKey !== 'string') return [];
  const owner = fieldsAt(ownerPath, platform)?.find((spec) => spec.name === ownerKey);
  return owner ? valueCompletions(owner, APPSPEC_SERVICE) : [];
}
