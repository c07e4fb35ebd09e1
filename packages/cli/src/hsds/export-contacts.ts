import { resolveText, type Channel, type LocalizedText } from '@mrc-kit/sdk';
import { languageList, lose, present, textIn, type Context, type Rec } from './export-context.js';
import { uuidFor } from './uuid.js';

/** What a channel holds beyond its number that HSDS 3 phones cannot: its note, own hours, free. */
function lostOfPhone(channel: Channel, owner: Pick<Channel, 'hours' | 'free'>, where: string, ctx: Context): void {
  if (channel.note !== undefined)
    lose(ctx, `${where}.note`, 'an HSDS 3 phone holds one text, its label; the note is not exported');
  // The validator gives a channel its owner's hours (the same object): only hours of its own are lost.
  if (channel.hours !== undefined && channel.hours !== owner.hours)
    lose(ctx, `${where}.hours`, "HSDS 3 phones have no hours of their own; the contact's hours are not exported");
  if (channel.free !== owner.free) lose(ctx, `${where}.free`, 'HSDS 3 cannot say a call is free; not exported');
}

/**
 * Phones (voice and SMS) as HSDS phones, their label as the phone's description; the first
 * email as the service's; other channels, and what a phone cannot hold, are reported.
 */
export function contacts(
  owner: string,
  channels: readonly Channel[],
  defaults: Pick<Channel, 'hours' | 'languages' | 'free'>,
  path: string,
  ctx: Context,
) {
  const phones: Rec[] = [];
  let email: string | undefined;
  channels.forEach((channel, i) => {
    const where = `${path}.channels[${i}]`;
    if (channel.kind === 'voice' || channel.kind === 'sms') {
      const id = uuidFor('phone', owner, i);
      phones.push(
        present({
          id,
          number: channel.value,
          type: channel.kind === 'voice' ? 'voice' : 'text',
          description: textIn(channel.label, ctx),
          languages:
            channel.languages !== defaults.languages
              ? languageList(id, channel.languages, { phone_id: id })
              : undefined,
        }),
      );
      lostOfPhone(channel, defaults, where, ctx);
    } else if (channel.kind === 'email' && email === undefined) email = channel.value;
    else {
      lose(
        ctx,
        where,
        channel.kind === 'email'
          ? 'HSDS 3 gives a service one email address; this second one is not exported'
          : `HSDS 3 has no ${channel.kind} channel; not exported`,
      );
    }
  });
  return { phones, email };
}

export function organization(operator: LocalizedText | undefined, ctx: Context): Rec | undefined {
  const name = textIn(operator, ctx);
  if (name === undefined) return undefined;
  // The id follows the operator's name in the default language, so every language file agrees.
  const key = resolveText(operator, ctx.fallbacks[0] ?? ctx.locale, ctx.fallbacks);
  return { id: uuidFor('organization', key), name, description: name };
}
