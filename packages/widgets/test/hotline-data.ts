// Test datasets for the hotline card. Fictional: numbers from the UK's drama ranges, example.org links.
export const testDataset = {
  format: 'mrc-kit/dataset@1',
  publisher: { name: 'Test publisher' },
  updated: '2026-11-01',
  defaultLocale: 'en',
  hotlines: [
    {
      id: 'sn-line',
      name: {
        en: 'Test Line Senegal',
        fr: 'Ligne test Sénégal',
        es: 'Línea de prueba Senegal',
        ar: 'خط تجريبي السنغال',
      },
      operator: { en: 'Test Operator', fr: 'Opérateur test', es: 'Operador de prueba', ar: 'جهة تشغيل تجريبية' },
      description: {
        en: 'Answers questions.',
        fr: 'Répond aux questions.',
        es: 'Responde preguntas.',
        ar: 'يجيب عن الأسئلة.',
      },
      countries: ['SN'],
      topics: ['safe-migration'],
      free: true,
      anonymous: true,
      hours: {
        timeZone: 'Africa/Dakar',
        weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
      },
      languages: ['fr', 'wo'],
      lastVerified: '2026-10-01',
      channels: [
        { kind: 'voice', value: '+44 20 7946 0001' },
        { kind: 'whatsapp', value: '+44 20 7946 0001' },
        { kind: 'email', value: 'help@example.org' },
      ],
    },
    {
      id: 'ma-line',
      name: {
        en: 'Test Line Morocco',
        fr: 'Ligne test Maroc',
        es: 'Línea de prueba Marruecos',
        ar: 'خط تجريبي المغرب',
      },
      countries: ['MA', 'SN'],
      topics: ['trafficking'],
      emergency: true,
      hours: { timeZone: 'Africa/Casablanca', alwaysOpen: true },
      channels: [
        { kind: 'voice', value: '+44 20 7946 0002' },
        { kind: 'sms', value: '+44 20 7946 0003' },
        { kind: 'telegram', value: '@test_line' },
        { kind: 'signal', value: '+44 20 7946 0004' },
        { kind: 'viber', value: '+44 20 7946 0005' },
        { kind: 'messenger', value: 'test.line' },
        { kind: 'chat', value: 'https://example.org/chat' },
      ],
    },
    {
      id: 'gt-line',
      name: 'Test Line Guatemala',
      countries: ['GT'],
      channels: [{ kind: 'voice', value: '+44 20 7946 0006' }],
    },
  ],
};

/** A dataset written by an attacker: scripts in links and HTML in texts. */
export const hostileDataset = {
  format: 'mrc-kit/dataset@1',
  publisher: { name: 'Hostile' },
  defaultLocale: 'en',
  hotlines: [
    {
      id: 'evil',
      name: '<img src=x onerror="window.__pwned=1">Evil line',
      description: '<script>window.__pwned=1</script><b>bold?</b>',
      countries: ['SN'],
      url: 'javascript:alert(1)',
      channels: [
        { kind: 'chat', value: 'javascript:alert(1)' },
        { kind: 'chat', value: 'JaVaScRiPt:window.__pwned=1' },
        { kind: 'chat', value: 'java\nscript:alert(1)' },
        { kind: 'chat', value: 'data:text/html,<script>alert(1)</script>' },
        { kind: 'email', value: 'a@b.c"><img src=x onerror=alert(1)>' },
        { kind: 'whatsapp', value: 'https://wa.me.evil.example/1' },
        { kind: 'voice', value: '+44 20 7946 0009' },
      ],
    },
  ],
};
