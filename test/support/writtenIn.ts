// How people write a 1:1 Doc in each language the add-on reads, for the property suites' generators: written out
// here from each language's own conventions (CLDR's month and weekday names), not taken from src/core/languages.
import type { SubsectionKind } from '../../src/core/model';
import type { NotesLanguageTag } from '../../src/shared/settings';

export interface WrittenIn {
  tag: NotesLanguageTag;
  /** January to December, short then long; Sunday to Saturday, short then long. */
  monthsShort: readonly string[];
  monthsLong: readonly string[];
  weekdaysShort: readonly string[];
  weekdaysLong: readonly string[];
  /** A date with a weekday as people write it, and without; `d`, `m` (1–12), `y`, `w` (0 = Sunday). */
  long(d: number, m: number, y: number, w: number): string;
  short(d: number, m: number, y: number): string;
  /** A month and day without a year, as in "(from …)" and due dates. */
  dayMonth(d: number, m: number): string;
  /** 03/11/2026 read day first. */
  dayFirst: boolean;
  /** What a person types around the heading's date: a label of their own, a cancelled mark. */
  label: string;
  cancelled: string;
  titles: Readonly<Record<SubsectionKind, readonly string[]>>;
  /** The words before a due date; a from group around its date; between an owner and the item. */
  due: readonly string[];
  from: readonly ((date: string) => string)[];
  ownerColon: string;
  /** People's names, one or two words. */
  names: readonly string[];
}

const EN_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');
const EN_MONTHS_LONG = 'January February March April May June July August September October November December'.split(
  ' ',
);
const EN_WEEKDAYS = 'Sun Mon Tue Wed Thu Fri Sat'.split(' ');
const EN_WEEKDAYS_LONG = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');
const OTHER: readonly string[] = ['Decisions', 'Misc 🎯', 'Parking lot'];

const en: WrittenIn = {
  tag: 'en',
  monthsShort: EN_MONTHS,
  monthsLong: EN_MONTHS_LONG,
  weekdaysShort: EN_WEEKDAYS,
  weekdaysLong: EN_WEEKDAYS_LONG,
  long: (d, m, y, w) => `${EN_WEEKDAYS_LONG[w]}, ${EN_MONTHS_LONG[m - 1]} ${d}, ${y}`,
  short: (d, m, y) => `${EN_MONTHS[m - 1]} ${d}, ${y}`,
  dayMonth: (d, m) => `${EN_MONTHS[m - 1]} ${d}`,
  dayFirst: false,
  label: 'Ana / Ben 1:1',
  cancelled: ' (cancelled)',
  titles: {
    carried: ['Carried over', 'Carry-over'],
    actions: ['Action items', 'Next steps', 'Follow-ups', 'To do', 'TODO', '✅ To-do'],
    agenda: ['Agenda'],
    notes: ['Notes'],
    other: OTHER,
  },
  due: ['due'],
  from: [(date) => `from ${date}`],
  ownerColon: ': ',
  names: ['Ana', 'Ben Okafor', 'Ana de Souza', 'Zoë', 'Łukasz', 'José María'],
};

const DE_MONTHS = 'Jan. Feb. März Apr. Mai Juni Juli Aug. Sept. Okt. Nov. Dez.'.split(' ');
const DE_MONTHS_LONG = 'Januar Februar März April Mai Juni Juli August September Oktober November Dezember'.split(' ');
const DE_WEEKDAYS = 'So. Mo. Di. Mi. Do. Fr. Sa.'.split(' ');
const DE_WEEKDAYS_LONG = 'Sonntag Montag Dienstag Mittwoch Donnerstag Freitag Samstag'.split(' ');

const de: WrittenIn = {
  tag: 'de',
  monthsShort: DE_MONTHS,
  monthsLong: DE_MONTHS_LONG,
  weekdaysShort: DE_WEEKDAYS,
  weekdaysLong: DE_WEEKDAYS_LONG,
  long: (d, m, y, w) => `${DE_WEEKDAYS_LONG[w]}, ${d}. ${DE_MONTHS_LONG[m - 1]} ${y}`,
  short: (d, m, y) => `${d}. ${DE_MONTHS[m - 1]} ${y}`,
  dayMonth: (d, m) => `${d}. ${DE_MONTHS[m - 1]}`,
  dayFirst: true,
  label: 'Jour fixe Ana / Ben',
  cancelled: ' (abgesagt)',
  titles: {
    carried: ['Offene Punkte'],
    actions: ['Aufgaben', 'Nächste Schritte', 'ToDo', 'To-dos'],
    agenda: ['Agenda', 'Tagesordnung'],
    notes: ['Notizen'],
    other: ['Entscheidungen', 'Sonstiges'],
  },
  due: ['fällig', 'bis'],
  from: [(date) => `seit ${date}`, (date) => `von ${date}`],
  ownerColon: ': ',
  names: ['Ana', 'Jürgen', 'Jan van der Berg'],
};

const ES_MONTHS = 'ene feb mar abr may jun jul ago sept oct nov dic'.split(' ');
const ES_MONTHS_LONG = 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(
  ' ',
);
const ES_WEEKDAYS = 'dom lun mar mié jue vie sáb'.split(' ');
const ES_WEEKDAYS_LONG = 'domingo lunes martes miércoles jueves viernes sábado'.split(' ');

const es: WrittenIn = {
  tag: 'es',
  monthsShort: ES_MONTHS,
  monthsLong: ES_MONTHS_LONG,
  weekdaysShort: ES_WEEKDAYS,
  weekdaysLong: ES_WEEKDAYS_LONG,
  long: (d, m, y, w) => `${ES_WEEKDAYS_LONG[w]}, ${d} de ${ES_MONTHS_LONG[m - 1]} de ${y}`,
  short: (d, m, y) => `${d} ${ES_MONTHS[m - 1]} ${y}`,
  dayMonth: (d, m) => `${d} ${ES_MONTHS[m - 1]}`,
  dayFirst: true,
  label: 'Reunión 1:1 con Ana',
  cancelled: ' (cancelada)',
  titles: {
    carried: ['Pendientes'],
    actions: ['Tareas', 'Próximos pasos', 'Acciones'],
    agenda: ['Agenda', 'Temas'],
    notes: ['Notas'],
    other: ['Decisiones', 'Varios'],
  },
  due: ['vence', 'para el'],
  from: [(date) => `desde ${date}`],
  ownerColon: ': ',
  names: ['Ana', 'José María', 'Lucía'],
};

const FR_MONTHS = 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.'.split(' ');
const FR_MONTHS_LONG = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(
  ' ',
);
const FR_WEEKDAYS = 'dim. lun. mar. mer. jeu. ven. sam.'.split(' ');
const FR_WEEKDAYS_LONG = 'dimanche lundi mardi mercredi jeudi vendredi samedi'.split(' ');

const fr: WrittenIn = {
  tag: 'fr',
  monthsShort: FR_MONTHS,
  monthsLong: FR_MONTHS_LONG,
  weekdaysShort: FR_WEEKDAYS,
  weekdaysLong: FR_WEEKDAYS_LONG,
  long: (d, m, y, w) => `${FR_WEEKDAYS_LONG[w]} ${d} ${FR_MONTHS_LONG[m - 1]} ${y}`,
  short: (d, m, y) => `${d} ${FR_MONTHS[m - 1]} ${y}`,
  dayMonth: (d, m) => `${d} ${FR_MONTHS[m - 1]}`,
  dayFirst: true,
  label: 'Point hebdo Ana / Ben',
  cancelled: ' (annulé)',
  titles: {
    carried: ['Points en suspens'],
    actions: ['Actions', 'Prochaines étapes', 'À faire'],
    agenda: ['Ordre du jour'],
    notes: ['Notes', 'Compte rendu'],
    other: ['Décisions', 'Divers'],
  },
  due: ['échéance', 'pour le'],
  from: [(date) => `du ${date}`, (date) => `depuis le ${date}`],
  ownerColon: ' : ',
  names: ['Ana', 'Chloé', 'Jean-Luc'],
};

const PT_MONTHS = 'jan. fev. mar. abr. mai. jun. jul. ago. set. out. nov. dez.'.split(' ');
const PT_MONTHS_LONG = 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(
  ' ',
);
const PT_WEEKDAYS = 'dom. seg. ter. qua. qui. sex. sáb.'.split(' ');
const PT_WEEKDAYS_LONG = 'domingo segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado'.split(' ');

const ptBR: WrittenIn = {
  tag: 'pt-BR',
  monthsShort: PT_MONTHS,
  monthsLong: PT_MONTHS_LONG,
  weekdaysShort: PT_WEEKDAYS,
  weekdaysLong: PT_WEEKDAYS_LONG,
  long: (d, m, y, w) => `${PT_WEEKDAYS_LONG[w]}, ${d} de ${PT_MONTHS_LONG[m - 1]} de ${y}`,
  short: (d, m, y) => `${d} de ${PT_MONTHS[m - 1]} de ${y}`,
  dayMonth: (d, m) => `${d} de ${PT_MONTHS[m - 1]}`,
  dayFirst: true,
  label: 'Reunião 1:1 com Ana',
  cancelled: ' (cancelada)',
  titles: {
    carried: ['Pendências'],
    actions: ['Ações', 'Próximos passos', 'Tarefas'],
    agenda: ['Pauta'],
    notes: ['Anotações'],
    other: ['Decisões', 'Diversos'],
  },
  due: ['prazo', 'até'],
  from: [(date) => `desde ${date}`],
  ownerColon: ': ',
  names: ['Ana', 'João Pedro', 'Ana de Souza'],
};

const JA_WEEKDAYS = '日 月 火 水 木 金 土'.split(' ');

/** Japanese typed with a Japanese keyboard: digits and colons as often full-width as not. */
const wide = (text: string) => text.replace(/[0-9:/()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const ja: WrittenIn = {
  tag: 'ja',
  monthsShort: [],
  monthsLong: [],
  weekdaysShort: JA_WEEKDAYS,
  weekdaysLong: JA_WEEKDAYS.map((w) => `${w}曜日`),
  long: (d, m, y, w) => wide(`${y}年${m}月${d}日(${JA_WEEKDAYS[w]})`),
  short: (d, m, y) => `${y}年${m}月${d}日`,
  dayMonth: (d, m) => (d % 2 ? wide(`${m}月${d}日`) : `${m}月${d}日`),
  dayFirst: false,
  label: '田中さんとの1on1',
  cancelled: '（中止）',
  titles: {
    carried: ['前回からの持ち越し'],
    actions: ['アクションアイテム', '次のステップ', 'ToDo'],
    agenda: ['アジェンダ', '議題'],
    notes: ['メモ'],
    other: ['決定事項', 'その他'],
  },
  due: ['期限'],
  from: [(date) => `${date}から`],
  ownerColon: '：',
  names: ['田中', '佐藤 花子'],
};

/** Every language, English first. */
export const WRITTEN_IN: readonly WrittenIn[] = [en, de, es, fr, ptBR, ja];
