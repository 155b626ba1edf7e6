#!/usr/bin/env node
// Runs cfndiff.js (../shared/corpus/tools/cfndiff.js, unchanged) on many template pairs in ONE node process, so the
// benchmark compares whole process with whole process: node and the @aws-cdk modules start once, as stackdocs' JVM
// and catalog do for `stackdocs diff`. Each pair re-evaluates cfndiff.js with process.argv set to it; its JSON
// summary goes to <out-dir>/pair-NNN.json.
// usage: CFNDIFF_NODE_MODULES=.../node_modules node run-pairs.js CFNDIFF_JS PAIRS_TSV OUT_DIR
//   PAIRS_TSV: one "OLD<TAB>NEW" per line
'use strict';
const fs = require('fs');
const path = require('path');

const [cfndiff, list, outDir] = process.argv.slice(2);
if (!outDir) {
  console.error('usage: run-pairs.js CFNDIFF_JS PAIRS_TSV OUT_DIR');
  process.exit(2);
}
const script = path.resolve(cfndiff);
const pairs = fs.readFileSync(list, 'utf8').split('\n').filter((l) => l.trim()).map((l) => l.split('\t'));
fs.mkdirSync(outDir, { recursive: true });
const node = process.argv[0];
const write = process.stdout.write;
pairs.forEach(([oldT, newT], i) => {
  let out = '';
  process.stdout.write = (chunk) => { out += chunk; return true; };
  process.argv = [node, script, oldT, newT];
  try {
    delete require.cache[script];
    require(script);
  } finally {
    process.stdout.write = write;
  }
  fs.writeFileSync(path.join(outDir, `pair-${String(i + 1).padStart(3, '0')}.json`), out);
});
