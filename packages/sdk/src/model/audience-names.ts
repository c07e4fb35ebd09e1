import type { Audience } from './centre.js';
import type { LocalizedText } from './text.js';

/** Names of the audiences, in the kit's four languages. */
export const AUDIENCE_NAMES: Readonly<Record<Audience, LocalizedText>> = {
  migrants: { en: 'Migrants', fr: 'Migrants', es: 'Personas migrantes', ar: 'المهاجرون' },
  'potential-migrants': {
    en: 'People thinking of migrating',
    fr: 'Personnes qui envisagent de migrer',
    es: 'Personas que piensan migrar',
    ar: 'من يفكرون في الهجرة',
  },
  returnees: { en: 'Returnees', fr: 'Personnes de retour', es: 'Personas retornadas', ar: 'العائدون' },
  families: { en: 'Families', fr: 'Familles', es: 'Familias', ar: 'الأسر' },
  'asylum-seekers': {
    en: 'Asylum seekers',
    fr: 'Demandeurs d’asile',
    es: 'Solicitantes de asilo',
    ar: 'طالبو اللجوء',
  },
  refugees: { en: 'Refugees', fr: 'Réfugiés', es: 'Personas refugiadas', ar: 'اللاجئون' },
};
