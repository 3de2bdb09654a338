// German: what the add-on writes in a German Doc (`Mo., 16. Nov. 2026 · 1:1`, `fällig 30. Nov.`) and reads there.
import type { NotesLanguage } from '.';

export const de: NotesLanguage = {
  tag: 'de',
  dayFirst: true,
  write: {
    months: 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.',
    weekdays: 'So. Mo. Di. Mi. Do. Fr. Sa.',
    weekdayDate: '{W}, {D}. {M} {Y}',
    date: '{D}. {M} {Y}',
    day: '{D}. {M}',
    dayYear: '{D}. {M} {Y}',
    label: '1:1',
    cancelled: ' (abgesagt)',
    titles: ['Offene Punkte', 'Agenda', 'Notizen', 'Aufgaben'],
    owner: ': ',
    due: 'fällig {}',
    from: 'seit {}',
    prompts: [
      'Erfolge · Hindernisse · Feedback in beide Richtungen · Entwicklung · Persönliches',
      'Kennenlernen: heute keine Statusberichte',
      'Rückblick · Ausblick · Fähigkeiten ausbauen · Unterstützung',
    ],
    first: [
      'Wie bekommst du Feedback am liebsten: schriftlich oder persönlich, sofort oder gesammelt für unser 1:1?',
      'Was motiviert dich bei der Arbeit, und was kostet dich Energie?',
      'Was sollte ich über die Zusammenarbeit mit dir wissen: Arbeitszeiten, Fokuszeiten, wie du am liebsten kommunizierst?',
      'Was wünschst du dir von unseren 1:1s, und wie oft sollten wir uns treffen?',
      'Wo möchtest du in ein, zwei Jahren stehen?',
    ],
    career: [
      'Welche Arbeit der letzten Monate hat dir am meisten Energie gegeben, welche am wenigsten?',
      'Wo möchtest du in zwei bis fünf Jahren stehen?',
      'Welche Fähigkeiten oder Erfahrungen bringen dich dorthin?',
      'Was könnte ich tun, oder wen könntest du treffen, damit du dorthin kommst?',
    ],
  },
  read: {
    months:
      'januar|jänner|jan|jän,februar|feber|feb,märz|maerz|mär|mrz,april|apr,mai,juni|jun,juli|jul,august|aug,september|sept|sep,oktober|okt,november|nov,dezember|dez',
    // Two-letter forms are weekdays only with their dot (dates.ts): "so" and "do" are words too.
    weekdays: 'sonntag|so,montag|mo,dienstag|di,mittwoch|mi,donnerstag|do,freitag|fr,samstag|sonnabend|sa',
    carried: 'offene punkte|übertragen|übernommen|vom letzten mal|aus dem letzten mal',
    agenda: 'agenda|tagesordnung|themen',
    notes: 'notizen|protokoll|besprochen',
    actions: 'aufgaben|nächste schritte|naechste schritte|todo|todos|to do|to dos|maßnahmen|massnahmen|action items',
    due: 'fällig|faellig|bis',
    from: 'seit|vom|von|aus',
    cancelled: 'abgesagt|entfällt|ausgefallen',
    notOwners:
      'notiz|frage|idee|entscheidung|hinweis|wichtig|ziel|info|erinnerung|aufgabe|thema|nächster schritt|update|ergebnis|kontext',
  },
};
