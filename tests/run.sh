#!/usr/bin/env bash
# The one test command: installs what the suites need when it is missing (PostgreSQL server
# binaries, Chromium, Node packages, docker-compose for the compose check), builds, and runs
# every suite. Fails when any test fails.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
have_postgres() { [ -n "${PG_BIN:-}" ] || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; }
have_postgres || missing+=(postgresql)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
if [ -f dashboard/package.json ] && ! command -v chromium >/dev/null 2>&1; then missing+=(chromium); fi
if ((${#missing[@]})); then
  echo "tests/run.sh: installing ${missing[*]} with apt"
  sudo=""; [ "$(id -u)" = 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ -f dashboard/package.json ]; then
  (cd dashboard && npm ci --no-audit --no-fund --loglevel=error)
  echo "== dashboard: lint, and generated types match the API's document"
  (cd dashboard && npm run --silent lint && npm run --silent check:generated)
fi

echo "== docker-compose.yml is valid, and refuses to run without a database password"
RECEPTION_DB_PASSWORD=dummy-password docker-compose -f docker-compose.yml config -q
if env -u RECEPTION_DB_PASSWORD docker-compose -f docker-compose.yml config -q 2>/dev/null; then
  echo "docker-compose.yml accepted a missing RECEPTION_DB_PASSWORD" >&2
  exit 1
fi

echo "== build"
dotnet build Reception.sln -c Release -nologo -clp:ErrorsOnly

echo "== .NET suites (grains, storage, cluster, API, live feed)"
dotnet test tests/Reception.Tests/Reception.Tests.csproj -c Release --no-build -nologo \
  --logger "console;verbosity=normal" ${TEST_FILTER:+--filter "$TEST_FILTER"}

if [ -f dashboard/package.json ] && grep -q '"test"' dashboard/package.json; then
  echo "== dashboard suite (headless Chromium)"
  (cd dashboard && npm test)
fi
