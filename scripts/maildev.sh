#!/usr/bin/env bash
# The development and test mail server, maildev: SMTP on 127.0.0.1:1025, web UI and REST API on http://127.0.0.1:1080.
#   bash scripts/maildev.sh [start]   installs maildev (npm) if missing, starts it in the background, waits until both
#                                     ports answer; does nothing when it already runs
#   bash scripts/maildev.sh stop      stops the maildev this script started (tests use it for an SMTP outage)
#   bash scripts/maildev.sh status    exit 0 when SMTP and web answer
# Mail is kept in $ORDERMATCH_MAILDEV_DIR/mail (default /tmp/ordermatch-maildev/mail), so a restart keeps the inbox.
set -euo pipefail

version=2.2.1
dir="${ORDERMATCH_MAILDEV_DIR:-/tmp/ordermatch-maildev}"
pidfile="$dir/maildev.pid"
log="$dir/maildev.log"
smtp_port=1025
web_port=1080

answers() {
  (exec 3<>"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null &&
    curl -fsS -o /dev/null --max-time 2 "http://127.0.0.1:$web_port/healthz" 2>/dev/null
}

running_pid() {
  [ -f "$pidfile" ] || return 1
  local pid
  pid="$(cat "$pidfile")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

start() {
  if answers; then
    echo "maildev: running (SMTP 127.0.0.1:$smtp_port, web http://127.0.0.1:$web_port)"
    return 0
  fi
  if ! command -v maildev >/dev/null 2>&1; then
    command -v npm >/dev/null 2>&1 || { echo "maildev: npm (Node.js) is required to install maildev" >&2; exit 1; }
    echo "maildev: installing maildev@$version (npm)"
    npm install -g --silent "maildev@$version" >/dev/null
  fi
  mkdir -p "$dir/mail"
  nohup maildev --smtp "$smtp_port" --web "$web_port" --ip 127.0.0.1 --web-ip 127.0.0.1 \
    --mail-directory "$dir/mail" --silent >"$log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  for _ in $(seq 1 60); do
    if answers; then
      echo "maildev: started (SMTP 127.0.0.1:$smtp_port, web http://127.0.0.1:$web_port)"
      return 0
    fi
    sleep 0.5
  done
  echo "maildev: did not answer within 30 s; see $log" >&2
  exit 1
}

stop() {
  local pid
  if pid="$(running_pid)"; then
    kill "$pid"
    for _ in $(seq 1 40); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.25
    done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    rm -f "$pidfile"
    echo "maildev: stopped"
  else
    echo "maildev: not started by this script"
  fi
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  status) answers ;;
  *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
