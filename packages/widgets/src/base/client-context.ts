import { isServer, type ReactiveController, type ReactiveElement } from 'lit';
import type { MrcClient } from '@mrc-kit/sdk';

/**
 * The data source an `<mrc-provider>` gives the mrc elements inside it, passed by the Web
 * Components Community Group's context protocol: the `context-request` and `context-provider`
 * events, as @lit/context sends and answers them (the kit keeps only the little of it that it
 * uses). The key is a string, not a symbol, so that two copies of the kit on one page (one defining
 * the provider, the other an element), or an older copy built with @lit/context, still find each
 * other; the `@1` follows the dataset format the clients read.
 */
const CLIENT = 'mrc-kit/client@1';

type Callback = (value: MrcClient | undefined, unsubscribe?: () => void) => void;

/** The protocol's events: a request for the client, or a provider saying it is there. */
interface ContextEvent extends Event {
  context?: unknown;
  contextTarget?: Element;
  callback?: Callback;
  subscribe?: boolean;
}

function contextEvent(type: 'context-request' | 'context-provider', target: Element, callback?: Callback): Event {
  const event: ContextEvent = new Event(type, { bubbles: true, composed: true });
  return Object.assign(event, { context: CLIENT, contextTarget: target }, callback && { callback, subscribe: true });
}

/** The element an event of ours is about (another implementation may leave `contextTarget` out). */
const targetOf = (event: ContextEvent): Element => event.contextTarget ?? (event.composedPath()[0] as Element);

/** An element's side: the client of the nearest provider around it, kept up to date. */
export class ClientConsumer implements ReactiveController {
  value?: MrcClient;
  private unsubscribe?: () => void;

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
  }

  private readonly callback: Callback = (value, unsubscribe) => {
    // A nearer provider answered (one that appeared inside the first): leave the first.
    if (this.unsubscribe && this.unsubscribe !== unsubscribe) this.unsubscribe();
    this.unsubscribe = unsubscribe;
    this.value = value;
    this.host.requestUpdate();
  };

  hostConnected(): void {
    this.host.dispatchEvent(contextEvent('context-request', this.host, this.callback));
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }
}

/** A provider's side: answers the elements inside it, now and whenever its client changes. */
export class ClientProvider implements ReactiveController {
  private value?: MrcClient;
  private readonly subscribers = new Map<Callback, { target: Element; unsubscribe: () => void }>();

  constructor(private readonly host: ReactiveElement) {
    host.addController(this);
    host.addEventListener('context-request', (event: ContextEvent) => {
      const target = targetOf(event);
      if (event.context !== CLIENT || target === host || !event.callback) return;
      event.stopPropagation();
      if (!event.subscribe) return event.callback(this.value);
      const callback = event.callback;
      let subscriber = this.subscribers.get(callback);
      if (!subscriber) {
        subscriber = { target, unsubscribe: () => this.subscribers.delete(callback) };
        this.subscribers.set(callback, subscriber);
      }
      callback(this.value, subscriber.unsubscribe);
    });
    // Another provider appeared inside this one: the elements ask again, and the nearest answers.
    host.addEventListener('context-provider', (event: ContextEvent) => {
      if (event.context !== CLIENT || targetOf(event) === host) return;
      event.stopPropagation();
      for (const [callback, { target }] of [...this.subscribers])
        target.dispatchEvent(contextEvent('context-request', target, callback));
    });
  }

  set(value: MrcClient | undefined): void {
    if (Object.is(value, this.value)) return;
    this.value = value;
    for (const [callback, { unsubscribe }] of this.subscribers) callback(value, unsubscribe);
  }

  hostConnected(): void {
    this.host.dispatchEvent(contextEvent('context-provider', this.host));
  }
}

// Elements can connect before the provider around them is defined (the order of definitions in a
// bundle, or a provider loaded later): the page keeps their requests and sends them again when a
// provider appears. One such root for the page, whichever copy of the kit comes first.
const ROOT = Symbol.for('mrc-kit/context-root');
if (!isServer && !(ROOT in globalThis)) {
  const page = document.documentElement;
  let waiting: { target: WeakRef<Element>; callback: WeakRef<Callback> }[] = [];
  const known = new WeakMap<Element, WeakSet<Callback>>();
  page.addEventListener('context-request', (event: ContextEvent) => {
    if (event.context !== CLIENT || !event.subscribe || !event.callback) return;
    const target = targetOf(event);
    const callbacks = known.get(target) ?? new WeakSet();
    known.set(target, callbacks);
    if (callbacks.has(event.callback)) return;
    callbacks.add(event.callback);
    waiting.push({ target: new WeakRef(target), callback: new WeakRef(event.callback) });
  });
  page.addEventListener('context-provider', (event: ContextEvent) => {
    if (event.context !== CLIENT) return;
    const requests = waiting;
    waiting = [];
    for (const request of requests) {
      const target = request.target.deref();
      const callback = request.callback.deref();
      if (!target || !callback) continue;
      known.get(target)?.delete(callback);
      target.dispatchEvent(contextEvent('context-request', target, callback));
    }
  });
  Object.defineProperty(globalThis, ROOT, { value: true, writable: true });
}
