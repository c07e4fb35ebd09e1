import{s as L,a as M,c as T,i as O,M as E,h as S,r as z,b as w,d as s,e as D,f as l,g as H,j as F,k as f,t as $,o as N,A as h,l as b,n as A,p as B,q as I,u as R,v as u,w as k,x as j,y as P,z as V}from"./chunks/state-styles-D_hBng8u.js";function C(m){return m.channels.every(e=>e.hours?.alwaysOpen===!0)}const q=[L,M,T,O`
    .base {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    .hotline,
    .name {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
    }
    .operator,
    .verified,
    .channel-info,
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .badge {
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.85em;
      font-weight: 600;
    }
    .badge.emergency {
      color: var(--mrc-color-closed, #a8201a);
    }
    .status.open .mark {
      color: var(--mrc-color-open, #1b6e2d);
    }
    .status.closed .mark {
      color: var(--mrc-color-closed, #a8201a);
    }
    :host([variant='compact']) .hotline {
      padding: calc(var(--mrc-space, 1rem) * 0.75);
    }
    :host([variant='compact']) .name {
      font-size: 1.1em;
    }
  `];var Z=Object.defineProperty,p=(m,e,t,n)=>{for(var a=void 0,r=m.length-1,o;r>=0;r--)(o=m[r])&&(a=o(e,t,a)||a);return a&&Z(e,t,a),a};const G=15*6e4;class d extends E{constructor(){super(...arguments),this.variant="full",this.headingLevel=2,this.tick=Date.now(),this.data=new S(this,{task:async([e,t,n,a],{signal:r})=>{const{dataset:o}=await this.loadFrom(e,r),i=(t??"").split(/\s+/).filter(Boolean),c=await e.hotlines.list({...i.length>0&&{ids:i},...n&&{country:n},...a&&{topic:a}});return{dataset:o,hotlines:c}},args:()=>[this.activeClient,this.hotline,this.country?.trim()||void 0,this.topic?.trim()||void 0]})}static{this.styles=q}connectedCallback(){super.connectedCallback(),this.tick=Date.now()}disconnectedCallback(){super.disconnectedCallback(),clearTimeout(this.refreshTimer)}get at(){return this.now??new Date(this.tick)}scheduleRefresh(e){if(clearTimeout(this.refreshTimer),this.now||!this.isConnected)return;const t=Math.min(...e.map(a=>a.changesAt?.getTime()??1/0)),n=Math.min(Math.max(t-Date.now()+500,1e3),G);this.refreshTimer=setTimeout(()=>this.tick=Date.now(),n)}updated(e){if(super.updated(e),e.has("copied")&&this.copied){const t=this.copied;setTimeout(()=>{this.copied===t&&(this.copied=void 0)},5e3)}}render(){return l`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${this.data.render({initial:()=>w(s("Loading helplines\u2026",{id:"hotline.loading"})),pending:()=>w(s("Loading helplines\u2026",{id:"hotline.loading"})),complete:e=>z("mrc-hotline-card",()=>this.renderLoaded(e),t=>this.renderError(t)),error:e=>this.renderError(e)})}
      <div class="visually-hidden" role="status" aria-live="polite">${D(this.copied)}</div>
    </div>`}renderError(e){return H(s("Helpline information could not be loaded.",{id:"hotline.error"}),e,()=>{this.data.run()})}renderLoaded({dataset:e,hotlines:t}){if(t.length===0)return this.renderEmpty();const n=this.at,a=[],r=t.map(o=>this.renderHotline(o,e,n,a));return this.scheduleRefresh(a),l`${r}`}renderEmpty(){const e=this.country?.trim(),t=e?s(f`No helpline is listed for ${F(e,this.locale)}.`,{id:"hotline.empty-country"}):s("No helpline matches this selection.",{id:"hotline.empty"});return l`<div part="message" class="message empty" role="status">
      <p>${t}</p>
      <slot></slot>
    </div>`}renderHotline(e,t,n,a){const r=$(e.name,this.locale,t),o=$(e.operator,this.locale,t),i=$(e.description,this.locale,t),c=`hotline-${e.id}`,y=this.variant==="compact",v=e.channels.map(g=>N(g.hours,n));return a.push(...v),l`<article part="hotline" class="hotline" aria-labelledby=${c}>
      ${this.renderHeading(c,r.text,r.lang)}
      ${o.text&&!y?l`<p part="operator" class="operator">
              ${s("Run by",{id:"hotline.operator"})}
              <span lang=${o.lang??h} dir=${b(o.lang)}>${o.text}</span>
            </p>`:h}
      ${this.renderBadges(e)} ${this.renderStatus(e,v)}
      ${i.text&&!y?l`<p
              part="description"
              class="description"
              lang=${i.lang??h}
              dir=${b(i.lang)}
            >
              ${i.text}
            </p>`:h}
      ${A(e.channels,v,{locale:this.locale,at:n,dataset:t,compact:y,ownerFree:e.free,onContact:g=>this.emit(new P({hotlineId:e.id,channel:g.kind})),onCopy:g=>{j(g).then(x=>this.copied=x)}})}
      ${e.lastVerified&&!y?l`<p part="verified" class="verified">
              ${s(f`Information checked on ${B(e.lastVerified,this.locale)}`,{id:"hotline.verified"})}
            </p>`:h}
    </article>`}renderHeading(e,t,n){const a=Math.min(6,Math.max(1,Math.round(this.headingLevel)||2));return l`<div
      part="name"
      class="name"
      id=${e}
      role="heading"
      aria-level=${a}
      lang=${n??h}
      dir=${b(n)}
    >
      ${t}
    </div>`}renderBadges(e){const t=[];return e.emergency&&t.push(["emergency",s("Emergency",{id:"hotline.badge.emergency"})]),C(e)&&t.push(["always",s("24/7",{id:"hotline.badge.always-open"})]),e.free&&t.push(["free",s("Free",{id:"hotline.badge.free"})]),e.anonymous&&t.push(["anonymous",s("Anonymous",{id:"hotline.badge.anonymous"})]),t.length===0?h:l`<ul part="badges" class="badges" aria-label=${s("Features",{id:"hotline.badges"})}>
      ${t.map(([n,a])=>l`<li part="badge" class="badge ${n}">${a}</li>`)}
    </ul>`}renderStatus(e,t){const n=t.filter(r=>r.state==="open"),a=t.filter(r=>r.state==="closed");if(n.length>0){const r=C(e);return this.statusLine("open",r?s("Open now, day and night",{id:"hotline.open-always"}):s("Open now",{id:"hotline.open"}))}if(a.length===t.length&&t.length>0){const r=e.channels.map(i=>({at:I(i.hours,this.at),tz:i.hours?.timeZone})).filter(i=>!!i.at&&!!i.tz).sort((i,c)=>i.at.getTime()-c.at.getTime())[0];let o="";if(r){const{day:i,time:c}=R(r.at,this.at,this.locale,r.tz);o=i?s(f`Opens ${i} at ${c}`,{id:"hotline.opens-on"}):s(f`Opens at ${c}`,{id:"hotline.opens-at"})}return this.statusLine("closed",s("Closed now",{id:"hotline.closed"}),o)}return this.variant==="compact"?h:this.statusLine("unknown",s("Check the hours of each channel",{id:"hotline.hours-unknown"}))}statusLine(e,t,n=""){return l`<p part="status" class="status ${e}">
      <span class="mark" aria-hidden="true">${e==="open"?"\u25CF":e==="closed"?"\u25CB":"\u25CC"}</span>
      <strong>${t}</strong>${n?l` · ${n}`:h}
    </p>`}}p([u()],d.prototype,"hotline"),p([u()],d.prototype,"country"),p([u()],d.prototype,"topic"),p([u({reflect:!0})],d.prototype,"variant"),p([u({attribute:"heading-level",type:Number})],d.prototype,"headingLevel"),p([u({attribute:!1})],d.prototype,"now"),p([k()],d.prototype,"copied"),p([k()],d.prototype,"tick"),V("mrc-hotline-card",d);export{d as MrcHotlineCard};
