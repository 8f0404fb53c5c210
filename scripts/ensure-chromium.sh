# Sourced by test.sh: the browser tests drive Debian's Chromium (no browser download is possible here).
if [ ! -x /usr/bin/chromium ]; then
  echo "安装 Chromium / installing Debian's chromium for the browser tests…" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >&2
  else
    sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-noto-cjk >&2
  fi
fi
if ! fc-list 2>/dev/null | grep -qi "Noto Sans CJK"; then
  if [ "$(id -u)" = 0 ]; then DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-noto-cjk >&2 || true; fi
fi
export ECOGOV_CHROMIUM=/usr/bin/chromium
