#!/usr/bin/env bash
# Writes a complete nginx.conf for HipFlex behind nginx: several identical app instances, one address;
# and hipflex.env, the settings each instance needs behind it.
#
#   deploy/nginx/render.sh OUTDIR LISTEN_PORT UPSTREAM_PORT [UPSTREAM_PORT...]
#   nginx -p OUTDIR -c OUTDIR/nginx.conf            # start (add -g 'daemon off;' to keep it in front)
#   nginx -p OUTDIR -c OUTDIR/nginx.conf -s quit    # stop
#   set -a; . OUTDIR/hipflex.env; set +a; bin/hipflex --server.port=UPSTREAM_PORT   # each instance
#
# Everything nginx writes (pid, logs, temp files, the cache) stays inside OUTDIR, so it runs without root
# and beside a system nginx. It listens on 127.0.0.1:LISTEN_PORT and spreads requests over the instances
# on 127.0.0.1:UPSTREAM_PORT... Put TLS in front of it (or add a `listen 443 ssl` server): see
# docs/operations.md, "Several instances behind nginx", for what each part below is for.
# Environment: HIPFLEX_UPSTREAM_HOST (default 127.0.0.1), HIPFLEX_NGINX_USER (the worker user when
# started as root; default www-data, else nobody); for hipflex.env: HIPFLEX_BASE_URL (the address browsers
# use; default http://127.0.0.1:LISTEN_PORT) and HIPFLEX_NGINX_ADDRESS (the address the instances see
# nginx connect from; default 127.0.0.1, and required when HIPFLEX_UPSTREAM_HOST is another host).
set -euo pipefail

if [ "$#" -lt 3 ]; then
  echo "usage: $0 OUTDIR LISTEN_PORT UPSTREAM_PORT [UPSTREAM_PORT...]" >&2
  exit 2
fi
out=$1 listen=$2
shift 2
for port in "$listen" "$@"; do
  [[ "$port" =~ ^[0-9]+$ ]] || { echo "not a port: $port" >&2; exit 2; }
done
host=${HIPFLEX_UPSTREAM_HOST:-127.0.0.1}
case "$host" in
  127.*|localhost|::1) nginx_address=${HIPFLEX_NGINX_ADDRESS:-127.0.0.1} ;;
  *) nginx_address=${HIPFLEX_NGINX_ADDRESS:-}
     [ -n "$nginx_address" ] || {
       echo "instances on $host: set HIPFLEX_NGINX_ADDRESS to the address they see nginx connect from" >&2
       exit 2
     } ;;
esac
[[ "$nginx_address" =~ ^[0-9A-Fa-f.:]+$ ]] || { echo "not an IP address: $nginx_address" >&2; exit 2; }
[[ "$nginx_address" == *:* ]] && trusted="$nginx_address/128" || trusted="$nginx_address/32"
base_url=${HIPFLEX_BASE_URL:-http://127.0.0.1:$listen}

mkdir -p "$out/logs" "$out/temp" "$out/cache"
out=$(cd "$out" && pwd)

user_line=""
if [ "$(id -u)" = 0 ]; then
  # nginx's workers drop to this user; they must reach the temp and cache folders inside OUTDIR
  # (nginx itself hands those folders to the user when it starts).
  worker=${HIPFLEX_NGINX_USER:-$(id -u www-data >/dev/null 2>&1 && echo www-data || echo nobody)}
  user_line="user $worker;"
  chmod a+x "$out"
fi

servers=""
for port in "$@"; do
  servers+="        server $host:$port max_fails=1 fail_timeout=10s;"$'\n'
done

cat > "$out/nginx.conf" <<CONF
# Rendered by deploy/nginx/render.sh for HipFlex: $# instance(s) behind 127.0.0.1:$listen.
$user_line
worker_processes auto;
pid $out/nginx.pid;
error_log $out/logs/error.log warn;

events {
    worker_connections 1024;
}

http {
    default_type application/octet-stream;
    server_tokens off;
    sendfile on;
    keepalive_timeout 65s;

    log_format hipflex '\$remote_addr [\$time_local] "\$request" \$status \$body_bytes_sent '
                       'upstream=\$upstream_addr cache=\$upstream_cache_status \${request_time}s';
    access_log $out/logs/access.log hipflex;

    client_body_temp_path $out/temp/client_body;
    proxy_temp_path       $out/temp/proxy;
    fastcgi_temp_path     $out/temp/fastcgi;
    uwsgi_temp_path       $out/temp/uwsgi;
    scgi_temp_path        $out/temp/scgi;

    # Uploads (the journal's CSV import) up to the app's own multipart limit (11 MB).
    client_max_body_size 11m;
    client_body_timeout 60s;
    send_timeout 60s;

    gzip on;
    gzip_proxied any;
    gzip_vary on;
    gzip_min_length 1024;
    gzip_types text/css text/plain text/csv text/calendar image/svg+xml application/json application/xml;

    # Stores only what the app marks cacheable (Cache-Control: public, max-age=N): nginx never caches a
    # response with Set-Cookie or Cache-Control private, no-store or no-cache, and with no
    # proxy_cache_valid here nothing without an explicit lifetime is stored.
    proxy_cache_path $out/cache levels=1:2 keys_zone=hipflex:10m max_size=256m inactive=10m use_temp_path=off;

    # A request with a session cookie (SESSION with the postgres profile, JSESSIONID without) or an
    # Authorization header is a runner's: it neither reads from nor writes to the cache; so is a share link's summary.
    map \$http_cookie \$hipflex_session_cookie {
        default 0;
        "~(^|;)\\s*(SESSION|JSESSIONID)=" 1;
    }
    # A share link's summary (/shared/{token}) is a runner's too, whoever asks: the token in the address is the
    # secret, so no answer under it may be stored, whatever the app says (\$uri is decoded and normalised).
    map \$uri \$hipflex_token_path {
        default 0;
        "~*^/+shared(/|\$)" 1;
    }
    map "\$hipflex_session_cookie:\$http_authorization:\$hipflex_token_path" \$hipflex_personal {
        default 1;
        "0::0" 0;
    }

    # The scheme the browser used: what a TLS terminator in front of this nginx says, else nginx's own.
    # Only clients on 127.0.0.1 reach this server, so the header cannot come from a browser directly;
    # when nginx faces browsers itself, use \$scheme and \$server_port instead.
    map \$http_x_forwarded_proto \$hipflex_proto {
        default \$http_x_forwarded_proto;
        "" \$scheme;
    }
    map \$http_x_forwarded_proto \$hipflex_port {
        default \$http_x_forwarded_port;
        "" \$server_port;
    }

    # Conditional requests (If-None-Match, If-Modified-Since) reach the app when nginx has nothing cached
    # to answer them with; when it revalidates a cached page it sends its own.
    map \$upstream_cache_etag \$hipflex_if_none_match {
        "" \$http_if_none_match;
        default \$upstream_cache_etag;
    }
    map \$upstream_cache_last_modified \$hipflex_if_modified_since {
        "" \$http_if_modified_since;
        default \$upstream_cache_last_modified;
    }

    upstream hipflex {
$servers        keepalive 16;
    }

    server {
        listen 127.0.0.1:$listen;
        server_name _;

        location / {
            proxy_pass http://hipflex;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            # The instances believe these from this nginx only (HIPFLEX_TRUSTED_PROXIES in hipflex.env). Of
            # X-Forwarded-For they take the rightmost address that is not nginx's: the client as nginx saw it
            # (or as a TLS terminator on this host reports it), never what a browser wrote further left.
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$hipflex_proto;
            proxy_set_header X-Forwarded-Host \$host;
            proxy_set_header X-Forwarded-Port \$hipflex_port;

            proxy_connect_timeout 2s;
            proxy_send_timeout 60s;
            proxy_read_timeout 60s;
            # Passive failover: a request that fails to reach an instance (refused, reset) or gets 502
            # is tried once more on the next instance, forms (POST) too; a failed instance rests for
            # fail_timeout. Not on timeout: a slow request is still running and must not run twice. Not on
            # 503: the app answers 503 itself when its PDF renders or imports are busy, and counting that as
            # a failure would take every instance out for fail_timeout during a PDF flood.
            proxy_next_upstream error http_502 non_idempotent;
            proxy_next_upstream_tries 2;

            proxy_cache hipflex;
            proxy_cache_methods GET HEAD;
            # The address as sent (path and query), never the Host header or the scheme: the app's public
            # answers do not depend on the name the client used, and a made-up Host must not get entries of
            # its own. Made-up parameters still do (each miss reaches the app, whose store keeps a page once,
            # under the parameters it reads); max_size and inactive bound them, least recently used first.
            proxy_cache_key \$request_uri;
            proxy_cache_bypass \$hipflex_personal;
            proxy_no_cache \$hipflex_personal;
            proxy_cache_revalidate on;
            proxy_set_header If-None-Match \$hipflex_if_none_match;
            proxy_set_header If-Modified-Since \$hipflex_if_modified_since;
            proxy_cache_lock on;
            proxy_cache_use_stale updating;

            add_header X-Cache-Status \$upstream_cache_status always;
            add_header X-Upstream \$upstream_addr always;
        }
    }
}
CONF

# The instances believe X-Forwarded-* from this nginx only (and from no one when the setting is missing),
# and write absolute links with the address browsers use, never with a Host header a client chose.
cat > "$out/hipflex.env" <<ENV
# Rendered by deploy/nginx/render.sh: what every HipFlex instance behind this nginx needs (docs/operations.md).
# Give it to their service manager (systemd: EnvironmentFile=), or: set -a; . $out/hipflex.env; set +a
HIPFLEX_TRUSTED_PROXIES=$trusted
HIPFLEX_BASE_URL=$base_url
ENV
echo "$out/nginx.conf"
