// A small valid dataset for the network tests: what they check is how a document travels, not its
// content, so it stays independent of the demo data.
export const smallDataset = {
  format: 'mrc-kit/dataset@1',
  publisher: { name: 'Test publisher', url: 'https://example.org/' },
  updated: '2026-11-01',
  defaultLocale: 'en',
  hotlines: [
    {
      id: 'line-sn',
      name: { en: 'Test line Senegal', fr: 'Ligne test Sénégal' },
      countries: ['SN'],
      channels: [{ kind: 'voice', value: '+44 20 7946 0001' }],
    },
    {
      id: 'line-gt',
      name: { en: 'Test line Guatemala', es: 'Línea de prueba Guatemala' },
      countries: ['GT'],
      channels: [{ kind: 'whatsapp', value: '+44 7700 900001' }],
    },
  ],
};
