#!/usr/bin/env bash
# Checks that a change to the renderer or the search index keeps the output byte-identical: builds the real
# content and a generated 1,000-article site into empty folders and hashes every output file.
#   bench/same-output.sh record   # before the change: writes the hashes to $STATE (default /tmp/brief-same)
#   bench/same-output.sh compare  # after it: builds again and diffs the hashes (exit 1 on any difference)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
state="${STATE:-/tmp/brief-same}"
mode="${1:?usage: same-output.sh record|compare}"
mkdir -p "$state"
[ -d "$state/g1k" ] || "$here/brief" generate --articles 1000 --out "$state/g1k" >/dev/null
hashes() { # source folder → sorted "hash  path" lines of every output file
  local out="$state/out"
  rm -rf "$out"
  "$here/brief" build --source "$1" --out "$out" >/dev/null 2>&1
  # .brief-output is left out: it is the build cache's manifest, and its key covers the brief jar itself.
  (cd "$out" && find . -type f ! -name .brief-output -print0 | sort -z | xargs -0 sha256sum)
}
status=0
for site in content g1k; do
  src="$here"; [ "$site" = g1k ] && src="$state/g1k"
  if [ "$mode" = record ]; then
    hashes "$src" >"$state/$site.sha"
    echo "recorded $(wc -l <"$state/$site.sha") files of $site"
  else
    hashes "$src" >"$state/$site.new.sha"
    if diff -u "$state/$site.sha" "$state/$site.new.sha" >"$state/$site.diff"; then
      echo "same: all $(wc -l <"$state/$site.sha") files of $site are byte-identical"
    else
      echo "DIFFERENT: $site ($(grep -c '^[-+][^-+]' "$state/$site.diff") lines, see $state/$site.diff)"; status=1
    fi
  fi
done
exit $status
