// Trims the @aws-cdk/aws-service-spec database (db.json.gz, a @cdklabs/tskb JSON DB) to the
// resource-type knowledge stackdocs uses and writes it as compact, deterministic JSON (sorted keys,
// gzip level 9, mtime 0). No npm dependencies: node's zlib and JSON only.
//
// usage: node trim-catalog.mjs <db.json.gz> <out catalog.json.gz>
//
// DB shape (as found in 0.1.x): { idCtr, schema: { resource: {entities: [...]}, service: {entities},
// typeDefinition: {entities}, hasResource: {forward: {serviceId: [{$id: resourceId}]}}, usesType:
// {forward: {resourceId: [{$id: typeDefinitionId}]}}, ... } }. Types are {type: string|integer|number|
// boolean|json|tag|date-time|array|map|ref|union, element?, types?, reference?: {$ref}}.
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync, constants } from 'node:zlib';

const [dbPath, outPath] = process.argv.slice(2);
if (!dbPath || !outPath) {
  console.error('usage: node trim-catalog.mjs <db.json.gz> <out catalog.json.gz>');
  process.exit(2);
}

const db = JSON.parse(gunzipSync(readFileSync(dbPath)).toString('utf8'));
const schema = db.schema;
for (const table of ['resource', 'service', 'typeDefinition', 'hasResource']) {
  if (!schema[table]) throw new Error(`db has no '${table}' table; the format changed, update this script`);
}
const typeDefs = new Map(schema.typeDefinition.entities.map((t) => [t.$id, t]));

const DESCRIPTION_CAP = 600;
const SUMMARY_CAP = 200;
const SAM_PREFIX = 'AWS::Serverless::';

/** Markdown-ish documentation to plain text: links to their text, code spans unquoted, whitespace tidied. */
function plain(md) {
  if (!md) return '';
  let t = md.replace(/\r\n?/g, '\n');
  t = t.replace(/^[ \t]*>[ \t]?/gm, ''); // > block quotes (notes)
  t = t.replace(/\[([^\]]*)\]\(([^)\s]*)\)/g, (_, text) => text); // [text](url) -> text
  t = t.replace(/``([^`]+)``/g, '$1').replace(/`([^`]+)`/g, '$1');
  t = t.replace(/(^|[\s(])\*([^*\n]+?)\*(?=[\s.,;:)]|$)/g, '$1$2'); // *emphasis*
  t = t.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim().replace(/ ([.,;:)])(?=\s|$)/g, '$1'))
    .filter((p) => p.length > 0).join('\n\n');
  return t.trim();
}

/** Ends of sentences: ". " followed by an upper-case letter, digit or quote, not after e.g./i.e./etc. */
function sentenceEnds(t) {
  const ends = [];
  const re = /([.!?])(?=\s+["'(A-Z0-9]|\s*$|\n)/g;
  let m;
  while ((m = re.exec(t)) !== null) {
    const before = t.slice(Math.max(0, m.index - 5), m.index + 1).toLowerCase();
    if (/(e\.g\.|i\.e\.|etc\.|\bvs\.|\bno\.)$/.test(before)) continue;
    ends.push(m.index + 1);
  }
  return ends;
}

function capWords(t, cap) {
  if (t.length <= cap) return t;
  const cut = t.lastIndexOf(' ', cap - 1);
  return t.slice(0, cut > cap / 2 ? cut : cap - 1).replace(/[\s,;:]+$/, '') + '…';
}

/** Up to {@code cap} characters, ending at a sentence end when there is one. */
function capAtSentence(t, cap) {
  if (t.length <= cap) return t;
  const ends = sentenceEnds(t).filter((e) => e <= cap);
  if (ends.length > 0 && ends[ends.length - 1] > cap / 3) return t.slice(0, ends[ends.length - 1]).trim();
  return capWords(t, cap);
}

/** The first sentence of the first paragraph, at most SUMMARY_CAP characters. */
function summary(md) {
  const t = plain(md).split('\n\n')[0] ?? '';
  const ends = sentenceEnds(t);
  const first = ends.length > 0 ? t.slice(0, ends[0]) : t;
  return capWords(first.trim(), SUMMARY_CAP);
}

/** A type as readable text: String, List<String>, Map<String, String>, Json, Tag, or a nested type name. */
function typeText(t) {
  switch (t.type) {
    case 'string': return 'String';
    case 'integer': return 'Integer';
    case 'number': return 'Number';
    case 'boolean': return 'Boolean';
    case 'json': return 'Json';
    case 'tag': return 'Tag';
    case 'date-time': return 'Timestamp';
    case 'array': return `List<${typeText(t.element)}>`;
    case 'map': return `Map<String, ${typeText(t.element)}>`;
    case 'ref': {
      const def = typeDefs.get(t.reference.$ref);
      if (!def) throw new Error(`dangling type reference ${t.reference.$ref}`);
      return def.name;
    }
    case 'union': return t.types.map(typeText).join(' | ');
    default: throw new Error(`unknown type kind '${t.type}'`);
  }
}

function refsOf(t, out) {
  if (t.type === 'ref') out.push(t.reference.$ref);
  if (t.element) refsOf(t.element, out);
  if (t.types) t.types.forEach((x) => refsOf(x, out));
  return out;
}

function replacement(p, sam) {
  const r = p.causesReplacement;
  if (r === undefined) return undefined;
  if (r !== 'yes' && r !== 'maybe') throw new Error(`unknown causesReplacement '${r}'`);
  // The SAM specification marks every property of every SAM type immutable; what really happens
  // depends on the resources the transform generates, so "maybe" is the honest reading.
  return sam ? 'maybe' : r;
}

function propertyInfo(p, sam) {
  const out = { type: typeText(p.type) };
  if (p.required) out.required = true;
  const s = summary(p.documentation);
  if (s) out.summary = s;
  const r = replacement(p, sam);
  if (r) out.replacement = r;
  if (p.deprecated) out.deprecated = true;
  // The values the schema enumerates for a string (or for each string of a list), in the schema's order.
  const allowed = p.type.allowedValues ?? (p.type.type === 'array' ? p.type.element?.allowedValues : undefined);
  if (Array.isArray(allowed) && allowed.length > 0) out.allowed = allowed.map(String);
  return out;
}

function docsUrl(cfnType) {
  const [, service, resource] = cfnType.split('::');
  if (cfnType.startsWith(SAM_PREFIX)) {
    return `https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-${resource.toLowerCase()}.html`;
  }
  return `https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-${service.toLowerCase()}-${resource.toLowerCase()}.html`;
}

function description(r) {
  const doc = r.documentation ?? '';
  if (/^https?:\/\/\S+$/.test(doc.trim())) {
    // Some entries (all SAM types among them) carry only a link instead of text.
    return r.cloudFormationTransform
      ? `An AWS SAM resource type, expanded by the ${r.cloudFormationTransform} transform.`
      : '';
  }
  return capAtSentence(plain(doc), DESCRIPTION_CAP);
}

const services = new Map(schema.service.entities.map((s) => [s.$id, s]));
const serviceOf = new Map();
for (const [sid, list] of Object.entries(schema.hasResource.forward)) {
  for (const x of list) serviceOf.set(x.$id, services.get(sid));
}

const types = {};
for (const r of schema.resource.entities) {
  const name = r.cloudFormationType;
  const sam = name.startsWith(SAM_PREFIX);
  if (types[name]) throw new Error(`duplicate resource type ${name}`);
  const properties = {};
  for (const [pn, p] of Object.entries(r.properties ?? {})) properties[pn] = propertyInfo(p, sam);
  const attributes = {};
  for (const [an, a] of Object.entries(r.attributes ?? {})) attributes[an] = { type: typeText(a.type) };

  // Nested property types reachable from properties and attributes, by name (unique per resource).
  const propertyTypes = {};
  const queue = [
    ...Object.values(r.properties ?? {}).flatMap((p) => refsOf(p.type, [])),
    ...Object.values(r.attributes ?? {}).flatMap((a) => refsOf(a.type, [])),
  ];
  const seen = new Set();
  while (queue.length > 0) {
    const id = queue.shift();
    if (seen.has(id)) continue;
    seen.add(id);
    const def = typeDefs.get(id);
    if (propertyTypes[def.name]) throw new Error(`two nested types named ${def.name} in ${name}`);
    const props = {};
    for (const [pn, p] of Object.entries(def.properties ?? {})) {
      props[pn] = propertyInfo(p, sam);
      queue.push(...refsOf(p.type, []));
    }
    const entry = { properties: props };
    const s = summary(def.documentation);
    if (s) entry.summary = s;
    propertyTypes[def.name] = entry;
  }

  const svc = serviceOf.get(r.$id);
  const entry = {
    name,
    service: name.split('::')[1],
    description: description(r),
    docsUrl: docsUrl(name),
    properties,
    attributes,
  };
  if (svc) entry.serviceName = svc.name;
  if (Object.keys(propertyTypes).length > 0) entry.propertyTypes = propertyTypes;
  if (r.primaryIdentifier) entry.primaryIdentifier = r.primaryIdentifier;
  if (r.tagInformation) {
    entry.tagging = { property: r.tagInformation.tagPropertyName, variant: r.tagInformation.variant };
  }
  if (r.cloudFormationTransform) entry.transform = r.cloudFormationTransform;
  types[name] = entry;
}

// Types CloudFormation accepts that no registry schema describes, so the database lacks them. Hand-written,
// kept minimal: only what the templates that use them write.
const SUPPLEMENT = {
  'AWS::CDK::Metadata': {
    name: 'AWS::CDK::Metadata',
    service: 'CDK',
    description: 'Metadata the AWS CDK adds to the stacks it synthesizes (which construct libraries the app '
      + 'uses, for the CDK team\'s usage reporting). CloudFormation accepts it without creating anything.',
    docsUrl: 'https://docs.aws.amazon.com/cdk/v2/guide/home.html',
    properties: {
      Analytics: { type: 'String', summary: 'Compressed list of the construct libraries and versions used (AWS CDK v2).' },
      Modules: { type: 'String', summary: 'Comma-separated list of the modules and versions used (AWS CDK v1).' },
    },
    attributes: {},
    supplement: true,
  },
};
for (const [name, entry] of Object.entries(SUPPLEMENT)) {
  if (types[name]) throw new Error(`${name} is in the database now; drop it from SUPPLEMENT`);
  types[name] = entry;
}

/** JSON with object keys sorted at every level (arrays keep their order). */
function sorted(v) {
  if (Array.isArray(v)) return v.map(sorted);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v).sort()) if (v[k] !== undefined) o[k] = sorted(v[k]);
    return o;
  }
  return v;
}

// {"formatVersion":1,"types":{name:{...},...}} written piece by piece, so the byte range of every type's
// object is known: catalog.index lists them and the reader finds a type without scanning the whole file.
const pieces = ['{"formatVersion":1,"types":{'];
let offset = Buffer.byteLength(pieces[0]);
const indexLines = [];
Object.keys(types).sort().forEach((name, i) => {
  const key = (i > 0 ? ',' : '') + JSON.stringify(name) + ':';
  const value = JSON.stringify(sorted(types[name]));
  offset += Buffer.byteLength(key);
  const start = offset;
  offset += Buffer.byteLength(value);
  indexLines.push(`${name}\t${start}\t${offset}`);
  pieces.push(key, value);
});
pieces.push('}}');
const json = pieces.join('');
JSON.parse(json); // still one valid document
const gz = gzipSync(Buffer.from(json, 'utf8'), { level: constants.Z_BEST_COMPRESSION });
gz[9] = 3; // OS byte: "Unix" on every platform, so reruns anywhere are byte-identical (mtime is already 0)
writeFileSync(outPath, gz);
writeFileSync(outPath.replace(/\.json\.gz$/, '.index'),
  '# type\tstart\tend: byte offsets of each type\'s object in the uncompressed catalog.json.gz\n'
  + indexLines.join('\n') + '\n');
const sams = Object.keys(types).filter((t) => t.startsWith(SAM_PREFIX)).length;
console.log(`wrote ${outPath}: ${Object.keys(types).length} types (${sams} SAM), ${json.length} bytes JSON, ${gz.length} bytes gzip`);
