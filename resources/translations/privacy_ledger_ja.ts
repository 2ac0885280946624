<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Privacy Ledger</source>
        <translation>Privacy Ledger について</translation>
    </message>
    <message>
        <source>The privacy register of the office: whose personal data it holds and why, consents, outsourcing companies and their inspections, and incidents, in one encrypted file.</source>
        <translation>事務所の個人情報管理台帳です。どの個人情報をなぜ保有しているか、同意、委託先とその点検、漏えい等事案を、暗号化された一つのファイルで管理します。</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Python %1, Qt %2, PySide %3</source>
        <translation>Python %1、Qt %2、PySide %3</translation>
    </message>
    <message>
        <source>Settings and backups: %1</source>
        <translation>設定とバックアップの保存先: %1</translation>
    </message>
    <message>
        <source>&amp;Licences…</source>
        <translation>ライセンス(&amp;L)…</translation>
    </message>
    <message>
        <source>Privacy Ledger</source>
        <translation>Privacy Ledger</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>氏名(&amp;N):</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>役割(&amp;O):</translation>
    </message>
    <message>
        <source>First &amp;password:</source>
        <translation>初期パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>パスワードの確認(&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Add user</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Tell them the first password in person; they choose their own at the first login.</source>
        <translation>初期パスワードは本人に直接伝えてください。最初のログイン時に本人が自分のパスワードを設定します。</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Filter by user, record or text</source>
        <translation>ユーザー・対象・内容で絞り込み</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <extracomment>what the records of the shown events are called now (looked up at each reload)</extracomment>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message>
        <source>The newest %1 events are shown; filter to find older ones.</source>
        <translation>新しいほうから%1件を表示しています。それより古い記録は絞り込んで探してください。</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1件</translation>
    </message>
    <message>
        <source>Checking the audit trail…</source>
        <translation>監査ログを検証しています…</translation>
    </message>
    <message>
        <source>Audit trail intact: all %1 events verified.</source>
        <translation>監査ログは改ざんされていません（全%1件を検証済み）。</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at event %1: %2. Tell the office manager.</source>
        <translation>監査ログが記録%1で壊れています: %2。事務所の管理者に知らせてください。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>Your password was set by a manager. Choose your own password now; nobody else should know it.</source>
        <translation>現在のパスワードは管理者が設定したものです。ご自身だけが知るパスワードを今すぐ設定してください。</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>パスワードの確認(&amp;R):</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>パスワードを変更(&amp;H)</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>パスワードを変更しています…</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to the Provision of Personal Data</source>
        <translation>個人データの第三者提供に関する同意書</translation>
    </message>
    <message>
        <source>I agree that {office} provides the personal data listed below about me to the recipient below, for the purpose below.</source>
        <translation>私は、{office}が、私に関する下記の個人データを、下記の目的のために、下記の提供先に提供することに同意します。</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>本人</translation>
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
        <translation>提供する個人データの項目</translation>
    </message>
    <message>
        <source>sensitive personal information</source>
        <translation>要配慮個人情報</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>同意の期間</translation>
    </message>
    <message>
        <source>Until withdrawn</source>
        <translation>撤回されるまで</translation>
    </message>
    <message>
        <source>Until {day}, unless withdrawn earlier</source>
        <translation>{day}まで（それ以前に撤回された場合はその時まで）</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <source>Version {version} of {day}</source>
        <translation>第{version}版&#x3000;{day} 施行</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>You may withdraw this consent at any time by telling the office. Provisions made before the withdrawal remain as they were; none are made after it.</source>
        <translation>この同意は、事務所にお申し出いただくことでいつでも撤回できます。撤回前に行われた提供はそのまま有効であり、撤回後は提供を行いません。</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Office use: consent {number}, filed in</source>
        <translation>事務所記入欄：同意 {number}&#x3000;保管場所</translation>
    </message>
</context>
<context>
    <name>ContractorLabels</name>
    <message>
        <source>Organizational measures</source>
        <translation>組織的安全管理措置</translation>
    </message>
    <message>
        <source>Personnel measures</source>
        <translation>人的安全管理措置</translation>
    </message>
    <message>
        <source>Physical measures</source>
        <translation>物理的安全管理措置</translation>
    </message>
    <message>
        <source>Technical measures</source>
        <translation>技術的安全管理措置</translation>
    </message>
    <message>
        <source>External environment</source>
        <translation>外的環境の把握</translation>
    </message>
    <message>
        <source>Contract items</source>
        <translation>契約事項</translation>
    </message>
    <message>
        <source>Conforms</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>Does not conform</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>実地</translation>
    </message>
    <message>
        <source>Questionnaire</source>
        <translation>質問票</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation>選定中</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>委託中</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Confidentiality; no use beyond the purpose</source>
        <translation>秘密保持・目的外利用の禁止</translation>
    </message>
    <message>
        <source>Safety control measures</source>
        <translation>安全管理措置</translation>
    </message>
    <message>
        <source>Re-outsourcing only with prior approval</source>
        <translation>再委託は事前承認が必要</translation>
    </message>
    <message>
        <source>Reporting incidents to the office</source>
        <translation>漏えい等の事案の報告</translation>
    </message>
    <message>
        <source>The office&apos;s right to inspect and receive reports</source>
        <translation>当事務所による監査・報告徴収</translation>
    </message>
    <message>
        <source>Return or erasure at the end, with a disposal certificate</source>
        <translation>契約終了時の返却・消去（廃棄証明書）</translation>
    </message>
    <message>
        <source>Remedies for breach</source>
        <translation>違反時の措置（損害賠償等）</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>消去</translation>
    </message>
    <message>
        <source>No action needed</source>
        <translation>措置不要</translation>
    </message>
    <message>
        <source>Actions open</source>
        <translation>措置未完了</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>措置完了</translation>
    </message>
    <message>
        <source>Contractor inspection</source>
        <translation>委託先点検</translation>
    </message>
    <message>
        <source>Office self-inspection</source>
        <translation>事務所の自己点検</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Privacy Ledger — internal error</source>
        <translation>Privacy Ledger — 内部エラー</translation>
    </message>
    <message>
        <source>Privacy Ledger met an internal error; your data is saved up to the last change.

What you were doing may not have finished: check it. If this happens again, copy the details and send them to whoever looks after this program.</source>
        <translation>Privacy Ledger で内部エラーが発生しました。データは最後の変更まで保存されています。

実行中の操作は完了していない可能性がありますので、確認してください。再び発生する場合は、詳細をコピーして、このプログラムの管理担当者に送ってください。</translation>
    </message>
    <message>
        <source>Show &amp;details</source>
        <translation>詳細を表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>詳細をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>続行(&amp;O)</translation>
    </message>
    <message>
        <source>Hide &amp;details</source>
        <translation>詳細を隠す(&amp;D)</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Enter a date as YYYY-MM-DD, for example 2025-04-01.</source>
        <translation>日付は 2025年4月1日、2025/4/1、令和7年4月1日 のように入力してください。</translation>
    </message>
    <message>
        <source>There is no such date.</source>
        <translation>その日付は存在しません。</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>the text changed (typed, picked or set)</extracomment>
        <translation>例: 2026年4月1日</translation>
    </message>
    <message>
        <source>Choose from a calendar</source>
        <translation>カレンダーから選択</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>Qt date formats; the Japanese translation writes 年月日 without zero padding</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy年M月d日 H:mm</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm:ss</source>
        <translation>yyyy年M月d日 H:mm:ss</translation>
    </message>
</context>
<context>
    <name>IncidentLabels</name>
    <message>
        <source>Leakage</source>
        <extracomment>by (kind of choice, choice): str enums of different kinds may share a value (&quot;email&quot;)</extracomment>
        <translation>漏えい</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>滅失</translation>
    </message>
    <message>
        <source>Damage or falsification</source>
        <translation>毀損（改ざん等）</translation>
    </message>
    <message>
        <source>Misdelivery (post, fax)</source>
        <translation>誤送付（郵便・FAX）</translation>
    </message>
    <message>
        <source>E-mail sent to the wrong person</source>
        <translation>メールの誤送信</translation>
    </message>
    <message>
        <source>Theft</source>
        <translation>盗難</translation>
    </message>
    <message>
        <source>Unauthorized access</source>
        <translation>不正アクセス</translation>
    </message>
    <message>
        <source>Taken by an insider</source>
        <translation>内部の者による持ち出し</translation>
    </message>
    <message>
        <source>Loss of a device (PC, USB memory)</source>
        <translation>機器（PC・USBメモリ）の紛失</translation>
    </message>
    <message>
        <source>Loss of paper documents</source>
        <translation>書類の紛失</translation>
    </message>
    <message>
        <source>Disposed of by mistake</source>
        <translation>誤廃棄</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>ランサムウェア</translation>
    </message>
    <message>
        <source>Altered or falsified</source>
        <translation>改ざん</translation>
    </message>
    <message>
        <source>Made unusable</source>
        <translation>利用不能</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Suspected</source>
        <translation>おそれ</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>紙</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>電子メール</translation>
    </message>
    <message>
        <source>PC</source>
        <translation>パソコン</translation>
    </message>
    <message>
        <source>Cloud service</source>
        <translation>クラウドサービス</translation>
    </message>
    <message>
        <source>Reported internally</source>
        <translation>社内報告</translation>
    </message>
    <message>
        <source>Contained</source>
        <translation>被害拡大防止</translation>
    </message>
    <message>
        <source>Investigated</source>
        <translation>調査済み</translation>
    </message>
    <message>
        <source>Preliminary report sent</source>
        <translation>速報提出済み</translation>
    </message>
    <message>
        <source>Final report sent</source>
        <translation>確報提出済み</translation>
    </message>
    <message>
        <source>Persons notified</source>
        <translation>本人通知済み</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Containment</source>
        <translation>拡大防止措置</translation>
    </message>
    <message>
        <source>Investigation</source>
        <translation>調査</translation>
    </message>
    <message>
        <source>Prevention measure taken</source>
        <translation>再発防止策（実施済み）</translation>
    </message>
    <message>
        <source>Prevention measure planned</source>
        <translation>再発防止策（予定）</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>書面</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>Inquiry desk</source>
        <translation>問合せ窓口</translation>
    </message>
    <message>
        <source>Type 1: sensitive personal information</source>
        <translation>第1号：要配慮個人情報</translation>
    </message>
    <message>
        <source>Type 2: risk of financial damage</source>
        <translation>第2号：財産的被害のおそれ</translation>
    </message>
    <message>
        <source>Type 3: wrongful purpose suspected</source>
        <translation>第3号：不正の目的によるおそれ</translation>
    </message>
    <message>
        <source>Type 4: more than 1,000 persons</source>
        <translation>第4号：1,000人超</translation>
    </message>
    <message>
        <source>Report required</source>
        <translation>報告必要</translation>
    </message>
    <message>
        <source>No report required</source>
        <translation>報告不要</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>未判定</translation>
    </message>
    <message>
        <source>Preliminary report</source>
        <translation>速報</translation>
    </message>
    <message>
        <source>Final report</source>
        <translation>確報</translation>
    </message>
</context>
<context>
    <name>IncidentNotice</name>
    <message>
        <source>Notice about an incident concerning your personal data</source>
        <translation>個人情報の漏えい等に関するお知らせとお詫び</translation>
    </message>
    <message>
        <source>We regret to inform you that personal data of yours that our office holds has been, or may have been, affected by the incident described below. We sincerely apologize for the worry and inconvenience this causes.</source>
        <translation>当事務所がお預かりしているお客様の個人情報について、下記のとおり漏えい等の事態が発生し、又は発生したおそれがあることが判明いたしました。ご心配とご迷惑をおかけしますことを、深くお詫び申し上げます。</translation>
    </message>
    <message>
        <source>If you have any questions, please contact our office. We will take every measure to prevent such an incident from happening again.</source>
        <translation>ご不明な点がございましたら、当事務所までお問い合わせください。再発防止に万全を期してまいります。</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Your personal data concerned</source>
        <translation>対象となった個人情報の項目</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Secondary harm or its risk</source>
        <translation>二次被害又はそのおそれの有無及びその内容</translation>
    </message>
    <message>
        <source>Other matters</source>
        <translation>その他参考となる事項</translation>
    </message>
    <message>
        <source>Date occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Date we learned of it</source>
        <translation>発覚日</translation>
    </message>
    <message>
        <source>Under investigation</source>
        <translation>調査中</translation>
    </message>
    <message>
        <source>None known at present</source>
        <translation>現時点で確認されていません</translation>
    </message>
    <message>
        <source>Nothing further</source>
        <translation>特になし</translation>
    </message>
    <message>
        <source>Dear {name}</source>
        <translation>{name} 様</translation>
    </message>
</context>
<context>
    <name>IncidentReport</name>
    <message>
        <source>Report of a personal data incident to the PPC</source>
        <translation>個人データの漏えい等の報告（個人情報保護委員会）</translation>
    </message>
    <message>
        <source>Draft for copying into the PPC&apos;s web form and for the office&apos;s file; not for submission as it is.</source>
        <translation>個人情報保護委員会の報告フォームへの転記用・事務所保管用の下書きです。このまま提出するものではありません。</translation>
    </message>
    <message>
        <source>to be completed</source>
        <translation>追って報告</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告の区分</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>事業者</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>Prepared on</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Date occurred</source>
        <translation>発生日</translation>
    </message>
    <message>
        <source>Date the office learned of it</source>
        <translation>発覚日</translation>
    </message>
    <message>
        <source>Who found it</source>
        <translation>発見者</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Type under Rule 7</source>
        <translation>規則7条の該当号</translation>
    </message>
    <message>
        <source>Contractor involved, date it told us</source>
        <translation>関係する委託先・委託先からの報告日</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Course of events</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Personal data concerned</source>
        <translation>漏えい等が発生し、又は発生したおそれがある個人データの項目</translation>
    </message>
    <message>
        <source>Data items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Number of persons</source>
        <translation>本人の数</translation>
    </message>
    <message>
        <source>Number known</source>
        <translation>判明している人数</translation>
    </message>
    <message>
        <source>Maximum possible number</source>
        <translation>最大人数</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Secondary harm or its risk, and what it is</source>
        <translation>二次被害又はそのおそれの有無及びその内容</translation>
    </message>
    <message>
        <source>Response to the persons</source>
        <translation>本人への対応の実施状況</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>通知の送付</translation>
    </message>
    <message>
        <source>Publication so far</source>
        <translation>公表の実施状況</translation>
    </message>
    <message>
        <source>Measures to prevent recurrence</source>
        <translation>再発防止のための措置</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>実施済み</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>今後実施予定</translation>
    </message>
    <message>
        <source>Other matters for reference</source>
        <translation>その他参考となる事項</translation>
    </message>
    <message>
        <source>None: strongly encrypted, the key not lost (exempt)</source>
        <translation>該当なし：高度な暗号化がされ、鍵は漏えいしていない（除外）</translation>
    </message>
    <message>
        <source>Persons notified in all</source>
        <translation>通知した人数の合計</translation>
    </message>
</context>
<context>
    <name>InspectionSheet</name>
    <message>
        <source>Inspection sheet</source>
        <translation>委託先点検表</translation>
    </message>
    <message>
        <source>Self-inspection sheet</source>
        <translation>安全管理措置 自己点検表</translation>
    </message>
    <message>
        <source>Blank form: fill in on site</source>
        <translation>記入用（点検時に記入）</translation>
    </message>
    <message>
        <source>Record of inspection no. {number}</source>
        <translation>点検記録 No. {number}</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>What is inspected</source>
        <translation>点検の対象</translation>
    </message>
    <message>
        <source>The office&apos;s own safety control measures (yearly self-inspection)</source>
        <translation>当事務所の安全管理措置（年次自己点検）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称・氏名</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
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
        <source>Phone / e-mail</source>
        <translation>電話・メール</translation>
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
        <source>Where handled</source>
        <translation>取扱場所</translation>
    </message>
    <message>
        <source>about {count} persons</source>
        <translation>約{count}人分</translation>
    </message>
    <message>
        <source>includes sensitive data</source>
        <translation>要配慮個人情報を含む</translation>
    </message>
    <message>
        <source>abroad or on a foreign cloud</source>
        <translation>外国・外国のクラウドで取扱い</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>契約</translation>
    </message>
    <message>
        <source>No contract recorded.</source>
        <translation>契約が登録されていません。</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>締結日</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>契約期間</translation>
    </message>
    <message>
        <source>Kept at</source>
        <translation>契約書の保管場所</translation>
    </message>
    <message>
        <source>Missing clauses</source>
        <translation>不足している条項</translation>
    </message>
    <message>
        <source>none: every required clause is in the contract</source>
        <translation>なし（必要な条項はすべて含まれています）</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>点検</translation>
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
        <source>version {version}</source>
        <translation>第{version}版</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>点検期限</translation>
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
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>適合</translation>
    </message>
    <message>
        <source>No</source>
        <translation>不適合</translation>
    </message>
    <message>
        <source>N/A</source>
        <translation>非該当</translation>
    </message>
    <message>
        <source>Yes = conforms; No = does not conform (say what is wrong in the comment); N/A = not applicable.</source>
        <translation>「不適合」の場合は、コメント欄に問題点を記入してください。</translation>
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
        <source>Action</source>
        <translation>措置内容</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>責任者</translation>
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
        <source>No corrective action asked for.</source>
        <translation>是正措置の要求はありません。</translation>
    </message>
    <message>
        <source>Inspected by</source>
        <translation>点検者</translation>
    </message>
    <message>
        <source>Approved by the manager</source>
        <translation>管理者承認</translation>
    </message>
    <message>
        <source>Seal</source>
        <translation>印</translation>
    </message>
    <message>
        <source>Name (print)</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Returned on {date}</source>
        <translation>{date} 差し戻し</translation>
    </message>
    <message>
        <source>{office} · printed {date}</source>
        <translation>{office}・{date} 印刷</translation>
    </message>
</context>
<context>
    <name>LedgerStatusBar</name>
    <message>
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1に保存</translation>
    </message>
    <message>
        <source>Audit trail intact</source>
        <translation>監査ログ正常</translation>
    </message>
    <message>
        <source>Audit trail broken at event %1</source>
        <translation>監査ログ破損（記録%1）</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>バックアップはまだありません</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>昨日</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 日前</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>最後のバックアップ: %1</translation>
    </message>
    <message>
        <source>There is no good backup from the last %1 days. Use File ▸ Back up to… to copy the ledger to a USB stick or another drive.</source>
        <translation>この %1 日間、正常なバックアップがありません。「ファイル ▸ バックアップ先を指定…」で、台帳を USB メモリーや別のドライブにコピーしてください。</translation>
    </message>
</context>
<context>
    <name>LicencesDialog</name>
    <message>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
</context>
<context>
    <name>LocationPage</name>
    <message>
        <source>Where to keep the ledger</source>
        <translation>台帳の保存場所</translation>
    </message>
    <message>
        <source>Keep the file on this computer&apos;s own disk.</source>
        <translation>ファイルはこのパソコン内蔵のディスクに保存してください。</translation>
    </message>
    <message>
        <source>Copies are made automatically once a day into %1; use File ▸ Back up to… for a copy on a USB stick.</source>
        <translation>コピーは 1 日 1 回、%1 に自動で作成されます。USB メモリーにコピーするには「ファイル ▸ バックアップ先を指定…」を使ってください。</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>参照(&amp;R)…</translation>
    </message>
    <message>
        <source>Fi&amp;le:</source>
        <translation>ファイル(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Create ledger</source>
        <translation>台帳を作成(&amp;C)</translation>
    </message>
    <message>
        <source>Ledger (*.pldb)</source>
        <translation>台帳 (*.pldb)</translation>
    </message>
    <message>
        <source>A file already exists there. Choose another name.</source>
        <translation>その場所にはすでにファイルがあります。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>Creating the ledger…</source>
        <translation>台帳を作成しています…</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created: %2</source>
        <translation>フォルダー %1 を作成できません: %2</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Privacy Ledger is locked</source>
        <translation>Privacy Ledger はロックされています</translation>
    </message>
    <message>
        <source>The ledger was saved and closed, and personal data is hidden. Any user of this ledger may log in to continue.</source>
        <translation>台帳は保存して閉じられ、個人情報は表示されていません。この台帳のユーザーであれば、だれでもログインして作業を続けられます。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Privacy Ledger — Log in</source>
        <translation>Privacy Ledger — ログイン</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ledger: %1</source>
        <translation>台帳: %1</translation>
    </message>
    <message>
        <source>Privacy Ledger</source>
        <translation>Privacy Ledger</translation>
    </message>
</context>
<context>
    <name>LoginForm</name>
    <message>
        <source>The ledger is open in another program (%1, since %2). Close it there first, or open it read-only to look things up without changing anything.</source>
        <translation>台帳は別のプログラムで開かれています（%1、%2から）。先にそちらで閉じるか、変更せずに参照だけする場合は読み取り専用で開いてください。</translation>
    </message>
    <message>
        <source>This ledger was written by a newer version of Privacy Ledger. Install the newer version to open it; the file was not changed.</source>
        <translation>この台帳は新しいバージョンの Privacy Ledger で作成されています。開くには新しいバージョンをインストールしてください。ファイルは変更されていません。</translation>
    </message>
    <message>
        <source>This file is not a Privacy Ledger file. Open the ledger file (*.pldb) instead.</source>
        <translation>このファイルは Privacy Ledger のファイルではありません。台帳ファイル（*.pldb）を開いてください。</translation>
    </message>
    <message>
        <source>The ledger file is damaged or was changed outside Privacy Ledger, so it was not opened and nothing was changed. Restore the latest backup; the automatic backups are in %1.</source>
        <translation>台帳ファイルが壊れているか、Privacy Ledger 以外で変更されているため、開きませんでした。何も変更されていません。最新のバックアップから復元してください。自動バックアップは %1 にあります。</translation>
    </message>
    <message>
        <source>This ledger was made by an older version and must be upgraded first: open it normally (not read-only) once.</source>
        <translation>この台帳は古いバージョンで作成されたため、先に更新が必要です。一度、読み取り専用ではなく通常どおり開いてください。</translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <extracomment>the countdown&apos;s clock (tests hold it still to read the countdown at leisure)</extracomment>
        <translation>読み取り専用で開く(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Stop waiting; the ledger stays closed.</source>
        <translation>待つのをやめます。台帳は開かれません。</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Forgot password…</source>
        <translation>パスワードを忘れた場合(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Log in</source>
        <translation>ログイン(&amp;L)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1（%2・%3）</translation>
    </message>
    <message>
        <source>This is a demo ledger with made-up people. Log in as one of these users: %1. Password: %2</source>
        <translation>これは架空の人物によるデモ用の台帳です。次のいずれかのユーザーでログインしてください: %1。パスワード: %2</translation>
    </message>
    <message>
        <source>Opening the ledger…</source>
        <translation>台帳を開いています…</translation>
    </message>
    <message>
        <source>Choose or type your user name.</source>
        <translation>ユーザー名を選択するか入力してください。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Stopped: the ledger was not opened.</source>
        <translation>中止しました。台帳は開かれていません。</translation>
    </message>
    <message>
        <source>Choose a new password to start working with the ledger.</source>
        <translation>台帳を使い始めるには、新しいパスワードを設定してください。</translation>
    </message>
    <message>
        <source>There is no user by that name in this ledger. Choose your name.</source>
        <translation>その名前のユーザーはこの台帳にいません。ご自分の名前を選んでください。</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The password was not correct. You may try again now.</source>
        <translation>パスワードが正しくありませんでした。もう一度入力できます。</translation>
    </message>
    <message>
        <source>The password was not correct several times. Wait 1 second before the next try.</source>
        <translation>パスワードが何度も正しくありませんでした。次の入力まで1秒お待ちください。</translation>
    </message>
    <message>
        <source>The password was not correct several times. Wait %1 seconds before the next try.</source>
        <translation>パスワードが何度も正しくありませんでした。次の入力まで%1秒お待ちください。</translation>
    </message>
    <message>
        <source>Read-only: you can look things up, but nothing you change will be saved.</source>
        <translation>読み取り専用: 参照はできますが、変更は保存されません。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This may be an old copy of the ledger.</source>
        <translation>この台帳は古いコピーかもしれません。</translation>
    </message>
    <message>
        <source>If you chose this copy on purpose, press Use This Copy and this warning will not be shown again for it. Otherwise close it and open the newest file, or restore a backup.</source>
        <translation>このコピーを意図して選んだ場合は「このコピーを使う」を押してください。以後このコピーについてこの警告は表示されません。そうでない場合は閉じて最新のファイルを開くか、バックアップを復元してください。</translation>
    </message>
    <message>
        <source>&amp;Use This Copy</source>
        <translation>このコピーを使う(&amp;U)</translation>
    </message>
    <message>
        <source>The audit trail of this ledger was changed outside Privacy Ledger.</source>
        <translation>この台帳の監査ログが Privacy Ledger 以外で変更されています。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <extracomment>a line between items where the File menu lists the languages</extracomment>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <extracomment>the tabs, in order: adding a tab is adding its class here emitted once the window has closed and the ledger is closed too the idle time before locking, in ms; None: the office settings&apos; minutes files whose old-copy warning this window gave already (not again at each unlock)</extracomment>
        <translation>表示言語(&amp;G)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Back up to…</source>
        <translation>バックアップ先を指定(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>記録(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規作成(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Admin</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>ユーザー(&amp;U)…</translation>
    </message>
    <message>
        <source>Office &amp;settings…</source>
        <translation>事務所設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>監査ログ(&amp;A)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>バックアップから復元(&amp;T)…</translation>
    </message>
    <message>
        <source>New recovery &amp;key…</source>
        <translation>新しい復旧キーを発行(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Privacy policy</source>
        <translation>個人情報保護方針(&amp;P)</translation>
    </message>
    <message>
        <source>Record a &amp;new privacy policy version…</source>
        <translation>個人情報保護方針の新しい版を記録(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;About Privacy Ledger</source>
        <translation>Privacy Ledger について(&amp;A)</translation>
    </message>
    <message>
        <source>%1 — %2 — Privacy Ledger</source>
        <translation>%1 — %2 — Privacy Ledger</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>［読み取り専用］</translation>
    </message>
    <message>
        <source>The language changes when Privacy Ledger starts next.</source>
        <translation>表示言語は Privacy Ledger の次回起動時に切り替わります。</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>Backup restored. The file as it was before is kept as %1.</source>
        <translation>バックアップを復元しました。復元前のファイルは %1 として保存してあります。</translation>
    </message>
    <message>
        <source>Choose the folder for the backup</source>
        <translation>バックアップの保存先フォルダーを選択</translation>
    </message>
    <message>
        <source>Copying the ledger to %1 and checking the copy…</source>
        <translation>台帳を %1 にコピーして、コピーを確認しています…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>The backup could not be made. %1</source>
        <translation>バックアップを作成できませんでした。%1</translation>
    </message>
    <message>
        <source>The backup was saved as %1.</source>
        <translation>バックアップを %1 に保存しました。</translation>
    </message>
    <message>
        <source>It is encrypted and opens with the passwords valid today.</source>
        <translation>バックアップは暗号化されており、現在有効なパスワードで開けます。</translation>
    </message>
    <message>
        <source>The daily backup failed: %1</source>
        <translation>毎日のバックアップに失敗しました: %1</translation>
    </message>
    <message>
        <source>Daily backup saved in %1.</source>
        <translation>毎日のバックアップを %1 に保存しました。</translation>
    </message>
</context>
<context>
    <name>ManagerPage</name>
    <message>
        <source>The first manager</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>You log in with the user name and password. Choose a password that nobody else knows; a long sentence is easier to remember than a short code.</source>
        <translation>ログインにはユーザー名とパスワードを使います。ほかの人が知らないパスワードを選んでください。短い記号の並びより、長い文のほうが覚えやすくなります。</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>氏名(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>パスワードの確認(&amp;R):</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>氏名</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>パスワードの確認(&amp;R):</translation>
    </message>
</context>
<context>
    <name>NewPasswordFields</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>新しい復旧キー</translation>
    </message>
    <message>
        <source>The new recovery key is in force now; the old recovery sheet no longer opens the ledger. Print the new sheet, put it in the safe and shred the old one.</source>
        <translation>新しい復旧キーが有効になりました。古い復旧キー控えでは台帳を開けなくなりました。新しい控えを印刷して金庫に保管し、古い控えはシュレッダーで廃棄してください。</translation>
    </message>
    <message>
        <source>Issue a new recovery key?</source>
        <translation>新しい復旧キーを発行しますか？</translation>
    </message>
    <message>
        <source>The current recovery sheet stops working at once. Do this when the sheet was lost or seen by someone who should not have it.</source>
        <translation>現在の復旧キー控えはただちに使えなくなります。控えを紛失したとき、または権限のない人に見られたときに行ってください。</translation>
    </message>
    <message>
        <source>Issue new key</source>
        <translation>新しいキーを発行</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Welcome to Privacy Ledger</source>
        <translation>Privacy Ledger へようこそ</translation>
    </message>
    <message>
        <source>This creates the ledger: one encrypted file holding the office&apos;s privacy register. You become its first manager and can add colleagues afterwards.</source>
        <translation>事務所の個人情報管理台帳を、暗号化された一つのファイルとして作成します。あなたが最初の管理者になり、後から同僚を追加できます。</translation>
    </message>
    <message>
        <source>&amp;Office name:</source>
        <translation>事務所名(&amp;O):</translation>
    </message>
    <message>
        <source>the office name</source>
        <translation>事務所名</translation>
    </message>
</context>
<context>
    <name>OfficeSettingsDialog</name>
    <message>
        <source>Office settings</source>
        <translation>事務所設定</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <source>Office &amp;name:</source>
        <translation>事務所名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>自動ロックまでの時間(&amp;L):</translation>
    </message>
    <message>
        <source>The window locks itself when nobody has used it for this long: the ledger is saved and closed, and personal data is hidden until someone logs in again.</source>
        <translation>この時間だれも操作しないと、ウィンドウは自動的にロックされます。台帳は保存して閉じられ、だれかが再びログインするまで個人情報は表示されません。</translation>
    </message>
</context>
<context>
    <name>PersonnelDialog</name>
    <message>
        <source>training due</source>
        <translation>研修が必要</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Confidentiality pledge</source>
        <translation>秘密保持誓約</translation>
    </message>
    <message>
        <source>Last privacy training</source>
        <translation>直近の個人情報保護研修</translation>
    </message>
    <message>
        <source>Confidentiality pledges and training</source>
        <translation>秘密保持誓約と研修</translation>
    </message>
    <message>
        <source>&amp;Save dates</source>
        <translation>日付を保存(&amp;S)</translation>
    </message>
    <message>
        <source>Pledge signed on</source>
        <translation>誓約日</translation>
    </message>
    <message>
        <source>Last trained on</source>
        <translation>直近の研修日</translation>
    </message>
    <message>
        <source>Every person who handles personal data signs a confidentiality pledge and is trained when joining and at least once a year.</source>
        <translation>個人データを取り扱う全員が秘密保持誓約書を提出し、入所時と少なくとも年1回、研修を受けます。</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <source>Privacy policy</source>
        <translation>個人情報保護方針</translation>
    </message>
    <message>
        <source>Version %1, in force since %2</source>
        <translation>バージョン %1（%2 施行）</translation>
    </message>
</context>
<context>
    <name>PolicyVersionDialog</name>
    <message>
        <source>Record a new privacy policy version</source>
        <translation>個人情報保護方針の新しい版を記録</translation>
    </message>
    <message>
        <source>for example 2026-04</source>
        <translation>例: 2026-04</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>日本語</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>&amp;Version label:</source>
        <translation>版(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;Effective from:</source>
        <translation>施行日(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>本文(&amp;T):</translation>
    </message>
    <message>
        <source>Each version is kept for good: consents name the version in force on the day they were given. A new version cannot take effect before the current one.</source>
        <translation>各版は削除されずに残ります。同意には、同意を得た日に施行されていた版が記録されます。新しい版の施行日は、現在の版の施行日より前にはできません。</translation>
    </message>
    <message>
        <source>Enter the day the version takes effect.</source>
        <translation>この版の施行日を入力してください。</translation>
    </message>
</context>
<context>
    <name>PrintChoice</name>
    <message>
        <source>Save as PDF</source>
        <translation>PDFとして保存</translation>
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
    <message>
        <source>How do you want the document?</source>
        <translation>書類をどのように出力しますか？</translation>
    </message>
</context>
<context>
    <name>PurposesDialog</name>
    <message>
        <source>Purposes of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>A purpose keeps its number for good. A retired purpose stays on the records that have it but can no longer be chosen for other clients.</source>
        <translation>利用目的の番号は変わりません。廃止した利用目的は、すでに記録されている顧客にはそのまま残りますが、ほかの顧客には選べなくなります。</translation>
    </message>
    <message>
        <source>The purpose as the privacy policy words it</source>
        <translation>個人情報保護方針の記載どおりの利用目的</translation>
    </message>
    <message>
        <source>Add as new purpose</source>
        <translation>新しい利用目的として追加</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>名称を変更</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>(retired)</source>
        <translation>（廃止）</translation>
    </message>
    <message>
        <source>Put back in use</source>
        <translation>利用を再開</translation>
    </message>
</context>
<context>
    <name>PurposesPicker</name>
    <message>
        <source>(retired)</source>
        <translation>（廃止）</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Something on this page needs fixing.</source>
        <extracomment>(field name, widget): an edit of the widget touches the field an edit of the key touches these fields too (their rules depend on it) the saved row once OK succeeded fields the person has edited: only their errors show until OK is attempted every error shows: an existing record, or after OK was attempted messages of rules that belong to no single field the record&apos;s status above the pages (&quot;Status: Past retention&quot;), for an existing one</extracomment>
        <translation>このページに修正が必要な項目があります。</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Forgot password</source>
        <translation>パスワードを忘れた場合</translation>
    </message>
    <message>
        <source>&amp;Unlock with the recovery key</source>
        <translation>復旧キーで開く(&amp;U)</translation>
    </message>
    <message>
        <source>Forgot your password?</source>
        <translation>パスワードをお忘れですか？</translation>
    </message>
    <message>
        <source>Clerks: ask a manager to set a new password for you (Admin ▸ Users).

Managers: the recovery key is on the recovery sheet printed when this ledger was created, kept in the office safe. With it you can choose a new manager password. Type the key as it is on the sheet; dashes and spaces may be left out.</source>
        <translation>事務員の方: 管理者に新しいパスワードの設定を依頼してください（［管理］▸［ユーザー］）。

管理者の方: 復旧キーは、この台帳を作成したときに印刷して事務所の金庫に保管した復旧キー控えに記載されています。復旧キーを使うと、新しい管理者パスワードを設定できます。控えに記載されたとおりに入力してください。ハイフンと空白は省略できます。</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>復旧キー(&amp;K):</translation>
    </message>
    <message>
        <source>Choose a new manager password</source>
        <translation>新しい管理者パスワードの設定</translation>
    </message>
    <message>
        <source>The recovery key opened the ledger. Choose the manager whose password is replaced, and the new password. The recovery is recorded in the audit log.</source>
        <translation>復旧キーで台帳を開きました。パスワードを再設定する管理者と、新しいパスワードを指定してください。この復旧は監査ログに記録されます。</translation>
    </message>
    <message>
        <source>&amp;Manager:</source>
        <translation>管理者(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>パスワードの確認(&amp;R):</translation>
    </message>
    <message>
        <source>Opening the ledger with the recovery key…</source>
        <translation>復旧キーで台帳を開いています…</translation>
    </message>
    <message>
        <source>Setting the new password…</source>
        <translation>新しいパスワードを設定しています…</translation>
    </message>
    <message>
        <source>&amp;Set password and log in</source>
        <translation>パスワードを設定してログイン(&amp;S)</translation>
    </message>
    <message>
        <source>This recovery key does not open this ledger.</source>
        <translation>この復旧キーではこの台帳を開けません。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>復旧キー</translation>
    </message>
    <message>
        <source>If every manager password is lost, this key is the only way to open the ledger. It is shown only now: print the recovery sheet and keep it locked in the office safe.</source>
        <translation>管理者のパスワードがすべて分からなくなったとき、台帳を開く方法はこのキーだけです。表示されるのは今回だけです。復旧キー控えを印刷し、事務所の金庫に施錠して保管してください。</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print recovery sheet…</source>
        <translation>復旧キー控えを印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF に保存(&amp;D)…</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key safely</source>
        <translation>復旧キーを安全に保管しました(&amp;S)</translation>
    </message>
    <message>
        <source>Whoever holds the key and a copy of the file can read everything in it. Do not keep it on this computer, photograph it or send it by e-mail.</source>
        <translation>このキーと台帳ファイルのコピーがあれば、だれでも台帳の内容をすべて読めます。このパソコンに保存したり、写真に撮ったり、メールで送ったりしないでください。</translation>
    </message>
    <message>
        <source>Save the recovery sheet as PDF</source>
        <translation>復旧キー控えを PDF に保存</translation>
    </message>
    <message>
        <source>The recovery sheet was saved as %1.</source>
        <translation>復旧キー控えを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Print it, put the paper in the safe, then delete the PDF: whoever has the file can open the ledger.</source>
        <translation>印刷して金庫に保管したら、PDF は削除してください。PDF があれば、だれでも台帳を開けます。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Privacy Ledger — Recovery Sheet</source>
        <translation>Privacy Ledger 復旧キー控え</translation>
    </message>
    <message>
        <source>CONFIDENTIAL — keep this sheet locked in the office safe.</source>
        <translation>機密 — このシートは事務所の金庫に施錠して保管してください。</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>事務所名</translation>
    </message>
    <message>
        <source>Ledger file</source>
        <translation>台帳ファイルの場所</translation>
    </message>
    <message>
        <source>File ID</source>
        <translation>ファイルID</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復旧キー</translation>
    </message>
    <message>
        <source>Enter the groups in order, 1 to {count}; dashes and spaces may be left out. The letters I, L, O and U are never used.</source>
        <translation>1 から {count} の順に入力してください（ハイフンと空白は省略できます）。英字の I・L・O・U は使われません。</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>取り扱い</translation>
    </message>
    <message>
        <source>What this is</source>
        <translation>これは何か</translation>
    </message>
    <message>
        <source>The key that opens the ledger if every manager password is lost. Whoever holds this sheet and a copy of the ledger file can read all personal data in it.</source>
        <translation>管理者のパスワードがすべて分からなくなったときに台帳を開くためのキーです。このシートと台帳ファイルがあれば、台帳内のすべての個人情報を読むことができます。</translation>
    </message>
    <message>
        <source>Keep it safe</source>
        <translation>保管方法</translation>
    </message>
    <message>
        <source>Keep this sheet locked in the office safe. Never store the key on a PC, never photograph it and never send it by email.</source>
        <translation>このシートは事務所の金庫に施錠して保管してください。キーをパソコンに保存したり、写真に撮ったり、メールで送ったりしないでください。</translation>
    </message>
    <message>
        <source>How to use it</source>
        <translation>使い方</translation>
    </message>
    <message>
        <source>In the login window choose &quot;Forgot password&quot;, enter this key, then set a new manager password.</source>
        <translation>ログイン画面で「パスワードを忘れた場合」を選び、このキーを入力してから、新しい管理者パスワードを設定してください。</translation>
    </message>
    <message>
        <source>New key</source>
        <translation>新しいキー</translation>
    </message>
    <message>
        <source>A manager can issue a new recovery key at any time. Once the new sheet is in the safe, destroy this one with a shredder: the old key still opens older backups.</source>
        <translation>管理者はいつでも新しい復旧キーを発行できます。新しいシートを金庫に保管したら、このシートはシュレッダーで廃棄してください（古いキーでも以前のバックアップを開けます）。</translation>
    </message>
    <message>
        <source>Stored by (name, signature or seal)</source>
        <translation>保管者（氏名・署名または印）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Choose &amp;file…</source>
        <translation>ファイルを選択(&amp;F)…</translation>
    </message>
    <message>
        <source>Your password &amp;then:</source>
        <translation>当時のパスワード(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>復元(&amp;R)…</translation>
    </message>
    <message>
        <source>Backups of this ledger, newest first:</source>
        <translation>この台帳のバックアップ（新しい順）:</translation>
    </message>
    <message>
        <source>The ledger goes back to the state of the backup; changes made since are not in it. The current file is kept in the backup folder first, and the passwords valid today stay valid.</source>
        <translation>台帳はバックアップの時点の状態に戻り、その後の変更は含まれません。現在のファイルは先にバックアップフォルダーに保存され、今日有効なパスワードはそのまま使えます。</translation>
    </message>
    <message>
        <source>No backups in this ledger&apos;s backup folder yet.</source>
        <translation>この台帳のバックアップフォルダーには、まだバックアップがありません。</translation>
    </message>
    <message>
        <source>Choose a backup of this ledger</source>
        <translation>この台帳のバックアップを選択</translation>
    </message>
    <message>
        <source>Privacy Ledger files (*.pldb)</source>
        <translation>Privacy Ledger ファイル (*.pldb)</translation>
    </message>
    <message>
        <source>Saved: %1
Save number: %2
Clients: %3    Users: %4    Audit events: %5</source>
        <translation>保存日時: %1
保存番号: %2
顧客: %3    ユーザー: %4    監査イベント: %5</translation>
    </message>
    <message>
        <source>Restore the backup of %1?</source>
        <translation>%1 のバックアップを復元しますか？</translation>
    </message>
    <message>
        <source>Changes made after that are not in the backup. The current file is kept in the backup folder first.</source>
        <translation>その後の変更はバックアップに含まれません。現在のファイルは先にバックアップフォルダーに保存されます。</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>manager</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>clerk</source>
        <translation>事務員</translation>
    </message>
</context>
<context>
    <name>SaveFailedBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
    <message>
        <source>Your last change is not saved yet. %1</source>
        <translation>最後の変更はまだ保存されていません。%1</translation>
    </message>
</context>
<context>
    <name>SaveGuard</name>
    <message>
        <source>The ledger file could not be written.</source>
        <extracomment>at most this long (ms) between a read and its audit event reaching the file called after Save As moved the ledger to another file</extracomment>
        <translation>台帳ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Save the ledger in another place</source>
        <translation>台帳を別の場所に保存</translation>
    </message>
    <message>
        <source>Ledger (*.pldb)</source>
        <translation>台帳 (*.pldb)</translation>
    </message>
    <message>
        <source>Your last change is not saved in the ledger file.</source>
        <translation>最後の変更が台帳ファイルに保存されていません。</translation>
    </message>
    <message>
        <source>Retry writes the file again (after freeing disk space or closing the program that holds it). Save As writes the ledger to another place and continues there. Discard closes without the change: the file keeps what was last saved.</source>
        <translation>［再試行］は、ファイルへの書き込みをもう一度行います（ディスクの空きを増やすか、ファイルを使用中のプログラムを閉じてから）。［名前を付けて保存］は、台帳を別の場所に保存し、以後はそちらで作業を続けます。［変更を破棄］は、変更を保存せずに閉じます。ファイルには最後に保存された内容が残ります。</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>名前を付けて保存(&amp;A)…</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Privacy Ledger — New ledger</source>
        <extracomment>the window&apos;s language, also that of the office data seeded (purposes of use)</extracomment>
        <translation>Privacy Ledger — 新しい台帳</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating the demo ledger…</source>
        <extracomment>fonts made for Japanese screens, Windows&apos;s first; the first installed one is used the program should end, with this exit code</extracomment>
        <translation>デモ用の台帳を作成しています…</translation>
    </message>
    <message>
        <source>Privacy Ledger — Demo</source>
        <translation>Privacy Ledger — デモ</translation>
    </message>
    <message>
        <source>Adding made-up clients: %1 of %2</source>
        <translation>架空の顧客を追加しています: %2件中%1件</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Too short</source>
        <translation>短すぎます</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱い</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ふつう</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>良い</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>強い</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>removed</source>
        <translation>削除済み</translation>
    </message>
    <message>
        <source>active, must choose a password</source>
        <translation>有効（パスワード変更待ち）</translation>
    </message>
    <message>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>パスワードを再設定(&amp;R)…</translation>
    </message>
    <message>
        <source>Make &amp;manager</source>
        <translation>管理者にする(&amp;M)</translation>
    </message>
    <message>
        <source>Remo&amp;ve…</source>
        <translation>削除(&amp;V)…</translation>
    </message>
    <message>
        <source>Reac&amp;tivate…</source>
        <translation>再有効化(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Pledge and training…</source>
        <translation>誓約と研修(&amp;P)…</translation>
    </message>
    <message>
        <source>Removing a user gives the ledger a new encryption key, so a copy of the file they may still have does not open anything saved afterwards.</source>
        <translation>ユーザーを削除すると台帳の暗号鍵が新しくなるため、そのユーザーの手元にファイルのコピーが残っていても、削除後に保存された内容は開けません。</translation>
    </message>
    <message>
        <source>Make &amp;clerk</source>
        <translation>事務員にする(&amp;C)</translation>
    </message>
    <message>
        <source>Reset the password of %1</source>
        <translation>%1 のパスワードの再設定</translation>
    </message>
    <message>
        <source>Tell %1 this password in person. They must choose their own at the next login.</source>
        <translation>このパスワードは %1 さんに直接伝えてください。次回のログイン時に本人が自分のパスワードを設定します。</translation>
    </message>
    <message>
        <source>Remove %1 (%2) from the ledger?</source>
        <translation>%1（%2）を台帳から削除しますか？</translation>
    </message>
    <message>
        <source>They can no longer log in, and the ledger gets a new encryption key so that an old copy of the file with their password opens nothing saved from now on. Their name stays in the audit log; a manager can reactivate them later.</source>
        <translation>このユーザーはログインできなくなり、台帳の暗号鍵が新しくなります。そのため、古いファイルのコピーをこのユーザーのパスワードで開いても、今後保存される内容は読めません。氏名は監査ログに残り、管理者は後で再び有効にできます。</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Reactivate %1</source>
        <translation>%1 を再び有効にする</translation>
    </message>
    <message>
        <source>Choose a first password; %1 must choose their own at the next login.</source>
        <translation>初期パスワードを設定してください。%1 さんは次回のログイン時に自分のパスワードを設定します。</translation>
    </message>
</context>
<context>
    <name>operations</name>
    <message>
        <source>Privacy Ledger</source>
        <extracomment>the change is in the ledger in memory but the file could not be written; the main window offers Retry and Save As nothing changed: a rule or the ledger refused, for ``reason`` why it was refused, in the person&apos;s language the form field a refusal is about (&quot;&quot; when none)</extracomment>
        <translation>Privacy Ledger</translation>
    </message>
</context>
<context>
    <name>reports</name>
    <message>
        <source>The printer could not be started. Check that it is ready.</source>
        <extracomment>the space between the text and a drawn part below it the footer&apos;s left side (the title when empty) painted after the text (signature and seal boxes), see DrawnPart a table row cut by a page break starts the next page whole (see pagination.py)</extracomment>
        <translation>印刷を開始できませんでした。プリンターの準備ができているか確認してください。</translation>
    </message>
    <message>
        <source>The printer stopped before the last page.</source>
        <translation>最後のページまで印刷する前にプリンターが停止しました。</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name.</source>
        <translation>{path} はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <source>The disk holding {folder} is full.</source>
        <translation>{folder} のあるディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>The folder {folder} is on a read-only disk.</source>
        <translation>フォルダー {folder} は読み取り専用のディスクにあります。</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>フォルダー {folder} がありません。</translation>
    </message>
    <message>
        <source>Privacy Ledger may not write to {folder}, or {name} is open in another program (close the PDF viewer and try again).</source>
        <translation>Privacy Ledger に {folder} への書き込み権限がないか、{name} が別のプログラムで開かれています（PDF ビューアーを閉じてからやり直してください）。</translation>
    </message>
    <message>
        <source>The document could not be saved to {path}: {reason}.</source>
        <translation>文書を {path} に保存できませんでした: {reason}。</translation>
    </message>
</context>
</TS>
