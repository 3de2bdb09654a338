// Settings and linking: link a series (or turn it on for me), relink, the Doc's settings, stop for me, unlink.
import { DEFAULT_SETTINGS, type Settings } from '../../shared/settings';
import { t } from '../i18n';
import { M } from '../i18n/keys';
import type { SetupField } from '../ui';
import { settingsPatch } from '../view';
import { type Context, clearMessages, docState, say } from './context';
import { mutate } from './docView';
import { afterState, loadSeries } from './series';

function link(ctx: Context): void {
  const { ui } = ctx;
  const chosen = ui.series.list?.find((s) => s.eventId === ui.chosenSeries);
  if (!chosen) {
    ui.errors.setup = t(M['setup.chooseFirst']);
    ctx.render();
    return;
  }
  void mutate(ctx, 'linkSeries', [{ calendarId: chosen.calendarId, eventId: chosen.eventId, ...ui.setup }], {
    panel: 'setup',
    key: 'link',
    busyLabel: t(M['setup.linking']),
    success: () => {
      ui.relink = false;
      ui.focusNext = 'next-heading';
      say(ctx, 'next', t(M['setup.linkedTo'], { title: chosen.title }));
      return undefined;
    },
  });
}

/** The Doc is linked already: install this user's triggers for the same series, keeping the shared settings. */
function turnOn(ctx: Context): void {
  const series = docState(ctx)?.series;
  if (!series) return;
  void mutate(ctx, 'linkSeries', [{ calendarId: 'primary', eventId: series.eventId }], {
    panel: 'setup',
    key: 'turn-on',
    busyLabel: t(M['common.turningOn']),
    success: (next) => {
      ctx.ui.focusNext = 'next-heading';
      say(ctx, 'next', t(next.series?.automatic ? M['setup.onForYou'] : M['setup.linked']));
      return undefined;
    },
  });
}

function saveSettings(ctx: Context): void {
  const current = docState(ctx)?.settings ?? DEFAULT_SETTINGS;
  const patch = settingsPatch(current, ctx.ui.settingsDraft ?? current);
  if (Object.keys(patch).length === 0) {
    clearMessages(ctx);
    say(ctx, 'settings', t(M['settings.unchanged']));
    ctx.render();
    return;
  }
  void mutate(ctx, 'updateSettings', [patch], {
    panel: 'settings',
    key: 'save-settings',
    success: () => {
      delete ctx.ui.settingsDraft;
      return t(M['settings.saved']);
    },
  });
}

/** Leaving the series, for both people or for this user: Setup then offers to link, or to turn it on, again. */
function leave(ctx: Context, how: 'unlink' | 'stop-mine', said: string): void {
  void mutate(ctx, how === 'unlink' ? 'unlinkDocument' : 'unlinkSeries', [], {
    panel: 'settings',
    key: how,
    busyLabel: t(how === 'unlink' ? M['settings.unlinking'] : M['settings.stopping']),
    success: () => {
      ctx.ui.confirmUnlink = false;
      ctx.ui.focusNext = 'setup-heading';
      say(ctx, 'setup', said);
      return undefined;
    },
  });
}

/** The choices on the way to a link or a settings change: they stay in the sidebar until sent. */
function choices(ctx: Context) {
  const { ui } = ctx;
  return {
    /** Choosing does not re-render: the control already shows it. */
    chooseSeries(eventId: string): void {
      ui.chosenSeries = eventId;
    },
    showAllSeries(show: boolean): void {
      ui.showAllSeries = show;
      ctx.render();
    },
    editSetup<F extends SetupField>(field: F, value: Settings[F]): void {
      ui.setup[field] = value;
    },
    /**
     * The draft starts from the Doc's settings as they are now, so that only the fields touched differ. Another
     * language of the notes re-renders: the date formats are offered by dates written in it.
     */
    editSettings<F extends keyof Settings>(field: F, value: Settings[F]): void {
      ui.settingsDraft = { ...(ui.settingsDraft ?? docState(ctx)?.settings ?? DEFAULT_SETTINGS), [field]: value };
      if (field === 'notesLanguage') ctx.render();
    },
  };
}

export function linkingActions(ctx: Context) {
  const { ui } = ctx;
  const moveTo = (focus: 'next-heading' | 'unlink-cancel' | 'unlink-ask') => {
    ui.focusNext = focus;
    ctx.render();
  };
  return {
    ...choices(ctx),
    loadSeries: () => loadSeries(ctx),
    link: () => link(ctx),
    turnOn: () => turnOn(ctx),
    saveSettings: () => saveSettings(ctx),
    startRelink(): void {
      ui.relink = true;
      ui.focusNext = 'setup-heading';
      const current = docState(ctx);
      if (current) afterState(ctx, current);
      ctx.render();
    },
    cancelRelink(): void {
      ui.relink = false;
      delete ui.errors.setup;
      moveTo('next-heading');
    },
    askUnlink(): void {
      ui.confirmUnlink = true;
      moveTo('unlink-cancel');
    },
    cancelUnlink(): void {
      ui.confirmUnlink = false;
      moveTo('unlink-ask');
    },
    /** "Unlink this Doc from the series", for both people: Setup then offers to link it again. */
    unlink(): void {
      const title = docState(ctx)?.series?.title;
      leave(ctx, 'unlink', title ? t(M['settings.unlinkedFrom'], { title }) : t(M['settings.unlinked']));
    },
    /** "Stop automatic preparation for me": the Doc stays linked, and Setup offers to turn it on again. */
    stopForMe(): void {
      leave(ctx, 'stop-mine', t(M['settings.stopped']));
    },
  };
}

export type LinkingActions = ReturnType<typeof linkingActions>;
