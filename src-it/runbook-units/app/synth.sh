#!/bin/sh
# Re-synthesizes ../cdk.out from app.js with aws-cdk-lib from npm (needs node and npm; not part of the build).
# The npm packages go to a temporary folder (CDK_DEPS to reuse one); asset folders are removed from the output
# (the app has none).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
deps=${CDK_DEPS:-$(mktemp -d)}
npm install --prefix "$deps" --no-audit --no-fund --silent aws-cdk-lib@2 constructs@10 >/dev/null
out="$here/../cdk.out"
rm -rf "$out"
NODE_PATH="$deps/node_modules" node "$here/app.js" "$out"
rm -rf "$out"/asset.*
echo "synthesized $out with aws-cdk-lib $(node -p "require('$deps/node_modules/aws-cdk-lib/package.json').version")"
