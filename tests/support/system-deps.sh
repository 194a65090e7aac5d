#!/usr/bin/env bash
# Installs the Debian packages the tests drive where missing: Chromium, nginx, poppler (pdffonts, pdfinfo,
# pdftotext, pdftoppm) and git (the reproducible-build and PDF tests list the tracked files). unshare, the other
# program the tests start, is in util-linux, which every Debian system has.
set -euo pipefail
need=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROME_PATH:-}" ] || need+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
for tool in pdffonts pdfinfo pdftotext pdftoppm; do
  command -v "$tool" >/dev/null 2>&1 || { need+=(poppler-utils); break; }
done
command -v git >/dev/null 2>&1 || need+=(git)
[ ${#need[@]} -eq 0 ] && exit 0
echo "Installing Debian packages for the tests: ${need[*]}"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
