// A test runner command that sets the browser's own geolocation permission and position, through
// the DevTools protocol, so the finder's tests exercise the real permission path. Chromium only:
// elsewhere the command answers false and the test replaces navigator.geolocation instead.
export function geolocationPlugin() {
  // Emulation lasts as long as its DevTools session: one session per page, kept open.
  const sessions = new WeakMap();
  return {
    name: 'mrc-geolocation',
    async executeCommand({ command, payload, session }) {
      if (command !== 'set-geolocation') return undefined;
      const launcher = session.browser;
      if (launcher.type !== 'puppeteer' || typeof launcher.getPage !== 'function') return false;
      const page = launcher.getPage(session.id);
      if (!page.browser().process()?.spawnfile?.includes('chrom')) return false;
      let cdp = sessions.get(page);
      if (!cdp) {
        cdp = await page.createCDPSession();
        sessions.set(page, cdp);
      }
      const origin = new URL(page.url()).origin;
      const { permission, position } = payload;
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
      return true;
    },
  };
}
