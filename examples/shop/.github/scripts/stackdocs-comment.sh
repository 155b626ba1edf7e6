#!/usr/bin/env bash
# Posts a file (stackdocs' changes.md) as the pull request's stackdocs comment, or updates the comment an earlier
# run posted, through the GitHub REST API with the job's own token: no third-party action. The comment is found by
# the hidden marker its first line carries, so a pull request keeps one stackdocs comment however often it is pushed.
#
#   stackdocs-comment.sh target/stackdocs-diff/changes.md
#
# Environment: GITHUB_TOKEN (the job token, with pull-requests: write), GITHUB_REPOSITORY (owner/name), PR_NUMBER;
# GITHUB_API_URL (set by GitHub Actions, also on GitHub Enterprise; https://api.github.com otherwise).
# Needs bash, curl and jq, which GitHub's runners have.
set -euo pipefail

file=${1:?usage: stackdocs-comment.sh CHANGES_MD}
: "${GITHUB_TOKEN:?GITHUB_TOKEN is not set}" "${GITHUB_REPOSITORY:?GITHUB_REPOSITORY is not set}"
: "${PR_NUMBER:?PR_NUMBER is not set}"
api=${GITHUB_API_URL:-https://api.github.com}
marker='<!-- stackdocs-diff -->'
headers=(-H "Authorization: Bearer $GITHUB_TOKEN" -H 'Accept: application/vnd.github+json'
  -H 'X-GitHub-Api-Version: 2022-11-28')

# The earlier comment: the first whose body starts with the marker, looking through every page of comments.
id=''
page=1
while :; do
  comments=$(curl -fsS "${headers[@]}" "$api/repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments?per_page=100&page=$page")
  id=$(jq -r --arg marker "$marker" 'map(select(.body | startswith($marker))) | .[0].id // empty' <<<"$comments")
  if [ -n "$id" ] || [ "$(jq length <<<"$comments")" -lt 100 ]; then
    break
  fi
  page=$((page + 1))
done

body=$(jq -n --rawfile text "$file" --arg marker "$marker" '{body: ($marker + "\n" + $text)}')
if [ -n "$id" ]; then
  printf '%s' "$body" | curl -fsS -o /dev/null -X PATCH "${headers[@]}" --data-binary @- \
    "$api/repos/$GITHUB_REPOSITORY/issues/comments/$id"
  echo "stackdocs: updated comment $id on pull request #$PR_NUMBER"
else
  printf '%s' "$body" | curl -fsS -o /dev/null -X POST "${headers[@]}" --data-binary @- \
    "$api/repos/$GITHUB_REPOSITORY/issues/$PR_NUMBER/comments"
  echo "stackdocs: posted a comment on pull request #$PR_NUMBER"
fi
