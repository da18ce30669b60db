import { scalarText, valueOf, type DocNode } from '../../nodes';
import type { AnalysisDiagnostic } from '../../types';
import { CFN_SPEC_RULES } from '../cfnSpecRules.data';
import { intrinsicOf, walk } from '../intrinsics';
import { finding, type TemplateRule } from './ruleContext';

/**
 * AttributeDefinitions "describe the key schema for the table and indexes": every key attribute
 * must be defined, and CloudFormation rejects a definition no key schema uses.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-dynamodb-table.html
 */
const TABLE_TYPES = new Set(['AWS::DynamoDB::Table', 'AWS::DynamoDB::GlobalTable']);

/** The literal `AttributeName` nodes of a list of `{ AttributeName, … }`, or undefined when any part is computed. */
function attributeNames(list: DocNode | undefined): DocNode[] | undefined {
  if (list === undefined) return [];
  if ([...walk(list)].some((node) => intrinsicOf(node))) return undefined;
  if (list.kind !== 'sequence') return undefined;
  const names = list.items.map((item) => valueOf(item, 'AttributeName'));
  return names.every((name): name is DocNode => name?.kind === 'scalar') ? names : undefined;
}

export const checkDynamoDbAttributes: TemplateRule = (context) => {
  const out: AnalysisDiagnostic[] = [];
  for (const resource of context.model.resources.values()) {
    const properties = valueOf(resource.pair.value, 'Properties');
    if (!TABLE_TYPES.has(resource.type ?? '') || properties?.kind !== 'mapping') continue;
    const definitions = attributeNames(valueOf(properties, 'AttributeDefinitions'));
    const schemas = [valueOf(properties, 'KeySchema')];
    for (const indexes of [valueOf(properties, 'GlobalSecondaryIndexes'), valueOf(properties, 'LocalSecondaryIndexes')]) {
      if (indexes?.kind === 'sequence') schemas.push(...indexes.items.map((index) => valueOf(index, 'KeySchema') ?? index));
      else if (indexes) schemas.push(indexes);
    }
    const keys = schemas.map(attributeNames);
    if (!definitions || keys.some((names) => names === undefined)) continue;
    const defined = new Set(definitions.map((node) => scalarText(node)));
    const used = new Set(keys.flatMap((names) => names!.map((node) => scalarText(node))));
    const undefinedKeys = [...used].filter((name) => !defined.has(name));
    const unused = [...defined].filter((name) => !used.has(name));
    const problems = [
      ...(undefinedKeys.length > 0 ? [`does not define the key attribute${undefinedKeys.length > 1 ? 's' : ''} ${undefinedKeys.map((name) => `"${name}"`).join(', ')}`] : []),
      ...(unused.length > 0 ? [`defines ${unused.map((name) => `"${name}"`).join(', ')}, which no key schema (of the table or an index) uses`] : []),
    ];
    // Reported on AttributeDefinitions itself (where cfn-lint reports it too): that is what to change.
    const at = properties.pairs.find((pair) => pair.key === 'AttributeDefinitions');
    if (problems.length > 0 && at) out.push(finding(context, CFN_SPEC_RULES.dynamoDbAttributes, at.keyStart, at.keyEnd, `AttributeDefinitions ${problems.join('; and ')}.`));
  }
  return out;
};
