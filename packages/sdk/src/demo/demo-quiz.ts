/*
 * The demo quizzes, in the published JSON format. They are demonstration content and say so in their
 * titles and introductions: a centre publishing a quiz should write and review its own, for its own
 * country and routes. The claims are kept general, and every explanation points to a public page of
 * the UN agency that documents it (IOM, UNHCR, ILO, UNODC), so each one can be checked.
 */
import type { Text } from './raw.js';

export interface RawQuizOption {
  readonly id: string;
  readonly text?: Text;
  readonly correct: boolean;
  readonly feedback?: Text;
}

export interface RawQuizQuestion {
  readonly id: string;
  readonly kind: 'single' | 'multiple' | 'true-false';
  readonly prompt: Text;
  readonly options: readonly RawQuizOption[];
  readonly explanation: Text;
  readonly source: { readonly title: Text; readonly url: string };
}

export interface RawQuiz {
  readonly id: string;
  readonly title: Text;
  readonly intro: Text;
  readonly mode: 'scored' | 'myth-or-fact';
  readonly questions: readonly RawQuizQuestion[];
  readonly poolSize?: number;
  readonly shuffle?: boolean;
  readonly allowBack?: boolean;
  readonly bands?: readonly {
    readonly id: string;
    readonly from: number;
    readonly to: number;
    readonly message: Text;
  }[];
  readonly resources?: {
    readonly hotlines?: readonly string[];
    readonly services?: readonly string[];
    readonly links?: readonly { readonly title: Text; readonly url: string }[];
  };
}

const UNODC_SMUGGLING_CRIME = {
  title: {
    en: 'UNODC: Migrant smuggling – the crime',
    fr: 'ONUDC : Trafic illicite de migrants – le crime',
    es: 'UNODC: Tráfico ilícito de migrantes – el delito',
    ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة: تهريب المهاجرين – الجريمة',
  },
  url: 'https://www.unodc.org/unodc/en/human-trafficking/migrant-smuggling/crime.html',
};

const ILO_FAIR_RECRUITMENT = {
  title: {
    en: 'ILO: Fair recruitment',
    fr: 'OIT : Recrutement équitable',
    es: 'OIT: Contratación equitativa',
    ar: 'منظمة العمل الدولية: التوظيف العادل',
  },
  url: 'https://www.ilo.org/topics-and-sectors/fair-recruitment',
};

const ILO_FORCED_LABOUR = {
  title: {
    en: 'ILO: Forced labour, modern slavery and trafficking in persons',
    fr: 'OIT : Travail forcé, esclavage moderne et traite des personnes',
    es: 'OIT: Trabajo forzoso, esclavitud moderna y trata de personas',
    ar: 'منظمة العمل الدولية: العمل الجبري والرق الحديث والاتجار بالأشخاص',
  },
  url: 'https://www.ilo.org/topics-and-sectors/forced-labour-modern-slavery-and-trafficking-persons',
};

/** A true/false statement: `fact` says which option is right; feedback for each answer. */
function statement(
  id: string,
  prompt: Text,
  fact: boolean,
  explanation: Text,
  source: RawQuizQuestion['source'],
  feedback: { true: Text; false: Text },
): RawQuizQuestion {
  return {
    id,
    kind: 'true-false',
    prompt,
    options: [
      { id: 'true', correct: fact, feedback: feedback.true },
      { id: 'false', correct: !fact, feedback: feedback.false },
    ],
    explanation,
    source,
  };
}

const smugglerVisa = statement(
  'smuggler-visa',
  {
    en: 'A smuggler can get me a work visa and a legal job abroad.',
    fr: 'Un passeur peut m’obtenir un visa de travail et un emploi légal à l’étranger.',
    es: 'Un traficante de migrantes puede conseguirme un visado de trabajo y un empleo legal en el extranjero.',
    ar: 'يستطيع المهرّب أن يحصل لي على تأشيرة عمل ووظيفة قانونية في الخارج.',
  },
  false,
  {
    en: 'Smugglers make money by moving people across borders irregularly. They cannot give anyone a legal right to enter, stay or work. People who travel with smugglers have no guarantee that the smugglers are not traffickers who will exploit them.',
    fr: 'Les passeurs gagnent de l’argent en faisant passer des personnes de façon irrégulière. Ils ne peuvent donner à personne le droit légal d’entrer, de rester ou de travailler. Rien ne garantit à ceux qui voyagent avec eux que ces passeurs ne sont pas des trafiquants qui les exploiteront.',
    es: 'Los traficantes ganan dinero haciendo cruzar fronteras a las personas de forma irregular. No pueden dar a nadie el derecho legal a entrar, quedarse o trabajar. Quien viaja con ellos no tiene ninguna garantía de que no sean tratantes que lo explotarán.',
    ar: 'يكسب المهرّبون المال من نقل الناس عبر الحدود بطرق غير نظامية. ولا يستطيعون منح أحد حقًا قانونيًا في الدخول أو الإقامة أو العمل. ولا يملك من يسافر معهم أي ضمان بأنهم ليسوا متاجرين بالبشر سيستغلونه.',
  },
  UNODC_SMUGGLING_CRIME,
  {
    true: {
      en: 'Not so: a smuggler has no power to give you legal status or a legal job.',
      fr: 'Non : un passeur n’a aucun pouvoir de vous donner un statut légal ou un emploi légal.',
      es: 'No es así: un traficante no tiene ningún poder para darle un estatus legal ni un empleo legal.',
      ar: 'ليس صحيحًا: لا يملك المهرّب أي سلطة لمنحك وضعًا قانونيًا أو عملًا قانونيًا.',
    },
    false: {
      en: 'Right: only the authorities of a country can issue its visas and work permits.',
      fr: 'Exact : seules les autorités d’un pays peuvent délivrer ses visas et ses permis de travail.',
      es: 'Correcto: solo las autoridades de un país pueden expedir sus visados y permisos de trabajo.',
      ar: 'صحيح: السلطات المختصة في كل بلد هي وحدها التي تصدر تأشيراته وتصاريح العمل فيه.',
    },
  },
);

const regulariseLater = statement(
  'regularise-later',
  {
    en: 'If I arrive without papers, I can easily get a legal status once I am there.',
    fr: 'Si j’arrive sans papiers, je pourrai facilement obtenir un statut légal une fois sur place.',
    es: 'Si llego sin papeles, podré conseguir fácilmente un estatus legal una vez allí.',
    ar: 'إذا وصلت بلا أوراق، يمكنني بسهولة الحصول على وضع قانوني بعد وصولي.',
  },
  false,
  {
    en: 'Each country sets its own rules on who may enter, stay and work. Arriving without the right visa or papers gives no right to stay: a legal status is never automatic afterwards, and in many countries there is no simple way to get one. People without papers can be sent back, and are easier to exploit. Checking the regular routes before leaving is safer.',
    fr: 'Chaque pays fixe ses propres règles sur qui peut entrer, rester et travailler. Arriver sans le bon visa ou sans papiers ne donne aucun droit de rester : un statut légal n’est jamais automatique par la suite, et dans beaucoup de pays il n’existe pas de moyen simple d’en obtenir un. Les personnes sans papiers peuvent être renvoyées, et sont plus faciles à exploiter. Il est plus sûr de vérifier les voies régulières avant de partir.',
    es: 'Cada país fija sus propias normas sobre quién puede entrar, quedarse y trabajar. Llegar sin el visado adecuado o sin papeles no da derecho a quedarse: un estatus legal nunca es automático después, y en muchos países no hay una forma sencilla de obtenerlo. Las personas sin papeles pueden ser devueltas, y es más fácil explotarlas. Es más seguro informarse de las vías regulares antes de salir.',
    ar: 'يضع كل بلد قواعده الخاصة بشأن من يحق له الدخول والإقامة والعمل. والوصول دون التأشيرة المناسبة أو دون أوراق لا يمنح أي حق في البقاء: فالوضع القانوني لا يأتي تلقائيًا فيما بعد، وفي بلدان كثيرة لا توجد طريقة سهلة للحصول عليه. ومن لا يحمل أوراقًا قد يُعاد إلى بلده، ويسهل استغلاله. والأكثر أمانًا هو التعرّف على الطرق النظامية قبل السفر.',
  },
  {
    title: {
      en: 'IOM: Irregular migration, migrant smuggling and human trafficking (World Migration Report)',
      fr: 'OIM : Migration irrégulière, trafic illicite de migrants et traite des êtres humains (Rapport sur l’état de la migration dans le monde)',
      es: 'OIM: Migración irregular, tráfico ilícito de migrantes y trata de personas (Informe sobre las Migraciones en el Mundo)',
      ar: 'المنظمة الدولية للهجرة: الهجرة غير النظامية وتهريب المهاجرين والاتجار بالبشر (تقرير الهجرة في العالم)',
    },
    url: 'https://wmr-educatorstoolkit.iom.int/module-13-irregular-migration-migrant-smuggling-and-human-trafficking-resources',
  },
  {
    true: {
      en: 'Not so: in many countries there is no easy way to get papers after arriving irregularly.',
      fr: 'Non : dans beaucoup de pays, il n’existe pas de moyen facile d’obtenir des papiers après une arrivée irrégulière.',
      es: 'No es así: en muchos países no hay una forma fácil de obtener papeles tras una llegada irregular.',
      ar: 'ليس صحيحًا: في بلدان كثيرة لا توجد طريقة سهلة للحصول على أوراق بعد الوصول بطريقة غير نظامية.',
    },
    false: {
      en: 'Right: it is not easy, and the rules depend on each country.',
      fr: 'Exact : ce n’est pas facile, et les règles dépendent de chaque pays.',
      es: 'Correcto: no es fácil, y las normas dependen de cada país.',
      ar: 'صحيح: الأمر ليس سهلًا، والقواعد تختلف من بلد إلى آخر.',
    },
  },
);

const debtBondage = statement(
  'debt-bondage',
  {
    en: 'If I owe money for my journey or my job, I may be forced to work to pay it back.',
    fr: 'Si je dois de l’argent pour mon voyage ou pour mon emploi, je risque d’être forcé à travailler pour le rembourser.',
    es: 'Si debo dinero por mi viaje o por mi empleo, pueden obligarme a trabajar para pagarlo.',
    ar: 'إذا كنت مدينًا بالمال مقابل رحلتي أو وظيفتي، فقد أُجبَر على العمل لسداده.',
  },
  true,
  {
    en: 'This is debt bondage. Travel costs and recruitment fees are often turned into a debt that keeps growing, and people are made to work for little or no pay to repay it. It is a form of forced labour and can be human trafficking.',
    fr: 'C’est la servitude pour dettes. Les frais de voyage et de recrutement sont souvent transformés en une dette qui ne cesse de grossir, et l’on fait travailler les personnes pour un salaire faible ou nul afin de la rembourser. C’est une forme de travail forcé, qui peut relever de la traite des êtres humains.',
    es: 'Es la servidumbre por deudas. Los gastos de viaje y las tasas de contratación suelen convertirse en una deuda que no deja de crecer, y se obliga a las personas a trabajar por poco o ningún salario para pagarla. Es una forma de trabajo forzoso y puede ser trata de personas.',
    ar: 'هذه هي عبودية الدَّين. فكثيرًا ما تتحول تكاليف السفر ورسوم التوظيف إلى دَين يكبر باستمرار، ويُجبَر الناس على العمل بأجر زهيد أو بلا أجر لسداده. وهي شكل من أشكال العمل الجبري وقد يكون اتجارًا بالبشر.',
  },
  ILO_FORCED_LABOUR,
  {
    true: {
      en: 'Right: a debt for the journey or the job is a common way of controlling people.',
      fr: 'Exact : une dette pour le voyage ou l’emploi est un moyen courant de contrôler les personnes.',
      es: 'Correcto: una deuda por el viaje o el empleo es una forma habitual de controlar a las personas.',
      ar: 'صحيح: الدَّين مقابل الرحلة أو الوظيفة وسيلة شائعة للسيطرة على الناس.',
    },
    false: {
      en: 'In fact it happens often: such debts are used to force people to work.',
      fr: 'En réalité, cela arrive souvent : ces dettes servent à forcer les personnes à travailler.',
      es: 'En realidad ocurre a menudo: esas deudas se usan para obligar a las personas a trabajar.',
      ar: 'في الواقع يحدث هذا كثيرًا: تُستخدم هذه الديون لإجبار الناس على العمل.',
    },
  },
);

const freeAdvice = statement(
  'free-advice',
  {
    en: 'I can get free advice about migrating safely before I decide to leave.',
    fr: 'Je peux obtenir des conseils gratuits sur la migration sûre avant de décider de partir.',
    es: 'Puedo recibir asesoramiento gratuito sobre cómo migrar de forma segura antes de decidir marcharme.',
    ar: 'يمكنني الحصول على نصائح مجانية حول الهجرة الآمنة قبل أن أقرر السفر.',
  },
  true,
  {
    en: 'Migrant resource centres, helplines, UN agencies and many organisations give free information on regular routes, your rights and the risks. For refugees and asylum seekers, UNHCR’s Help pages explain rights and services country by country.',
    fr: 'Les centres de ressources pour les migrants, les lignes d’assistance, les agences des Nations Unies et de nombreuses organisations donnent gratuitement des informations sur les voies régulières, vos droits et les risques. Pour les réfugiés et les demandeurs d’asile, les pages d’aide du HCR expliquent les droits et les services pays par pays.',
    es: 'Los centros de recursos para migrantes, las líneas de ayuda, las agencias de las Naciones Unidas y muchas organizaciones ofrecen información gratuita sobre las vías regulares, sus derechos y los riesgos. Para personas refugiadas y solicitantes de asilo, las páginas de ayuda de ACNUR explican los derechos y servicios país por país.',
    ar: 'تقدّم مراكز موارد المهاجرين وخطوط المساعدة ووكالات الأمم المتحدة ومنظمات كثيرة معلومات مجانية عن الطرق النظامية وحقوقك والمخاطر. وبالنسبة إلى اللاجئين وطالبي اللجوء، تشرح صفحات المساعدة التابعة للمفوضية السامية للأمم المتحدة لشؤون اللاجئين الحقوق والخدمات في كل بلد.',
  },
  {
    title: {
      en: 'UNHCR Help',
      fr: 'HCR – Aide',
      es: 'ACNUR – Ayuda',
      ar: 'المفوضية – صفحات المساعدة',
    },
    url: 'https://help.unhcr.org/',
  },
  {
    true: {
      en: 'Right: free, confidential advice exists, and it is worth asking before you decide.',
      fr: 'Exact : des conseils gratuits et confidentiels existent, et il vaut la peine de les demander avant de décider.',
      es: 'Correcto: existe asesoramiento gratuito y confidencial, y vale la pena pedirlo antes de decidir.',
      ar: 'صحيح: النصائح المجانية والسرية متاحة، ومن المفيد طلبها قبل أن تقرر.',
    },
    false: {
      en: 'In fact you can: free advice exists, and you do not need to pay an agent for it.',
      fr: 'En réalité, c’est possible : des conseils gratuits existent, et nul besoin de payer un intermédiaire.',
      es: 'En realidad sí puede: existe asesoramiento gratuito y no hace falta pagar a un intermediario.',
      ar: 'في الواقع يمكنك ذلك: النصائح المجانية متاحة، ولا حاجة إلى دفع المال لوسيط.',
    },
  },
);

const deadlyRoutes = statement(
  'deadly-routes',
  {
    en: 'Thousands of people die or go missing on migration routes every year.',
    fr: 'Chaque année, des milliers de personnes meurent ou disparaissent sur les routes migratoires.',
    es: 'Cada año, miles de personas mueren o desaparecen en las rutas migratorias.',
    ar: 'يموت آلاف الأشخاص أو يختفون على طرق الهجرة كل عام.',
  },
  true,
  {
    en: 'IOM’s Missing Migrants Project records thousands of deaths and disappearances every year, at sea, in deserts and at borders, and many more are never recorded. Irregular journeys are organised for profit, not for the safety of the people on them.',
    fr: 'Le projet Migrants disparus de l’OIM recense chaque année des milliers de décès et de disparitions, en mer, dans les déserts et aux frontières, et beaucoup d’autres ne sont jamais recensés. Les voyages irréguliers sont organisés pour le profit, pas pour la sécurité des personnes.',
    es: 'El Proyecto Migrantes Desaparecidos de la OIM registra cada año miles de muertes y desapariciones, en el mar, en los desiertos y en las fronteras, y muchas otras nunca se registran. Los viajes irregulares se organizan para obtener beneficios, no para la seguridad de quienes viajan.',
    ar: 'يسجّل مشروع المهاجرين المفقودين التابع للمنظمة الدولية للهجرة آلاف الوفيات وحالات الاختفاء كل عام، في البحر وفي الصحاري وعلى الحدود، وكثير غيرها لا يُسجَّل أبدًا. فالرحلات غير النظامية تُنظَّم من أجل الربح، لا من أجل سلامة المسافرين.',
  },
  {
    title: {
      en: 'IOM Missing Migrants Project',
      fr: 'OIM – Projet Migrants disparus',
      es: 'OIM – Proyecto Migrantes Desaparecidos',
      ar: 'المنظمة الدولية للهجرة – مشروع المهاجرين المفقودين',
    },
    url: 'https://missingmigrants.iom.int/',
  },
  {
    true: {
      en: 'Right, sadly: these journeys cost thousands of lives every year.',
      fr: 'Exact, hélas : ces voyages coûtent des milliers de vies chaque année.',
      es: 'Correcto, por desgracia: estos viajes cuestan miles de vidas cada año.',
      ar: 'صحيح للأسف: تودي هذه الرحلات بحياة الآلاف كل عام.',
    },
    false: {
      en: 'Sadly it is true: thousands die or disappear on these routes every year.',
      fr: 'C’est hélas vrai : des milliers de personnes meurent ou disparaissent sur ces routes chaque année.',
      es: 'Por desgracia es verdad: miles de personas mueren o desaparecen en estas rutas cada año.',
      ar: 'هذا صحيح للأسف: يموت الآلاف أو يختفون على هذه الطرق كل عام.',
    },
  },
);

const recruiterFee: RawQuizQuestion = {
  id: 'recruiter-fee',
  kind: 'single',
  prompt: {
    en: 'A recruiter offers you a job abroad. He asks for a large fee before you leave and says he will keep your passport “to be safe”. What is this?',
    fr: 'Un recruteur vous propose un emploi à l’étranger. Il demande une grosse somme avant le départ et dit qu’il gardera votre passeport « par sécurité ». De quoi s’agit-il ?',
    es: 'Un reclutador le ofrece un trabajo en el extranjero. Le pide una gran suma antes de salir y dice que se quedará con su pasaporte «por seguridad». ¿Qué es esto?',
    ar: 'يعرض عليك وسيط توظيف عملًا في الخارج. ويطلب مبلغًا كبيرًا قبل السفر ويقول إنه سيحتفظ بجواز سفرك «من باب الأمان». ما هذا؟',
  },
  options: [
    {
      id: 'normal',
      text: {
        en: 'Normal practice for jobs abroad',
        fr: 'Une pratique normale pour un emploi à l’étranger',
        es: 'Una práctica normal para trabajar en el extranjero',
        ar: 'ممارسة عادية للوظائف في الخارج',
      },
      correct: false,
      feedback: {
        en: 'No: workers should not pay to get a job, and nobody else should hold your passport.',
        fr: 'Non : un travailleur ne devrait pas payer pour obtenir un emploi, et personne d’autre ne devrait garder votre passeport.',
        es: 'No: un trabajador no debería pagar por conseguir un empleo, y nadie más debería quedarse con su pasaporte.',
        ar: 'لا: لا ينبغي أن يدفع العامل مالًا ليحصل على وظيفة، ولا ينبغي لأحد غيرك أن يحتفظ بجواز سفرك.',
      },
    },
    {
      id: 'warning-signs',
      text: {
        en: 'Two warning signs of abusive recruitment and forced labour',
        fr: 'Deux signes d’alerte de recrutement abusif et de travail forcé',
        es: 'Dos señales de alerta de contratación abusiva y trabajo forzoso',
        ar: 'علامتا إنذار على توظيف مسيء وعمل جبري',
      },
      correct: true,
      feedback: {
        en: 'Yes: recruitment fees paid by the worker and a passport taken away are both warning signs.',
        fr: 'Oui : des frais de recrutement payés par le travailleur et un passeport confisqué sont deux signes d’alerte.',
        es: 'Sí: las tasas de contratación pagadas por el trabajador y un pasaporte retenido son dos señales de alerta.',
        ar: 'نعم: رسوم التوظيف التي يدفعها العامل وحجز جواز السفر كلاهما علامة إنذار.',
      },
    },
    {
      id: 'good-pay',
      text: {
        en: 'A sign that the job pays well',
        fr: 'Le signe que l’emploi est bien payé',
        es: 'Una señal de que el trabajo está bien pagado',
        ar: 'علامة على أن الوظيفة جيدة الأجر',
      },
      correct: false,
      feedback: {
        en: 'No: a high fee says nothing about the pay; it often becomes a debt you must work off.',
        fr: 'Non : des frais élevés ne disent rien du salaire ; ils deviennent souvent une dette à rembourser en travaillant.',
        es: 'No: una tasa alta no dice nada del sueldo; a menudo se convierte en una deuda que hay que pagar trabajando.',
        ar: 'لا: الرسوم المرتفعة لا تدل على الأجر، وكثيرًا ما تتحول إلى دَين عليك أن تسدده بعملك.',
      },
    },
  ],
  explanation: {
    en: 'Under the ILO’s principles for fair recruitment, workers should not be charged recruitment fees, and employers or agents should not keep their identity documents. Fees turned into debts and confiscated passports are ways of stopping people from leaving a job.',
    fr: 'Selon les principes de l’OIT pour un recrutement équitable, aucuns frais de recrutement ne devraient être facturés aux travailleurs, et les employeurs ou intermédiaires ne devraient pas garder leurs papiers d’identité. Des frais transformés en dettes et des passeports confisqués servent à empêcher les personnes de quitter un emploi.',
    es: 'Según los principios de la OIT para una contratación equitativa, no se debería cobrar a los trabajadores tasas de contratación, y los empleadores o agentes no deberían quedarse con sus documentos de identidad. Las tasas convertidas en deudas y los pasaportes retenidos sirven para impedir que las personas dejen un trabajo.',
    ar: 'وفقًا لمبادئ منظمة العمل الدولية للتوظيف العادل، لا ينبغي تحميل العمال رسوم التوظيف، ولا ينبغي لأصحاب العمل أو الوسطاء الاحتفاظ بوثائق هويتهم. فالرسوم التي تتحول إلى ديون وجوازات السفر المحجوزة وسائل لمنع الناس من ترك العمل.',
  },
  source: ILO_FAIR_RECRUITMENT,
};

const fakeJobSigns: RawQuizQuestion = {
  id: 'fake-job-signs',
  kind: 'multiple',
  prompt: {
    en: 'Which of these are warning signs of a fake job offer? Choose all that apply.',
    fr: 'Lesquels de ces éléments sont des signes d’une fausse offre d’emploi ? Choisissez toutes les bonnes réponses.',
    es: '¿Cuáles de estas son señales de una oferta de empleo falsa? Elija todas las que correspondan.',
    ar: 'أيٌّ مما يلي علامات إنذار على عرض عمل مزيف؟ اختر كل الإجابات الصحيحة.',
  },
  options: [
    {
      id: 'no-contract',
      text: {
        en: 'There is no written contract before you leave',
        fr: 'Il n’y a pas de contrat écrit avant le départ',
        es: 'No hay contrato escrito antes de salir',
        ar: 'لا يوجد عقد مكتوب قبل السفر',
      },
      correct: true,
      feedback: {
        en: 'Yes: without a contract, nothing protects your pay or your conditions.',
        fr: 'Oui : sans contrat, rien ne protège votre salaire ni vos conditions de travail.',
        es: 'Sí: sin contrato, nada protege su sueldo ni sus condiciones.',
        ar: 'نعم: بلا عقد، لا شيء يحمي أجرك أو ظروف عملك.',
      },
    },
    {
      id: 'pay-too-good',
      text: {
        en: 'The pay is far higher than usual for the work, and no skills are needed',
        fr: 'Le salaire est bien plus élevé que d’habitude pour ce travail, sans qualification demandée',
        es: 'El sueldo es mucho más alto de lo normal para ese trabajo y no se pide ninguna cualificación',
        ar: 'الأجر أعلى بكثير من المعتاد لهذا العمل، ولا تُطلب أي مهارات',
      },
      correct: true,
      feedback: {
        en: 'Yes: an offer that sounds too good to be true is a common lure.',
        fr: 'Oui : une offre trop belle pour être vraie est un appât courant.',
        es: 'Sí: una oferta demasiado buena para ser verdad es un cebo habitual.',
        ar: 'نعم: العرض الذي يبدو أفضل من أن يكون حقيقيًا طُعم شائع.',
      },
    },
    {
      id: 'travel-on-tourist-visa',
      text: {
        en: 'You are told to travel on a tourist visa and “sort out the papers later”',
        fr: 'On vous dit de voyager avec un visa touristique et de « régler les papiers plus tard »',
        es: 'Le dicen que viaje con un visado de turista y que «arregle los papeles después»',
        ar: 'يُطلب منك السفر بتأشيرة سياحية و«تسوية الأوراق لاحقًا»',
      },
      correct: true,
      feedback: {
        en: 'Yes: working on a tourist visa is usually not allowed, and leaves you without protection.',
        fr: 'Oui : travailler avec un visa touristique n’est généralement pas autorisé, et vous laisse sans protection.',
        es: 'Sí: trabajar con un visado de turista no suele estar permitido y le deja sin protección.',
        ar: 'نعم: العمل بتأشيرة سياحية غير مسموح به عادةً، ويتركك بلا حماية.',
      },
    },
    {
      id: 'licensed-agency',
      text: {
        en: 'The agency is licensed and you can check it with your labour ministry',
        fr: 'L’agence est agréée et vous pouvez le vérifier auprès de votre ministère du Travail',
        es: 'La agencia tiene licencia y puede comprobarlo en su ministerio de Trabajo',
        ar: 'الوكالة مرخَّصة ويمكنك التحقق من ذلك لدى وزارة العمل في بلدك',
      },
      correct: false,
      feedback: {
        en: 'No: a licence you can check is a good sign, though it is still worth asking questions.',
        fr: 'Non : un agrément vérifiable est un bon signe, même s’il reste utile de poser des questions.',
        es: 'No: una licencia que se puede comprobar es una buena señal, aunque sigue valiendo la pena hacer preguntas.',
        ar: 'لا: الترخيص الذي يمكن التحقق منه علامة جيدة، وإن كان من المفيد دائمًا طرح الأسئلة.',
      },
    },
  ],
  explanation: {
    en: 'Fake job offers often promise high pay for easy work, skip the contract, and ask people to travel on the wrong visa. A real offer comes with a written contract in a language you understand, from an agency or employer you can check.',
    fr: 'Les fausses offres d’emploi promettent souvent un salaire élevé pour un travail facile, se passent de contrat et demandent de voyager avec le mauvais visa. Une vraie offre s’accompagne d’un contrat écrit dans une langue que vous comprenez, par une agence ou un employeur que vous pouvez vérifier.',
    es: 'Las ofertas de empleo falsas suelen prometer un buen sueldo por un trabajo fácil, prescinden del contrato y piden viajar con el visado equivocado. Una oferta real viene con un contrato escrito en un idioma que usted entiende, de una agencia o un empleador que puede comprobar.',
    ar: 'كثيرًا ما تَعِد عروض العمل المزيفة بأجر مرتفع مقابل عمل سهل، وتستغني عن العقد، وتطلب السفر بتأشيرة غير مناسبة. أما العرض الحقيقي فيأتي مع عقد مكتوب بلغة تفهمها، من وكالة أو صاحب عمل يمكنك التحقق منه.',
  },
  source: ILO_FAIR_RECRUITMENT,
};

const falseDocuments: RawQuizQuestion = {
  id: 'false-documents',
  kind: 'single',
  prompt: {
    en: 'Someone offers to sell you a passport or a visa “with no questions asked”. What is true?',
    fr: 'Quelqu’un propose de vous vendre un passeport ou un visa « sans poser de questions ». Qu’est-ce qui est vrai ?',
    es: 'Alguien le ofrece venderle un pasaporte o un visado «sin hacer preguntas». ¿Qué es verdad?',
    ar: 'يعرض عليك شخص أن يبيعك جواز سفر أو تأشيرة «من دون أسئلة». ما الصحيح؟',
  },
  options: [
    {
      id: 'crime',
      text: {
        en: 'False documents are a crime and can lead to arrest, refusal of entry and removal',
        fr: 'Les faux documents sont un délit et peuvent mener à une arrestation, un refus d’entrée et une expulsion',
        es: 'Los documentos falsos son un delito y pueden llevar a detención, denegación de entrada y expulsión',
        ar: 'الوثائق المزورة جريمة وقد تؤدي إلى الاعتقال ورفض الدخول والترحيل',
      },
      correct: true,
      feedback: {
        en: 'Yes: and the person who sold it will not be there to help you.',
        fr: 'Oui : et la personne qui l’a vendu ne sera pas là pour vous aider.',
        es: 'Sí: y la persona que se lo vendió no estará ahí para ayudarle.',
        ar: 'نعم: ولن يكون من باعك إياها موجودًا لمساعدتك.',
      },
    },
    {
      id: 'safe-if-real-looking',
      text: {
        en: 'It is safe as long as the document looks real',
        fr: 'C’est sans risque tant que le document a l’air vrai',
        es: 'No hay riesgo mientras el documento parezca auténtico',
        ar: 'لا خطر ما دامت الوثيقة تبدو حقيقية',
      },
      correct: false,
      feedback: {
        en: 'No: border checks compare documents with official records, not just their look.',
        fr: 'Non : aux frontières, les documents sont vérifiés dans les registres officiels, pas seulement à l’œil.',
        es: 'No: en las fronteras los documentos se cotejan con registros oficiales, no solo por su aspecto.',
        ar: 'لا: عند الحدود تُقارَن الوثائق بالسجلات الرسمية، لا بمظهرها فقط.',
      },
    },
    {
      id: 'same-rights',
      text: {
        en: 'A bought visa gives the same rights as one from the embassy',
        fr: 'Un visa acheté donne les mêmes droits qu’un visa de l’ambassade',
        es: 'Un visado comprado da los mismos derechos que uno de la embajada',
        ar: 'التأشيرة المشتراة تمنح الحقوق نفسها التي تمنحها تأشيرة السفارة',
      },
      correct: false,
      feedback: {
        en: 'No: a visa that was not issued by the authorities gives no rights at all.',
        fr: 'Non : un visa qui n’a pas été délivré par les autorités ne donne aucun droit.',
        es: 'No: un visado que no expidieron las autoridades no da ningún derecho.',
        ar: 'لا: التأشيرة التي لم تصدرها السلطات لا تمنح أي حق.',
      },
    },
  ],
  explanation: {
    en: 'Smugglers sell illegal services, and false passports and visas are among them. Making or selling such documents is a crime. The person travelling with them risks arrest, being refused entry and being sent back, and loses the money paid.',
    fr: 'Les passeurs vendent des services illégaux, dont de faux passeports et de faux visas. Fabriquer ou vendre de tels documents est un crime. La personne qui voyage avec risque l’arrestation, le refus d’entrée et le renvoi, et perd l’argent versé.',
    es: 'Los traficantes venden servicios ilegales, entre ellos pasaportes y visados falsos. Fabricar o vender esos documentos es un delito. Quien viaja con ellos se arriesga a ser detenido, a que le nieguen la entrada y a ser devuelto, y pierde el dinero pagado.',
    ar: 'يبيع المهرّبون خدمات غير قانونية، ومنها جوازات السفر والتأشيرات المزورة. وصنع هذه الوثائق أو بيعها جريمة. ومن يسافر بها يتعرض للاعتقال ورفض الدخول والإعادة، ويخسر المال الذي دفعه.',
  },
  source: {
    title: {
      en: 'UNODC: How can we help and protect smuggled migrants?',
      fr: 'ONUDC : Comment aider et protéger les migrants objets d’un trafic illicite ?',
      es: 'UNODC: ¿Cómo ayudar y proteger a los migrantes objeto de tráfico ilícito?',
      ar: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة: كيف نساعد المهاجرين المهرَّبين ونحميهم؟',
    },
    url: 'https://www.unodc.org/unodc/en/frontpage/2024/July/how-can-we-help-and-protect-smuggled-migrants.html',
  },
};

const realVisa: RawQuizQuestion = {
  id: 'real-visa-process',
  kind: 'single',
  prompt: {
    en: 'What does a real visa process usually look like?',
    fr: 'À quoi ressemble habituellement une vraie demande de visa ?',
    es: '¿Cómo suele ser un trámite de visado auténtico?',
    ar: 'كيف تبدو عادةً إجراءات التأشيرة الحقيقية؟',
  },
  options: [
    {
      id: 'official-channel',
      text: {
        en: 'You apply to the country’s embassy, consulate or official visa centre, with the documents and fees listed on its official website',
        fr: 'Vous déposez la demande à l’ambassade, au consulat ou au centre officiel de visas du pays, avec les documents et les frais indiqués sur son site officiel',
        es: 'Usted presenta la solicitud en la embajada, el consulado o el centro oficial de visados del país, con los documentos y tasas que indica su sitio web oficial',
        ar: 'تقدّم طلبك إلى سفارة البلد أو قنصليته أو مركز التأشيرات الرسمي، مع الوثائق والرسوم المذكورة في موقعه الرسمي',
      },
      correct: true,
      feedback: {
        en: 'Yes: the official website of the embassy lists what is needed, and the fees are fixed.',
        fr: 'Oui : le site officiel de l’ambassade indique ce qu’il faut fournir, et les frais sont fixes.',
        es: 'Sí: el sitio oficial de la embajada indica lo que se necesita, y las tasas son fijas.',
        ar: 'نعم: يذكر الموقع الرسمي للسفارة ما هو مطلوب، والرسوم محددة.',
      },
    },
    {
      id: 'agent-guarantee',
      text: {
        en: 'An agent you met online guarantees the visa in a few days if you pay in cash',
        fr: 'Un intermédiaire rencontré en ligne garantit le visa en quelques jours si vous payez en espèces',
        es: 'Un intermediario que conoció en internet le garantiza el visado en pocos días si paga en efectivo',
        ar: 'وسيط تعرّفت إليه عبر الإنترنت يضمن لك التأشيرة خلال أيام إذا دفعت نقدًا',
      },
      correct: false,
      feedback: {
        en: 'No: nobody outside the authorities can guarantee a visa; this is a common scam.',
        fr: 'Non : personne en dehors des autorités ne peut garantir un visa ; c’est une arnaque courante.',
        es: 'No: nadie fuera de las autoridades puede garantizar un visado; es una estafa habitual.',
        ar: 'لا: لا أحد خارج السلطات يستطيع ضمان التأشيرة؛ هذه عملية احتيال شائعة.',
      },
    },
    {
      id: 'no-visa-needed',
      text: {
        en: 'No visa is needed if an employer abroad has already found you work',
        fr: 'Pas besoin de visa si un employeur à l’étranger vous a déjà trouvé du travail',
        es: 'No hace falta visado si un empleador en el extranjero ya le ha encontrado trabajo',
        ar: 'لا حاجة إلى تأشيرة إذا كان صاحب عمل في الخارج قد وجد لك عملًا بالفعل',
      },
      correct: false,
      feedback: {
        en: 'No: a job offer does not replace a visa or a work permit.',
        fr: 'Non : une offre d’emploi ne remplace pas un visa ou un permis de travail.',
        es: 'No: una oferta de trabajo no sustituye a un visado ni a un permiso de trabajo.',
        ar: 'لا: عرض العمل لا يغني عن التأشيرة أو تصريح العمل.',
      },
    },
  ],
  explanation: {
    en: 'Regular migration follows the laws of the countries of departure, transit and destination. Visas and work permits are issued only by the authorities, through their embassies, consulates or the official centres they name, and their official websites list the documents and fees.',
    fr: 'La migration régulière respecte les lois des pays de départ, de transit et de destination. Les visas et les permis de travail ne sont délivrés que par les autorités, par leurs ambassades, leurs consulats ou les centres officiels qu’elles désignent, et leurs sites officiels indiquent les documents et les frais.',
    es: 'La migración regular cumple las leyes de los países de salida, tránsito y destino. Los visados y permisos de trabajo solo los expiden las autoridades, a través de sus embajadas, consulados o los centros oficiales que designan, y sus sitios web oficiales indican los documentos y las tasas.',
    ar: 'تلتزم الهجرة النظامية بقوانين بلدان المغادرة والعبور والمقصد. ولا تصدر التأشيرات وتصاريح العمل إلا عن السلطات، عبر سفاراتها وقنصلياتها أو المراكز الرسمية التي تعتمدها، وتذكر مواقعها الرسمية الوثائق والرسوم المطلوبة.',
  },
  source: {
    title: {
      en: 'IOM: Key migration terms',
      fr: 'OIM : Termes clés de la migration',
      es: 'OIM: Términos clave sobre migración',
      ar: 'المنظمة الدولية للهجرة: المصطلحات الأساسية للهجرة',
    },
    url: 'https://www.iom.int/key-migration-terms',
  },
};

/** The risk-awareness quiz of the demo: scored, nine questions of the three kinds. */
export const demoQuiz: RawQuiz = {
  id: 'demo-know-the-risks',
  title: {
    en: 'Know the risks before you go (demo quiz)',
    fr: 'Connaître les risques avant de partir (quiz de démonstration)',
    es: 'Conozca los riesgos antes de partir (cuestionario de demostración)',
    ar: 'اعرف المخاطر قبل أن تسافر (اختبار تجريبي)',
  },
  intro: {
    en: 'Nine short questions about smuggling, fake job offers, false documents and the safe ways to migrate. Each answer is explained, with a source you can check. Your answers stay on this device. This is demonstration content: ask a migrant resource centre about your own situation.',
    fr: 'Neuf questions courtes sur le trafic de migrants, les fausses offres d’emploi, les faux documents et les façons sûres de migrer. Chaque réponse est expliquée, avec une source que vous pouvez vérifier. Vos réponses restent sur cet appareil. Ce contenu est une démonstration : pour votre propre situation, adressez-vous à un centre de ressources pour les migrants.',
    es: 'Nueve preguntas cortas sobre el tráfico de migrantes, las ofertas de empleo falsas, los documentos falsos y las formas seguras de migrar. Cada respuesta se explica, con una fuente que puede comprobar. Sus respuestas se quedan en este dispositivo. Este contenido es una demostración: para su propia situación, consulte a un centro de recursos para migrantes.',
    ar: 'تسعة أسئلة قصيرة عن تهريب المهاجرين وعروض العمل المزيفة والوثائق المزورة والطرق الآمنة للهجرة. كل إجابة مشروحة مع مصدر يمكنك التحقق منه. تبقى إجاباتك على هذا الجهاز. هذا محتوى تجريبي: اسأل مركزًا لموارد المهاجرين عن وضعك الخاص.',
  },
  mode: 'scored',
  shuffle: false,
  questions: [
    smugglerVisa,
    recruiterFee,
    regulariseLater,
    fakeJobSigns,
    debtBondage,
    falseDocuments,
    realVisa,
    deadlyRoutes,
    freeAdvice,
  ],
  bands: [
    {
      id: 'learn-more',
      from: 0,
      to: 49,
      message: {
        en: 'Some of these beliefs are common, and dangerous. Read the explanations again, and talk to a migrant resource centre before you decide anything.',
        fr: 'Certaines de ces idées sont répandues, et dangereuses. Relisez les explications et parlez à un centre de ressources pour les migrants avant de prendre une décision.',
        es: 'Algunas de estas creencias son comunes, y peligrosas. Vuelva a leer las explicaciones y hable con un centro de recursos para migrantes antes de decidir nada.',
        ar: 'بعض هذه المعتقدات شائع وخطير. أعد قراءة الشروح، وتحدث إلى مركز لموارد المهاجرين قبل أن تقرر أي شيء.',
      },
    },
    {
      id: 'good',
      from: 50,
      to: 79,
      message: {
        en: 'You know many of the risks. Check the answers you missed, and ask for free advice on the regular routes open to you.',
        fr: 'Vous connaissez beaucoup de risques. Revoyez les réponses manquées et demandez des conseils gratuits sur les voies régulières qui vous sont ouvertes.',
        es: 'Conoce muchos de los riesgos. Revise las respuestas que falló y pida asesoramiento gratuito sobre las vías regulares a su alcance.',
        ar: 'أنت تعرف كثيرًا من المخاطر. راجع الإجابات التي أخطأت فيها، واطلب نصيحة مجانية عن الطرق النظامية المتاحة لك.',
      },
    },
    {
      id: 'well-informed',
      from: 80,
      to: 100,
      message: {
        en: 'Well done: you know how to spot the main risks. Share what you know with family and friends who are thinking of leaving.',
        fr: 'Bravo : vous savez repérer les principaux risques. Partagez ce que vous savez avec les proches qui pensent à partir.',
        es: 'Muy bien: sabe reconocer los principales riesgos. Comparta lo que sabe con familiares y amigos que piensan en marcharse.',
        ar: 'أحسنت: أنت تعرف كيف تكتشف المخاطر الرئيسية. شارك ما تعرفه مع أهلك وأصدقائك الذين يفكرون في السفر.',
      },
    },
  ],
  resources: {
    hotlines: ['demo-safe-migration-sn', 'demo-anti-trafficking'],
    services: ['risk-awareness', 'regular-migration', 'legal-protection'],
    links: [
      {
        title: {
          en: 'UNHCR Help: information for refugees and asylum seekers',
          fr: 'HCR – Aide : informations pour les réfugiés et les demandeurs d’asile',
          es: 'ACNUR – Ayuda: información para personas refugiadas y solicitantes de asilo',
          ar: 'المفوضية – صفحات المساعدة: معلومات للاجئين وطالبي اللجوء',
        },
        url: 'https://help.unhcr.org/',
      },
    ],
  },
};

/** The same statements as a myth-or-fact round: nothing scored, each revealed as a myth or a fact. */
export const demoMythOrFactQuiz: RawQuiz = {
  id: 'demo-myth-or-fact',
  title: {
    en: 'Myth or fact? (demo quiz)',
    fr: 'Mythe ou réalité ? (quiz de démonstration)',
    es: '¿Mito o realidad? (cuestionario de demostración)',
    ar: 'خرافة أم حقيقة؟ (اختبار تجريبي)',
  },
  intro: {
    en: 'Five things people often hear before migrating. For each one, say whether you think it is a myth or a fact. Nothing is scored and your answers stay on this device. This is demonstration content.',
    fr: 'Cinq choses que l’on entend souvent avant de migrer. Pour chacune, dites si c’est selon vous un mythe ou une réalité. Rien n’est noté et vos réponses restent sur cet appareil. Ce contenu est une démonstration.',
    es: 'Cinco cosas que se oyen a menudo antes de migrar. Para cada una, diga si cree que es un mito o una realidad. No se puntúa nada y sus respuestas se quedan en este dispositivo. Este contenido es una demostración.',
    ar: 'خمسة أمور يسمعها الناس كثيرًا قبل الهجرة. قل عن كل منها إن كنت تراه خرافة أم حقيقة. لا توجد علامات، وتبقى إجاباتك على هذا الجهاز. هذا محتوى تجريبي.',
  },
  mode: 'myth-or-fact',
  questions: [smugglerVisa, regulariseLater, debtBondage, deadlyRoutes, freeAdvice],
  resources: {
    hotlines: ['demo-anti-trafficking'],
    services: ['risk-awareness'],
  },
};
