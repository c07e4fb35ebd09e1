/*
 * The centres, mobile teams and online service of the demo dataset, and the publisher's own service
 * terms. The conventions of demo-dataset.ts hold here too: everything is invented and marked "Demo",
 * links are on example.org, phone numbers come from ranges reserved for fiction. Positions are
 * rounded to two decimals (about a kilometre): the right town, never a real door.
 */

import { WEEKDAYS, type RawCentre, type RawTerm, type Text } from './raw.js';

/** Terms the demo publisher adds to the default taxonomy. */
export const demoTaxonomy = [
  {
    id: 'psychosocial-support',
    name: {
      en: 'Psychosocial support',
      fr: 'Soutien psychosocial',
      es: 'Apoyo psicosocial',
      ar: 'الدعم النفسي والاجتماعي',
    },
    description: {
      en: 'Someone to talk to after a difficult journey, a return or a loss, and referral to mental health care when needed.',
      fr: 'Une écoute après un parcours difficile, un retour ou une perte, et une orientation vers des soins de santé mentale si besoin.',
      es: 'Alguien con quien hablar después de un viaje difícil, un retorno o una pérdida, y derivación a atención de salud mental cuando haga falta.',
      ar: 'من يستمع إليك بعد رحلة صعبة أو عودة أو فقدان، مع الإحالة إلى خدمات الصحة النفسية عند الحاجة.',
    },
  },
  {
    id: 'civil-documents',
    name: {
      en: 'Help with identity and civil documents',
      fr: 'Aide pour les papiers d’identité et d’état civil',
      es: 'Ayuda con documentos de identidad y del registro civil',
      ar: 'المساعدة في وثائق الهوية والحالة المدنية',
    },
    description: {
      en: 'Birth certificates, identity cards and passports: what to ask for, where, and what it costs.',
      fr: 'Actes de naissance, cartes d’identité et passeports : que demander, où, et à quel prix.',
      es: 'Actas de nacimiento, documentos de identidad y pasaportes: qué pedir, dónde y cuánto cuesta.',
      ar: 'شهادات الميلاد وبطاقات الهوية وجوازات السفر: ماذا تطلب، وأين، وكم تكلّف.',
    },
  },
] as const satisfies readonly RawTerm[];

const NETWORK: Text = {
  en: 'Demo Migration Information Network',
  fr: 'Réseau d’information sur la migration (démo)',
  es: 'Red de Información sobre Migración (demo)',
  ar: 'شبكة المعلومات حول الهجرة (نسخة تجريبية)',
};

const HIGHLANDS_NETWORK: Text = {
  en: 'Demo Western Highlands Community Network',
  fr: 'Réseau communautaire de l’Altiplano occidental (démo)',
  es: 'Red Comunitaria del Altiplano Occidental (demo)',
  ar: 'الشبكة المجتمعية للمرتفعات الغربية (تجريبية)',
};

const OVERSEAS_EMPLOYMENT_OFFICE: Text = {
  en: 'Demo Overseas Employment Office',
  fr: 'Bureau de l’emploi à l’étranger (démo)',
  es: 'Oficina de Empleo en el Extranjero (demo)',
  ar: 'مكتب التوظيف في الخارج (تجريبي)',
};

const RECEPTION: Text = { en: 'Reception', fr: 'Accueil', es: 'Recepción', ar: 'الاستقبال' };
const APPOINTMENTS: Text = { en: 'Appointments', fr: 'Prise de rendez-vous', es: 'Citas', ar: 'حجز المواعيد' };

export const demoCentres = [
  // Office hours with a lunch break, Saturday mornings, closed for Tabaski.
  {
    id: 'demo-mrc-dakar',
    name: {
      en: 'Demo Migrant Resource Centre – Dakar',
      fr: 'Centre de ressources pour les migrants (démo) – Dakar',
      es: 'Centro de Recursos para Migrantes (demo) – Dakar',
      ar: 'مركز موارد المهاجرين (تجريبي) – داكار',
    },
    kind: 'centre',
    operator: NETWORK,
    description: {
      en: 'Information and advice before you decide to leave: regular ways to work or study abroad, how to check a job offer or a recruiter, the real risks of irregular routes, and where to find help on the way. Advisers also refer people to specialised services.',
      fr: 'Des informations et des conseils avant de décider de partir : les voies régulières pour travailler ou étudier à l’étranger, comment vérifier une offre d’emploi ou un recruteur, les risques réels des routes irrégulières et où trouver de l’aide en chemin. Les conseillers orientent aussi vers des services spécialisés.',
      es: 'Información y asesoramiento antes de decidir si se va: vías regulares para trabajar o estudiar en el extranjero, cómo comprobar una oferta de empleo o a quien recluta, los riesgos reales de las rutas irregulares y dónde encontrar ayuda en el camino. El equipo también deriva a servicios especializados.',
      ar: 'معلومات ونصائح قبل أن تقرر السفر: الطرق النظامية للعمل أو الدراسة في الخارج، وكيفية التحقق من عرض عمل أو من جهة توظيف، والمخاطر الحقيقية للطرق غير النظامية، وأين تجد المساعدة في الطريق. ويحيل المستشارون أيضاً إلى خدمات متخصصة.',
    },
    country: 'SN',
    region: { en: 'Dakar', fr: 'Dakar', es: 'Dakar', ar: 'داكار' },
    city: { en: 'Dakar', fr: 'Dakar', es: 'Dakar', ar: 'داكار' },
    address: {
      en: '12 Rue de l’Exemple (ground floor)\nPlateau, Dakar',
      fr: '12 rue de l’Exemple (rez-de-chaussée)\nPlateau, Dakar',
      es: '12 Rue de l’Exemple (planta baja)\nPlateau, Dakar',
      ar: '12 شارع المثال (الطابق الأرضي)\nبلاتو، داكار',
    },
    position: { lat: 14.67, lng: -17.43 },
    services: ['pre-departure', 'risk-awareness', 'regular-migration', 'referral', 'civil-documents'],
    audiences: ['potential-migrants', 'migrants', 'families'],
    languages: ['fr', 'wo', 'ff', 'en'],
    hours: {
      timeZone: 'Africa/Dakar',
      weekly: [
        { days: WEEKDAYS, opens: '08:30', closes: '12:30' },
        { days: WEEKDAYS, opens: '14:30', closes: '17:30' },
        { days: ['sa'], opens: '09:00', closes: '12:00' },
      ],
      exceptions: [
        {
          date: '2026-05-27',
          to: '2026-05-28',
          closed: true,
          note: {
            en: 'Closed for Tabaski',
            fr: 'Fermé pour la Tabaski',
            es: 'Cerrado por la Tabaski',
            ar: 'مغلق بمناسبة عيد الأضحى (تاباسكي)',
          },
        },
      ],
    },
    channels: [
      { kind: 'voice', value: '+33 1 99 00 41 30', label: RECEPTION },
      {
        kind: 'whatsapp',
        value: '+33 6 39 98 12 50',
        label: {
          en: 'WhatsApp in Wolof and French',
          fr: 'WhatsApp en wolof et en français',
          es: 'WhatsApp en wólof y francés',
          ar: 'واتساب باللغتين الولوفية والفرنسية',
        },
        languages: ['wo', 'fr'],
      },
      { kind: 'email', value: 'dakar-centre@example.org' },
    ],
    accessibility: {
      wheelchair: true,
      notes: {
        en: 'Step-free entrance and an accessible toilet. A quiet room is available for private conversations.',
        fr: 'Entrée de plain-pied et toilettes accessibles. Une pièce au calme est disponible pour parler en privé.',
        es: 'Entrada sin escalones y baño accesible. Hay una sala tranquila para conversar en privado.',
        ar: 'مدخل بلا درج ودورة مياه مهيّأة. وتتوفر غرفة هادئة للحديث على انفراد.',
      },
    },
    appointment: 'either',
    url: 'https://example.org/demo/centres/dakar',
    lastVerified: '2026-04-14',
  },

  // Split day with a long lunch break; upstairs with no lift, so staff come down.
  {
    id: 'demo-mrc-saint-louis',
    name: {
      en: 'Demo Returnee Support Centre – Saint-Louis',
      fr: 'Centre d’accompagnement des personnes de retour (démo) – Saint-Louis',
      es: 'Centro de Apoyo a Personas Retornadas (demo) – Saint-Louis',
      ar: 'مركز دعم العائدين (تجريبي) – سان لويس',
    },
    kind: 'centre',
    operator: {
      en: 'Demo Saint-Louis Returnees’ Association',
      fr: 'Association des personnes de retour de Saint-Louis (démo)',
      es: 'Asociación de Personas Retornadas de Saint-Louis (demo)',
      ar: 'جمعية العائدين في سان لويس (تجريبية)',
    },
    description: {
      en: 'For people who have come back, by choice or not: someone to talk to, help to start a small business or find a training course, and contacts with employers in the region. Families are welcome too.',
      fr: 'Pour les personnes revenues au pays, par choix ou non : une écoute, une aide pour lancer une petite activité ou trouver une formation, et des contacts avec des employeurs de la région. Les familles sont les bienvenues.',
      es: 'Para las personas que han regresado, por decisión propia o no: alguien con quien hablar, ayuda para emprender un pequeño negocio o encontrar un curso de formación, y contactos con empleadores de la región. Las familias también son bienvenidas.',
      ar: 'للأشخاص الذين عادوا، باختيارهم أو رغماً عنهم: من يستمع إليهم، ومساعدة على بدء مشروع صغير أو إيجاد دورة تدريبية، وصلات مع أصحاب العمل في المنطقة. والأسر مرحّب بها أيضاً.',
    },
    country: 'SN',
    region: { en: 'Saint-Louis', fr: 'Saint-Louis', es: 'Saint-Louis', ar: 'سان لويس' },
    city: { en: 'Saint-Louis', fr: 'Saint-Louis', es: 'Saint-Louis', ar: 'سان لويس' },
    address: {
      en: 'Avenue de l’Exemple, 1st floor\nSor, Saint-Louis',
      fr: 'Avenue de l’Exemple, 1er étage\nSor, Saint-Louis',
      es: 'Avenue de l’Exemple, 1.er piso\nSor, Saint-Louis',
      ar: 'شارع المثال، الطابق الأول\nسور، سان لويس',
    },
    position: { lat: 16.02, lng: -16.49 },
    services: ['reintegration', 'skills-training', 'employment', 'psychosocial-support'],
    audiences: ['returnees', 'families'],
    languages: ['fr', 'wo', 'ff'],
    hours: {
      timeZone: 'Africa/Dakar',
      weekly: [
        { days: WEEKDAYS, opens: '09:00', closes: '13:00' },
        { days: WEEKDAYS, opens: '15:00', closes: '18:00' },
      ],
    },
    channels: [{ kind: 'voice', value: '+33 1 99 00 41 35', label: RECEPTION }],
    accessibility: {
      wheelchair: false,
      notes: {
        en: 'The centre is on the first floor, with no lift. Call ahead and an adviser will meet you on the ground floor.',
        fr: 'Le centre est au premier étage, sans ascenseur. Appelez avant de venir et un conseiller vous recevra au rez-de-chaussée.',
        es: 'El centro está en el primer piso, sin ascensor. Llame antes de venir y alguien del equipo le atenderá en la planta baja.',
        ar: 'يقع المركز في الطابق الأول ولا يوجد مصعد. اتصل قبل قدومك وسيستقبلك أحد المستشارين في الطابق الأرضي.',
      },
    },
    appointment: 'walk-in',
    lastVerified: '2026-03-09',
  },

  // By appointment only; WhatsApp answered in the afternoon.
  {
    id: 'demo-mrc-casablanca',
    name: {
      en: 'Demo Migrant Welcome Centre – Casablanca',
      fr: 'Espace d’accueil des migrants (démo) – Casablanca',
      es: 'Centro de Acogida para Migrantes (demo) – Casablanca',
      ar: 'فضاء استقبال المهاجرين (تجريبي) – الدار البيضاء',
    },
    kind: 'centre',
    operator: {
      en: 'Demo Migrant Support Association, Rabat',
      fr: 'Association d’appui aux migrants (démo), Rabat',
      es: 'Asociación de Apoyo a Migrantes (demo), Rabat',
      ar: 'جمعية دعم المهاجرين (تجريبية)، الرباط',
    },
    description: {
      en: 'Help for migrants living in Morocco: residence permits and their renewal, registering children at school, access to health care, free legal advice on disputes at work, and referral to specialised services. Consultations are by appointment.',
      fr: 'Un accompagnement pour les personnes migrantes qui vivent au Maroc : titre de séjour et renouvellement, inscription des enfants à l’école, accès aux soins, conseil juridique gratuit en cas de litige au travail et orientation vers des services spécialisés. Les consultations se font sur rendez-vous.',
      es: 'Acompañamiento para las personas migrantes que viven en Marruecos: permiso de residencia y su renovación, inscripción de los hijos en la escuela, acceso a la salud, asesoría jurídica gratuita en conflictos laborales y derivación a servicios especializados. Las consultas son con cita previa.',
      ar: 'مرافقة للمهاجرين المقيمين في المغرب: بطاقة الإقامة وتجديدها، وتسجيل الأطفال في المدرسة، والحصول على الرعاية الصحية، والاستشارة القانونية المجانية في نزاعات العمل، والإحالة إلى خدمات متخصصة. تتم الاستشارات بموعد مسبق.',
    },
    country: 'MA',
    region: { en: 'Casablanca-Settat', fr: 'Casablanca-Settat', es: 'Casablanca-Settat', ar: 'الدار البيضاء-سطات' },
    city: { en: 'Casablanca', fr: 'Casablanca', es: 'Casablanca', ar: 'الدار البيضاء' },
    address: {
      en: '27 Rue de l’Exemple\nMaârif, Casablanca',
      fr: '27 rue de l’Exemple\nMaârif, Casablanca',
      es: '27 Rue de l’Exemple\nMaârif, Casablanca',
      ar: '27 زنقة المثال\nالمعاريف، الدار البيضاء',
    },
    position: { lat: 33.58, lng: -7.63 },
    services: ['regular-migration', 'social-integration', 'legal-protection', 'referral'],
    audiences: ['migrants', 'asylum-seekers', 'refugees', 'families'],
    languages: ['ar', 'ary', 'fr', 'es', 'en'],
    hours: {
      timeZone: 'Africa/Casablanca',
      weekly: [
        { days: WEEKDAYS, opens: '08:30', closes: '12:30' },
        { days: WEEKDAYS, opens: '14:00', closes: '16:30' },
        { days: ['sa'], opens: '09:00', closes: '12:00' },
      ],
    },
    channels: [
      { kind: 'voice', value: '+33 1 99 00 58 70', label: APPOINTMENTS },
      {
        kind: 'whatsapp',
        value: '+33 6 39 98 58 71',
        label: {
          en: 'WhatsApp, to book or change an appointment',
          fr: 'WhatsApp, pour prendre ou déplacer un rendez-vous',
          es: 'WhatsApp, para pedir o cambiar una cita',
          ar: 'واتساب، لحجز موعد أو تغييره',
        },
        languages: ['ar', 'fr', 'en'],
        hours: { timeZone: 'Africa/Casablanca', weekly: [{ days: WEEKDAYS, opens: '14:00', closes: '18:00' }] },
      },
      { kind: 'email', value: 'casablanca@example.org' },
    ],
    accessibility: {
      wheelchair: true,
      notes: {
        en: 'Moroccan Sign Language interpreting on request, two working days ahead.',
        fr: 'Interprétation en langue des signes marocaine sur demande, deux jours ouvrables à l’avance.',
        es: 'Interpretación en lengua de señas marroquí a petición, con dos días hábiles de antelación.',
        ar: 'ترجمة بلغة الإشارة المغربية عند الطلب، قبل يومَي عمل.',
      },
    },
    appointment: 'appointment',
    url: 'https://example.org/demo/centres/casablanca',
    lastVerified: '2026-02-23',
  },

  // Open all day without a break; closed on Independence Day.
  {
    id: 'demo-mrc-oujda',
    name: {
      en: 'Demo Migrant Orientation Desk – Oujda',
      fr: 'Guichet d’orientation des migrants (démo) – Oujda',
      es: 'Ventanilla de Orientación para Migrantes (demo) – Oujda',
      ar: 'شباك توجيه المهاجرين (تجريبي) – وجدة',
    },
    kind: 'centre',
    operator: {
      en: 'Demo Eastern Solidarity Association',
      fr: 'Association Solidarité de l’Oriental (démo)',
      es: 'Asociación Solidaridad del Oriental (demo)',
      ar: 'جمعية التضامن بالجهة الشرقية (تجريبية)',
    },
    description: {
      en: 'A first stop for people who have just arrived, often after a dangerous journey: information on their rights and on asylum, medical and psychosocial referrals, and legal help for people who were exploited or robbed on the way. No appointment needed.',
      fr: 'Un premier point de contact pour les personnes qui viennent d’arriver, souvent après un voyage dangereux : information sur leurs droits et sur l’asile, orientation médicale et psychosociale, aide juridique pour les personnes exploitées ou dépouillées en chemin. Sans rendez-vous.',
      es: 'Un primer punto de apoyo para quienes acaban de llegar, a menudo tras un viaje peligroso: información sobre sus derechos y sobre el asilo, derivación médica y psicosocial, y ayuda jurídica para quienes sufrieron explotación o robos en el camino. Sin cita previa.',
      ar: 'محطة أولى للوافدين الجدد، الذين يصلون غالباً بعد رحلة خطرة: معلومات عن حقوقهم وعن اللجوء، وإحالة إلى الخدمات الطبية والدعم النفسي والاجتماعي، ومساعدة قانونية لمن تعرّضوا للاستغلال أو السرقة في الطريق. دون موعد مسبق.',
    },
    country: 'MA',
    region: { en: 'Oriental', fr: 'L’Oriental', es: 'Oriental', ar: 'جهة الشرق' },
    city: { en: 'Oujda', fr: 'Oujda', es: 'Uchda', ar: 'وجدة' },
    address: {
      en: '8 Boulevard de l’Exemple, near the coach station\nOujda',
      fr: '8 boulevard de l’Exemple, près de la gare routière\nOujda',
      es: '8 Boulevard de l’Exemple, cerca de la estación de autobuses\nUchda',
      ar: '8 شارع المثال، قرب المحطة الطرقية\nوجدة',
    },
    position: { lat: 34.68, lng: -1.91 },
    services: ['risk-awareness', 'legal-protection', 'referral', 'psychosocial-support'],
    audiences: ['migrants', 'asylum-seekers', 'refugees'],
    languages: ['ar', 'ary', 'fr', 'en'],
    hours: {
      timeZone: 'Africa/Casablanca',
      weekly: [{ days: WEEKDAYS, opens: '09:00', closes: '17:00' }],
      exceptions: [
        {
          date: '2026-11-18',
          closed: true,
          note: {
            en: 'Closed for Independence Day',
            fr: 'Fermé pour la fête de l’Indépendance',
            es: 'Cerrado por el Día de la Independencia',
            ar: 'مغلق بمناسبة عيد الاستقلال',
          },
        },
      ],
    },
    channels: [
      { kind: 'voice', value: '+33 1 99 00 58 75', label: RECEPTION },
      {
        kind: 'telegram',
        value: '@mrc_demo_oujda',
        label: { en: 'Telegram', fr: 'Telegram', es: 'Telegram', ar: 'تيليغرام' },
        languages: ['fr', 'en', 'ar'],
      },
    ],
    accessibility: { wheelchair: true },
    appointment: 'walk-in',
    lastVerified: '2026-04-02',
  },

  // Weekday and Saturday-morning hours; closed on Independence Day, mornings only on Christmas Eve.
  {
    id: 'demo-mrc-guatemala',
    name: {
      en: 'Demo Returnee and Migrant Centre – Guatemala City',
      fr: 'Centre pour les personnes migrantes et de retour (démo) – Guatemala',
      es: 'Centro de Atención a Personas Migrantes y Retornadas (demo) – Ciudad de Guatemala',
      ar: 'مركز المهاجرين والعائدين (تجريبي) – مدينة غواتيمالا',
    },
    kind: 'centre',
    operator: {
      en: 'Demo Returnee Reception Centre, Guatemala City',
      fr: 'Centre d’accueil des personnes de retour (démo), Guatemala',
      es: 'Centro de Recepción de Personas Retornadas (demo), Ciudad de Guatemala',
      ar: 'مركز استقبال العائدين (تجريبي)، مدينة غواتيمالا',
    },
    description: {
      en: 'For people returning from Mexico or the United States, and for families with relatives abroad: help to replace documents, have studies and work experience recognised, find a job or training, and send and receive money safely and cheaply.',
      fr: 'Pour les personnes qui reviennent du Mexique ou des États-Unis, et pour les familles qui ont des proches à l’étranger : aide pour refaire ses papiers, faire reconnaître ses études et son expérience, trouver un emploi ou une formation, et envoyer ou recevoir de l’argent en sécurité et à moindre coût.',
      es: 'Para quienes regresan de México o de Estados Unidos, y para las familias con parientes en el extranjero: ayuda para reponer documentos, lograr que se reconozcan estudios y experiencia laboral, encontrar empleo o formación, y enviar y recibir dinero de forma segura y barata.',
      ar: 'للعائدين من المكسيك أو الولايات المتحدة، وللأسر التي لها أقارب في الخارج: المساعدة في استخراج بدل الوثائق، والاعتراف بالدراسة والخبرة المهنية، وإيجاد عمل أو تدريب، وإرسال الأموال واستلامها بأمان وبتكلفة منخفضة.',
    },
    country: 'GT',
    region: {
      en: 'Guatemala Department',
      fr: 'Département de Guatemala',
      es: 'Departamento de Guatemala',
      ar: 'مقاطعة غواتيمالا',
    },
    city: { en: 'Guatemala City', fr: 'Guatemala', es: 'Ciudad de Guatemala', ar: 'مدينة غواتيمالا' },
    address: {
      en: '5a Avenida Ejemplo 10-20, Zona 1\nGuatemala City',
      fr: '5a Avenida Ejemplo 10-20, zone 1\nGuatemala',
      es: '5a. Avenida Ejemplo 10-20, zona 1\nCiudad de Guatemala',
      ar: '5a أبينيدا إخيمبلو 10-20، المنطقة 1\nمدينة غواتيمالا',
    },
    position: { lat: 14.64, lng: -90.51 },
    services: ['reintegration', 'employment', 'regular-migration', 'remittances', 'civil-documents'],
    audiences: ['returnees', 'families', 'migrants'],
    languages: ['es', 'quc', 'en'],
    hours: {
      timeZone: 'America/Guatemala',
      weekly: [
        { days: WEEKDAYS, opens: '08:00', closes: '16:00' },
        { days: ['sa'], opens: '08:00', closes: '12:00' },
      ],
      exceptions: [
        {
          date: '2026-09-15',
          closed: true,
          note: {
            en: 'Closed for Independence Day',
            fr: 'Fermé pour la fête de l’Indépendance',
            es: 'Cerrado por el Día de la Independencia',
            ar: 'مغلق بمناسبة عيد الاستقلال',
          },
        },
        {
          date: '2026-12-24',
          periods: [{ opens: '08:00', closes: '12:00' }],
          note: {
            en: 'Christmas Eve: morning only',
            fr: 'Veille de Noël : le matin seulement',
            es: 'Nochebuena: solo por la mañana',
            ar: 'ليلة عيد الميلاد: في الفترة الصباحية فقط',
          },
        },
      ],
    },
    channels: [
      { kind: 'voice', value: '+1 (202) 555-0150', label: RECEPTION },
      {
        kind: 'whatsapp',
        value: '+1 213 555 0151',
        label: {
          en: 'WhatsApp in Spanish',
          fr: 'WhatsApp en espagnol',
          es: 'WhatsApp en español',
          ar: 'واتساب باللغة الإسبانية',
        },
        languages: ['es'],
      },
      { kind: 'email', value: 'guatemala@example.org' },
    ],
    accessibility: {
      wheelchair: true,
      notes: {
        en: 'A children’s corner where little ones can play while you talk with an adviser.',
        fr: 'Un coin enfants où les plus petits peuvent jouer pendant que vous parlez avec un conseiller.',
        es: 'Un rincón infantil donde los más pequeños pueden jugar mientras usted habla con el equipo.',
        ar: 'ركن للأطفال يلعب فيه الصغار بينما تتحدث مع أحد المستشارين.',
      },
    },
    appointment: 'either',
    url: 'https://example.org/demo/centres/guatemala',
    lastVerified: '2026-03-17',
  },

  // Tuesday to Saturday, Saturday being market day; advisers speak K’iche’ and Mam.
  {
    id: 'demo-mrc-quetzaltenango',
    name: {
      en: 'Demo Migration Information Desk – Quetzaltenango',
      fr: 'Guichet d’information sur la migration (démo) – Quetzaltenango',
      es: 'Ventanilla de Información sobre Migración (demo) – Quetzaltenango',
      ar: 'شباك المعلومات حول الهجرة (تجريبي) – كيتزالتينانغو',
    },
    kind: 'centre',
    operator: HIGHLANDS_NETWORK,
    description: {
      en: 'Talk it through before you go: what a journey north really costs and risks, legal ways to work abroad such as seasonal work programmes, and how families can make the most of the money sent home. Advisers speak Spanish, K’iche’ and Mam.',
      fr: 'En parler avant de partir : ce que coûte et ce que risque vraiment un voyage vers le nord, les voies légales pour travailler à l’étranger comme les programmes de travail saisonnier, et comment les familles peuvent tirer le meilleur parti de l’argent envoyé. Les conseillers parlent espagnol, k’iche’ et mam.',
      es: 'Converse antes de irse: lo que de verdad cuesta y arriesga un viaje hacia el norte, las vías legales para trabajar en el extranjero, como los programas de trabajo temporal, y cómo las familias pueden aprovechar mejor el dinero que reciben. El equipo habla español, k’iche’ y mam.',
      ar: 'تحدّث في الأمر قبل أن تسافر: ما تكلّفه الرحلة نحو الشمال حقاً وما تنطوي عليه من مخاطر، والطرق القانونية للعمل في الخارج مثل برامج العمل الموسمي، وكيف يمكن للأسر الاستفادة على أفضل وجه من الأموال المرسلة إليها. يتحدث المستشارون الإسبانية والكيتشي والمام.',
    },
    country: 'GT',
    region: { en: 'Quetzaltenango', fr: 'Quetzaltenango', es: 'Quetzaltenango', ar: 'كيتزالتينانغو' },
    city: {
      en: 'Quetzaltenango (Xela)',
      fr: 'Quetzaltenango (Xela)',
      es: 'Quetzaltenango (Xela)',
      ar: 'كيتزالتينانغو (شيلا)',
    },
    address: {
      en: '14 Avenida Ejemplo 3-15, Zona 3\nQuetzaltenango',
      fr: '14 Avenida Ejemplo 3-15, zone 3\nQuetzaltenango',
      es: '14 Avenida Ejemplo 3-15, zona 3\nQuetzaltenango',
      ar: '14 أبينيدا إخيمبلو 3-15، المنطقة 3\nكيتزالتينانغو',
    },
    position: { lat: 14.84, lng: -91.52 },
    services: ['pre-departure', 'risk-awareness', 'regular-migration', 'remittances', 'skills-training'],
    audiences: ['potential-migrants', 'families'],
    languages: ['es', 'quc', 'mam'],
    hours: {
      timeZone: 'America/Guatemala',
      weekly: [
        { days: ['tu', 'we', 'th', 'fr'], opens: '09:00', closes: '13:00' },
        { days: ['tu', 'we', 'th', 'fr'], opens: '14:00', closes: '17:00' },
        { days: ['sa'], opens: '08:00', closes: '12:00' },
      ],
    },
    channels: [
      { kind: 'voice', value: '+1 (202) 555-0155', label: RECEPTION, languages: ['es', 'quc'] },
      {
        kind: 'whatsapp',
        value: '+1 213 555 0156',
        label: { en: 'WhatsApp', fr: 'WhatsApp', es: 'WhatsApp', ar: 'واتساب' },
        note: {
          en: 'You can send voice messages in K’iche’ or Mam.',
          fr: 'Vous pouvez envoyer des messages vocaux en k’iche’ ou en mam.',
          es: 'Puede enviar mensajes de voz en k’iche’ o en mam.',
          ar: 'يمكنك إرسال رسائل صوتية بلغة الكيتشي أو المام.',
        },
      },
    ],
    accessibility: {
      wheelchair: false,
      notes: {
        en: 'Two steps at the entrance; ask at the door for the portable ramp.',
        fr: 'Deux marches à l’entrée ; demandez la rampe mobile à l’accueil.',
        es: 'Dos escalones en la entrada; pida la rampa portátil en la puerta.',
        ar: 'توجد درجتان عند المدخل؛ اطلب المنحدر المتنقل عند الباب.',
      },
    },
    appointment: 'walk-in',
    lastVerified: '2026-01-28',
  },

  // By appointment; a lunch break; closed on National Women’s Day.
  {
    id: 'demo-mrc-tunis',
    name: {
      en: 'Demo Migration and Employment Centre – Tunis',
      fr: 'Centre migration et emploi (démo) – Tunis',
      es: 'Centro de Migración y Empleo (demo) – Túnez',
      ar: 'مركز الهجرة والتشغيل (تجريبي) – تونس',
    },
    kind: 'centre',
    operator: {
      en: 'Demo Agency for Work Abroad',
      fr: 'Agence pour le travail à l’étranger (démo)',
      es: 'Agencia para el Trabajo en el Extranjero (demo)',
      ar: 'وكالة العمل بالخارج (تجريبية)',
    },
    description: {
      en: 'For people who want to work abroad the legal way: which countries recruit and for which jobs, how to have diplomas recognised, language courses, and how to spot fake job offers. Individual advice is by appointment.',
      fr: 'Pour celles et ceux qui veulent travailler à l’étranger de façon légale : quels pays recrutent et pour quels métiers, comment faire reconnaître ses diplômes, des cours de langue, et comment repérer les fausses offres d’emploi. Les entretiens individuels se font sur rendez-vous.',
      es: 'Para quienes quieren trabajar en el extranjero por la vía legal: qué países contratan y para qué oficios, cómo lograr que se reconozcan los títulos, cursos de idiomas y cómo detectar ofertas de empleo falsas. La atención individual es con cita previa.',
      ar: 'لمن يرغب في العمل في الخارج بطريقة قانونية: ما البلدان التي توظّف وفي أي مهن، وكيف تتم معادلة الشهادات، ودورات اللغة، وكيف تكتشف عروض العمل الوهمية. تتم المقابلات الفردية بموعد مسبق.',
    },
    country: 'TN',
    region: { en: 'Tunis', fr: 'Tunis', es: 'Túnez', ar: 'تونس' },
    city: { en: 'Tunis', fr: 'Tunis', es: 'Túnez', ar: 'تونس' },
    address: {
      en: '45 Avenue de l’Exemple, 2nd floor (lift)\nTunis',
      fr: '45 avenue de l’Exemple, 2e étage (ascenseur)\nTunis',
      es: '45 Avenue de l’Exemple, 2.º piso (ascensor)\nTúnez',
      ar: '45 نهج المثال، الطابق الثاني (يوجد مصعد)\nتونس',
    },
    position: { lat: 36.8, lng: 10.18 },
    services: ['regular-migration', 'pre-departure', 'employment', 'skills-training', 'risk-awareness'],
    audiences: ['potential-migrants', 'returnees'],
    languages: ['ar', 'aeb', 'fr', 'en'],
    hours: {
      timeZone: 'Africa/Tunis',
      weekly: [
        { days: WEEKDAYS, opens: '08:30', closes: '13:00' },
        { days: WEEKDAYS, opens: '14:00', closes: '17:00' },
      ],
      exceptions: [
        {
          date: '2026-08-13',
          closed: true,
          note: {
            en: 'Closed for National Women’s Day',
            fr: 'Fermé pour la fête nationale de la Femme',
            es: 'Cerrado por el Día Nacional de la Mujer',
            ar: 'مغلق بمناسبة العيد الوطني للمرأة',
          },
        },
      ],
    },
    channels: [
      { kind: 'voice', value: '+33 1 99 00 73 20', label: APPOINTMENTS },
      { kind: 'email', value: 'tunis@example.org' },
    ],
    accessibility: { wheelchair: true },
    appointment: 'appointment',
    url: 'https://example.org/demo/centres/tunis',
    lastVerified: '2026-04-20',
  },

  // Weekdays and Saturday mornings, no appointment; Signal for people who need to write safely.
  {
    id: 'demo-mrc-sfax',
    name: {
      en: 'Demo Migrant Support Centre – Sfax',
      fr: 'Centre d’appui aux migrants (démo) – Sfax',
      es: 'Centro de Apoyo a Migrantes (demo) – Sfax',
      ar: 'مركز دعم المهاجرين (تجريبي) – صفاقس',
    },
    kind: 'centre',
    operator: {
      en: 'Demo Sfax Solidarity Committee',
      fr: 'Comité de solidarité de Sfax (démo)',
      es: 'Comité de Solidaridad de Sfax (demo)',
      ar: 'لجنة التضامن بصفاقس (تجريبية)',
    },
    description: {
      en: 'For migrants, asylum seekers and refugees in and around Sfax: legal advice, help after theft, violence or unpaid work, contact with families back home, and referral to health care and shelters. Women advisers are available.',
      fr: 'Pour les personnes migrantes, demandeuses d’asile et réfugiées à Sfax et dans sa région : conseil juridique, aide après un vol, des violences ou un travail non payé, contact avec les familles restées au pays, orientation vers les soins et les lieux d’hébergement. Des conseillères sont disponibles.',
      es: 'Para personas migrantes, solicitantes de asilo y refugiadas en Sfax y sus alrededores: asesoría jurídica, ayuda tras un robo, violencia o trabajo no pagado, contacto con las familias en el país de origen y derivación a servicios de salud y albergues. Hay asesoras disponibles.',
      ar: 'للمهاجرين وطالبي اللجوء واللاجئين في صفاقس وضواحيها: استشارة قانونية، ومساعدة بعد التعرض للسرقة أو العنف أو العمل دون أجر، وتواصل مع الأسر في البلد الأصلي، وإحالة إلى الرعاية الصحية ومراكز الإيواء. تتوفر مستشارات من النساء.',
    },
    country: 'TN',
    region: { en: 'Sfax', fr: 'Sfax', es: 'Sfax', ar: 'صفاقس' },
    city: { en: 'Sfax', fr: 'Sfax', es: 'Sfax', ar: 'صفاقس' },
    address: {
      en: '3 Rue de l’Exemple, near Bab Diwan\nSfax',
      fr: '3 rue de l’Exemple, près de Bab Diwan\nSfax',
      es: '3 Rue de l’Exemple, cerca de Bab Diwan\nSfax',
      ar: '3 نهج المثال، قرب باب الديوان\nصفاقس',
    },
    position: { lat: 34.74, lng: 10.76 },
    services: ['legal-protection', 'social-integration', 'referral', 'psychosocial-support'],
    audiences: ['migrants', 'asylum-seekers', 'refugees'],
    languages: ['ar', 'aeb', 'fr', 'en'],
    hours: {
      timeZone: 'Africa/Tunis',
      weekly: [
        { days: WEEKDAYS, opens: '09:00', closes: '17:00' },
        { days: ['sa'], opens: '09:00', closes: '12:00' },
      ],
      exceptions: [
        {
          date: '2026-10-15',
          closed: true,
          note: {
            en: 'Closed for Evacuation Day',
            fr: 'Fermé pour la fête de l’Évacuation',
            es: 'Cerrado por el Día de la Evacuación',
            ar: 'مغلق بمناسبة عيد الجلاء',
          },
        },
      ],
    },
    channels: [
      { kind: 'voice', value: '+33 1 99 00 73 25', label: RECEPTION },
      {
        kind: 'whatsapp',
        value: '+33 6 39 98 57 10',
        label: { en: 'WhatsApp', fr: 'WhatsApp', es: 'WhatsApp', ar: 'واتساب' },
        languages: ['fr', 'en', 'ar'],
      },
      {
        kind: 'signal',
        value: '+44 7700 900475',
        label: {
          en: 'Signal (encrypted messages)',
          fr: 'Signal (messages chiffrés)',
          es: 'Signal (mensajes cifrados)',
          ar: 'سيغنال (رسائل مشفّرة)',
        },
        languages: ['fr', 'en', 'ar'],
      },
    ],
    accessibility: {
      wheelchair: true,
      notes: {
        en: 'Women advisers on request, and a private room for confidential conversations.',
        fr: 'Des conseillères sur demande, et une pièce isolée pour les entretiens confidentiels.',
        es: 'Asesoras a petición y una sala privada para conversaciones confidenciales.',
        ar: 'مستشارات من النساء عند الطلب، وغرفة خاصة للمحادثات السرية.',
      },
    },
    appointment: 'walk-in',
    lastVerified: '2026-04-27',
  },

  // Monday to Saturday; Viber for workers already abroad; closed on Rizal Day.
  {
    id: 'demo-mrc-manila',
    name: {
      en: 'Demo Migrant Workers Resource Centre – Manila',
      fr: 'Centre de ressources pour les travailleurs migrants (démo) – Manille',
      es: 'Centro de Recursos para Trabajadores Migrantes (demo) – Manila',
      ar: 'مركز موارد العمال المهاجرين (تجريبي) – مانيلا',
    },
    kind: 'centre',
    operator: OVERSEAS_EMPLOYMENT_OFFICE,
    description: {
      en: 'Before you sign: check that a recruitment agency is licensed and a job offer is real, understand your contract, and attend the pre-departure orientation seminar. Also free legal advice for workers whose contracts were not respected, and guidance on sending money home.',
      fr: 'Avant de signer : vérifiez qu’une agence de recrutement est agréée et qu’une offre d’emploi est réelle, comprenez votre contrat et suivez le séminaire d’orientation avant le départ. Aussi : un conseil juridique gratuit pour les travailleurs dont le contrat n’a pas été respecté, et des conseils pour envoyer de l’argent à la famille.',
      es: 'Antes de firmar: compruebe que la agencia de contratación tiene licencia y que la oferta de empleo es real, entienda su contrato y asista al seminario de orientación previo a la salida. También asesoría jurídica gratuita para quienes no vieron respetado su contrato y orientación para enviar dinero a la familia.',
      ar: 'قبل أن توقّع: تحقّق من أن وكالة التوظيف مرخّصة وأن عرض العمل حقيقي، وافهم عقدك، واحضر ندوة التوجيه قبل السفر. ويقدّم المركز أيضاً استشارة قانونية مجانية للعمال الذين لم تُحترم عقودهم، ونصائح لإرسال الأموال إلى الأسرة.',
    },
    country: 'PH',
    region: { en: 'Metro Manila', fr: 'Grand Manille', es: 'Gran Manila', ar: 'مانيلا الكبرى' },
    city: { en: 'Manila', fr: 'Manille', es: 'Manila', ar: 'مانيلا' },
    address: {
      en: 'Unit 3B, Example Building, 1200 Taft Avenue\nErmita, Manila',
      fr: 'Bureau 3B, immeuble Example, 1200 Taft Avenue\nErmita, Manille',
      es: 'Oficina 3B, edificio Example, 1200 Taft Avenue\nErmita, Manila',
      ar: 'الوحدة 3B، مبنى إكزامبل، 1200 شارع تافت\nإرميتا، مانيلا',
    },
    position: { lat: 14.58, lng: 120.99 },
    services: ['pre-departure', 'regular-migration', 'employment', 'remittances', 'legal-protection'],
    audiences: ['potential-migrants', 'migrants', 'returnees'],
    languages: ['fil', 'en'],
    hours: {
      timeZone: 'Asia/Manila',
      weekly: [{ days: [...WEEKDAYS, 'sa'], opens: '08:00', closes: '17:00' }],
      exceptions: [
        {
          date: '2026-12-30',
          closed: true,
          note: {
            en: 'Closed for Rizal Day',
            fr: 'Fermé pour la journée de Rizal',
            es: 'Cerrado por el Día de Rizal',
            ar: 'مغلق بمناسبة يوم ريزال',
          },
        },
      ],
    },
    channels: [
      { kind: 'voice', value: '+61 491 570 110', label: RECEPTION },
      {
        kind: 'viber',
        value: '+61 491 570 111',
        label: {
          en: 'Viber, for workers abroad',
          fr: 'Viber, pour les travailleurs à l’étranger',
          es: 'Viber, para quienes trabajan en el extranjero',
          ar: 'فايبر، للعاملين في الخارج',
        },
        hours: {
          timeZone: 'Asia/Manila',
          weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '07:00', closes: '22:00' }],
        },
      },
      { kind: 'email', value: 'manila@example.org' },
    ],
    accessibility: {
      wheelchair: true,
      notes: {
        en: 'Lift to the third floor. Priority lane for older people, pregnant women and persons with disabilities.',
        fr: 'Ascenseur jusqu’au troisième étage. File prioritaire pour les personnes âgées, les femmes enceintes et les personnes handicapées.',
        es: 'Ascensor hasta el tercer piso. Fila preferente para personas mayores, embarazadas y personas con discapacidad.',
        ar: 'مصعد حتى الطابق الثالث. ممر ذو أولوية لكبار السن والحوامل والأشخاص ذوي الإعاقة.',
      },
    },
    appointment: 'either',
    url: 'https://example.org/demo/centres/manila',
    lastVerified: '2026-03-30',
  },

  // A lunch hour; Messenger, which most returning workers already use.
  {
    id: 'demo-mrc-cebu',
    name: {
      en: 'Demo Reintegration Centre – Cebu',
      fr: 'Centre de réintégration (démo) – Cebu',
      es: 'Centro de Reintegración (demo) – Cebú',
      ar: 'مركز إعادة الإدماج (تجريبي) – سيبو',
    },
    kind: 'centre',
    operator: {
      en: 'Demo Visayas Returning Workers’ Cooperative',
      fr: 'Coopérative des travailleurs de retour des Visayas (démo)',
      es: 'Cooperativa de Trabajadores Retornados de Bisayas (demo)',
      ar: 'تعاونية العمال العائدين في فيساياس (تجريبية)',
    },
    description: {
      en: 'For workers coming home after years abroad, and for their families: training in business and trades, advice on saving and investing so that remittances last, and help settling back into family and community life.',
      fr: 'Pour les travailleuses et travailleurs qui rentrent après des années à l’étranger, et pour leurs familles : formations à la création d’entreprise et aux métiers, conseils d’épargne et d’investissement pour que l’argent envoyé dure, et aide pour retrouver sa place dans la famille et la communauté.',
      es: 'Para quienes vuelven a casa tras años de trabajo en el extranjero, y para sus familias: formación en emprendimiento y oficios, asesoría de ahorro e inversión para que las remesas rindan, y apoyo para reincorporarse a la vida familiar y comunitaria.',
      ar: 'للعمال العائدين إلى ديارهم بعد سنوات في الخارج، ولأسرهم: تدريب على إنشاء المشاريع وعلى المهن، ونصائح في الادخار والاستثمار حتى تدوم التحويلات المالية، ومساعدة على العودة إلى الحياة الأسرية والمجتمعية.',
    },
    country: 'PH',
    region: { en: 'Central Visayas', fr: 'Visayas centrales', es: 'Bisayas Centrales', ar: 'فيساياس الوسطى' },
    city: { en: 'Cebu City', fr: 'Cebu', es: 'Ciudad de Cebú', ar: 'مدينة سيبو' },
    address: {
      en: '2F Example Arcade, Osmeña Boulevard\nCebu City',
      fr: 'Example Arcade, 1er étage, Osmeña Boulevard\nCebu',
      es: 'Example Arcade, 2.º piso, Osmeña Boulevard\nCiudad de Cebú',
      ar: 'إكزامبل آركيد، الطابق الثاني، جادة أوسمينيا\nمدينة سيبو',
    },
    position: { lat: 10.31, lng: 123.89 },
    services: ['reintegration', 'skills-training', 'social-integration', 'remittances', 'psychosocial-support'],
    audiences: ['returnees', 'families'],
    languages: ['ceb', 'fil', 'en'],
    hours: {
      timeZone: 'Asia/Manila',
      weekly: [
        { days: WEEKDAYS, opens: '08:00', closes: '12:00' },
        { days: WEEKDAYS, opens: '13:00', closes: '17:00' },
      ],
    },
    channels: [
      { kind: 'voice', value: '+61 491 570 120', label: RECEPTION },
      {
        kind: 'messenger',
        value: 'mrc.demo.cebu',
        label: { en: 'Facebook Messenger', fr: 'Facebook Messenger', es: 'Facebook Messenger', ar: 'فيسبوك ماسنجر' },
      },
    ],
    appointment: 'walk-in',
    lastVerified: '2026-02-11',
  },

  // A mobile team along the Senegal River: stops in late 2026 and January 2027, Senegal time (UTC+00:00).
  {
    id: 'demo-mobile-river-valley',
    name: {
      en: 'Demo Mobile Information Team – Senegal River Valley',
      fr: 'Équipe mobile d’information (démo) – vallée du fleuve Sénégal',
      es: 'Equipo Móvil de Información (demo) – valle del río Senegal',
      ar: 'الفريق المتنقل للمعلومات (تجريبي) – وادي نهر السنغال',
    },
    kind: 'mobile-team',
    operator: NETWORK,
    description: {
      en: 'The team travels to towns along the river where many young people think about leaving. It holds open sessions on the risks of irregular routes and the legal alternatives, and meets people one to one. Come to a stop, no appointment needed.',
      fr: 'L’équipe se rend dans les villes du fleuve où beaucoup de jeunes pensent à partir. Elle anime des séances ouvertes sur les risques des routes irrégulières et les alternatives légales, et reçoit les personnes individuellement. Venez à une étape, sans rendez-vous.',
      es: 'El equipo recorre las localidades del río donde muchos jóvenes piensan en irse. Organiza sesiones abiertas sobre los riesgos de las rutas irregulares y las alternativas legales, y atiende a las personas de forma individual. Acérquese a una parada, sin cita previa.',
      ar: 'يتنقل الفريق بين مدن النهر حيث يفكر كثير من الشباب في الهجرة. ويعقد جلسات مفتوحة حول مخاطر الطرق غير النظامية والبدائل القانونية، ويلتقي الأشخاص على انفراد. تعال إلى إحدى المحطات، دون موعد مسبق.',
    },
    country: 'SN',
    region: {
      en: 'Senegal River Valley',
      fr: 'Vallée du fleuve Sénégal',
      es: 'Valle del río Senegal',
      ar: 'وادي نهر السنغال',
    },
    services: ['risk-awareness', 'pre-departure', 'regular-migration', 'referral'],
    audiences: ['potential-migrants', 'families', 'returnees'],
    languages: ['fr', 'wo', 'ff', 'snk'],
    channels: [
      {
        kind: 'voice',
        value: '+44 7700 900470',
        label: { en: 'Team phone', fr: 'Téléphone de l’équipe', es: 'Teléfono del equipo', ar: 'هاتف الفريق' },
        hours: { timeZone: 'Africa/Dakar', weekly: [{ days: WEEKDAYS, opens: '09:00', closes: '17:00' }] },
      },
      {
        kind: 'whatsapp',
        value: '+44 7700 900471',
        label: { en: 'WhatsApp', fr: 'WhatsApp', es: 'WhatsApp', ar: 'واتساب' },
        languages: ['fr', 'wo', 'ff'],
      },
    ],
    appointment: 'walk-in',
    stops: [
      {
        place: {
          en: 'Podor, youth centre',
          fr: 'Podor, maison des jeunes',
          es: 'Podor, casa de la juventud',
          ar: 'بودور، دار الشباب',
        },
        position: { lat: 16.65, lng: -14.96 },
        start: '2026-11-17T09:00:00+00:00',
        end: '2026-11-17T16:00:00+00:00',
      },
      {
        place: {
          en: 'Matam, main market square',
          fr: 'Matam, place du grand marché',
          es: 'Matam, plaza del mercado central',
          ar: 'ماتام، ساحة السوق الكبير',
        },
        position: { lat: 15.66, lng: -13.26 },
        start: '2026-11-19T09:00:00+00:00',
        end: '2026-11-19T15:00:00+00:00',
        note: {
          en: 'Under the awning next to the town hall.',
          fr: 'Sous l’auvent à côté de la mairie.',
          es: 'Bajo el toldo junto al ayuntamiento.',
          ar: 'تحت المظلة بجانب البلدية.',
        },
      },
      {
        place: {
          en: 'Bakel, community radio hall',
          fr: 'Bakel, salle de la radio communautaire',
          es: 'Bakel, sala de la radio comunitaria',
          ar: 'باكل، قاعة الإذاعة المجتمعية',
        },
        position: { lat: 14.9, lng: -12.46 },
        start: '2026-12-03T10:00:00+00:00',
        end: '2026-12-03T17:00:00+00:00',
      },
      {
        place: {
          en: 'Podor, youth centre',
          fr: 'Podor, maison des jeunes',
          es: 'Podor, casa de la juventud',
          ar: 'بودور، دار الشباب',
        },
        position: { lat: 16.65, lng: -14.96 },
        start: '2027-01-14T09:00:00+00:00',
        end: '2027-01-14T16:00:00+00:00',
      },
    ],
    lastVerified: '2026-04-30',
  },

  // A mobile team in the Guatemalan highlands on market days, Guatemala time (UTC−06:00); the last stop has no position yet.
  {
    id: 'demo-mobile-western-highlands',
    name: {
      en: 'Demo Mobile Team – Western Highlands',
      fr: 'Équipe mobile (démo) – Hauts plateaux de l’Ouest',
      es: 'Equipo Móvil (demo) – Altiplano Occidental',
      ar: 'الفريق المتنقل (تجريبي) – المرتفعات الغربية',
    },
    kind: 'mobile-team',
    operator: HIGHLANDS_NETWORK,
    description: {
      en: 'The team visits market towns on market day, with information on safe and regular migration, on reintegration for people who have come back, and on how to avoid fraud when sending money. Sessions in Spanish, K’iche’ and Mam.',
      fr: 'L’équipe se rend dans les bourgs les jours de marché, avec des informations sur la migration sûre et régulière, sur la réintégration des personnes de retour et sur les moyens d’éviter les fraudes lors des envois d’argent. Séances en espagnol, k’iche’ et mam.',
      es: 'El equipo visita los pueblos en día de mercado con información sobre migración segura y regular, sobre reintegración para quienes han regresado y sobre cómo evitar fraudes al enviar dinero. Sesiones en español, k’iche’ y mam.',
      ar: 'يزور الفريق البلدات في أيام السوق، حاملاً معلومات عن الهجرة الآمنة والنظامية، وعن إعادة إدماج العائدين، وعن كيفية تجنّب الاحتيال عند إرسال الأموال. تُعقد الجلسات بالإسبانية والكيتشي والمام.',
    },
    country: 'GT',
    region: {
      en: 'Western Highlands',
      fr: 'Hauts plateaux de l’Ouest',
      es: 'Altiplano Occidental',
      ar: 'المرتفعات الغربية',
    },
    services: ['pre-departure', 'risk-awareness', 'reintegration', 'remittances'],
    audiences: ['potential-migrants', 'returnees', 'families'],
    languages: ['es', 'quc', 'mam'],
    channels: [
      {
        kind: 'whatsapp',
        value: '+1 213 555 0161',
        label: { en: 'Team WhatsApp', fr: 'WhatsApp de l’équipe', es: 'WhatsApp del equipo', ar: 'واتساب الفريق' },
        hours: { timeZone: 'America/Guatemala', weekly: [{ days: WEEKDAYS, opens: '08:00', closes: '17:00' }] },
      },
    ],
    appointment: 'walk-in',
    stops: [
      {
        place: {
          en: 'Totonicapán, municipal hall',
          fr: 'Totonicapán, salle municipale',
          es: 'Totonicapán, salón municipal',
          ar: 'توتونيكابان، القاعة البلدية',
        },
        position: { lat: 14.91, lng: -91.36 },
        start: '2026-11-24T08:00:00-06:00',
        end: '2026-11-24T13:00:00-06:00',
      },
      {
        place: {
          en: 'San Marcos, next to the health centre',
          fr: 'San Marcos, à côté du centre de santé',
          es: 'San Marcos, junto al centro de salud',
          ar: 'سان ماركوس، بجانب المركز الصحي',
        },
        position: { lat: 14.96, lng: -91.79 },
        start: '2026-12-08T08:00:00-06:00',
        end: '2026-12-08T14:00:00-06:00',
      },
      {
        place: {
          en: 'Huehuetenango, central park',
          fr: 'Huehuetenango, parc central',
          es: 'Huehuetenango, parque central',
          ar: 'هويهويتينانغو، الحديقة المركزية',
        },
        position: { lat: 15.32, lng: -91.47 },
        start: '2027-01-19T09:00:00-06:00',
        end: '2027-01-19T15:00:00-06:00',
        note: {
          en: 'If you need help with a document, bring the papers you have.',
          fr: 'Si vous avez besoin d’aide pour un document, apportez les papiers que vous avez.',
          es: 'Si necesita ayuda con un documento, traiga los papeles que tenga.',
          ar: 'إذا كنت تحتاج إلى مساعدة في وثيقة ما، فأحضر معك الأوراق التي لديك.',
        },
      },
      {
        place: {
          en: 'Momostenango, market',
          fr: 'Momostenango, marché',
          es: 'Momostenango, mercado',
          ar: 'موموستينانغو، السوق',
        },
        start: '2027-02-09T08:00:00-06:00',
        end: '2027-02-09T13:00:00-06:00',
      },
    ],
    lastVerified: '2026-04-08',
  },

  // Online only: a web chat open every day until late, Messenger and email.
  {
    id: 'demo-online-orientation',
    name: {
      en: 'Demo Online Pre-departure Orientation',
      fr: 'Orientation avant le départ en ligne (démo)',
      es: 'Orientación previa a la salida en línea (demo)',
      ar: 'التوجيه قبل السفر عبر الإنترنت (تجريبي)',
    },
    kind: 'online',
    operator: OVERSEAS_EMPLOYMENT_OFFICE,
    description: {
      en: 'For people who cannot come to a centre: an online course and a chat with advisers to prepare for work abroad – your rights and duties, your contract, life in the country of destination, and who to call in an emergency.',
      fr: 'Pour celles et ceux qui ne peuvent pas se rendre dans un centre : un cours en ligne et une discussion avec des conseillers pour préparer un travail à l’étranger – vos droits et obligations, votre contrat, la vie dans le pays de destination et qui appeler en cas d’urgence.',
      es: 'Para quienes no pueden acudir a un centro: un curso en línea y un chat con el equipo para prepararse a trabajar en el extranjero: sus derechos y obligaciones, su contrato, la vida en el país de destino y a quién llamar en caso de emergencia.',
      ar: 'لمن لا يستطيع الحضور إلى أحد المراكز: دورة عبر الإنترنت ودردشة مع المستشارين للاستعداد للعمل في الخارج، تتناول حقوقك وواجباتك، وعقدك، والحياة في بلد المقصد، ومن تتصل به في حالات الطوارئ.',
    },
    country: 'PH',
    services: ['pre-departure', 'regular-migration', 'employment'],
    audiences: ['potential-migrants', 'migrants'],
    languages: ['fil', 'en', 'ceb'],
    channels: [
      {
        kind: 'chat',
        value: 'https://example.org/demo/chat/orientation',
        label: {
          en: 'Chat with an adviser',
          fr: 'Discuter avec un conseiller',
          es: 'Chatear con el equipo',
          ar: 'الدردشة مع أحد المستشارين',
        },
        hours: {
          timeZone: 'Asia/Manila',
          weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '08:00', closes: '22:00' }],
        },
      },
      {
        kind: 'messenger',
        value: 'mrc_demo_orientation',
        label: { en: 'Facebook Messenger', fr: 'Facebook Messenger', es: 'Facebook Messenger', ar: 'فيسبوك ماسنجر' },
      },
      { kind: 'email', value: 'orientation@example.org' },
    ],
    url: 'https://example.org/demo/online-orientation',
    lastVerified: '2026-05-02',
  },
] as const satisfies readonly RawCentre[];
