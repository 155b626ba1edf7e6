#!/usr/bin/env bash
# Regenerates the Terraform → CloudFormation type table from the npm package @cdktf/provider-aws (the AWS
# provider's resource types, one class per type declaring its tfResourceType) and the bundled catalog.
# Needs npm and node; the normal Maven build does not (the output is committed).
#
#   plugin/catalog-tools/update-terraform-types.sh                 # the pinned version below
#   PROVIDER_VERSION=21.23.0 plugin/catalog-tools/update-terraform-types.sh
#
# Reads terraform-overrides.tsv (hand-written) beside this script; writes
# plugin/src/main/resources/io/github/stackdocs/catalog/terraform-aws-types.tsv.
set -euo pipefail

PACKAGE="@cdktf/provider-aws"
PROVIDER_VERSION="${PROVIDER_VERSION:-21.22.1}"

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
catalog="$here/../src/main/resources/io/github/stackdocs/catalog"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

cd "$work"
npm pack --silent "$PACKAGE@$PROVIDER_VERSION" >/dev/null
tar -xzf ./*.tgz --wildcards 'package/lib/*/index.js' package/package.json
provider="$(node -p 'const p=require("./package/package.json"); (p.cdktf&&p.cdktf.provider) ? p.cdktf.provider.name+" "+p.cdktf.provider.version : "?"')"
node "$here/terraform-types.mjs" package "$catalog/catalog.json.gz" "$here/terraform-overrides.tsv" \
  "$catalog/terraform-aws-types.tsv" "npm package $PACKAGE $PROVIDER_VERSION (provider $provider)"
