// The line above the panels while they show the last-known state: how old it is, and that it is being refreshed.
import type { LastKnown } from '../server/lastKnown';
import { h } from './dom';
import { type FormatOptions, localeOf } from './format';
import { t } from './i18n';
import { M } from './i18n/keys';
import { button } from './panels/common';
import type { Ui } from './ui';

/** "10:02 AM" on the same day, "Nov 20, 10:02 AM" on another: the user's locale and zone, as every time they see. */
export function formatAsOf(at: number, now: number, options: FormatOptions = {}): string {
  const zone = options.timeZone ? { timeZone: options.timeZone } : {};
  const day = new Intl.DateTimeFormat(localeOf(options), {
    ...zone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const sameDay = day.format(at) === day.format(now);
  return new Intl.DateTimeFormat(localeOf(options), {
    ...zone,
    ...(sameDay ? {} : { month: 'short', day: 'numeric' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(at);
}

export interface AsOfView {
  record: LastKnown;
  now: number;
  /** The refresh is under way. */
  loading: boolean;
  /** The refresh failed, in words. */
  error?: string;
  ui: Pick<Ui, 'busy'>;
  retry: () => void;
}

/** What the line says: nothing once a call has answered with a fresh state. */
export function asOfText(view: AsOfView, options: FormatOptions = {}): string {
  const when = formatAsOf(view.record.at, view.now, options);
  if (view.error) return t(M['common.lastKnownFailed'], { when, error: view.error });
  if (!view.loading) return t(M['common.lastKnown'], { when });
  const asOf = t(M['common.lastKnownRefreshing'], { when });
  return view.record.trimmed ? t(M['common.lastKnownCut'], { asOf }) : asOf;
}

/** Fills (or hides) the line; every string goes in as text. */
export function renderAsOf(line: HTMLElement, view: AsOfView | undefined): void {
  if (!view) {
    line.hidden = true;
    line.replaceChildren();
    return;
  }
  line.hidden = false;
  const retry = view.error
    ? button(view.ui, { key: 'reload', label: t(M['common.tryAgain']), small: true, onClick: view.retry })
    : undefined;
  line.replaceChildren(h('span', null, asOfText(view)), ...(retry ? [' ', retry] : []));
}
