#!/usr/bin/env bash
# Lists the files packed in a VSIX and checks them against .ci/vsix-files.txt: a file the list
# does not expect (a stray file the allowlist let in) fails, and so does a file it names that
# is missing (the icon, a bundle).   .ci/check-vsix.sh aws-notes-0.1.0.vsix
set -euo pipefail
vsix=$1
expected_list="$(dirname "$0")/vsix-files.txt"
mapfile -t patterns < <(grep -v '^#' "$expected_list" | grep -v '^$')
mapfile -t files < <(python3 -c 'import sys, zipfile; print("\n".join(sorted(zipfile.ZipFile(sys.argv[1]).namelist())))' "$vsix")

# Whether a file name matches a glob pattern: matches NAME PATTERN.
matches() {
  # shellcheck disable=SC2053 # the pattern is a glob on purpose
  [[ $1 == $2 ]]
}

echo "VSIX files (${#files[@]}):"
printf '  %s\n' "${files[@]}"
status=0
for file in "${files[@]}"; do
  expected=0
  for pattern in "${patterns[@]}"; do matches "$file" "$pattern" && { expected=1; break; }; done
  (( expected )) || { echo "unexpected file in the VSIX: $file (allow it in .ci/vsix-files.txt, or keep it out with .vscodeignore)" >&2; status=1; }
done
for pattern in "${patterns[@]}"; do
  [[ $pattern == *'*'* ]] && continue # a glob may match nothing
  present=0
  for file in "${files[@]}"; do matches "$file" "$pattern" && { present=1; break; }; done
  (( present )) || { echo "missing from the VSIX: $pattern" >&2; status=1; }
done
exit $status
