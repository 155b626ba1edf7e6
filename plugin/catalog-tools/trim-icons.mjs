// Turns the Iconify JSON of @iconify-json/logos (icons.json) into the diagram icon bundle stackdocs ships: only
// the icons icon-map.tsv names, each body checked against an allow-list (plain shapes and gradients: no script,
// foreignObject, image, use, style, event attribute, href or url() other than the icon's own gradients), its
// gradients taken out of the body and deduplicated across icons (g1, g2 ... in order of first use), sorted by
// name. No npm dependencies: node's fs only. Reruns on the same input are byte-identical.
//
// usage: node trim-icons.mjs <icons.json> <icon-map.tsv> <package version> <out icons.tsv>
//
// Output, one record a line, tab-separated:
//   gradient <name> <the gradient element without its id>
//   icon     <name> <width> <height> <body: shapes whose url(#...) name gradients above>
//   type     <AWS::Service::Type, AWS::Service::Type#variant or AWS::Service::*> <icon name>
import { readFileSync, writeFileSync } from 'node:fs';

const [iconsPath, mapPath, version, outPath] = process.argv.slice(2);
if (!iconsPath || !mapPath || !version || !outPath) {
  console.error('usage: node trim-icons.mjs <icons.json> <icon-map.tsv> <package version> <out icons.tsv>');
  process.exit(2);
}

const set = JSON.parse(readFileSync(iconsPath, 'utf8'));
if (!set.icons || typeof set.icons !== 'object') throw new Error(`${iconsPath}: no 'icons'; the format changed`);

const SHAPES = new Set(['path', 'circle', 'ellipse', 'rect', 'polygon', 'polyline', 'line', 'g']);
const GRADIENTS = new Set(['linearGradient', 'radialGradient']);
const ALLOWED_ELEMENTS = new Set([...SHAPES, ...GRADIENTS, 'defs', 'stop']);
const PAINT = new Set(['fill', 'stroke']);
const ALLOWED_ATTRIBUTES = new Set(['id', 'd', 'fill', 'fill-rule', 'fill-opacity', 'opacity', 'stroke',
  'stroke-width', 'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke-dasharray',
  'clip-rule', 'transform', 'x', 'y', 'width', 'height', 'cx', 'cy', 'r', 'rx', 'ry', 'fx', 'fy', 'x1', 'x2', 'y1',
  'y2', 'points', 'offset', 'stop-color', 'stop-opacity', 'gradientUnits', 'gradientTransform', 'spreadMethod']);
// numbers, colours, path data, percentages, transforms, keywords: no quotes, angle brackets, ampersands, semicolons
const PLAIN_VALUE = /^[#%\w\s.,()+-]*$/;

/** The elements of an SVG fragment; throws on anything but elements with double-quoted attributes and whitespace. */
function parse(name, body) {
  const tag = /<(\/?)([A-Za-z][\w-]*)((?:\s+[A-Za-z_:][\w:.-]*="[^"<>&]*")*)\s*(\/?)>/y;
  const out = [];
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const text = body.slice(i, lt < 0 ? body.length : lt);
    if (text.trim() !== '') throw new Error(`${name}: text in the body: ${JSON.stringify(text.slice(0, 40))}`);
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) throw new Error(`${name}: not a plain element at ${lt}: ${JSON.stringify(body.slice(lt, lt + 40))}`);
    const attrs = [];
    for (const a of m[3].matchAll(/([A-Za-z_:][\w:.-]*)="([^"]*)"/g)) attrs.push([a[1], a[2]]);
    out.push({ close: m[1] === '/', name: m[2], attrs, empty: m[4] === '/' });
    i = tag.lastIndex;
  }
  return out;
}

/** Rejects what is not a plain shape or gradient; returns the gradients' ids. */
function check(name, elements) {
  const ids = new Set();
  for (const e of elements) {
    if (!e.close) for (const [k, v] of e.attrs) if (k === 'id') ids.add(v);
  }
  const stack = [];
  for (const e of elements) {
    if (!ALLOWED_ELEMENTS.has(e.name)) throw new Error(`${name}: element <${e.name}> is not allowed`);
    if (e.close) {
      if (stack.pop() !== e.name) throw new Error(`${name}: unbalanced </${e.name}>`);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (e.name === 'stop' && !GRADIENTS.has(parent)) throw new Error(`${name}: <stop> outside a gradient`);
    if (GRADIENTS.has(e.name) && parent !== 'defs') throw new Error(`${name}: <${e.name}> outside <defs>`);
    if (parent === 'defs' && !GRADIENTS.has(e.name)) throw new Error(`${name}: <${e.name}> in <defs>`);
    for (const [k, v] of e.attrs) {
      if (!ALLOWED_ATTRIBUTES.has(k)) throw new Error(`${name}: attribute ${k} on <${e.name}> is not allowed`);
      if (k === 'id' && !GRADIENTS.has(e.name)) throw new Error(`${name}: id on <${e.name}>`);
      const url = /^url\(#([\w-]+)\)$/.exec(v);
      if (url) {
        if (!PAINT.has(k) || !ids.has(url[1])) throw new Error(`${name}: ${k}="${v}" is not one of its gradients`);
      } else if (!PLAIN_VALUE.test(v) || /url\s*\(|javascript|expression/i.test(v)) {
        throw new Error(`${name}: ${k}="${v}" is not a plain value`);
      }
    }
    if (!e.empty) stack.push(e.name);
  }
  if (stack.length > 0) throw new Error(`${name}: <${stack[stack.length - 1]}> not closed`);
  return ids;
}

function write(e, rename) {
  if (e.close) return `</${e.name}>`;
  const attrs = e.attrs.map(([k, v]) => ` ${k}="${v.replace(/^url\(#([\w-]+)\)$/, (_, id) => `url(#${rename.get(id)})`)}"`);
  return `<${e.name}${attrs.join('')}${e.empty ? '/' : ''}>`;
}

// the map: pattern -> icon, in file order
const map = [];
for (const [n, raw] of readFileSync(mapPath, 'utf8').split('\n').entries()) {
  const line = raw.replace(/\r$/, '');
  if (line.trim() === '' || line.startsWith('#')) continue;
  const cols = line.split('\t');
  if (cols.length !== 2 || !/^AWS::[A-Za-z0-9]+::([A-Za-z0-9]+(#[A-Za-z0-9]+)?|\*)$/.test(cols[0])) {
    throw new Error(`${mapPath}:${n + 1}: expected 'AWS::Service::Type[#variant]|*<TAB>icon', got ${JSON.stringify(line)}`);
  }
  if (!set.icons[cols[1]]) throw new Error(`${mapPath}:${n + 1}: no icon '${cols[1]}' in the set`);
  if (map.some(([p]) => p === cols[0])) throw new Error(`${mapPath}:${n + 1}: ${cols[0]} twice`);
  map.push(cols);
}

const gradients = new Map(); // canonical text -> name
const lines = [];
const iconLines = [];
for (const name of [...new Set(map.map(([, icon]) => icon))].sort()) {
  const icon = set.icons[name];
  const width = icon.width ?? set.width ?? 16;
  const height = icon.height ?? set.height ?? 16;
  if (icon.left || icon.top || icon.rotate || icon.hFlip || icon.vFlip) throw new Error(`${name}: transformed icon`);
  const elements = parse(name, icon.body);
  check(name, elements);
  // gradients out of <defs>, each by its text without id
  const rename = new Map();
  const kept = [];
  for (let i = 0; i < elements.length; i++) {
    const e = elements[i];
    if (e.name === 'defs') continue;
    if (!e.close && GRADIENTS.has(e.name)) {
      let j = i;
      while (!(elements[j].close && elements[j].name === e.name)) j++;
      const own = elements.slice(i, j + 1).map((x) => (x === e ? { ...x, attrs: x.attrs.filter(([k]) => k !== 'id') } : x));
      const text = own.map((x) => write(x, rename)).join('');
      if (!gradients.has(text)) gradients.set(text, `g${gradients.size + 1}`);
      rename.set(e.attrs.find(([k]) => k === 'id')[1], gradients.get(text));
      i = j;
      continue;
    }
    kept.push(e);
  }
  iconLines.push(['icon', name, width, height, kept.map((e) => write(e, rename)).join('')].join('\t'));
}

lines.push(`# Generated by plugin/catalog-tools/update-icons.sh from @iconify-json/logos ${version}; do not edit.`);
lines.push('# Icons: SVG Logos by Gil Barbara, CC0-1.0 (see NOTICE-iconify-logos.txt). Map: icon-map.tsv.');
for (const [text, name] of gradients) lines.push(['gradient', name, text].join('\t'));
lines.push(...iconLines);
for (const [pattern, icon] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
  lines.push(['type', pattern, icon].join('\t'));
}
writeFileSync(outPath, lines.join('\n') + '\n');
console.log(`${iconLines.length} icons, ${gradients.size} gradients, ${map.length} types -> ${outPath}`);
