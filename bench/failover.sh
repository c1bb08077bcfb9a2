#!/usr/bin/env bash
# The failover benchmark (issue #12): a throwaway PostgreSQL, two silos and the API in external mode; clients send
# keyed arrivals while one silo is killed (SIGKILL), then, once it is back, while one is stopped (SIGTERM). Prints each
# run's worst client stall and failed keyed requests; results go to bench/results/.
#
#   bash bench/failover.sh [--no-build] [-- <more bench failover options, e.g. --clients 32>]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build=1; extra=()
while (($#)); do
  case "$1" in
    --no-build) build=0 ;;
    --) shift; extra=("$@"); break ;;
    *) echo "bench/failover.sh: unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
if ((build)); then
  dotnet build api -c Release -nologo -clp:ErrorsOnly -p:ReceptionSkipDashboard=true
  dotnet build silo -c Release -nologo -clp:ErrorsOnly
  dotnet build bench -c Release -nologo -clp:ErrorsOnly
fi
api_dll="$root/api/bin/Release/net10.0/Reception.Api.dll"
silo_dll="$root/silo/bin/Release/net10.0/Reception.Silo.dll"
bench_dll="$root/bench/bin/Release/net10.0/Reception.Bench.dll"

free_port() {
  local p
  while :; do
    p=$((20000 + RANDOM % 40000))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }
  done
}
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

work=$(mktemp -d); chmod 755 "$work"
pids=()
pg_bin=${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done; kill -9 "$pid" 2>/dev/null || true; done
  [ -f "$work/pg/postmaster.pid" ] && as_pg "$pg_bin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

pg_port=$(free_port)
mkdir -p "$work/pg" "$work/pgsock"; [ "$(id -u)" = 0 ] && chown postgres "$work/pg" "$work/pgsock"
as_pg "$pg_bin/initdb" -D "$work/pg" -U postgres --auth=trust -E UTF8 >/dev/null
as_pg "$pg_bin/pg_ctl" -D "$work/pg" -l "$work/pg/server.log" -w \
  -o "-p $pg_port -k $work/pgsock -c listen_addresses=127.0.0.1 -c max_connections=300" start >/dev/null \
  || { cat "$work/pg/server.log"; exit 1; }
as_pg "$pg_bin/createdb" -h 127.0.0.1 -p "$pg_port" -U postgres reception
export Reception__Storage=postgres
export ConnectionStrings__Reception="Host=127.0.0.1;Port=$pg_port;Database=reception;Username=postgres"
# a dotted name is no shell variable: env passes it
logging=(Logging__LogLevel__Default=Warning Logging__LogLevel__Microsoft.Hosting.Lifetime=Information)
dotnet "$silo_dll" migrate

wait_ready() { # log file, pid
  for _ in $(seq 900); do
    grep -q "Application started" "$1" 2>/dev/null && return 0
    kill -0 "$2" 2>/dev/null || { cat "$1"; echo "bench/failover.sh: a host stopped" >&2; exit 1; }
    sleep 0.1
  done
  cat "$1"; echo "bench/failover.sh: a host did not start in 90 s" >&2; exit 1
}
start_silo() { # name, seed → sets silo_pid
  env "${logging[@]}" Reception__SiloPort="$(free_port)" Reception__GatewayPort="$(free_port)" Reception__SeedDemoData="$2" \
    dotnet "$silo_dll" >"$work/$1.log" 2>&1 &
  silo_pid=$!; pids+=("$silo_pid"); wait_ready "$work/$1.log" "$silo_pid"
}
wait_silos() { # count
  for _ in $(seq 600); do
    curl -fsS "$url/health/ready" 2>/dev/null | grep -q "\"activeSilos\":$1" && return 0
    sleep 0.2
  done
  echo "bench/failover.sh: the cluster did not reach $1 active silos" >&2; exit 1
}

start_silo silo-a true; silo_a=$silo_pid
start_silo silo-b false
port=$(free_port); url="http://127.0.0.1:$port"
env "${logging[@]}" Reception__Silo=external Reception__DataPath="$work/api" ASPNETCORE_URLS="$url" Reception__SeedDemoData=true \
  Reception__Auth__CommandsPerMinute=100000000 Reception__Auth__TokenRequestsPerMinute=10000 \
  dotnet "$api_dll" >"$work/api.log" 2>&1 &
api_pid=$!; pids+=("$api_pid"); wait_ready "$work/api.log" "$api_pid"
wait_silos 2

out="$root/bench/results"
echo "== failover: SIGKILL of a silo"
dotnet "$bench_dll" failover --url "$url" --silo-pid "$silo_a" --signal kill --out "$out" "${extra[@]}"
start_silo silo-a2 false; silo_a=$silo_pid
wait_silos 2
sleep 5
echo "== failover: SIGTERM of a silo"
dotnet "$bench_dll" failover --url "$url" --silo-pid "$silo_a" --signal term --out "$out" "${extra[@]}"
