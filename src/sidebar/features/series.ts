// The user's recurring series, listed for Setup: fetched once, after a state that asks to link.
import type { SidebarState } from '../../shared/types';
import { seriesChoices, setupMode } from '../view';
import type { Context } from './context';

/** After each fresh state: the setup panel needs the user's series list, fetched once. */
export function afterState(ctx: Context, state: SidebarState): void {
  const { ui } = ctx;
  if (setupMode(state, ui.relink) === 'link' && !ui.series.list && !ui.series.loading && !ui.series.error)
    void loadSeries(ctx);
}

export async function loadSeries(ctx: Context): Promise<void> {
  const { ui } = ctx;
  ui.series = { loading: true };
  ctx.render();
  try {
    const list = await ctx.deps.call('listRecurringSeries');
    ui.series = { loading: false, list };
    const { choices } = seriesChoices(list, false);
    // The series the Doc is already linked to, or the only 1:1 there is: one choice less to make.
    const linked = ctx.doc.base?.series?.eventId;
    const preset = list.find((s) => s.eventId === linked) ?? (choices.length === 1 ? choices[0] : undefined);
    if (!ui.chosenSeries && preset) ui.chosenSeries = preset.eventId;
  } catch (error) {
    ui.series = { loading: false, error: (error as Error).message };
  } finally {
    ctx.render();
  }
}
