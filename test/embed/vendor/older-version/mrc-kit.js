import{s as Qe,r as He}from"./chunks/mrc-centre-finder-DCNKWjWz.js";import{M as os}from"./chunks/mrc-centre-finder-DCNKWjWz.js";import{MrcHotlineCard as ls}from"./mrc-hotline-card.js";import{$ as Ke,i as X,a0 as Je,a1 as pe,f as c,v as y,a2 as Ge,z as E,a3 as R,A as d,l as m,d as a,t as f,k as v,a4 as O,G as ue,s as he,a as ge,M as Z,h as me,a5 as fe,r as ve,b as j,g as $e,w as q,p as T,j as be,n as Xe,c as Ze,e as _e,x as et,y as ye}from"./chunks/state-styles-D_hBng8u.js";import{_ as ps,a6 as us,Y as hs,X as gs}from"./chunks/state-styles-D_hBng8u.js";import{i as D,n as tt,c as ke,s as we,d as xe,e as st,f as _,h as rt,j as it,k as qe,l as nt,r as at}from"./chunks/quiz-DYvM5VN0.js";import{c as ot}from"./chunks/status-ByroaZXN.js";import"./chunks/taxonomy-CWjxr23s.js";let ct=class{get value(){return this.o}set value(e){this.setValue(e)}setValue(e,t=!1){const r=t||!Object.is(e,this.o);this.o=e,r&&this.updateObservers()}constructor(e){this.subscriptions=new Map,this.updateObservers=()=>{for(const[t,{disposer:r}]of this.subscriptions)t(this.o,r)},e!==void 0&&(this.value=e)}addCallback(e,t,r){if(!r)return void e(this.value);this.subscriptions.has(e)||this.subscriptions.set(e,{disposer:()=>{this.subscriptions.delete(e)},consumerHost:t});const{disposer:i}=this.subscriptions.get(e);e(this.value,i)}clearCallbacks(){this.subscriptions.clear()}};let lt=class extends Event{constructor(e,t){super("context-provider",{bubbles:!0,composed:!0}),this.context=e,this.contextTarget=t}};class ze extends ct{constructor(e,t,r){super(t.context!==void 0?t.initialValue:r),this.onContextRequest=i=>{if(i.context!==this.context)return;const n=i.contextTarget??i.composedPath()[0];n!==this.host&&(i.stopPropagation(),this.addCallback(i.callback,n,i.subscribe))},this.onProviderRequest=i=>{if(i.context!==this.context||(i.contextTarget??i.composedPath()[0])===this.host)return;const n=new Set;for(const[o,{consumerHost:l}]of this.subscriptions)n.has(o)||(n.add(o),l.dispatchEvent(new Ke(this.context,l,o,!0)));i.stopPropagation()},this.host=e,t.context!==void 0?this.context=t.context:this.context=t,this.attachListeners(),this.host.addController?.(this)}attachListeners(){this.host.addEventListener("context-request",this.onContextRequest),this.host.addEventListener("context-provider",this.onProviderRequest)}hostConnected(){this.host.dispatchEvent(new lt(this.context,this.host))}}function dt({context:s}){return(e,t)=>{const r=new WeakMap;if(typeof t=="object")return{get(){return e.get.call(this)},set(i){return r.get(this).setValue(i),e.set.call(this,i)},init(i){return r.set(this,new ze(this,{context:s,initialValue:i})),i}};{e.constructor.addInitializer((o=>{r.set(o,new ze(o,{context:s}))}));const i=Object.getOwnPropertyDescriptor(e,t);let n;if(i===void 0){const o=new WeakMap;n={get(){return o.get(this)},set(l){r.get(this).setValue(l),o.set(this,l)},configurable:!0,enumerable:!0}}else{const o=i.set;n={...i,set(l){r.get(this).setValue(l),o?.call(this,l)}}}return void Object.defineProperty(e,t,n)}}}const pt=X`
  :host {
    display: contents;
  }
`;var ut=Object.defineProperty,F=(s,e,t,r)=>{for(var i=void 0,n=s.length-1,o;n>=0;n--)(o=s[n])&&(i=o(e,t,i)||i);return i&&ut(e,t,i),i};class M extends Je{static{this.styles=pt}willUpdate(e){super.willUpdate(e),this.provided=this.client??pe(this)}connectedCallback(){this.provided=this.client??pe(this),super.connectedCallback()}render(){return c`<slot></slot>`}}F([y()],M.prototype,"src"),F([y()],M.prototype,"api"),F([y()],M.prototype,"hsds"),F([y({attribute:!1})],M.prototype,"client"),F([dt({context:Ge})],M.prototype,"provided"),E("mrc-provider",M);const ht={right:R`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,wrong:R`<path d="M6.5 6.5l11 11M17.5 6.5l-11 11"/>`,partly:R`<path d="M5 12h14"/>`};function ee(s){return R`<svg class="mark-icon ${s}" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"
    focusable="false" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"
    stroke-linejoin="round">${ht[s]}</svg>`}function Se(s,e,t){return c`<a part=${t??d} href=${s} target="_blank" rel="noopener noreferrer"
    ><span lang=${e.lang??d} dir=${m(e.lang)}>${e.text}</span
    ><span class="visually-hidden"> ${a("(opens in a new tab)",{id:"common.new-tab"})}</span></a
  >`}function te(s,e,t,r){if(s.text!==void 0)return f(s.text,t,r);const i=s.id==="true";return{text:e==="myth-or-fact"?i?a("Fact",{id:"quiz.fact"}):a("Myth",{id:"quiz.myth"}):i?a("True",{id:"quiz.true"}):a("False",{id:"quiz.false"}),lang:void 0}}function gt(s,e){return e==="myth-or-fact"?a("Is this a myth or a fact?",{id:"quiz.hint.myth-or-fact"}):s.kind==="multiple"?a("Choose all the answers that are right.",{id:"quiz.hint.multiple"}):s.kind==="true-false"?a("Is this true or false?",{id:"quiz.hint.true-false"}):a("Choose one answer.",{id:"quiz.hint.single"})}function mt(s,e){if(e&&s.correct)return{mark:"right",text:a("Your answer: right",{id:"quiz.option.chosen-right"})};if(e)return{mark:"wrong",text:a("Your answer: wrong",{id:"quiz.option.chosen-wrong"})};if(s.correct)return{mark:"right",text:a("Right answer",{id:"quiz.option.right"})}}function se(s){return s===1?{mark:"right",text:a("Right!",{id:"quiz.answer.right"})}:s>0?{mark:"partly",text:a("Partly right.",{id:"quiz.answer.partly"})}:{mark:"wrong",text:a("Not right.",{id:"quiz.answer.wrong"})}}function re(s){return s?a("It is a fact.",{id:"quiz.is-fact"}):a("It is a myth.",{id:"quiz.is-myth"})}function Me(s,e,t){return s.options.filter(r=>e.includes(r.id)).map((r,i)=>{const n=te(r,t.quiz.mode,t.locale,t.dataset);return c`${i>0?"; ":""}<span lang=${n.lang??d} dir=${m(n.lang)}
          >${n.text}</span
        >`})}function Ce(s,e,t){if(!s.source)return d;const r=f(s.source.title,e,t);return c`<p part="source" class="source">
    ${a("Source:",{id:"quiz.source"})} ${Se(s.source.url,r)}
  </p>`}function ft(s){const{quiz:e,result:t,locale:r,dataset:i}=s;if(e.mode==="myth-or-fact"){const h=Math.min(6,s.headingLevel+1),p=u=>{const g=t.questions.filter($=>D($.question)===u);return g.length===0?d:c`<div class="group ${u?"facts":"myths"}">
        <div class="section-heading" role="heading" aria-level=${h}>
          ${u?a("Facts",{id:"quiz.facts"}):a("Myths",{id:"quiz.myths"})}
        </div>
        <ul part="statements" class="statements">
          ${g.map(({question:$})=>{const w=f($.prompt,r,i);return c`<li lang=${w.lang??d} dir=${m(w.lang)}>${w.text}</li>`})}
        </ul>
      </div>`};return c`<div part="summary" class="summary myths-facts">${p(!1)} ${p(!0)}</div>`}const n=new Intl.NumberFormat(r,{maximumFractionDigits:2}).format(t.score),o=new Intl.NumberFormat(r).format(t.max),l=t.band?f(t.band.band.message,r,i):void 0;return c`<div part="summary" class="summary">
    <p part="score" class="score">${a(v`You scored ${n} out of ${o}.`,{id:"quiz.score"})}</p>
    ${l?c`<p part="band" class="band" lang=${l.lang??d} dir=${m(l.lang)}>${l.text}</p>`:d}
  </div>`}function vt(s,e){const{question:t,chosen:r,score:i}=s,{locale:n,dataset:o}=e,l=f(t.prompt,n,o),h=f(t.explanation,n,o),p=se(i),u=t.options.filter(g=>g.correct).map(g=>g.id);return c`<li part="review-item" class="review-item">
    <p class="review-prompt" lang=${l.lang??d} dir=${m(l.lang)}>${l.text}</p>
    <p class="verdict ${p.mark}">${ee(p.mark)}<strong>${p.text}</strong></p>
    <p>
      ${a("Your answer:",{id:"quiz.review.yours"})}
      ${r.length>0?Me(t,r,e):a("no answer",{id:"quiz.review.none"})}
    </p>
    <p>
      ${e.quiz.mode==="myth-or-fact"?re(D(t)):c`${u.length>1?a("Right answers:",{id:"quiz.review.rights"}):a("Right answer:",{id:"quiz.review.right"})}
            ${Me(t,u,e)}`}
    </p>
    <p class="explanation-text" lang=${h.lang??d} dir=${m(h.lang)}>
      ${h.text}
    </p>
    ${Ce(t,n,o)}
  </li>`}function $t(s){const e=Math.min(6,s.headingLevel),t=f(s.quiz.title,s.locale,s.dataset);return c`<p part="quiz-title" class="quiz-name" lang=${t.lang??d} dir=${m(t.lang)}>
      ${t.text}
    </p>
    <div part="heading" class="heading" id="screen-heading" role="heading" aria-level=${e} tabindex="-1">
      ${a("Your results",{id:"quiz.results"})}
    </div>
    ${ft(s)}
    <div class="section-heading" role="heading" aria-level=${Math.min(6,e+1)}>
      ${a("Review your answers",{id:"quiz.review"})}
    </div>
    <ol part="review" class="review">
      ${s.result.questions.map(r=>vt(r,s))}
    </ol>
    <div part="actions" class="actions">
      <button part="retry-quiz" class="primary" type="button" @click=${s.onRetry}>
        ${a("Take the quiz again",{id:"quiz.retry"})}
      </button>
    </div>`}class U extends O{static{this.eventName="mrc-quiz-start"}constructor(e){super(U.eventName,e)}}class B extends O{static{this.eventName="mrc-quiz-answer"}constructor(e){super(B.eventName,e)}}class Q extends O{static{this.eventName="mrc-quiz-complete"}constructor(e){super(Q.eventName,e)}}function bt(s,e){return{attempt:tt(s,e),index:0,answers:{},checked:[],finished:!1}}const ie=s=>`mrc-kit:quiz:${s}`;function ne(){try{return globalThis.sessionStorage}catch{return}}function Ie(s,e){try{ne()?.setItem(ie(s),JSON.stringify({version:1,...e}))}catch{}}function ae(s){try{ne()?.removeItem(ie(s))}catch{}}const Y=s=>Array.isArray(s)&&s.every(e=>typeof e=="string"),V=s=>s!==null&&typeof s=="object"&&!Array.isArray(s);function Oe(s,e){const{attempt:t,index:r,answers:i,checked:n,finished:o}=s;if(s.version!==1||!V(t)||!V(i)||typeof o!="boolean")return!1;const{questionIds:l,optionOrder:h}=t;if(!Y(l)||l.length===0||!V(h)||!Y(n)||typeof r!="number"||!Number.isInteger(r)||r<0||r>=l.length)return!1;const p=new Map(e.questions.map(u=>[u.id,u]));if(new Set(l).size!==l.length)return!1;for(const u of l){const g=p.get(u),$=h[u];if(!g||!Y($))return!1;const w=g.options.map(S=>S.id);if($.length!==w.length||!w.every(S=>$.includes(S)))return!1;const A=i[u];if(A!==void 0&&(!Y(A)||!A.every(S=>w.includes(S))))return!1}return n.every(u=>l.includes(u)&&i[u]!==void 0)}function Te(s){let e;try{e=ne()?.getItem(ie(s.id))}catch{e=void 0}if(e==null)return{stale:!1};let t;try{t=JSON.parse(e)}catch{t=void 0}if(V(t)&&Oe(t,s)){const{attempt:r,index:i,answers:n,checked:o,finished:l}=t;return{progress:{attempt:r,index:i,answers:n,checked:o,finished:l},stale:!1}}return ae(s.id),{stale:!0}}function yt(s,e){return Oe({version:1,...s},e)}let kt=0;function Ae(s){return document.querySelector(s)??void 0}function wt(s){for(;!s.id;){const e=`mrc-help-${++kt}`;document.getElementById(e)||(s.id=e)}return s.id}const Le=s=>s.id?`#${s.id}`:"#";function Fe(s,e,t,r){s.preventDefault(),s.currentTarget.setAttribute("href",`#${wt(e)}`),r?.(),e.hasAttribute("tabindex")||e.setAttribute("tabindex","-1"),e.scrollIntoView({behavior:t?"smooth":"auto",block:"start"}),e.focus({preventScroll:!0})}let Ne;function xt(){Ne??=import("./mrc-hotline-card.js").catch(s=>{Ne=void 0,console.warn("mrc-risk-quiz: could not load the hotline card",s)})}function qt(s){const{quiz:e,dataset:t,locale:r}=s,i=Ae("mrc-hotline-card"),n=Ae("mrc-centre-finder"),o=e.resources.services,l=e.resources.links.flatMap(g=>{const $=ue(g.url);return $.ok?[{title:f(g.title,r,t),href:$.href}]:[]}),h=i?[]:e.resources.hotlines;if(!i&&!n&&h.length===0&&o.length===0&&l.length===0)return d;h.length>0&&xt();const p=o.map(g=>{const $=t.taxonomy.find(w=>w.id===g);return $?f($.name,r,t):{text:g,lang:void 0}}),u=Math.min(6,s.headingLevel+1);return c`<section part="resources" class="resources" aria-labelledby="resources-heading">
    <div class="section-heading" id="resources-heading" role="heading" aria-level=${u}>
      ${a("Where to get help",{id:"quiz.resources"})}
    </div>
    <ul class="resource-list">
      ${i?c`<li>
              <a part="resource-link" href=${Le(i)} @click=${g=>Fe(g,i,s.smoothScroll)}
                >${a("Contact a helpline on this page",{id:"quiz.resources.hotline-on-page"})}</a
              >
            </li>`:d}
      ${n?c`<li>
              <a
                part="resource-link"
                href=${Le(n)}
                @click=${g=>Fe(g,n,s.smoothScroll,()=>{o.length>0&&n.setAttribute("services",o.join(" "))})}
                >${o.length>0?a("Find a centre that can help with this",{id:"quiz.resources.finder-services"}):a("Find a centre near you",{id:"quiz.resources.finder"})}</a
              >
            </li>`:d}
      ${!n&&p.length>0?c`<li class="services">
              ${a("Ask a migrant resource centre about:",{id:"quiz.resources.services"})}
              <ul part="services">
                ${p.map(g=>c`<li lang=${g.lang??d} dir=${m(g.lang)}>${g.text}</li>`)}
              </ul>
            </li>`:d}
      ${l.map(({title:g,href:$})=>c`<li>${Se($,g,"resource-link")}</li>`)}
    </ul>
    ${h.length>0?c`<mrc-hotline-card
            part="hotlines"
            class="hotlines"
            variant="compact"
            lang=${r}
            heading-level=${Math.min(6,u+1)}
            hotline=${h.join(" ")}
            .client=${s.client}
          ></mrc-hotline-card>`:d}
  </section>`}const zt=[he,ge,X`
    .screen,
    .title,
    .heading {
      margin: 0;
      font-size: 1.35em;
      font-weight: 700;
      line-height: 1.3;
    }
    .heading:focus {
      outline: none;
    }
    .heading:focus-visible {
      outline: 3px solid var(--mrc-color-focus, #ffbf47);
    }
    .section-heading {
      font-size: 1.15em;
      font-weight: 700;
    }
    .quiz-name,
    .facts-line,
    .hint,
    .source,
    .notice {
      padding: calc(var(--mrc-space, 1rem) * 0.5);
      border-inline-start: 6px solid var(--mrc-color-primary, #0b5cad);
      background: var(--mrc-color-surface, #ffffff);
    }
    .progress {
      inline-size: 100%;
      block-size: 0.5rem;
      accent-color: var(--mrc-color-primary, #0b5cad);
    }
    form {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    .fieldset {
      display: grid;
      gap: calc(var(--mrc-space, 1rem) * 0.5);
      min-inline-size: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    .prompt {
      padding: 0;
      margin-block-end: calc(var(--mrc-space, 1rem) * 0.25);
      font-size: 1.15em;
      font-weight: 700;
    }
    .options {
      display: grid;
      gap: calc(var(--mrc-space, 1rem) * 0.5);
    }
    .option {
      display: grid;
      gap: 0.25rem;
      padding: 0.25rem;
      border: 2px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
    }
    .option.chosen {
      border-color: var(--mrc-color-primary, #0b5cad);
    }
    /* The whole row is the touch target: at least 44 px high, the text wrapping beside the box. */
    .choice {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-block-size: 44px;
      padding-inline: 0.5rem;
      cursor: pointer;
    }
    .choice input {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--mrc-color-primary, #0b5cad);
    }
    .choice input:disabled,
    .choice input:disabled + span {
      cursor: default;
    }
    .verdict {
      display: flex;
      align-items: center;
      gap: 0.375rem;
      padding-inline: 0.5rem;
    }
    .verdict .mark-icon {
      flex: none;
    }
    .verdict.right {
      color: var(--mrc-color-open, #1b6e2d);
    }
    .verdict.wrong {
      color: var(--mrc-color-closed, #a8201a);
    }
    .option-feedback {
      padding-inline: 0.5rem;
    }
    .error-text {
      color: var(--mrc-color-closed, #a8201a);
      font-weight: 700;
    }
    .feedback {
      display: grid;
      gap: calc(var(--mrc-space, 1rem) * 0.5);
      padding: var(--mrc-space, 1rem);
      border-inline-start: 6px solid var(--mrc-color-primary, #0b5cad);
      background: var(--mrc-color-surface, #ffffff);
    }
    .answer-verdict {
      padding: 0;
      font-size: 1.1em;
      flex-wrap: wrap;
    }
    .explanation {
      display: grid;
      gap: 0.5rem;
    }
    a {
      display: inline-flex;
      align-items: center;
      color: var(--mrc-color-primary, #0b5cad);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--mrc-space, 1rem) * 0.5);
    }
    button.primary {
      display: inline-flex;
      align-items: center;
      padding-block: 0.25rem;
      padding-inline: 1.25rem;
      border: 2px solid var(--mrc-color-primary, #0b5cad);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-primary, #0b5cad);
      color: var(--mrc-color-on-primary, #ffffff);
      font-weight: 700;
      cursor: pointer;
    }
    .score {
      font-size: 1.25em;
      font-weight: 700;
    }
    .summary,
    .group {
      display: grid;
      gap: calc(var(--mrc-space, 1rem) * 0.5);
    }
    .statements,
    .review,
    .services ul {
      display: grid;
      gap: 0.5rem;
      padding-inline-start: 1.5rem;
      list-style: disc;
    }
    .review {
      gap: var(--mrc-space, 1rem);
      list-style: decimal;
    }
    .review-item {
      display: grid;
      gap: 0.25rem;
    }
    .review-prompt {
      font-weight: 700;
    }
    .resources {
      display: grid;
      gap: calc(var(--mrc-space, 1rem) * 0.5);
      padding-block-start: var(--mrc-space, 1rem);
      border-block-start: 1px solid var(--mrc-color-border, #c9c9c9);
    }
    .resource-list {
      display: grid;
      gap: 0.25rem;
    }
    /* A short slide, not a fade: text keeps its full contrast from the first frame. */
    @media (prefers-reduced-motion: no-preference) {
      .feedback {
        animation: mrc-reveal 0.2s ease-out;
      }
    }
    @keyframes mrc-reveal {
      from {
        transform: translateY(-0.5rem);
      }
    }
    @media (forced-colors: active) {
      .option.chosen {
        border-color: Highlight;
      }
      button.primary {
        border-color: ButtonText;
      }
    }
  `];var St=Object.defineProperty,C=(s,e,t,r)=>{for(var i=void 0,n=s.length-1,o;n>=0;n--)(o=s[n])&&(i=o(e,t,i)||i);return i&&St(e,t,i),i};const Mt=()=>typeof matchMedia=="function"&&matchMedia("(prefers-reduced-motion: reduce)").matches;async function Ct(s,e){if(s.quizzes.find)return s.quizzes.find(e);const t=e?await s.quizzes.get(e):(await s.quizzes.list())[0];return{...t&&{quiz:t},warnings:[]}}class z extends Z{constructor(){super(...arguments),this.resume=!1,this.headingLevel=2,this.restarted=!1,this.data=new me(this,{task:async([e,t],{signal:r})=>{const{dataset:i}=await this.loadFrom(e,r),{quiz:n,warnings:o}=await Ct(e,t);return r.aborted||(o.length>0&&this.emit(new fe({source:e.source,warnings:o})),this.adopt(n,this.resume)),{dataset:i,...n&&{quiz:n}}},args:()=>[this.activeClient,this.quiz?.trim()||void 0]})}static{this.styles=zt}adopt(e,t){if(e&&this.progress&&this.progressFor===e.id&&yt(this.progress,e)||(this.progress=void 0,this.progressFor=e?.id,this.restarted=!1,this.announcement=void 0,!e||!t))return;const r=Te(e);this.progress=r.progress,this.restarted=r.stale}willUpdate(e){super.willUpdate(e);const t=this.data.value?.quiz;if(!(!e.has("resume")||e.get("resume")===void 0||!t||this.progressFor!==t.id))if(!this.resume)ae(t.id);else if(this.progress)Ie(t.id,this.progress);else{const r=Te(t);this.progress=r.progress,this.restarted=r.stale}}updated(e){super.updated(e),e.has("progress")&&this.resume&&this.progress&&this.progressFor&&Ie(this.progressFor,this.progress)}async focusOn(e){await this.updateComplete,this.renderRoot.querySelector(`#${e}`)?.focus()}begin(e){this.progress=bt(e,this.random),this.progressFor=e.id,this.restarted=!1,this.announcement=void 0,this.emit(new U({quizId:e.id})),this.focusOn("screen-heading")}choose(e,t,r){const i=this.progress;if(!i||i.checked.includes(e.id))return;const n=i.answers[e.id]??[],o=e.kind==="multiple"?r?[...n.filter(l=>l!==t),t]:n.filter(l=>l!==t):[t];this.progress={...i,answers:{...i.answers,[e.id]:o}},this.announcement?.kind==="missing"&&(this.announcement=void 0)}submit(e,t,r){e.preventDefault();const i=this.progress;if(i){if(!i.checked.includes(r.id)){const n=i.answers[r.id]??[];if(n.length===0){this.announcement={kind:"missing"};return}this.progress={...i,checked:[...i.checked,r.id]},this.announcement={kind:"checked",questionId:r.id},this.emit(new B({quizId:t.id,questionId:r.id,correct:ke(r,n)})),this.focusOn("feedback");return}if(this.announcement=void 0,i.index<i.attempt.questionIds.length-1)this.progress={...i,index:i.index+1};else{this.progress={...i,finished:!0};const n=we(t,i.attempt.questionIds,i.answers);this.emit(new Q({quizId:t.id,score:n.score,max:n.max,...n.band?.band.id!==void 0&&{bandId:n.band.band.id},...n.band&&{bandIndex:n.band.index}}))}this.focusOn("screen-heading")}}back(){!this.progress||this.progress.index===0||(this.announcement=void 0,this.progress={...this.progress,index:this.progress.index-1},this.focusOn("screen-heading"))}retry(e){this.resume&&ae(e.id),this.begin(e)}render(){return c`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.data.render({initial:()=>j(a("Loading the quiz\u2026",{id:"quiz.loading"})),pending:()=>j(a("Loading the quiz\u2026",{id:"quiz.loading"})),complete:e=>ve("mrc-risk-quiz",()=>this.renderLoaded(e),t=>this.renderError(t)),error:e=>this.renderError(e)})}
      <div class="visually-hidden" role="status" aria-live="polite">${this.renderAnnouncement()}</div>
    </div>`}renderError(e){return $e(a("The quiz could not be loaded.",{id:"quiz.error"}),e,()=>{this.data.run()})}renderLoaded({dataset:e,quiz:t}){if(!t)return c`<div part="message" class="message empty" role="status">
        <p>${a("This quiz could not be found.",{id:"quiz.not-found"})}</p>
        <slot></slot>
      </div>`;const r=this.progressFor===t.id?this.progress:void 0;let i;if(!r)i=this.renderIntro(t,e);else if(r.finished){const o=we(t,r.attempt.questionIds,r.answers);i=c`${$t({quiz:t,dataset:e,locale:this.locale,result:o,headingLevel:this.level,onRetry:()=>this.retry(t)})}
      ${qt({quiz:t,dataset:e,locale:this.locale,client:this.activeClient,headingLevel:this.level,smoothScroll:!Mt()})}`}else i=this.renderQuestion(t,e,r);const n=r?r.finished?"end":"question":"intro";return c`<section part="screen" class="screen ${n}">${i}</section>`}get level(){return Math.min(6,Math.max(1,Math.round(this.headingLevel)||2))}renderIntro(e,t){const r=f(e.title,this.locale,t),i=f(e.intro,this.locale,t),n=new Intl.NumberFormat(this.locale).format(Math.min(e.poolSize??e.questions.length,e.questions.length));return c`<div
        part="title"
        class="title"
        role="heading"
        aria-level=${this.level}
        lang=${r.lang??d}
        dir=${m(r.lang)}
      >
        ${r.text}
      </div>
      ${this.restarted?c`<p part="notice" class="notice" role="status">
              ${a("This quiz has changed since your last visit, so it starts again.",{id:"quiz.restarted"})}
            </p>`:d}
      ${i.text?c`<p part="intro" class="intro-text" lang=${i.lang??d} dir=${m(i.lang)}>
              ${i.text}
            </p>`:d}
      <p class="facts-line">
        ${a(v`Questions: ${n}`,{id:"quiz.count"})} ·
        ${a("Your answers stay on this device.",{id:"quiz.private"})}
      </p>
      <div part="actions" class="actions">
        <button part="start" class="primary" type="button" @click=${()=>this.begin(e)}>
          ${a("Start the quiz",{id:"quiz.start"})}
        </button>
      </div>`}renderQuestion(e,t,r){const i=r.attempt.questionIds.length,n=r.index+1,o=e.questions.find(b=>b.id===r.attempt.questionIds[r.index]);if(!o)throw new Error(`question ${r.attempt.questionIds[r.index]} is not in the quiz`);const l=f(e.title,this.locale,t),h=f(o.prompt,this.locale,t),p=r.answers[o.id]??[],u=r.checked.includes(o.id),g=r.index===i-1,$=this.announcement?.kind==="missing",w=(r.attempt.optionOrder[o.id]??o.options.map(b=>b.id)).flatMap(b=>o.options.filter(L=>L.id===b)),A=o.kind==="multiple"?"checkbox":"radio",S=new Intl.NumberFormat(this.locale);return c`<p part="quiz-title" class="quiz-name" lang=${l.lang??d} dir=${m(l.lang)}>
        ${l.text}
      </p>
      <div part="heading" class="heading" id="screen-heading" role="heading" aria-level=${this.level} tabindex="-1">
        ${a(v`Question ${S.format(n)} of ${S.format(i)}`,{id:"quiz.progress"})}
      </div>
      <progress part="progress-bar" class="progress" max=${i} value=${n} aria-hidden="true"></progress>
      <form novalidate @submit=${b=>this.submit(b,e,o)}>
        <fieldset part="fieldset" class="fieldset" aria-describedby=${$?"hint missing":"hint"}>
          <legend part="prompt" class="prompt" lang=${h.lang??d} dir=${m(h.lang)}>
            ${h.text}
          </legend>
          <p part="hint" class="hint" id="hint">${gt(o,e.mode)}</p>
          <ul part="options" class="options">
            ${w.map(b=>{const L=te(b,e.mode,this.locale,t),G=p.includes(b.id),I=u?mt(b,G):void 0,P=f(b.feedback,this.locale,t);return c`<li part="option" class="option ${I?.mark??""} ${G?"chosen":""}">
                <label class="choice">
                  <input
                    type=${A}
                    name="answer"
                    .value=${b.id}
                    .checked=${G}
                    ?disabled=${u}
                    @change=${Be=>this.choose(o,b.id,Be.target.checked)}
                  />
                  <span lang=${L.lang??d} dir=${m(L.lang)}>${L.text}</span>
                </label>
                ${I?c`<p class="verdict ${I.mark}">
                        ${ee(I.mark)}<strong>${I.text}</strong>
                      </p>`:d}
                ${I&&P.text?c`<p
                        part="option-feedback"
                        class="option-feedback"
                        lang=${P.lang??d}
                        dir=${m(P.lang)}
                      >
                        ${P.text}
                      </p>`:d}
              </li>`})}
          </ul>
        </fieldset>
        ${$?c`<p part="error" class="error-text" id="missing">
                ${a("Choose an answer first.",{id:"quiz.missing"})}
              </p>`:d}
        ${u?this.renderFeedback(e,o,p,t):d}
        <div part="actions" class="actions">
          ${e.allowBack&&r.index>0?c`<button part="back" class="secondary" type="button" @click=${()=>this.back()}>
                  ${a("Previous question",{id:"quiz.back"})}
                </button>`:d}
          <button part="next" class="primary" type="submit">
            ${u?g?a("See my results",{id:"quiz.finish"}):a("Next question",{id:"quiz.next"}):a("Check my answer",{id:"quiz.check"})}
          </button>
        </div>
      </form>`}renderFeedback(e,t,r,i){const n=se(xe(t,r)),o=f(t.explanation,this.locale,i);return c`<div
      part="feedback"
      class="feedback"
      id="feedback"
      role="group"
      aria-labelledby="feedback-verdict"
      tabindex="-1"
    >
      <p class="answer-verdict verdict ${n.mark}" id="feedback-verdict">
        ${ee(n.mark)}<strong>${n.text}</strong>
        ${e.mode==="myth-or-fact"?re(D(t)):d}
      </p>
      <div part="explanation" class="explanation">
        <p lang=${o.lang??d} dir=${m(o.lang)}>${o.text}</p>
        ${Ce(t,this.locale,i)}
      </div>
    </div>`}renderAnnouncement(){const e=this.announcement;if(!e)return"";if(e.kind==="missing")return a("Choose an answer first.",{id:"quiz.missing"});const t=this.data.value,r=t?.quiz?.questions.find(l=>l.id===e.questionId);if(!t?.quiz||!r)return"";const i=this.progress?.answers[r.id]??[],n=se(xe(r,i)).text;if(t.quiz.mode==="myth-or-fact")return`${n} ${re(D(r))}`;if(ke(r,i))return n;const o=r.options.filter(l=>l.correct).map(l=>te(l,t.quiz.mode,this.locale,t.dataset).text).join("; ");return`${n} ${a(v`The right answer: ${o}`,{id:"quiz.announce.right"})}`}}C([y()],z.prototype,"quiz"),C([y({type:Boolean})],z.prototype,"resume"),C([y({attribute:"heading-level",type:Number})],z.prototype,"headingLevel"),C([y({attribute:!1})],z.prototype,"random"),C([q()],z.prototype,"progress"),C([q()],z.prototype,"restarted"),C([q()],z.prototype,"announcement"),E("mrc-risk-quiz",z);class H extends O{static{this.eventName="mrc-checklist-change"}constructor(e){super(H.eventName,e)}}class K extends O{static{this.eventName="mrc-checklist-print"}constructor(e){super(K.eventName,e)}}class J extends O{static{this.eventName="mrc-centre-show"}constructor(e){super(J.eventName,e)}}const Pe=new Map;function N(s,e){const t=`${s}|${JSON.stringify(e)}`;let r=Pe.get(t);return r||(r=new Intl.NumberFormat(s,e),Pe.set(t,r)),r}function oe(s,e,t){try{return N(t,{style:"currency",currency:e}).format(s)}catch{return`${N(t,{}).format(s)} ${e}`}}function It(s,e){const t=N(e,{style:"unit",unit:s.unit,unitDisplay:"long"}),{min:r,max:i}=s;if(i===void 0||i===r)return t.format(r);if(typeof t.formatRange=="function")return t.formatRange(r,i);const n=N(e,{});return t.format(i).replace(n.format(i),`${n.format(r)}\u2013${n.format(i)}`)}function Ot(s,e){const[t,r,i]=s.split("-").map(Number),n=Date.UTC((t??0)+1,(r??1)-1,i??1);return e.getTime()>n}function W(s,e){return N(e,{}).format(s)}const Ee=new Map;function Tt(s,e){let t=Ee.get(e);return t||(t=new Intl.ListFormat(e,{type:"disjunction"}),Ee.set(e,t)),t.format(s)}function Re(s){if(!s)return;const e=ue(s);return e.ok&&/^https?:/.test(e.href)?e.href:void 0}function At(s,e){const t=s.from?be(s.from,e):void 0,r=s.to?be(s.to,e):void 0;return t&&r?a(v`From ${t} to ${r}`,{id:"checklist.route"}):t?a(v`Leaving from ${t}`,{id:"checklist.route-from"}):r?a(v`For ${r}`,{id:"checklist.route-to"}):""}function Lt(s,e){const t=u=>f(u,e.locale,e.dataset),r=t(s.title),i=t(s.summary),n=t(s.source.title),o=Re(s.source.url),l=At(s,e.locale),h=T(s.reviewed,e.locale),p=c`<span lang=${n.lang??d} dir=${m(n.lang)}>${n.text}</span>`;return c`<header part="header" class="header">
    <div
      part="title"
      class="title"
      role="heading"
      aria-level=${e.headingLevel}
      lang=${r.lang??d}
      dir=${m(r.lang)}
    >
      ${r.text}
    </div>
    ${i.text?c`<p part="summary" class="summary" lang=${i.lang??d} dir=${m(i.lang)}>${i.text}</p>`:d}
    ${l?c`<p class="route">${l}</p>`:d}
    <p part="reviewed" class="reviewed">
      ${a(v`Checked against its source on ${h}.`,{id:"checklist.reviewed"})}
      ${a("Source:",{id:"checklist.source"})}
      ${o?c`<a part="link" href=${o} target="_blank" rel="noopener noreferrer"
              >${p}<span class="visually-hidden"
                >${a("(opens in a new tab)",{id:"common.new-tab"})}</span
              ></a
            >`:p}
    </p>
    ${Ot(s.reviewed,e.at)?c`<p part="warning" class="warning">
            <strong>${a("This may be out of date.",{id:"checklist.old-title"})}</strong>
            ${a("It was last checked more than a year ago. Procedures, fees and documents change: check with the source or a resource centre before you act.",{id:"checklist.old"})}
          </p>`:d}
  </header>`}function Ft(s,e,t){return c`<div part="notice" class="notice" role="group" aria-labelledby="revision-text">
    <p id="revision-text">
      ${a(v`This checklist was updated on ${T(s.reviewed,t.locale)}. Your ticks are for the version of ${T(e.reviewed,t.locale)}.`,{id:"checklist.revised"})}
    </p>
    <div class="actions">
      <button part="button" class="secondary" type="button" @click=${t.onKeep}>
        ${a("Keep my ticks for the steps that are still there",{id:"checklist.keep"})}
      </button>
      <button part="button" class="secondary" type="button" @click=${t.onStartAgain}>
        ${a("Start again",{id:"checklist.start-again"})}
      </button>
    </div>
  </div>`}function Nt(s,e,t){return c`<p part="notice" class="notice">
    ${a(v`This is an older copy of this checklist, checked on ${T(s.reviewed,t.locale)}. Your progress on the version of ${T(e,t.locale)} is kept on this device.`,{id:"checklist.older-copy"})}
  </p>`}function Pt(s,e){const t=n=>Object.hasOwn(e.answers,n)?e.answers[n]:void 0,r=s.questions.every(n=>t(n.id)!==void 0),i=s.questions.some(n=>t(n.id)!==void 0);return c`<section part="screening" class="screening" aria-labelledby="screening-heading">
    <div
      id="screening-heading"
      class="section-heading"
      role="heading"
      aria-level=${Math.min(6,e.headingLevel+1)}
      tabindex="-1"
    >
      ${a("Which steps apply to you",{id:"checklist.screening"})}
    </div>
    <p class="hint">
      ${r?a("Only the steps that apply to you are shown. You can change your answers at any time.",{id:"checklist.screening-done"}):a("Answer these questions to see only the steps that apply to you. Until then, every step is shown.",{id:"checklist.screening-hint"})}
    </p>
    ${s.questions.map(n=>{const o=f(n.prompt,e.locale,e.dataset);return c`<fieldset part="question" class="question">
        <legend lang=${o.lang??d} dir=${m(o.lang)}>${o.text}</legend>
        ${n.options.map(l=>{const h=f(l.label,e.locale,e.dataset);return c`<label class="option">
            <input
              type="radio"
              name=${`question-${n.id}`}
              value=${l.id}
              .checked=${t(n.id)===l.id}
              @change=${()=>e.onAnswer(n.id,l.id)}
            />
            <span lang=${h.lang??d} dir=${m(h.lang)}>${h.text}</span>
          </label>`})}
      </fieldset>`})}
    ${i?c`<button part="button" class="secondary no-print" type="button" @click=${e.onClearAnswers}>
            ${a("Clear my answers",{id:"checklist.clear-answers"})}
          </button>`:d}
  </section>`}function Et(s,e,t){const r=p=>f(p,t.locale,t.dataset),i=r(s.name),n=r(s.address),o=r(s.city),l=ot(s,t.at),h=[n.text,o.text].filter(Boolean).join(`
`);return c`<li part="place" class="place">
    <p class="place-name" lang=${i.lang??d} dir=${m(i.lang)}>${i.text}</p>
    ${h?c`<p class="place-address" lang=${n.lang??o.lang??d}>${h}</p>`:d}
    <p class="place-status ${l.state}">${Qe(l,s,t.at,t.locale)}</p>
    ${s.hours?He(s.hours,t):d}
    ${s.channels.length>0?Xe(s.channels,s.channels.map(()=>l),{locale:t.locale,at:t.at,dataset:t.dataset,compact:!0,ownerFree:!1,onContact:p=>t.onContact(s.id,p),onCopy:t.onCopy}):d}
    ${t.showOnMap?c`<button
            part="place-action"
            class="secondary no-print"
            type="button"
            @click=${()=>t.onPlace(e,s.id)}
          >
            ${a("Show on the map",{id:"checklist.show-on-map"})}
            <span class="visually-hidden">: ${i.text}</span>
          </button>`:d}
  </li>`}function Rt(s,e,t){const r=s.centres.map(o=>t.centres.get(o)).filter(o=>o!==void 0),i=f(s.note,t.locale,t.dataset),n=Re(s.url);return r.length===0&&!n&&!i.text?c``:c`<div part="where" class="where">
    <p class="fact-label">${a("Where",{id:"checklist.where"})}</p>
    ${i.text?c`<p lang=${i.lang??d} dir=${m(i.lang)}>${i.text}</p>`:d}
    ${r.length>0?c`<ul class="places">
            ${r.map(o=>Et(o,e,t))}
          </ul>`:d}
    ${n?c`<p>
            <a part="link" href=${n} target="_blank" rel="noopener noreferrer"
              >${a("More information online",{id:"checklist.more-online"})}<span class="visually-hidden"
                >${a("(opens in a new tab)",{id:"common.new-tab"})}</span
              ></a
            >
          </p>`:d}
  </div>`}function jt(s){switch(s){case"not-started":return a("Not started",{id:"checklist.status.not-started"});case"in-progress":return a("In progress",{id:"checklist.status.in-progress"});case"done":return a("Done",{id:"checklist.status.done"})}}const je=(s,e)=>`step-${e}-${s.id}`;function Dt(s,e){return s.documents.length===0?d:c`<fieldset part="documents" class="documents">
    <legend class="fact-label">${a("Documents",{id:"checklist.documents"})}</legend>
    <ul>
      ${s.documents.map((t,r)=>{const i=f(t.name,e.locale,e.dataset),n=f(t.note,e.locale,e.dataset),o=_(s,r);return c`<li class="document">
          <label class="tick">
            <input
              part="document-tick"
              type="checkbox"
              data-document=${o}
              .checked=${e.ticks.documents.has(o)}
              @change=${l=>e.onTickDocument(s,r,l.target.checked)}
            />
            <span lang=${i.lang??d} dir=${m(i.lang)}>${i.text}</span>
            <span class="need ${t.need}"
              >${t.need==="required"?a("Required",{id:"checklist.need.required"}):a("If it applies to you",{id:"checklist.need.if-applicable"})}</span
            >
          </label>
          ${n.text?c`<p class="note" lang=${n.lang??d} dir=${m(n.lang)}>${n.text}</p>`:d}
        </li>`})}
    </ul>
  </fieldset>`}function Yt(s,e){if(!s.cost&&!s.duration)return d;const t=f(s.cost?.note,e.locale,e.dataset);return c`<dl class="facts">
    ${s.duration?c`<div>
            <dt>${a("Usually takes",{id:"checklist.duration"})}</dt>
            <dd>${It(s.duration,e.locale)}</dd>
          </div>`:d}
    ${s.cost?c`<div>
            <dt>${a("Cost",{id:"checklist.cost"})}</dt>
            <dd>
              <span part="cost" class="money">${oe(s.cost.amount,s.cost.currency,e.locale)}</span>
              ${t.text?c`<span lang=${t.lang??d} dir=${m(t.lang)}>${t.text}</span>`:d}
            </dd>
          </div>`:d}
  </dl>`}function Vt(s,e,t){const r=f(s.title,t.locale,t.dataset),i=f(s.description,t.locale,t.dataset),n=st(s,t.ticks),o=t.expanded.has(s.id),l=je(s,"title"),h=je(s,"body");return c`<section part="step" class="step ${n}" aria-labelledby=${l} data-step=${s.id}>
    <div class="step-head">
      <div role="heading" aria-level=${t.headingLevel} class="step-heading">
        <button
          part="step-toggle"
          class="step-toggle"
          type="button"
          id=${l}
          aria-expanded=${o?"true":"false"}
          aria-controls=${h}
          @click=${()=>t.onToggle(s)}
        >
          <span class="chevron" aria-hidden="true"></span>
          <span class="step-title">
            <span class="visually-hidden"
              >${a(v`Step ${W(e.number,t.locale)}:`,{id:"checklist.step-number"})}
            </span>
            <span lang=${r.lang??d} dir=${m(r.lang)}>${r.text}</span>
          </span>
          <span part="status" class="status ${n}">${jt(n)}</span>
          ${s.optional?c`<span class="tag">${a("Optional",{id:"checklist.optional"})}</span>`:d}
        </button>
      </div>
      <label class="tick step-tick">
        <input
          part="step-tick"
          type="checkbox"
          data-step=${s.id}
          .checked=${t.ticks.steps.has(s.id)}
          @change=${p=>t.onTickStep(s,p.target.checked)}
        />
        ${a("Done",{id:"checklist.status.done"})}<span class="visually-hidden">: ${r.text}</span>
      </label>
    </div>
    <div part="step-body" class="step-body" id=${h} ?hidden=${!o}>
      ${i.text?c`<p class="description" lang=${i.lang??d} dir=${m(i.lang)}>
              ${i.text}
            </p>`:d}
      ${Yt(s,t)} ${Dt(s,t)}
      ${s.tasks.length>0?c`<div class="tasks">
              <p class="fact-label">${a("What to do",{id:"checklist.tasks"})}</p>
              <ul part="tasks">
                ${s.tasks.map(p=>{const u=f(p,t.locale,t.dataset);return c`<li lang=${u.lang??d} dir=${m(u.lang)}>${u.text}</li>`})}
              </ul>
            </div>`:d}
      ${s.where?Rt(s.where,s.id,t):d}
    </div>
  </section>`}function Wt(s){return s==="or"?a("or",{id:"checklist.or"}):a("and",{id:"checklist.and"})}function Ut(s,e){const t=s.logic==="or"?a("Do one of these:",{id:"checklist.group.or"}):s.logic==="and"?a("Do all of these:",{id:"checklist.group.and"}):"";return c`<li part="group" class="group ${s.logic}">
    <span class="number" aria-hidden="true">${W(s.number,e.locale)}</span>
    <div class="group-steps">
      ${t?c`<p class="group-intro">${t}</p>`:d}
      ${s.steps.map((r,i)=>c`${i>0?c`<p part="join" class="join" aria-hidden="true">${Wt(s.logic)}</p>`:d}
          ${Vt(r,s,e)}`)}
    </div>
  </li>`}function Bt(s,e){return c`<ol part="steps" class="steps">
    ${s.map(t=>Ut(t,e))}
  </ol>`}function Qt({totals:s,choices:e},t){if(s.length+e.length===0)return d;const r=i=>i?oe(i.amount,i.currency,t):a("nothing",{id:"checklist.free"});return c`<div part="totals" class="totals">
    <p class="fact-label">${a("Total of the required costs",{id:"checklist.total"})}</p>
    <ul>
      ${s.map(i=>{const n=oe(i.amount,i.currency,t);return c`<li class="money">
          ${i.atLeast?a(v`at least ${n}`,{id:"checklist.at-least"}):n}
        </li>`})}
      ${e.map(i=>{const n=Tt(i.map(r),t);return c`<li class="money choice">
          ${s.length>0?a(v`plus, depending on your choice, ${n}`,{id:"checklist.choice-plus"}):a(v`depending on your choice, ${n}`,{id:"checklist.choice"})}
        </li>`})}
    </ul>
    <p class="note">
      ${a("Optional steps are not counted. Where you can choose between steps, the cheapest counts until you tick the one you did.",{id:"checklist.total-note"})}
    </p>
  </div>`}const ce="mrc-kit:checklist:",De=Object.freeze({answers:{},steps:[],documents:[]});function Ye(s,e){return`${ce}${s}@${e}`}function le(){try{return globalThis.localStorage??void 0}catch{return}}const Ve=s=>Array.isArray(s)&&s.every(e=>typeof e=="string");function de(s){if(s!==null)try{const e=JSON.parse(s);if(e===null||typeof e!="object")return;const{answers:t,steps:r,documents:i}=e;return!Ve(r)||!Ve(i)||t===null||typeof t!="object"?void 0:{answers:Object.fromEntries(Object.entries(t).filter(n=>typeof n[1]=="string")),steps:r,documents:i}}catch{return}}function Ht(s,e){const t=le();if(!t)return{};try{const r=de(t.getItem(Ye(s,e))),i=`${ce}${s}@`,n=[];let o;for(let l=0;l<t.length;l++){const h=t.key(l);if(!h?.startsWith(i))continue;const p=h.slice(i.length);if(p>e)de(t.getItem(h))&&(o===void 0||p>o)&&(o=p);else if(p<e){const u=de(t.getItem(h));u&&n.push({reviewed:p,progress:u})}}return n.sort((l,h)=>h.reviewed.localeCompare(l.reviewed)),{...r&&{current:r},...n[0]&&{older:n[0]},...o&&{newer:o}}}catch{return{}}}function We(s,e,t=!1){const r=new Set(s.steps.map(n=>n.id)),i=new Set(s.steps.flatMap(n=>n.documents.map((o,l)=>_(n,l))));return{answers:Object.fromEntries(Object.entries(e.answers).filter(([n,o])=>s.questions.some(l=>l.id===n&&l.options.some(h=>h.id===o)))),steps:e.steps.filter(n=>r.has(n)),documents:e.documents.filter(n=>i.has(n)&&(!t||rt(n)))}}function Kt(s,e,t){const r=le();if(!r)return!1;try{return r.setItem(Ye(s,e),JSON.stringify(t)),!0}catch{return!1}}function Ue(s,e){const t=le();if(t)try{const r=`${ce}${s}@`,i=[];for(let n=0;n<t.length;n++){const o=t.key(n);o?.startsWith(r)&&(e===void 0||o.slice(r.length)<e)&&i.push(o)}for(const n of i)t.removeItem(n)}catch{}}const Jt=[he,ge,Ze,X`
    .base,
    .header,
    .steps-section,
    .screening,
    .step-body,
    .place {
      display: grid;
      gap: calc(var(--mrc-space, 1rem) * 0.5);
    }
    .base {
      gap: var(--mrc-space, 1rem);
      overflow-wrap: anywhere;
    }
    .title {
      font-size: 1.4em;
      font-weight: 700;
      line-height: 1.3;
    }
    .section-heading {
      font-size: 1.15em;
      font-weight: 700;
    }
    .summary,
    .route,
    .reviewed,
    .hint,
    .privacy,
    .note,
    .place-address,
    a {
      color: var(--mrc-color-primary, #0b5cad);
    }
    .warning,
    .notice {
      padding: calc(var(--mrc-space, 1rem) * 0.75);
      border-inline-start: 6px solid var(--mrc-color-closed, #a8201a);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-warning-surface, #fff4e5);
    }
    .notice {
      display: grid;
      gap: 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button.secondary {
      text-align: start;
    }
    .question {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: calc(var(--mrc-space, 1rem) * 0.75);
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
    }
    .question legend {
      padding-inline: 0.25rem;
      font-weight: 600;
    }
    .option,
    .tick {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 44px;
      cursor: pointer;
    }
    input[type='radio'],
    input[type='checkbox'] {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--mrc-color-primary, #0b5cad);
    }
    .toolbar {
      display: grid;
      gap: 0.5rem;
    }
    .progress {
      font-weight: 700;
    }
    progress {
      inline-size: 100%;
      block-size: 0.75rem;
      accent-color: var(--mrc-color-open, #1b6e2d);
    }
    .steps {
      display: grid;
      gap: var(--mrc-space, 1rem);
      margin: 0;
      padding: 0;
    }
    .group {
      display: grid;
      grid-template-columns: 2.25rem minmax(0, 1fr);
      gap: 0.75rem;
      align-items: start;
    }
    .number {
      display: grid;
      place-items: center;
      inline-size: 2.25rem;
      block-size: 2.25rem;
      border-radius: 50%;
      background: var(--mrc-color-primary, #0b5cad);
      color: var(--mrc-color-on-primary, #ffffff);
      font-weight: 700;
    }
    .group-steps {
      display: grid;
      gap: 0.5rem;
    }
    .group-intro {
      font-weight: 600;
    }
    .join {
      font-style: italic;
      font-weight: 600;
      text-transform: lowercase;
    }
    .step {
      display: grid;
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
    }
    .step.done {
      border-inline-start: 6px solid var(--mrc-color-open, #1b6e2d);
    }
    .step-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding-inline-end: 0.75rem;
    }
    .step-heading {
      flex: 1 1 14rem;
    }
    .step-toggle {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.5rem;
      inline-size: 100%;
      padding: 0.5rem 0.75rem;
      border: 0;
      border-radius: var(--mrc-radius, 8px);
      background: none;
      color: inherit;
      font-weight: 700;
      text-align: start;
      cursor: pointer;
    }
    .step-title {
      flex: 1 1 10rem;
    }
    .chevron::before {
      content: '▸';
      display: inline-block;
    }
    .base[dir='rtl'] .chevron::before {
      content: '◂';
    }
    .step-toggle[aria-expanded='true'] .chevron::before {
      content: '▾';
    }
    .status,
    .tag,
    .need {
      padding-block: 0.0625rem;
      padding-inline: 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.85em;
      font-weight: 600;
      white-space: nowrap;
    }
    .status.not-started {
      color: var(--mrc-color-muted, #595959);
    }
    .status.in-progress {
      color: var(--mrc-color-primary, #0b5cad);
    }
    .status.done {
      color: var(--mrc-color-open, #1b6e2d);
    }
    .need.if-applicable {
      color: var(--mrc-color-muted, #595959);
      font-weight: 400;
    }
    .step-body {
      padding-block: 0 0.75rem;
      padding-inline: 0.75rem;
    }
    .step-body[hidden] {
      display: none;
    }
    .fact-label,
    .facts dt {
      font-weight: 700;
    }
    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1.5rem;
      margin: 0;
    }
    .facts dd {
      display: grid;
      margin: 0;
    }
    .money {
      unicode-bidi: isolate;
    }
    .documents {
      margin: 0;
      padding: 0;
      border: 0;
    }
    .documents legend {
      padding: 0;
    }
    .documents .tick {
      flex-wrap: wrap;
    }
    .document .note {
      margin-inline-start: 2rem;
    }
    .tasks ul {
      padding-inline-start: 1.25rem;
      list-style: disc;
    }
    .places {
      display: grid;
      gap: 0.75rem;
    }
    .place {
      padding-block-start: 0.5rem;
      border-block-start: 1px solid var(--mrc-color-border, #c9c9c9);
    }
    .place-address {
      white-space: pre-line;
    }
    .place-name {
      font-weight: 700;
    }
    .place-status.open {
      color: var(--mrc-color-open, #1b6e2d);
    }
    .place-status.closed {
      color: var(--mrc-color-closed, #a8201a);
    }
    .hours-table {
      border-collapse: collapse;
      inline-size: 100%;
      max-inline-size: 24rem;
    }
    .hours-table caption {
      text-align: start;
      font-weight: 600;
    }
    .hours-table th,
    .hours-table td {
      padding-block: 0.125rem;
      padding-inline-end: 0.75rem;
      text-align: start;
      vertical-align: top;
      font-weight: 400;
    }
    .hours-table tr.today > * {
      font-weight: 700;
    }
    .totals {
      display: grid;
      gap: 0.25rem;
      padding: calc(var(--mrc-space, 1rem) * 0.75);
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
    }
    .totals .money {
      font-size: 1.1em;
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .number {
        border: 2px solid CanvasText;
      }
      .warning,
      .notice {
        border: 2px solid CanvasText;
      }
    }
    /*
     * On paper (A4 or Letter): every applicable step open with its tick boxes, no buttons, links
     * written out, and no step split across two pages when it fits on one.
     */
    @media print {
      :host {
        font-size: 11pt;
        color: #000;
      }
      .no-print,
      .step-toggle .chevron,
      .actions,
      progress {
        display: none;
      }
      .step-body[hidden] {
        display: grid;
      }
      .step,
      .totals,
      .question {
        break-inside: avoid;
        background: none;
      }
      .number {
        border: 1px solid #000;
        background: none;
        color: #000;
      }
      .header a[href]::after,
      .where a[part~='link']::after {
        content: ' (' attr(href) ')';
        overflow-wrap: anywhere;
      }
      .action {
        background: none;
        color: #000;
        padding: 0;
      }
      button.copy {
        display: none;
      }
      /* "Open now" is wrong by the time the paper is read; the week's hours stay. */
      .place-status {
        display: none;
      }
    }
  `];var Gt=Object.defineProperty,x=(s,e,t,r)=>{for(var i=void 0,n=s.length-1,o;n>=0;n--)(o=s[n])&&(i=o(e,t,i)||i);return i&&Gt(e,t,i),i};async function Xt(s,e,t){const r=new Set(s.steps.flatMap(n=>n.where?.centres??[])),i=new Map;return await Promise.all([...r].map(async n=>{const o=e.centres.find(l=>l.id===n)??await t.centres.get(n).catch(()=>{});o&&i.set(n,o)})),i}class k extends Z{constructor(){super(...arguments),this.persist=!0,this.showOnMap=!1,this.headingLevel=2,this.answers={},this.ticks={steps:new Set,documents:new Set},this.expanded=new Set,this.data=new me(this,{task:async([e,t],{signal:r})=>{const{dataset:i}=await this.loadFrom(e,r),n=t?await e.checklists.get(t):void 0,o=n?await Xt(n,i,e):new Map;return n&&!r.aborted&&this.restore(n),{dataset:i,centres:o,...n&&{checklist:n}}},args:()=>[this.activeClient,this.checklist?.trim()||void 0]})}static{this.styles=Jt}get at(){return this.now??new Date}restore(e){const t=`${e.id}@${e.reviewed}`;if(this.progressOf===t)return;this.progressOf=t;const r=this.persist?Ht(e.id,e.reviewed):{};this.apply(We(e,r.current??De)),this.expanded=new Set,this.revision=r.older,this.newer=r.newer,r.older&&this.announce({kind:"revised",reviewed:e.reviewed})}apply(e){this.answers={...e.answers},this.ticks={steps:new Set(e.steps),documents:new Set(e.documents)}}get progress(){return{answers:this.answers,steps:[...this.ticks.steps],documents:[...this.ticks.documents]}}save(e){this.persist&&Kt(e.id,e.reviewed,this.progress)}announce(e){this.announcement=void 0,this.updateComplete.then(()=>this.announcement=e)}announcementText(e){switch(e?.kind){case void 0:return"";case"revised":return a(v`This checklist was updated on ${T(e.reviewed,this.locale)}.`,{id:"checklist.revised-announce"});case"apply":{const[t,r,i]=[e.shown,e.of,e.total].map(n=>W(n,this.locale));return a(v`${t} of ${r} steps apply to you; ${i} are needed.`,{id:"checklist.steps-apply"})}case"step":return`${e.done?a(v`${e.title}: done.`,{id:"checklist.step-done"}):a(v`${e.title}: not done.`,{id:"checklist.step-undone"})} ${this.progressText(e.progress)}`;case"copied":return _e(e.outcome);case"expanded":return a("All steps expanded.",{id:"checklist.expanded-all"});case"collapsed":return a("All steps collapsed.",{id:"checklist.collapsed-all"});case"forgotten":return a("Your progress was cleared from this device.",{id:"checklist.forgotten"});case"kept":return a("Your ticks were kept for the steps that are still there.",{id:"checklist.kept"});case"started-again":return a("You are starting this checklist again.",{id:"checklist.started-again"})}}groupsFor(e){return it(e,this.answers)}changed(e,t=!0){t&&this.save(e);const r=qe(this.groupsFor(e),this.ticks);return this.emit(new H({checklistId:e.id,...r})),r}setAnswers(e,t){this.answers=t;const{total:r}=this.changed(e),i=nt(e,t).length;this.announce({kind:"apply",shown:i,of:e.steps.length,total:r})}tickStep(e,t,r){const i=new Set(this.ticks.steps);r?i.add(t.id):i.delete(t.id),this.ticks={...this.ticks,steps:i};const n=this.changed(e),o=f(t.title,this.locale,this.loadedDataset).text;this.announce({kind:"step",title:o,done:r,progress:n})}tickDocument(e,t,r,i){const n=new Set(this.ticks.documents),o=_(t,r);i?n.add(o):n.delete(o),this.ticks={...this.ticks,documents:n},this.changed(e)}toggle(e){const t=new Set(this.expanded);t.delete(e.id)||t.add(e.id),this.expanded=t}toggleAll(e){const t=e.flatMap(i=>i.steps.map(n=>n.id)),r=t.every(i=>this.expanded.has(i));this.expanded=r?new Set:new Set(t),this.announce({kind:r?"collapsed":"expanded"})}print(e){this.emit(new K({checklistId:e.id})),window.print()}forget(e){Ue(e.id),this.apply(De),this.revision=void 0,this.newer=void 0,this.changed(e,!1),this.announce({kind:"forgotten"})}keepRevision(e,t){const r=We(e,t.progress,!0);this.apply({answers:{...r.answers,...this.answers},steps:[...new Set([...this.ticks.steps,...r.steps])],documents:[...new Set([...this.ticks.documents,...r.documents])]}),this.closeRevision(e),this.announce({kind:"kept"})}startAgain(e){this.closeRevision(e),this.announce({kind:"started-again"})}closeRevision(e){this.revision=void 0,Ue(e.id,e.reviewed),this.changed(e),this.focusAfterUpdate("#steps-heading")}focusAfterUpdate(e){this.updateComplete.then(()=>this.renderRoot.querySelector(e)?.focus())}get loadedDataset(){return this.data.value?.dataset}render(){return c`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.data.render({initial:()=>j(a("Loading the checklist\u2026",{id:"checklist.loading"})),pending:()=>j(a("Loading the checklist\u2026",{id:"checklist.loading"})),complete:e=>ve("mrc-procedure-checklist",()=>e.checklist?this.renderChecklist(e.checklist,e):this.renderNotFound(),t=>this.renderError(t)),error:e=>this.renderError(e)})}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcementText(this.announcement)}</div>
    </div>`}renderError(e){return $e(a("The checklist could not be loaded.",{id:"checklist.error"}),e,()=>{this.data.run()})}renderNotFound(){return c`<div part="message" class="message empty" role="status">
      <p>${a("This checklist was not found.",{id:"checklist.not-found"})}</p>
      <slot></slot>
    </div>`}level(e){return Math.min(6,Math.max(1,Math.round(this.headingLevel)||2)+e)}progressText(e){const[t,r]=[e.done,e.total].map(i=>W(i,this.locale));return a(v`${t} of ${r} steps done`,{id:"checklist.progress"})}renderChecklist(e,t){const r=this.groupsFor(e),i=qe(r,this.ticks),n=at(r,this.ticks),o=r.flatMap(p=>p.steps.map(u=>u.id)),l=o.length>0&&o.every(p=>this.expanded.has(p)),h={locale:this.locale,at:this.at,dataset:t.dataset,headingLevel:this.level(0)};return c`${Lt(e,h)} ${this.newer?Nt(e,this.newer,h):d}
      ${this.revision?Ft(e,this.revision,{...h,onKeep:()=>this.keepRevision(e,this.revision),onStartAgain:()=>this.startAgain(e)}):d}
      ${e.questions.length>0?Pt(e,{...h,answers:this.answers,onAnswer:(p,u)=>this.setAnswers(e,{...this.answers,[p]:u}),onClearAnswers:()=>{this.setAnswers(e,{}),this.focusAfterUpdate("#screening-heading")}}):d}
      <section class="steps-section" aria-labelledby="steps-heading">
        <div id="steps-heading" class="section-heading" role="heading" aria-level=${this.level(1)} tabindex="-1">
          ${a("Steps",{id:"checklist.steps"})}
        </div>
        <div part="toolbar" class="toolbar">
          <p part="progress" class="progress" id="progress-text">${this.progressText(i)}</p>
          <progress
            part="progress-bar"
            max=${Math.max(i.total,1)}
            .value=${i.done}
            aria-labelledby="progress-text"
          ></progress>
          <div class="actions no-print">
            <button part="button" class="secondary" type="button" @click=${()=>this.toggleAll(r)}>
              ${l?a("Collapse all steps",{id:"checklist.collapse-all"}):a("Expand all steps",{id:"checklist.expand-all"})}
            </button>
            <button part="button" class="secondary" type="button" @click=${()=>this.print(e)}>
              ${a("Print this checklist",{id:"checklist.print"})}
            </button>
            ${this.persist?c`<button part="button" class="secondary" type="button" @click=${()=>this.forget(e)}>
                    ${a("Forget my progress",{id:"checklist.forget"})}
                  </button>`:d}
          </div>
          <p class="privacy no-print">
            ${this.persist?a("Your ticks and answers are kept on this device only.",{id:"checklist.kept-here"}):a("Your ticks and answers are not kept after you leave this page.",{id:"checklist.not-kept"})}
          </p>
        </div>
        ${Bt(r,{locale:this.locale,at:this.at,dataset:t.dataset,centres:t.centres,showOnMap:this.showOnMap,ticks:this.ticks,expanded:this.expanded,headingLevel:this.level(2),onToggle:p=>this.toggle(p),onTickStep:(p,u)=>this.tickStep(e,p,u),onTickDocument:(p,u,g)=>this.tickDocument(e,p,u,g),onPlace:(p,u)=>this.emit(new J({checklistId:e.id,stepId:p,centreId:u})),onContact:(p,u)=>this.emit(new ye({centreId:p,channel:u.kind})),onCopy:p=>{et(p).then(u=>this.announce({kind:"copied",outcome:u}))}})}
        ${Qt(n,this.locale)}
      </section>`}}x([y()],k.prototype,"checklist"),x([y({converter:s=>s!=="false"})],k.prototype,"persist"),x([y({attribute:"show-on-map",type:Boolean})],k.prototype,"showOnMap"),x([y({attribute:"heading-level",type:Number})],k.prototype,"headingLevel"),x([y({attribute:!1})],k.prototype,"now"),x([q()],k.prototype,"answers"),x([q()],k.prototype,"ticks"),x([q()],k.prototype,"expanded"),x([q()],k.prototype,"revision"),x([q()],k.prototype,"newer"),x([q()],k.prototype,"announcement"),E("mrc-procedure-checklist",k);export{os as MrcCentreFinder,ps as MrcCentreSelectEvent,J as MrcCentreShowEvent,H as MrcChecklistChangeEvent,K as MrcChecklistPrintEvent,ye as MrcContactEvent,Z as MrcDataElement,fe as MrcDataWarningEvent,us as MrcElement,hs as MrcErrorEvent,ls as MrcHotlineCard,k as MrcProcedureChecklist,M as MrcProvider,B as MrcQuizAnswerEvent,Q as MrcQuizCompleteEvent,U as MrcQuizStartEvent,z as MrcRiskQuiz,gs as MrcSearchEvent,E as define};
