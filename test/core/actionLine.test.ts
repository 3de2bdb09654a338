// A new action item's line as the sidebar adds it: its owner by name, its due date in words.
import { actionLine, nameFromEmail } from '../../src/core/actionLine';
import { said } from '../../src/shared/messages';

const PEOPLE = { me: 'Ana.Silva@example.com', attendees: ['ana.silva@example.com', 'ben_okafor@example.com'] };

describe('nameFromEmail', () => {
  it('is the first word of the address, capitalised, whatever separates the words', () => {
    expect(nameFromEmail('ana.silva@example.com')).toBe('Ana');
    expect(nameFromEmail('ben_okafor@example.com')).toBe('Ben');
    expect(nameFromEmail('cy+work@example.com')).toBe('Cy');
    expect(nameFromEmail('di-lee@example.com')).toBe('Di');
    expect(nameFromEmail('eve@example.com')).toBe('Eve');
    expect(nameFromEmail('ZED@example.com')).toBe('ZED');
    expect(nameFromEmail('@example.com')).toBe('');
  });
});

describe('actionLine', () => {
  it('writes an open item with no owner, or one named by hand', () => {
    expect(actionLine({ text: 'send the deck' }, PEOPLE, '2026-11-23')).toEqual({ ok: true, value: '☐ send the deck' });
    expect(actionLine({ text: 'send the deck', owner: { name: 'Cy' } }, PEOPLE, '2026-11-23')).toEqual({
      ok: true,
      value: '☐ Cy: send the deck',
    });
  });

  it('names me and the other person from their addresses, whatever the case of mine', () => {
    expect(actionLine({ text: 'call', owner: 'me' }, PEOPLE, '2026-11-23')).toEqual({ ok: true, value: '☐ Ana: call' });
    expect(actionLine({ text: 'call', owner: 'them' }, PEOPLE, '2026-11-23')).toEqual({
      ok: true,
      value: '☐ Ben: call',
    });
  });

  it('writes the due date in words, with its year only when it is not the section’s', () => {
    expect(actionLine({ text: 'call', due: '2026-11-30' }, PEOPLE, '2026-11-23')).toEqual({
      ok: true,
      value: '☐ call · due Nov 30',
    });
    expect(actionLine({ text: 'call', owner: 'me', due: '2027-01-08' }, PEOPLE, '2026-11-23')).toEqual({
      ok: true,
      value: '☐ Ana: call · due Jan 8, 2027',
    });
  });

  it('says so when “them” is not one person', () => {
    const error = { ok: false, error: said('error.typeTheirName') };
    expect(
      actionLine({ text: 'call', owner: 'them' }, { ...PEOPLE, attendees: ['ana.silva@example.com'] }, '2026-11-23'),
    ).toEqual(error);
    const three = { ...PEOPLE, attendees: [...PEOPLE.attendees, 'cy@example.com'] };
    expect(actionLine({ text: 'call', owner: 'them' }, three, '2026-11-23')).toEqual(error);
  });
});
