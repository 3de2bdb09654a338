// French: what the add-on writes in a French Doc (`lun. 16 nov. 2026 · 1:1`, `échéance 30 nov.`) and reads there.
import type { NotesLanguage } from '.';

export const fr: NotesLanguage = {
  tag: 'fr',
  dayFirst: true,
  write: {
    months: 'janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.',
    weekdays: 'dim. lun. mar. mer. jeu. ven. sam.',
    // As Google Docs' and CLDR's medium form write it: no comma after the weekday.
    weekdayDate: '{W} {D} {M} {Y}',
    date: '{D} {M} {Y}',
    day: '{D} {M}',
    dayYear: '{D} {M} {Y}',
    label: '1:1',
    cancelled: ' (annulé)',
    titles: ['Points en suspens', 'Ordre du jour', 'Notes', 'Actions'],
    owner: ' : ',
    due: 'échéance {}',
    from: 'depuis le {}',
    prompts: [
      'Réussites · Blocages · Feedback dans les deux sens · Développement · Personnel',
      'Faire connaissance : pas de point d’avancement aujourd’hui',
      'Regard en arrière · Regard vers l’avenir · Compétences à développer · Soutien nécessaire',
    ],
    first: [
      'Comment préfères-tu recevoir du feedback : par écrit ou de vive voix, tout de suite ou gardé pour notre 1:1 ?',
      'Qu’est-ce qui te motive au travail, et qu’est-ce qui t’épuise ?',
      'Que dois-je savoir pour bien travailler avec toi : horaires, temps de concentration, façon de communiquer ?',
      'Qu’attends-tu de nos 1:1, et à quelle fréquence devrions-nous nous voir ?',
      'Où veux-tu en être dans un ou deux ans ?',
    ],
    career: [
      'Quel travail de ces derniers mois t’a donné le plus d’énergie, et lequel le moins ?',
      'Où veux-tu en être dans deux à cinq ans ?',
      'Quelles compétences ou expériences t’y mèneraient ?',
      'Que pourrais-je faire, ou qui pourrais-tu rencontrer, pour t’aider ?',
    ],
  },
  read: {
    months:
      'janvier|janv|jan,février|févr|fév,mars,avril|avr,mai,juin,juillet|juil,août,septembre|sept,octobre|oct,novembre|nov,décembre|déc',
    weekdays: 'dimanche|dim,lundi|lun,mardi|mar,mercredi|mer,jeudi|jeu,vendredi|ven,samedi|sam',
    carried: 'points en suspens|en suspens|reporté|reportés|à reprendre',
    agenda: 'ordre du jour|agenda|sujets',
    notes: 'notes|compte rendu',
    actions: 'actions|prochaines étapes|actions à mener|à faire|tâches|todo',
    due: 'échéance|pour le|avant le',
    from: 'depuis le|depuis|du',
    cancelled: 'annulé|annulée',
    notOwners: 'note|question|idée|décision|important|objectif|rappel|tâche|sujet|contexte|statut|remarque|résultat',
  },
};
