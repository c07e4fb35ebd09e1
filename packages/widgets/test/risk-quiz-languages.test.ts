import { expect, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/risk-quiz/mrc-risk-quiz.js';
import type { MrcRiskQuiz } from '../src/risk-quiz/risk-quiz.js';
import {
  quizEl,
  root,
  part,
  textOf,
  heading,
  click,
  answer,
  next,
  client,
  useFreshClient,
} from './risk-quiz-fixtures.js';

describe('<mrc-risk-quiz>', () => {
  useFreshClient();

  describe('languages and accessibility', () => {
    const screens: [string, (el: MrcRiskQuiz) => Promise<void>][] = [
      ['intro', async () => {}],
      ['question', async (el) => click(el, '[part~="start"]')],
      [
        'feedback',
        async (el) => {
          await click(el, '[part~="start"]');
          await answer(el, 'agent');
        },
      ],
      [
        'end',
        async (el) => {
          await click(el, '[part~="start"]');
          for (const ids of [['embassy'], ['fee'], ['true']]) {
            await answer(el, ...ids);
            await next(el);
          }
          const card = part(el, 'hotlines')!;
          await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the hotline did not show', {
            timeout: 5000,
          });
        },
      ],
    ];
    for (const lang of ['en', 'ar']) {
      for (const [name, reach] of screens) {
        it(`has no axe violations on the ${name} screen (${lang})`, async () => {
          const el = await quizEl(html`<mrc-risk-quiz lang=${lang} quiz="scored" .client=${client}></mrc-risk-quiz>`);
          await reach(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('has no axe violations on the myth-or-fact results', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="myths" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      for (const id of ['true', 'true']) {
        await answer(el, id);
        await next(el);
      }
      await expect(el).to.be.accessible();
    });

    it('runs right to left in Arabic, with Arabic texts and interface strings', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="ar" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('ابدأ الاختبار'),
      );
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(textOf(el, 'title')).to.equal('اختبار المخاطر التجريبي');
      await click(el, '[part~="start"]');
      expect(heading(el)).to.equal('السؤال 1 من 3');
      expect(getComputedStyle(part(el, 'fieldset')!).direction).to.equal('rtl');
    });

    it('writes numbers as the language does, in the progress as in the score (Arabic-Indic digits in ar-EG)', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="ar-EG" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('ابدأ الاختبار'),
      );
      expect(root(el).textContent).to.contain('٣');
      await click(el, '[part~="start"]');
      expect(heading(el)).to.equal('السؤال ١ من ٣');
      for (const ids of [['embassy'], ['fee'], ['false']]) {
        await answer(el, ...ids);
        await next(el);
      }
      expect(textOf(el, 'score')).to.equal('الإجابات الصحيحة: ٢ من ٣، والإجابات الصحيحة جزئيًا: ١.');
      expect(root(el).querySelector('.partial-credit')!.textContent!.trim()).to.equal(
        'عدد الإجابات الصحيحة التي اخترتها: ١ من ٢.',
      );
    });

    it('speaks French and Spanish too', async () => {
      const fr = await quizEl(html`<mrc-risk-quiz lang="fr" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('Commencer le quiz'),
      );
      expect(textOf(fr, 'title')).to.equal('Test risk quiz (fr)');
      fr.remove();
      const es = await quizEl(html`<mrc-risk-quiz lang="es" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('Empezar el cuestionario'),
      );
      expect(textOf(es, 'title')).to.equal('Test risk quiz (es)');
    });

    it('fits 320 px at 200 % text size, with touch targets of at least 44 px, from feedback to the end', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      el.style.inlineSize = '320px';
      el.style.fontSize = '200%';
      const fits = (screenName: string) => {
        const screen = part(el, 'screen')!;
        expect(screen.scrollWidth, `no sideways scrolling on the ${screenName}`).to.be.at.most(screen.clientWidth);
        for (const target of root(el).querySelectorAll('.choice, button, a[part~="resource-link"]')) {
          expect(target.getBoundingClientRect().height, target.textContent!.trim()).to.be.at.least(44);
        }
      };
      await click(el, '[part~="start"]');
      await answer(el, 'agent');
      fits('feedback');
      for (const ids of [['fee', 'contract'], ['true']]) {
        await next(el);
        await answer(el, ...ids);
      }
      await next(el);
      const card = part(el, 'hotlines')!;
      await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the hotline did not show');
      expect(part(el, 'review')).to.not.equal(null);
      expect(part(el, 'resources')).to.not.equal(null);
      fits('end screen, with its review and resources');
      expect(card.scrollWidth, 'the hotline card fits too').to.be.at.most(card.clientWidth);
    });

    it('animates only under prefers-reduced-motion: no-preference', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      // The question screens bring their own styles.
      await click(el, '[part~="start"]');
      // Every animated rule of the element sits inside a no-preference media rule.
      const animated: string[] = [];
      const walk = (rules: CSSRuleList, guarded: boolean) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule)
            walk(rule.cssRules, guarded || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
          else if (rule instanceof CSSStyleRule && rule.style.animationName && rule.style.animationName !== 'none') {
            animated.push(`${rule.selectorText}${guarded ? '' : ' (unguarded)'}`);
          }
        }
      };
      for (const sheet of root(el).adoptedStyleSheets) walk(sheet.cssRules, false);
      expect(animated).to.include('.feedback');
      expect(animated.filter((a) => a.endsWith('(unguarded)'))).to.deep.equal([]);
    });

    it('shows feedback without animation when the reader asks for reduced motion (where the browser can emulate it)', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        // Firefox through WebDriver BiDi cannot emulate media features; the rule check above covers it.
        this.skip();
      }
      try {
        const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
        await click(el, '[part~="start"]');
        await answer(el, 'embassy');
        expect(getComputedStyle(part(el, 'feedback')!).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
