<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ChecklistDialog</name>
    <message>
        <source>Inspection checklists</source>
        <translation>点検チェックリスト</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <source>&amp;Add question</source>
        <translation>項目を追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation>新しい版として保存(&amp;S)</translation>
    </message>
    <message>
        <source>Saving makes the next version of the checklist. Inspections already recorded keep the version they used.</source>
        <translation>保存するとチェックリストの次の版になります。記録済みの点検は、使用した版のまま残ります。</translation>
    </message>
    <message>
        <source>Version {version} in use</source>
        <translation>使用中: 第{version}版</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>Contract with {name}</source>
        <translation>{name} との契約</translation>
    </message>
    <message>
        <source>{count} required clause(s) missing.</source>
        <translation>必要な条項が{count}件不足しています。</translation>
    </message>
    <message>
        <source>Every required clause is in the contract.</source>
        <translation>必要な条項はすべて含まれています。</translation>
    </message>
</context>
<context>
    <name>ContractFields</name>
    <message>
        <source>for example: binder 3, no. 12</source>
        <translation>例: 契約書綴り3、No.12</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Starts on</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Ends on</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Renewal on</source>
        <translation>更新日</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>契約書の保管場所</translation>
    </message>
    <message>
        <source>note (article, wording)</source>
        <translation>メモ（条番号・文言）</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>Dates and where it is kept</source>
        <translation>日付と保管場所</translation>
    </message>
    <message>
        <source>Clauses the contract must have</source>
        <translation>契約に必要な条項</translation>
    </message>
</context>
<context>
    <name>ContractorDialog</name>
    <message>
        <source>New contractor</source>
        <translation>新規委託先</translation>
    </message>
    <message>
        <source>Contractor {number}</source>
        <translation>委託先 {number}</translation>
    </message>
</context>
<context>
    <name>ContractorFields</name>
    <message>
        <source> months</source>
        <translation>か月</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Inspect every</source>
        <translation>点検周期</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <source>The outsourcing company</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Includes sensitive personal information (要配慮個人情報)</source>
        <translation>要配慮個人情報を含む</translation>
    </message>
    <message>
        <source>Handled abroad or on a foreign cloud</source>
        <translation>外国または外国のクラウドで取り扱う</translation>
    </message>
    <message>
        <source>Outsourced work</source>
        <translation>委託業務</translation>
    </message>
    <message>
        <source>Data entrusted</source>
        <translation>委託する個人データ</translation>
    </message>
    <message>
        <source>Persons (approx.)</source>
        <translation>人数（概数）</translation>
    </message>
    <message>
        <source>Where handled</source>
        <translation>取扱場所</translation>
    </message>
    <message>
        <source>Sub-contractor</source>
        <translation>再委託先</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>業務</translation>
    </message>
    <message>
        <source>Approved on (YYYY-MM-DD)</source>
        <translation>承認日（YYYY-MM-DD）</translation>
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
        <source>Sub-contractors</source>
        <translation>再委託先</translation>
    </message>
    <message>
        <source>What the company handles</source>
        <translation>委託する内容</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>ContractorModel</name>
    <message>
        <source>No contract is recorded.</source>
        <translation>契約が登録されていません。</translation>
    </message>
    <message>
        <source>The contract lacks:</source>
        <translation>契約に不足している条項:</translation>
    </message>
    <message>
        <source>no contract</source>
        <translation>契約なし</translation>
    </message>
    <message>
        <source>The inspection is overdue.</source>
        <translation>点検期限を過ぎています。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Outsourced work</source>
        <translation>委託業務</translation>
    </message>
    <message>
        <source>Contract ends</source>
        <translation>契約終了日</translation>
    </message>
    <message>
        <source>Missing clauses</source>
        <translation>不足条項</translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation>最終点検</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>次回点検期限</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Ended: the contract is over and not inspected.</source>
        <translation>終了: 契約は終了しており、点検の対象外です。</translation>
    </message>
</context>
<context>
    <name>ContractorsTab</name>
    <message>
        <source>Search name, work or no. (Ctrl+F)</source>
        <translation>名称・業務・番号で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show ended</source>
        <translation>終了も表示</translation>
    </message>
    <message>
        <source>No contractors yet. New contractor… adds the first.</source>
        <translation>委託先はまだありません。「新規委託先…」で登録します。</translation>
    </message>
    <message>
        <source>New contractor…</source>
        <translation>新規委託先…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Contract…</source>
        <translation>契約…</translation>
    </message>
    <message>
        <source>Selection check…</source>
        <translation>選定時確認…</translation>
    </message>
    <message>
        <source>End of contract…</source>
        <translation>契約終了…</translation>
    </message>
    <message>
        <source>Inspections…</source>
        <translation>点検…</translation>
    </message>
    <message>
        <source>Print sheets due this month…</source>
        <translation>今月期限の点検表を印刷…</translation>
    </message>
    <message>
        <source>Office self-inspection…</source>
        <translation>事務所の自己点検…</translation>
    </message>
    <message>
        <source>Checklists…</source>
        <translation>チェックリスト…</translation>
    </message>
    <message>
        <source>{shown} of {total} contractors</source>
        <translation>{total}件中{shown}件</translation>
    </message>
    <message>
        <source>{total} contractors</source>
        <translation>{total}件</translation>
    </message>
    <message>
        <source>{total} contractor</source>
        <translation>{total}件</translation>
    </message>
    <message>
        <source>{title} ({count} overdue)</source>
        <translation>{title}（期限超過 {count}）</translation>
    </message>
    <message>
        <source>the office itself</source>
        <translation>当事務所</translation>
    </message>
    <message>
        <source>No contractor is due for inspection by the end of this month.</source>
        <translation>今月末までに点検期限を迎える委託先はありません。</translation>
    </message>
    <message>
        <source>Inspection sheets due by {month}</source>
        <translation>{month} 期限の点検表</translation>
    </message>
</context>
<context>
    <name>EndContractDialog</name>
    <message>
        <source>End the contract with {name}</source>
        <translation>{name} との契約終了</translation>
    </message>
</context>
<context>
    <name>EndFields</name>
    <message>
        <source>for example: disposal certificate no. 2026-014</source>
        <translation>例: 廃棄証明書 No.2026-014</translation>
    </message>
    <message>
        <source>The data was</source>
        <translation>データの処理</translation>
    </message>
    <message>
        <source>On</source>
        <translation>処理日</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>End of contract</source>
        <translation>契約終了</translation>
    </message>
    <message>
        <source>Return or erasure of the data</source>
        <translation>データの返却・消去</translation>
    </message>
</context>
<context>
    <name>InspectionFields</name>
    <message>
        <source>version {version}</source>
        <translation>第{version}版</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>点検者</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>点検項目</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>点検</translation>
    </message>
    <message>
        <source>Checklist: a result for every item</source>
        <translation>チェックリスト（全項目に結果を入力）</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>Responsible (at the contractor)</source>
        <translation>責任者（委託先）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了日</translation>
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
        <source>Findings</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Corrective actions</source>
        <translation>是正措置</translation>
    </message>
    <message>
        <source>Findings and actions</source>
        <translation>所見と是正措置</translation>
    </message>
</context>
<context>
    <name>InspectionsDialog</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>点検者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Non-conformities</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>承認・差戻し者</translation>
    </message>
    <message>
        <source>Inspections: {name}</source>
        <translation>点検: {name}</translation>
    </message>
    <message>
        <source>&amp;Record an inspection…</source>
        <translation>点検を記録(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>承認(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;turn…</source>
        <translation>差し戻し(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Print sheet…</source>
        <translation>点検表を印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print &amp;blank sheet…</source>
        <translation>記入用の点検表を印刷(&amp;B)…</translation>
    </message>
    <message>
        <source>Next self-inspection due by {date}.</source>
        <translation>次回の自己点検期限: {date}</translation>
    </message>
    <message>
        <source>Inspection of {name}</source>
        <translation>{name} の点検</translation>
    </message>
    <message>
        <source>Return the inspection</source>
        <translation>点検の差し戻し</translation>
    </message>
    <message>
        <source>What must be corrected?</source>
        <translation>修正が必要な点を入力してください。</translation>
    </message>
</context>
<context>
    <name>SelectionDialog</name>
    <message>
        <source>Selection check of {name}</source>
        <translation>{name} の選定時確認</translation>
    </message>
</context>
<context>
    <name>SelectionFields</name>
    <message>
        <source>Holds the Privacy Mark (Pマーク)</source>
        <translation>プライバシーマーク（Pマーク）を取得している</translation>
    </message>
    <message>
        <source>ISMS (ISO/IEC 27001) certified</source>
        <translation>ISMS（ISO/IEC 27001）認証を取得している</translation>
    </message>
    <message>
        <source>Has written rules for handling personal data</source>
        <translation>個人データの取扱規程がある</translation>
    </message>
    <message>
        <source>incidents in the past years, or none</source>
        <translation>過去数年の事故（なければ「なし」）</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>確認日</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Past incidents</source>
        <translation>過去の事故</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>選定</translation>
    </message>
    <message>
        <source>Before entrusting any data</source>
        <translation>個人データを委託する前に</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <source>Print preview…</source>
        <translation>印刷プレビュー…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>印刷…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDFに保存…</translation>
    </message>
    <message>
        <source>Save the inspection sheet</source>
        <translation>点検表の保存</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>Contractors</source>
        <translation>委託先</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Enter the date.</source>
        <translation>日付を入力してください。</translation>
    </message>
    <message>
        <source>Write each approval date as YYYY-MM-DD.</source>
        <translation>承認日は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
    <message>
        <source>Write the actions&apos; dates as YYYY-MM-DD.</source>
        <translation>是正措置の日付は YYYY-MM-DD の形式で入力してください。</translation>
    </message>
</context>
</TS>
