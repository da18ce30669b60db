import * as assert from 'node:assert/strict';
import { FILES_FIELDS, HOOK_SCRIPT_FIELDS, PERMISSIONS_FIELDS, RESOURCE_PROPERTIES, TOP_LEVEL_KEYS } from '../../../src/core/catalog/appspec/appspecKeys';
import { PLATFORM_LIFECYCLES } from '../../../src/core/catalog/appspec/lifecycleEvents';
import { OUTPUT_KEYS_DOCS_URL, PARAMETER_KEYS_DOCS_URL } from '../../../src/core/catalog/cloudformation/entryKeys';
import { INTRINSIC_FUNCTIONS } from '../../../src/core/catalog/cloudformation/intrinsicFunctions';
import { PARAMETER_TYPES_DOCS_URL } from '../../../src/core/catalog/cloudformation/parameterTypes';
import { PSEUDO_PARAMETERS_DOCS_URL } from '../../../src/core/catalog/cloudformation/pseudoParameters';
import { RESOURCE_ATTRIBUTES } from '../../../src/core/catalog/cloudformation/resourceAttributes';
import { TEMPLATE_SECTIONS } from '../../../src/core/catalog/cloudformation/templateSections';
import { CONFIG_KEYS, OPTION_SETTING_FIELDS } from '../../../src/core/catalog/ebextensions/configKeys';
import { GENERAL_NAMESPACES, namespaceDocsUrl } from '../../../src/core/catalog/ebextensions/generalOptions';
import { PLATFORM_NAMESPACES } from '../../../src/core/catalog/ebextensions/platformNamespaces';
import { SERVICE_KEYS_DOCS_URL } from '../../../src/core/catalog/iam/conditionKeyCatalog';
import { IF_EXISTS_DOCS_URL, OPERATOR_FAMILY_DOCS, SET_OPERATORS_DOCS_URL } from '../../../src/core/catalog/iam/conditionOperators';
import { GLOBAL_CONDITION_KEYS, globalKeyDocsUrl } from '../../../src/core/catalog/iam/globalConditionKeys';

/** A page of the AWS documentation (`…/latest/<guide>/<page>.html`, maybe with an anchor): never a guide's index. */
const SPECIFIC_PAGE = /^https:\/\/docs\.aws\.amazon\.com\/[\w-]+\/latest\/[\w-]+\/(?!index\.html)[\w.-]+\.html(#[\w.-]+)?$/;

/** Every catalog entry the hovers and completions show, with the docs URL shown beside it. */
function catalogUrls(): [string, string | undefined][] {
  const appspecKeys = [...Object.values(TOP_LEVEL_KEYS).flat(), ...HOOK_SCRIPT_FIELDS, ...FILES_FIELDS, ...PERMISSIONS_FIELDS, ...Object.values(RESOURCE_PROPERTIES).flat()];
  const ebFields = CONFIG_KEYS.flatMap((key) => [key, ...(key.entryFields ?? []), ...(key.childNames ?? [])]);
  return [
    ...appspecKeys.map((key): [string, string] => [`appspec ${key.name}`, key.docsUrl]),
    ...Object.values(PLATFORM_LIFECYCLES).map((lifecycle): [string, string] => [`appspec hooks (${lifecycle.label})`, lifecycle.docsUrl]),
    ...[...ebFields, ...OPTION_SETTING_FIELDS].map((field): [string, string] => [`.ebextensions ${field.name}`, field.docsUrl]),
    ...GENERAL_NAMESPACES.map((spec): [string, string] => [spec.name, namespaceDocsUrl(spec)]),
    ...PLATFORM_NAMESPACES.map((namespace): [string, string] => [namespace.name, namespace.docsUrl]),
    ...TEMPLATE_SECTIONS.map((section): [string, string] => [`section ${section.name}`, section.docsUrl]),
    ...INTRINSIC_FUNCTIONS.map((fn): [string, string] => [fn.name, fn.docsUrl]),
    ...RESOURCE_ATTRIBUTES.map((attribute): [string, string] => [`attribute ${attribute.name}`, attribute.docsUrl]),
    ['pseudo parameters', PSEUDO_PARAMETERS_DOCS_URL],
    ['parameter types', PARAMETER_TYPES_DOCS_URL],
    ['parameter keys', PARAMETER_KEYS_DOCS_URL],
    ['output keys', OUTPUT_KEYS_DOCS_URL],
    ...GLOBAL_CONDITION_KEYS.map((key): [string, string] => [key.name, globalKeyDocsUrl(key.name)]),
    ...Object.entries(OPERATOR_FAMILY_DOCS).map(([family, url]): [string, string] => [`${family} operators`, url]),
    ['IfExists', IF_EXISTS_DOCS_URL],
    ['set operators', SET_OPERATORS_DOCS_URL],
    ['service condition keys', SERVICE_KEYS_DOCS_URL],
  ];
}

describe('catalog docs links', () => {
  it('every catalog entry links to a specific AWS documentation page (no bare index, none missing)', () => {
    const entries = catalogUrls();
    assert.ok(entries.length > 250, `${entries.length} entries`);
    assert.deepEqual(entries.filter(([, url]) => !url || !SPECIFIC_PAGE.test(url)).map(([what, url]) => `${what}: ${url ?? '(none)'}`), []);
  });

  it('the links fixed against the docs: platform namespaces, version/os, aws:Ec2InstanceSourcePrivateIPv4', () => {
    assert.equal(PLATFORM_NAMESPACES.find((n) => n.name === 'aws:elasticbeanstalk:container:nodejs')?.docsUrl, 'https://docs.aws.amazon.com/elasticbeanstalk/latest/dg/command-options-specific.html#command-options-nodejs');
    assert.equal(TOP_LEVEL_KEYS.server.find((key) => key.name === 'version')?.docsUrl, 'https://docs.aws.amazon.com/codedeploy/latest/userguide/reference-appspec-file-structure.html#server-appspec-structure');
    assert.equal(globalKeyDocsUrl('aws:Ec2InstanceSourcePrivateIPv4'), 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-ec2instancesourceprivateip4');
    assert.equal(globalKeyDocsUrl('aws:SourceIp'), 'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-sourceip');
  });
});
