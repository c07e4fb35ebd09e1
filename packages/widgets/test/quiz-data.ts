// Test datasets for the risk quiz: invented questions, example.org links, a UK drama-range number.
const text = (en: string, ar: string) => ({ en, fr: `${en} (fr)`, es: `${en} (es)`, ar });

const hotline = {
  id: 'help-line',
  name: text('Test Help Line', 'خط المساعدة التجريبي'),
  countries: ['SN'],
  free: true,
  channels: [{ kind: 'voice', value: '+44 20 7946 0001' }],
};

/** Three questions, one of each kind: single (q-single), multiple with two right options (q-multi), true-false (q-tf, false). */
const scoredQuiz = {
  id: 'scored',
  title: text('Test risk quiz', 'اختبار المخاطر التجريبي'),
  intro: text('Three questions to test the quiz.', 'ثلاثة أسئلة لاختبار العنصر.'),
  questions: [
    {
      id: 'q-single',
      kind: 'single',
      prompt: text('Who can issue a visa?', 'من يستطيع إصدار التأشيرة؟'),
      options: [
        {
          id: 'agent',
          text: text('An agent met online', 'وسيط عبر الإنترنت'),
          correct: false,
          feedback: text('No, agents cannot.', 'لا، الوسطاء لا يستطيعون.'),
        },
        {
          id: 'embassy',
          text: text('The embassy', 'السفارة'),
          correct: true,
          feedback: text('Yes, the authorities do.', 'نعم، السلطات هي التي تصدرها.'),
        },
        { id: 'smuggler', text: text('A smuggler', 'مهرّب'), correct: false },
      ],
      explanation: text('Only the authorities issue visas.', 'السلطات وحدها تصدر التأشيرات.'),
      source: { title: text('Test source', 'مصدر تجريبي'), url: 'https://example.org/visas' },
    },
    {
      id: 'q-multi',
      kind: 'multiple',
      prompt: text('Which are warning signs?', 'ما هي علامات الإنذار؟'),
      options: [
        { id: 'fee', text: text('A fee to get the job', 'رسوم للحصول على الوظيفة'), correct: true },
        { id: 'passport', text: text('Your passport is kept', 'حجز جواز سفرك'), correct: true },
        { id: 'contract', text: text('A written contract', 'عقد مكتوب'), correct: false },
      ],
      explanation: text('Fees and kept passports are warning signs.', 'الرسوم وحجز الجوازات علامات إنذار.'),
    },
    {
      id: 'q-tf',
      kind: 'true-false',
      prompt: text('Papers are easy to get after arriving.', 'الحصول على الأوراق سهل بعد الوصول.'),
      options: [
        { id: 'true', correct: false, feedback: text('Not so.', 'ليس كذلك.') },
        { id: 'false', correct: true, feedback: text('Right.', 'صحيح.') },
      ],
      explanation: text('Rules differ and it is rarely easy.', 'القواعد تختلف ونادرًا ما يكون الأمر سهلًا.'),
    },
  ],
  bands: [
    { id: 'low', from: 0, to: 49, message: text('Read the explanations again.', 'أعد قراءة الشروح.') },
    { id: 'mid', from: 50, to: 99, message: text('Nearly there.', 'أوشكت.') },
    { id: 'top', from: 100, to: 100, message: text('All right!', 'كلها صحيحة!') },
  ],
  resources: {
    hotlines: ['help-line'],
    services: ['risk-awareness'],
    links: [{ title: text('More help', 'مزيد من المساعدة'), url: 'https://example.org/help' }],
  },
};

/**
 * Multiple choices with three right options, whose partial credits add up to thirds: t-visa
 * (single), t-signs and t-help (three right options of four), t-cancel (two right options of four).
 */
export const thirdsQuiz = {
  id: 'thirds',
  title: text('Thirds quiz', 'اختبار الأثلاث'),
  questions: [
    scoredQuiz.questions[0],
    {
      id: 't-signs',
      kind: 'multiple',
      prompt: text('Which are signs of a fake job offer?', 'ما علامات عرض العمل المزيّف؟'),
      options: [
        { id: 'fee', text: text('A fee to get the job', 'رسوم للحصول على الوظيفة'), correct: true },
        { id: 'passport', text: text('Your passport is kept', 'حجز جواز سفرك'), correct: true },
        { id: 'tourist', text: text('Travel on a tourist visa', 'السفر بتأشيرة سياحية'), correct: true },
        { id: 'contract', text: text('A written contract', 'عقد مكتوب'), correct: false },
      ],
      explanation: text('Fees, kept passports and tourist visas are warning signs.', 'كلها علامات إنذار.'),
    },
    {
      id: 't-help',
      kind: 'multiple',
      prompt: text('Where can you get free advice?', 'أين تجد نصيحة مجانية؟'),
      options: [
        { id: 'centre', text: text('A migrant resource centre', 'مركز موارد المهاجرين'), correct: true },
        { id: 'hotline', text: text('A helpline', 'خط المساعدة'), correct: true },
        { id: 'labour', text: text('The labour office', 'مكتب العمل'), correct: true },
        { id: 'smuggler', text: text('A smuggler', 'مهرّب'), correct: false },
      ],
      explanation: text('Centres, helplines and labour offices advise for free.', 'كلها تقدم النصيحة مجانًا.'),
    },
    {
      id: 't-cancel',
      kind: 'multiple',
      prompt: text('Which are rights of every worker?', 'ما حقوق كل عامل؟'),
      options: [
        { id: 'pay', text: text('To be paid', 'الحصول على الأجر'), correct: true },
        { id: 'rest', text: text('To rest', 'الراحة'), correct: true },
        { id: 'debt', text: text('To owe the employer', 'أن يكون مدينًا لصاحب العمل'), correct: false },
        { id: 'locked', text: text('To be locked in', 'أن يُحبس'), correct: false },
      ],
      explanation: text('Pay and rest are rights.', 'الأجر والراحة حقّان.'),
    },
  ],
  bands: [
    { id: 'low', from: 0, to: 49, message: text('Read the explanations again.', 'أعد قراءة الشروح.') },
    { id: 'mid', from: 50, to: 100, message: text('Well done.', 'أحسنت.') },
  ],
};

const mythQuiz = {
  id: 'myths',
  title: text('Myth or fact test', 'اختبار خرافة أم حقيقة'),
  mode: 'myth-or-fact',
  allowBack: false,
  questions: [
    {
      id: 'm-visa',
      kind: 'true-false',
      prompt: text('A smuggler can get you a visa.', 'يستطيع المهرّب أن يحصل لك على تأشيرة.'),
      options: [
        { id: 'true', correct: false },
        { id: 'false', correct: true },
      ],
      explanation: text('Smugglers cannot give legal status.', 'لا يستطيع المهرّبون منح وضع قانوني.'),
      source: { title: text('Test source', 'مصدر تجريبي'), url: 'https://example.org/smuggling' },
    },
    {
      id: 'm-debt',
      kind: 'true-false',
      prompt: text(
        'Debts for the journey are used to force people to work.',
        'تُستخدم ديون الرحلة لإجبار الناس على العمل.',
      ),
      options: [
        { id: 'true', correct: true },
        { id: 'false', correct: false },
      ],
      explanation: text('This is debt bondage.', 'هذه عبودية الدَّين.'),
    },
  ],
};

/** Six questions to draw from and shuffle. */
const poolQuiz = {
  id: 'pool',
  title: 'Pool quiz',
  shuffle: true,
  poolSize: 4,
  questions: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({
    id: `p-${id}`,
    kind: 'true-false',
    prompt: `Statement ${id}`,
    options: [
      { id: 'true', correct: true },
      { id: 'false', correct: false },
    ],
    explanation: `Because ${id}.`,
  })),
};

/** One good question among bad ones; one band gap. */
export const malformedQuiz = {
  id: 'malformed',
  title: 'Malformed quiz',
  questions: [
    {
      id: 'no-right',
      kind: 'single',
      prompt: 'P',
      explanation: 'E',
      options: [
        { id: 'a', text: 'A', correct: false },
        { id: 'b', text: 'B', correct: false },
      ],
    },
    scoredQuiz.questions[0],
    { ...scoredQuiz.questions[0], prompt: 'Same id again' },
    { id: 'bad-kind', kind: 'essay', prompt: 'P', explanation: 'E', options: [] },
  ],
  bands: [
    { from: 0, to: 40, message: 'Low' },
    { from: 60, to: 100, message: 'High' },
  ],
};

/** Texts that look like HTML, and a link that must never reach the page. */
export const hostileQuiz = {
  id: 'hostile',
  title: '<img src=x onerror="window.__quizPwned=1">',
  questions: [
    {
      id: 'h1',
      kind: 'single',
      prompt: '<b>bold?</b><script>window.__quizPwned=1</script>',
      options: [
        { id: 'a', text: '<img src=x onerror="window.__quizPwned=1">', correct: true },
        { id: 'b', text: 'B', correct: false },
      ],
      explanation: 'E',
      source: { title: 'Bad', url: 'javascript:window.__quizPwned=1' },
    },
  ],
};

export const quizDataset = {
  format: 'mrc-kit/dataset@1',
  publisher: { name: 'Test publisher' },
  defaultLocale: 'en',
  hotlines: [hotline],
  quizzes: [scoredQuiz, mythQuiz, poolQuiz],
};
