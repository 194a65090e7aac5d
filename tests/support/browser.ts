import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';

/** Debian's Chromium; no test tool may download a browser of its own. */
export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Flags that keep Chromium off the network it does not have here (updates, sync, metrics), and off work no test needs. */
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
  // Work for a visitor's back button and for smooth page changes that no test uses: keeping each page left in the
  // back-forward cache, a new frame per document, holding paint across navigations. Off, the browser suites
  // visit their hundreds of pages with about a tenth less CPU.
  '--disable-features=BackForwardCache,RenderDocument,PaintHolding',
];

export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath, args: [...quietFlags, ...extraArgs] });
}

const devTools = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Presses Tab, or Shift+Tab with `shift`, `times` times in a row: the key events Playwright's keyboard.press
 * sends (raw key-downs and key-ups, Shift held around the Tabs), through the DevTools protocol all at once instead
 * of one round trip per key. Chromium handles them in order, each moving focus as a visitor's Tab does; resolves
 * once all are handled.
 */
export async function pressTab(page: Page, times: number, { shift = false } = {}): Promise<void> {
  if (times <= 0) return;
  if (!devTools.has(page)) devTools.set(page, page.context().newCDPSession(page));
  const session = await devTools.get(page)!;
  const modifiers = shift ? 8 : 0;
  const shiftKey = { key: 'Shift', code: 'ShiftLeft', windowsVirtualKeyCode: 16, location: 1 };
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9, modifiers };
  const down = 'rawKeyDown' as const;
  const up = 'keyUp' as const;
  const events = [
    ...(shift ? [{ type: down, ...shiftKey, modifiers }] : []),
    ...Array.from({ length: times }, () => [
      { type: down, ...tab },
      { type: up, ...tab },
    ]).flat(),
    ...(shift ? [{ type: up, ...shiftKey, modifiers: 0 }] : []),
  ];
  await Promise.all(events.map((event) => session.send('Input.dispatchKeyEvent', event)));
}
