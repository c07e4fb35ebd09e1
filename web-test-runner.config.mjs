// Browser tests: every test file runs in Chromium and in Firefox ESR, from the distribution's own
// packages (no tool downloads a browser). Browsers start with a time zone far from UTC so that no
// hours test passes by accident of the machine's zone, and with every outside host unreachable.
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { reactEsmPlugin } from './test/support/react-esm-plugin.mjs';
import { countsReporter } from './test/support/counts-reporter.mjs';
import { geolocationPlugin } from './test/support/geolocation-plugin.mjs';

const browserTimeZone = process.env.MRC_TEST_TZ ?? 'Pacific/Chatham';
const env = { ...process.env, TZ: browserTimeZone };

const chromium = chromeLauncher({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    env,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
    ],
  },
});

const firefox = chromeLauncher({
  launchOptions: {
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    env,
    extraPrefsFirefox: {
      'network.dns.forceResolve': '127.0.0.1',
      // The browser's own location provider answers "unavailable" (port 9 is closed): tests that
      // need a position set it through WebDriver BiDi.
      'geo.provider.network.url': 'http://127.0.0.1:9/',
      'geo.provider.use_geoclue': false,
      'geo.provider.use_gpsd': false,
      'network.captive-portal-service.enabled': false,
      'app.update.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
    },
  },
});

const only = process.env.MRC_BROWSERS?.split(',');
const browsers = [
  ['chromium', chromium],
  ['firefox', firefox],
]
  .filter(([name]) => !only || only.includes(name))
  .map(([, launcher]) => launcher);

export default {
  // `*.node.test.ts` files start servers and run in Node only, as does the command line's every test
  // (scripts/test-node.mjs).
  files: ['packages/*/test/**/*.test.ts', '!packages/*/test/**/*.node.test.ts', '!packages/cli/**'],
  nodeResolve: { exportConditions: ['mrc-source', 'browser', 'development'] },
  plugins: [
    // `esnext`: with an ES year as target, esbuild drops the `with { type: 'json' }` of the SDK's demo
    // data imports, and the browser then refuses the JSON files; both browsers read them natively.
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.tests.json', target: 'esnext' }),
    reactEsmPlugin(),
    geolocationPlugin(),
  ],
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  testsFinishTimeout: 300000,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countsReporter('.test-results/browser.json')],
};
