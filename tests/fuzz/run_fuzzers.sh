#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz for a bounded time, from seed corpora prepared here,
# and fails on any finding: a crash, a sanitizer report, a leak, an input taking more than 10 s,
# or one needing more than 2 GB. The input behind each finding is kept and its path printed.
# Builds nothing: give it a build directory configured with KPICONV_FUZZ=ON (see the README's
# "Fuzzing and sanitizers").
#
#   tests/fuzz/run_fuzzers.sh [SECONDS_PER_TARGET [BUILD_DIR]]
#
#   SECONDS_PER_TARGET  default 45
#   BUILD_DIR           default $KPICONV_FUZZ_BUILD_DIR, else build-sanitize
#   KPICONV_FUZZ_TARGETS  the targets to run (default: "docx_reader xlsx_reader csv_reader
#                         indicator_value province_mapping")
#   KPICONV_FUZZ_JOBS     how many targets run at once (default 1)
#
# Needs python3 (for the dictionaries). Uses ../shared/corpus beside the repository when present.
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-45}
build_dir=${2:-${KPICONV_FUZZ_BUILD_DIR:-build-sanitize}}
read -r -a targets <<<"${KPICONV_FUZZ_TARGETS:-docx_reader xlsx_reader csv_reader indicator_value province_mapping}"
jobs=${KPICONV_FUZZ_JOBS:-1}
[[ $build_dir = /* ]] || build_dir=$repo/$build_dir
# A seed bigger than this slows every run of the instrumented reader more than it adds coverage.
max_seed_bytes=262144

for target in "${targets[@]}"; do
  if [[ ! -x $build_dir/tests/fuzz/fuzz_$target ]]; then
    echo "run_fuzzers: $build_dir/tests/fuzz/fuzz_$target is missing: configure $build_dir with" \
         "CC=clang CXX=clang++ -DKPICONV_FUZZ=ON and build it" >&2
    exit 2
  fi
done
if [[ ! -x $build_dir/kpiconv ]]; then
  echo "run_fuzzers: $build_dir/kpiconv is missing (it makes the XLSX and CSV seeds)" >&2
  exit 2
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kpiconv-fuzz.XXXXXX")
mkdir -p "$work"/{seeds,corpus,artifacts,logs,dictionaries,tmp}
all_targets=(docx_reader xlsx_reader csv_reader indicator_value province_mapping)
for target in "${all_targets[@]}"; do mkdir -p "$work/seeds/$target" "$work/corpus/$target"; done

# --- Seed corpora -------------------------------------------------------------------------------

add_seeds() {  # add_seeds TARGET FILE...: the files no bigger than max_seed_bytes
  local target=$1 file
  shift
  for file in "$@"; do
    [[ -f $file ]] || continue
    (($(stat -c %s "$file") <= max_seed_bytes)) || continue
    cp "$file" "$work/seeds/$target/$(basename "$(dirname "$file")")_$(basename "$file")"
  done
}

corpus=$repo/../shared/corpus
add_seeds docx_reader "$repo"/fixtures/docx/*.docx "$repo"/fixtures/docx-libreoffice/*.docx \
  "$corpus"/docx/*
add_seeds xlsx_reader "$corpus"/xlsx/*

# kpiconv's own outputs of the fixtures: what a filing read back from XLSX, CSV or DOCX looks like.
generated=$work/generated
mkdir -p "$generated"/{docx,xlsx,csv}
generate() {  # generate FIXTURE OUTPUT [OPTION...]
  "$build_dir/kpiconv" convert "$1" -o "${@:2}" >/dev/null ||
    { echo "run_fuzzers: kpiconv convert $* failed" >&2; exit 1; }
}
for fixture in "$repo"/fixtures/docx/*.docx; do
  name=$(basename "$fixture" .docx)
  generate "$fixture" "$generated/xlsx/$name.xlsx"
  generate "$fixture" "$generated/xlsx/$name-form.xlsx" --layout form
  generate "$fixture" "$generated/csv/$name.csv"
  generate "$fixture" "$generated/csv/$name-gb18030.csv" --encoding gb18030
  generate "$fixture" "$generated/docx/$name-template.docx"
done
add_seeds docx_reader "$generated"/docx/*
add_seeds xlsx_reader "$generated"/xlsx/*
add_seeds csv_reader "$generated"/csv/*

# Every distinct 指标值 of the seeds, one file each ("\t", "\n" and "\\" are escapes there).
line=0
while IFS= read -r raw; do
  line=$((line + 1))
  printf '%b' "$raw" >"$work/seeds/indicator_value/seed_values_$line"
done < <(tail -n +2 "$repo/fixtures/values/seed_values.tsv" | cut -f1)

# The shipped mappings, and variants that reach the keys and forms they leave out: a rows layout
# in another province's words (README walk-through), a blocks layout with constants and cell-
# by-cell fields, inline tables and arrays, literal and multi-line strings.
mapping_seeds=$work/seeds/province_mapping
for layout in flat-import form; do
  cp "$repo/templates/province/$layout/mapping.toml" "$mapping_seeds/$layout.toml"
done
sed -e 's/^amount_unit = "元".*/amount_unit = "万元"/' \
  -e 's/^format = .*/format = "{code}-{name}"/' -e 's/"大于等于"/"≥"/' -e 's/"正向"/"1"/' \
  "$repo/templates/province/flat-import/mapping.toml" >"$mapping_seeds/province-words.toml"
sed -e '/^\[indicator_columns\]/i [constants]\n"F2" = "单位：万元"\n"A11" = "（完）"\n' \
  -e 's/^merge_down = .*/merge_down = ["A", "B", "C"]/' -e 's/"E" = "indicator.value"/"E" = "indicator.comparator"\n"G" = "indicator.number"\n"H" = "indicator.unit"\n"I" = "indicator.nature"/' \
  "$repo/templates/province/form/mapping.toml" >"$mapping_seeds/form-constants.toml"
cat >"$mapping_seeds/inline.toml" <<'TOML'
name = 'inline'
description = """一行一个指标
（内联表）"""
template = "template.xlsx"
sheet = "绩效目标"
layout = "rows"
header_row = 3
columns = { "项目代码" = "project.code", "项目名称" = "project.name", "指标值" = "indicator.value", "预算金额（元）" = "budget.total" }
constants = { "年度" = '2025' }
comparators = { "≥" = "大于等于", "≤" = "小于等于" }
natures = { rising = "正向", falling = "反向", qualitative = "定性" }
categories = { format = "{name}（{code}）", codes = { "产出指标" = "1", "数量指标" = "11" } }
TOML

vocabulary=$repo/converter/normalize/vocabulary.json
dictionaries=$repo/tests/fuzz/dictionaries
make_dictionary() {  # make_dictionary TARGET DICT...
  local target=$1
  shift
  python3 "$repo/tests/fuzz/make_dictionary.py" "$vocabulary" "$@" >"$work/dictionaries/$target.dict"
}
make_dictionary docx_reader "$dictionaries/ooxml.dict" "$dictionaries/docx.dict"
make_dictionary xlsx_reader "$dictionaries/ooxml.dict" "$dictionaries/xlsx.dict"
make_dictionary csv_reader "$dictionaries/csv.dict"
make_dictionary indicator_value "$dictionaries/indicator_value.dict"
make_dictionary province_mapping "$dictionaries/province_mapping.dict"

# --- Running the targets ------------------------------------------------------------------------

max_len() {
  case $1 in
    docx_reader | xlsx_reader) echo 524288 ;;
    csv_reader | province_mapping) echo 8192 ;;
    *) echo 1024 ;;
  esac
}

run_target() {  # run_target TARGET: one fuzzer for $seconds; its output goes to logs/TARGET.log
  local target=$1
  # TMPDIR: the harness writes each input to a file in a folder of its own there.
  TMPDIR=$work/tmp "$build_dir/tests/fuzz/fuzz_$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$(max_len "$target")" \
    -dict="$work/dictionaries/$target.dict" -artifact_prefix="$work/artifacts/$target-" \
    -print_final_stats=1 "$work/corpus/$target" "$work/seeds/$target" \
    >"$work/logs/$target.log" 2>&1
}

echo "run_fuzzers: ${#targets[@]} targets, $seconds s each, $jobs at a time, in $work"
declare -A status
pending=("${targets[@]}")
while ((${#pending[@]})); do
  batch=("${pending[@]:0:$jobs}")
  pending=("${pending[@]:$jobs}")
  declare -A pids=()
  for target in "${batch[@]}"; do
    run_target "$target" &
    pids[$target]=$!
  done
  for target in "${batch[@]}"; do
    if wait "${pids[$target]}"; then status[$target]=0; else status[$target]=$?; fi
  done
done

failed=0
for target in "${targets[@]}"; do
  log=$work/logs/$target.log
  seeds=$(find "$work/seeds/$target" -type f | wc -l)
  summary=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1 || true)
  if ((status[$target] == 0)); then
    echo "run_fuzzers: $target: no finding ($seeds seeds; ${summary:-no summary})"
    continue
  fi
  failed=$((failed + 1))
  echo "run_fuzzers: $target: FINDING (exit status ${status[$target]}); its report:" >&2
  # From the sanitizer's or libFuzzer's first line of the report, else the end of the log.
  report=$(grep -n -m1 -E '==ERROR|runtime error:|ERROR: libFuzzer|ALARM: working on' "$log" |
    cut -d: -f1 || true)
  if [[ -n $report ]]; then sed -n "$report,\$p" "$log" | head -n 150 >&2; else tail -n 80 "$log" >&2; fi
  for artifact in "$work/artifacts/$target-"*; do
    [[ -e $artifact ]] || continue
    echo "run_fuzzers: $target: input: $artifact" >&2
    echo "run_fuzzers:   reproduce: $build_dir/tests/fuzz/fuzz_$target $artifact" >&2
  done
done

# The closing line CI reads: one target with a finding is one failed.
if ((failed)); then
  echo "run_fuzzers: inputs, logs and corpora kept in $work" >&2
  echo "fuzzers: $((${#targets[@]} - failed)) passed, $failed failed"
  exit 1
fi
rm -rf "$work"
echo "fuzzers: ${#targets[@]} passed, 0 failed"
