import { FILES_FIELDS, HOOK_SCRIPT_FIELDS, PERMISSIONS_FIELDS, RESOURCE_PROPERTIES, TOP_LEVEL_KEYS, type KeySpec } from '../../catalog/appspec/appspecKeys';
import { BLUE_GREEN_NOTE, PLATFORM_LIFECYCLES, type AppSpecPlatform } from '../../catalog/appspec/lifecycleEvents';
import { entryDescription, entryMarkdown } from '../catalogEntries';
import { pathAt, type CursorContext, type PathSegment } from '../cursor';
import type { IacDocument } from '../document';
import { scalarText } from '../nodes';
import type { HoverInfo, Position } from '../types';
import { appspecKeyQuery, describedAs, hookQuery } from '../notesQueries';
import { appspecPlatform, eventOf, hooksKey, platformsWithEvent } from './appspecModel';

export function appspecHover(doc: IacDocument, position: Position): HoverInfo | undefined {
  const offset = doc.offsetAt(position);
  const context = pathAt(doc, offset);
  if (!context) return undefined;
  const platform = appspecPlatform(doc.root);
  const range = doc.rangeOf(context.wordStart, context.wordEnd);
  const hook = hookNameAt(context, platform);
  if (hook) return { range, ...hookHover(hook, platform) };
  const spec = context.on === 'key' && context.key !== undefined ? keySpecAt(context.path, context.key, platform) : undefined;
  if (spec) return { range, reference: entryMarkdown(spec), docsUrl: spec.docsUrl, notes: describedAs(appspecKeyQuery(spec.name), entryDescription(spec)) };
  if (context.on === 'value') {
    const key = context.path.at(-1);
    const owner = typeof key === 'string' ? keySpecAt(context.path.slice(0, -1), key, platform) : keySpecAt(context.path.slice(0, -2), String(context.path.at(-2)), platform);
    const value = owner?.values?.find((candidate) => candidate.value === scalarText(context.node));
    if (owner && value) {
      return { range, reference: entryMarkdown(owner, `\`${owner.name}: ${value.value}\``), docsUrl: owner.docsUrl, notes: describedAs(appspecKeyQuery(owner.name, value.value), value.summary) };
    }
  }
  return undefined;
}

/** The hook name under the cursor: a key of `hooks`, a key of a `Hooks` item, or a bare `- Name`. */
function hookNameAt(context: CursorContext, platform: AppSpecPlatform): string | undefined {
  const container = hooksKey(platform);
  const [first, second] = context.path;
  if (context.on === 'key' && first === container && (platform === 'server' ? context.path.length === 1 : context.path.length === 2)) return context.key || undefined;
  if (context.on === 'value' && platform !== 'server' && first === container && typeof second === 'number' && context.path.length === 2) return scalarText(context.node);
  return undefined;
}

/** The reference part of a hook: position in the run order, neighbours, reserved or not. */
export function hookHover(name: string, platform: AppSpecPlatform): Pick<HoverInfo, 'reference' | 'docsUrl' | 'notes'> {
  const lifecycle = PLATFORM_LIFECYCLES[platform];
  const event = eventOf(platform, name);
  const notes = describedAs(hookQuery(name, lifecycle.label), event?.summary);
  if (!event) {
    const elsewhere = platformsWithEvent(name).map((other) => PLATFORM_LIFECYCLES[other].label);
    const where = elsewhere.length ? ` It exists in ${elsewhere.join(' and ')} deployments.` : '';
    return { reference: `**${name}** is not a lifecycle event of ${lifecycle.label} deployments.${where}`, docsUrl: lifecycle.docsUrl, notes };
  }
  const lines = [`**${name}** — CodeDeploy lifecycle event (${lifecycle.label})`];
  const blueGreen = platform === 'server' ? BLUE_GREEN_NOTE[name] : undefined;
  // A traffic hook also runs in blue/green deployments, whose order the docs do not draw for EC2:
  // an in-place position would be wrong there, so none is shown.
  const order = blueGreen ? undefined : lifecycle.runOrders.find((candidate) => candidate.events.includes(name));
  if (blueGreen) lines.push('Runs only when traffic goes through a load balancer: in an in-place deployment with one, or in a blue/green deployment.');
  if (order) {
    const index = order.events.indexOf(name);
    const before = order.events[index - 1];
    const after = order.events[index + 1];
    const neighbours = [before && `after \`${before}\``, after && `before \`${after}\``].filter(Boolean).join(', ');
    lines.push(`**${index + 1} of ${order.events.length}** in an ${order.label}${neighbours ? ` — ${neighbours}` : ''}.`);
  }
  lines.push(event.summary);
  lines.push(event.reserved ? '⚠️ Reserved: this event cannot run a script or a hook function.' : platform === 'server' ? 'Can run scripts (`location`, `timeout`, `runas`).' : 'Can run a Lambda validation function.');
  if (blueGreen) lines.push(blueGreen);
  return { reference: lines.join('\n\n'), docsUrl: lifecycle.docsUrl, notes };
}

/** The catalog entry of a key at a path: top-level keys, script fields, files and permissions fields, resource properties. */
export function keySpecAt(path: readonly PathSegment[], key: string, platform: AppSpecPlatform): KeySpec | undefined {
  return fieldsAt(path, platform)?.find((spec) => spec.name === key);
}

/** Which keys belong in the mapping at `path`. */
export function fieldsAt(path: readonly PathSegment[], platform: AppSpecPlatform): readonly KeySpec[] | undefined {
  const [first] = path;
  if (path.length === 0) return TOP_LEVEL_KEYS[platform];
  if (platform === 'server' && first === 'hooks' && path.length === 3) return HOOK_SCRIPT_FIELDS;
  if (platform === 'server' && first === 'files' && path.length === 2) return FILES_FIELDS;
  if (platform === 'server' && first === 'permissions' && path.length === 2) return PERMISSIONS_FIELDS;
  if (platform !== 'server' && first === 'Resources' && path.at(-1) === 'Properties') return RESOURCE_PROPERTIES[platform];
  return undefined;
}
