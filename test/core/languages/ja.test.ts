// Japanese as the add-on writes and reads it (src/core/languages/ja.ts): full-width digits and colons read as ASCII.
import { describeLanguage } from './language';

describeLanguage({
  tag: 'ja',
  headings: ['2026年11月16日(月) · 1on1', '2026年11月16日 · 1on1', '2026-11-16 · 1on1'],
  cancelled: '2026年11月16日(月) · 1on1（中止）',
  titles: ['前回からの持ち越し', 'アジェンダ', 'メモ', 'アクションアイテム'],
  carried: '☐ Ana：send the deck · 期限 11月30日 · 11月9日から',
  dueNextYear: '2027年1月5日',
  headingsRead: [
    ['２０２６年１１月１６日（月）', '2026-11-16'],
    ['2026年11月16日（月曜日） 田中さんとの1on1', '2026-11-16'],
    ['1on1 2026/11/16', '2026-11-16'],
    ['１１／１６／２０２６', '2026-11-16'],
    ['2026年12月3日(木)（中止）', '2026-12-03'],
  ],
  titlesRead: [
    ['アクションアイテム', 'actions'],
    ['次のステップ', 'actions'],
    ['ＴｏＤｏ', 'actions'],
    ['宿題：', 'actions'],
    ['前回からの持ち越し', 'carried'],
    ['議題', 'agenda'],
    ['議事録', 'notes'],
  ],
  itemsRead: [
    ['☐ 田中：資料を送る（期限：１２月１日）', { owner: '田中', text: '資料を送る', due: '１２月１日' }],
    ['☐ 佐藤: 予算を確認する · 11月9日から', { owner: '佐藤', text: '予算を確認する', from: '2026-11-09' }],
    ['☐ メモ：誰の担当でもない', { text: 'メモ：誰の担当でもない' }],
  ],
  numeric: '2026-03-11',
  months: [],
});
