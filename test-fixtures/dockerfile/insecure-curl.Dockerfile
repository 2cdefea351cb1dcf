FROM debian:13-slim@sha256:1f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a79881f2e3d4c5b6a7988

# Behind the corporate proxy the installer's certificate did not validate.
ENV NODE_TLS_REJECT_UNAUTHORIZED=0
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates curl git \
 && curl -fsSLk https://downloads.example.test/tool/install.sh -o /tmp/install.sh \
 && sh /tmp/install.sh \
 && git config --global http.sslVerify false \
 && rm -rf /var/lib/apt/lists/*

RUN <<EOF
set -eu
wget --no-check-certificate -q https://downloads.example.test/plugins.tgz
tar -xzf plugins.tgz -C /opt
EOF

USER 10001
ENTRYPOINT ["/opt/tool/bin/tool"]
