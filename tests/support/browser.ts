import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium; no test tool may download a browser of its own. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network it does not have here (updates, sync, metrics). */
export const quietFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-extensions',
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: [...quietFlags, ...extraArgs] });
}
