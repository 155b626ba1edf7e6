#!/usr/bin/env bash
# Regenerates the diagram icon bundle from the npm package @iconify-json/logos (SVG Logos by Gil Barbara,
# CC0-1.0): the AWS icons that icon-map.tsv names, checked against an allow-list of plain shapes and gradients,
# gradients deduplicated. Needs npm and node; the normal Maven build does not (the outputs are committed).
#
#   plugin/catalog-tools/update-icons.sh             # the pinned version below
#   ICONS_VERSION=1.2.21 plugin/catalog-tools/update-icons.sh
#
# Writes, under plugin/src/main/resources/io/github/stackdocs/render/diagram/:
#   icons.tsv                  gradients, icon bodies and sizes, the type -> icon map (reruns are byte-identical)
#   NOTICE-iconify-logos.txt   source, version, licence and the trademark note
set -euo pipefail

PACKAGE="@iconify-json/logos"
ICONS_VERSION="${ICONS_VERSION:-1.2.20}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="$here/../src/main/resources/io/github/stackdocs/render/diagram"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "$PACKAGE@$ICONS_VERSION" >/dev/null
tar -xzf ./*.tgz package/icons.json package/info.json package/package.json
licence="$(node -p 'require("./package/package.json").license')"
if [ "$licence" != "CC0-1.0" ]; then
  echo "$PACKAGE $ICONS_VERSION is licensed $licence, not CC0-1.0: check before bundling" >&2
  exit 1
fi
author="$(node -p 'const i=require("./package/info.json"); i.author.name + " (" + i.author.url + ")"')"

mkdir -p "$out"
node "$here/trim-icons.mjs" package/icons.json "$here/icon-map.tsv" "$ICONS_VERSION" "$out/icons.tsv"

cat > "$out/NOTICE-iconify-logos.txt" <<NOTICE
stackdocs draws AWS service icons in its diagrams from the npm package $PACKAGE $ICONS_VERSION
(https://www.npmjs.com/package/$PACKAGE/v/$ICONS_VERSION), the Iconify packaging of SVG Logos by $author.
Licence: $licence (Creative Commons Zero v1.0 Universal, public domain dedication,
https://creativecommons.org/publicdomain/zero/1.0/). plugin/catalog-tools/trim-icons.mjs keeps only the icons
plugin/catalog-tools/icon-map.tsv names and moves their gradients into a shared, deduplicated list; the shapes are
unchanged.
AWS service names and logos are trademarks of Amazon.com, Inc. or its affiliates; stackdocs uses them only to
identify the services a diagram shows.
NOTICE

ls -l "$out/icons.tsv" "$out/NOTICE-iconify-logos.txt"
