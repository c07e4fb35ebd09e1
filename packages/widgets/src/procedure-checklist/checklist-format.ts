// Formatters are cached: a checklist formats a cost and a duration for each of its steps.
const formats = new Map<string, Intl.NumberFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/** An amount in its currency, written the reader's way ("25 000 F CFA", "€60.00", "٦٠٫٠٠ €"). */
export function formatMoney(amount: number, currency: string, locale: string): string {
  try {
    return numberFormat(locale, { style: 'currency', currency }).format(amount);
  } catch {
    // A currency this browser does not know still shows, with its code.
    return `${numberFormat(locale, {}).format(amount)} ${currency}`;
  }
}

/** True when a checklist reviewed on `reviewed` (YYYY-MM-DD) was last checked more than a year before `now`. */
export function isReviewOld(reviewed: string, now: Date): boolean {
  const [y, m, d] = reviewed.split('-').map(Number);
  const yearAfter = Date.UTC((y ?? 0) + 1, (m ?? 1) - 1, d ?? 1);
  return now.getTime() > yearAfter;
}

/** A count in the reader's digits ("4", "٤"). */
export function formatCount(count: number, locale: string): string {
  return numberFormat(locale, {}).format(count);
}

const disjunctions = new Map<string, Intl.ListFormat>();

/** Alternatives in the reader's language: "€60 or 40,000 F CFA", "60 € ou 40 000 F CFA". */
export function formatAlternatives(items: readonly string[], locale: string): string {
  let format = disjunctions.get(locale);
  if (!format) {
    format = new Intl.ListFormat(locale, { type: 'disjunction' });
    disjunctions.set(locale, format);
  }
  return format.format(items);
}
