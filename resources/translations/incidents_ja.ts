<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Incident {number}: add to the timeline</source>
        <translation>インシデント {number}：経緯に追加</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>行ったこと</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, for example 09:30.</source>
        <translation>時刻は HH:MM の形式で入力してください（例: 09:30）。</translation>
    </message>
</context>
<context>
    <name>IncidentDialog</name>
    <message>
        <source>Report an incident</source>
        <translation>インシデントの報告</translation>
    </message>
    <message>
        <source>Incident {number}</source>
        <translation>インシデント {number}</translation>
    </message>
    <message>
        <source>Enter the time as HH:MM, for example 09:30.</source>
        <extracomment>clients by number, for the links (numbers and names only: the list the Clients tab shows)</extracomment>
        <translation>時刻は HH:MM の形式で入力してください（例: 09:30）。</translation>
    </message>
    <message>
        <source>The record of {numbers} is flagged sensitive: this counts as yes.</source>
        <translation>{numbers} の記録に要配慮個人情報の印があるため、「はい」として扱います。</translation>
    </message>
    <message>
        <source>Yes: up to {count} persons.</source>
        <translation>はい：最大 {count} 人です。</translation>
    </message>
    <message>
        <source>No: at most {count} persons (more than 1,000 counts).</source>
        <translation>いいえ：最大 {count} 人です（1,000人を超える場合が該当）。</translation>
    </message>
    <message>
        <source>Enter the number of persons on the previous page.</source>
        <translation>前のページで本人の数を入力してください。</translation>
    </message>
    <message>
        <source>because:</source>
        <translation>理由：</translation>
    </message>
    <message>
        <source>No report deadlines.</source>
        <translation>報告期限はありません。</translation>
    </message>
    <message>
        <source>Day 1: {day} (the day the office knew, or the contractor told it)</source>
        <translation>1日目：{day}（事務所が知った日、又は委託先から報告を受けた日）</translation>
    </message>
    <message>
        <source>Preliminary report: target {preliminary} (day {number})</source>
        <translation>速報：目安 {preliminary}（{number}日目）</translation>
    </message>
    <message>
        <source>Final report: due {final} (day {days})</source>
        <translation>確報：期限 {final}（{days}日目）</translation>
    </message>
    <message>
        <source>The clock runs while the answer is open.</source>
        <translation>判定が済むまでの間も期限は進みます。</translation>
    </message>
    <message>
        <source>There is no client {number}.</source>
        <translation>顧客 {number} は存在しません。</translation>
    </message>
</context>
<context>
    <name>IncidentFields</name>
    <message>
        <source>Not answered yet</source>
        <extracomment>the answers of a Rule 7 question; None is &quot;not answered yet&quot;</extracomment>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty if unknown</source>
        <translation>YYYY-MM-DD（不明なら空欄）</translation>
    </message>
    <message>
        <source>for example: name, address, passport number</source>
        <translation>例：氏名、住所、旅券番号</translation>
    </message>
    <message>
        <source>Client no., for example C-000012</source>
        <translation>顧客番号（例: C-000012）</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, when the contractor told us</source>
        <translation>YYYY-MM-DD（委託先から報告を受けた日）</translation>
    </message>
    <message>
        <source>All the data was strongly encrypted, and the key was not lost</source>
        <translation>すべてのデータに高度な暗号化がされ、鍵は漏えいしていない</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Suspected or confirmed</source>
        <translation>おそれ・確定</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>発見者</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Occurred on</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <source>The office knew on</source>
        <translation>発覚日時</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Maximum possible number</source>
        <translation>最大人数</translation>
    </message>
    <message>
        <source>Clients affected</source>
        <translation>関係する顧客</translation>
    </message>
    <message>
        <source>Contractor no.</source>
        <translation>委託先番号</translation>
    </message>
    <message>
        <source>Contractor told the office on</source>
        <translation>委託先からの報告日</translation>
    </message>
    <message>
        <source>Data and persons</source>
        <translation>データと本人</translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation>漏えい等が発生し、又は発生したおそれがある個人データの項目</translation>
    </message>
    <message>
        <source>Persons affected</source>
        <translation>対象となる本人</translation>
    </message>
    <message>
        <source>Contractor involved (if any)</source>
        <translation>関係する委託先（ある場合）</translation>
    </message>
    <message>
        <source>1. Is sensitive personal information (要配慮個人情報) involved?</source>
        <translation>1. 要配慮個人情報が含まれますか？</translation>
    </message>
    <message>
        <source>2. Could misuse cause financial damage (card or bank data)?</source>
        <translation>2. 不正に利用されると財産的被害が生じるおそれがありますか（カード・口座情報など）？</translation>
    </message>
    <message>
        <source>3. Is a wrongful purpose suspected (access, theft, an insider)?</source>
        <translation>3. 不正の目的によるおそれがありますか（不正アクセス・盗難・内部の者など）？</translation>
    </message>
    <message>
        <source>4. More than 1,000 persons?</source>
        <translation>4. 本人の数が1,000人を超えますか？</translation>
    </message>
    <message>
        <source>Report to the PPC</source>
        <translation>委員会への報告</translation>
    </message>
    <message>
        <source>Questions (Rule 7)</source>
        <translation>質問（規則7条）</translation>
    </message>
    <message>
        <source>Answer and deadlines</source>
        <translation>判定と期限</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Secondary harm</source>
        <translation>二次被害</translation>
    </message>
    <message>
        <source>Response to the persons</source>
        <translation>本人への対応の実施状況</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Cause and response</source>
        <translation>原因と対応</translation>
    </message>
    <message>
        <source>For the report</source>
        <translation>報告のための記載</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Stages and actions</source>
        <translation>段階と対応</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>通知の送付</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <source>⚠ {days} days overdue</source>
        <translation>⚠ {days}日超過</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>本日期限</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1日</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days}日</translation>
    </message>
    <message>
        <source>Incident no.</source>
        <extracomment>folded search keys by (number, title): a reload folds only what changed</extracomment>
        <translation>インシデント番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Office knew</source>
        <translation>発覚日</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Report to the PPC</source>
        <translation>委員会への報告</translation>
    </message>
    <message>
        <source>Next report</source>
        <translation>次の報告</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Preliminary report target {preliminary}; final report due {final}</source>
        <translation>速報の目安 {preliminary}、確報の期限 {final}</translation>
    </message>
</context>
<context>
    <name>IncidentTimeline</name>
    <message>
        <source>{count} persons</source>
        <translation>{count}人</translation>
    </message>
</context>
<context>
    <name>IncidentsTab</name>
    <message>
        <source>Search incident no. or title (Ctrl+F)</source>
        <translation>インシデント番号・件名で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show closed</source>
        <translation>完了も表示</translation>
    </message>
    <message>
        <source>No incidents recorded. Report an incident… adds one.</source>
        <translation>インシデントの記録はありません。「インシデントの報告…」で追加できます。</translation>
    </message>
    <message>
        <source>Report an incident…</source>
        <translation>インシデントの報告…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Stage reached…</source>
        <translation>段階の記録…</translation>
    </message>
    <message>
        <source>Add to timeline…</source>
        <translation>経緯に追加…</translation>
    </message>
    <message>
        <source>Notices sent…</source>
        <translation>通知の記録…</translation>
    </message>
    <message>
        <source>Close incident…</source>
        <translation>完了にする…</translation>
    </message>
    <message>
        <source>Print report draft…</source>
        <translation>報告書の下書きを印刷…</translation>
    </message>
    <message>
        <source>Print notices…</source>
        <translation>通知文を印刷…</translation>
    </message>
    <message>
        <source>{shown} of {total} incidents</source>
        <translation>{total}件中{shown}件</translation>
    </message>
    <message>
        <source>{total} incidents</source>
        <translation>{total}件</translation>
    </message>
    <message>
        <source>{total} incident</source>
        <translation>{total}件</translation>
    </message>
    <message>
        <source>Close incident {number}? It can no longer be changed afterwards.</source>
        <translation>インシデント {number} を完了にしますか？完了後は変更できません。</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>完了にする</translation>
    </message>
    <message>
        <source>Print the report draft</source>
        <translation>報告書の下書きの印刷</translation>
    </message>
    <message>
        <source>{count} letters, one for each linked client.</source>
        <translation>関係する顧客ごとに1通、計{count}通です。</translation>
    </message>
    <message>
        <source>No linked client with an address: one letter without an address.</source>
        <translation>住所のある関係顧客がいないため、宛名なしの通知文を1通作成します。</translation>
    </message>
    <message>
        <source>Print the notices to the persons</source>
        <translation>本人への通知文の印刷</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <source>Incident {number}: notices sent</source>
        <translation>インシデント {number}：通知の記録</translation>
    </message>
    <message>
        <source>Linked clients</source>
        <translation>関係する顧客</translation>
    </message>
    <message>
        <source>A number of persons (not linked)</source>
        <translation>人数で記録（顧客と未連携）</translation>
    </message>
    <message>
        <source>(notified already)</source>
        <translation>（通知済み）</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>送付日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <source>Document</source>
        <extracomment>the option chosen from ``options`` (None when there were none)</extracomment>
        <translation>文書</translation>
    </message>
    <message>
        <source>Preview…</source>
        <translation>プレビュー…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFとして保存…</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <source>Incident {number}: stage reached</source>
        <translation>インシデント {number}：段階の記録</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>Incidents</source>
        <extracomment>how often the tab looks whether the day changed (the clocks count days)</extracomment>
        <translation>インシデント</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDFファイル (*.pdf)</translation>
    </message>
</context>
</TS>
