#!/usr/bin/env bash
# Posts a file (stackdocs' changes.md) as the merge request's stackdocs note, or updates the note an earlier run
# posted, through the GitLab REST API. The note is found by the hidden marker its first line carries, so a merge
# request keeps one stackdocs note however often it is pushed.
#
#   stackdocs-note.sh target/stackdocs-diff/changes.md
#
# Environment: STACKDOCS_GITLAB_TOKEN (a project access token with the api scope, in a masked CI/CD variable: the
# job token cannot write notes); CI_API_V4_URL, CI_PROJECT_ID and CI_MERGE_REQUEST_IID (set by GitLab CI in merge
# request pipelines). Needs bash, curl and jq.
set -euo pipefail

file=${1:?usage: stackdocs-note.sh CHANGES_MD}
: "${STACKDOCS_GITLAB_TOKEN:?STACKDOCS_GITLAB_TOKEN is not set}" "${CI_API_V4_URL:?CI_API_V4_URL is not set}"
: "${CI_PROJECT_ID:?CI_PROJECT_ID is not set}" "${CI_MERGE_REQUEST_IID:?CI_MERGE_REQUEST_IID is not set}"
notes="$CI_API_V4_URL/projects/$CI_PROJECT_ID/merge_requests/$CI_MERGE_REQUEST_IID/notes"
marker='<!-- stackdocs-diff -->'
headers=(-H "PRIVATE-TOKEN: $STACKDOCS_GITLAB_TOKEN" -H 'Content-Type: application/json')

# The earlier note: the first whose body starts with the marker, looking through every page of notes.
id=''
page=1
while :; do
  list=$(curl -fsS "${headers[@]}" "$notes?per_page=100&page=$page")
  id=$(jq -r --arg marker "$marker" 'map(select(.body | startswith($marker))) | .[0].id // empty' <<<"$list")
  if [ -n "$id" ] || [ "$(jq length <<<"$list")" -lt 100 ]; then
    break
  fi
  page=$((page + 1))
done

body=$(jq -n --rawfile text "$file" --arg marker "$marker" '{body: ($marker + "\n" + $text)}')
if [ -n "$id" ]; then
  printf '%s' "$body" | curl -fsS -o /dev/null -X PUT "${headers[@]}" --data-binary @- "$notes/$id"
  echo "stackdocs: updated note $id on merge request !$CI_MERGE_REQUEST_IID"
else
  printf '%s' "$body" | curl -fsS -o /dev/null -X POST "${headers[@]}" --data-binary @- "$notes"
  echo "stackdocs: posted a note on merge request !$CI_MERGE_REQUEST_IID"
fi
