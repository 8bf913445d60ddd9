#!/usr/bin/env bash
# `rungs send` against a real TLS mail server on loopback: aiosmtpd with STARTTLS required and
# AUTH only after it, then the same server with TLS from the first byte (SMTPS). A self-signed
# certificate for localhost stands for a company CA (`--ca-file`). Checks that every bundle
# arrives, byte for byte, to its manager, and that a second run sends nothing. Installs what it
# needs (pip, openssl) and uses the binary `cargo test` built.
# rungs speaks English here: the checks read its words.
export RUNGS_LANG=en
set -euo pipefail
cd "$(dirname "$0")/.."
work=${RUNGS_CHECK_DIR:-$(mktemp -d)}/send
rm -rf "$work" && mkdir -p "$work"
python3 -c "import aiosmtpd" 2>/dev/null || pip install --quiet aiosmtpd
command -v openssl >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openssl >/dev/null; }

bin=/work/mytarget/debug/rungs
[ -x "$bin" ] || cargo build --quiet
# A company CA, and the server's certificate it signs (rustls refuses a CA used as the server's).
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=rungs test CA" \
  -keyout "$work/ca-key.pem" -out "$work/ca.pem" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout "$work/key.pem" -out "$work/server.csr" 2>/dev/null
printf 'subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n' > "$work/ext.cnf"
openssl x509 -req -in "$work/server.csr" -CA "$work/ca.pem" -CAkey "$work/ca-key.pem" -CAcreateserial \
  -days 2 -extfile "$work/ext.cnf" -out "$work/cert.pem" 2>/dev/null

cat > "$work/server.py" <<'EOF'
"""A loopback SMTP server: STARTTLS (or implicit TLS), AUTH after TLS, messages saved."""
import asyncio, pathlib, ssl, sys
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

mode, port, folder, cert, key = sys.argv[1], int(sys.argv[2]), pathlib.Path(sys.argv[3]), sys.argv[4], sys.argv[5]
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(cert, key)

class Save:
    count = 0
    async def handle_DATA(self, server, session, envelope):
        Save.count += 1
        (folder / f"{Save.count}.eml").write_bytes(envelope.original_content)
        (folder / f"{Save.count}.rcpt").write_text("\n".join(envelope.rcpt_tos))
        return "250 OK"

def check(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login == b"hr" and auth_data.password == b"secret"
    return AuthResult(success=ok)

kwargs = dict(hostname="127.0.0.1", port=port, authenticator=check)
if mode == "starttls":
    controller = Controller(Save(), tls_context=context, require_starttls=True, auth_require_tls=True, **kwargs)
else:
    # TLS from the first byte: aiosmtpd does not count it for `auth_require_tls`, but it is.
    controller = Controller(Save(), ssl_context=context, server_hostname="localhost", auth_require_tls=False, **kwargs)
controller.start()
print("ready", flush=True)
try:
    asyncio.get_event_loop().run_until_complete(asyncio.sleep(3600))
finally:
    controller.stop()
EOF

cp -r content "$work/content"
(cd "$work" && "$bin" distribute content --by manager --encrypt --commit none --quiet)
bundles=$(($(wc -l < "$work/distribution/bundles.csv") - 1))

for mode in starttls implicit; do
  port=$((20000 + RANDOM % 20000))
  mkdir -p "$work/$mode"
  python3 "$work/server.py" "$mode" "$port" "$work/$mode" "$work/cert.pem" "$work/key.pem" > "$work/$mode.log" 2>&1 &
  server=$!
  trap 'kill $server 2>/dev/null || true' EXIT
  for _ in $(seq 50); do grep -q ready "$work/$mode.log" && break; sleep 0.2; done
  rm -f "$work/distribution/send-log.csv"
  for run in first second; do
    (cd "$work" && RUNGS_SMTP_PASSWORD=secret "$bin" send content --server localhost --port "$port" \
      --tls "$mode" --ca-file ca.pem --user hr --from "人力资源部 <hr@example.com>" --per-minute 6000 --yes --quiet)
  done
  received=$(find "$work/$mode" -name '*.eml' | wc -l)
  [ "$received" -eq "$bundles" ] || { echo "FAIL: $mode: $received messages for $bundles bundles"; exit 1; }
  python3 - "$work/$mode" "$work/distribution" <<'EOF'
import csv, email, email.policy, pathlib, sys
folder, dist = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
rows = list(csv.DictReader(open(dist / "bundles.csv", encoding="utf-8-sig")))
for row in rows:
    matches = [p for p in folder.glob("*.rcpt") if p.read_text().strip() == row["email"]]
    assert len(matches) == 1, (row["email"], matches)
    message = email.message_from_bytes(matches[0].with_suffix(".eml").read_bytes(), policy=email.policy.default)
    parts = [p for p in message.iter_attachments()]
    assert len(parts) == 1 and parts[0].get_filename() == row["bundle"], [p.get_filename() for p in parts]
    assert parts[0].get_content() == (dist / row["bundle"]).read_bytes(), row["bundle"]
    assert "任职资格认证结果" in str(message["subject"]), message["subject"]
print(f"ok: {len(rows)} bundles, each once, byte for byte")
EOF
  kill $server 2>/dev/null || true
  echo "ok: rungs send over $mode with AUTH: $bundles bundles delivered once, a second run sent nothing"
done
