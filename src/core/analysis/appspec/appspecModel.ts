import { PLATFORM_LIFECYCLES, type AppSpecPlatform, type LifecycleEvent } from '../../catalog/appspec/lifecycleEvents';
import { RESOURCE_TYPE_PLATFORM } from '../../catalog/appspec/appspecKeys';
import { scalarText, valueOf, type DocNode, type Pair } from '../nodes';

/** The service the notes part of every AppSpec hover looks in. */
export const APPSPEC_SERVICE = 'CodeDeploy';

/**
 * The compute platform of an AppSpec file: Lambda or ECS when `Resources` names an
 * `AWS::Lambda::Function` / `AWS::ECS::Service`; a `Hooks` list without a known resource is
 * taken as ECS (its events include Lambda's); anything else is EC2/On-Premises (`os` + `hooks`).
 */
export function appspecPlatform(root: DocNode | undefined): AppSpecPlatform {
  for (const resource of resourceBodies(root)) {
    const platform = RESOURCE_TYPE_PLATFORM[scalarText(valueOf(resource, 'Type')) ?? ''];
    if (platform) return platform;
  }
  return valueOf(root, 'Hooks') && !valueOf(root, 'hooks') ? 'ecs' : 'server';
}

/** The bodies (`Type`, `Properties`) of the named resources under `Resources`, list or map form. */
export function resourceBodies(root: DocNode | undefined): DocNode[] {
  const resources = valueOf(root, 'Resources');
  const named = resources?.kind === 'sequence' ? resources.items.flatMap((item) => (item.kind === 'mapping' ? item.pairs : [])) : resources?.kind === 'mapping' ? resources.pairs : [];
  return named.map((pair) => pair.value);
}

/** `hooks` (EC2/On-Premises map) or `Hooks` (ECS/Lambda list). */
export function hooksKey(platform: AppSpecPlatform): 'hooks' | 'Hooks' {
  return platform === 'server' ? 'hooks' : 'Hooks';
}

/** Every hook written in the file, in file order: the keys of `hooks`, or of each `Hooks` item. */
export function hookPairs(root: DocNode | undefined, platform: AppSpecPlatform): Pair[] {
  const hooks = valueOf(root, hooksKey(platform));
  if (hooks?.kind === 'mapping') return hooks.pairs;
  if (hooks?.kind === 'sequence') return hooks.items.flatMap((item) => (item.kind === 'mapping' ? item.pairs : []));
  return [];
}

export function eventOf(platform: AppSpecPlatform, name: string): LifecycleEvent | undefined {
  return PLATFORM_LIFECYCLES[platform].events.find((event) => event.name === name);
}

/** The events that can run a script or a function on the platform, in lifecycle order. */
export function hookableEvents(platform: AppSpecPlatform): LifecycleEvent[] {
  return PLATFORM_LIFECYCLES[platform].events.filter((event) => !event.reserved);
}

/** The other platforms on which an event exists (to explain "not on this platform"). */
export function platformsWithEvent(name: string): AppSpecPlatform[] {
  return (Object.keys(PLATFORM_LIFECYCLES) as AppSpecPlatform[]).filter((platform) => eventOf(platform, name));
}

/** Whether an event is reserved on every platform where it exists. */
export function isReservedEvent(name: string): boolean {
  const platforms = platformsWithEvent(name);
  return platforms.length > 0 && platforms.every((platform) => eventOf(platform, name)?.reserved);
}
