#!/usr/bin/env bash
# Fails when a module includes a header of a module it may not use (DESIGN.md's one-way
# direction: http → api → domain modules → auth → store → core), or when code outside
# src/http includes Boost.Beast/Asio, or code outside src/store includes SOCI.
set -euo pipefail
root=${1:-$(dirname "$0")/..}
cd "$root/src"
declare -A allowed=(
  [core]="core"
  [store]="store core"
  [auth]="auth store core"
  [org]="org auth store core"
  [workflow]="workflow auth store core"
  [crm]="crm org workflow auth store core"
  [meta]="meta auth store core"
  [forecast]="forecast crm org auth store core"
  [api]="api crm forecast meta org workflow auth store core"
  [http]="http api auth store core"
  [cli]="cli http api crm forecast meta org workflow auth store core"
)
status=0
for module in "${!allowed[@]}"; do
  [ -d "$module" ] || continue
  while IFS=: read -r file line include; do
    target=$(sed -E 's/.*#include "([a-z_]+)\/.*/\1/' <<<"$include")
    [ -d "$target" ] || continue
    if ! grep -qw "$target" <<<"${allowed[$module]}"; then
      echo "layering: $file:$line includes $target/ (allowed: ${allowed[$module]})"
      status=1
    fi
  done < <(grep -rn '#include "' "$module" --include='*.hpp' --include='*.cpp' || true)
done
if grep -rln 'boost/beast\|boost/asio' --include='*.cpp' --include='*.hpp' . | grep -v '^./http/'; then
  echo "layering: Boost.Beast/Asio outside src/http"; status=1
fi
if grep -rln '<soci/' --include='*.cpp' --include='*.hpp' . | grep -v '^./store/'; then
  echo "layering: SOCI outside src/store"; status=1
fi
exit $status
