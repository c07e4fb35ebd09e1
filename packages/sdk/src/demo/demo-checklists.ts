/*
 * The procedure checklists of the demo dataset. Both procedures are invented: "Demoland" is no
 * real country, its ministry and fees do not exist, and every title says "demo", so that nobody
 * takes a step, a document or a fee here for a legal requirement. The conventions of
 * demo-dataset.ts hold: links on example.org, places are demo centres of the same dataset.
 */

import type { Text } from './raw.js';

interface RawStep {
  readonly id: string;
  readonly title: Text;
  readonly description?: Text;
  readonly optional?: boolean;
  readonly join?: 'and' | 'or';
  readonly when?: readonly { readonly question: string; readonly answers: readonly string[] }[];
  readonly documents?: readonly {
    readonly id?: string;
    readonly name: Text;
    readonly need?: 'required' | 'if-applicable';
    readonly note?: Text;
  }[];
  readonly cost?: { readonly amount: number; readonly currency: string; readonly note?: Text };
  readonly duration?: { readonly min: number; readonly max?: number; readonly unit: 'hour' | 'day' | 'week' | 'month' };
  readonly where?: { readonly centres?: readonly string[]; readonly url?: string; readonly note?: Text };
  readonly tasks?: readonly Text[];
}

export interface RawChecklist {
  readonly id: string;
  readonly title: Text;
  readonly summary: Text;
  readonly kind: string;
  readonly from?: string;
  readonly to?: string;
  readonly reviewed: string;
  readonly source: { readonly title: Text; readonly url: string };
  readonly questions?: readonly {
    readonly id: string;
    readonly prompt: Text;
    readonly options: readonly { readonly id: string; readonly label: Text }[];
  }[];
  readonly steps: readonly RawStep[];
}

const YES: Text = { en: 'Yes', fr: 'Oui', es: 'Sí', ar: 'نعم' };
const NO: Text = { en: 'No', fr: 'Non', es: 'No', ar: 'لا' };

/*
 * Every amount is invented. The criminal record certificate and the identity card are asked for by
 * real administrations, so each cost says, in the person's language, that it is not the real fee.
 */
const DEMO_FEE = {
  en: 'Demo amount, not the real fee: ask the office that issues it.',
  fr: 'Montant de démonstration, pas le vrai tarif : renseignez-vous auprès du service qui le délivre.',
  es: 'Importe de demostración, no la tasa real: consulte a la oficina que lo expide.',
  ar: 'مبلغ تجريبي وليس الرسم الحقيقي: اسأل الجهة التي تُصدره.',
} as const;

/** A note on an invented fee: what the publisher says about it, then that it is not the real amount. */
function demoFee(note?: Text): Text {
  if (!note) return DEMO_FEE;
  return {
    en: `${note.en} ${DEMO_FEE.en}`,
    fr: `${note.fr} ${DEMO_FEE.fr}`,
    es: `${note.es} ${DEMO_FEE.es}`,
    ar: `${note.ar} ${DEMO_FEE.ar}`,
  };
}

const PASSPORT: Text = {
  en: 'Valid passport',
  fr: 'Passeport valide',
  es: 'Pasaporte válido',
  ar: 'جواز سفر ساري المفعول',
};
const ID_CARD: Text = {
  en: 'National identity card',
  fr: 'Carte nationale d’identité',
  es: 'Documento nacional de identidad',
  ar: 'بطاقة الهوية الوطنية',
};

export const demoChecklists = [
  // A screening question (job offer or not) changes which steps show; an "and" pair and an "or" pair.
  {
    id: 'demo-seasonal-work-permit',
    title: {
      en: 'Demo procedure: temporary seasonal work permit for Demoland',
      fr: 'Démarche de démonstration : permis de travail saisonnier temporaire pour le Démoland',
      es: 'Trámite de demostración: permiso de trabajo temporal de temporada para Demolandia',
      ar: 'إجراء تجريبي: تصريح عمل موسمي مؤقت في ديمولاند',
    },
    summary: {
      en: 'An example of how a seasonal work permit could be applied for, step by step. Demoland is a fictional country: check the real procedure with an official source or a resource centre.',
      fr: 'Un exemple de demande de permis de travail saisonnier, étape par étape. Le Démoland est un pays fictif : vérifiez la vraie démarche auprès d’une source officielle ou d’un centre de ressources.',
      es: 'Un ejemplo de cómo podría solicitarse un permiso de trabajo de temporada, paso a paso. Demolandia es un país ficticio: consulte el trámite real en una fuente oficial o en un centro de recursos.',
      ar: 'مثال على طريقة طلب تصريح عمل موسمي خطوة بخطوة. ديمولاند بلد خيالي: تحقّق من الإجراء الحقيقي لدى مصدر رسمي أو مركز موارد.',
    },
    kind: 'work-permit',
    from: 'SN',
    reviewed: '2026-09-15',
    source: {
      title: {
        en: 'Demoland Ministry of Labour (fictional): seasonal work guide',
        fr: 'Ministère du Travail du Démoland (fictif) : guide du travail saisonnier',
        es: 'Ministerio de Trabajo de Demolandia (ficticio): guía del trabajo de temporada',
        ar: 'وزارة العمل في ديمولاند (خيالية): دليل العمل الموسمي',
      },
      url: 'https://example.org/demo/demoland/seasonal-work',
    },
    questions: [
      {
        id: 'job-offer',
        prompt: {
          en: 'Do you already have a written job offer from an employer in Demoland?',
          fr: 'Avez-vous déjà une offre d’emploi écrite d’un employeur au Démoland ?',
          es: '¿Tiene ya una oferta de empleo por escrito de un empleador de Demolandia?',
          ar: 'هل لديك بالفعل عرض عمل مكتوب من صاحب عمل في ديمولاند؟',
        },
        options: [
          { id: 'yes', label: YES },
          { id: 'no', label: NO },
        ],
      },
    ],
    steps: [
      {
        id: 'orientation',
        title: {
          en: 'Attend a free information session',
          fr: 'Participer à une séance d’information gratuite',
          es: 'Asistir a una sesión informativa gratuita',
          ar: 'حضور جلسة معلومات مجانية',
        },
        description: {
          en: 'Learn how the scheme works, your rights as a worker and how to recognise a fake recruiter.',
          fr: 'Comprendre le fonctionnement du programme, vos droits de travailleur et comment reconnaître un faux recruteur.',
          es: 'Conozca cómo funciona el programa, sus derechos como trabajador y cómo reconocer a un reclutador falso.',
          ar: 'تعرّف على طريقة عمل البرنامج وحقوقك كعامل وكيف تكشف المُجنِّد المزيّف.',
        },
        duration: { min: 1, unit: 'day' },
        where: { centres: ['demo-mrc-dakar'] },
      },
      {
        id: 'find-employer',
        title: {
          en: 'Find an employer through the official scheme',
          fr: 'Trouver un employeur par le programme officiel',
          es: 'Encontrar un empleador a través del programa oficial',
          ar: 'البحث عن صاحب عمل عبر البرنامج الرسمي',
        },
        description: {
          en: 'Only offers published by the scheme are checked. Never pay a recruiter to get a job offer.',
          fr: 'Seules les offres publiées par le programme sont vérifiées. Ne payez jamais un recruteur pour obtenir une offre.',
          es: 'Solo se verifican las ofertas publicadas por el programa. Nunca pague a un reclutador para obtener una oferta.',
          ar: 'العروض التي ينشرها البرنامج وحدها هي التي يتم التحقق منها. لا تدفع أبدًا لمُجنِّد مقابل عرض عمل.',
        },
        when: [{ question: 'job-offer', answers: ['no'] }],
        duration: { min: 1, max: 3, unit: 'month' },
        where: { url: 'https://example.org/demo/demoland/seasonal-jobs' },
        tasks: [
          {
            en: 'Register your profile with the scheme',
            fr: 'Enregistrer votre profil auprès du programme',
            es: 'Registrar su perfil en el programa',
            ar: 'سجّل ملفك الشخصي في البرنامج',
          },
          {
            en: 'Apply to offers that match your skills',
            fr: 'Postuler aux offres qui correspondent à vos compétences',
            es: 'Postular a las ofertas que correspondan a sus competencias',
            ar: 'قدّم طلبات للعروض التي تناسب مهاراتك',
          },
        ],
      },
      {
        id: 'check-offer',
        title: {
          en: 'Have your job offer checked',
          fr: 'Faire vérifier votre offre d’emploi',
          es: 'Hacer verificar su oferta de empleo',
          ar: 'التحقّق من عرض العمل',
        },
        description: {
          en: 'A resource centre can check that the employer is registered and the contract is fair.',
          fr: 'Un centre de ressources peut vérifier que l’employeur est enregistré et que le contrat est équitable.',
          es: 'Un centro de recursos puede verificar que el empleador está registrado y que el contrato es justo.',
          ar: 'يمكن لمركز الموارد التحقق من أن صاحب العمل مسجَّل وأن العقد منصف.',
        },
        when: [{ question: 'job-offer', answers: ['yes'] }],
        documents: [
          {
            name: {
              en: 'Written job offer',
              fr: 'Offre d’emploi écrite',
              es: 'Oferta de empleo por escrito',
              ar: 'عرض العمل المكتوب',
            },
          },
        ],
        duration: { min: 1, max: 2, unit: 'week' },
        where: { centres: ['demo-mrc-dakar', 'demo-online-orientation'] },
      },
      {
        id: 'medical',
        title: {
          en: 'Have a medical check-up',
          fr: 'Passer une visite médicale',
          es: 'Hacerse un chequeo médico',
          ar: 'إجراء فحص طبي',
        },
        documents: [{ name: ID_CARD }],
        cost: {
          amount: 25000,
          currency: 'XOF',
          note: demoFee({
            en: 'Paid to the approved clinic.',
            fr: 'Payé à la clinique agréée.',
            es: 'Se paga a la clínica autorizada.',
            ar: 'تُدفع للعيادة المعتمدة.',
          }),
        },
        duration: { min: 2, max: 5, unit: 'day' },
      },
      {
        id: 'police-certificate',
        join: 'and',
        title: {
          en: 'Get a criminal record certificate',
          fr: 'Obtenir un extrait de casier judiciaire',
          es: 'Obtener un certificado de antecedentes penales',
          ar: 'الحصول على شهادة السجل العدلي',
        },
        documents: [{ name: ID_CARD }],
        cost: { amount: 1000, currency: 'XOF', note: demoFee() },
        duration: { min: 1, max: 2, unit: 'week' },
      },
      {
        id: 'apply-online',
        title: {
          en: 'Apply online',
          fr: 'Déposer la demande en ligne',
          es: 'Presentar la solicitud en línea',
          ar: 'تقديم الطلب عبر الإنترنت',
        },
        description: {
          en: 'Upload scans of your documents and pay the fee by card.',
          fr: 'Téléversez vos documents numérisés et payez les frais par carte.',
          es: 'Suba sus documentos escaneados y pague la tasa con tarjeta.',
          ar: 'حمّل نسخًا ممسوحة من وثائقك وادفع الرسوم بالبطاقة.',
        },
        documents: [
          { id: 'passport', name: PASSPORT },
          {
            id: 'contract',
            name: {
              en: 'Signed work contract',
              fr: 'Contrat de travail signé',
              es: 'Contrato de trabajo firmado',
              ar: 'عقد العمل الموقَّع',
            },
          },
          {
            id: 'medical-certificate',
            name: {
              en: 'Medical certificate',
              fr: 'Certificat médical',
              es: 'Certificado médico',
              ar: 'الشهادة الطبية',
            },
          },
          {
            id: 'accommodation',
            name: {
              en: 'Proof of accommodation',
              fr: 'Justificatif de logement',
              es: 'Comprobante de alojamiento',
              ar: 'إثبات السكن',
            },
            need: 'if-applicable',
            note: {
              en: 'Only when the employer does not provide housing.',
              fr: 'Seulement si l’employeur ne fournit pas de logement.',
              es: 'Solo si el empleador no proporciona alojamiento.',
              ar: 'فقط إذا لم يوفّر صاحب العمل السكن.',
            },
          },
        ],
        cost: { amount: 60, currency: 'EUR', note: demoFee() },
        duration: { min: 2, max: 4, unit: 'week' },
        where: { url: 'https://example.org/demo/demoland/apply' },
      },
      {
        id: 'apply-in-person',
        join: 'or',
        title: {
          en: 'Apply in person at the visa centre',
          fr: 'Déposer la demande en personne au centre des visas',
          es: 'Presentar la solicitud en persona en el centro de visados',
          ar: 'تقديم الطلب شخصيًا في مركز التأشيرات',
        },
        description: {
          en: 'Bring the originals and a copy of each; the fee includes a service charge.',
          fr: 'Apportez les originaux et une copie de chacun ; les frais comprennent des frais de service.',
          es: 'Lleve los originales y una copia de cada uno; la tasa incluye un cargo por servicio.',
          ar: 'أحضر الأصول ونسخة من كل منها؛ تشمل الرسوم رسوم خدمة.',
        },
        documents: [
          { name: PASSPORT },
          {
            name: {
              en: 'Two passport photos',
              fr: 'Deux photos d’identité',
              es: 'Dos fotos de carné',
              ar: 'صورتان شخصيتان',
            },
          },
        ],
        cost: { amount: 80, currency: 'EUR', note: demoFee() },
        duration: { min: 3, max: 6, unit: 'week' },
      },
      {
        id: 'insurance',
        optional: true,
        title: {
          en: 'Take out travel health insurance',
          fr: 'Souscrire une assurance santé voyage',
          es: 'Contratar un seguro médico de viaje',
          ar: 'الاشتراك في تأمين صحي للسفر',
        },
        description: {
          en: 'Covers you until the employer’s insurance starts.',
          fr: 'Vous couvre jusqu’au début de l’assurance de l’employeur.',
          es: 'Le cubre hasta que empiece el seguro del empleador.',
          ar: 'يغطيك حتى يبدأ تأمين صاحب العمل.',
        },
        cost: { amount: 35, currency: 'EUR', note: demoFee() },
      },
      {
        id: 'before-leaving',
        title: {
          en: 'Prepare your departure',
          fr: 'Préparer votre départ',
          es: 'Preparar su salida',
          ar: 'الاستعداد للسفر',
        },
        tasks: [
          {
            en: 'Check the dates and name on your permit',
            fr: 'Vérifier les dates et le nom sur votre permis',
            es: 'Comprobar las fechas y el nombre en su permiso',
            ar: 'تحقّق من التواريخ والاسم في تصريحك',
          },
          {
            en: 'Leave copies of your documents with someone you trust',
            fr: 'Laisser une copie de vos documents à une personne de confiance',
            es: 'Dejar copias de sus documentos a una persona de confianza',
            ar: 'اترك نسخًا من وثائقك لدى شخص تثق به',
          },
          {
            en: 'Save the number of a helpline in Demoland',
            fr: 'Enregistrer le numéro d’une ligne d’assistance au Démoland',
            es: 'Guardar el número de una línea de ayuda en Demolandia',
            ar: 'احفظ رقم خط مساعدة في ديمولاند',
          },
        ],
        where: { centres: ['demo-mrc-dakar'] },
      },
    ],
  },

  // Reviewed more than a year before the demo's date, so the "check the source" warning shows.
  {
    id: 'demo-reintegration-registration',
    title: {
      en: 'Demo procedure: registering for reintegration support after return',
      fr: 'Démarche de démonstration : s’inscrire à l’aide à la réintégration après le retour',
      es: 'Trámite de demostración: inscribirse en el apoyo a la reintegración tras el retorno',
      ar: 'إجراء تجريبي: التسجيل في دعم إعادة الإدماج بعد العودة',
    },
    summary: {
      en: 'An example of the steps a returnee could follow to get reintegration support. The programme is fictional: ask a resource centre about the support that really exists.',
      fr: 'Un exemple des étapes qu’une personne de retour pourrait suivre pour obtenir une aide à la réintégration. Le programme est fictif : renseignez-vous auprès d’un centre de ressources sur l’aide qui existe vraiment.',
      es: 'Un ejemplo de los pasos que una persona retornada podría seguir para obtener apoyo a la reintegración. El programa es ficticio: pregunte en un centro de recursos por el apoyo que existe de verdad.',
      ar: 'مثال على الخطوات التي قد يتبعها العائد للحصول على دعم إعادة الإدماج. البرنامج خيالي: اسأل مركز موارد عن الدعم المتاح فعلًا.',
    },
    kind: 'reintegration',
    to: 'SN',
    reviewed: '2025-06-02',
    source: {
      title: {
        en: 'Demo Reintegration Programme (fictional): returnee handbook',
        fr: 'Programme de réintégration (démo, fictif) : guide des personnes de retour',
        es: 'Programa de Reintegración (demo, ficticio): guía para personas retornadas',
        ar: 'برنامج إعادة الإدماج (تجريبي، خيالي): دليل العائدين',
      },
      url: 'https://example.org/demo/reintegration/handbook',
    },
    questions: [
      {
        id: 'documents-lost',
        prompt: {
          en: 'Did you lose your identity documents during your journey?',
          fr: 'Avez-vous perdu vos papiers d’identité pendant votre parcours ?',
          es: '¿Perdió sus documentos de identidad durante el viaje?',
          ar: 'هل فقدت وثائق هويتك أثناء رحلتك؟',
        },
        options: [
          { id: 'yes', label: YES },
          { id: 'no', label: NO },
        ],
      },
    ],
    steps: [
      {
        id: 'first-visit',
        title: {
          en: 'Visit a resource centre within three months of your return',
          fr: 'Passer dans un centre de ressources dans les trois mois suivant votre retour',
          es: 'Acudir a un centro de recursos en los tres meses siguientes a su retorno',
          ar: 'زيارة مركز موارد خلال ثلاثة أشهر من عودتك',
        },
        description: {
          en: 'A counsellor listens, explains the support available and registers you. It is free and confidential.',
          fr: 'Un conseiller vous écoute, explique l’aide disponible et vous inscrit. C’est gratuit et confidentiel.',
          es: 'Un asesor le escucha, le explica el apoyo disponible y le inscribe. Es gratuito y confidencial.',
          ar: 'يستمع إليك مستشار ويشرح الدعم المتاح ويسجّلك. الخدمة مجانية وسرّية.',
        },
        documents: [
          {
            name: ID_CARD,
            need: 'if-applicable',
            note: {
              en: 'If you have one; you can register without it.',
              fr: 'Si vous en avez une ; vous pouvez vous inscrire sans.',
              es: 'Si lo tiene; puede inscribirse sin él.',
              ar: 'إن كانت لديك؛ يمكنك التسجيل بدونها.',
            },
          },
          {
            name: {
              en: 'Return travel document or ticket',
              fr: 'Document ou billet du voyage de retour',
              es: 'Documento o billete del viaje de retorno',
              ar: 'وثيقة أو تذكرة رحلة العودة',
            },
            need: 'if-applicable',
          },
        ],
        duration: { min: 2, unit: 'hour' },
        where: { centres: ['demo-mrc-saint-louis', 'demo-mrc-dakar'] },
      },
      {
        id: 'replace-id',
        title: {
          en: 'Apply for a new identity card',
          fr: 'Demander une nouvelle carte d’identité',
          es: 'Solicitar un nuevo documento de identidad',
          ar: 'طلب بطاقة هوية جديدة',
        },
        when: [{ question: 'documents-lost', answers: ['yes'] }],
        documents: [
          {
            name: {
              en: 'Birth certificate',
              fr: 'Acte de naissance',
              es: 'Acta de nacimiento',
              ar: 'شهادة الميلاد',
            },
          },
        ],
        cost: {
          amount: 5000,
          currency: 'XOF',
          note: demoFee({
            en: 'The centre can tell you whether the fee can be waived.',
            fr: 'Le centre peut vous dire si les frais peuvent être annulés.',
            es: 'El centro puede decirle si se puede eximir de la tasa.',
            ar: 'يمكن للمركز أن يخبرك إن كان بالإمكان الإعفاء من الرسوم.',
          }),
        },
        duration: { min: 2, max: 6, unit: 'week' },
        where: { centres: ['demo-mrc-dakar'] },
      },
      {
        id: 'plan',
        title: {
          en: 'Make a reintegration plan with your counsellor',
          fr: 'Établir un plan de réintégration avec votre conseiller',
          es: 'Elaborar un plan de reintegración con su asesor',
          ar: 'إعداد خطة إعادة الإدماج مع مستشارك',
        },
        tasks: [
          {
            en: 'Say what you want to do: work, training, a small business',
            fr: 'Dire ce que vous voulez faire : travail, formation, petite entreprise',
            es: 'Decir qué quiere hacer: trabajo, formación, un pequeño negocio',
            ar: 'قل ما تريد فعله: العمل أو التدريب أو مشروع صغير',
          },
          {
            en: 'Agree on the support and the dates',
            fr: 'Convenir de l’aide et des dates',
            es: 'Acordar el apoyo y las fechas',
            ar: 'الاتفاق على الدعم والمواعيد',
          },
        ],
        duration: { min: 2, max: 4, unit: 'week' },
        where: { centres: ['demo-mrc-saint-louis'] },
      },
      {
        id: 'counselling',
        optional: true,
        title: {
          en: 'Talk to someone about how you feel',
          fr: 'Parler à quelqu’un de ce que vous ressentez',
          es: 'Hablar con alguien sobre cómo se siente',
          ar: 'التحدث إلى شخص عمّا تشعر به',
        },
        description: {
          en: 'Free psychosocial support, for you and your family.',
          fr: 'Un soutien psychosocial gratuit, pour vous et votre famille.',
          es: 'Apoyo psicosocial gratuito, para usted y su familia.',
          ar: 'دعم نفسي واجتماعي مجاني لك ولأسرتك.',
        },
        where: { centres: ['demo-mrc-saint-louis'] },
      },
    ],
  },
] as const satisfies readonly RawChecklist[];
