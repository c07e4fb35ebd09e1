import * as zod from 'zod/mini';

/**
 * The parts of zod/mini the validators use, each built so that a host page's own enumerable
 * properties on `Object.prototype` cannot break it.
 *
 * Why: old scripts on government and NGO sites still add enumerable properties to
 * `Object.prototype` (`Object.prototype.hostExtra = function () {}`). zod installs each schema
 * class's methods with a `for…in` walk over an object literal (`util.members()` and
 * `util.derived()` in zod 4.6), which then meets the host's property, finds no own descriptor for
 * it and throws while the validators are being defined: every element would fail before loading
 * anything. Parsing afterwards is unaffected (objects are read by their declared keys).
 *
 * So each factory runs with those properties made non-enumerable, and puts them back exactly as
 * they were before it returns. Nothing else runs in between (it is synchronous), and a page
 * without such properties pays one empty `for…in`. Validators import zod from here only (a lint
 * rule says so), so a new one cannot miss it.
 */
function withPlainObjectPrototype<T>(build: () => T): T {
  let hidden: [string, PropertyDescriptor][] | undefined;
  for (const key in {}) {
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, key);
    // A property the host made non-configurable cannot be hidden; the load then reports the error.
    if (!descriptor?.configurable) continue;
    (hidden ??= []).push([key, descriptor]);
    Object.defineProperty(Object.prototype, key, { enumerable: false });
  }
  if (!hidden) return build();
  try {
    return build();
  } finally {
    for (const [key, descriptor] of hidden) Object.defineProperty(Object.prototype, key, descriptor);
  }
}

/** A zod factory that builds with a plain Object.prototype (above). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any factory signature, kept as is
function shielded<F extends (...args: any[]) => unknown>(factory: F): F {
  return ((...args: Parameters<F>) => withPlainObjectPrototype(() => factory(...args))) as F;
}

export type { ZodMiniType, output, core } from 'zod/mini';

export const array = /* @__PURE__ */ shielded(zod.array);
export const boolean = /* @__PURE__ */ shielded(zod.boolean);
export const check = /* @__PURE__ */ shielded(zod.check);
export const extend = /* @__PURE__ */ shielded(zod.extend);
export const gte = /* @__PURE__ */ shielded(zod.gte);
export const int = /* @__PURE__ */ shielded(zod.int);
export const literal = /* @__PURE__ */ shielded(zod.literal);
export const lte = /* @__PURE__ */ shielded(zod.lte);
export const minimum = /* @__PURE__ */ shielded(zod.minimum);
export const minLength = /* @__PURE__ */ shielded(zod.minLength);
export const number = /* @__PURE__ */ shielded(zod.number);
export const object = /* @__PURE__ */ shielded(zod.object);
export const optional = /* @__PURE__ */ shielded(zod.optional);
export const pipe = /* @__PURE__ */ shielded(zod.pipe);
export const record = /* @__PURE__ */ shielded(zod.record);
export const refine = /* @__PURE__ */ shielded(zod.refine);
export const regex = /* @__PURE__ */ shielded(zod.regex);
export const registry = /* @__PURE__ */ shielded(zod.registry);
export const string = /* @__PURE__ */ shielded(zod.string);
export const toJSONSchema = /* @__PURE__ */ shielded(zod.toJSONSchema);
export const transform = /* @__PURE__ */ shielded(zod.transform);
export const trim = /* @__PURE__ */ shielded(zod.trim);
export const union = /* @__PURE__ */ shielded(zod.union);
export const unknown = /* @__PURE__ */ shielded(zod.unknown);
export const url = /* @__PURE__ */ shielded(zod.url);
export const NEVER = zod.NEVER;
const enumSchema = /* @__PURE__ */ shielded(zod.enum);
export { enumSchema as enum };
export const iso = {
  date: /* @__PURE__ */ shielded(zod.iso.date),
  datetime: /* @__PURE__ */ shielded(zod.iso.datetime),
};
