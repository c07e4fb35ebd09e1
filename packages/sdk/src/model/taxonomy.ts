import { markDefaultTerms } from './default-terms.js';
import type { LocalizedText } from './text.js';

/** A service term: what a centre offers. Publishers may add their own terms to a dataset. */
export interface TaxonomyTerm {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
}

/**
 * The default services of Migrant Resource Centres, after the field's own list. A dataset's
 * `taxonomy` adds terms to these (or renames one by reusing its id).
 */
export const DEFAULT_TAXONOMY: readonly TaxonomyTerm[] = [
  {
    id: 'pre-departure',
    name: {
      en: 'Pre-departure information and orientation',
      fr: 'Information et orientation avant le départ',
      es: 'Información y orientación antes de la salida',
      ar: 'المعلومات والتوجيه قبل السفر',
    },
  },
  {
    id: 'risk-awareness',
    name: {
      en: 'Risks of irregular migration',
      fr: 'Risques de la migration irrégulière',
      es: 'Riesgos de la migración irregular',
      ar: 'مخاطر الهجرة غير النظامية',
    },
  },
  {
    id: 'regular-migration',
    name: {
      en: 'Regular migration options and procedures',
      fr: 'Voies et démarches de migration régulière',
      es: 'Opciones y trámites de migración regular',
      ar: 'مسارات الهجرة النظامية وإجراءاتها',
    },
  },
  {
    id: 'skills-training',
    name: {
      en: 'Vocational training, language courses and skills',
      fr: 'Formation professionnelle, cours de langue et compétences',
      es: 'Formación profesional, cursos de idiomas y competencias',
      ar: 'التدريب المهني ودورات اللغة والمهارات',
    },
  },
  {
    id: 'reintegration',
    name: {
      en: 'Reintegration of returnees',
      fr: 'Réintégration des personnes de retour',
      es: 'Reintegración de personas retornadas',
      ar: 'إعادة إدماج العائدين',
    },
  },
  {
    id: 'social-integration',
    name: {
      en: 'Cultural and social (re)integration',
      fr: '(Ré)intégration culturelle et sociale',
      es: '(Re)integración cultural y social',
      ar: '(إعادة) الاندماج الثقافي والاجتماعي',
    },
  },
  {
    id: 'employment',
    name: {
      en: 'Employment services',
      fr: 'Services d’emploi',
      es: 'Servicios de empleo',
      ar: 'خدمات التوظيف',
    },
  },
  {
    id: 'remittances',
    name: {
      en: 'Remittances',
      fr: 'Transferts de fonds',
      es: 'Remesas',
      ar: 'التحويلات المالية',
    },
  },
  {
    id: 'legal-protection',
    name: {
      en: 'Legal advice and help for migrants at risk or exploited',
      fr: 'Conseil juridique et aide aux migrants en danger ou exploités',
      es: 'Asesoría jurídica y ayuda a migrantes en riesgo o explotados',
      ar: 'المشورة القانونية ومساعدة المهاجرين المعرّضين للخطر أو للاستغلال',
    },
  },
  {
    id: 'referral',
    name: {
      en: 'Referral to specialised services',
      fr: 'Orientation vers des services spécialisés',
      es: 'Derivación a servicios especializados',
      ar: 'الإحالة إلى خدمات متخصصة',
    },
  },
];

markDefaultTerms(DEFAULT_TAXONOMY);
