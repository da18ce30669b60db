import { scalarText, type DocNode } from '../nodes';
import { walk } from './intrinsics';

/**
 * Where the loop variables of an `Fn::ForEach::Name: [identifier(s), collection, fragment]` of the
 * AWS::LanguageExtensions transform stand for each item: `${Identifier}` and `!Ref Identifier` in
 * the fragment name it, not a parameter or resource.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-foreach.html
 */
export interface LoopScope {
  readonly identifiers: readonly string[];
  /** Offsets of the fragment (the third item), where the identifiers are in scope. */
  readonly start: number;
  readonly end: number;
}

export function loopScopes(root: DocNode | undefined): LoopScope[] {
  const scopes: LoopScope[] = [];
  for (const node of walk(root)) {
    if (node.kind !== 'mapping') continue;
    for (const pair of node.pairs) {
      const loop = pair.value;
      if (!pair.key.startsWith('Fn::ForEach::') || loop.kind !== 'sequence' || loop.items.length < 3) continue;
      const written = loop.items[0];
      const identifiers = (written.kind === 'sequence' ? written.items : [written]).map(scalarText).filter((name): name is string => !!name);
      const fragment = loop.items[2];
      scopes.push({ identifiers, start: fragment.start, end: fragment.end });
    }
  }
  return scopes;
}

/** Whether `name`, written at `offset`, is a loop variable there. */
export function isLoopVariable(scopes: readonly LoopScope[], name: string, offset: number): boolean {
  return scopes.some((scope) => offset >= scope.start && offset < scope.end && scope.identifiers.includes(name));
}
