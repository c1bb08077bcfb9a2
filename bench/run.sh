#!/usr/bin/env bash
# Starts a throwaway Reception API host (and, for PostgreSQL, a throwaway PostgreSQL server), runs the benchmark
# against it over HTTP and SignalR, and stops everything.
#
#   bash bench/run.sh [--smoke|--quick] [--mode sqlite|postgres|both] [--no-build] [-- <more bench run options>]
#   bash bench/run.sh --statistics [--no-build] [-- --cases 2000000 --repeat 5]
#   bash bench/run.sh --people [--no-build] [-- --cases 1000000 --repeat 2 --clients 1,8 --no-arrivals]
#
# --smoke: a few seconds per mode, no figure asserted (CI). Default mode: both. Results go to bench/results/
# (smoke results to a temporary folder). --statistics: PostgreSQL only; fills synthetic case records with SQL and
# times the statistics endpoints (bench/Run/StatisticsTimes.cs). --people: PostgreSQL only; loads synthetic people
# with binary COPY, times the candidate lookup over HTTP and then the arrival rate, quick profile
# (bench/Run/CandidateLookup.cs).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

profile=full; modes="sqlite postgres"; build=1; extra=(); command=run
while (($#)); do
  case "$1" in
    --smoke) profile=smoke ;;
    --quick) profile=quick ;;
    --mode) shift; [ "$1" = both ] && modes="sqlite postgres" || modes="$1" ;;
    --no-build) build=0 ;;
    --statistics) command=statistics; modes=postgres ;;
    --people) command=people; modes=postgres; profile=quick ;;
    --) shift; extra=("$@"); break ;;
    *) echo "bench/run.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

if ((build)); then
  dotnet build api -c Release -nologo -clp:ErrorsOnly
  dotnet build bench -c Release -nologo -clp:ErrorsOnly
fi
api_dll="$root/api/bin/Release/net10.0/Reception.Api.dll"
bench_dll="$root/bench/bin/Release/net10.0/Reception.Bench.dll"
[ -f "$api_dll" ] && [ -f "$bench_dll" ] || { echo "bench/run.sh: build first (dotnet build api bench -c Release)" >&2; exit 1; }

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}

work=""; host_pid=""; pg_data=""; pg_bin=""
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
  if [ -n "$host_pid" ] && kill -0 "$host_pid" 2>/dev/null; then
    kill "$host_pid" 2>/dev/null || true
    for _ in $(seq 50); do kill -0 "$host_pid" 2>/dev/null || break; sleep 0.2; done
    kill -9 "$host_pid" 2>/dev/null || true
  fi
  host_pid=""
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  pg_data=""
  [ -n "$work" ] && rm -rf "$work"
  work=""
}
trap cleanup EXIT

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [ "$profile" = smoke ]; then out_dir=$(mktemp -d); else out_dir="$root/bench/results"; fi

for mode in $modes; do
  work=$(mktemp -d); chmod 755 "$work"
  port=$(free_port); silo_port=$(free_port); gateway_port=$(free_port)
  env_args=(
    "Reception__DataPath=$work/data"
    "ASPNETCORE_URLS=http://127.0.0.1:$port"
    "Reception__SiloPort=$silo_port" "Reception__GatewayPort=$gateway_port"
    "Reception__SeedDemoData=true"
    # the bench signs in as ~20 accounts at once; the default allows 10 sign-ins a minute per address
    "Reception__Auth__TokenRequestsPerMinute=10000"
    # one manager account per point drives thousands of arrivals a second; the default allows 600 commands a minute per user
    "Reception__Auth__CommandsPerMinute=100000000"
    "Logging__LogLevel__Default=Warning"
    "Logging__LogLevel__Microsoft.Hosting.Lifetime=Information"
  )
  bench_args=("$command" --url "http://127.0.0.1:$port" --mode "$mode" --commit "$commit" --out "$out_dir")
  [ "$profile" != full ] && bench_args+=("--$profile")

  if [ "$mode" = postgres ]; then
    pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
    [ -x "$pg_bin/initdb" ] || { echo "bench/run.sh: PostgreSQL server binaries not found (apt-get install postgresql, or set PG_BIN)" >&2; exit 1; }
    pg_port=$(free_port)
    pg_data="$work/pg"; mkdir -p "$pg_data" "$work/pgsock"
    [ "$(id -u)" = 0 ] && chown postgres "$pg_data" "$work/pgsock"
    as_pg "$pg_bin/initdb" -D "$pg_data" -U postgres --auth=trust -E UTF8 >/dev/null
    as_pg "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_data/server.log" -w \
      -o "-p $pg_port -k $work/pgsock -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null
    as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres reception
    conn="Host=127.0.0.1;Port=$pg_port;Database=reception;Username=postgres;Maximum Pool Size=200"
    env_args+=("Reception__Storage=postgres" "ConnectionStrings__Reception=$conn")
    bench_args+=(--postgres "$conn")
  else
    env_args+=("Reception__Storage=sqlite")
    bench_args+=(--sqlite "$work/data/reception.db")
  fi

  echo "== bench: $mode ($profile) — host on 127.0.0.1:$port"
  env "${env_args[@]}" dotnet "$api_dll" >"$work/host.log" 2>&1 &
  host_pid=$!
  for _ in $(seq 600); do
    grep -q "Application started" "$work/host.log" 2>/dev/null && break
    kill -0 "$host_pid" 2>/dev/null || { cat "$work/host.log"; echo "bench/run.sh: the host stopped" >&2; exit 1; }
    sleep 0.1
  done
  grep -q "Application started" "$work/host.log" || { cat "$work/host.log"; echo "bench/run.sh: the host did not start in 60 s" >&2; exit 1; }

  dotnet "$bench_dll" "${bench_args[@]}" --pid "$host_pid" "${extra[@]}" || { tail -50 "$work/host.log"; exit 1; }
  cleanup
done
[ "$profile" = smoke ] && rm -rf "$out_dir"
exit 0
