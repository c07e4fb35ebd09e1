import{P as O,Q as pe,u as me,d as a,k as w,R as ge,O as fe,S as ye,t as N,A as d,f as l,l as A,n as $e,U as E,p as q,s as be,a as ve,c as we,i as ke,B as xe,M as Se,h as R,V as Ce,W as Ne,X as Ae,Y as Le,Z as Te,_,e as Ie,g as Me,j as Re,v as C,w as $,x as Ue,y as Oe,z as Ee}from"./state-styles-D_hBng8u.js";import{i as _e,s as H,j as D,c as Q}from"./status-ByroaZXN.js";import{b as Z,a as De,C as Fe}from"./taxonomy-CWjxr23s.js";const Pe=(i,e,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(i,e,t),t);function F(i,e){return(t,s,n)=>{const o=r=>r.renderRoot?.querySelector(i)??null;return Pe(t,s,{get(){return o(this)}})}}const ze={CHILD:2},Y=i=>(...e)=>({_$litDirective$:i,values:e});let V=class{constructor(e){}get _$AU(){return this._$AM._$AU}_$AT(e,t,s){this._$Ct=e,this._$AM=t,this._$Ci=s}_$AS(e,t){return this.update(e,t)}update(e,t){return this.render(...t)}};const Ke={},Be=Y(class extends V{constructor(){super(...arguments),this.ot=Ke}render(i,e){return e()}update(i,[e,t]){if(Array.isArray(e)){if(Array.isArray(this.ot)&&this.ot.length===e.length&&e.every((s,n)=>s===this.ot[n]))return O}else if(this.ot===e)return O;return this.ot=Array.isArray(e)?Array.from(e):e,this.render(e,t)}});const{I:je}=pe,W=i=>i,J=()=>document.createComment(""),I=(i,e,t)=>{const s=i._$AA.parentNode,n=e===void 0?i._$AB:e._$AA;if(t===void 0){const o=s.insertBefore(J(),n),r=s.insertBefore(J(),n);t=new je(o,r,i,i.options)}else{const o=t._$AB.nextSibling,r=t._$AM,c=r!==i;if(c){let h;t._$AQ?.(i),t._$AM=i,t._$AP!==void 0&&(h=i._$AU)!==r._$AU&&t._$AP(h)}if(o!==n||c){let h=t._$AA;for(;h!==o;){const b=W(h).nextSibling;W(s).insertBefore(h,n),h=b}}}return t},T=(i,e,t=i)=>(i._$AI(e,t),i),qe={},He=(i,e=qe)=>i._$AH=e,Qe=i=>i._$AH,P=i=>{i._$AR(),i._$AA.remove()};const G=(i,e,t)=>{const s=new Map;for(let n=e;n<=t;n++)s.set(i[n],n);return s},X=Y(class extends V{constructor(i){if(super(i),i.type!==ze.CHILD)throw Error("repeat() can only be used in text expressions")}dt(i,e,t){let s;t===void 0?t=e:e!==void 0&&(s=e);const n=[],o=[];let r=0;for(const c of i)n[r]=s?s(c,r):r,o[r]=t(c,r),r++;return{values:o,keys:n}}render(i,e,t){return this.dt(i,e,t).values}update(i,[e,t,s]){const n=Qe(i),{values:o,keys:r}=this.dt(e,t,s);if(!Array.isArray(n))return this.ut=r,o;const c=this.ut??=[],h=[];let b,x,m=0,f=n.length-1,g=0,y=o.length-1;for(;m<=f&&g<=y;)if(n[m]===null)m++;else if(n[f]===null)f--;else if(c[m]===r[g])h[g]=T(n[m],o[g]),m++,g++;else if(c[f]===r[y])h[y]=T(n[f],o[y]),f--,y--;else if(c[m]===r[y])h[y]=T(n[m],o[y]),I(i,h[y+1],n[m]),m++,y--;else if(c[f]===r[g])h[g]=T(n[f],o[g]),I(i,n[m],n[f]),f--,g++;else if(b===void 0&&(b=G(r,g,y),x=G(c,m,f)),b.has(c[m]))if(b.has(c[f])){const S=x.get(r[g]),v=S!==void 0?n[S]:null;if(v===null){const L=I(i,n[m]);T(L,o[g]),h[g]=L}else h[g]=T(v,o[g]),I(i,n[m],v),n[S]=null;g++}else P(n[f]),f--;else P(n[m]),m++;for(;g<=y;){const S=I(i,h[y+1]);T(S,o[g]),h[g++]=S}for(;m<=f;){const S=n[m++];S!==null&&P(S)}return this.ut=r,He(i,h),O}});function Ze(i){const{lat:e,lng:t}=i;if(!Number.isFinite(e)||!Number.isFinite(t)||Math.abs(e)>90||Math.abs(t)>180)return;const s=Number(e.toFixed(6)),n=Number(t.toFixed(6));return{geo:`geo:${s},${n}`,osm:`https://www.openstreetmap.org/?mlat=${s}&mlon=${n}#map=17/${s}/${n}`}}function z(i,e,t,s){const n=e.kind==="mobile-team"&&e.stops.length>0,o=e.hours?.timeZone,r=!!e.hours&&(e.hours.alwaysOpen===!0||(e.hours.weekly?.length??0)>0),c=n||r?i.changesAt:void 0,h=c?me(c,t,s,o??Intl.DateTimeFormat().resolvedOptions().timeZone):void 0;return i.state==="open"?h?h.day?a(w`Open now, closes ${h.day} at ${h.time}`,{id:"channel.open-until-day"}):a(w`Open now, closes at ${h.time}`,{id:"channel.open-until"}):a("Open now",{id:"hotline.open"}):i.state==="closed"?h?h.day?a(w`Closed now, opens ${h.day} at ${h.time}`,{id:"channel.closed-until-day"}):a(w`Closed now, opens at ${h.time}`,{id:"channel.closed-until"}):a("Closed now",{id:"hotline.closed"}):a("Hours not known",{id:"channel.hours-unknown"})}const ee=new Map;function K(i,e){const[t,s]=i.split(":").map(Number);if(t===24)return K("00:00",e);let n=ee.get(e);return n||(n=new Intl.DateTimeFormat(e,{hour:"numeric",minute:"2-digit",timeZone:"UTC"}),ee.set(e,n)),n.format(new Date(Date.UTC(2e3,0,1,t??0,s??0)))}function Ye(i,e){return new Intl.DateTimeFormat(e,{weekday:"long",timeZone:"UTC"}).format(new Date(`${i}T12:00:00Z`))}function te(i,e){const t=ge(e.at,i.timeZone),s=Array.from({length:7},(o,r)=>fe(t,r)),n=i.alwaysOpen||(i.weekly?.length??0)>0;return l`<table part="hours" class="hours-table">
    <caption>
      ${a("Opening hours",{id:"finder.hours"})}
    </caption>
    <tbody>
      ${s.map((o,r)=>{const{periods:c,exception:h}=ye(i,o);let b;i.alwaysOpen&&!h?b=a("Open 24 hours",{id:"channel.always-open"}):c.length>0?b=c.map(m=>`${K(m.opens,e.locale)}\u2013${K(m.closes,e.locale)}`).join(", "):h||n?b=a("Closed",{id:"finder.closed-day"}):b=a("Hours not known",{id:"channel.hours-unknown"});const x=h?N(h.note,e.locale,e.dataset):void 0;return l`<tr class=${r===0?"today":""} aria-current=${r===0?"date":d}>
          <th scope="row">
            ${Ye(o,e.locale)}${r===0?l` <span class="today-mark">${a("(today)",{id:"finder.today"})}</span>`:d}
          </th>
          <td>
            ${b}${x?.text?l` · <span lang=${x.lang??d} dir=${A(x.lang)}>${x.text}</span>`:d}
          </td>
        </tr>`})}
    </tbody>
  </table>`}function B(i){switch(i){case"centre":return a("Centre",{id:"finder.kind.centre"});case"mobile-team":return a("Mobile team",{id:"finder.kind.mobile-team"});case"online":return a("Online",{id:"finder.kind.online"})}}const se=new Map,ie=new Map;function Ve(i){let e=ie.get(i);if(e===void 0){let t;try{t=new Intl.Locale(i).region}catch{t=void 0}e=t==="US"||t==="GB"||t==="LR"||t==="MM",ie.set(i,e)}return e}function ne(i,e){const t=Ve(e),[s,n]=t?[i/1.609344,"mile"]:i<1?[Math.round(i*1e3/50)*50,"meter"]:[i,"kilometer"],o=`${e}|${n}|${s<10?1:0}`;let r=se.get(o);return r||(r=new Intl.NumberFormat(e,{style:"unit",unit:n,maximumFractionDigits:n==="meter"||s>=10?0:1}),se.set(o,r)),r.format(s)}function We(i,e){const t=i.stops.filter(o=>(H(o)?.[1]??0)>e.at.getTime());if(t.length===0)return d;const s=new Intl.DateTimeFormat(e.locale,{dateStyle:"medium",timeStyle:"short"}),n=`${e.inList?.idPrefix??""}stops-heading`;return l`<section class="stops" aria-labelledby=${n}>
    <div id=${n} class="stops-heading" role="heading" aria-level=${Math.min(6,e.headingLevel+1)}>
      ${a("Next stops",{id:"finder.stops"})}
    </div>
    <ol part="stops">
      ${t.map(o=>{const r=H(o),c=N(o.place,e.locale,e.dataset);return l`<li>
          <span lang=${c.lang??d} dir=${A(c.lang)}>${c.text}</span>:
          ${s.formatRange(new Date(r[0]),new Date(r[1]))}
        </li>`})}
    </ol>
  </section>`}function Je(i){switch(i.appointment){case"walk-in":return a("No appointment needed: come during opening hours.",{id:"finder.walk-in"});case"appointment":return a("By appointment only: get in touch first.",{id:"finder.appointment"});case"either":return a("Come during opening hours, or make an appointment.",{id:"finder.either"});default:return}}function re(i){return l`<button part="shortlist-toggle" class="secondary" type="button" @click=${i.onShortlist}>
    ${i.shortlisted?a("Remove from my list",{id:"finder.shortlist.remove"}):a("Add to my list",{id:"finder.shortlist.add"})}
  </button>`}function oe(i,e){const{centre:t}=i,s=v=>N(v,e.locale,e.dataset),n=s(t.name),o=s(t.operator),r=s(t.description),c=s(t.address),h=s(t.city),b=Math.min(6,Math.max(1,Math.round(e.headingLevel)||2)),x=(t.kind==="mobile-team"?_e(t,e.at.getTime())?.stop:void 0)?.position??t.position,m=x?Ze(x):void 0,f=t.services.map(v=>e.dataset.taxonomy.find(L=>L.id===v)?.name??v),g=Je(t),y=s(t.accessibility?.notes),S=`${e.inList?.idPrefix??""}details-name`;return l`<article part="details" class="details" aria-labelledby=${S}>
    ${e.inList?d:l`<div class="details-bar no-print">
            <button part="back" class="secondary" type="button" @click=${e.onBack}>
              ${a("Back to the list",{id:"finder.back"})}
            </button>
            <button part="print" class="secondary" type="button" @click=${e.onPrint}>
              ${a("Print or save",{id:"finder.print"})}
            </button>
            ${re(e)}
          </div>`}
    <div
      id=${S}
      class="details-name"
      role="heading"
      aria-level=${b}
      tabindex=${e.inList?d:"-1"}
      lang=${n.lang??d}
      dir=${A(n.lang)}
    >
      ${n.text}
    </div>
    <p class="meta">
      <span class="kind">${B(t.kind)}</span>
      ${i.distanceKm!==void 0?l` · ${ne(i.distanceKm,e.locale)}`:d} ·
      <span class="status ${i.status.state}">${z(i.status,t,e.at,e.locale)}</span>
    </p>
    ${o.text?l`<p class="operator">${a("Run by",{id:"finder.operator"})} <span lang=${o.lang??d} dir=${A(o.lang)}>${o.text}</span></p>`:d}
    ${r.text?l`<p lang=${r.lang??d} dir=${A(r.lang)}>${r.text}</p>`:d}
    ${c.text||h.text?l`<p
            part="address"
            class="address"
            lang=${c.lang??h.lang??d}
            dir=${A(c.lang??h.lang)}
          >
            ${c.text}${c.text&&h.text?l`<br />`:d}${h.text}
          </p>`:d}
    ${m?l`<p class="directions no-print">
            <a part="directions" href=${m.geo}>${a("Open in my maps app",{id:"finder.geo"})}</a>
            <a part="directions" href=${m.osm} target="_blank" rel="noopener noreferrer">
              ${a("See on OpenStreetMap",{id:"finder.osm"})}
              <span class="visually-hidden">${a("(opens in a new tab)",{id:"common.new-tab"})}</span>
            </a>
          </p>`:d}
    ${We(t,e)}
    ${t.channels.length>0?$e(t.channels,t.channels.map(v=>v.hours?{state:"unknown"}:i.status),{...e,compact:!1,ownerFree:!1}):d}
    ${t.hours?te(t.hours,e):d}
    <dl class="facts">
      ${f.length>0?l`<dt>${a("Services",{id:"finder.services"})}</dt>
              <dd>
                ${f.map(v=>{const L=s(v);return l`<span class="chip" lang=${L.lang??d}>${L.text}</span> `})}
              </dd>`:d}
      ${t.audiences.length>0?l`<dt>${a("For",{id:"finder.audiences"})}</dt>
              <dd>${t.audiences.map(v=>l`<span class="chip">${s(Z[v]).text}</span> `)}</dd>`:d}
      ${t.languages.length>0?l`<dt>${a("Languages",{id:"finder.languages"})}</dt>
              <dd>${E(t.languages,e.locale)}</dd>`:d}
      ${g?l`<dt>${a("Appointments",{id:"finder.appointments"})}</dt>
              <dd>${g}</dd>`:d}
      ${t.accessibility?l`<dt>${a("Access",{id:"finder.access"})}</dt>
              <dd>
                ${t.accessibility.wheelchair===!0?a("Step-free access for wheelchairs.",{id:"finder.wheelchair"}):d}
                ${t.accessibility.wheelchair===!1?a("No step-free access.",{id:"finder.no-wheelchair"}):d}
                ${y.text?l`<span lang=${y.lang??d} dir=${A(y.lang)}>${y.text}</span>`:d}
              </dd>`:d}
    </dl>
    ${t.lastVerified?l`<p class="verified">
            ${a(w`Information checked on ${q(t.lastVerified,e.locale)}`,{id:"hotline.verified"})}
          </p>`:d}
    ${e.inList?l`<p class="no-print">${re(e)}</p>`:d}
  </article>`}const Ge=[be,ve,we,ke`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    .layout {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    /* Wide enough: list and details side by side; narrow: one at a time. */
    @container (min-width: 48rem) {
      .layout.has-details {
        grid-template-columns: minmax(16rem, 1fr) minmax(20rem, 1.4fr);
        align-items: start;
      }
    }
    @container (max-width: 47.99rem) {
      .hide-narrow {
        display: none;
      }
    }
    .search {
      display: grid;
      gap: 0.5rem;
    }
    label {
      font-weight: 600;
    }
    .search-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    input[type='search'],
    select {
      flex: 1 1 12rem;
      min-block-size: 44px;
      padding-inline: 0.75rem;
      border: 2px solid var(--mrc-color-text, #1a1a1a);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
      color: inherit;
      font: inherit;
    }
    .located {
      color: var(--mrc-color-muted, #595959);
      font-size: 0.9em;
    }
    .located.problem {
      color: var(--mrc-color-text, #1a1a1a);
      border-inline-start: 4px solid var(--mrc-color-closed, #a8201a);
      padding-inline-start: 0.5rem;
    }
    .filters {
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      padding: 0.5rem 0.75rem;
    }
    .filters summary {
      min-block-size: 44px;
      display: flex;
      align-items: center;
      cursor: pointer;
      font-weight: 600;
    }
    .filters[open] {
      display: grid;
      gap: 0.5rem;
    }
    fieldset {
      margin: 0;
      padding: 0.25rem 0 0;
      border: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 44px;
      font-weight: 400;
    }
    .check input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      flex: none;
    }
    .summary {
      font-weight: 600;
    }
    .results {
      display: block;
      min-block-size: 4rem;
    }
    .result-item {
      inline-size: 100%;
      padding-block-end: 0.5rem;
      /* Rows off screen are neither laid out nor painted: a list of thousands scrolls smoothly,
         while every row stays in the page for screen readers and find-in-page. */
      content-visibility: auto;
      contain-intrinsic-size: auto 7.5rem;
    }
    .result {
      display: grid;
      gap: 0.125rem;
      inline-size: 100%;
      padding: 0.75rem;
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .result:hover .result-name {
      text-decoration: underline;
    }
    .result-name {
      color: var(--mrc-color-primary, #0b5cad);
      font-weight: 700;
      font-size: 1.05em;
    }
    .result-meta,
    .result-services,
    .result-languages,
    .verified,
    .operator,
    .result-status.open,
    .status.open {
      color: var(--mrc-color-open, #1b6e2d);
    }
    .result-status.closed,
    .status.closed {
      color: var(--mrc-color-closed, #a8201a);
    }
    .more {
      justify-self: start;
    }
    .offline {
      border-inline-start: 6px solid var(--mrc-color-focus, #ffbf47);
    }
    .loading {
      min-block-size: 14rem;
      align-content: start;
    }
    .skeleton.input {
      block-size: 44px;
    }
    .skeleton.line {
      block-size: 1rem;
      inline-size: 40%;
    }
    .skeleton.row {
      block-size: 5rem;
    }
    .details {
      display: grid;
      gap: 0.75rem;
      padding: var(--mrc-space, 1rem);
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
      overflow-wrap: anywhere;
    }
    .shortlist-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin-block: 0.5rem;
      padding: 0.5rem;
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
    }
    .shortlist-view {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    .details-bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: space-between;
    }
    .details-name {
      font-size: 1.3em;
      font-weight: 700;
      line-height: 1.25;
    }
    .details-name:focus {
      outline: none;
    }
    .details-name:focus-visible {
      outline: 3px solid var(--mrc-color-focus, #ffbf47);
    }
    .address {
      white-space: pre-line;
    }
    .directions {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
    }
    .directions a,
    .details a:not(.action) {
      color: var(--mrc-color-primary, #0b5cad);
      min-block-size: 44px;
      display: inline-flex;
      align-items: center;
    }
    .hours-table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .hours-table caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.25rem;
    }
    .hours-table th,
    .hours-table td {
      text-align: start;
      padding-block: 0.25rem;
      padding-inline-end: 0.75rem;
      border-block-end: 1px solid var(--mrc-color-border, #c9c9c9);
      vertical-align: top;
      font-weight: 400;
    }
    .hours-table tr.today th,
    .hours-table tr.today td {
      font-weight: 700;
    }
    .stops-heading {
      font-weight: 700;
    }
    .stops ol {
      margin: 0.25rem 0 0;
      padding-inline-start: 1.25rem;
    }
    .facts {
      display: grid;
      gap: 0.25rem;
      margin: 0;
    }
    .facts dt {
      font-weight: 700;
    }
    .facts dd {
      margin: 0 0 0.5rem;
    }
    .chip {
      display: inline-block;
      margin-block-end: 0.25rem;
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: 999px;
      font-size: 0.9em;
    }
    @media print {
      .no-print,
      .search,
      .results,
      .summary,
      .more {
        display: none !important;
      }
      .details {
        border: 0;
        padding: 0;
      }
      /* The person's list on paper: one centre after another, each name kept with its details. */
      .shortlist-view .details {
        border-block-start: 1px solid currentColor;
        padding-block-start: 0.5rem;
      }
      .details-name {
        break-after: avoid;
      }
      .action {
        background: none;
        color: inherit;
        border: 1px solid currentColor;
      }
    }
  `];function Xe(i=15e3){return typeof navigator>"u"||!navigator.geolocation?Promise.resolve({ok:!1,problem:"unsupported"}):new Promise(e=>{navigator.geolocation.getCurrentPosition(({coords:t})=>e({ok:!0,position:{lat:t.latitude,lng:t.longitude}}),t=>e({ok:!1,problem:t.code===t.PERMISSION_DENIED?"denied":t.code===t.TIMEOUT?"timeout":"unavailable"}),{enableHighAccuracy:!1,timeout:i,maximumAge:5*6e4})})}function et(i){const e=/^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(i??"");if(!e)return;const t=Number(e[1]),s=Number(e[2]);return Math.abs(t)<=90&&Math.abs(s)<=180?{lat:t,lng:s}:void 0}function U(i){return(i??"").split(/[\s,]+/).filter(Boolean)}function tt(i){return[...new Set(i.centres.map(e=>e.country))].sort()}function ae(i,e,t){const s=new Map;for(const o of i.centres){if(!o.region||e&&o.country!==e)continue;const r=xe(o.region,i.defaultLocale,[i.defaultLocale]),c=D(r);if(c===""||s.has(c))continue;const{text:h,lang:b}=N(o.region,t,i),x=typeof o.region=="string"?[o.region]:Object.values(o.region),m=[...new Set(x.map(D))];s.set(c,{value:r,label:h,lang:b??i.defaultLocale,keys:m})}const n=new Intl.Collator(t);return[...s.values()].sort((o,r)=>n.compare(o.label,r.label))}function le(i,e){const t=D(e);return t===""?void 0:i.find(s=>s.keys.includes(t))}const ce=["services","audiences","languages","kinds"];function de(i){const e=new URLSearchParams(i),t={};e.has("mrc-q")&&(t.text=e.get("mrc-q")??"");for(const s of ce){const n=e.get(`mrc-${s}`);n!==null&&(t[s]=n.split(",").filter(Boolean))}return e.has("mrc-open")&&(t.openNow=e.get("mrc-open")==="1"),e.has("mrc-country")&&(t.country=(e.get("mrc-country")??"").toUpperCase()),e.has("mrc-region")&&(t.region=e.get("mrc-region")??""),t.centre=e.get("mrc-centre")??void 0,t}function st(i,e){const t=new URLSearchParams(i);for(const n of[...t.keys()])n.startsWith("mrc-")&&t.delete(n);e.text.trim()&&t.set("mrc-q",e.text.trim());for(const n of ce)e[n].length>0&&t.set(`mrc-${n}`,e[n].join(","));e.openNow&&t.set("mrc-open","1"),e.country&&t.set("mrc-country",e.country),e.region&&t.set("mrc-region",e.region),e.centre&&t.set("mrc-centre",e.centre);const s=t.toString();return s?`?${s}`:""}function he(i,e){if(i===1)return a("1 centre on your list.",{id:"finder.shortlist.one"});const t=new Intl.NumberFormat(e).format(i);return a(w`${t} centres on your list.`,{id:"finder.shortlist.many"})}function it(i,e,t){return l`<div part="shortlist" class="shortlist-bar no-print">
    <span>${he(i,e)}</span>
    <button class="secondary" type="button" @click=${t}>
      ${a("See, print or save my list",{id:"finder.shortlist.open"})}
    </button>
  </div>`}function nt(i,e){const t=Math.min(6,Math.max(1,Math.round(e.headingLevel)||2));return l`<section part="shortlist-view" class="shortlist-view" aria-labelledby="shortlist-heading">
    <div class="details-bar no-print">
      <button part="back" class="secondary" type="button" @click=${e.onBack}>
        ${a("Back to the list",{id:"finder.back"})}
      </button>
      <button part="print" class="secondary" type="button" @click=${e.onPrint}>
        ${a("Print or save",{id:"finder.print"})}
      </button>
      <button class="secondary" type="button" @click=${e.onClear}>
        ${a("Clear my list",{id:"finder.shortlist.clear"})}
      </button>
    </div>
    <div id="shortlist-heading" class="details-name" role="heading" aria-level=${t} tabindex="-1">
      ${a("My list of centres",{id:"finder.shortlist.heading"})}
    </div>
    ${i.map((s,n)=>oe({...s,status:Q(s.centre,e.at)},{...e,headingLevel:t+1,shortlisted:!0,onShortlist:()=>e.onRemove(s.centre.id),onContact:o=>e.onContact(o,s.centre.id),inList:{idPrefix:`shortlist-${n}-`}}))}
  </section>`}var rt=Object.defineProperty,p=(i,e,t,s)=>{for(var n=void 0,o=i.length-1,r;o>=0;o--)(r=i[o])&&(n=r(e,t,n)||n);return n&&rt(e,t,n),n};const k=50,ot=30,at=250,ue=2e3,lt=1e3;class u extends Se{constructor(){super(...arguments),this.headingLevel=2,this.map=!1,this.syncUrl=!1,this.typed="",this.text="",this.chosenServices=[],this.chosenAudiences=[],this.chosenLanguages=[],this.chosenKinds=[],this.openNow=!1,this.chosenCountry="",this.chosenRegion="",this.located="idle",this.limit=k,this.shortlist=[],this.showingShortlist=!1,this.shortlistNote="",this.lastSearchMs=1/0,this.onPopState=()=>this.applyUrl(),this.focusDetails=!1,this.base=new R(this,{task:async([e])=>this.loadFrom(e),args:()=>[this.activeClient]}),this.lastSearchKey="",this.results=new R(this,{task:async([e])=>{if(!e.client)throw new Ce(Ne);await this.base.taskComplete;const t=j(e),s=this.results.value,n=this.at;if(s&&t===this.lastSearchKey&&s.items.length>0&&e.limit>s.items.length){const c=s.items.length,h=await e.client.centres.search({...this.toSdkQuery(e),offset:c,limit:e.limit-c},n);return{...h,items:[...s.items,...h.items]}}const o=performance.now(),r=await e.client.centres.search(this.toSdkQuery(e),n);return this.lastSearchMs=performance.now()-o,this.lastSearchKey=t,this.announceLater(r.total),this.emit(new Ae({hasText:e.text.trim()!=="",nearby:e.near!==void 0,services:M(e.services),audiences:M(e.audiences),languages:M(e.languages),kinds:M(e.kinds),openNow:e.openNow,...e.country&&{country:e.country},...e.region&&{region:e.region},total:r.total})),r},args:()=>[this.currentQuery()],argsEqual:([e],[t])=>e.client===t.client&&j(e)===j(t)&&e.limit===t.limit}),this.mapResults=new R(this,{task:async([e,t])=>!t||!e.client?[]:(await this.base.taskComplete,(await e.client.centres.search({...this.toSdkQuery(e),limit:ue},this.at)).items),args:()=>[{...this.currentQuery(),limit:ue},this.map],argsEqual:([e,t],[s,n])=>t===n&&e.client===s.client&&JSON.stringify({...e,client:0})===JSON.stringify({...s,client:0})}),this.selectedCentre=new R(this,{task:async([e,t])=>{if(!e||!t)return;const s=await e.centres.get(t);return s?{centre:s,status:Q(s,this.at)}:void 0},args:()=>[this.activeClient,this.selectedId]}),this.urlApplied=!1,this.pushedSelection=!1,this.readingUrl=!1}static{this.styles=Ge}announceLater(e){clearTimeout(this.announceTimer),this.announceTimer=setTimeout(()=>this.announcedTotal=e,lt)}get at(){return this.now??new Date}currentQuery(){return{client:this.activeClient,text:this.text,services:this.chosenServices.join(" "),audiences:this.chosenAudiences.join(" "),languages:this.chosenLanguages.join(" "),kinds:this.chosenKinds.join(" "),openNow:this.openNow,country:this.chosenCountry,region:this.chosenRegion,near:this.position,radiusKm:this.radiusKm,limit:this.limit,locale:this.locale,now:this.now?.getTime()}}toSdkQuery(e){const t=s=>s?M(s):void 0;return{...e.text.trim()&&{text:e.text},...t(e.services)&&{services:t(e.services)},...t(e.audiences)&&{audiences:t(e.audiences)},...t(e.languages)&&{languages:t(e.languages)},...t(e.kinds)&&{kinds:t(e.kinds)},...e.openNow&&{openAt:this.at},...e.country&&{country:e.country},...e.region&&{region:e.region},...e.near&&{near:e.near},...e.near&&e.radiusKm&&{radiusKm:e.radiusKm},locale:this.locale,limit:e.limit}}willUpdate(e){super.willUpdate(e);const t=this.syncUrl&&!this.hasUpdated?de(window.location.search):{};e.has("services")&&!t.services&&(this.chosenServices=U(this.services)),e.has("audience")&&!t.audiences&&(this.chosenAudiences=U(this.audience)),e.has("country")&&t.country===void 0&&(this.chosenCountry=(this.country??"").trim().toUpperCase()),e.has("region")&&t.region===void 0&&(this.chosenRegion=(this.region??"").trim()),e.has("map")&&this.map&&import("./finder-map-N7FMQtcl.js").catch(s=>{this.emit(new Le({message:`The map could not be loaded: ${String(s)}`,source:"map",error:s}))}),e.has("near")&&(this.position=et(this.near),this.located="idle")}updated(e){if(super.updated(e),this.watchListEnd(),this.writeUrl(e),e.has("selectedId")&&this.selectedId&&(this.focusDetails=!0),this.focusDetails&&this.detailsHeading&&(this.focusDetails=!1,this.detailsHeading.focus()),e.has("showingShortlist")&&this.hasUpdated&&e.get("showingShortlist")!==void 0){if(this.showingShortlist)this.shortlistHeading?.focus();else if(!this.selectedId){const t=this.shortlist.length>0?'[part~="shortlist"] button':'[part~="input"]';this.renderRoot.querySelector(t)?.focus()}}if(e.has("shortlistNote")&&this.shortlistNote){const t=this.shortlistNote;setTimeout(()=>{this.shortlistNote===t&&(this.shortlistNote="")},5e3)}if(e.has("selectedId")&&!this.selectedId&&this.lastResultFocus&&this.renderRoot.querySelector(`[data-centre="${CSS.escape(this.lastResultFocus)}"]`)?.focus(),e.has("copied")&&this.copied){const t=this.copied;setTimeout(()=>{this.copied===t&&(this.copied=void 0)},5e3)}}connectedCallback(){super.connectedCallback(),this.syncUrl&&(this.applyUrl(),window.addEventListener("popstate",this.onPopState))}disconnectedCallback(){super.disconnectedCallback(),this.moreObserver?.disconnect(),this.moreObserver=void 0,clearTimeout(this.announceTimer),clearTimeout(this.urlTextTimer),clearTimeout(this.typingTimer),window.removeEventListener("popstate",this.onPopState)}watchListEnd(){if(typeof IntersectionObserver>"u")return;this.moreObserver??=new IntersectionObserver(t=>{const s=this.results.value?.items.length??0;t.some(n=>n.isIntersecting)&&this.results.status===Te.COMPLETE&&s>=this.limit&&(this.limit+=k)},{rootMargin:"0px 0px 600px 0px"}),this.moreObserver.disconnect();const e=this.renderRoot.querySelector(".more-sentinel");e&&this.moreObserver.observe(e)}urlState(){return{text:this.text,services:this.chosenServices,audiences:this.chosenAudiences,languages:this.chosenLanguages,kinds:this.chosenKinds,openNow:this.openNow,country:this.chosenCountry,region:this.chosenRegion,centre:this.selectedId}}applyUrl(){const e=de(window.location.search);this.text=this.typed=e.text??"",this.chosenServices=e.services??U(this.services),this.chosenAudiences=e.audiences??U(this.audience),this.chosenLanguages=e.languages??[],this.chosenKinds=e.kinds??[],this.openNow=e.openNow??!1,this.chosenCountry=e.country??(this.country??"").trim().toUpperCase(),this.chosenRegion=e.region??(this.region??"").trim(),this.selectedId=e.centre,e.centre||(this.pushedSelection=!1),this.readingUrl=!0,this.urlApplied=!0,this.updateComplete.then(()=>this.readingUrl=!1)}back(){this.syncUrl&&this.pushedSelection?(this.pushedSelection=!1,window.history.back()):this.selectedId=void 0}writeUrl(e){if(!this.syncUrl||!this.urlApplied||this.readingUrl)return;const t=["chosenServices","chosenAudiences","chosenLanguages","chosenKinds","openNow","chosenCountry","chosenRegion"];e.has("selectedId")?this.writeUrlNow(e.get("selectedId")===void 0&&!!this.selectedId):t.some(s=>e.has(s))?this.writeUrlNow(!1):e.has("text")&&(clearTimeout(this.urlTextTimer),this.urlTextTimer=setTimeout(()=>this.writeUrlNow(!1),1e3))}writeUrlNow(e){const t=st(window.location.search,this.urlState());if(t===window.location.search)return;const s=`${window.location.pathname}${t}${window.location.hash}`;e?(window.history.pushState(null,"",s),this.pushedSelection=!0):window.history.replaceState(null,"",s)}onType(e){this.typed=e.target.value,clearTimeout(this.typingTimer),this.typingTimer=setTimeout(()=>{this.text=this.typed,this.limit=k},this.lastSearchMs<ot?0:at)}onSubmit(e){e.preventDefault(),clearTimeout(this.typingTimer),this.text=this.typed,this.limit=k}async locate(){if(this.located==="asking")return;this.located="asking";const e=await Xe();e.ok?(this.position=e.position,this.located="located",this.limit=k):this.located=e.problem}toggle(e,t,s){const n=this[e];this[e]=s?[...new Set([...n,t])]:n.filter(o=>o!==t),this.limit=k}select(e){this.lastResultFocus=e.centre.id,this.showingShortlist=!1,this.selectedId=e.centre.id,this.emit(new _({centreId:e.centre.id}))}showCentre(e){this.lastResultFocus=void 0,this.showingShortlist=!1,this.selectedId=e,this.emit(new _({centreId:e}))}toggleShortlist(e){const t=e.centre.id,s=!this.shortlist.some(o=>o.centre.id===t);this.shortlist=s?[...this.shortlist,e]:this.shortlist.filter(o=>o.centre.id!==t);const n=he(this.shortlist.length,this.locale);this.shortlistNote=s?a(w`Added to your list. ${n}`,{id:"finder.shortlist.added"}):a(w`Removed from your list. ${n}`,{id:"finder.shortlist.removed"}),this.shortlist.length===0&&(this.showingShortlist=!1)}openShortlist(){this.lastResultFocus=void 0,this.selectedId=void 0,this.showingShortlist=!0}clearShortlist(){this.shortlist=[],this.showingShortlist=!1,this.shortlistNote=a("Your list is now empty.",{id:"finder.shortlist.cleared"})}async showMore(){const e=this.results.value?.items.length??0;this.limit+=k,await this.results.taskComplete,await this.updateComplete;const t=this.results.value?.items[e]?.centre.id;t&&this.renderRoot.querySelector(`[data-centre="${CSS.escape(t)}"]`)?.focus()}widen(){this.text=this.typed="",this.chosenCountry="",this.chosenRegion="",this.chosenServices=[],this.chosenAudiences=[],this.chosenLanguages=[],this.chosenKinds=[],this.openNow=!1,this.radiusKm=void 0,this.limit=k}render(){return l`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.base.render({initial:()=>this.renderLoading(),pending:()=>this.renderLoading(),error:e=>this.renderError(e),complete:e=>this.renderFinder(e)})}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</div>
    </div>`}announcement(){return this.copied?Ie(this.copied):this.shortlistNote?this.shortlistNote:this.announcedTotal===void 0?"":this.countText(this.announcedTotal)}countText(e){if(e===0)return a("No centre found.",{id:"finder.count.none"});if(e===1)return a("1 centre found.",{id:"finder.count.one"});const t=new Intl.NumberFormat(this.locale).format(e);return a(w`${t} centres found.`,{id:"finder.count.many"})}renderLoading(){return l`<div part="message" class="message loading" aria-busy="true">
      <span class="skeleton input" aria-hidden="true"></span>
      <span class="skeleton line" aria-hidden="true"></span>
      <span class="skeleton row" aria-hidden="true"></span>
      <span class="skeleton row" aria-hidden="true"></span>
      <span class="visually-hidden">${a("Loading centres\u2026",{id:"finder.loading"})}</span>
      <slot></slot>
    </div>`}renderError(e){return Me(a("The list of centres could not be loaded.",{id:"finder.error"}),e,()=>{this.base.run()})}renderFinder(e){const{dataset:t}=e,s=this.selectedId?this.results.value?.items.find(r=>r.centre.id===this.selectedId)??(this.selectedCentre.value?.centre.id===this.selectedId?this.selectedCentre.value:void 0):void 0,n={locale:this.locale,at:this.at,dataset:t,headingLevel:this.headingLevel,onPrint:()=>window.print(),onContact:(r,c)=>this.emit(new Oe({centreId:c,channel:r.kind})),onCopy:r=>{Ue(r).then(c=>this.copied=c)}};let o=d;return this.showingShortlist&&this.shortlist.length>0?o=nt(this.shortlist,{...n,onBack:()=>this.showingShortlist=!1,onRemove:r=>this.toggleShortlist(this.shortlist.find(c=>c.centre.id===r)),onClear:()=>this.clearShortlist()}):s&&(o=oe(s,{...n,onBack:()=>this.back(),shortlisted:this.shortlist.some(r=>r.centre.id===s.centre.id),onShortlist:()=>this.toggleShortlist(s),onContact:r=>n.onContact(r,s.centre.id)})),l`${this.renderOffline(e)}
      <div class="layout ${o!==d?"has-details":""}">
        <div class="list-side ${o!==d?"no-print hide-narrow":""}">
          ${this.renderSearch(t)}
          ${this.shortlist.length>0?it(this.shortlist.length,this.locale,()=>this.openShortlist()):d}
          ${this.renderResults(t)} ${this.renderMap(t)}
        </div>
        ${o!==d?l`<div class="details-side">${o}</div>`:d}
      </div>`}renderMap(e){if(!this.map)return d;const t=this.mapResults.value??[];return l`<mrc-finder-map
      part="map"
      class="map no-print"
      .results=${t}
      .selectedId=${this.selectedId}
      .tileUrl=${this.tileUrl}
      .attribution=${this.tileAttribution}
      .locale=${this.locale}
      .defaultLocale=${e.defaultLocale}
      .now=${this.now}
      .label=${a("Map of the centres",{id:"finder.map"})}
      .zoomInLabel=${a("Zoom in",{id:"finder.map.zoom-in"})}
      .zoomOutLabel=${a("Zoom out",{id:"finder.map.zoom-out"})}
      .clusterLabel=${s=>a(w`${new Intl.NumberFormat(this.locale).format(s)} centres`,{id:"finder.map.cluster"})}
      @mrc-map-select=${s=>{s.stopPropagation(),this.selectedId=s.detail.centreId,this.emit(new _({centreId:s.detail.centreId}))}}
    ></mrc-finder-map>`}renderOffline(e){const t=e.freshness?.staleReason?e.freshness:void 0;if(!t)return d;const s=q(t.fetchedAt.toISOString().slice(0,10),this.locale);return l`<p part="message" class="message offline" role="status">
      ${a(w`You seem to be offline. This information dates from ${s}.`,{id:"finder.offline"})}
    </p>`}renderSearch(e){const t=tt(e),s=ae(e,this.chosenCountry,this.locale),n=[...new Set(e.centres.flatMap(r=>r.languages.map(c=>c.split("-")[0])))].sort(),o=this.chosenServices.length+this.chosenAudiences.length+this.chosenLanguages.length+this.chosenKinds.length+(this.openNow?1:0);return l`<form part="search" class="search" role="search" @submit=${this.onSubmit}>
      <label for="q">${a("Town, centre or service",{id:"finder.search-label"})}</label>
      <div class="search-row">
        <input part="input" id="q" type="search" autocomplete="off" .value=${this.typed} @input=${this.onType} />
        <button
          part="locate"
          class="secondary"
          type="button"
          @click=${()=>{this.locate()}}
          aria-disabled=${this.located==="asking"?"true":"false"}
        >
          ${this.located==="asking"?a("Finding you\u2026",{id:"finder.locating"}):a("Use my location",{id:"finder.locate"})}
        </button>
      </div>
      ${this.renderLocated()} ${this.renderPlaces(t,s)}
      <details part="filters" class="filters">
        <summary>
          ${o>0?a(w`Filters (${o})`,{id:"finder.filters-count"}):a("Filters",{id:"finder.filters"})}
        </summary>
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.openNow}
            @change=${r=>(this.openNow=r.target.checked,this.limit=k)}
          />
          ${a("Open now",{id:"hotline.open"})}
        </label>
        ${this.renderChecks("services",a("Services",{id:"finder.services"}),e.taxonomy.map(r=>[r.id,N(r.name,this.locale,e).text]),this.chosenServices,"chosenServices")}
        ${this.renderChecks("audiences",a("For",{id:"finder.audiences"}),De.map(r=>[r,N(Z[r],this.locale,e).text]),this.chosenAudiences,"chosenAudiences")}
        ${this.renderChecks("kinds",a("Kind",{id:"finder.kinds"}),Fe.map(r=>[r,B(r)]),this.chosenKinds,"chosenKinds")}
        ${n.length>1?l`<label for="language">${a("Language spoken",{id:"finder.language"})}</label>
                <select
                  id="language"
                  @change=${r=>{const c=r.target.value;this.chosenLanguages=c?[c]:[],this.limit=k}}
                >
                  <option value="" ?selected=${this.chosenLanguages.length===0}>
                    ${a("Any language",{id:"finder.any-language"})}
                  </option>
                  ${n.map(r=>l`<option value=${r} ?selected=${this.chosenLanguages[0]===r}>${E([r],this.locale)}</option>`)}
                </select>`:d}
      </details>
    </form>`}renderPlaces(e,t){const s=le(t,this.chosenRegion);return l`${e.length>1?l`<label for="country">${a("Country",{id:"finder.country"})}</label>
            <select id="country" @change=${n=>this.chooseCountry(n.target.value)}>
              <option value="" ?selected=${!this.chosenCountry}>
                ${a("All countries",{id:"finder.all-countries"})}
              </option>
              ${e.map(n=>l`<option value=${n} ?selected=${this.chosenCountry===n}>${Re(n,this.locale)}</option>`)}
            </select>`:d}
    ${t.length>1||t.length===1&&!s&&this.chosenRegion?l`<label for="region">${a("Region",{id:"finder.region"})}</label>
            <select
              id="region"
              @change=${n=>(this.chosenRegion=n.target.value,this.limit=k)}
            >
              <option value="" ?selected=${!s}>${a("All regions",{id:"finder.all-regions"})}</option>
              ${t.map(n=>l`<option value=${n.value} lang=${n.lang} ?selected=${n===s}>${n.label}</option>`)}
            </select>`:d}`}chooseCountry(e){this.chosenCountry=e,this.base.value&&!le(ae(this.base.value.dataset,e,this.locale),this.chosenRegion)&&(this.chosenRegion=""),this.limit=k}renderChecks(e,t,s,n,o){return l`<fieldset class="checks">
      <legend>${t}</legend>
      ${s.map(([r,c])=>l`<label class="check">
            <input
              type="checkbox"
              name=${e}
              .checked=${n.includes(r)}
              @change=${h=>this.toggle(o,r,h.target.checked)}
            />
            ${c}
          </label>`)}
    </fieldset>`}renderLocated(){switch(this.located){case"located":return l`<p class="located">${a("Nearest first, from where you are.",{id:"finder.located"})}</p>`;case"denied":return l`<p class="located problem" role="alert">
          ${a("Your location was not shared, so the list is not sorted by distance. You can still search by town or centre name.",{id:"finder.denied"})}
        </p>`;case"unavailable":case"timeout":return l`<p class="located problem" role="alert">
          ${a("Your location could not be found just now. You can search by town or centre name instead.",{id:"finder.unavailable"})}
        </p>`;case"unsupported":return l`<p class="located problem" role="alert">
          ${a("This browser cannot share a location. You can search by town or centre name.",{id:"finder.unsupported"})}
        </p>`;default:return d}}renderResults(e){return this.results.render({initial:()=>l`<div class="skeleton row" aria-hidden="true"></div>`,pending:()=>this.results.value?this.renderList(this.results.value,e,!0):l`<div class="skeleton row" aria-hidden="true"></div>`,error:t=>this.renderError(t),complete:t=>this.renderList(t,e,!1)})}renderList(e,t,s){if(e.total===0)return l`<div part="message" class="message empty">
        <p>${a("No centre matches this search.",{id:"finder.empty"})}</p>
        <button class="secondary" type="button" @click=${this.widen}>
          ${a("Clear the search and filters",{id:"finder.widen"})}
        </button>
      </div>`;const n=new Intl.NumberFormat(this.locale).format(e.items.length),o=new Intl.NumberFormat(this.locale).format(e.total);return l`<p part="summary" class="summary" aria-busy=${s?"true":"false"}>
        ${this.countText(e.total)}
        ${e.items.length<e.total?a(w`Showing ${n} of ${o}.`,{id:"finder.showing"}):d}
      </p>
      <div part="results" class="results" role="list">
        ${X(ct(e.items),r=>r[0].centre.id,r=>Be([...r,t,this.locale,this.now],()=>X(r,c=>c.centre.id,c=>this.renderResult(c,t))))}
      </div>
      ${e.items.length<e.total?l`<div class="more-sentinel" aria-hidden="true"></div>
              <button part="more" class="secondary more" type="button" @click=${()=>{this.showMore()}}>
                ${a("Show more results",{id:"finder.more"})}
              </button>`:d}`}renderResult(e,t){const{centre:s}=e,n=N(s.name,this.locale,t),o=N(s.city,this.locale,t),r=s.services.slice(0,3).map(c=>N(t.taxonomy.find(h=>h.id===c)?.name??c,this.locale,t).text);return l`<div role="listitem" class="result-item">
      <button part="result" class="result" type="button" data-centre=${s.id} @click=${()=>this.select(e)}>
        <span class="result-name" lang=${n.lang??d} dir=${A(n.lang)}>${n.text}</span>
        <span class="result-meta">
          ${B(s.kind)}${o.text?l` · <span lang=${o.lang??d}>${o.text}</span>`:d}${e.distanceKm!==void 0?l` · ${ne(e.distanceKm,this.locale)}`:d}
        </span>
        <span class="result-status ${e.status.state}"
          >${z(e.status,s,this.at,this.locale)}</span
        >
        ${r.length>0?l`<span class="result-services">${r.join(" \xB7 ")}</span>`:d}
        ${s.languages.length>0?l`<span class="result-languages"
                >${a(w`Languages: ${E(s.languages,this.locale)}`,{id:"channel.languages"})}</span
              >`:d}
      </button>
    </div>`}}p([C()],u.prototype,"country"),p([C()],u.prototype,"region"),p([C()],u.prototype,"services"),p([C()],u.prototype,"audience"),p([C()],u.prototype,"near"),p([C({attribute:"radius-km",type:Number})],u.prototype,"radiusKm"),p([C({attribute:"heading-level",type:Number})],u.prototype,"headingLevel"),p([C({type:Boolean})],u.prototype,"map"),p([C({attribute:"tile-url"})],u.prototype,"tileUrl"),p([C({attribute:"tile-attribution"})],u.prototype,"tileAttribution"),p([C({attribute:"sync-url",type:Boolean})],u.prototype,"syncUrl"),p([C({attribute:!1})],u.prototype,"now"),p([$()],u.prototype,"typed"),p([$()],u.prototype,"text"),p([$()],u.prototype,"chosenServices"),p([$()],u.prototype,"chosenAudiences"),p([$()],u.prototype,"chosenLanguages"),p([$()],u.prototype,"chosenKinds"),p([$()],u.prototype,"openNow"),p([$()],u.prototype,"chosenCountry"),p([$()],u.prototype,"chosenRegion"),p([$()],u.prototype,"position"),p([$()],u.prototype,"located"),p([$()],u.prototype,"selectedId"),p([$()],u.prototype,"limit"),p([$()],u.prototype,"copied"),p([$()],u.prototype,"shortlist"),p([$()],u.prototype,"showingShortlist"),p([$()],u.prototype,"shortlistNote"),p([F("#details-name")],u.prototype,"detailsHeading"),p([F("#shortlist-heading")],u.prototype,"shortlistHeading"),p([$()],u.prototype,"announcedTotal");function ct(i){const e=[];for(let t=0;t<i.length;t+=k)e.push(i.slice(t,t+k));return e}function j(i){return JSON.stringify({...i,client:void 0,limit:void 0})}function M(i){return i?i.split(" "):[]}Ee("mrc-centre-finder",u);export{u as M,F as e,te as r,z as s};
