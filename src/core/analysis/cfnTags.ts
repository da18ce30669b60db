import type { CollectionTag, ScalarTag } from 'yaml';

/**
 * The CloudFormation short-form intrinsic functions. YAML sees `!Ref Foo` as a local tag;
 * registering each one (in scalar, sequence and mapping form) keeps them from being reported as
 * "unresolved tag" and leaves the tag on the node so analyzers can tell `!GetAtt` apart.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/intrinsic-function-reference.html
 */
export const CFN_SHORT_TAGS = [
  '!Ref',
  '!Sub',
  '!GetAtt',
  '!If',
  '!Equals',
  '!Join',
  '!Select',
  '!Split',
  '!FindInMap',
  '!ImportValue',
  '!GetStackOutput',
  '!Base64',
  '!Cidr',
  '!GetAZs',
  '!And',
  '!Or',
  '!Not',
  '!Condition',
  '!Transform',
  // Functions of the Rules section (with !And, !Equals, !If, !Not, !Or above).
  // https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference-rules.html
  '!Contains',
  '!EachMemberEquals',
  '!EachMemberIn',
  '!RefAll',
  '!ValueOf',
  '!ValueOfAll',
] as const;

/**
 * Tags of tools that rewrite a template before CloudFormation reads it, such as AWS's Rain CLI
 * (`!Rain::Embed file.sh`, `!Rain::Module …`): not CloudFormation's, and not a mistake either.
 * https://aws-cloudformation.github.io/rain/rain_pkg.html
 */
export const PREPROCESSOR_TAG_PREFIXES: readonly string[] = ['!Rain::'];

export type CfnShortTag = (typeof CFN_SHORT_TAGS)[number];

/** The long form a short tag stands for: `!GetAtt` → `Fn::GetAtt`, `!Ref` → `Ref`. */
export function longFormOf(tag: string): string | undefined {
  if (!(CFN_SHORT_TAGS as readonly string[]).includes(tag)) return undefined;
  const name = tag.slice(1);
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

/** Tag definitions for `yaml`'s `customTags`: the value is kept as parsed, only the tag matters. */
export const CFN_YAML_TAGS: (ScalarTag | CollectionTag)[] = CFN_SHORT_TAGS.flatMap((tag) => [
  { tag, resolve: (value: string) => value } satisfies ScalarTag,
  { tag, collection: 'seq', resolve: (value) => value } satisfies CollectionTag,
  { tag, collection: 'map', resolve: (value) => value } satisfies CollectionTag,
]);
