// Test data for the procedure checklist. Fictional: a made-up procedure, numbers from the UK's drama
// ranges, example.org links.

const t = (en: string, fr: string, es: string, ar: string) => ({ en, fr, es, ar });

export const REVIEWED = '2026-09-01';

export const testChecklist = {
  id: 'test-permit',
  title: t('Test work permit', 'Permis de travail test', 'Permiso de trabajo de prueba', 'تصريح عمل تجريبي'),
  summary: t('How to apply.', 'Comment demander.', 'Cómo solicitarlo.', 'كيفية التقديم.'),
  kind: 'work-permit',
  from: 'SN',
  to: 'FR',
  reviewed: REVIEWED,
  source: { title: t('Test guide', 'Guide test', 'Guía de prueba', 'دليل تجريبي'), url: 'https://example.org/guide' },
  questions: [
    {
      id: 'offer',
      prompt: t('Do you have a job offer?', 'Avez-vous une offre ?', '¿Tiene una oferta?', 'هل لديك عرض عمل؟'),
      options: [
        { id: 'yes', label: t('Yes', 'Oui', 'Sí', 'نعم') },
        { id: 'no', label: t('No', 'Non', 'No', 'لا') },
      ],
    },
  ],
  steps: [
    {
      id: 'visit',
      title: t('Visit the centre', 'Aller au centre', 'Ir al centro', 'زيارة المركز'),
      duration: { min: 2, max: 5, unit: 'day' },
      where: { centres: ['dakar-centre'], url: 'https://example.org/visit' },
    },
    {
      id: 'find',
      title: t('Find an employer', 'Trouver un employeur', 'Encontrar un empleador', 'البحث عن صاحب عمل'),
      when: [{ question: 'offer', answers: ['no'] }],
    },
    {
      id: 'check',
      title: t('Check the offer', 'Vérifier l’offre', 'Verificar la oferta', 'التحقق من العرض'),
      when: [{ question: 'offer', answers: ['yes'] }],
      documents: [
        { id: 'job-offer', name: t('Job offer', 'Offre d’emploi', 'Oferta de empleo', 'عرض العمل') },
        {
          name: t('Housing proof', 'Justificatif de logement', 'Comprobante de vivienda', 'إثبات السكن'),
          need: 'if-applicable',
        },
      ],
      tasks: [t('Read it twice', 'Le lire deux fois', 'Leerla dos veces', 'اقرأه مرتين')],
    },
    {
      id: 'medical',
      title: t('Medical check', 'Visite médicale', 'Chequeo médico', 'فحص طبي'),
      cost: { amount: 25000, currency: 'XOF' },
      where: { centres: ['dakar-centre'] },
    },
    {
      id: 'police',
      join: 'and',
      title: t('Police certificate', 'Casier judiciaire', 'Certificado de antecedentes', 'شهادة السجل العدلي'),
      cost: { amount: 1000, currency: 'XOF' },
    },
    {
      id: 'online',
      title: t('Apply online', 'Demander en ligne', 'Solicitar en línea', 'التقديم عبر الإنترنت'),
      cost: { amount: 60, currency: 'EUR' },
    },
    {
      id: 'in-person',
      join: 'or',
      title: t('Apply in person', 'Demander sur place', 'Solicitar en persona', 'التقديم شخصيًا'),
      cost: { amount: 80, currency: 'EUR' },
    },
    {
      id: 'insurance',
      optional: true,
      title: t('Travel insurance', 'Assurance voyage', 'Seguro de viaje', 'تأمين السفر'),
      cost: { amount: 35, currency: 'EUR' },
    },
  ],
};

const dakarCentre = {
  id: 'dakar-centre',
  name: t('Test Centre Dakar', 'Centre test Dakar', 'Centro de prueba Dakar', 'مركز تجريبي داكار'),
  kind: 'centre',
  country: 'SN',
  city: 'Dakar',
  address: '1 Test Street',
  hours: {
    timeZone: 'Africa/Dakar',
    weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
  },
  channels: [{ kind: 'voice', value: '+44 20 7946 0101' }],
};

export function checklistDataset(checklists: unknown[] = [testChecklist]) {
  return {
    format: 'mrc-kit/dataset@1',
    publisher: { name: 'Test publisher' },
    defaultLocale: 'en',
    centres: [dakarCentre],
    checklists,
  };
}
