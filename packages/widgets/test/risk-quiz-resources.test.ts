import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../src/risk-quiz/mrc-risk-quiz.js';
import type { MrcRiskQuiz } from '../src/risk-quiz/risk-quiz.js';
import { quizEl, root, part, click, answer, next, client, useFreshClient } from './risk-quiz-fixtures.js';

describe('<mrc-risk-quiz>', () => {
  useFreshClient();

  describe('resources', () => {
    async function toEnd(el: MrcRiskQuiz): Promise<void> {
      await click(el, '[part~="start"]');
      for (const ids of [['embassy'], ['fee'], ['false']]) {
        await answer(el, ...ids);
        await next(el);
      }
    }

    it('shows the quiz’s hotlines, the services to ask for and its links when the page has neither', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await toEnd(el);
      const resources = part(el, 'resources')!;
      expect(resources.textContent).to.contain('Where to get help');
      expect([...part(el, 'services')!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Risks of irregular migration',
      ]);
      const links = [...resources.querySelectorAll('a[part~="resource-link"]')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://example.org/help']);
      const card = part(el, 'hotlines')!;
      expect(card.tagName).to.equal('MRC-HOTLINE-CARD');
      await waitUntil(() => card.shadowRoot?.textContent?.includes('Test Help Line'), 'the hotline did not show');
      expect(card.shadowRoot!.querySelector('a[href="tel:+442079460001"]')).to.not.equal(null);
    });

    it('links to the helplines and the finder on the page, presetting the finder’s services', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>
          <div id="lines">
            <mrc-hotline-card id="page-lines" .client=${client} hotline="help-line"></mrc-hotline-card>
          </div>
          <mrc-centre-finder></mrc-centre-finder>
        </div>`,
      );
      const el = page.querySelector('mrc-risk-quiz')!;
      await waitUntil(() => part(el, 'start'));
      await toEnd(el);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[part~="resource-link"]')];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
        'Contact a helpline on this page',
        'Find a centre that can help with this',
        'More help (opens in a new tab)',
      ]);
      expect(links[0]!.getAttribute('href')).to.equal('#page-lines');
      expect(part(el, 'hotlines'), 'no second copy of the helplines').to.equal(null);
      const finder = page.querySelector<HTMLElement>('mrc-centre-finder')!;
      expect(finder.id, 'showing the link changes nothing on the host page').to.equal('');
      expect(finder.hasAttribute('tabindex')).to.equal(false);
      links[1]!.click();
      expect(finder.id).to.match(/^mrc-help-\d+$/);
      expect(links[1]!.getAttribute('href')).to.equal(`#${finder.id}`);
      expect(finder.getAttribute('services')).to.equal('risk-awareness');
      expect(document.activeElement).to.equal(finder);
    });
  });
});
