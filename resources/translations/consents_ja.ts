<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ConsentActions</name>
    <message>
        <source>Consent {number} is withdrawn. No recorded provision relied on it.</source>
        <extracomment>the views call these with themselves (a ConsentView of views.py, which imports this module)</extracomment>
        <translation>同意 {number} を撤回しました。この同意に基づく記録済みの提供はありません。</translation>
    </message>
    <message>
        <source>Consent form {number}</source>
        <translation>同意書 {number}</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No: {basis}</source>
        <translation>いいえ（{basis}）</translation>
    </message>
    <message>
        <source>Provided on: {day}</source>
        <translation>提供日：{day}</translation>
    </message>
    <message>
        <source>Consent obtained: {answer}</source>
        <translation>本人の同意：{answer}</translation>
    </message>
    <message>
        <source>Recipient: {name}, {address} {representative}</source>
        <translation>提供先：{name}、{address} {representative}</translation>
    </message>
    <message>
        <source>Person: {person}</source>
        <translation>本人：{person}</translation>
    </message>
    <message>
        <source>Data items: {items}</source>
        <translation>データ項目：{items}</translation>
    </message>
    <message>
        <source>Keep until: {day}</source>
        <translation>保存期限：{day}</translation>
    </message>
    <message>
        <source>Record of provision {number} (APPI Art. 29)</source>
        <translation>提供 {number} の記録（個人情報保護法第29条）</translation>
    </message>
    <message>
        <source>Not required: the recipient is a government body or a basis applies.</source>
        <translation>記録義務なし：提供先が国の機関等であるか、法令等の根拠があります。</translation>
    </message>
    <message>
        <source>Purge the provision and receipt records past their retention?</source>
        <translation>保存期間を過ぎた提供・受領の記録を消去しますか？</translation>
    </message>
    <message>
        <source>They are deleted for good; the audit trail records how many.</source>
        <translation>完全に削除されます。件数は監査記録に残ります。</translation>
    </message>
    <message>
        <source>Purge</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>{provisions} provision records and {receipts} receipt records purged.</source>
        <translation>提供の記録 {provisions} 件、受領の記録 {receipts} 件を消去しました。</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Signed form</source>
        <translation>署名済みの同意書</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Oral (note who heard what)</source>
        <translation>口頭（誰が何を聞いたかを記入）</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>e.g. Cabinet A / 2026-003</source>
        <translation>例：書庫A / 2026-003</translation>
    </message>
    <message>
        <source>empty: until withdrawn</source>
        <translation>空欄：撤回されるまで</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>変更した項目</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Purpose details</source>
        <translation>目的の詳細</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>データ項目</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Note on how</source>
        <translation>方法についてのメモ</translation>
    </message>
    <message>
        <source>Evidence kept at</source>
        <translation>証拠の保管場所</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Who agreed to what going where</source>
        <translation>誰が、何を、どこへ提供することに同意したか</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>同意の取得方法</translation>
    </message>
    <message>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <source>Every version, oldest first</source>
        <translation>すべての版（古い順）</translation>
    </message>
    <message>
        <source>New consent</source>
        <translation>新しい同意</translation>
    </message>
    <message>
        <source>Consent {number}</source>
        <translation>同意 {number}</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>顧客を選択してください。</translation>
    </message>
    <message>
        <source>Choose the recipient.</source>
        <translation>提供先を選択してください。</translation>
    </message>
    <message>
        <source>Choose the purpose.</source>
        <translation>利用目的を選択してください。</translation>
    </message>
    <message>
        <source>Tick at least one data item.</source>
        <translation>データ項目を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Enter the day the consent was given.</source>
        <translation>同意を得た日を入力してください。</translation>
    </message>
</context>
<context>
    <name>ConsentModels</name>
    <message>
        <source>Not yet in force</source>
        <translation>発効前</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企業</translation>
    </message>
    <message>
        <source>Alliance partner</source>
        <translation>提携先</translation>
    </message>
    <message>
        <source>National government</source>
        <translation>国の機関</translation>
    </message>
    <message>
        <source>Local government</source>
        <translation>地方公共団体</translation>
    </message>
    <message>
        <source>Incorporated administrative agency</source>
        <translation>独立行政法人等</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>個人</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>データ項目</translation>
    </message>
    <message>
        <source>Consent no.</source>
        <translation>同意番号</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Withdrawn: no new provision can rely on it.</source>
        <translation>撤回済み：新たな提供の根拠にはできません。</translation>
    </message>
    <message>
        <source>Provision no.</source>
        <translation>提供番号</translation>
    </message>
    <message>
        <source>Provided on</source>
        <translation>提供日</translation>
    </message>
    <message>
        <source>Relies on</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>The consent was withdrawn or had expired by the provision date.</source>
        <translation>提供日までに同意が撤回されたか、期限が切れていました。</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>作成済み</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Laws and regulations</source>
        <translation>法令に基づく場合</translation>
    </message>
    <message>
        <source>Outsourcing</source>
        <translation>委託</translation>
    </message>
    <message>
        <source>Business succession</source>
        <translation>事業承継</translation>
    </message>
    <message>
        <source>Joint use</source>
        <translation>共同利用</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>受領番号</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
</context>
<context>
    <name>ConsentView</name>
    <message>
        <source>{shown} of {all}</source>
        <extracomment>the count label&apos;s texts (one, several), in this class&apos;s context</extracomment>
        <translation>{all}中 {shown} 件</translation>
    </message>
</context>
<context>
    <name>ConsentsTab</name>
    <message>
        <source>Consents</source>
        <extracomment>the sub-views&apos; titles, in their order</extracomment>
        <translation>同意</translation>
    </message>
    <message>
        <source>Provisions</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>第三者からの受領</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <source>from</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>until</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Client: {client}</source>
        <translation>顧客：{client}</translation>
    </message>
</context>
<context>
    <name>ConsentsView</name>
    <message>
        <source>Search client, recipient, data item or no. (Ctrl+F)</source>
        <translation>顧客・提供先・データ項目・番号で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No consents here. New consent… records one.</source>
        <translation>同意はありません。「新しい同意…」で記録できます。</translation>
    </message>
    <message>
        <source>{total} consent</source>
        <translation>同意 {total} 件</translation>
    </message>
    <message>
        <source>{total} consents</source>
        <translation>同意 {total} 件</translation>
    </message>
    <message>
        <source>New consent…</source>
        <translation>新しい同意…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <source>Print consent form…</source>
        <translation>同意書を印刷…</translation>
    </message>
</context>
<context>
    <name>ItemsPicker</name>
    <message>
        <source>{name} (sensitive)</source>
        <translation>{name}（要配慮個人情報）</translation>
    </message>
</context>
<context>
    <name>ProvisionDialog</name>
    <message>
        <source>Record a provision to a third party</source>
        <translation>第三者提供の記録</translation>
    </message>
</context>
<context>
    <name>ProvisionsView</name>
    <message>
        <source>Search client, recipient, consent or no. (Ctrl+F)</source>
        <translation>顧客・提供先・同意・番号で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No provisions here. Record provision… adds one.</source>
        <translation>第三者提供の記録はありません。「提供を記録…」で追加できます。</translation>
    </message>
    <message>
        <source>{total} provision</source>
        <translation>提供 {total} 件</translation>
    </message>
    <message>
        <source>{total} provisions</source>
        <translation>提供 {total} 件</translation>
    </message>
    <message>
        <source>Record provision…</source>
        <translation>提供を記録…</translation>
    </message>
    <message>
        <source>Show record</source>
        <translation>記録を表示</translation>
    </message>
    <message>
        <source>Purge expired records…</source>
        <translation>保存期間を過ぎた記録を消去…</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Record data received from a third party</source>
        <translation>第三者から受領したデータの記録</translation>
    </message>
</context>
<context>
    <name>ReceiptsView</name>
    <message>
        <source>Search client, provider or no. (Ctrl+F)</source>
        <translation>顧客・提供元・番号で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No receipts here. Record receipt… adds one.</source>
        <translation>受領の記録はありません。「受領を記録…」で追加できます。</translation>
    </message>
    <message>
        <source>{total} receipt</source>
        <translation>受領 {total} 件</translation>
    </message>
    <message>
        <source>{total} receipts</source>
        <translation>受領 {total} 件</translation>
    </message>
    <message>
        <source>Record receipt…</source>
        <translation>受領を記録…</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>New recipient</source>
        <translation>新しい提供先</translation>
    </message>
</context>
<context>
    <name>RecipientsView</name>
    <message>
        <source>Search name or address (Ctrl+F)</source>
        <translation>名称・住所で検索（Ctrl+F）</translation>
    </message>
    <message>
        <source>No recipients yet. New recipient… adds the first.</source>
        <translation>提供先はまだありません。「新しい提供先…」で追加できます。</translation>
    </message>
    <message>
        <source>{total} recipient</source>
        <translation>提供先 {total} 件</translation>
    </message>
    <message>
        <source>{total} recipients</source>
        <translation>提供先 {total} 件</translation>
    </message>
    <message>
        <source>New recipient…</source>
        <translation>新しい提供先…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
</context>
<context>
    <name>RecordForms</name>
    <message>
        <source>By hand</source>
        <translation>手渡し</translation>
    </message>
    <message>
        <source>By mail</source>
        <translation>郵送</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Online application</source>
        <translation>オンライン申請</translation>
    </message>
    <message>
        <source>By fax</source>
        <translation>FAX</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>One record per provision (3 years)</source>
        <translation>提供ごとに記録（3年間保存）</translation>
    </message>
    <message>
        <source>One record for continuing provisions</source>
        <translation>継続的な提供を一括して記録</translation>
    </message>
    <message>
        <source>A contract with the person (1 year)</source>
        <translation>本人との契約書で代替（1年間保存）</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>データ項目</translation>
    </message>
    <message>
        <source>Provided on</source>
        <translation>提供日</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>提供方法</translation>
    </message>
    <message>
        <source>Consent relied on</source>
        <translation>根拠とする同意</translation>
    </message>
    <message>
        <source>Or a legal basis</source>
        <translation>または法令等の根拠</translation>
    </message>
    <message>
        <source>Which law or contract</source>
        <translation>根拠となる法令・契約</translation>
    </message>
    <message>
        <source>Record kept as</source>
        <translation>記録の方法</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>What goes where</source>
        <translation>何をどこへ提供するか</translation>
    </message>
    <message>
        <source>Why it may go</source>
        <translation>提供できる根拠</translation>
    </message>
    <message>
        <source>None: a consent covers it</source>
        <translation>なし（同意に基づく）</translation>
    </message>
    <message>
        <source>Found automatically</source>
        <translation>自動で選択</translation>
    </message>
    <message>
        <source>Choose the client.</source>
        <translation>顧客を選択してください。</translation>
    </message>
    <message>
        <source>Choose the recipient.</source>
        <translation>提供先を選択してください。</translation>
    </message>
    <message>
        <source>Choose the purpose.</source>
        <translation>利用目的を選択してください。</translation>
    </message>
    <message>
        <source>Tick at least one data item.</source>
        <translation>データ項目を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Enter the day of the provision.</source>
        <translation>提供日を入力してください。</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択してください…</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>How the provider got it</source>
        <translation>提供元の取得経緯</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>What was received</source>
        <translation>受領したデータ</translation>
    </message>
    <message>
        <source>The provider, as confirmed (APPI Art. 30)</source>
        <translation>確認した提供元（個人情報保護法第30条）</translation>
    </message>
    <message>
        <source>Enter the day the data was received.</source>
        <translation>受領日を入力してください。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <source>Who receives the data</source>
        <translation>データの提供先</translation>
    </message>
    <message>
        <source>Enter the name.</source>
        <translation>名称を入力してください。</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Withdraw consent {number}</source>
        <translation>同意 {number} の撤回</translation>
    </message>
    <message>
        <source>In writing</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>By e-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>Orally</source>
        <translation>口頭</translation>
    </message>
    <message>
        <source>Withdrawn on</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>{client} withdraws the consent to provide {items} to {recipient}. No provision can rely on it from that day.</source>
        <translation>{client} さんが、{recipient} への {items} の提供についての同意を撤回します。撤回日以降、この同意に基づく提供はできません。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回する</translation>
    </message>
    <message>
        <source>Enter the day the consent was withdrawn.</source>
        <translation>撤回日を入力してください。</translation>
    </message>
</context>
</TS>
