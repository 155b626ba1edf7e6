#!/usr/bin/env bash
# Draws the four comparison stacks with cfn-diagram and cdk-dia (installed from npm into a scratch folder, never
# into the repository), counts nodes, edges and crossings (crossings.py) and renders PNGs (headless Chromium,
# ImageMagick). Usage, from the repository root:
#   bench/diagram-compare/run.sh [DiagramQualityTest.log]
# Environment: SCRATCH (default /tmp/diagram-compare), CORPUS (default ../shared/corpus), PNG (where the PNGs go,
# default $SCRATCH/png), QUALITY_SVG (stackdocs' SVGs, default plugin/target/diagram-quality).
# Needs node/npm, graphviz (dot), chromium, ImageMagick (convert), python3. Not part of the Maven build.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
SCRATCH=${SCRATCH:-/tmp/diagram-compare}
CORPUS=$(cd "${CORPUS:-$ROOT/../shared/corpus}" && pwd)
PNG=${PNG:-$SCRATCH/png}
QUALITY_SVG=${QUALITY_SVG:-$ROOT/plugin/target/diagram-quality}
LOG=${1:-}
CFN_DIAGRAM=1.1.40
CDK_DIA=0.12.3
T=$CORPUS/templates/aws-cf-templates
CDK=$CORPUS/cdk/fargate-application-load-balanced-service
# ImageMagick: IM7 `magick`, or Debian IM6 `convert-im6.q16` (a `convert` earlier in PATH may be something else)
CONVERT=${CONVERT:-$(command -v magick || command -v convert-im6.q16 || command -v convert)}

mkdir -p "$SCRATCH/out" "$PNG"
cd "$SCRATCH"
[ -f package.json ] || echo '{"private":true}' > package.json
npm install --no-audit --no-fund "@mhlabs/cfn-diagram@$CFN_DIAGRAM" "cdk-dia@$CDK_DIA" >/dev/null
BIN=$SCRATCH/node_modules/.bin

# cfn-diagram: draw.io XML, CI mode (no prompts, no editor); all four stacks are plain templates
while read -r name file; do
  "$BIN/cfn-dia" draw.io -c -t "$file" -o "out/$name.drawio" </dev/null
done <<LIST
vpc-3azs $T/vpc/vpc-3azs.yaml
service-cluster-alb $T/ecs/service-cluster-alb.yaml
bonjour $CDK/Bonjour.template.json
shop-api $ROOT/examples/shop/src/main/cloudformation/api.yaml
LIST

# cdk-dia: reads the assembly's tree.json directly (no cdk.out directory needed), writes NAME.dot and NAME.png
"$BIN/cdk-dia" --tree "$CDK/tree.json" --target out/bonjour-cdkdia.png
"$BIN/cdk-dia" --tree "$CDK/tree.json" --collapse false --target out/bonjour-cdkdia-nocollapse.png

for f in out/*.drawio; do echo "cfn-diagram $(basename "$f"): $(python3 "$HERE/crossings.py" drawio "$f")"; done
for f in out/*.dot; do echo "cdk-dia $(basename "$f"): $(python3 "$HERE/crossings.py" dot "$f")"; done
if [ -n "$LOG" ]; then python3 "$HERE/crossings.py" table out "$LOG"; fi

# PNGs. draw.io files: mxGraph (the npm package cfn-diagram depends on) in headless Chromium, downscaled
cp "$HERE/drawio-render.html" out/
ln -sfn "$SCRATCH/node_modules/mxgraph/javascript" out/mx
shot() { # url width height out.png
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --allow-file-access-from-files \
    --hide-scrollbars --screenshot="$4" --window-size="$2,$3" "$1" >/dev/null 2>&1
}
small() { # in.png out.png max-side [trim]: scaled down until under 400 KB
  local side=$3
  while :; do
    "$CONVERT" "$1" ${4:+-trim -bordercolor white -border 10} -resize "${side}x${side}>" "$2"
    [ "$(stat -c %s "$2")" -lt 400000 ] || [ "$side" -le 800 ] && break
    side=$((side - 200))
  done
}
for f in out/*.drawio; do
  name=$(basename "$f" .drawio)
  read -r w h < <(python3 - "$f" <<'PY'
import sys, xml.etree.ElementTree as ET
xs, ys = [0], [0]
for c in ET.parse(sys.argv[1]).getroot().iter('mxCell'):
    g = c.find('mxGeometry')
    if g is not None and c.get('vertex') == '1':
        xs.append(float(g.get('x', 0)) + float(g.get('width', 0))); ys.append(float(g.get('y', 0)) + float(g.get('height', 0)))
print(int(max(xs)) + 420, int(max(ys)) + 90)
PY
)
  shot "file://$SCRATCH/out/drawio-render.html?f=$name.drawio&mx=mx" "$w" "$h" "out/$name-raw.png"
  small "out/$name-raw.png" "$PNG/cfn-diagram-$name.png" 1400 trim
done
# cdk-dia's own PNG (Graphviz, 200 dpi), downscaled
for n in bonjour-cdkdia bonjour-cdkdia-nocollapse; do
  small "out/$n.png" "$PNG/${n/bonjour-cdkdia/cdk-dia-bonjour}.png" 1600
done
# stackdocs' own all-resources drawings of the same stacks, from DiagramQualityTest's SVGs
if [ -d "$QUALITY_SVG" ]; then
  for n in vpc-3azs service-cluster-alb bonjour shop-api; do
    svg=$QUALITY_SVG/$n-all.svg
    [ -f "$svg" ] || continue
    read -r w h < <(python3 -c "import re,sys; s=open(sys.argv[1]).read(); m=re.search(r'viewBox=\"[-0-9.]+ [-0-9.]+ ([0-9.]+) ([0-9.]+)\"', s); print(int(float(m.group(1)))+20, int(float(m.group(2)))+20)" "$svg")
    shot "file://$svg" "$w" "$h" "out/stackdocs-$n-raw.png"
    small "out/stackdocs-$n-raw.png" "$PNG/stackdocs-$n-all.png" 1400 trim
  done
fi
ls -la "$PNG"
