// The React page of scripts/check-embed.mjs: the four elements and one provider, as React components.
import { createElement as h, version } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from '@mrc-kit/sdk';
import { MrcCentreFinder, MrcHotlineCard, MrcProcedureChecklist, MrcProvider, MrcRiskQuiz } from '@mrc-kit/react';

const client = createClient({ src: '/packages/sdk/dist/demo-dataset.json' });
const events: string[] = [];
Object.assign(window, { mrcEvents: events, reactVersion: version });

createRoot(document.getElementById('app')!).render(
  h(
    MrcProvider,
    { client, lang: 'en' },
    h(MrcHotlineCard, { country: 'SN' }),
    h(MrcCentreFinder, { country: 'SN', onMrcCentreSelect: (e) => events.push(`select ${e.detail.centreId}`) }),
    h(MrcRiskQuiz, { quiz: 'demo-know-the-risks', onMrcQuizStart: (e) => events.push(`start ${e.detail.quizId}`) }),
    h(MrcProcedureChecklist, { checklist: 'demo-seasonal-work-permit' }),
  ),
);
