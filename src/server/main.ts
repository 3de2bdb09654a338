// The server's entry module: its exports are exactly the functions Apps Script and google.script.run may call.
import { dayKey } from '../core/keys';
import type { RunStatus, SidebarState } from '../shared/types';
import { activeDocumentId, calendarDate, now, scriptTimeZone, withDocumentLock } from './environment';
import { notAvailableYet, userMessage } from './errors';
import { insertSectionOnce, readParsedDoc } from './prepare';
import { loadSettings, loadStatus, recordInsert, saveStatus } from './properties';
import { sidebarState } from './state';

const ADDON_TITLE = '1:1 Companion';

/** Every call from the sidebar ends either in plain JSON or in an Error whose message is one readable sentence. */
function serverCall<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    console.error(error);
    throw new Error(userMessage(error));
  }
}

function repairNotices(problems: string[]): string[] {
  return problems.length > 0
    ? [`Some settings of this Doc were unreadable and were reset to defaults: ${problems.join(', ')}.`]
    : [];
}

// ——— Apps Script entry points ———

export function onOpen(_e?: GoogleAppsScript.Events.DocsOnOpen): void {
  // Runs in AuthMode.NONE before the add-on is authorised: build the menu and touch nothing else.
  DocumentApp.getUi()
    .createAddonMenu()
    .addItem('Open', 'showSidebar')
    .addItem('Prepare the next 1:1 now', 'prepareNow')
    .addToUi();
}

export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as unknown as GoogleAppsScript.Events.DocsOnOpen);
}

export function showSidebar(): void {
  const html = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  DocumentApp.getUi().showSidebar(html);
}

export function onHourlyTick(_e?: GoogleAppsScript.Events.TimeDriven): void {
  notAvailableYet('The hourly check');
}

export function onCalendarEventUpdated(_e?: unknown): void {
  notAvailableYet('Following calendar changes');
}

// ——— Server functions for google.script.run ———

export function getSidebarState(): SidebarState {
  return serverCall(() => {
    const documentId = activeDocumentId();
    const { problems } = loadSettings();
    const today = calendarDate(now(), scriptTimeZone());
    const status = loadStatus(documentId);
    return sidebarState(readParsedDoc(documentId), today, {
      ...(status ? { status } : {}),
      notices: repairNotices(problems),
    });
  });
}

/**
 * Inserts today's section now, with last meeting's open items carried over. Until the Doc is linked to a calendar
 * series, the occurrence is "today", keyed by the date, so pressing it twice on one day adds one section.
 */
export function prepareNow(): SidebarState {
  return serverCall(() => {
    const documentId = activeDocumentId();
    const at = now();
    const today = calendarDate(at, scriptTimeZone());
    const { settings, problems } = loadSettings();
    const key = dayKey(today);
    let status: RunStatus;
    try {
      const outcome = withDocumentLock(() => insertSectionOnce(documentId, { date: today, key }, settings));
      if (outcome.inserted) recordInsert({ key, date: today, at: at.toISOString() });
      status = {
        at: at.toISOString(),
        trigger: 'Prepare now',
        outcome: outcome.inserted ? 'inserted' : 'nothing to do',
        message: outcome.inserted
          ? `Added the section “${outcome.headingText}”.`
          : 'Today’s section is already in the Doc.',
      };
      saveStatus(documentId, status);
      const state = sidebarState(outcome.parsed, today, { status, notices: repairNotices(problems) });
      // The new section's agenda is what the template put there; the read above predates it, so no second read.
      return outcome.inserted ? { ...state, agenda: outcome.agenda.map((text) => ({ text })) } : state;
    } catch (error) {
      saveStatus(documentId, {
        at: at.toISOString(),
        trigger: 'Prepare now',
        outcome: 'error',
        message: userMessage(error),
      });
      throw error;
    }
  });
}

export function listRecurringSeries(): never {
  return serverCall(() => notAvailableYet('Linking a calendar series'));
}

export function linkSeries(_options?: unknown): never {
  return serverCall(() => notAvailableYet('Linking a calendar series'));
}

export function unlinkSeries(): never {
  return serverCall(() => notAvailableYet('Unlinking a calendar series'));
}

export function updateSettings(_settings?: unknown): never {
  return serverCall(() => notAvailableYet('Changing settings'));
}

export function setItemDone(_itemId?: unknown, _done?: unknown): never {
  return serverCall(() => notAvailableYet('Ticking items from the sidebar'));
}

export function addAgendaItem(_text?: unknown): never {
  return serverCall(() => notAvailableYet('Adding agenda topics from the sidebar'));
}

export function addActionItem(_item?: unknown): never {
  return serverCall(() => notAvailableYet('Adding action items from the sidebar'));
}

export function addPrivateNote(_text?: unknown): never {
  return serverCall(() => notAvailableYet('Private talking points'));
}

export function deletePrivateNote(_noteId?: unknown): never {
  return serverCall(() => notAvailableYet('Private talking points'));
}

export function sharePrivateNote(_noteId?: unknown): never {
  return serverCall(() => notAvailableYet('Private talking points'));
}
