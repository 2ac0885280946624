<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>ClientDialog</name>
    <message>
        <source>New client</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <source>Client {number}</source>
        <translation>顧客 {number}</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>状態: {status}</translation>
    </message>
    <message>
        <source>{years} years after the matter closes</source>
        <translation>案件終了から{years}年後</translation>
    </message>
    <message>
        <source>{date} ({years} years after the matter closed)</source>
        <translation>{date}（案件終了から{years}年後）</translation>
    </message>
</context>
<context>
    <name>ClientFields</name>
    <message>
        <source>YYYY-MM-DD, empty if unknown</source>
        <translation>例: 1980年4月1日（不明なら空欄）</translation>
    </message>
    <message>
        <source>for example: a referral form the client signed</source>
        <translation>例: 本人が署名した紹介状</translation>
    </message>
    <message>
        <source>What kind, for example: medical history, criminal record</source>
        <translation>種類（例: 病歴、犯罪の経歴）</translation>
    </message>
    <message>
        <source>A matter or service, for example: visa renewal</source>
        <translation>案件・業務（例: 在留期間更新）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, empty while open</source>
        <translation>例: 2026年3月31日（継続中は空欄）</translation>
    </message>
    <message>
        <source>&amp;Includes sensitive personal information (要配慮個人情報)</source>
        <translation>要配慮個人情報を含む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>姓(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>名(&amp;G)</translation>
    </message>
    <message>
        <source>Family name (&amp;kana)</source>
        <translation>姓（フリガナ）(&amp;K)</translation>
    </message>
    <message>
        <source>Given name (k&amp;ana)</source>
        <translation>名（フリガナ）(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>生年月日(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Postal code</source>
        <translation>郵便番号(&amp;P)</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>住所(&amp;R)</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>電話番号(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>メール(&amp;E)</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>本人情報・連絡先</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>本人情報</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>&amp;How obtained</source>
        <translation>取得方法(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Obtained on</source>
        <translation>取得日(&amp;O)</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;name</source>
        <translation>提供元の名称(&amp;N)</translation>
    </message>
    <message>
        <source>Provider&apos;s &amp;address</source>
        <translation>提供元の住所(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Representative</source>
        <translation>代表者(&amp;R)</translation>
    </message>
    <message>
        <source>How the provider obtained &amp;it</source>
        <translation>提供元の取得経緯(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Purposes of use</source>
        <translation>利用目的(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Matter closed on</source>
        <translation>案件終了日(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Keep until</source>
        <translation>保存期限(&amp;K)</translation>
    </message>
    <message>
        <source>Provider (confirmation on receipt, APPI Art. 30)</source>
        <translation>提供元（受領時の確認・個人情報保護法第30条）</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>取得</translation>
    </message>
    <message>
        <source>Sensitive data</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Matters requested</source>
        <translation>依頼案件</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>利用</translation>
    </message>
    <message>
        <source>Retention and notes</source>
        <translation>保存・備考</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
</context>
<context>
    <name>ClientModel</name>
    <message>
        <source>Active</source>
        <translation>保有中</translation>
    </message>
    <message>
        <source>Past retention</source>
        <translation>保有期限切れ</translation>
    </message>
    <message>
        <source>Due for disposal</source>
        <translation>廃棄予定</translation>
    </message>
    <message>
        <source>Disposed</source>
        <translation>廃棄済み</translation>
    </message>
    <message>
        <source>Client no.</source>
        <extracomment>the statuses that ask for action, in the colour of things due</extracomment>
        <translation>顧客番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>フリガナ</translation>
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
        <source>Purposes</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>要配慮</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Disposed: the personal data was deleted; the client number remains.</source>
        <translation>廃棄済み: 個人情報は削除され、顧客番号だけが残っています。</translation>
    </message>
    <message>
        <source>The retention period is over.</source>
        <translation>保存期限を過ぎています。</translation>
    </message>
</context>
<context>
    <name>ClientsTab</name>
    <message>
        <source>Search name, kana, phone, e-mail or client no. (Ctrl+F)</source>
        <translation>氏名・フリガナ・電話番号・メール・顧客番号で検索 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Show disposed</source>
        <translation>廃棄済みも表示</translation>
    </message>
    <message>
        <source>No clients yet. Begin by adding the first client:</source>
        <translation>顧客はまだ登録されていません。最初の顧客を登録してください:</translation>
    </message>
    <message>
        <source>New client…</source>
        <translation>新規顧客…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Mark due for disposal…</source>
        <translation>廃棄予定にする…</translation>
    </message>
    <message>
        <source>Not due after all</source>
        <translation>廃棄予定を取り消す</translation>
    </message>
    <message>
        <source>Dispose…</source>
        <translation>廃棄…</translation>
    </message>
    <message>
        <source>Purposes of use…</source>
        <translation>利用目的…</translation>
    </message>
    <message>
        <source>{shown} of {total} clients</source>
        <translation>{total}件中{shown}件</translation>
    </message>
    <message>
        <source>{shown} of {total} client</source>
        <translation>{total}件中{shown}件</translation>
    </message>
    <message>
        <source>{total} clients</source>
        <translation>{total}件</translation>
    </message>
    <message>
        <source>{total} client</source>
        <translation>{total}件</translation>
    </message>
</context>
<context>
    <name>DisposeDialog</name>
    <message>
        <source>Shredded (paper)</source>
        <translation>シュレッダー処理（紙）</translation>
    </message>
    <message>
        <source>Erased (electronic data)</source>
        <translation>消去（電子データ）</translation>
    </message>
    <message>
        <source>Returned to the client</source>
        <translation>本人に返却</translation>
    </message>
    <message>
        <source>Dispose of client {number}</source>
        <translation>顧客 {number} の廃棄</translation>
    </message>
    <message>
        <source>This cannot be undone. The client&apos;s personal data (names, address, phone, e-mail, notes) is deleted from the ledger for good; only the client number and this disposal record remain. Dispose of the paper and electronic copies first, then record it here.</source>
        <translation>この操作は取り消せません。顧客の個人情報（氏名、住所、電話番号、メール、備考）は台帳から完全に削除され、顧客番号とこの廃棄の記録だけが残ります。先に紙の書類と電子データの写しを廃棄してから、ここに記録してください。</translation>
    </message>
    <message>
        <source>for example: retention period over</source>
        <translation>例: 保存期限の経過</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Disposed on</source>
        <translation>廃棄日(&amp;D)</translation>
    </message>
    <message>
        <source>Dispose &amp;permanently</source>
        <translation>完全に廃棄する(&amp;P)</translation>
    </message>
</context>
<context>
    <name>FormPages</name>
    <message>
        <source>Directly from the client</source>
        <translation>本人から直接</translation>
    </message>
    <message>
        <source>A form the client filled in</source>
        <translation>本人が記入した書面</translation>
    </message>
    <message>
        <source>The web site&apos;s inquiry form</source>
        <translation>ウェブサイトのお問い合わせフォーム</translation>
    </message>
    <message>
        <source>A referral (data from the client)</source>
        <translation>紹介（本人からの情報）</translation>
    </message>
    <message>
        <source>From a third party</source>
        <translation>第三者から</translation>
    </message>
</context>
<context>
    <name>MarkDueDialog</name>
    <message>
        <source>Mark client {number} due for disposal</source>
        <translation>顧客 {number} を廃棄予定にする</translation>
    </message>
    <message>
        <source>The client appears on the list of disposals due; a manager confirms the disposal. Nothing is deleted now.</source>
        <translation>この顧客は廃棄予定の一覧に載り、管理者が廃棄を確定します。この時点では何も削除されません。</translation>
    </message>
    <message>
        <source>for example: the client asked for erasure</source>
        <translation>例: 本人から消去の請求があった</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>Mark &amp;due</source>
        <translation>廃棄予定にする(&amp;D)</translation>
    </message>
</context>
<context>
    <name>Tab</name>
    <message>
        <source>Clients</source>
        <translation>顧客</translation>
    </message>
</context>
<context>
    <name>TombstoneDialog</name>
    <message>
        <source>Client {number}</source>
        <translation>顧客 {number}</translation>
    </message>
    <message>
        <source>This client&apos;s personal data was disposed of.</source>
        <translation>この顧客の個人情報は廃棄されました。</translation>
    </message>
    <message>
        <source>Client no.</source>
        <translation>顧客番号</translation>
    </message>
    <message>
        <source>Disposed on</source>
        <translation>廃棄日</translation>
    </message>
    <message>
        <source>By</source>
        <translation>実施者</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
</TS>
