import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A controller host that is not an element: it keeps its controllers and counts the updates asked for. */
export function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    updates: 0,
    controllers,
    addController: (c: ReactiveController) => void controllers.push(c),
    removeController: () => {},
    requestUpdate: () => void host.updates++,
    updateComplete: Promise.resolve(true),
  };
  return host satisfies ReactiveControllerHost;
}
