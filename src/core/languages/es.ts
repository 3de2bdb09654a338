// Spanish: what the add-on writes in a Spanish Doc (`lun, 16 nov 2026 · 1:1`, `vence 30 nov`) and reads there.
import type { NotesLanguage } from '.';

export const es: NotesLanguage = {
  tag: 'es',
  dayFirst: true,
  write: {
    months: 'ene feb mar abr may jun jul ago sept oct nov dic',
    weekdays: 'dom lun mar mié jue vie sáb',
    weekdayDate: '{W}, {D} {M} {Y}',
    date: '{D} {M} {Y}',
    day: '{D} {M}',
    dayYear: '{D} {M} {Y}',
    label: '1:1',
    cancelled: ' (cancelada)',
    titles: ['Pendientes', 'Agenda', 'Notas', 'Tareas'],
    owner: ': ',
    due: 'vence {}',
    from: 'desde {}',
    prompts: [
      'Logros · Bloqueos · Feedback mutuo · Crecimiento · Personal',
      'Conocernos: hoy sin actualizaciones de estado',
      'Mirando atrás · Mirando adelante · Habilidades por desarrollar · Apoyo necesario',
    ],
    first: [
      '¿Cómo prefieres recibir feedback: por escrito o en persona, en el momento o guardado para nuestro 1:1?',
      '¿Qué te motiva en el trabajo y qué te desgasta?',
      '¿Qué debería saber para trabajar contigo: horarios, tiempo de concentración, cómo prefieres comunicarte?',
      '¿Qué esperas de nuestros 1:1 y con qué frecuencia deberíamos reunirnos?',
      '¿Dónde quieres estar dentro de uno o dos años?',
    ],
    career: [
      '¿Qué trabajo de los últimos meses te dio más energía y cuál menos?',
      '¿Dónde quieres estar dentro de dos a cinco años?',
      '¿Qué habilidades o experiencias te llevarían hasta allí?',
      '¿Qué podría hacer yo, o a quién podrías conocer, para ayudarte?',
    ],
  },
  read: {
    months:
      'enero|ene,febrero|feb,marzo|mar,abril|abr,mayo|may,junio|jun,julio|jul,agosto|ago,septiembre|setiembre|sept|sep|set,octubre|oct,noviembre|nov,diciembre|dic',
    weekdays: 'domingo|dom,lunes|lun,martes|mar,miércoles|mié,jueves|jue,viernes|vie,sábado|sáb',
    carried: 'pendientes|de la última vez',
    agenda: 'agenda|temas|orden del día',
    notes: 'notas|apuntes',
    actions: 'tareas|próximos pasos|siguientes pasos|acciones',
    due: 'vence|vencimiento|fecha límite|para el',
    from: 'desde|de',
    cancelled: 'cancelada|cancelado|suspendida|suspendido',
    notOwners: 'nota|pregunta|idea|decisión|importante|objetivo|recordatorio|tarea|tema|estado|contexto|resultado',
  },
};
