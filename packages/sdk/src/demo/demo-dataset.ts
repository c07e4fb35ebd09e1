/*
 * The demo dataset, used by the stories, the docs and the tests. It is entirely fictional: every
 * organisation, centre, hotline and name in it is invented and marked "Demo", every link and email
 * address is on example.org (reserved for documentation, RFC 2606), and every phone number comes from a
 * range reserved for drama and documentation (Ofcom +44 20 7946 0xxx and +44 7700 900xxx, North
 * American 555-01xx, ARCEP +33 1 99 xx xx xx and +33 6 39 98 xx xx, ACMA +61 491 570 006–159).
 * Numbers are written the way people write them; the SDK turns them into E.164.
 *
 * Fixed centres sit in real cities at rounded, deliberately inexact positions, on invented streets.
 *
 * It is raw input in the published JSON format (`mrc-kit/dataset@1`), exactly what a publisher
 * would put in a file, so it exercises the same validation as real data.
 */

import { demoCentres, demoTaxonomy } from './demo-centres.js';
import { demoMythOrFactQuiz, demoQuiz } from './demo-quiz.js';
import { demoChecklists } from './demo-checklists.js';
import { WEEKDAYS, type RawDataset } from './raw.js';

export const demoDataset = {
  format: 'mrc-kit/dataset@1',
  publisher: {
    name: {
      en: 'Demo Migration Information Network',
      fr: 'Réseau d’information sur la migration (démo)',
      es: 'Red de Información sobre Migración (demo)',
      ar: 'شبكة المعلومات حول الهجرة (نسخة تجريبية)',
    },
    url: 'https://example.org/',
  },
  updated: '2026-05-04',
  defaultLocale: 'en',
  taxonomy: demoTaxonomy,
  centres: demoCentres,
  hotlines: [
    // Office hours with a lunch break; WhatsApp answered only in the afternoon, in Wolof and French.
    {
      id: 'demo-safe-migration-sn',
      name: {
        en: 'Demo Safe Migration Line – Dakar',
        fr: 'Ligne démo d’information sur la migration sûre – Dakar',
        es: 'Línea demo de información sobre migración segura – Dakar',
        ar: 'خط تجريبي للمعلومات حول الهجرة الآمنة – داكار',
      },
      description: {
        en: 'Free, confidential information on regular migration procedures, the risks of irregular routes and support for returnees, so that you can make your own informed decision.',
        fr: 'Des informations gratuites et confidentielles sur les démarches de migration régulière, les risques des routes irrégulières et l’accompagnement des personnes de retour, pour que vous puissiez prendre votre décision en connaissance de cause.',
        es: 'Información gratuita y confidencial sobre los trámites de migración regular, los riesgos de las rutas irregulares y el apoyo a las personas retornadas, para que pueda tomar su propia decisión con conocimiento de causa.',
        ar: 'معلومات مجانية وسرية حول إجراءات الهجرة النظامية، ومخاطر الطرق غير النظامية، والدعم المتاح للعائدين، لتتمكن من اتخاذ قرارك بنفسك عن علم ودراية.',
      },
      operator: {
        en: 'Demo Migrant Resource Centre, Dakar',
        fr: 'Centre de ressources pour les migrants (démo), Dakar',
        es: 'Centro de Recursos para Migrantes (demo), Dakar',
        ar: 'مركز موارد المهاجرين (تجريبي)، داكار',
      },
      countries: ['SN'],
      topics: ['safe-migration', 'return-reintegration'],
      channels: [
        {
          kind: 'voice',
          value: '+33 1 99 00 41 27',
          label: {
            en: 'Information line',
            fr: 'Ligne d’information',
            es: 'Línea de información',
            ar: 'خط المعلومات',
          },
        },
        {
          kind: 'whatsapp',
          value: '+33 6 39 98 12 45',
          label: {
            en: 'WhatsApp in Wolof and French',
            fr: 'WhatsApp en wolof et en français',
            es: 'WhatsApp en wólof y francés',
            ar: 'واتساب باللغتين الولوفية والفرنسية',
          },
          languages: ['wo', 'fr'],
          hours: { timeZone: 'Africa/Dakar', weekly: [{ days: WEEKDAYS, opens: '14:00', closes: '18:00' }] },
          note: {
            en: 'Voice and written messages are answered in the afternoon.',
            fr: 'Les messages vocaux et écrits reçoivent une réponse l’après-midi.',
            es: 'Los mensajes de voz y de texto se responden por la tarde.',
            ar: 'يُرَدّ على الرسائل الصوتية والمكتوبة في فترة ما بعد الظهر.',
          },
        },
        {
          kind: 'email',
          value: 'dakar@example.org',
          note: {
            en: 'We reply within two working days.',
            fr: 'Nous répondons sous deux jours ouvrables.',
            es: 'Respondemos en un plazo de dos días hábiles.',
            ar: 'نرد في غضون يومَي عمل.',
          },
        },
      ],
      hours: {
        timeZone: 'Africa/Dakar',
        weekly: [
          { days: WEEKDAYS, opens: '08:30', closes: '12:30' },
          { days: WEEKDAYS, opens: '14:30', closes: '17:30' },
        ],
      },
      languages: ['fr', 'wo', 'ff', 'en'],
      free: true,
      anonymous: false,
      emergency: false,
      url: 'https://example.org/demo/dakar',
      lastVerified: '2026-03-02',
    },

    // Morning hours on weekdays, and an evening period running past midnight for people who work by day.
    {
      id: 'demo-migrant-info-ma',
      name: {
        en: 'Demo Migrant Information Line – Morocco',
        fr: 'Ligne démo d’information pour les personnes migrantes – Maroc',
        es: 'Línea demo de información para personas migrantes – Marruecos',
        ar: 'خط المعلومات التجريبي للمهاجرين – المغرب',
      },
      description: {
        en: 'Information for migrants living in or passing through Morocco: residence and work procedures, access to health care and schooling, legal aid, and what to do in case of abuse at work. The evening hours are for people who work during the day.',
        fr: 'Des informations pour les personnes migrantes qui vivent au Maroc ou y transitent : démarches de séjour et de travail, accès aux soins et à l’école, aide juridique et recours en cas d’abus au travail. Les horaires du soir s’adressent aux personnes qui travaillent dans la journée.',
        es: 'Información para las personas migrantes que viven en Marruecos o están de paso: trámites de residencia y de trabajo, acceso a la salud y a la escuela, asistencia jurídica y qué hacer en caso de abusos en el trabajo. El horario de noche está pensado para quienes trabajan durante el día.',
        ar: 'معلومات للمهاجرين المقيمين في المغرب أو العابرين له: إجراءات الإقامة والعمل، والحصول على الرعاية الصحية والتعليم، والمساعدة القانونية، وما يمكن فعله عند التعرض لسوء المعاملة في العمل. وقد خُصِّصت الفترة المسائية لمن يعملون خلال النهار.',
      },
      operator: {
        en: 'Demo Migrant Support Association, Rabat',
        fr: 'Association d’appui aux migrants (démo), Rabat',
        es: 'Asociación de Apoyo a Migrantes (demo), Rabat',
        ar: 'جمعية دعم المهاجرين (تجريبية)، الرباط',
      },
      countries: ['MA'],
      topics: ['safe-migration', 'legal-advice', 'exploitation'],
      channels: [
        {
          kind: 'voice',
          value: '0033 1 99 00 58 63',
          label: {
            en: 'Phone line',
            fr: 'Ligne téléphonique',
            es: 'Línea telefónica',
            ar: 'الخط الهاتفي',
          },
          note: {
            en: 'Charged at the local call rate.',
            fr: 'Prix d’un appel local.',
            es: 'Se cobra como una llamada local.',
            ar: 'تُحتسب بتعرفة المكالمة المحلية.',
          },
        },
        {
          kind: 'telegram',
          value: '@mrc_demo_maroc',
          label: {
            en: 'Telegram',
            fr: 'Telegram',
            es: 'Telegram',
            ar: 'تيليغرام',
          },
          free: true,
        },
        {
          kind: 'chat',
          value: 'https://example.org/demo/chat/maroc',
          label: {
            en: 'Web chat',
            fr: 'Discussion en ligne',
            es: 'Chat en línea',
            ar: 'الدردشة عبر الإنترنت',
          },
          free: true,
        },
        {
          kind: 'email',
          value: 'maroc@example.org',
          free: true,
        },
      ],
      hours: {
        timeZone: 'Africa/Casablanca',
        weekly: [
          { days: WEEKDAYS, opens: '09:00', closes: '13:00' },
          { days: [...WEEKDAYS, 'sa'], opens: '18:00', closes: '01:00' },
        ],
      },
      languages: ['ar', 'ary', 'fr', 'es', 'en'],
      free: false,
      anonymous: true,
      emergency: false,
      url: 'https://example.org/demo/maroc',
      lastVerified: '2026-02-16',
    },

    // Always open, on every channel; serves several countries.
    {
      id: 'demo-anti-trafficking',
      name: {
        en: 'Demo Anti-Trafficking Helpline (24/7)',
        fr: 'Ligne d’écoute démo contre la traite des personnes (24 h/24)',
        es: 'Línea de ayuda demo contra la trata de personas (24 horas)',
        ar: 'خط المساعدة التجريبي لمكافحة الاتجار بالبشر (على مدار الساعة)',
      },
      description: {
        en: 'For anyone who is, or may be, a victim of trafficking or forced labour, and for their families. Calls are confidential and you do not need to give your name. Advisers can put you in touch with shelters, medical care and legal aid in the country where you are.',
        fr: 'Pour toute personne victime, ou peut-être victime, de traite ou de travail forcé, ainsi que pour ses proches. Les appels sont confidentiels et vous n’avez pas besoin de donner votre nom. Les conseillers peuvent vous mettre en relation avec des lieux d’hébergement, des soins médicaux et une aide juridique dans le pays où vous vous trouvez.',
        es: 'Para cualquier persona que sea, o pueda ser, víctima de trata o de trabajo forzoso, y para sus familiares. Las llamadas son confidenciales y no necesita dar su nombre. El equipo puede ponerle en contacto con albergues, atención médica y asistencia jurídica en el país donde se encuentre.',
        ar: 'لكل شخص وقع، أو ربما وقع، ضحيةً للاتجار بالبشر أو العمل القسري، ولذويه. المكالمات سرية ولا يلزمك ذكر اسمك. ويمكن للمستشارين مساعدتك في التواصل مع مراكز الإيواء والرعاية الطبية والمساعدة القانونية في البلد الذي توجد فيه.',
      },
      operator: {
        en: 'Demo Regional Anti-Trafficking Network',
        fr: 'Réseau régional de lutte contre la traite (démo)',
        es: 'Red Regional contra la Trata (demo)',
        ar: 'الشبكة الإقليمية لمكافحة الاتجار بالبشر (تجريبية)',
      },
      countries: ['SN', 'ML', 'MA', 'TN'],
      topics: ['trafficking', 'exploitation', 'gbv'],
      channels: [
        {
          kind: 'voice',
          value: '+44 20 7946 0321',
          label: {
            en: 'Free helpline, day and night',
            fr: 'Ligne gratuite, de jour comme de nuit',
            es: 'Línea gratuita, de día y de noche',
            ar: 'خط مجاني، ليلاً ونهاراً',
          },
        },
        {
          kind: 'sms',
          value: '+44 7700 900461',
          label: {
            en: 'Text message',
            fr: 'SMS',
            es: 'Mensaje de texto',
            ar: 'رسالة نصية',
          },
          note: {
            en: 'If you cannot talk safely, send a text message and an adviser will reply.',
            fr: 'Si vous ne pouvez pas parler en toute sécurité, envoyez un SMS : un conseiller vous répondra.',
            es: 'Si no puede hablar con seguridad, envíe un mensaje de texto y alguien del equipo le responderá.',
            ar: 'إذا لم يكن بإمكانك التحدث بأمان، أرسل رسالة نصية وسيرد عليك أحد المستشارين.',
          },
        },
        {
          kind: 'signal',
          value: '+44 7700 900462',
          label: {
            en: 'Signal (encrypted messages)',
            fr: 'Signal (messages chiffrés)',
            es: 'Signal (mensajes cifrados)',
            ar: 'سيغنال (رسائل مشفّرة)',
          },
          languages: ['en', 'fr', 'ar'],
        },
        {
          kind: 'viber',
          value: '+44 7700 900463',
          label: {
            en: 'Viber',
            fr: 'Viber',
            es: 'Viber',
            ar: 'فايبر',
          },
          languages: ['en', 'fr', 'ar'],
        },
      ],
      hours: { timeZone: 'Africa/Dakar', alwaysOpen: true },
      languages: ['en', 'fr', 'ar', 'wo', 'bm'],
      free: true,
      anonymous: true,
      emergency: true,
      url: 'https://example.org/demo/anti-trafficking',
      lastVerified: '2026-04-10',
    },

    // Weekday and Saturday-morning hours, closed on public holidays, shorter on Christmas Eve.
    {
      id: 'demo-returnees-gt',
      name: {
        en: 'Demo Returnee Support Line – Guatemala',
        fr: 'Ligne démo d’accompagnement des personnes de retour – Guatemala',
        es: 'Línea demo de atención a personas retornadas – Guatemala',
        ar: 'خط تجريبي لدعم العائدين – غواتيمالا',
      },
      description: {
        en: 'For people returning to Guatemala and their families: replacing identity documents, having studies and skills recognised, finding training and work, and reaching health and psychosocial support services.',
        fr: 'Pour les personnes qui rentrent au Guatemala et leurs familles : remplacement des pièces d’identité, reconnaissance des diplômes et des compétences, recherche d’une formation et d’un emploi, accès aux services de santé et de soutien psychosocial.',
        es: 'Para las personas que regresan a Guatemala y sus familias: reposición de documentos de identidad, reconocimiento de estudios y competencias, búsqueda de formación y empleo, y acceso a servicios de salud y de apoyo psicosocial.',
        ar: 'للأشخاص العائدين إلى غواتيمالا وأسرهم: استخراج بدل وثائق الهوية، والاعتراف بالمؤهلات الدراسية والمهارات، والبحث عن فرص التدريب والعمل، والوصول إلى خدمات الرعاية الصحية والدعم النفسي والاجتماعي.',
      },
      operator: {
        en: 'Demo Returnee Reception Centre, Guatemala City',
        fr: 'Centre d’accueil des personnes de retour (démo), Guatemala',
        es: 'Centro de Recepción de Personas Retornadas (demo), Ciudad de Guatemala',
        ar: 'مركز استقبال العائدين (تجريبي)، مدينة غواتيمالا',
      },
      countries: ['GT'],
      topics: ['return-reintegration', 'legal-advice'],
      channels: [
        {
          kind: 'voice',
          value: '+1 (202) 555-0143',
          label: {
            en: 'Free phone line',
            fr: 'Ligne téléphonique gratuite',
            es: 'Línea telefónica gratuita',
            ar: 'خط هاتفي مجاني',
          },
        },
        {
          kind: 'whatsapp',
          value: '+1 213 555 0172',
          label: {
            en: 'WhatsApp in Spanish',
            fr: 'WhatsApp en espagnol',
            es: 'WhatsApp en español',
            ar: 'واتساب باللغة الإسبانية',
          },
          languages: ['es'],
        },
        {
          kind: 'messenger',
          value: 'mrc.demo.retorno',
          label: {
            en: 'Facebook Messenger',
            fr: 'Facebook Messenger',
            es: 'Facebook Messenger',
            ar: 'فيسبوك ماسنجر',
          },
          languages: ['es'],
        },
        {
          kind: 'email',
          value: 'retorno@example.org',
        },
      ],
      hours: {
        timeZone: 'America/Guatemala',
        weekly: [
          { days: WEEKDAYS, opens: '08:00', closes: '16:30' },
          { days: ['sa'], opens: '08:00', closes: '12:00' },
        ],
        exceptions: [
          {
            date: '2026-04-02',
            to: '2026-04-03',
            closed: true,
            note: {
              en: 'Closed for Holy Thursday and Good Friday',
              fr: 'Fermé le Jeudi saint et le Vendredi saint',
              es: 'Cerrado por Jueves y Viernes Santo',
              ar: 'مغلق يومَي خميس العهد والجمعة العظيمة',
            },
          },
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
      languages: ['es', 'quc', 'mam', 'en'],
      free: true,
      anonymous: false,
      emergency: false,
      url: 'https://example.org/demo/retorno',
      lastVerified: '2026-01-20',
    },

    // Long days in Manila; Viber, used by many workers abroad, answered late into the evening.
    {
      id: 'demo-overseas-workers-ph',
      name: {
        en: 'Demo Overseas Workers Helpline – Philippines',
        fr: 'Ligne démo d’assistance aux travailleurs à l’étranger – Philippines',
        es: 'Línea demo de ayuda a personas trabajadoras en el extranjero – Filipinas',
        ar: 'خط المساعدة التجريبي للعاملين في الخارج – الفلبين',
      },
      description: {
        en: 'For Filipino workers preparing to work abroad, working abroad or back home: checking a recruitment agency or a job offer, understanding contracts and wages, and what to do when a contract is not respected.',
        fr: 'Pour les travailleuses et travailleurs philippins qui se préparent à partir, qui travaillent à l’étranger ou qui sont rentrés : vérifier une agence de recrutement ou une offre d’emploi, comprendre un contrat et un salaire, savoir que faire lorsqu’un contrat n’est pas respecté.',
        es: 'Para trabajadoras y trabajadores filipinos que se preparan para trabajar en el extranjero, que ya trabajan fuera o que han regresado: cómo verificar una agencia de contratación o una oferta de empleo, cómo entender un contrato y un salario, y qué hacer si no se respeta un contrato.',
        ar: 'للعاملين الفلبينيين الذين يستعدون للعمل في الخارج أو يعملون فيه أو عادوا إلى بلدهم: التحقق من وكالات التوظيف وعروض العمل، وفهم العقود والأجور، وما يمكن فعله عند عدم احترام العقد.',
      },
      operator: {
        en: 'Demo Migrant Workers Resource Centre, Manila',
        fr: 'Centre de ressources pour les travailleurs migrants (démo), Manille',
        es: 'Centro de Recursos para Trabajadores Migrantes (demo), Manila',
        ar: 'مركز موارد العمال المهاجرين (تجريبي)، مانيلا',
      },
      countries: ['PH'],
      topics: ['safe-migration', 'exploitation', 'legal-advice', 'return-reintegration'],
      channels: [
        {
          kind: 'voice',
          value: '+61 491 570 156',
          label: {
            en: 'Phone line',
            fr: 'Ligne téléphonique',
            es: 'Línea telefónica',
            ar: 'الخط الهاتفي',
          },
        },
        {
          kind: 'viber',
          value: '+61 491 570 157',
          label: {
            en: 'Viber, for workers abroad',
            fr: 'Viber, pour les travailleurs à l’étranger',
            es: 'Viber, para quienes trabajan en el extranjero',
            ar: 'فايبر، للعاملين في الخارج',
          },
          hours: {
            timeZone: 'Asia/Manila',
            weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '07:00', closes: '23:00' }],
          },
          note: {
            en: 'You can write at any time; replies are sent between 7:00 and 23:00, Philippine time.',
            fr: 'Vous pouvez écrire à tout moment ; les réponses sont envoyées entre 7 h et 23 h, heure des Philippines.',
            es: 'Puede escribir en cualquier momento; las respuestas se envían entre las 7:00 y las 23:00, hora de Filipinas.',
            ar: 'يمكنك الكتابة في أي وقت، ويُرَدّ على الرسائل بين الساعة 7:00 و23:00 بتوقيت الفلبين.',
          },
        },
        {
          kind: 'messenger',
          value: 'mrc_demo_workers',
          label: {
            en: 'Facebook Messenger',
            fr: 'Facebook Messenger',
            es: 'Facebook Messenger',
            ar: 'فيسبوك ماسنجر',
          },
        },
        {
          kind: 'email',
          value: 'workers@example.org',
        },
      ],
      hours: {
        timeZone: 'Asia/Manila',
        weekly: [{ days: [...WEEKDAYS, 'sa'], opens: '07:00', closes: '19:00' }],
      },
      languages: ['fil', 'en', 'ceb', 'ilo'],
      free: true,
      anonymous: false,
      emergency: false,
      url: 'https://example.org/demo/overseas-workers',
      lastVerified: '2026-03-28',
    },

    // A women-only line; closed on a public holiday.
    {
      id: 'demo-women-migrants-tn',
      name: {
        en: 'Demo Listening Line for Migrant Women – Tunisia',
        fr: 'Ligne d’écoute démo pour les femmes migrantes – Tunisie',
        es: 'Línea de escucha demo para mujeres migrantes – Túnez',
        ar: 'خط الإصغاء التجريبي للنساء المهاجرات – تونس',
      },
      description: {
        en: 'A confidential line for migrant women who have experienced violence, including gender-based violence, or who fear it. Women advisers listen, explain the options available and, with your agreement, refer you to medical, psychological and legal services.',
        fr: 'Une ligne confidentielle pour les femmes migrantes qui ont subi des violences, notamment fondées sur le genre, ou qui en craignent. Des conseillères vous écoutent, vous expliquent les possibilités qui existent et, avec votre accord, vous orientent vers des services médicaux, psychologiques et juridiques.',
        es: 'Una línea confidencial para mujeres migrantes que han sufrido violencia, incluida la violencia de género, o que temen sufrirla. Las asesoras le escuchan, le explican las opciones disponibles y, con su consentimiento, le derivan a servicios médicos, psicológicos y jurídicos.',
        ar: 'خط سري للنساء المهاجرات اللواتي تعرّضن للعنف، بما في ذلك العنف القائم على النوع الاجتماعي، أو يخشين التعرّض له. تستمع إليكِ مستشارات، ويشرحن لكِ الخيارات المتاحة، ويوجّهنكِ بموافقتكِ إلى الخدمات الطبية والنفسية والقانونية.',
      },
      operator: {
        en: 'Demo Women’s Support Association, Tunis',
        fr: 'Association d’appui aux femmes (démo), Tunis',
        es: 'Asociación de Apoyo a las Mujeres (demo), Túnez',
        ar: 'جمعية دعم النساء (تجريبية)، تونس',
      },
      countries: ['TN'],
      topics: ['gbv', 'legal-advice'],
      channels: [
        {
          kind: 'voice',
          value: '+33 1 99 00 73 18',
          label: {
            en: 'Free listening line',
            fr: 'Ligne d’écoute gratuite',
            es: 'Línea de escucha gratuita',
            ar: 'خط إصغاء مجاني',
          },
        },
        {
          kind: 'whatsapp',
          value: '+33 6 39 98 57 02',
          label: {
            en: 'WhatsApp',
            fr: 'WhatsApp',
            es: 'WhatsApp',
            ar: 'واتساب',
          },
        },
        {
          kind: 'chat',
          value: 'https://example.org/demo/chat/tunis',
          label: {
            en: 'Web chat',
            fr: 'Discussion en ligne',
            es: 'Chat en línea',
            ar: 'الدردشة عبر الإنترنت',
          },
          hours: {
            timeZone: 'Africa/Tunis',
            weekly: [{ days: [...WEEKDAYS, 'sa'], opens: '09:00', closes: '21:00' }],
          },
          note: {
            en: 'You can write without giving your name.',
            fr: 'Vous pouvez écrire sans donner votre nom.',
            es: 'Puede escribir sin dar su nombre.',
            ar: 'يمكنكِ الكتابة دون ذكر اسمكِ.',
          },
        },
      ],
      hours: {
        timeZone: 'Africa/Tunis',
        weekly: [
          { days: WEEKDAYS, opens: '09:00', closes: '17:00' },
          { days: ['sa'], opens: '09:00', closes: '13:00' },
        ],
        exceptions: [
          {
            date: '2026-03-20',
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
      languages: ['ar', 'fr', 'en'],
      free: true,
      anonymous: true,
      emergency: false,
      url: 'https://example.org/demo/ecoute-tunis',
      lastVerified: '2026-04-22',
    },
  ],
  quizzes: [demoQuiz, demoMythOrFactQuiz],
  checklists: demoChecklists,
} as const satisfies RawDataset;
