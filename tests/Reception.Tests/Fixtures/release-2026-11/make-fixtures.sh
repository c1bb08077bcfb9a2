#!/usr/bin/env bash
# Regenerates the "database written by the previous release" fixtures in this folder:
#   reception.db            SQLite file written by the API host in embedded mode (WAL checkpointed into it)
#   postgres.sql            pg_dump --no-owner --no-privileges of a PostgreSQL database written by the same host
#   expected-sqlite.json    what the API answered for the data before the SQLite host stopped
#   expected-postgres.json  the same for PostgreSQL
# Run it from a checkout of the release the fixtures describe (README.md names the commit), e.g.
#   git worktree add /tmp/release <commit> && bash /tmp/release/tests/Reception.Tests/Fixtures/release-2026-11/make-fixtures.sh
# It uses only the public HTTP API of the real host (api/bin/Release/net10.0/Reception.Api.dll), the demo
# accounts (password reception-demo) and one scripted scenario, the same for both engines.
# Needs: dotnet, python3, sqlite3, PostgreSQL 15 server binaries (initdb, pg_ctl, pg_dump, psql; PG_BIN to choose).
# Environment: NO_BUILD=1 skips the Release build; OUT=folder writes elsewhere; KEEP_TMP=1 keeps the temp folder.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(git -C "$HERE" rev-parse --show-toplevel)"
OUT="${OUT:-$HERE}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
API_DLL="$REPO/api/bin/Release/net10.0/Reception.Api.dll"
COMMIT="$(git -C "$REPO" rev-parse HEAD)"
WORK="$(mktemp -d /tmp/reception-fixtures.XXXXXX)"
HOST_PID=""
PG_DATA=""

log() { printf '[make-fixtures] %s\n' "$*" >&2; }

as_pg() {  # PostgreSQL refuses to run as root: run its tools as 'postgres' then
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup() {
  if [ -n "$HOST_PID" ] && kill -0 "$HOST_PID" 2>/dev/null; then kill -TERM "$HOST_PID" 2>/dev/null || true; wait "$HOST_PID" 2>/dev/null || true; fi
  if [ -n "$PG_DATA" ] && [ -f "$PG_DATA/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [ "${KEEP_TMP:-0}" = 1 ]; then log "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

for tool in dotnet python3 sqlite3 "$PG_BIN/initdb" "$PG_BIN/pg_ctl" "$PG_BIN/pg_dump" "$PG_BIN/psql"; do
  command -v "$tool" >/dev/null || { log "missing $tool (apt-get install sqlite3 postgresql-15, or set PG_BIN)"; exit 1; }
done
if [ -n "$(git -C "$REPO" status --porcelain -- api silo grains db)" ]; then
  log "warning: api/ silo/ grains/ db/ have uncommitted changes; the fixtures would not be those of $COMMIT"
fi

if [ "${NO_BUILD:-0}" != 1 ]; then
  log "building the API host (Release) at $COMMIT"
  dotnet build "$REPO/api/Reception.Api.csproj" -c Release -nologo -v quiet >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log"; exit 1; }
fi

# ---------------------------------------------------------------------------------------------------------------
# the scenario: Python, standard library only, HTTP only. argv: base URL, engine, output file, release commit
cat >"$WORK/scenario.py" <<'PY'
import json, sys, time, urllib.request, urllib.error

BASE, ENGINE, OUTFILE, COMMIT = sys.argv[1:5]
PASSWORD = "reception-demo"
tokens = {}

def call(method, path, user=None, body=None, key=None, expect=(200,)):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(BASE + path, data=data, method=method)
    req.add_header("Accept", "application/json")
    req.add_header("Accept-Language", "es")
    if data is not None:
        req.add_header("Content-Type", "application/json")
    if user is not None:
        req.add_header("Authorization", "Bearer " + token(user))
    if key is not None:
        req.add_header("Idempotency-Key", key)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            status, text = r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        status, text = e.code, e.read().decode()
    if status not in expect:
        raise SystemExit(f"{method} {path} as {user}: {status} (expected {expect}): {text}")
    return json.loads(text) if text.strip() else None

def token(user):
    if user not in tokens:
        tokens[user] = call("POST", "/api/auth/token", None, {"username": user, "password": PASSWORD})["accessToken"]
    return tokens[user]

TIJ, NLD = "manager-TIJ", "manager-NLD"
COORD = "coordinator"
P = lambda program: f"provider-{program}"

# the catalog is seeded by the silo once it is active: wait until both points answer
last = None
for _ in range(120):
    try:
        codes = {p["code"] for p in call("GET", "/api/points", COORD)}
        if {"TIJ", "NLD"} <= codes:
            break
    except SystemExit as e:
        last = e
    time.sleep(0.5)
else:
    raise SystemExit(f"the demo points never appeared: {last}")

# ----- notices and a capacity change
notice_tij = call("POST", "/api/points/TIJ/notices", TIJ, {"expectedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 3600)),
    "headcount": 40, "minors": 3, "transport": "bus", "reference": "Autobús CBP 1187"}, key="fixture-notice-tij-1", expect=(201,))
notice_nld = call("POST", "/api/points/NLD/notices", NLD, {"expectedAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(time.time() + 7200)),
    "headcount": 25, "minors": 1, "transport": "foot", "reference": "Puente Juárez–Lincoln, turno matutino"}, key="fixture-notice-nld-1", expect=(201,))
call("PUT", "/api/points/NLD/capacity", NLD, {"shelterBeds": 180, "intakeDesks": 5, "usualDailyArrivals": 140})

# ----- arrivals (every one with an Idempotency-Key, so the case ids are the same on every run and engine)
cases = {}    # label -> caseId
receipts = {}

def arrive(label, point, manager, body):
    receipt = call("POST", f"/api/points/{point}/arrivals", manager, body, key=f"fixture-{label}", expect=(201,))
    cases[label] = receipt["caseId"]
    receipts[label] = receipt
    return receipt["caseId"]

arrive("adult-with-curp", "TIJ", TIJ, {"givenNames": "José Luis", "surnames": "García Mendoza", "sex": "male", "dateOfBirth": "1983-01-15",
    "curp": "GAML830115HMNRNS01", "noticeId": notice_tij["id"], "transport": "bus"})
arrive("dob-no-curp", "TIJ", TIJ, {"givenNames": "María", "surnames": "Hernández Cruz", "sex": "female", "dateOfBirth": "1990-06-02",
    "noticeId": notice_tij["id"], "transport": "bus"})
arrive("unaccompanied-minor", "TIJ", TIJ, {"givenNames": "Kevin", "surnames": "Santiago López", "sex": "male", "estimatedAge": 15, "transport": "bus"})
arrive("pregnant-woman", "TIJ", TIJ, {"givenNames": "Ana", "surnames": "Rodríguez López", "sex": "female", "dateOfBirth": "1995-03-10",
    "curp": "ROLA950310MOCDPN00", "vulnerabilities": ["pregnancy"], "transport": "bus"})
arrive("accompanied-child", "TIJ", TIJ, {"givenNames": "Sofía", "surnames": "Rodríguez López", "sex": "female", "estimatedAge": 7,
    "accompanyingCaseId": cases["pregnant-woman"], "transport": "bus"})
arrive("older-adult", "TIJ", TIJ, {"givenNames": "Roberto", "surnames": "Martínez Pérez", "sex": "male", "estimatedAge": 67, "transport": "foot"})
arrive("violence-victim", "TIJ", TIJ, {"givenNames": "Lucía", "surnames": "Torres Ramírez", "sex": "female", "estimatedAge": 29,
    "vulnerabilities": ["violenceVictim", "familySeparation"], "transport": "bus"})
arrive("adult-many-views", "TIJ", TIJ, {"givenNames": "Ramón", "surnames": "Pérez Mora", "sex": "male", "dateOfBirth": "1988-07-22",
    "curp": "PEMR880722HGRRRB00", "transport": "flight"})
arrive("waiting-unassessed", "TIJ", TIJ, {"givenNames": "Hugo", "surnames": "Sánchez Díaz", "sex": "male", "estimatedAge": 45,
    "vulnerabilities": ["interpreterNeeded"], "transport": "bus"})
arrive("nld-adult-shelter", "NLD", NLD, {"givenNames": "Patricia", "surnames": "Flores Castillo", "sex": "female", "estimatedAge": 38,
    "noticeId": notice_nld["id"], "transport": "foot"})
arrive("nld-medical-urgency", "NLD", NLD, {"givenNames": "Miguel Ángel", "surnames": "Ortiz Vega", "sex": "male", "estimatedAge": 52,
    "vulnerabilities": ["medicalUrgency"], "transport": "foot"})
arrive("nld-sex-unspecified", "NLD", NLD, {"givenNames": "Alex", "surnames": "Morales", "sex": "unspecified", "estimatedAge": 24, "transport": "other"})
# a retried registration (same key, same body) answers the same receipt and writes nothing
again = call("POST", "/api/points/TIJ/arrivals", TIJ, {"givenNames": "José Luis", "surnames": "García Mendoza", "sex": "male",
    "dateOfBirth": "1983-01-15", "curp": "GAML830115HMNRNS01", "noticeId": notice_tij["id"], "transport": "bus"},
    key="fixture-adult-with-curp", expect=(201,))
assert again["caseId"] == cases["adult-with-curp"], again

def case_path(label, suffix=""):
    return f"/api/returnees/{cases[label]}{suffix}"

def manager_of(label):
    return NLD if label.startswith("nld-") else TIJ

# ----- assessments
def assess(label, consent, needs, state, municipality, **extra):
    body = {"educationLevel": extra.pop("educationLevel", "secondary"), "yearsAbroad": extra.pop("yearsAbroad", 8),
            "englishLevel": extra.pop("englishLevel", "basic"), "destinationState": state, "destinationMunicipality": municipality,
            "needs": needs, "consentToShare": consent}
    body.update(extra)
    return call("PUT", case_path(label, "/assessment"), manager_of(label), body)

assess("adult-with-curp", True, ["health", "employment"], "Michoacán", "Morelia", educationLevel="secondary", yearsAbroad=12,
       englishLevel="intermediate", occupation="Construction worker", skills=["carpentry", "drywall"], documentsHeld=["curp", "consularId"],
       familyInMexico=True)
assess("dob-no-curp", False, ["documents", "shelter"], "Jalisco", "Guadalajara", educationLevel="primary", yearsAbroad=5, englishLevel="none",
       immediateNeeds="Necesita acta de nacimiento y un lugar donde dormir esta noche")
assess("unaccompanied-minor", True, ["childProtection", "education"], "Guerrero", "Acapulco de Juárez", educationLevel="primary", yearsAbroad=3,
       englishLevel="basic", familyInMexico=True)
assess("pregnant-woman", True, ["health", "shelter"], "Oaxaca", "Oaxaca de Juárez", educationLevel="highSchool", yearsAbroad=6,
       englishLevel="intermediate", documentsHeld=["curp", "birthCertificate"])
assess("accompanied-child", True, ["health", "education"], "Oaxaca", "Oaxaca de Juárez", educationLevel="none", yearsAbroad=6, englishLevel="fluent")
assess("older-adult", True, ["health", "transport"], "Zacatecas", "Fresnillo", educationLevel="none", yearsAbroad=25, englishLevel="basic",
       occupation="Farm worker", documentsHeld=["voterId"])
assess("violence-victim", False, ["psychosocial", "legalAid"], "Ciudad de México", "Iztapalapa", educationLevel="university", yearsAbroad=4,
       englishLevel="fluent", occupation="Nurse")
assess("adult-many-views", True, ["employment", "education"], "Jalisco", "Zapopan", educationLevel="technical", yearsAbroad=15,
       englishLevel="fluent", occupation="Electrician", skills=["electrical installation", "welding"], documentsHeld=["curp", "passport"])
assess("nld-adult-shelter", True, ["shelter", "food"], "Tamaulipas", "Ciudad Victoria", educationLevel="secondary", yearsAbroad=2, englishLevel="none")
# a reassessment (consent withdrawn, destination changed)
assess("dob-no-curp", False, ["documents", "shelter", "employment"], "Jalisco", "Tlaquepaque", educationLevel="primary", yearsAbroad=5,
       englishLevel="none")

# ----- recommendations read (audited as 'viewed' 'recommendations')
call("GET", case_path("adult-with-curp", "/recommendations"), TIJ)
call("GET", case_path("adult-many-views", "/recommendations"), TIJ)
call("GET", case_path("nld-adult-shelter", "/recommendations"), NLD)

# ----- referrals (with Idempotency-Keys; one retried)
referrals = {}  # name -> referralId

def refer(name, label, program, note=None):
    body = {"programId": program} if note is None else {"programId": program, "note": note}
    r = call("POST", case_path(label, "/referrals"), manager_of(label), body, key=f"fixture-ref-{name}", expect=(201,))
    referrals[name] = r["referralId"]
    return r["referralId"]

refer("curp-health", "adult-with-curp", "imss-salud", "Control de presión arterial")
refer("curp-work", "adult-with-curp", "sne-repatriados-trabajando", "Experiencia en construcción")
refer("nocurp-docs", "dob-no-curp", "registro-civil-actas", "Acta de nacimiento de Jalisco")
refer("nocurp-shelter", "dob-no-curp", "casa-migrante-tijuana")
refer("pregnant-shelter", "pregnant-woman", "casa-migrante-tijuana", "Con su hija de 7 años")
refer("child-school", "accompanied-child", "sep-revalidacion", "Inscripción escolar en Oaxaca")
refer("views-cert", "adult-many-views", "conocer-certificacion", "Electricista, 15 años de experiencia")
refer("views-work", "adult-many-views", "sne-repatriados-trabajando")
refer("older-transport", "older-adult", "transporte-descuento", "Boleto a Fresnillo")
refer("victim-legal", "violence-victim", "asesoria-juridica")
refer("nld-shelter", "nld-adult-shelter", "casa-nazareth", "Dos noches")
refer("nld-food", "nld-adult-shelter", "alimentacion")
again = call("POST", case_path("adult-with-curp", "/referrals"), TIJ, {"programId": "imss-salud", "note": "Control de presión arterial"},
             key="fixture-ref-curp-health", expect=(201,))
assert again["referralId"] == referrals["curp-health"], again

# the automatic referrals made at registration (by 'system')
def automatic(label, program):
    view = call("GET", case_path(label), manager_of(label))
    return next(r["referralId"] for r in view["referrals"] if r["programId"] == program)

referrals["minor-dif"] = automatic("unaccompanied-minor", "dif-proteccion-ninez")
referrals["pregnant-health"] = automatic("pregnant-woman", "imss-salud")
referrals["child-health"] = automatic("accompanied-child", "imss-salud")
referrals["victim-psy"] = automatic("violence-victim", "atencion-psicologica")
referrals["urgent-health"] = automatic("nld-medical-urgency", "imss-salud")

# ----- the providers: views (redacted), accept, decline, complete
def act(program, name, action, body=None):
    return call("POST", f"/api/programs/{program}/referrals/{referrals[name]}/{action}", P(program), body)

call("GET", case_path("adult-with-curp"), P("imss-salud"))       # consented: sees the assessment
call("GET", case_path("dob-no-curp"), P("registro-civil-actas"))  # no consent: no assessment
act("imss-salud", "curp-health", "accept")
act("imss-salud", "curp-health", "complete", {"outcome": "Atendido; presión controlada, referido a su clínica en Morelia"})
act("sne-repatriados-trabajando", "curp-work", "accept")
act("registro-civil-actas", "nocurp-docs", "accept")
act("casa-migrante-tijuana", "nocurp-shelter", "decline", {"reason": "Sin camas para mujeres solas esta noche; se canaliza a otro albergue"})
act("casa-migrante-tijuana", "pregnant-shelter", "accept")
act("dif-proteccion-ninez", "minor-dif", "accept")
act("imss-salud", "pregnant-health", "accept")
act("imss-salud", "child-health", "accept")
act("atencion-psicologica", "victim-psy", "accept")
act("casa-nazareth", "nld-shelter", "accept")
act("alimentacion", "nld-food", "accept")
act("alimentacion", "nld-food", "complete", {"outcome": "Comida y agua entregadas"})
act("imss-salud", "urgent-health", "accept")
# left pending: views-cert, views-work, child-school, older-transport, victim-legal, and the older adult's automatic health referral

# ----- departure (cancels the open employment referral) and transfer (cancels the accepted child-protection referral)
call("POST", case_path("adult-with-curp", "/departure"), TIJ, {"destinationState": "Michoacán", "destinationMunicipality": "Morelia", "transport": "bus"})
call("POST", case_path("unaccompanied-minor", "/transfer"), TIJ, {"institution": "DIF Baja California (custodia)",
     "note": "Entregado al módulo DIF para reunificación familiar"})

# ----- case views (each an audited 'viewed'); one case opened about twenty times
for label in ["dob-no-curp", "pregnant-woman", "accompanied-child", "older-adult", "violence-victim", "waiting-unassessed"]:
    call("GET", case_path(label), TIJ)
call("GET", case_path("nld-adult-shelter"), NLD)
call("GET", case_path("nld-sex-unspecified"), NLD)
call("GET", case_path("pregnant-woman"), COORD)
for _ in range(20):
    call("GET", case_path("adult-many-views"), TIJ)

time.sleep(2)  # let the outboxes settle before reading the points and programs back

# ----- read everything back (a case read is itself audited: the answer includes that 'viewed' entry, as stored)
expected = {
    "release": COMMIT,
    "engine": ENGINE,
    "readAt": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
    "password": PASSWORD,
    "accounts": {
        "coordinator": COORD,
        "managers": {"TIJ": TIJ, "NLD": NLD},
        "providers": {},
    },
    "notices": {"TIJ": notice_tij, "NLD": notice_nld},
    "receipts": receipts,
    "referrals": referrals,
    "cases": {},
    "points": {},
    "programs": {},
}
for label, case_id in cases.items():
    expected["cases"][label] = {"caseId": case_id, "readBy": manager_of(label), "view": call("GET", case_path(label), manager_of(label))}
for code, manager in (("TIJ", TIJ), ("NLD", NLD)):
    expected["points"][code] = {"readBy": manager, "detail": call("GET", f"/api/points/{code}", manager)}
programs = sorted({r["programId"] for c in expected["cases"].values() for r in c["view"]["referrals"]})
for program in programs:
    expected["accounts"]["providers"][program] = P(program)
    expected["programs"][program] = {"readBy": P(program), "detail": call("GET", f"/api/programs/{program}", P(program))}
expected["national"] = {"readBy": COORD, "detail": call("GET", "/api/national", COORD)}

with open(OUTFILE, "w", encoding="utf-8") as f:
    json.dump(expected, f, ensure_ascii=False, indent=2, sort_keys=False)
    f.write("\n")
print(f"{ENGINE}: {len(cases)} cases, {len(referrals)} referrals, {len(programs)} programs", file=sys.stderr)
PY

# ---------------------------------------------------------------------------------------------------------------
start_host() {  # $1 = log file; the rest = environment assignments
  local logfile="$1"; shift
  env "$@" dotnet "$API_DLL" >"$logfile" 2>&1 &
  HOST_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "$BASE/health" >/dev/null 2>&1; then return 0; fi
    kill -0 "$HOST_PID" 2>/dev/null || { cat "$logfile"; log "the host exited"; exit 1; }
    sleep 0.5
  done
  cat "$logfile"; log "the host did not become healthy"; exit 1
}

stop_host() {  # SIGTERM, as an operator stops it; wait for a clean exit
  kill -TERM "$HOST_PID"
  local rc=0; wait "$HOST_PID" || rc=$?
  HOST_PID=""
  [ "$rc" = 0 ] || [ "$rc" = 143 ] || { log "host exited with $rc"; exit 1; }
}

host_env() {  # common settings: fresh data folder, free ports, loopback only
  echo "ASPNETCORE_URLS=$BASE" "Reception__DataPath=$1" "Reception__SiloPort=$(free_port)" "Reception__GatewayPort=$(free_port)" \
       "Reception__SeedDemoData=true" "Reception__Silo=embedded" "DOTNET_NOLOGO=1" \
       "Reception__Auth__TokenRequestsPerMinute=1000"  # the scenario signs in some twenty accounts from one address
}

# ----- SQLite (embedded) ---------------------------------------------------------------------------------------
log "SQLite: starting the host"
BASE="http://127.0.0.1:$(free_port)"
mkdir -p "$WORK/sqlite-data"
# shellcheck disable=SC2046
start_host "$WORK/sqlite-host.log" $(host_env "$WORK/sqlite-data") "Reception__Storage=sqlite"
python3 "$WORK/scenario.py" "$BASE" sqlite "$WORK/expected-sqlite.json" "$COMMIT"
stop_host
log "SQLite: checkpointing the WAL into reception.db"
sqlite3 "$WORK/sqlite-data/reception.db" 'PRAGMA wal_checkpoint(TRUNCATE); VACUUM;' >/dev/null
[ "$(sqlite3 "$WORK/sqlite-data/reception.db" 'PRAGMA integrity_check;')" = ok ]
rm -f "$WORK/sqlite-data/reception.db-wal" "$WORK/sqlite-data/reception.db-shm"

# ----- PostgreSQL ----------------------------------------------------------------------------------------------
PG_PORT="$(free_port)"
PG_DATA="$WORK/pg-data"
mkdir -p "$PG_DATA"; [ "$(id -u)" != 0 ] || chown postgres "$WORK" "$PG_DATA"
chmod 755 "$WORK"
log "PostgreSQL: initdb and start on 127.0.0.1:$PG_PORT"
as_pg "$PG_BIN/initdb" -D "$PG_DATA" -U postgres --auth=trust -E UTF8 --no-locale >/dev/null
as_pg "$PG_BIN/pg_ctl" -D "$PG_DATA" -l "$PG_DATA/server.log" -w -t 60 \
  -o "-p $PG_PORT -k $PG_DATA -c listen_addresses=127.0.0.1" start >/dev/null
PSQL=("$PG_BIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres)
"${PSQL[@]}" -d postgres -c 'CREATE DATABASE reception'
log "PostgreSQL: starting the host"
BASE="http://127.0.0.1:$(free_port)"
mkdir -p "$WORK/pg-host-data"
# shellcheck disable=SC2046
start_host "$WORK/pg-host.log" $(host_env "$WORK/pg-host-data") "Reception__Storage=postgres" \
  "ConnectionStrings__Reception=Host=127.0.0.1;Port=$PG_PORT;Database=reception;Username=postgres"
python3 "$WORK/scenario.py" "$BASE" postgres "$WORK/expected-postgres.json" "$COMMIT"
stop_host
log "PostgreSQL: pg_dump"
"$PG_BIN/pg_dump" --no-owner --no-privileges -h 127.0.0.1 -p "$PG_PORT" -U postgres -d reception -f "$WORK/postgres.sql"
# the dump must restore into an empty database
"${PSQL[@]}" -d postgres -c 'CREATE DATABASE restore_check'
"${PSQL[@]}" -d restore_check -f "$WORK/postgres.sql" >/dev/null
count() { "${PSQL[@]}" -At -d "$1" -c 'SELECT count(*) FROM orleansstorage'; }
[ "$(count reception)" = "$(count restore_check)" ] || { log "restored dump differs"; exit 1; }

# ----- publish ------------------------------------------------------------------------------------------------
mkdir -p "$OUT"
cp "$WORK/sqlite-data/reception.db" "$WORK/postgres.sql" "$WORK/expected-sqlite.json" "$WORK/expected-postgres.json" "$OUT/"
chmod 644 "$OUT/reception.db" "$OUT/postgres.sql" "$OUT/expected-sqlite.json" "$OUT/expected-postgres.json"
log "written to $OUT (release $COMMIT):"
ls -l "$OUT" >&2
