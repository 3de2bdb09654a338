// Generates a long, realistic 1:1 Doc of N past weekly meetings, newest first, for the bench and the performance-minded tests.
import type { Document } from '../src/types/docs-api';
import { type BlockSpec, buildDocument, bullet, h2, h3, p } from './docBuilder';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function heading(date: Date): string {
  return `${DAYS[date.getUTCDay()]}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()} · 1:1`;
}

/** `meetings` weekly sections ending the week before `lastDate` ("YYYY-MM-DD"), each with notes and a few items. */
export function generateMeetingsDoc(meetings: number, lastDate = '2026-11-16'): Document {
  const blocks: BlockSpec[] = [p('Ana / Ben — 1:1 notes', { style: 'TITLE' }), p('Our weekly 1:1. Newest first.')];
  const last = new Date(`${lastDate}T00:00:00Z`);
  for (let i = 0; i < meetings; i++) {
    const date = new Date(last.getTime() - i * 7 * 86_400_000);
    blocks.push(
      h2(heading(date)),
      h3('Agenda'),
      bullet(`Project update ${i}: the rollout, the on-call rotation and the hiring loop 🚀`),
      bullet('Feedback both ways'),
      h3('Notes'),
      p(`We talked through the plan for week ${i}. Ben is happy with the scope; Ana will check the budget.`),
      p('A second paragraph of notes, long enough to look like what people write in a real 1:1 document.'),
      h3('Action items'),
      bullet(i % 3 === 0 ? `☑ Ben: write the design doc ${i}` : `☐ Ben: write the design doc ${i}`),
      bullet(`☐ Ana: review the budget for ${i} (due Dec 1)`),
      bullet(i % 2 === 0 ? `[x] Ana: intro to the platform team ${i}` : `[ ] Ana: intro to the platform team ${i}`),
    );
  }
  return buildDocument({ blocks });
}
