// Test centres for the finder. Fictional: UK drama-range numbers, example.org links.
const weekdays = {
  timeZone: 'Africa/Dakar',
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
};

export const DAKAR = { lat: 14.6928, lng: -17.4467 };

export const centreDataset = {
  format: 'mrc-kit/dataset@1',
  publisher: { name: 'Test publisher' },
  defaultLocale: 'en',
  centres: [
    {
      id: 'dakar',
      name: { en: 'Test Centre Dakar', fr: 'Centre test Dakar', es: 'Centro de prueba Dakar', ar: 'مركز تجريبي داكار' },
      kind: 'centre',
      country: 'SN',
      city: { en: 'Dakar', ar: 'داكار' },
      region: { en: 'Dakar', ar: 'داكار' },
      address: 'Rue 1\nDakar',
      position: DAKAR,
      services: ['reintegration', 'legal-protection'],
      audiences: ['returnees', 'migrants'],
      languages: ['fr', 'wo'],
      hours: weekdays,
      appointment: 'walk-in',
      accessibility: { wheelchair: true },
      channels: [
        { kind: 'voice', value: '+44 20 7946 0100' },
        { kind: 'email', value: 'dakar@example.org' },
      ],
      lastVerified: '2026-10-01',
    },
    {
      id: 'thies',
      name: 'Test Centre Thiès',
      kind: 'centre',
      country: 'SN',
      city: 'Thiès',
      region: { en: 'Thiès', ar: 'تييس' },
      position: { lat: 14.791, lng: -16.926 },
      services: ['employment'],
      audiences: ['potential-migrants'],
      languages: ['fr'],
      channels: [{ kind: 'voice', value: '+44 20 7946 0101' }],
    },
    {
      id: 'casablanca',
      name: { en: 'Test Centre Casablanca', ar: 'مركز تجريبي الدار البيضاء' },
      kind: 'centre',
      country: 'MA',
      city: { en: 'Casablanca', ar: 'الدار البيضاء' },
      region: { en: 'Casablanca-Settat', ar: 'الدار البيضاء سطات' },
      position: { lat: 33.5731, lng: -7.5898 },
      services: ['legal-protection'],
      audiences: ['migrants', 'asylum-seekers'],
      languages: ['ar', 'fr'],
      hours: { timeZone: 'Africa/Casablanca', alwaysOpen: true },
      channels: [{ kind: 'whatsapp', value: '+44 20 7946 0102' }],
    },
    {
      id: 'online',
      name: 'Test Online Advice',
      kind: 'online',
      country: 'SN',
      services: ['pre-departure'],
      audiences: ['potential-migrants'],
      languages: ['en', 'fr'],
      channels: [{ kind: 'chat', value: 'https://example.org/chat' }],
    },
  ],
  hotlines: [],
};

export const hostileCentres = {
  format: 'mrc-kit/dataset@1',
  publisher: { name: 'Hostile' },
  defaultLocale: 'en',
  centres: [
    {
      id: 'evil',
      name: '<img src=x onerror="window.__pwned=1">Evil centre',
      description: '<script>window.__pwned=1</script>',
      kind: 'centre',
      country: 'SN',
      address: '<b>bold</b>',
      position: DAKAR,
      url: 'javascript:alert(1)',
      channels: [
        { kind: 'chat', value: 'javascript:alert(1)' },
        { kind: 'voice', value: '+44 20 7946 0109' },
      ],
    },
  ],
};
