// The kit's interface languages, as the stories' language controls offer them: each with its own
// name, so a reviewer finds theirs. lit-localize.json lists the same tags (the first is the source).
export const INTERFACE_LANGUAGES = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
  fa: 'فارسی',
  ps: 'پښتو',
  ur: 'اردو',
  bn: 'বাংলা',
  ne: 'नेपाली',
  fil: 'Filipino',
  id: 'Bahasa Indonesia',
  pt: 'Português',
  ru: 'Русский',
  uk: 'Українська',
  tr: 'Türkçe',
  am: 'አማርኛ',
  ti: 'ትግርኛ',
  so: 'Soomaali',
  sw: 'Kiswahili',
  ht: 'Kreyòl ayisyen',
} as const;

/** The `lang` control of every element's stories: a list of every interface language. */
export const langControl = {
  control: { type: 'select', labels: INTERFACE_LANGUAGES },
  options: Object.keys(INTERFACE_LANGUAGES),
} as const;
