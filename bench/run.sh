#!/usr/bin/env bash
# brief's benchmark: generates synthetic sites of N articles × 2 languages, times `./brief build` as a whole
# process (JVM start included), a second build with nothing changed, Hugo on a comparable corpus, serve-mode
# rebuilds, and the JVM start with and without the launcher's start-up cache. Prints a table and writes
# bench/results.json.
#
#   bench/run.sh                      # N = 1000 10000 50000 of the archive shape, brief and Hugo at each
#   SIZES="1000 10000" bench/run.sh   # without 50,000 (minutes, and Hugo needs ~15 GiB there)
#   SHAPE=classic HUGO_SIZES=10000 bench/run.sh   # the shape of the figures of November 2026
#   ALSO_JAVA=/usr/lib/jvm/java-17-openjdk-amd64/bin/java bench/run.sh   # brief on a second JVM too
#   SIZES="1000" HUGO_SIZES="1000" SERVE_SIZES="" RUNS=3 bench/run.sh
#   SIZES=50000 HUGO_SIZES= SERVE_SIZES= OUT=/tmp/b50 RESULTS=bench/results-50k.json bench/run.sh
#   OUT=/dev/shm/bench LARGE_OUT=/var/tmp/bench bench/run.sh   # 50,000's sites and outputs on disk, the rest on tmpfs
#
# Needs: /usr/bin/time (apt-get install -y time), python3, and Hugo for the comparison (apt-get install -y hugo).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
brief="$root/brief"
out="${OUT:-$here/out}"              # generated sites and outputs (gitignored)
results_json="${RESULTS:-$here/results.json}"
SIZES="${SIZES-1000 10000 50000}"
HUGO_SIZES="${HUGO_SIZES-$SIZES}"
SHAPE="${SHAPE:-archive}"   # archive (default) or classic: see `./brief generate --help`
RUNS="${RUNS:-3}"        # cold builds per size (median); sizes above 20,000 run once
NOCHANGE="${NOCHANGE:-1}"  # 0: skip the builds with nothing changed (quicker on a loaded machine)
SEED="${SEED:-42}"
# Sizes above 20,000 keep their sites and outputs here instead (default: $OUT). tmpfs is memory: at 50,000 the
# sites and outputs take ~10 GB of it, and Hugo alone peaks at ~19 GiB of a 24 GiB machine.
large_out="${LARGE_OUT:-$out}"
mkdir -p "$out" "$large_out"
results="$out/rows.jsonl"
: >"$results"

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is missing: apt-get install -y time" >&2
  exit 3
fi

# Build the jar (and the CDS archive: the first run dumps it, the second uses it) before timing anything.
"$brief" --version >/dev/null
"$brief" --version >/dev/null

# measure LOG CMD…: runs CMD under /usr/bin/time; prints "wall_seconds max_rss_kib cpu_seconds" (user + system:
# on a shared machine the CPU time is the steadier figure).
measure() {
  local log="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$log.time" "$@" >"$log" 2>&1 || { cat "$log" >&2; echo "bench: failed: $*" >&2; exit 3; }
  read -r e m u s <"$log.time"
  echo "$e $m $(python3 -c "print(round($u + $s, 2))")"
}

median() { python3 -c 'import sys,statistics; print(statistics.median(float(x) for x in sys.argv[1:]))' "$@"; }

row() { python3 -c 'import json,sys; print(json.dumps(dict(zip(sys.argv[1::2], [json.loads(v) if v.replace(".","",1).isdigit() else v for v in sys.argv[2::2]]))))' "$@" >>"$results"; }

# place N: the folder of size N's sites and outputs.
place() { if [ "$1" -gt 20000 ]; then echo "$large_out"; else echo "$out"; fi; }

# bench_brief LABEL [SIZES]: the cold and no-change builds of every size, with the JVM the launcher picks (or
# $BRIEF_JAVA).
bench_brief() {
  local label="$1" sizes="${2-$SIZES}" n site dest runs walls rss cpus r w m c wall cpu peak pages files w2 m2 c2 rewritten pps java
  java="$("$brief" --version | sed -n 's/^Java \([^ ]*\).*/\1/p')"
  for n in $sizes; do
    site="$(place "$n")/site-$n"
    if [ "$(cat "$site.args" 2>/dev/null)" != "$n $SEED $SHAPE" ]; then
      echo "bench: generating $n articles ($SHAPE shape)…" >&2
      "$brief" generate --articles "$n" --seed "$SEED" --shape "$SHAPE" --out "$site" >&2
      echo "$n $SEED $SHAPE" >"$site.args"
    fi
    # A site generated before a change to the theme keeps its copy of the old one: measure today's.
    if ! diff -rq "$root/themes/default" "$site/themes/default" >/dev/null 2>&1; then
      echo "bench: the theme changed since site-$n was generated: copying today's" >&2
      rm -rf "$site/themes/default" && cp -r "$root/themes/default" "$site/themes/default"
    fi
    dest="$(place "$n")/build-$n"
    runs=$RUNS; [ "$n" -gt 20000 ] && runs=1
    walls=(); rss=(); cpus=()
    for r in $(seq "$runs"); do
      rm -rf "$dest"
      read -r w m c < <(measure "$out/build-$n.log" "$brief" build --source "$site" --out "$dest")
      walls+=("$w"); rss+=("$m"); cpus+=("$c")
      echo "bench: $label (Java $java) N=$n cold build $r/$runs: ${w}s (CPU ${c}s), peak RSS $((m / 1024)) MiB" >&2
    done
    wall=$(median "${walls[@]}"); cpu=$(median "${cpus[@]}")
    peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
    pages=$(find "$dest" -name '*.html' | wc -l)
    files=$(find "$dest" -type f ! -name .brief-output | wc -l)
    touch "$out/stamp-$n"; sleep 1
    w2=-1; m2=0; c2=-1
    [ "$NOCHANGE" = 1 ] && read -r w2 m2 c2 < <(measure "$out/nochange-$n.log" "$brief" build --source "$site" --out "$dest")
    rewritten=$(find "$dest" -type f -newer "$out/stamp-$n" | wc -l)
    echo "bench: $label N=$n no-change build: ${w2}s, files rewritten: $rewritten" >&2
    pps=$(python3 -c "print(round($pages / $wall))")
    row kind "$label" shape "$SHAPE" java "$java" articles "$n" cold_s "$wall" cold_cpu_s "$cpu" runs "$runs" pages "$pages" files "$files" \
        pages_per_s "$pps" peak_rss_mib "$((peak / 1024))" nochange_s "$w2" nochange_cpu_s "$c2" \
        nochange_rss_mib "$((m2 / 1024))" nochange_files_written "$rewritten"
  done
}

# bench_hugo SIZES: Hugo's cold and no-change builds of the same articles.
bench_hugo() {
  local n hsite walls rss cpus runs r w m c wall cpu peak pages files w2 m2 c2 pps
  for n in $1; do
    hsite="$(place "$n")/hugo-$n"
    if [ "$(cat "$hsite.args" 2>/dev/null)" != "$n $SEED $SHAPE" ]; then
      echo "bench: generating the Hugo corpus of $n articles ($SHAPE shape)…" >&2
      "$brief" generate --articles "$n" --seed "$SEED" --shape "$SHAPE" --format hugo --out "$hsite" >&2
      echo "$n $SEED $SHAPE" >"$hsite.args"
    fi
    cp -r "$here/hugo-site-template/." "$hsite/"
    walls=(); rss=(); cpus=()
    runs=$RUNS; [ "$n" -gt 20000 ] && runs=1
    for r in $(seq "$runs"); do
      rm -rf "$hsite/public" "$hsite/resources"
      read -r w m c < <(measure "$out/hugo-$n.log" hugo --quiet -s "$hsite" -d "$hsite/public")
      walls+=("$w"); rss+=("$m"); cpus+=("$c")
      echo "bench: N=$n hugo $r/$runs: ${w}s (CPU ${c}s), peak RSS $((m / 1024)) MiB" >&2
    done
    wall=$(median "${walls[@]}"); cpu=$(median "${cpus[@]}")
    peak=$(printf '%s\n' "${rss[@]}" | sort -n | tail -1)
    pages=$(find "$hsite/public" -name '*.html' | wc -l)
    files=$(find "$hsite/public" -type f | wc -l)
    w2=-1; m2=0; c2=-1
    [ "$NOCHANGE" = 1 ] && read -r w2 m2 c2 < <(measure "$out/hugo-nochange-$n.log" hugo --quiet -s "$hsite" -d "$hsite/public")
    pps=$(python3 -c "print(round($pages / $wall))")
    row shape "$SHAPE" kind "hugo $(hugo version | awk 'NR == 1 { match($0, /v[0-9][0-9.]*/); print substr($0, RSTART, RLENGTH) }')" articles "$n" cold_s "$wall" cold_cpu_s "$cpu" runs "$runs" \
        pages "$pages" files "$files" pages_per_s "$pps" peak_rss_mib "$((peak / 1024))" nochange_s "$w2" nochange_cpu_s "$c2" \
        nochange_rss_mib "$((m2 / 1024))" nochange_files_written "-"
  done
}

# brief and Hugo alternate size by size, so that both see the same load on a shared machine.
command -v hugo >/dev/null || echo "bench: hugo not installed (apt-get install -y hugo): no comparison" >&2
for n in $(printf '%s\n' $SIZES $HUGO_SIZES | sort -nu); do
  case " $SIZES " in *" $n "*) bench_brief brief "$n" ;; esac
  case " $HUGO_SIZES " in *" $n "*) command -v hugo >/dev/null && bench_hugo "$n" ;; esac
done
if [ -n "${ALSO_JAVA:-}" ]; then
  BRIEF_JAVA="$ALSO_JAVA" "$brief" --version >/dev/null   # makes that JVM's start-up cache
  BRIEF_JAVA="$ALSO_JAVA" "$brief" --version >/dev/null
  BRIEF_JAVA="$ALSO_JAVA" bench_brief "brief (Java $("$ALSO_JAVA" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p;q'))"
fi

# Serve mode: start `brief serve` on a site, make one edit at a time, and read the "rebuilt … in N ms (reload
# sent after M ms …)" line it prints: M is when the browser was told to reload with the edited page, N when
# every page the edit touches (lists, index) was remade; both from the change being seen (watcher latency
# excluded; ServeBench measures from the save).
# serve_rebuild LOG FILE PYTHON-EXPR-ON-TEXT [PAGE-URL TEXT] → prints "N M S": the ms of the rebuild and of the
# reload (from the change being seen, as the server prints them), and, with a page and a text, the ms from the
# save until that page is served with that text ("-" without).
serve_rebuild() {
  local log="$1" file="$2" expr="$3" page="${4:-}" needle="${5:-}" before backup="$out/serve-backup" served="-"
  # The reviewer has a page open (the server renders the pages viewed last first, then reloads).
  [ -n "${view:-}" ] && curl -s -o /dev/null "$view"
  # The original is kept outside the watched folders: a copy beside it would be a change the server sees.
  cp "$file" "$backup"
  before=$(grep -cE '^(rebuilt|build failed)' "$log" || true)
  if [ -n "$page" ]; then
    # As a browser does: listen to the server's event stream, save, wait for the reload event, fetch the page.
    served="$(python3 - "$file" "$expr" "$page" "$needle" "${page%%/en/*}/_brief/events" <<'PY'
import sys, time, urllib.request
path, expr, page, needle, events = sys.argv[1:6]
stream = urllib.request.urlopen(events, timeout=120)
for line in stream:
    if line.startswith(b"event: hello"):
        break
t = open(path, encoding="utf-8").read()
open(path, "w", encoding="utf-8").write(eval(expr))
saved = time.monotonic()
for line in stream:
    if line.startswith(b"event: reload"):
        break
while needle not in urllib.request.urlopen(page, timeout=30).read().decode("utf-8"):
    time.sleep(0.002)
print(round((time.monotonic() - saved) * 1000))
PY
)"
  else
    python3 -c "import sys; p=sys.argv[1]; t=open(p,encoding='utf-8').read(); open(p,'w',encoding='utf-8').write($expr)" "$file"
  fi
  for _ in $(seq 600); do
    [ "$(grep -cE '^(rebuilt|build failed)' "$log" || true)" -gt "$before" ] && break
    sleep 0.2
  done
  sleep 0.5   # the line may still be on its way to the log
  local line all shown
  line="$(grep -E '^(rebuilt|build failed)' "$log" | tail -1)"
  all="$(grep -oE 'in [0-9]+ ms' <<<"$line" | grep -oE '[0-9]+' || echo -1)"
  shown="$(grep -oE 'reload sent after [0-9]+ ms' <<<"$line" | grep -oE '[0-9]+' || echo "-")"
  echo "$all $shown $served"
  before=$(grep -cE '^(rebuilt|build failed)' "$log" || true)
  cat "$backup" >"$file"   # put it back, and let the server rebuild before the next edit
  for _ in $(seq 600); do
    [ "$(grep -cE '^(rebuilt|build failed)' "$log" || true)" -gt "$before" ] && break
    sleep 0.2
  done
  sleep 1
}

if "$brief" serve --help >/dev/null 2>&1; then
  for n in ${SERVE_SIZES-1000 10000}; do
    site="$out/site-$n"
    [ -d "$site" ] || continue
    log="$out/serve-$n.log"
    port=$((20000 + RANDOM % 20000))
    "$brief" serve --source "$site" --port "$port" >"$log" 2>&1 &
    spid=$!
    for _ in $(seq 3000); do grep -qE '^built [0-9]+ files' "$log" && break; kill -0 "$spid" 2>/dev/null || break; sleep 0.2; done
    if ! grep -qE '^built [0-9]+ files' "$log"; then
      echo "bench: brief serve did not start on N=$n (see $log)" >&2; kill "$spid" 2>/dev/null || true; continue
    fi
    sleep "${SERVE_SETTLE:-5}"   # the reviewer opens the browser before the first edit
    article="$site/content/articles/$(ls "$site/content/articles" | sed -n 1p)/en.md"
    view="http://127.0.0.1:$port$(curl -s "http://127.0.0.1:$port/en/" | grep -oE 'href="/en/articles/[^"]+"' | sed -n 1p | cut -d'"' -f2)"
    # $(…), not < <(…): each edit must be put back before the next one starts.
    # The edited article's English page (generated titles are ASCII: the slug is the title, lower-cased and hyphenated).
    own="http://127.0.0.1:$port/en/articles/$(python3 -c "import re,sys; t=re.search(r'^title: \"(.*)\"', open(sys.argv[1], encoding='utf-8').read(), re.M).group(1); print(re.sub(r'[^a-z0-9]+', '-', t.lower()).strip('-'))" "$article")/"
    saved_view="$view"; view="$own"
    # Three edits: the first after start is the slowest (the JIT has not compiled that code yet); the median is
    # what a reviewer sees while working.
    firsts=(); shows=(); alls=()
    for e in 1 2 3; do
      read -r a as asaved <<<"$(serve_rebuild "$log" "$article" "t.replace(' - ', ' - benchmark-edit-$e ', 1)" "$own" "benchmark-edit-$e")"
      firsts+=("$asaved"); shows+=("$as"); alls+=("$a")
    done
    asaved_first="${firsts[0]}"; asaved=$(median "${firsts[@]}"); as=$(median "${shows[@]}"); a=$(median "${alls[@]}")
    view="$saved_view"
    read -r l ls _ <<<"$(serve_rebuild "$log" "$site/content/leaders.yaml" "t.replace(' was born in ', ' was born in the year ', 1)")"
    read -r t ts _ <<<"$(serve_rebuild "$log" "$site/themes/default/templates/article.peb" "t.replace('{% block content %}', '{% block content %}<!-- edited by the benchmark -->', 1)")"
    kill "$spid" 2>/dev/null || true; wait "$spid" 2>/dev/null || true
    echo "bench: N=$n serve: article edit served ${firsts[*]} ms after saving (reload ${shows[*]} ms, all done ${alls[*]} ms); leader ${ls}/${l} ms; template ${ts}/${t} ms" >&2
    row kind serve articles "$n" article_saved_to_served_first_ms "$asaved_first" article_saved_to_served_ms "$asaved" \
        article_edit_ms "$a" article_shown_ms "$as" \
        leader_edit_ms "$l" leader_shown_ms "$ls" template_edit_ms "$t" template_shown_ms "$ts"
  done
else
  echo "bench: this brief has no serve command: serve rebuild times not measured" >&2
fi

# JVM start: `brief --version`, median of 7, with the launcher's start-up cache and without it (BRIEF_NO_CDS).
cds=(); nocds=(); cdscpu=(); nocdscpu=()
for r in 1 2 3 4 5 6 7; do
  read -r w _ c < <(measure "$out/version.log" "$brief" --version); cds+=("$w"); cdscpu+=("$c")
  read -r w _ c < <(BRIEF_NO_CDS=1 measure "$out/version.log" "$brief" --version); nocds+=("$w"); nocdscpu+=("$c")
done
row kind jvm-start with_cds_s "$(median "${cds[@]}")" without_cds_s "$(median "${nocds[@]}")" \
    with_cds_cpu_s "$(median "${cdscpu[@]}")" without_cds_cpu_s "$(median "${nocdscpu[@]}")"

python3 - "$results" "$results_json" "$brief" <<'EOF'
import json, os, platform, subprocess, sys
rows = [json.loads(l) for l in open(sys.argv[1])]
java = subprocess.run([sys.argv[3], "--version"], capture_output=True, text=True).stdout.splitlines()[-1]
machine = {"cores": os.cpu_count(), "os": platform.platform(), "java": java,
           "mem_gib": round(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30)}
json.dump({"machine": machine, "rows": rows}, open(sys.argv[2], "w"), indent=2, ensure_ascii=False)
print(f"machine: {machine['cores']} cores, {machine['mem_gib']} GiB, {machine['os']}, {java}")
print(f"{'tool':<16}{'articles':>9}{'cold s':>9}{'CPU s':>8}{'pages':>8}{'pages/s':>9}{'peak MiB':>10}"
      f"{'no-change s':>13}{'CPU s':>8}{'rewritten':>11}")
for r in rows:
    if r["kind"] == "serve":
        print(f"serve, {r['articles']} articles: one-article edit: the page served {r.get('article_saved_to_served_ms', '-')} ms"
              f" after saving (median of 3; the first edit after start: {r.get('article_saved_to_served_first_ms', '-')} ms)")
        print(f"serve, {r['articles']} articles (reload sent / all pages remade, from the change being seen; article: median of 3): "
              f"one-article edit {r['article_shown_ms']}/{r['article_edit_ms']} ms, "
              f"one-leader edit {r['leader_shown_ms']}/{r['leader_edit_ms']} ms, "
              f"template edit {r['template_shown_ms']}/{r['template_edit_ms']} ms")
        continue
    if r["kind"] == "jvm-start":
        print(f"JVM start (brief --version): {r['with_cds_s']} s (CPU {r['with_cds_cpu_s']} s) with the start-up cache, "
              f"{r['without_cds_s']} s (CPU {r['without_cds_cpu_s']} s) without")
        continue
    print(f"{r['kind']:<16}{r['articles']:>9}{r['cold_s']:>9}{r['cold_cpu_s']:>8}{r['pages']:>8}{r['pages_per_s']:>9}"
          f"{r['peak_rss_mib']:>10}{r['nochange_s']:>13}{r['nochange_cpu_s']:>8}{str(r['nochange_files_written']):>11}")
# brief and Hugo side by side, for every size both were built at (the first brief row: the launcher's JVM).
sizes = sorted({r["articles"] for r in rows if r["kind"].startswith("hugo")})
if sizes:
    print(f"\nbrief / Hugo, {rows[0].get('shape', 'classic')} shape, cold builds (median), JVM start included:")
    print(f"{'articles':>9}{'brief s':>9}{'Hugo s':>8}{'ratio':>7}{'brief CPU':>11}{'Hugo CPU':>10}"
          f"{'brief MiB':>11}{'Hugo MiB':>10}{'brief p/s':>11}{'Hugo p/s':>10}{'brief p/CPU s':>15}{'Hugo p/CPU s':>14}")
for n in sizes:
    b = next((r for r in rows if r["articles"] == n and r["kind"].startswith("brief")), None)
    h = next(r for r in rows if r["articles"] == n and r["kind"].startswith("hugo"))
    if b is None:
        continue
    print(f"{n:>9}{b['cold_s']:>9}{h['cold_s']:>8}{round(b['cold_s'] / h['cold_s'], 2):>7}{b['cold_cpu_s']:>11}"
          f"{h['cold_cpu_s']:>10}{b['peak_rss_mib']:>11}{h['peak_rss_mib']:>10}{b['pages_per_s']:>11}{h['pages_per_s']:>10}"
          f"{round(b['pages'] / b['cold_cpu_s']):>15}{round(h['pages'] / h['cold_cpu_s']):>14}")
print(f"written to {sys.argv[2]}")
EOF
