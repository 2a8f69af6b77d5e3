#!/usr/bin/env bash
# Creates the keystore behind WildFly's applicationKS: a self-signed certificate for localhost,
# valid for local use only. Leaves an existing keystore alone.
set -euo pipefail
keystore="$1"
[ -f "$keystore" ] && exit 0
# "password" is what the stock applicationKS definition names; this keystore protects nothing
# beyond a developer's machine. Production replaces it (README, "TLS").
keytool -genkeypair -alias server -keyalg EC -groupname secp256r1 -validity 825 \
    -dname "CN=localhost, O=Vigil local" -ext "SAN=dns:localhost,ip:127.0.0.1,ip:::1" \
    -storetype PKCS12 -keystore "$keystore" -storepass password -keypass password >/dev/null
# a private key: the server's user only
chmod 600 "$keystore"
echo "Generated a self-signed certificate for localhost in $keystore"
