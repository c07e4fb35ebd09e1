// Real places where Migrant Resource Centres and similar services work, for synthetic data that
// looks like the real thing: names in the scripts people type them in, true coordinates.

export interface City {
  /** The name as written locally in Latin script (accents kept), and in Arabic where used. */
  name: string;
  ar?: string;
  region: string;
  lat: number;
  lng: number;
  timeZone: string;
}

export interface Country {
  code: string;
  /** The language of the country's centre names, and the languages centres there speak. */
  nameLanguage: 'fr' | 'es' | 'pt' | 'ar' | 'en';
  languages: string[];
  cities: City[];
}

const city = (name: string, region: string, lat: number, lng: number, timeZone: string, ar?: string): City => ({
  name,
  region,
  lat,
  lng,
  timeZone,
  ...(ar !== undefined && { ar }),
});

export const COUNTRIES: Country[] = [
  {
    code: 'SN',
    nameLanguage: 'fr',
    languages: ['fr', 'wo', 'ff', 'en'],
    cities: [
      city('Dakar', 'Dakar', 14.6928, -17.4467, 'Africa/Dakar'),
      city('Saint-Louis', 'Saint-Louis', 16.0179, -16.4896, 'Africa/Dakar'),
      city('Thiès', 'Thiès', 14.791, -16.9359, 'Africa/Dakar'),
      city('Ziguinchor', 'Ziguinchor', 12.5681, -16.2719, 'Africa/Dakar'),
      city('Kaolack', 'Kaolack', 14.1652, -16.0758, 'Africa/Dakar'),
      city('Tambacounda', 'Tambacounda', 13.7707, -13.6673, 'Africa/Dakar'),
      city('Kolda', 'Kolda', 12.8983, -14.9412, 'Africa/Dakar'),
    ],
  },
  {
    code: 'MA',
    nameLanguage: 'ar',
    languages: ['ar', 'fr', 'zgh', 'es', 'en'],
    cities: [
      city('Casablanca', 'Casablanca-Settat', 33.5731, -7.5898, 'Africa/Casablanca', 'الدار البيضاء'),
      city('Rabat', 'Rabat-Salé-Kénitra', 34.0209, -6.8416, 'Africa/Casablanca', 'الرباط'),
      city('Fès', 'Fès-Meknès', 34.0181, -5.0078, 'Africa/Casablanca', 'فاس'),
      city('Marrakech', 'Marrakech-Safi', 31.6295, -7.9811, 'Africa/Casablanca', 'مراكش'),
      city('Tanger', 'Tanger-Tétouan-Al Hoceïma', 35.7595, -5.834, 'Africa/Casablanca', 'طنجة'),
      city('Oujda', 'Oriental', 34.6814, -1.9086, 'Africa/Casablanca', 'وجدة'),
      city('Agadir', 'Souss-Massa', 30.4278, -9.5981, 'Africa/Casablanca', 'أكادير'),
    ],
  },
  {
    code: 'TN',
    nameLanguage: 'ar',
    languages: ['ar', 'fr', 'en'],
    cities: [
      city('Tunis', 'Tunis', 36.8065, 10.1815, 'Africa/Tunis', 'تونس'),
      city('Sfax', 'Sfax', 34.7406, 10.7603, 'Africa/Tunis', 'صفاقس'),
      city('Sousse', 'Sousse', 35.8256, 10.6369, 'Africa/Tunis', 'سوسة'),
      city('Médenine', 'Médenine', 33.3549, 10.5055, 'Africa/Tunis', 'مدنين'),
    ],
  },
  {
    code: 'EG',
    nameLanguage: 'ar',
    languages: ['ar', 'en'],
    cities: [
      city('Cairo', 'Cairo', 30.0444, 31.2357, 'Africa/Cairo', 'القاهرة'),
      city('Alexandria', 'Alexandria', 31.2001, 29.9187, 'Africa/Cairo', 'الإسكندرية'),
      city('Asyut', 'Asyut', 27.1783, 31.1859, 'Africa/Cairo', 'أسيوط'),
    ],
  },
  {
    code: 'LB',
    nameLanguage: 'ar',
    languages: ['ar', 'fr', 'en'],
    cities: [
      city('Beyrouth', 'Beyrouth', 33.8938, 35.5018, 'Asia/Beirut', 'بيروت'),
      city('Tripoli', 'Liban-Nord', 34.4367, 35.8497, 'Asia/Beirut', 'طرابلس'),
      city('Saïda', 'Liban-Sud', 33.5606, 35.3758, 'Asia/Beirut', 'صيدا'),
    ],
  },
  {
    code: 'NE',
    nameLanguage: 'fr',
    languages: ['fr', 'ha', 'dje', 'en'],
    cities: [
      city('Niamey', 'Niamey', 13.5116, 2.1254, 'Africa/Niamey'),
      city('Agadez', 'Agadez', 16.9742, 7.9865, 'Africa/Niamey'),
      city('Zinder', 'Zinder', 13.8053, 8.9881, 'Africa/Niamey'),
      city('Maradi', 'Maradi', 13.5, 7.1017, 'Africa/Niamey'),
    ],
  },
  {
    code: 'ML',
    nameLanguage: 'fr',
    languages: ['fr', 'bm', 'ff'],
    cities: [
      city('Bamako', 'Bamako', 12.6392, -8.0029, 'Africa/Bamako'),
      city('Kayes', 'Kayes', 14.4469, -11.4456, 'Africa/Bamako'),
      city('Gao', 'Gao', 16.2666, -0.0403, 'Africa/Bamako'),
      city('Mopti', 'Mopti', 14.4843, -4.1826, 'Africa/Bamako'),
    ],
  },
  {
    code: 'MX',
    nameLanguage: 'es',
    languages: ['es', 'es-MX', 'en', 'nah'],
    cities: [
      city('Ciudad de México', 'Ciudad de México', 19.4326, -99.1332, 'America/Mexico_City'),
      city('Tijuana', 'Baja California', 32.5149, -117.0382, 'America/Tijuana'),
      city('Tapachula', 'Chiapas', 14.9036, -92.2575, 'America/Mexico_City'),
      city('Monterrey', 'Nuevo León', 25.6866, -100.3161, 'America/Monterrey'),
      city('Guadalajara', 'Jalisco', 20.6597, -103.3496, 'America/Mexico_City'),
      city('Ciudad Juárez', 'Chihuahua', 31.6904, -106.4245, 'America/Ciudad_Juarez'),
      city('Mérida', 'Yucatán', 20.9674, -89.5926, 'America/Merida'),
    ],
  },
  {
    code: 'GT',
    nameLanguage: 'es',
    languages: ['es', 'quc', 'mam', 'en'],
    cities: [
      city('Ciudad de Guatemala', 'Guatemala', 14.6349, -90.5069, 'America/Guatemala'),
      city('Quetzaltenango', 'Quetzaltenango', 14.8347, -91.5181, 'America/Guatemala'),
      city('Huehuetenango', 'Huehuetenango', 15.3197, -91.4709, 'America/Guatemala'),
      city('Tecún Umán', 'San Marcos', 14.6788, -92.1427, 'America/Guatemala'),
    ],
  },
  {
    code: 'EC',
    nameLanguage: 'es',
    languages: ['es', 'qu', 'en'],
    cities: [
      city('Quito', 'Pichincha', -0.1807, -78.4678, 'America/Guayaquil'),
      city('Guayaquil', 'Guayas', -2.1894, -79.8891, 'America/Guayaquil'),
      city('Cuenca', 'Azuay', -2.9001, -79.0059, 'America/Guayaquil'),
      city('Tulcán', 'Carchi', 0.8119, -77.7173, 'America/Guayaquil'),
    ],
  },
  {
    code: 'BR',
    nameLanguage: 'pt',
    languages: ['pt', 'es', 'en', 'fr'],
    cities: [
      city('São Paulo', 'São Paulo', -23.5505, -46.6333, 'America/Sao_Paulo'),
      city('Rio de Janeiro', 'Rio de Janeiro', -22.9068, -43.1729, 'America/Sao_Paulo'),
      city('Boa Vista', 'Roraima', 2.8235, -60.6758, 'America/Boa_Vista'),
      city('Manaus', 'Amazonas', -3.119, -60.0217, 'America/Manaus'),
    ],
  },
  {
    code: 'PH',
    nameLanguage: 'en',
    languages: ['en', 'fil', 'ceb'],
    cities: [
      city('Manila', 'Metro Manila', 14.5995, 120.9842, 'Asia/Manila'),
      city('Cebu City', 'Central Visayas', 10.3157, 123.8854, 'Asia/Manila'),
      city('Davao City', 'Davao', 7.1907, 125.4553, 'Asia/Manila'),
    ],
  },
];

/** Centre names by language: `{c}` is the city, `{d}` a district. */
export const NAME_PATTERNS: Record<Country['nameLanguage'], string[]> = {
  fr: [
    'Centre de ressources pour migrants de {c}',
    'Bureau d’accueil, d’orientation et de suivi {c} {d}',
    'Espace migrants {c} {d}',
    'Point d’information migration {c} {d}',
    'Guichet emploi et migration {c}',
  ],
  es: [
    'Ventanilla de Atención al Migrante {c} {d}',
    'Centro de Orientación para Personas Migrantes {c}',
    'Casa del Migrante {c} {d}',
    'Oficina de Atención a Retornados {c}',
    'Módulo de Información Migratoria {c} {d}',
  ],
  pt: [
    'Centro de Referência para Imigrantes {c} {d}',
    'Casa do Migrante {c}',
    'Posto de Atendimento ao Migrante {c} {d}',
  ],
  ar: [
    'مركز موارد المهاجرين {c}',
    'مكتب استقبال وتوجيه المهاجرين {c} {d}',
    'فضاء المهاجرين {c}',
    'نافذة الهجرة والتشغيل {c} {d}',
  ],
  en: ['Migrant Resource Centre {c} {d}', 'Overseas Workers Help Desk {c}', 'Returnee Reintegration Office {c} {d}'],
};

export const DISTRICTS: Record<Country['nameLanguage'], string[]> = {
  fr: ['Plateau', 'Médina', 'Gare routière', 'Port', 'Nord', 'Sud', 'Université', 'Marché central'],
  es: ['Centro', 'Norte', 'Sur', 'Frontera', 'Mercado', 'Terminal', 'San José', 'La Merced'],
  pt: ['Centro', 'Norte', 'Sul', 'Rodoviária', 'Porto'],
  ar: ['المدينة القديمة', 'الميناء', 'المحطة', 'الشمال', 'الجنوب', 'السوق المركزي'],
  en: ['Downtown', 'Port Area', 'North', 'South', 'Airport Road'],
};

/** Operators, some named in several languages as real datasets do. */
export const OPERATORS: (string | Record<string, string>)[] = [
  {
    en: 'International Organization for Migration',
    fr: 'Organisation internationale pour les migrations',
    es: 'Organización Internacional para las Migraciones',
    ar: 'المنظمة الدولية للهجرة',
  },
  { en: 'Red Cross', fr: 'Croix-Rouge', es: 'Cruz Roja', ar: 'الهلال الأحمر' },
  'Caritas',
  'Ministère des Affaires étrangères',
  'Secretaría de Relaciones Exteriores',
  { fr: 'Association Solidarité Migrants', ar: 'جمعية التضامن مع المهاجرين' },
  'Alianza Migrante',
  'Missão Paz',
  'Department of Migrant Workers',
];
