import { scalarText, valueOf, type DocNode, type MappingNode, type Pair } from '../nodes';

/** A declared resource: its logical ID, its `Type` (when a literal) and its entry. */
export interface DeclaredResource {
  readonly pair: Pair;
  readonly type?: string;
}

/**
 * What the analyzers need to know about a template as a whole: the declared names that `Ref`,
 * `Fn::GetAtt` and `Fn::Sub` may point at, and the transforms that change the rules.
 */
export interface TemplateModel {
  readonly root: MappingNode;
  readonly parameters: ReadonlyMap<string, Pair>;
  readonly resources: ReadonlyMap<string, DeclaredResource>;
  readonly conditions: ReadonlyMap<string, Pair>;
  readonly transforms: readonly string[];
  /** The SAM transform is declared: SAM adds resources (`MyFunctionRole`, `ServerlessRestApi` …). */
  readonly sam: boolean;
  /**
   * The declared names are not the whole story: a macro other than SAM / LanguageExtensions,
   * `Fn::ForEach` or `Fn::Transform` may add resources we cannot see, so references are not judged.
   */
  readonly openWorld: boolean;
}

export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
/** Transforms whose effect on logical IDs we understand. */
const UNDERSTOOD_TRANSFORMS = new Set([SAM_TRANSFORM, 'AWS::LanguageExtensions']);

function pairsOf(node: DocNode | undefined): Map<string, Pair> {
  return new Map(node?.kind === 'mapping' ? node.pairs.map((pair) => [pair.key, pair]) : []);
}

function transformsOf(node: DocNode | undefined): string[] {
  if (node?.kind === 'sequence') return node.items.flatMap(transformsOf);
  if (node?.kind === 'mapping') return [scalarText(valueOf(node, 'Name')) ?? '?'];
  const name = scalarText(node);
  return name ? [name] : [];
}

/** Whether a subtree uses `Fn::ForEach::…` or `Fn::Transform` / `!Transform` anywhere. */
function generatesContent(node: DocNode | undefined): boolean {
  if (!node) return false;
  if (node.tag === '!Transform') return true;
  if (node.kind === 'mapping') {
    return node.pairs.some((pair) => pair.key.startsWith('Fn::ForEach::') || pair.key === 'Fn::Transform' || generatesContent(pair.value));
  }
  return node.kind === 'sequence' && node.items.some(generatesContent);
}

/**
 * Module types expand into resources named after the module's logical ID (`Org::X::Y::MODULE`
 * registry modules; client-side modules such as `LocalModule` are expanded before deployment).
 * https://docs.aws.amazon.com/cloudformation-cli/latest/userguide/modules.html
 */
function expandsToResources(type: string | undefined): boolean {
  return type !== undefined && (type.endsWith('::MODULE') || !type.includes('::'));
}

/** One model per parsed tree (trees are immutable and cached per document version). */
const models = new WeakMap<DocNode, TemplateModel>();

/**
 * The template's sections and resources. Hover, completion and lint ask for it on every call:
 * built once per parse, so a call in a 50,000-line template does not walk it all again.
 */
export function templateModel(root: DocNode | undefined): TemplateModel | undefined {
  if (root?.kind !== 'mapping') return undefined;
  let model = models.get(root);
  if (!model) models.set(root, (model = buildTemplateModel(root)));
  return model;
}

function buildTemplateModel(root: MappingNode): TemplateModel {
  const resources = new Map<string, DeclaredResource>();
  for (const [name, pair] of pairsOf(valueOf(root, 'Resources'))) resources.set(name, { pair, type: scalarText(valueOf(pair.value, 'Type')) });
  const transforms = transformsOf(valueOf(root, 'Transform'));
  return {
    root,
    parameters: pairsOf(valueOf(root, 'Parameters')),
    resources,
    conditions: pairsOf(valueOf(root, 'Conditions')),
    transforms,
    sam: transforms.includes(SAM_TRANSFORM),
    openWorld:
      transforms.some((t) => !UNDERSTOOD_TRANSFORMS.has(t)) ||
      generatesContent(valueOf(root, 'Resources')) ||
      generatesContent(valueOf(root, 'Outputs')) ||
      [...resources.values()].some((resource) => expandsToResources(resource.type)),
  };
}

/**
 * Whether SAM generates a resource of this logical ID: the implicit APIs, and the resources SAM
 * derives from a serverless resource's ID (`MyFunctionRole`, `MyFunctionVersion…`, `MyApiStage` …).
 * https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-specification-generated-resources.html
 */
export function samGenerates(model: TemplateModel, logicalId: string): boolean {
  if (!model.sam) return false;
  if (/^Serverless(RestApi|HttpApi)/.test(logicalId)) return true;
  for (const [name, resource] of model.resources) {
    if (resource.type?.startsWith('AWS::Serverless::') && logicalId.startsWith(name) && logicalId !== name) return true;
  }
  return false;
}
