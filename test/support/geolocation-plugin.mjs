// A test runner command that sets the browser's own geolocation permission and position, so the
// finder's tests exercise the real permission path: in Chromium through the DevTools protocol, in
// Firefox through WebDriver BiDi (permissions.setPermission and emulation.setGeolocationOverride).
export function geolocationPlugin() {
  // Chromium's emulation lasts as long as its DevTools session: one session per page, kept open.
  const sessions = new WeakMap();
  return {
    name: 'mrc-geolocation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-geolocation') return undefined;
      const launcher = session.browser;
      if (launcher.type !== 'puppeteer' || typeof launcher.getPage !== 'function') return false;
      const page = launcher.getPage(session.id);
      const origin = new URL(page.url()).origin;
      const { permission, position } = payload;
      if (page.browser().process()?.spawnfile?.includes('chrom')) {
        await setInChromium(page, sessions, origin, permission, position);
      } else {
        await setInFirefox(page, origin, permission, position);
      }
      return true;
    },
  };
}

async function setInChromium(page, sessions, origin, permission, position) {
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.createCDPSession();
    sessions.set(page, cdp);
  }
  await cdp.send('Browser.setPermission', {
    permission: { name: 'geolocation' },
    setting: permission === 'granted' ? 'granted' : 'denied',
    origin,
  });
  // No coordinates: the browser reports the position as unavailable.
  await cdp.send(
    'Emulation.setGeolocationOverride',
    position ? { latitude: position.lat, longitude: position.lng, accuracy: 50 } : {},
  );
}

async function setInFirefox(page, origin, permission, position) {
  await page.browserContext().setPermission(origin, {
    permission: { name: 'geolocation' },
    state: permission === 'granted' ? 'granted' : 'denied',
  });
  // No override: Firefox asks its own location provider, which web-test-runner.config.mjs points
  // at a closed local port, so the position is reported unavailable.
  await page.setGeolocation(position ? { latitude: position.lat, longitude: position.lng, accuracy: 50 } : null);
}
