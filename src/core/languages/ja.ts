// Japanese: what the add-on writes in a Japanese Doc (`2026年11月16日(月) · 1on1`, `期限 11月30日`) and reads there.
import type { NotesLanguage } from '.';

export const ja: NotesLanguage = {
  tag: 'ja',
  // Year first (2026/11/03) reads as ISO does; a year-last 11/03/2026 puts the month first, as Japanese does.
  dayFirst: false,
  write: {
    months: '1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月',
    weekdays: '日 月 火 水 木 金 土',
    weekdayDate: '{Y}年{N}月{D}日({W})',
    date: '{Y}年{N}月{D}日',
    day: '{N}月{D}日',
    dayYear: '{Y}年{N}月{D}日',
    label: '1on1',
    cancelled: '（中止）',
    titles: ['前回からの持ち越し', 'アジェンダ', 'メモ', 'アクションアイテム'],
    owner: '：',
    due: '期限 {}',
    from: '{}から',
    prompts: [
      'うまくいったこと · 困っていること · 相互フィードバック · 成長 · プライベート',
      'お互いを知る回：今日は進捗報告なし',
      'これまで · これから · 伸ばしたいスキル · 必要なサポート',
    ],
    first: [
      'フィードバックはどう受け取りたいですか？文書か対面か、その場でか1on1でまとめてか。',
      '仕事でやる気が出ること、消耗することは何ですか？',
      '一緒に働くうえで知っておくべきことは？勤務時間、集中したい時間、好きな連絡手段など。',
      'この1on1に何を期待しますか？どのくらいの頻度で話しましょうか？',
      '1〜2年後、どうなっていたいですか？',
    ],
    career: [
      'ここ数か月の仕事で、いちばんやりがいを感じたもの、いちばん感じなかったものは？',
      '2〜5年後、どうなっていたいですか？',
      'そこへ近づくには、どんなスキルや経験が必要ですか？',
      '私にできること、会っておくとよい人はいますか？',
    ],
  },
  read: {
    // Months are numbers (11月): read by the date's own form (dates.ts).
    months: '',
    weekdays:
      '日曜日|日曜|日,月曜日|月曜|月,火曜日|火曜|火,水曜日|水曜|水,木曜日|木曜|木,金曜日|金曜|金,土曜日|土曜|土',
    carried: '前回からの持ち越し|持ち越し|継続事項|前回の宿題',
    agenda: 'アジェンダ|議題',
    notes: 'メモ|議事録|ノート',
    actions: 'アクションアイテム|アクション|次のステップ|ネクストアクション|タスク|宿題|todo',
    due: '期限|締切|締め切り',
    from: '',
    fromAfter: 'から|より',
    cancelled: '中止|キャンセル',
    notOwners: 'メモ|質問|決定|課題|重要|目標|確認|議題|宿題|アイデア|補足|注意',
  },
};
