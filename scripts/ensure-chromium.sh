# Sourced by test.sh: the browser tests drive Debian's Chromium (no browser download is possible here),
# and screenshots need CJK fonts. Installs both from Debian when missing; a failed install stops the tests.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
if [ "${#missing[@]}" -gt 0 ]; then
  echo "安装 / installing from Debian: ${missing[*]}" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >&2
fi
export ECOGOV_CHROMIUM=/usr/bin/chromium
