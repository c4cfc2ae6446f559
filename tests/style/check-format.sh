#!/usr/bin/env bash
# Every C++ file in the tree is formatted as .clang-format says (the test fails and names the files
# that are not; `clang-format -i <file>` mends them).
set -uo pipefail
root=${1:?usage: check-format.sh <source-dir>}
cd "$root" || exit 2
command -v clang-format >/dev/null || { echo "clang-format is not installed" >&2; exit 2; }
# Self-test: a planted badly formatted file is caught.
tmp=$(mktemp --suffix=.cpp)
trap 'rm -f "$tmp"' EXIT
printf 'int  main( ){return 0;}\n' > "$tmp"
if clang-format --style=file:"$root/.clang-format" --dry-run -Werror "$tmp" >/dev/null 2>&1; then
    echo "self-test failed: a badly formatted file passed" >&2
    exit 2
fi
bad=()
while IFS= read -r f; do
    clang-format --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done < <( (git ls-files '*.cpp' '*.h'; git ls-files --others --exclude-standard '*.cpp' '*.h') 2>/dev/null || find app ui models services tests -name '*.cpp' -o -name '*.h')
if [ ${#bad[@]} -gt 0 ]; then
    printf 'not formatted (run clang-format -i):\n' >&2
    printf '  %s\n' "${bad[@]}" >&2
    exit 1
fi
echo "every C++ file is formatted"
