import { FILE_EXISTS_BEHAVIOR_VALUES, OS_VALUES, TOP_LEVEL_KEYS } from '../../catalog/appspec/appspecKeys';
import { MAX_EVENT_SECONDS, PLATFORM_LIFECYCLES, type AppSpecPlatform } from '../../catalog/appspec/lifecycleEvents';
import { diagnosticAt, diagnosticOnKey, printable } from '../diagnostic';
import { didYouMean } from '../didYouMean';
import type { IacDocument } from '../document';
import { pairOf, scalarText, valueOf, type DocNode, type Pair } from '../nodes';
import type { AnalysisDiagnostic, LintContext } from '../types';
import { appspecPlatform, eventOf, hookableEvents, hookPairs, isReservedEvent, platformsWithEvent } from './appspecModel';

export async function appspecLint(doc: IacDocument, context: LintContext): Promise<AnalysisDiagnostic[]> {
  const root = doc.root;
  if (root?.kind !== 'mapping') return [];
  const platform = appspecPlatform(root);
  const found: AnalysisDiagnostic[] = [...topLevelProblems(doc, root.pairs, platform), ...hookProblems(doc, platform)];
  if (platform === 'server') found.push(...scriptTimeoutProblems(doc), ...(await missingScripts(doc, context)));
  return found;
}

function topLevelProblems(doc: IacDocument, pairs: readonly Pair[], platform: AppSpecPlatform): AnalysisDiagnostic[] {
  const found: AnalysisDiagnostic[] = [];
  const keys = TOP_LEVEL_KEYS[platform];
  const label = PLATFORM_LIFECYCLES[platform].label;
  for (const pair of pairs) {
    if (keys.some((spec) => spec.name === pair.key)) continue;
    const elsewhere = (Object.keys(TOP_LEVEL_KEYS) as AppSpecPlatform[]).filter((other) => TOP_LEVEL_KEYS[other].some((spec) => spec.name === pair.key));
    const message = elsewhere.length
      ? `"${pair.key}" does not apply to ${label} deployments (it is for ${elsewhere.map((other) => PLATFORM_LIFECYCLES[other].label).join(', ')}).`
      : `Unknown AppSpec key "${printable(pair.key)}".${didYouMean(pair.key, keys.map((spec) => spec.name))}`;
    found.push(diagnosticOnKey(doc, pair, 'warning', message, 'appspec/unknown-key'));
  }
  for (const spec of keys) {
    if (spec.required && !pairs.some((pair) => pair.key === spec.name)) {
      found.push(diagnosticAt(doc, 0, doc.lineText(0).length, 'error', `A ${label} AppSpec file needs "${spec.name}".`, 'appspec/missing-key'));
    }
  }
  const version = pairs.find((pair) => pair.key === 'version');
  if (version && !isVersionZero(doc, version.value)) {
    found.push(diagnosticAt(doc, version.value.start, version.value.end, 'error', `"version" must be 0.0 (the only value CodeDeploy allows), not "${sourceOf(doc, version.value)}".`, 'appspec/version'));
  }
  const os = pairs.find((pair) => pair.key === 'os');
  found.push(...valueProblem(doc, os, OS_VALUES.map((v) => v.value), 'appspec/os'));
  found.push(...valueProblem(doc, pairs.find((pair) => pair.key === 'file_exists_behavior'), FILE_EXISTS_BEHAVIOR_VALUES.map((v) => v.value), 'appspec/file-exists-behavior'));
  return found;
}

/**
 * `version: 0.0` as written; in JSON also the number 0 however written (`0`, `0.0`): JSON has one
 * kind of number and CodeDeploy reads the value, not its spelling.
 */
function isVersionZero(doc: IacDocument, node: DocNode): boolean {
  if (sourceOf(doc, node) === '0.0') return true;
  return doc.syntax === 'json' && node.kind === 'scalar' && node.plain && node.value === 0;
}

/** A scalar value outside its allowed values (exact case, as CodeDeploy reads them). */
function valueProblem(doc: IacDocument, pair: Pair | undefined, allowed: readonly string[], code: string): AnalysisDiagnostic[] {
  if (!pair) return [];
  const value = scalarText(pair.value);
  if (value !== undefined && allowed.includes(value)) return [];
  const shown = value ?? sourceOf(doc, pair.value);
  return [
    diagnosticAt(doc, pair.value.start, pair.value.end, 'error', `"${pair.key}" must be one of ${allowed.join(', ')}, not "${shown}".${didYouMean(shown, allowed)}`, code),
  ];
}

/** The value as written, quotes removed: `0.0` stays `0.0` where the YAML number would print `0`. */
function sourceOf(doc: IacDocument, node: DocNode): string {
  return doc.text.slice(node.start, node.end).trim().replace(/^(["'])(.*)\1$/, '$2');
}

function hookProblems(doc: IacDocument, platform: AppSpecPlatform): AnalysisDiagnostic[] {
  const found: AnalysisDiagnostic[] = [];
  const label = PLATFORM_LIFECYCLES[platform].label;
  const hookable = hookableEvents(platform).map((event) => event.name);
  let latest: { name: string; index: number } | undefined;
  for (const pair of hookPairs(doc.root, platform)) {
    const name = pair.key;
    const event = eventOf(platform, name);
    if (event?.reserved || (!event && isReservedEvent(name))) {
      found.push(diagnosticOnKey(doc, pair, 'error', `${name} is reserved for CodeDeploy: it cannot run ${platform === 'server' ? 'scripts' : 'a hook function'}.`, 'appspec/reserved-hook'));
      continue;
    }
    if (!event) {
      const elsewhere = platformsWithEvent(name).map((other) => PLATFORM_LIFECYCLES[other].label);
      found.push(
        elsewhere.length
          ? diagnosticOnKey(doc, pair, 'error', `${name} is not a lifecycle event of ${label} deployments (it exists for ${elsewhere.join(', ')}).`, 'appspec/hook-not-on-platform')
          : diagnosticOnKey(doc, pair, 'error', `Unknown lifecycle event "${name}".${didYouMean(name, hookable)}`, 'appspec/unknown-hook'),
      );
      continue;
    }
    const index = hookable.indexOf(name);
    if (latest && index < latest.index) {
      found.push(diagnosticOnKey(doc, pair, 'info', `${name} runs before ${latest.name}: CodeDeploy runs hooks in lifecycle order, not in the order they are listed.`, 'appspec/hook-order'));
    } else latest = { name, index };
  }
  return found;
}

/**
 * Each script's `timeout` at most 3600, and the timeouts specified for the scripts of one event
 * together at most 3600 (the docs ask that "the total number of seconds that are specified in
 * timeout for all scripts in each lifecycle event" stays within the hour).
 */
function scriptTimeoutProblems(doc: IacDocument): AnalysisDiagnostic[] {
  const found: AnalysisDiagnostic[] = [];
  for (const pair of hookPairs(doc.root, 'server')) {
    if (pair.value.kind !== 'sequence') continue;
    let total = 0;
    for (const script of pair.value.items) {
      const timeout = pairOf(script.kind === 'mapping' ? script : undefined, 'timeout');
      if (!timeout) continue;
      const seconds = Number(scalarText(timeout.value));
      if (!(Number.isInteger(seconds) && seconds > 0)) {
        found.push(diagnosticAt(doc, timeout.value.start, timeout.value.end, 'error', `"timeout" is a whole number of seconds, not "${sourceOf(doc, timeout.value)}".`, 'appspec/timeout'));
        continue;
      }
      if (seconds > MAX_EVENT_SECONDS) {
        found.push(diagnosticAt(doc, timeout.value.start, timeout.value.end, 'error', `"timeout" is ${seconds} s; a script may run at most ${MAX_EVENT_SECONDS} s (1 hour).`, 'appspec/timeout'));
      }
      total += seconds;
    }
    if (total > MAX_EVENT_SECONDS && pair.value.items.length > 1) {
      found.push(
        diagnosticOnKey(doc, pair, 'error', `The timeouts of the scripts of ${pair.key} add up to ${total} s; one lifecycle event may take at most ${MAX_EVENT_SECONDS} s.`, 'appspec/event-timeout'),
      );
    }
  }
  return found;
}

/** A `location` that is not in the workspace, relative to the AppSpec file's folder. */
async function missingScripts(doc: IacDocument, context: LintContext): Promise<AnalysisDiagnostic[]> {
  const found: AnalysisDiagnostic[] = [];
  // Windows AppSpec files write their paths with backslashes (`\before-install.bat` in AWS's own sample).
  const windows = scalarText(valueOf(doc.root, 'os')) === 'windows';
  for (const pair of hookPairs(doc.root, 'server')) {
    if (pair.value.kind !== 'sequence') continue;
    for (const script of pair.value.items) {
      const location = valueOf(script, 'location');
      const path = scalarText(location);
      if (script.kind === 'mapping' && !location) {
        found.push(diagnosticAt(doc, script.start, script.end, 'error', `A script of ${pair.key} needs "location".`, 'appspec/missing-location'));
        continue;
      }
      if (!location || path === undefined || !context.fileExists) continue;
      const relative = (windows ? path.replace(/\\/g, '/') : path).replace(/^\.?\//, '');
      if (!(await context.fileExists(relative))) {
        found.push(diagnosticAt(doc, location.start, location.end, 'warning', `Script "${path}" is not in the workspace (looked for it next to the AppSpec file).`, 'appspec/missing-script'));
      }
    }
  }
  return found;
}
