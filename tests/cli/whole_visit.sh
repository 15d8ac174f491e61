#!/usr/bin/env bash
# One visit from `visits new` to a published, signed report, from the shell only, through a real
# `mystery-shop serve` on loopback (issue 13). Run by tests/cli/test_whole_visit_script.py, which
# gives MS (the command), WORK (an empty folder), PORT (a free port) and FORMS (the sample forms);
# it doubles as the README's worked example. Every step must succeed: `set -e` stops at the first
# that does not, and the driver shows what it printed.
set -euo pipefail
cd "$WORK"
step() { printf '\n## %s\n' "$*"; }

export ALICE_PW=alice-password SUE_PW=sue-password FIRM_PASS=firm-passphrase
export MYSTERY_SHOP_TOKEN_STORE=file  # the sign-in token in each profile, not in this machine's keyring
SERVER=(--data "$WORK/server")
URL="http://127.0.0.1:$PORT"

step "The firm's server: accounts, a client, a location, the form"
"$MS" server "${SERVER[@]}" clients add "Northwind Outfitters"
printf 'client,name,address,latitude,longitude\nNorthwind Outfitters,High Street,1 High St,51.5,-0.12\n' > locations.csv
"$MS" server "${SERVER[@]}" locations import locations.csv
"$MS" server "${SERVER[@]}" forms publish "$FORMS/retail-store-visit.yaml"
"$MS" server "${SERVER[@]}" users add alice --role auditor --display-name "Alice Auditor" --password-env ALICE_PW
"$MS" server "${SERVER[@]}" users add sue --role supervisor --client "Northwind Outfitters" \
    --display-name "Sue Supervisor" --password-env SUE_PW
"$MS" serve "${SERVER[@]}" --port "$PORT" > serve.log 2>&1 &
SERVE_PID=$!
trap 'kill $SERVE_PID 2>/dev/null || true' EXIT
for _ in $(seq 100); do (echo > "/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.1; done

step "Alice, the auditor: sign in, fetch her forms and locations"
export MYSTERY_SHOP_PROFILE="$WORK/alice"
"$MS" login --server "$URL" --user alice --password-env ALICE_PW --device alice-laptop
"$MS" sync

step "Alice makes the visit, answers it, adds a photo, signs and submits"
VISIT=$("$MS" visits new --form retail-store-visit --location "High Street")
"$MS" visits answer "$VISIT" "$FORMS/retail-store-visit.answers.json"
"$MS" photos add --visit "$VISIT" --section greeting entrance.jpg
if "$MS" visits submit "$VISIT"; then echo "submitted without a signature" >&2; exit 1; fi
"$MS" visits sign "$VISIT" --signature signature.png --name "Alice Auditor"
"$MS" visits submit "$VISIT"
"$MS" sync

step "Sue, the supervisor: sign in, review, approve with a signed report, publish"
export MYSTERY_SHOP_PROFILE="$WORK/sue"
"$MS" login --server "$URL" --user sue --password-env SUE_PW --device sue-laptop
"$MS" sync
"$MS" review comment "$VISIT" "Greeting well described." --question greeted
"$MS" review override "$VISIT" knowledge --points 2 --reason "The answers on fabric care were wrong."
if "$MS" review publish "$VISIT"; then echo "published before approval" >&2; exit 1; fi
"$MS" keys create --name "Acme Audits Ltd" --out firm.p12 --passphrase-env FIRM_PASS
"$MS" review approve "$VISIT" --sign firm.p12 --passphrase-env FIRM_PASS --out report.pdf
"$MS" review publish "$VISIT"
"$MS" sync
"$MS" verify report.pdf --trust firm.crt

step "Alice's laptop learns the visit is published"
export MYSTERY_SHOP_PROFILE="$WORK/alice"
"$MS" sync
"$MS" visits list --status published
