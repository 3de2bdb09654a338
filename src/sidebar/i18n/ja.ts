// The sidebar's words in Japanese, polite です/ます as Google Docs speaks to its Japanese users; key for key as en.ts.
import type { Catalog } from './en';
import { M, P } from './keys';

export const ja: Catalog = {
  // ——— Shared pieces ———
  [M['common.loading']]: '読み込んでいます…',
  [M['common.saving']]: '保存しています…',
  [M['common.tryAgain']]: '再試行',
  [M['common.refresh']]: '更新',
  [M['common.refreshing']]: '更新しています…',
  [M['common.cancel']]: 'キャンセル',
  [M['common.add']]: '追加',
  [M['common.adding']]: '追加しています…',
  [M['common.done']]: '完了',
  [M['common.drop']]: '取り下げ',
  [M['common.dropping']]: '取り下げています…',
  [M['common.keep']]: '継続',
  [M['common.delete']]: '削除',
  [M['common.turningOn']]: 'オンにしています…',
  [M['common.doneAbout']]: '完了：{text}',
  [M['common.dropAbout']]: '取り下げ：{text}',
  [M['common.keepAbout']]: '継続：{text}',
  [M['common.deleteAbout']]: '削除：{text}',
  [M['common.cut']]: '{text}…',
  [M['common.due']]: '期限 {date}',
  [M['common.from']]: '{date}から',
  [M['common.moreNotShown']]: 'ほか {count} 件は非表示',
  [M['common.lastKnown']]: '{when} 時点の情報です。',
  [M['common.lastKnownRefreshing']]: '{when} 時点の情報です。更新しています…',
  [M['common.lastKnownCut']]: '{asOf} 更新が終わるまで、長いリストやテキストは一部だけを表示しています。',
  [M['common.lastKnownFailed']]: '{when} 時点の情報です。更新できませんでした。{error}',

  // ——— Calls ———
  [M['rpc.timeout']]: 'サーバーから応答がありませんでした。もう一度お試しください。',
  [M['rpc.noFunction']]: 'このアドオンにはサーバー関数 {name} がありません。',

  // ——— Forms ———
  [M['field.count']]: '{length} / {limit} 文字',
  [M['field.countOver']]: '{length} / {limit} 文字（{extra} 文字超過）',
  [M['field.tooLong']]: '{length} 文字あります。上限は {limit} 文字です。短くしてから、もう一度追加してください。',

  // ——— Automation ———
  [M['automation.off']]:
    'すべての 1:1 ドキュメントで自動準備がオフになっています。ミーティングの前にセクションは追加されません。',
  [M['automation.lastRan']]:
    '自動準備が最後に実行されたのは{ago}です。ミーティングの前にセクションが追加されない可能性があります。',
  [M['automation.notRun']]:
    '自動準備が何時間も実行されていません。ミーティングの前にセクションが追加されない可能性があります。',
  [M['automation.turnBackOn']]: 'オンに戻す',
  [M['automation.onAgain']]: '自動準備がオンに戻りました。',

  // ——— Setup ———
  [M['setup.turnOnTitle']]: '自動準備',
  [M['setup.linkedButOff']]:
    'このドキュメントは「{title}」にリンクされていますが、あなたの自動準備はオフになっています。',
  [M['setup.turnOnWhy']]:
    'オンにすると、相手がドキュメントを開くかどうかにかかわらず、各ミーティングのセクションが開始前に用意されます。',
  [M['setup.turnOn']]: 'オンにする',
  [M['setup.linkAnother']]: '別のシリーズをリンク',
  [M['setup.linkTitle']]: '1:1 をリンク',
  [M['setup.intro']]:
    '定期的な 1:1 を選択してください。各ミーティングの前に、前回の未完了のアクション アイテムを含む日付入りのセクションがこのドキュメントに追加されます。',
  [M['setup.link']]: 'リンク',
  [M['setup.linking']]: 'リンクしています…',
  [M['setup.next']]: '次回：{when}',
  [M['setup.loadingSeries']]: '定期的な予定を読み込んでいます…',
  [M['setup.calendarUnreadable']]: 'カレンダーを読み込めませんでした。',
  [M['setup.legend']]: '定期的な 1:1',
  [M['setup.noPairs']]:
    '参加者がちょうど 2 人の定期的な予定はありません。別の予定を選ぶには、すべての定期的な予定を表示してください。',
  [M['setup.noSeries']]:
    '今後 2 か月間、カレンダーに定期的な予定はありません。Google カレンダーで定期的な 1:1 を作成してから、更新してください。',
  [M['setup.showAll']]: 'すべての定期的な予定を表示',
  [M['setup.with.none']]: 'ほかの参加者なし',
  [M['setup.with.onlyYou']]: 'あなたのみ',
  [M['setup.with.one']]: '参加者：{name}',
  [M['setup.with.two']]: '参加者：{first}、{second}',
  [P['setup.with.many']]: { other: '参加者：{first} ほか {count} 人' },
  [M['setup.chooseFirst']]: '先に定期的な 1:1 を選択してください。',
  [M['setup.linkedTo']]: '「{title}」にリンクしました。',
  [M['setup.linked']]: 'リンクしました。',
  [M['setup.onForYou']]: 'あなたの自動準備はオンです。',

  // ——— Next 1:1 ———
  [M['next.title']]: '次回の 1:1',
  [M['next.prepare']]: '今すぐ準備',
  [M['next.preparing']]: '準備しています…',
  [M['next.notLinked']]:
    'このドキュメントはまだ定期的な 1:1 にリンクされていません。「今すぐ準備」を押すと、今日のセクション（{today}）が追加されます。リンクすると、前回の 1:1 以降にこの方法で追加された最新のセクションが次回のミーティングのセクションになり、その日付に変わります。それより古いセクションはそのまま残ります。',
  [M['next.ended']]: 'このシリーズは終了しています。同じメンバーの新しいシリーズは見つかりませんでした。',
  [M['next.linkNew']]: '新しいシリーズをリンク',
  [M['next.unreadable']]: '現在カレンダーの予定を読み込めません。下の「ステータス」をご確認ください。',
  [M['next.none']]: 'このシリーズに今後のミーティングはありません。',
  [M['next.cancelledMark']]: ' · キャンセル済み',
  [M['next.soon']]: ' · {soon}',
  [M['next.cancelledAdvice']]:
    'このミーティングはキャンセルされています。中止ではなく、別の日時への変更をご検討ください。1:1 の中止が重なると、その影響も積み重なります。',
  [M['next.reschedule']]: 'Google カレンダーで日時を変更',
  [M['next.openCalendar']]: 'Google カレンダーで開く',
  [M['next.note.todayInserted']]: '今日のセクションをドキュメントに追加しました。',
  [M['next.note.todayThere']]: '今日のセクションはすでにドキュメントにあります。',
  [M['next.note.inserted']]: 'セクションをドキュメントに追加しました。',
  [M['next.note.there']]: '追加するものはありません。セクションはすでにあります。',
  [M['next.note.done']]: '完了しました。',

  // ——— Commitments ———
  [M['commitments.title']]: '前回から',
  [M['commitments.titleOn']]: '前回（{date}）から',
  [M['commitments.nativeHint']]:
    'ドキュメントのチェックボックスはアドオンから読み取れません。項目にチェックを付けるには、ここでチェックするか、ドキュメントで項目の先頭に ☑ を入れてください。',
  [M['commitments.gotIt']]: 'OK',
  [M['commitments.none']]: '前回のアクション アイテムはありません。',
  [M['commitments.noEarlier']]: 'このドキュメントにはまだ以前のミーティングがありません。',
  [M['commitments.showAll']]: 'すべて表示（{all} 件、未完了 {open} 件）',
  [M['commitments.new']]: '今回の新規',
  [M['commitments.open']]: '未完了 {count} 件',
  [M['commitments.done']]: '完了 {count} 件',
  [M['commitments.dropped']]: '取り下げ {count} 件',
  [M['commitments.droppedMark']]: '取り下げ',
  [M['commitments.overdue']]: '{due}（{ago}）',
  [P['commitments.carried']]: { other: '{count} 回繰り越し' },
  [M['commitments.owner']]: '{owner}：',
  [M['commitments.stillOn']]: 'まだ必要ですか？',
  [M['commitments.stillOnAbout']]: 'まだ必要ですか：{text}',

  // ——— Agenda ———
  [M['agenda.title']]: 'アジェンダ',
  [M['agenda.owner.me']]: '自分',
  [M['agenda.owner.them']]: '相手',
  [M['agenda.owner.other']]: 'ほかの人…',
  [M['agenda.suggested']]: 'おすすめの質問',
  [M['agenda.nudge']]: '{weekday}のトピックを追加しましょう',
  [M['agenda.nudgeNoDay']]: '次回の 1:1 のトピックを追加しましょう',
  [M['agenda.newTopic']]: 'アジェンダの新しいトピック',
  [M['agenda.topicPlaceholder']]: 'トピックを追加',
  [M['agenda.noTopics']]: 'トピックはまだありません。追加したトピックは次回のミーティングのセクションに入ります。',
  [M['agenda.addAction']]: 'アクション アイテムを追加',
  [M['agenda.actionItem']]: 'アクション アイテム',
  [M['agenda.owner']]: '担当者',
  [M['agenda.ownerName']]: '担当者の名前',
  [M['agenda.dueDate']]: '期限（省略可）',
  [M['agenda.addActionButton']]: 'アクション アイテムを保存',
  [M['agenda.typeTopic']]: '先にトピックを入力してください。',
  [M['agenda.typeAction']]: '先にアクション アイテムを入力してください。',
  [M['agenda.typeOwnerName']]: '先に担当者の名前を入力してください。',
  [M['agenda.needOwner']]: '担当者の名前を入力するか、「自分」または「相手」を選択してください。',
  [M['agenda.badDue']]: '期限が有効な日付ではありません。',
  [M['agenda.actionAdded']]: 'アクション アイテムに「{text}」を追加しました。「今回の新規」に表示されています。',

  // ——— Private talking points ———
  [M['private.title']]: '非公開の話題',
  [M['private.intro']]: 'これはあなただけに表示されます。アジェンダに追加するまで、ドキュメントには入りません。',
  [M['private.share']]: 'アジェンダに追加',
  [M['private.shareAbout']]: 'アジェンダに追加：{text}',
  [M['private.newPoint']]: '新しい非公開の話題',
  [M['private.placeholder']]: '非公開の話題を追加',
  [M['private.typePoint']]: '先に話題を入力してください。',
  [M['private.shared']]: 'アジェンダに追加しました。ドキュメントに反映されています。',

  // ——— Cadence and privacy ———
  [M['cadence.title']]: '開催状況',
  [M['cadence.none']]: '過去 90 日間に開催された 1:1 はありません。',
  [M['cadence.last']]: '前回の 1:1：{ago}。',
  [M['cadence.held']]: '開催',
  [M['cadence.moved']]: '日時変更',
  [M['cadence.cancelled']]: 'キャンセル',
  [M['cadence.span']]: '過去 90 日間',
  [M['cadence.spanSentence']]: '過去 90 日間の集計です。',
  [M['privacy.title']]: 'このドキュメントを開ける人',
  [M['privacy.checkAgain']]: '再確認',
  [M['privacy.checking']]: '確認しています…',
  [M['privacy.checkedNow']]: 'たった今確認しました。',
  [M['privacy.checked']]: '{ago}に確認しました。',
  [M['privacy.onlyYouTwo']]: 'このドキュメントを開けるのはお二人だけです。',
  [P['privacy.besidesYouTwo']]: { other: 'お二人のほかに {count} 人がこのドキュメントを開けます。' },
  [M['privacy.keep']]: '{besides}機密性の高いメモは、非公開の話題に書いてください。',
  [M['privacy.notOneOnOne']]: 'このシリーズには参加者が {attendees} 人いるため、1:1 ではありません。{who}',
  [M['privacy.onlyYou']]:
    '現在このドキュメントを開けるのはあなただけです。ほかの招待者も、共有されると読めるようになります。',
  [M['privacy.onlyPair']]:
    '現在このドキュメントを開けるのはあなたと主催者だけです。ほかの招待者も、共有されると読めるようになります。',
  [P['privacy.besidesYou']]: { other: 'あなたのほかに {count} 人がこのドキュメントを開けます。' },
  [P['privacy.besidesPair']]: { other: 'あなたと主催者のほかに {count} 人がこのドキュメントを開けます。' },

  // ——— Status ———
  [M['status.title']]: 'ステータス',
  [M['status.on']]: '自動準備はオンです。各ミーティングの前にセクションが追加されます。',
  [M['status.onLead']]: '自動準備はオンです。各ミーティングの {lead}前にセクションが追加されます。',
  [M['status.nothingYet']]: 'まだ何も実行されていません。',
  [M['status.heading']]: '{trigger} · {when}',
  [M['status.trigger.hourly']]: '1 時間ごとのチェック',
  [M['status.trigger.calendar']]: 'カレンダーの変更',
  [M['status.trigger.prepareNow']]: '今すぐ準備',
  [M['status.headingMeta']]: ' · {heading}',
  [M['status.outcome.inserted']]: 'セクションを追加',
  [M['status.outcome.nothing']]: '処理なし',
  [M['status.outcome.error']]: '失敗',
  [M['status.upToDate']]: '最新の状態',
  [M['status.addedSection']]: '{time}に{weekday}のセクションを追加',
  [M['status.updatedDoc']]: '{time}にドキュメントを更新：{message}',
  [M['status.sinceSentence']]: '{line} その後は最新の状態です。',
  [M['status.sinceLine']]: '{line} · その後は最新の状態です。',
  [M['status.beforeSentence']]: 'その前：{line}',
  [M['status.beforeLine']]: 'その前：{line}。',
  [M['status.nextCancelled']]: '次回の 1:1（{when}）はキャンセルされています。',
  [M['status.next']]: '次回の 1:1：{when}。',

  // ——— Settings ———
  [M['settings.title']]: '設定',
  [M['settings.shared']]: 'お二人に共通の設定で、このドキュメントに適用されます。',
  [M['settings.save']]: '設定を保存',
  [M['settings.saved']]: '設定を保存しました。',
  [M['settings.unchanged']]: '変更はありません。',
  [M['settings.lead']]: '各セクションの準備',
  [M['settings.leadBefore']]: '{lead}前',
  [M['settings.position']]: '新しいセクションの位置',
  [M['settings.template']]: 'テンプレート',
  [M['settings.date']]: '見出しの日付',
  [M['settings.language']]: 'メモの言語',
  [M['settings.languageHelp']]:
    '新しいセクション、その見出しとヒントはこの言語で書かれます。これらのどの言語のメモも、この設定にかかわらず読み取られます。',
  [M['notice.dateReadAs']]:
    'この Doc の「{date}」は、{locale} の日付の書き方に従って {iso} と読み取られます。違う場合は、設定でメモの言語を変更してください。',
  [M['settings.position.newest-first']]: '新しい順（ドキュメントの先頭）',
  [M['settings.position.oldest-first']]: '古い順（ドキュメントの末尾）',
  [M['settings.template.default']]: '通常の 1:1',
  [M['settings.template.first']]: '初回の 1:1',
  [M['settings.template.career']]: 'キャリア面談',
  [M['settings.template.like-last']]: '前回のセクションと同じ',
  [P['settings.lead.hours']]: { other: '{count} 時間' },
  [P['settings.lead.days']]: { other: '{count} 日' },
  [M['settings.unlinkAsk']]:
    'お二人ともこのドキュメントのリンクを解除しますか？どちらかがもう一度リンクするまで、新しいセクションは自動で追加されません。ドキュメントとメモはすべてそのまま残ります。',
  [M['settings.unlinkBoth']]: '二人ともリンクを解除',
  [M['settings.stopAlone']]: '停止するのはあなたの分だけです。相手の自動準備は続きます。',
  [M['settings.stopForMe']]: '自分の自動準備を停止',
  [M['settings.unlinkStart']]: 'このドキュメントとシリーズのリンクを解除…',
  [M['settings.unlinking']]: 'リンクを解除しています…',
  [M['settings.stopping']]: '停止しています…',
  [M['settings.unlinkedFrom']]:
    'お二人とも「{title}」とのリンクを解除しました。ドキュメントのメモはすべて残っています。',
  [M['settings.unlinked']]: 'お二人ともリンクを解除しました。ドキュメントのメモはすべて残っています。',
  [M['settings.stopped']]:
    'あなたの自動準備をオフにしました。ドキュメントはリンクされたままで、相手の自動準備は続きます。',

  // ——— All my 1:1s ———
  [M['overview.title']]: 'すべての 1:1',
  [M['overview.backToDoc']]: '← このドキュメント',
  [M['overview.age.today']]: '今日追加',
  [P['overview.age.days']]: { other: '{count} 日経過' },
  [P['overview.age.weeks']]: { other: '{count} 週間経過' },
  [P['overview.age.months']]: { other: '{count} か月経過' },
  [P['overview.age.years']]: { other: '{count} 年経過' },
  [P['overview.overdueBy']]: { other: '期限を {count} 日超過' },
  [M['overview.for']]: '{date}の回',
  [M['overview.noNext']]: 'カレンダーに次回の 1:1 はありません。',
  [M['overview.nextCancelled']]: '次回の 1:1：{when}（キャンセル済み）。',
  [M['overview.next']]: '次回の 1:1：{when}。',
  [M['overview.nextSoon']]: '次回の 1:1：{when}（{soon}）。',
  [M['overview.nextMoved']]: '次回の 1:1（日時変更あり）：{when}。',
  [M['overview.nextMovedSoon']]: '次回の 1:1（日時変更あり）：{when}（{soon}）。',
  [M['overview.lastToday']]: '前回の 1:1 は今日でした',
  [P['overview.since']]: { other: '前回の 1:1 から {count} 日' },
  [M['overview.gap']]: '{since}。',
  [M['overview.gapWarning']]: '⚠ {since}：2 週間を超えています。',
  [M['overview.gapStrong']]: '⚠ {since}：4 週間を超えています。',
  [M['overview.nothingMine']]: 'あなたの未完了はありません',
  [M['overview.openMine']]: 'あなたの未完了 {count} 件',
  [M['overview.forThem']]: '{name} の未完了 {count} 件',
  [M['overview.forThemUnnamed']]: '相手の未完了 {count} 件',
  [M['overview.forOthers']]: 'ほかの人の未完了 {count} 件',
  [M['overview.overdue']]: ' · 期限超過 {count} 件',
  [P['overview.reading']]: { other: '{count} 件中 {done} 件のドキュメントを読み込みました…' },
  [M['overview.readingStart']]: 'ドキュメントを読み込んでいます…',
  [P['overview.read']]: { other: '{count} 件中 {done} 件のドキュメントを読み込みました。' },
  [M['overview.failure']]: '{title}：{message}',
  [M['overview.refreshed']]: '{when}に更新しました。',
  [M['overview.asLastRead']]:
    '各ドキュメントを最後に読み込んだ時点の内容です。「すべて更新」を押すと、すべてのドキュメントを読み込み直します（1 分ほどかかることがあります）。',
  [M['overview.refreshAll']]: 'すべて更新',
  [M['overview.youOwe']]: 'あなたの未完了',
  [M['overview.yourDocs']]: 'あなたの 1:1 ドキュメント',
  [M['overview.noDocs']]:
    'リンクされたドキュメントはまだありません。1:1 ドキュメントを開いて、シリーズにリンクしてください。',
  [M['overview.nothingOwed']]: 'あなたの未完了はありません。',
  [M['overview.leftOut']]: 'ほか {count} 件は非表示です。それぞれのドキュメントを開いてご確認ください。',
  [M['overview.inDoc']]: 'ドキュメント：{title}',
  [M['overview.with']]: '相手：{name}',
  // ——— The server's messages (shared/messages.ts) ———
  [M['error.unforeseen']]:
    '問題が発生したため、処理が完了していない可能性があります。しばらくしてからもう一度お試しください。',
  [M['error.google']]: 'Google 側で問題が発生しました（一時的なエラー）。しばらくしてからもう一度お試しください。',
  [M['error.network']]: 'Google に接続できませんでした。接続を確認して、もう一度お試しください。',
  [M['error.unknown']]: '問題が発生しました。もう一度お試しください。',
  [M['error.authorization']]:
    '1:1 Companion をもう一度許可するよう Google から求められています。ドキュメントを再読み込みしてから、「拡張機能」メニューからサイドバーを開いてください。',
  [M['error.storeFull']]:
    '1:1 Companion の保存容量がいっぱいです（すべてのドキュメントの合計で 500 KB）。非公開の話題をいくつか削除するか、使わなくなったドキュメントのリンクを解除してください。',
  [M['error.docGone']]: 'このドキュメントは削除されたか、開けなくなっています。',
  [M['error.docForbidden']]: 'このドキュメントを編集できなくなりました。オーナーにアクセス権をリクエストしてください。',
  [M['error.docKeptChanging']]:
    'アドオンが書き込んでいる間にドキュメントが変更され続けたため、何も変更していません。しばらくしてからもう一度お試しください。',
  [M['error.notesTabGone']]:
    '1:1 のメモがあったタブが削除され、ほかのタブにもメモがないため、何も書き込んでいません。ドキュメントをもう一度リンクすると、最初のタブから始まります。',
  [M['error.notYourDoc']]: 'そのドキュメントはリンク済みの 1:1 ドキュメントではないため、何も書き込んでいません。',
  [M['error.privateListFull']]:
    '非公開のリストがいっぱいです。先にいくつかの話題をアジェンダに追加するか、削除してください。',
  [M['error.noUpcoming']]: 'これを追加できる今後の 1:1 がカレンダーにありません。',
  [M['error.sectionMissing']]:
    '次回のミーティングのセクションがドキュメント内に見つからないため、何も追加していません。',
  [M['error.suggestionInTheWay']]:
    '何も追加していません。「{heading}」に変更の提案があり、アドオンは提案の中には書き込みません。ドキュメントで提案を承認または拒否してから、もう一度追加してください。',
  [M['error.typeTheirName']]:
    '名前を入力してください。このドキュメントは、あなたともう 1 人の 1:1 にリンクされていません。',
  [M['error.eventDeleted']]: 'その予定は削除されています。現在の定期的な 1:1 を選択してください。',
  [M['error.eventNotRecurring']]: '「{title}」は繰り返しの予定ではありません。定期的な 1:1 を選択してください。',
  [M['error.pointGone']]: 'その話題はすでに削除されていました。',
  [M['invalid.argument']]:
    'アドオンが使用できない内容がサイドバーから送信されたため、何も変更していません。サイドバーを閉じて、もう一度開いてください。',
  [M['invalid.chooseEvent']]: 'リンクする定期的な予定を選択してください。',
  [M['invalid.unknownKey']]: 'オプション「{name}」は不明です。',
  [M['invalid.outOfDate']]:
    'このサイドバーは古くなっているため、何も変更していません。サイドバーを閉じて、もう一度開いてください。',
  [M['invalid.owner']]: '担当者は「自分」、「相手」、または文字で書かれた名前（{count} 文字以内）にしてください。',
  [M['invalid.due']]: '期限には日付を指定してください。',
  [M['invalid.lead']]: '準備のタイミングは、{min}～{max} 時間前の範囲で整数で指定してください。',
  [M['invalid.position']]: '新しいセクションの位置として、「新しい順」か「古い順」を選択してください。',
  [M['invalid.template']]: '表示されているテンプレートから選択してください。',
  [M['invalid.dateFormat']]: '表示されている日付形式から選択してください。',
  [M['invalid.notesLanguage']]: '表示されているメモの言語から選択してください。',
  [M['invalid.empty']]: '内容が空のため、何も追加していません。',
  [M['invalid.tooLong']]: '長すぎます。{count} 文字以内にしてください。',
  [M['run.added']]: 'セクション「{heading}」を追加しました。',
  [M['run.adopted']]: '「{heading}」をこのミーティングのセクションにして、足りない部分を追加しました。',
  [M['run.adoptedToday']]: '「{heading}」を今日のセクションにして、足りない部分を追加しました。',
  [M['run.adoptedRedated']]:
    '「{heading}」をこのミーティングのセクションにして日付を「{redated}」に変更し、足りない部分を追加しました。',
  [M['run.adoptedLeft']]:
    '「{heading}」をこのミーティング（{day}）のセクションにして、足りない部分を追加しました。見出しは書かれたままにしています。',
  [M['run.movedLeft']]: 'ミーティングが{day}に変更されました（見出しは書かれたままです）。',
  [M['run.noUpcoming']]: '今後 2 か月間に 1:1 はありません。',
  [M['run.alreadyIn']]: '次回の 1:1 のセクションはすでにドキュメントにあります。',
  [M['run.todayAlreadyIn']]: '今日のセクションはすでにドキュメントにあります。',
  [M['run.upToDate']]: '最新の状態です。',
  [M['run.seriesEnded']]:
    'シリーズ「{title}」は終了しました。続けるには、このドキュメントを次の定期的な 1:1 にリンクしてください。',
  [M['run.docGone']]: 'このドキュメントは削除されたか開けなくなったため、自動準備を停止しました。',
  [M['run.docForbidden']]:
    'このドキュメントを編集できなくなったため、自動準備を停止しました。編集権限をリクエストしてから、もう一度リンクしてください。',
  [M['run.notLinked']]:
    'このドキュメントはカレンダーのシリーズにリンクされていません。サイドバーからリンクしてください。',
  [M['run.openSidebar']]:
    'このドキュメントでサイドバーを一度開いてください。ここでセクションを準備するには、アドオンがリンクを読み込み直す必要があります。',
  [M['run.unlinkedByOther']]:
    '相手がこのドキュメントとシリーズのリンクを二人とも解除したため、準備は行われなくなりました。再開するには、サイドバーからもう一度リンクしてください。',
  [M['run.linkedElsewhere']]:
    'このドキュメントは、あなたのカレンダーにないシリーズにリンクし直されたため、何も書き込んでいません。このドキュメントでサイドバーを開いて、リンクを確認してください。',
  [M['run.linkUnreadable']]:
    'このドキュメントに保存されたリンクを読み込めなかったため、何も書き込んでいません。このドキュメントでサイドバーを一度開いて、リンクを修正してください。',
  [M['run.needsPermission']]:
    'このバージョンの 1:1 Companion には、まだ許可されていない権限が必要です。サイドバーを一度開いて許可してください。それまでは、セクションは自動で追加されません。',
  [M['calendar.eventGone']]:
    'リンクされた 1:1 の予定が削除されたか、アクセスできなくなりました。ドキュメントを現在のシリーズにもう一度リンクしてください。',
  [M['calendar.forbidden']]:
    'Google カレンダーで、リンクされた 1:1 の予定へのアクセスが拒否されました。まだ招待されていることを確認してから、もう一度リンクしてください。',
  [M['calendar.busy']]:
    'Google カレンダーが混み合っているか、リクエストを制限しています。アドオンが 1 時間以内に再試行します。',
  [M['calendar.noAnswer']]: 'Google カレンダーから応答がありませんでした。アドオンが 1 時間以内に再試行します。',
  [M['calendar.syncExpired']]:
    'カレンダーの変更履歴の有効期限が切れたため、アドオンがカレンダー全体を読み込み直しました。',
  [M['calendar.paging']]:
    'Google カレンダーから 1:1 に必要な量を超えるページが送られてきました。アドオンが 1 時間以内に再試行します。',
  [M['calendar.unreadable']]: 'Google カレンダーを読み込めませんでした。アドオンが 1 時間以内に再試行します。',
  [M['trigger.noHourly']]:
    'Google により 1 時間ごとのチェックを設定できなかったため、ここではセクションが自動で追加されません。各 1:1 の前に「今すぐ準備」を使ってください。',
  [M['trigger.hourlyOnly']]:
    'カレンダーの変更は、すぐにではなく 1 時間ごとにチェックされます。Google ドキュメントのアドオンはカレンダーを監視できないためです。',
  [M['conflict.done']]:
    'この項目は、ここで最後に読み込んだ後にドキュメントで完了にされたため、何も変更していません。現在の状態を表示しています。',
  [M['conflict.reopened']]:
    'この項目は、ここで最後に読み込んだ後にドキュメントで未完了に戻されたため、何も変更していません。現在の状態を表示しています。',
  [M['conflict.dropped']]:
    'この項目は、ここで最後に読み込んだ後にドキュメントで取り下げられたため、何も変更していません。現在の状態を表示しています。',
  [M['conflict.gone']]:
    'この項目は、ここで最後に読み込んだ後にドキュメントで編集または削除されたため、何も変更していません。現在の状態を表示しています。',
  [M['conflict.copy']]:
    'この項目のコピーが、ここで最後に読み込んだ後にドキュメントで変更されたため、何も変更していません。現在の状態を表示しています。',
  [M['conflict.suggested']]:
    'この項目にはドキュメントで変更の提案があるため、何も変更していません。先にドキュメントで提案を承認または拒否してください。',
  [M['notice.settingsReset']]: 'このドキュメントの一部の設定を読み込めなかったため、デフォルトに戻しました。',
  [M['notice.linkReset']]:
    'このドキュメントとカレンダーのシリーズのリンクを読み込めなかったため、リンクを削除しました。ドキュメントをもう一度リンクしてください。',
  [M['notice.notesAside']]:
    'このドキュメントの非公開の話題を読み込めませんでした。読み込めなかったデータは別に保管し、新しいリストを作成しました。',
  [M['notice.tabMissing']]:
    'メモがあったタブが削除されました。ドキュメントをもう一度リンクすると、最初のタブから始まります。',
  [M['notice.templateSettled']]:
    '「{used}」は予定どおり 1 つのセクションに使われました。新しいセクションには再び「{current}」が使われます。',
  [M['overview.notReadYet']]: 'まだ読み込んでいません。ドキュメントを開くか、「すべて更新」を押してください。',
  [M['overview.unreadable']]:
    'まだ読み込んでいません。このドキュメントの記録を読み込めませんでした。一度開くか、次回の自動実行をお待ちください。',
  [M['overview.unlinkedHere']]: '相手がこのドキュメントのリンクを二人とも解除したため、リストから外れました。',
  [M['common.sentenceGap']]: '',
  [M['overview.untitled']]: '1:1 ドキュメント',
  [P['run.redated']]: { other: '日時が変更されたミーティング {count} 件の見出しの日付を更新しました。' },
  [P['run.cancelled']]: { other: 'ミーティング {count} 件をキャンセル済みにしました。' },
  [P['notice.privateKept']]: {
    other: 'このドキュメントの非公開の話題（{count} 件）は、削除するまであなた専用の保存領域に残ります。',
  },
  [P['cadence.noneHeld']]: { other: '過去 {count} 日間に開催された 1:1 はありません。' },
  [P['cadence.gap']]: {
    other:
      '前回の 1:1 から {count} 日が経ち、2 週間を超えています。ミーティングはキャンセルせず、日時を変更するようにしましょう。',
  },
};
