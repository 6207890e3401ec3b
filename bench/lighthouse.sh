#!/usr/bin/env bash
# Lighthouse scores (performance, accessibility, best practices, SEO) for the real site, as readers get it:
# built into a scratch folder, served under /briefings/ by Debian's nginx with gzip and cache headers, audited
# by Lighthouse 12.8.2 (from npm; 13.x needs Node 22) driving Debian's Chromium. Prints a table and writes
# $OUT/lighthouse.tsv plus one JSON report per run.
#
#   bench/lighthouse.sh                 # home, an article, a summit; vi and en; mobile, plus desktop for en
#   MODES=mobile LANGS=en bench/lighthouse.sh
#   SOURCE=/path/to/a/copy bench/lighthouse.sh   # another project folder with the same pages (e.g. with photos)
#
# Needs: node + npm (Lighthouse is installed into target/lighthouse on first use), nginx and chromium
# (apt-get install -y nginx chromium). About 15 s a page on two cores.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="${OUT:-$root/target/lighthouse-run}"
lh_dir="${LH_DIR:-$root/target/lighthouse}"
port="${PORT:-8877}"
chrome="${CHROME_PATH:-/usr/bin/chromium}"
LANGS="${LANGS:-vi en}"
MODES="${MODES:-mobile desktop}"      # desktop runs for the English pages only, as mobile is the default
DESKTOP_LANGS="${DESKTOP_LANGS:-en}"
# One article (the ASEAN–US summit report, in both languages) and its summit: stable slugs in content/.
declare -A page_home=([vi]="vi/" [en]="en/")
declare -A page_article=(
  [vi]="vi/bai-viet/thu-tuong-pham-minh-chinh-du-hoi-nghi-cap-cao-asean-hoa-ky-lan-thu-13/"
  [en]="en/articles/prime-minister-pham-minh-chinh-attends-13th-asean-us-summit/")
declare -A page_summit=([vi]="vi/hoi-nghi/asean-us-13/" [en]="en/summits/asean-us-13/")

for tool in node npm nginx python3; do
  command -v "$tool" >/dev/null || { echo "lighthouse: $tool is missing (apt-get install -y nodejs npm nginx)" >&2; exit 3; }
done
[ -x "$chrome" ] || { echo "lighthouse: $chrome is missing (apt-get install -y chromium)" >&2; exit 3; }

if [ ! -x "$lh_dir/node_modules/.bin/lighthouse" ]; then
  echo "lighthouse: installing lighthouse@12.8.2 into $lh_dir" >&2
  mkdir -p "$lh_dir"
  npm install --prefix "$lh_dir" --no-audit --no-fund --loglevel=error lighthouse@12.8.2 >&2
fi

mkdir -p "$out"
site="$out/site"
"$root/brief" build --quiet --source "${SOURCE:-$root}" --out "$site"

# nginx as a reader's server would be set up: gzip for text, revalidated HTML, long-lived assets.
mkdir -p "$out/nginx"
cat >"$out/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $out/nginx/nginx.pid;
error_log $out/nginx/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path $out/nginx/body;
  proxy_temp_path $out/nginx/proxy;
  fastcgi_temp_path $out/nginx/fastcgi;
  uwsgi_temp_path $out/nginx/uwsgi;
  scgi_temp_path $out/nginx/scgi;
  charset utf-8;
  gzip on;
  gzip_types text/css application/javascript application/json application/atom+xml application/xml image/svg+xml;
  server {
    listen 127.0.0.1:$port;
    location /briefings/assets/ { alias $site/assets/; add_header Cache-Control "public, max-age=31536000"; }
    location /briefings/ { alias $site/; add_header Cache-Control "no-cache"; error_page 404 /briefings/404.html; }
  }
}
EOF
nginx -c "$out/nginx/nginx.conf" -p "$out/nginx" &
nginx_pid=$!
trap 'kill "$nginx_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/briefings/en/" && break
  sleep 0.1
done
curl -fs -o /dev/null "http://127.0.0.1:$port/briefings/en/" || { cat "$out/nginx/error.log" >&2; exit 3; }

printf 'page\tlang\tmode\tperformance\taccessibility\tbest-practices\tseo\n' >"$out/lighthouse.tsv"
for mode in $MODES; do
  for lang in $LANGS; do
    if [ "$mode" = desktop ] && [[ " $DESKTOP_LANGS " != *" $lang "* ]]; then continue; fi
    for kind in home article summit; do
      declare -n pages="page_$kind"
      url="http://127.0.0.1:$port/briefings/${pages[$lang]}"
      report="$out/$kind-$lang-$mode.json"
      preset=(); [ "$mode" = desktop ] && preset=(--preset=desktop)
      CHROME_PATH="$chrome" "$lh_dir/node_modules/.bin/lighthouse" "$url" "${preset[@]}" --quiet \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking" \
        --output=json --output-path="$report" >/dev/null 2>"$report.log" \
        || { cat "$report.log" >&2; echo "lighthouse: failed on $url" >&2; exit 3; }
      python3 - "$report" "$kind" "$lang" "$mode" >>"$out/lighthouse.tsv" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
def score(c):
    s = r["categories"][c]["score"]
    return "-" if s is None else str(round(s * 100))
print("\t".join(sys.argv[2:5] + [score(c) for c in ("performance", "accessibility", "best-practices", "seo")]))
PY
      # Whatever kept a score below 100, so a regression says why.
      python3 - "$report" <<'PY' >&2
import json, sys
r = json.load(open(sys.argv[1]))
for cat in r["categories"].values():
    for ref in cat["auditRefs"]:
        a = r["audits"][ref["id"]]
        if ref["weight"] > 0 and a["score"] is not None and a["score"] < 1:
            print(f'  {sys.argv[1].rsplit("/",1)[-1]}: {cat["id"]}: {a["id"]} ({a["score"]}) {a.get("displayValue","")}')
PY
    done
  done
done
column -t -s $'\t' "$out/lighthouse.tsv"
