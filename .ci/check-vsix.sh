#!/usr/bin/env bash
# Lists the files packed in a VSIX and checks them against .ci/vsix-files.txt: a file the list
# does not expect (a stray file the allowlist let in) fails, and so does a file it names that
# is missing (the icon, a bundle).   .ci/check-vsix.sh aws-notes-0.1.0.vsix
set -euo pipefail
vsix=$1
expected_list="$(dirname "$0")/vsix-files.txt"
mapfile -t patterns < <(grep -v '^#' "$expected_list" | grep -v '^$')
mapfile -t files < <(python3 -c 'import sys, zipfile; print("\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))' "$vsix")

echo "VSIX files (${#files[@]}):"
printf '  %s\n' "${files[@]}"
status=0
for file in "${files[@]}"; do
  matched=0
  for pattern in "${patterns[@]}"; do
    # shellcheck disable=SC2053 # the pattern is a glob on purpose
    if [[ $file == $pattern ]]; then matched=1; break; fi
  done
  if (( ! matched )); then echo "unexpected file in the VSIX: $file (allow it in .ci/vsix-files.txt, or keep it out with .vscodeignore)" >&2; status=1; fi
done
for pattern in "${patterns[@]}"; do
  [[ $pattern == *'*'* ]] && continue
  found=0
  for file in "${files[@]}"; do
    # shellcheck disable=SC2053
    if [[ $file == $pattern ]]; then found=1; break; fi
  done
  if (( ! found )); then echo "missing from the VSIX: $pattern" >&2; status=1; fi
done
exit $status
