#!/usr/bin/env bash
# Makes a private CA and one certificate per cluster host (silos and API hosts), for tests and trials.
# Usage: deploy/make-test-ca.sh [output folder] [host ...]
#   defaults: deploy/certs, hosts silo1 silo2 api (the docker-compose services)
# Writes ca.crt (what Reception:Tls:CaCertificate names), ca.key, and {host}.crt + {host}.key
# (Reception:Tls:Certificate and Reception:Tls:CertificateKey). Every certificate the CA issues is
# a member of the cluster: keep ca.key off the hosts, and use your organisation's PKI in production.
set -euo pipefail

out="${1:-$(dirname "$0")/certs}"
shift || true
hosts=("$@")
if [ ${#hosts[@]} -eq 0 ]; then
  hosts=(silo1 silo2 api)
fi
days="${RECEPTION_CERT_DAYS:-365}"

command -v openssl >/dev/null || { echo "make-test-ca: openssl is required (apt-get install openssl)" >&2; exit 1; }
mkdir -p "$out"
umask 077

if [ ! -f "$out/ca.key" ]; then
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$out/ca.key"
  openssl req -x509 -new -key "$out/ca.key" -sha256 -days "$((days * 2))" -subj "/CN=Reception cluster test CA" \
    -addext "basicConstraints=critical,CA:TRUE,pathlen:0" -addext "keyUsage=critical,keyCertSign,cRLSign" \
    -out "$out/ca.crt"
fi

for host in "${hosts[@]}"; do
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$out/$host.key"
  openssl req -new -key "$out/$host.key" -subj "/CN=$host" -out "$out/$host.csr"
  # A host both accepts and opens cluster connections: server and client authentication.
  openssl x509 -req -in "$out/$host.csr" -CA "$out/ca.crt" -CAkey "$out/ca.key" -CAcreateserial \
    -days "$days" -sha256 -out "$out/$host.crt" -extfile <(printf '%s\n' \
      "basicConstraints=critical,CA:FALSE" \
      "keyUsage=critical,digitalSignature" \
      "extendedKeyUsage=serverAuth,clientAuth" \
      "subjectAltName=DNS:$host,DNS:localhost,IP:127.0.0.1")
  rm -f "$out/$host.csr"
done
chmod 0644 "$out"/*.crt
echo "make-test-ca: CA and certificates for ${hosts[*]} in $out"
