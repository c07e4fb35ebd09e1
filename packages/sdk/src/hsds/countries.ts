/**
 * What the importer knows about a country: its calling code, the trunk prefix dialled before a
 * national number (dropped after the calling code), and its time zone when it has only one.
 * Countries with several zones or numbering rules that need more than this (Brazil's carrier
 * codes, Argentina's mobile 9) are left out on purpose: their numbers and hours are reported, not guessed.
 */
interface CountryFacts {
  calling?: string;
  trunk?: string;
  zone?: string;
}

// prettier-ignore
const FACTS: Readonly<Record<string, CountryFacts>> = {
  // The Americas
  US: { calling: '1', trunk: '1' }, CA: { calling: '1', trunk: '1' }, MX: { calling: '52', trunk: '' },
  GT: { calling: '502', trunk: '', zone: 'America/Guatemala' }, SV: { calling: '503', trunk: '', zone: 'America/El_Salvador' },
  HN: { calling: '504', trunk: '', zone: 'America/Tegucigalpa' }, NI: { calling: '505', trunk: '', zone: 'America/Managua' },
  CR: { calling: '506', trunk: '', zone: 'America/Costa_Rica' }, PA: { calling: '507', trunk: '', zone: 'America/Panama' },
  HT: { calling: '509', trunk: '', zone: 'America/Port-au-Prince' }, DO: { calling: '1', trunk: '1', zone: 'America/Santo_Domingo' },
  JM: { calling: '1', trunk: '1', zone: 'America/Jamaica' }, CU: { calling: '53', trunk: '0', zone: 'America/Havana' },
  CO: { zone: 'America/Bogota' }, PE: { calling: '51', trunk: '0', zone: 'America/Lima' },
  VE: { calling: '58', trunk: '0', zone: 'America/Caracas' }, EC: { calling: '593', trunk: '0' },
  // Europe
  GB: { calling: '44', trunk: '0', zone: 'Europe/London' }, IE: { calling: '353', trunk: '0', zone: 'Europe/Dublin' },
  FR: { calling: '33', trunk: '0', zone: 'Europe/Paris' }, DE: { calling: '49', trunk: '0', zone: 'Europe/Berlin' },
  // Italy and Côte d'Ivoire keep the leading 0 after the calling code: it is part of the number.
  IT: { calling: '39', trunk: '', zone: 'Europe/Rome' }, ES: { calling: '34', trunk: '' }, PT: { calling: '351', trunk: '' },
  NL: { calling: '31', trunk: '0', zone: 'Europe/Amsterdam' }, BE: { calling: '32', trunk: '0', zone: 'Europe/Brussels' },
  CH: { calling: '41', trunk: '0', zone: 'Europe/Zurich' }, AT: { calling: '43', trunk: '0', zone: 'Europe/Vienna' },
  SE: { calling: '46', trunk: '0', zone: 'Europe/Stockholm' }, NO: { calling: '47', trunk: '', zone: 'Europe/Oslo' },
  DK: { calling: '45', trunk: '', zone: 'Europe/Copenhagen' }, PL: { calling: '48', trunk: '', zone: 'Europe/Warsaw' },
  GR: { calling: '30', trunk: '', zone: 'Europe/Athens' }, RO: { calling: '40', trunk: '0', zone: 'Europe/Bucharest' },
  TR: { calling: '90', trunk: '0', zone: 'Europe/Istanbul' }, UA: { calling: '380', trunk: '0' },
  // Africa
  MA: { calling: '212', trunk: '0', zone: 'Africa/Casablanca' }, DZ: { calling: '213', trunk: '0', zone: 'Africa/Algiers' },
  TN: { calling: '216', trunk: '', zone: 'Africa/Tunis' }, LY: { calling: '218', trunk: '0', zone: 'Africa/Tripoli' },
  EG: { calling: '20', trunk: '0', zone: 'Africa/Cairo' }, SD: { calling: '249', trunk: '0', zone: 'Africa/Khartoum' },
  SN: { calling: '221', trunk: '', zone: 'Africa/Dakar' }, GM: { calling: '220', trunk: '', zone: 'Africa/Banjul' },
  GN: { calling: '224', trunk: '', zone: 'Africa/Conakry' }, ML: { calling: '223', trunk: '', zone: 'Africa/Bamako' },
  BF: { calling: '226', trunk: '', zone: 'Africa/Ouagadougou' }, NE: { calling: '227', trunk: '', zone: 'Africa/Niamey' },
  CI: { calling: '225', trunk: '', zone: 'Africa/Abidjan' }, GH: { calling: '233', trunk: '0', zone: 'Africa/Accra' },
  NG: { calling: '234', trunk: '0', zone: 'Africa/Lagos' }, CM: { calling: '237', trunk: '', zone: 'Africa/Douala' },
  ET: { calling: '251', trunk: '0', zone: 'Africa/Addis_Ababa' }, ER: { calling: '291', trunk: '0', zone: 'Africa/Asmara' },
  SO: { zone: 'Africa/Mogadishu' }, KE: { calling: '254', trunk: '0', zone: 'Africa/Nairobi' },
  UG: { calling: '256', trunk: '0', zone: 'Africa/Kampala' }, ZA: { calling: '27', trunk: '0', zone: 'Africa/Johannesburg' },
  ZW: { calling: '263', trunk: '0', zone: 'Africa/Harare' },
  // Asia and the Pacific
  JO: { calling: '962', trunk: '0', zone: 'Asia/Amman' }, LB: { calling: '961', trunk: '0', zone: 'Asia/Beirut' },
  SY: { calling: '963', trunk: '0', zone: 'Asia/Damascus' }, IQ: { calling: '964', trunk: '0', zone: 'Asia/Baghdad' },
  AF: { calling: '93', trunk: '0', zone: 'Asia/Kabul' }, PK: { calling: '92', trunk: '0', zone: 'Asia/Karachi' },
  IN: { calling: '91', trunk: '0', zone: 'Asia/Kolkata' }, BD: { calling: '880', trunk: '0', zone: 'Asia/Dhaka' },
  NP: { calling: '977', trunk: '0', zone: 'Asia/Kathmandu' }, LK: { calling: '94', trunk: '0', zone: 'Asia/Colombo' },
  PH: { calling: '63', trunk: '0', zone: 'Asia/Manila' }, VN: { calling: '84', trunk: '0', zone: 'Asia/Ho_Chi_Minh' },
  CN: { calling: '86', trunk: '0', zone: 'Asia/Shanghai' }, KR: { calling: '82', trunk: '0', zone: 'Asia/Seoul' },
  JP: { calling: '81', trunk: '0', zone: 'Asia/Tokyo' }, ID: { calling: '62', trunk: '0' }, AU: { calling: '61', trunk: '0' },
};

/** The calling code and trunk prefix of a country, when the importer knows them. */
export function callingCode(country: string): { calling: string; trunk: string } | undefined {
  const facts = FACTS[country];
  return facts?.calling === undefined ? undefined : { calling: facts.calling, trunk: facts.trunk ?? '' };
}

/** The IANA zone of a country that has exactly one. */
export function onlyTimeZone(country: string): string | undefined {
  return FACTS[country]?.zone;
}

// Codes Intl names that are not countries (or not ISO 3166-1 codes at all).
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'UK', 'ZZ']);

const ALIASES: Readonly<Record<string, string>> = {
  usa: 'US',
  'united states of america': 'US',
  'u.s.a.': 'US',
  'u.s.': 'US',
  uk: 'GB',
  'great britain': 'GB',
  britain: 'GB',
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  turkey: 'TR',
  'ivory coast': 'CI',
  gbr: 'GB',
  mex: 'MX',
  gtm: 'GT',
  sen: 'SN',
  mar: 'MA',
  esp: 'ES',
  fra: 'FR',
  ita: 'IT',
  deu: 'DE',
  can: 'CA',
};

function normaliseName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/^the\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let byName: Map<string, string> | undefined;

/** Country names in English, French and Spanish, from the engine's own CLDR data. */
function namesTable(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  if (typeof Intl.DisplayNames !== 'function') return byName;
  const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
  for (const locale of ['en', 'fr', 'es']) {
    const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
    for (const a of letters) {
      for (const b of letters) {
        const code = a + b;
        if (NOT_COUNTRIES.has(code)) continue;
        const name = names.of(code);
        if (name && name !== code) {
          const key = normaliseName(name);
          if (!byName.has(key)) byName.set(key, code);
        }
      }
    }
  }
  return byName;
}

let englishNames: Intl.DisplayNames | undefined;

function isKnownCode(code: string): boolean {
  if (NOT_COUNTRIES.has(code)) return false;
  if (typeof Intl.DisplayNames !== 'function') return true;
  englishNames ??= new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const name = englishNames.of(code);
  return name !== undefined && name !== code;
}

export type CountryResult = { code: string; renamed: boolean } | { code?: undefined; reason: string };

/**
 * Reads an HSDS `country`: an ISO 3166-1 alpha-2 code as the standard asks, or a common name or
 * alpha-3 code, which is mapped (`renamed`) so that the import can report it.
 */
export function readCountry(value: string): CountryResult {
  const trimmed = value.trim();
  if (/^[A-Za-z]{2}$/.test(trimmed)) {
    const code = trimmed.toUpperCase();
    if (isKnownCode(code)) return { code, renamed: code !== trimmed };
  }
  const code = namesTable().get(normaliseName(trimmed));
  if (code) return { code, renamed: true };
  return {
    reason: `${JSON.stringify(value)} is not a country code (ISO 3166-1 alpha-2, such as "US") or a known country name`,
  };
}
