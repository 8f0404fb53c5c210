# Sourced by test.sh: the generated documents (.docx, .xlsx) are opened by LibreOffice in the tests (converted to PDF
# headless), as an office would open them. Installs Debian's LibreOffice Writer and Calc (no GUI) when missing.
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
lo_missing=()
dpkg -s libreoffice-writer-nogui >/dev/null 2>&1 || lo_missing+=(libreoffice-writer-nogui)
dpkg -s libreoffice-calc-nogui >/dev/null 2>&1 || lo_missing+=(libreoffice-calc-nogui)
if [ "${#lo_missing[@]}" -gt 0 ]; then
  echo "安装 / installing from Debian: ${lo_missing[*]}" >&2
  as_root apt-get update -qq >&2
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${lo_missing[@]}" >&2
fi
export ECOGOV_SOFFICE=/usr/bin/soffice
