import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import {
  root,
  stepIds,
  stepOf,
  tickOf,
  progressText,
  radio,
  useFreshClient,
  standard,
} from './procedure-checklist-fixtures.js';

describe('<mrc-procedure-checklist>', () => {
  useFreshClient();

  describe('keyboard', () => {
    it('can be used with the keyboard alone: answer, expand, tick', async () => {
      const el = await standard();
      radio(el, 'yes').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(stepIds(el)).not.to.include('find');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'no').checked).to.equal(true);
      expect(stepIds(el)).to.include('find').and.not.include('check');
      const toggle = stepOf(el, 'visit').querySelector<HTMLButtonElement>('[part~="step-toggle"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(tickOf(el, 'visit'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(tickOf(el, 'visit').checked).to.equal(true);
      expect(progressText(el)).to.equal('1 of 5 steps done');
    });
  });
});
