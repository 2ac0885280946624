<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AuditNames</name>
    <message>
        <source>Client viewed</source>
        <translation>顧客の閲覧</translation>
    </message>
    <message>
        <source>Client added</source>
        <translation>顧客の登録</translation>
    </message>
    <message>
        <source>Client edited</source>
        <translation>顧客の編集</translation>
    </message>
    <message>
        <source>Marked due for disposal</source>
        <translation>廃棄予定に設定</translation>
    </message>
    <message>
        <source>No longer due for disposal</source>
        <translation>廃棄予定の取消し</translation>
    </message>
    <message>
        <source>Client disposed of</source>
        <translation>顧客の廃棄</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Exported to CSV</source>
        <translation>CSVに書き出し</translation>
    </message>
    <message>
        <source>Imported from CSV</source>
        <translation>CSVから取り込み</translation>
    </message>
    <message>
        <source>Register</source>
        <extracomment>the register a CSV event concerns is its entity id (&quot;clients&quot;, &quot;consents&quot;, ...)</extracomment>
        <translation>台帳の種類</translation>
    </message>
    <message>
        <source>Ledger created</source>
        <translation>台帳の作成</translation>
    </message>
    <message>
        <source>Encryption key renewed</source>
        <translation>暗号鍵の更新</translation>
    </message>
    <message>
        <source>New recovery key issued</source>
        <translation>復旧キーの再発行</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>復旧キーの使用</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>毎日のバックアップ</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>バックアップを復元</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>台帳</translation>
    </message>
    <message>
        <source>Policy version recorded</source>
        <extracomment>the languages a policy is published in the longest text each field may hold (the columns in db/models/policies.py)</extracomment>
        <translation>プライバシーポリシーの版の記録</translation>
    </message>
    <message>
        <source>Privacy policy</source>
        <translation>プライバシーポリシー</translation>
    </message>
    <message>
        <source>Purpose added</source>
        <translation>利用目的の追加</translation>
    </message>
    <message>
        <source>Purpose renamed</source>
        <translation>利用目的の名称変更</translation>
    </message>
    <message>
        <source>Purpose retired</source>
        <translation>利用目的の廃止</translation>
    </message>
    <message>
        <source>Purpose back in use</source>
        <translation>利用目的の再開</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Office settings changed</source>
        <translation>事務所設定の変更</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Failed logins</source>
        <translation>ログイン失敗</translation>
    </message>
    <message>
        <source>User added</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>User renamed</source>
        <translation>ユーザー名の変更</translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation>パスワードの変更（本人）</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>パスワードの再設定</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>役割の変更</translation>
    </message>
    <message>
        <source>User removed</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>User reactivated</source>
        <translation>ユーザーの再有効化</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Recipient added</source>
        <translation>提供先の追加</translation>
    </message>
    <message>
        <source>Recipient edited</source>
        <translation>提供先の編集</translation>
    </message>
    <message>
        <source>Data item added</source>
        <translation>データ項目の追加</translation>
    </message>
    <message>
        <source>Data item edited</source>
        <translation>データ項目の編集</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>同意の記録</translation>
    </message>
    <message>
        <source>Consent edited</source>
        <translation>同意の編集</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>同意の撤回</translation>
    </message>
    <message>
        <source>Consent form printed</source>
        <translation>同意書の印刷</translation>
    </message>
    <message>
        <source>Provision recorded</source>
        <translation>第三者提供の記録</translation>
    </message>
    <message>
        <source>Receipt recorded</source>
        <translation>第三者からの受領の記録</translation>
    </message>
    <message>
        <source>Provision and receipt records purged</source>
        <translation>提供・受領記録の消去</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>Data item</source>
        <translation>データ項目</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Provision</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>受領</translation>
    </message>
    <message>
        <source>Provision and receipt records</source>
        <translation>提供・受領の記録</translation>
    </message>
    <message>
        <source>Checklist edited</source>
        <translation>チェックリストの編集</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Inspection recorded</source>
        <translation>点検の記録</translation>
    </message>
    <message>
        <source>Inspection corrected</source>
        <translation>点検記録の修正</translation>
    </message>
    <message>
        <source>Inspection approved</source>
        <translation>点検の承認</translation>
    </message>
    <message>
        <source>Inspection returned</source>
        <translation>点検の差し戻し</translation>
    </message>
    <message>
        <source>Corrective actions updated</source>
        <translation>是正措置の更新</translation>
    </message>
    <message>
        <source>Inspection sheet printed</source>
        <translation>点検表の印刷</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>点検</translation>
    </message>
    <message>
        <source>Contractor added</source>
        <translation>委託先の登録</translation>
    </message>
    <message>
        <source>Contractor edited</source>
        <translation>委託先の編集</translation>
    </message>
    <message>
        <source>Selection check recorded</source>
        <translation>選定時確認の記録</translation>
    </message>
    <message>
        <source>Contract saved</source>
        <translation>契約の保存</translation>
    </message>
    <message>
        <source>Contract ended</source>
        <translation>契約の終了</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>Pledge and training dates set</source>
        <translation>誓約・研修日の記録</translation>
    </message>
    <message>
        <source>Incident reported</source>
        <translation>インシデントの報告</translation>
    </message>
    <message>
        <source>Incident edited</source>
        <translation>インシデントの編集</translation>
    </message>
    <message>
        <source>Incident viewed</source>
        <translation>インシデントの閲覧</translation>
    </message>
    <message>
        <source>Incident stage recorded</source>
        <translation>インシデントの段階の記録</translation>
    </message>
    <message>
        <source>Incident action added</source>
        <translation>インシデントの対応の追加</translation>
    </message>
    <message>
        <source>Incident notices logged</source>
        <translation>インシデントの通知の記録</translation>
    </message>
    <message>
        <source>Incident document printed</source>
        <translation>インシデント文書の印刷</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>インシデント</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>The disk holding {folder} is full.</source>
        <extracomment>no space left, or the user&apos;s disk quota used up (EDQUOT does not exist on Windows) a drive that went away while in use (POSIX: no such device; Windows: not ready, network name gone, no media, device not connected). EIO stays a plain write error: a short write or a failing disk is not a removed one.</extracomment>
        <translation>{folder} のあるディスクがいっぱいです。</translation>
    </message>
    <message>
        <source>The folder {folder} is on a read-only disk.</source>
        <translation>フォルダー {folder} は読み取り専用のディスクにあります。</translation>
    </message>
    <message>
        <source>Privacy Ledger may not write to {folder}, or another program keeps the file busy.</source>
        <translation>Privacy Ledger に {folder} への書き込み権限がないか、別のプログラムがファイルを使用中です。</translation>
    </message>
    <message>
        <source>The drive holding {folder} was removed or stopped answering. Put it back (or choose another place) and try again.</source>
        <translation>{folder} のあるドライブが取り外されたか、応答しなくなりました。ドライブを接続し直すか、別の保存先を選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The folder {folder} is no longer there (was a drive removed?).</source>
        <translation>フォルダー {folder} が見つかりません（ドライブが取り外されていませんか？）。</translation>
    </message>
    <message>
        <source>The ledger could not be written to {folder}: {reason}.</source>
        <translation>台帳を {folder} に書き込めませんでした: {reason}。</translation>
    </message>
    <message>
        <source>The password is not correct for this ledger.</source>
        <translation>この台帳のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>There is no user named &apos;{username}&apos; in this ledger.</source>
        <translation>この台帳に「{username}」というユーザーはいません。</translation>
    </message>
    <message>
        <source>There is no ledger file at {path}.</source>
        <translation>{path} に台帳ファイルがありません。</translation>
    </message>
    <message>
        <source>A file named {path} already exists; choose another name.</source>
        <translation>{path} というファイルはすでにあります。別の名前を指定してください。</translation>
    </message>
    <message>
        <source>not a ledger</source>
        <translation>台帳ではない</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>不明なバージョン</translation>
    </message>
    <message>
        <source>damaged header</source>
        <translation>ヘッダーの破損</translation>
    </message>
    <message>
        <source>damaged body</source>
        <translation>本体の破損</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>末尾の欠落</translation>
    </message>
    <message>
        <source>damaged database</source>
        <translation>データベースの破損</translation>
    </message>
    <message>
        <source>unsafe key parameters</source>
        <translation>安全でない鍵パラメーター</translation>
    </message>
    <message>
        <source>This file is not a Privacy Ledger file. {detail}</source>
        <translation>このファイルは Privacy Ledger のファイルではありません。{detail}</translation>
    </message>
    <message>
        <source>This file is not a Privacy Ledger file.</source>
        <translation>このファイルは Privacy Ledger のファイルではありません。</translation>
    </message>
    <message>
        <source>This ledger was written by a newer version of Privacy Ledger; install the newer version to open it. {detail}</source>
        <translation>この台帳は新しいバージョンの Privacy Ledger で作成されています。開くには新しいバージョンをインストールしてください。{detail}</translation>
    </message>
    <message>
        <source>This ledger was written by a newer version of Privacy Ledger; install the newer version to open it.</source>
        <translation>この台帳は新しいバージョンの Privacy Ledger で作成されています。開くには新しいバージョンをインストールしてください。</translation>
    </message>
    <message>
        <source>The ledger file is damaged or was changed outside Privacy Ledger ({reason}). Restore the latest backup. {detail}</source>
        <translation>台帳ファイルが破損しているか、Privacy Ledger 以外で変更されています（{reason}）。最新のバックアップから復元してください。{detail}</translation>
    </message>
    <message>
        <source>The ledger file is damaged or was changed outside Privacy Ledger ({reason}). Restore the latest backup.</source>
        <translation>台帳ファイルが破損しているか、Privacy Ledger 以外で変更されています（{reason}）。最新のバックアップから復元してください。</translation>
    </message>
    <message>
        <source>The ledger is open in another program ({owner}, since {since}). Close it there first, or open this ledger read-only.</source>
        <translation>台帳は別のプログラムで開かれています（{owner}、{since} から）。先にそちらで閉じるか、この台帳を読み取り専用で開いてください。</translation>
    </message>
    <message>
        <source>This ledger is open read-only; changes cannot be saved.</source>
        <translation>この台帳は読み取り専用で開かれているため、変更を保存できません。</translation>
    </message>
    <message>
        <source>{cause} The previous file was left as it was and your change is kept in memory: try again, or save a copy elsewhere.</source>
        <translation>{cause}元のファイルはそのまま残っており、変更内容はメモリー上に保持されています。もう一度保存するか、別の場所にコピーを保存してください。</translation>
    </message>
    <message>
        <source>The ledger file was changed by another program since it was opened, so it was not overwritten.</source>
        <translation>台帳ファイルが開いた後に別のプログラムによって変更されていたため、上書きしませんでした。</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file, so it is not a ledger.</source>
        <translation>{path} は通常のファイルではないため、台帳ではありません。</translation>
    </message>
    <message>
        <source>(extra bytes at the end)</source>
        <extracomment>the key-derivation parameters the user slots were made with, as recorded at the last save; a slot whose parameters are not among them was edited (None: an older file)</extracomment>
        <translation>（末尾に余分なデータ）</translation>
    </message>
    <message>
        <source>(key parameters)</source>
        <extracomment>what an office PC can bear: one unlock at the bounds takes seconds, not minutes</extracomment>
        <translation>（鍵のパラメーター）</translation>
    </message>
    <message>
        <source>(memory {memory} KiB, {iterations} iterations, {lanes} lanes)</source>
        <extracomment>Test-only switch: when set to &quot;1&quot;, new slots use the cheapest parameters the bounds allow instead of calibrating. Never set it for real ledgers.</extracomment>
        <translation>（メモリー {memory} KiB、反復 {iterations} 回、並列度 {lanes}）</translation>
    </message>
    <message>
        <source>This ledger was closed; open it again to save changes.</source>
        <extracomment>chunk of a backup copy between two progress reports (bytes copied, bytes in all) one buffer for every save&apos;s encrypted image, grown as the ledger grows</extracomment>
        <translation>この台帳は閉じられています。変更を保存するには、もう一度開いてください。</translation>
    </message>
    <message>
        <source>A file named {path} already exists.</source>
        <translation>{path} というファイルはすでにあります。</translation>
    </message>
    <message>
        <source>{path} is a copy of another ledger, not of this one.</source>
        <translation>{path} は別の台帳のコピーで、この台帳のものではありません。</translation>
    </message>
    <message>
        <source>There is already a user named &apos;{name}&apos;.</source>
        <translation>「{name}」というユーザーはすでに登録されています。</translation>
    </message>
    <message>
        <source>(key parameters differ from those recorded in the file)</source>
        <translation>（鍵のパラメーターがファイルに記録されたものと異なります）</translation>
    </message>
    <message>
        <source>{path} is a folder, not a ledger file.</source>
        <translation>{path} はフォルダーです。台帳ファイルではありません。</translation>
    </message>
    <message>
        <source>The ledger file {path} cannot be read: {reason}.</source>
        <translation>台帳ファイル {path} を読み込めません: {reason}。</translation>
    </message>
    <message>
        <source>This ledger has no recovery key.</source>
        <translation>この台帳には復旧キーがありません。</translation>
    </message>
    <message>
        <source>The recovery key does not belong to this ledger.</source>
        <translation>この復旧キーはこの台帳のものではありません。</translation>
    </message>
    <message>
        <source>A user name and password are needed to open the ledger.</source>
        <translation>台帳を開くにはユーザー名とパスワードが必要です。</translation>
    </message>
    <message>
        <source>This password belongs to an earlier state of the ledger and no longer opens it.</source>
        <translation>このパスワードは以前の状態の台帳のもので、現在の台帳は開けません。</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>パスワードを空にすることはできません。</translation>
    </message>
    <message>
        <source>{user} on {host}, process {pid}</source>
        <extracomment>where on Windows the one locked byte sits: far past the text, which stays readable errors meaning &quot;this file system does not lock&quot;, not &quot;someone holds it&quot; the holder&apos;s start time as the operating system reports it (&quot;&quot; when unknown)</extracomment>
        <translation>{host} の {user}、プロセス {pid}</translation>
    </message>
    <message>
        <source>The ledger cannot be opened for changes because no lock file can be written beside it ({reason}). Open it read-only instead.</source>
        <translation>台帳と同じ場所にロックファイルを作成できないため、編集用に開けません（{reason}）。読み取り専用で開いてください。</translation>
    </message>
    <message>
        <source>The recovery key is not complete or has a typing error; check each group against the recovery sheet.</source>
        <translation>復旧キーが不完全か、入力に誤りがあります。各グループを復旧キー控えと照らし合わせて確認してください。</translation>
    </message>
    <message>
        <source>(key slot)</source>
        <translation>（キースロット）</translation>
    </message>
    <message>
        <source>(not a database)</source>
        <extracomment>one operation at a time: a worker thread (demo data, export) and the GUI share it</extracomment>
        <translation>（データベースではない）</translation>
    </message>
    <message>
        <source>(no schema version: not a ledger)</source>
        <translation>（スキーマのバージョンがない: 台帳ではない）</translation>
    </message>
    <message>
        <source>this event is missing</source>
        <extracomment>the fields an event&apos;s MAC covers, in this order what ChainReport.problem says, translatable in the UI</extracomment>
        <translation>この記録が欠落しています</translation>
    </message>
    <message>
        <source>this event was changed</source>
        <translation>この記録が変更されています</translation>
    </message>
    <message>
        <source>this event and any after it were removed</source>
        <translation>この記録以降が削除されています</translation>
    </message>
    <message>
        <source>audit trail intact ({events} events)</source>
        <extracomment>the MAC of the last event checked (the head when ``ok``), for the next checkpoint</extracomment>
        <translation>監査ログは正常です（{events}件）</translation>
    </message>
    <message>
        <source>audit trail broken at event {event}: {problem}</source>
        <translation>監査ログが記録 {event} で壊れています: {problem}</translation>
    </message>
    <message>
        <source>The latest change is not saved yet, so a backup would miss it. Save it first (Retry or Save As), then make the backup.</source>
        <extracomment>the status bar warns when the last good backup is older than this automatic backups kept: the newest of each of 14 days, the first of each of 12 months</extracomment>
        <translation>最後の変更がまだ保存されていないため、バックアップに含まれません。先に保存（「再試行」または「名前を付けて保存」）してから、バックアップを作成してください。</translation>
    </message>
    <message>
        <source>The client</source>
        <extracomment>folded search key by (number, name, kana, phone, e-mail) ClientInput fields that are not stored as they are: a link table, JSON text, an enum</extracomment>
        <translation>顧客</translation>
    </message>
    <message>
        <source>A chosen purpose no longer exists; choose again.</source>
        <extracomment>what disposal blanks: every field that says something about the person</extracomment>
        <translation>選択した利用目的はすでに存在しません。選び直してください。</translation>
    </message>
    <message>
        <source>Purpose {number} is retired and can no longer be chosen.</source>
        <translation>利用目的 {number} は廃止されたため、選択できません。</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <extracomment>the longest text each field may hold (the columns in db/models/clients.py)</extracomment>
        <translation>姓を入力してください。</translation>
    </message>
    <message>
        <source>Enter the given name.</source>
        <translation>名を入力してください。</translation>
    </message>
    <message>
        <source>Write the reading of the family name in katakana or hiragana.</source>
        <translation>姓のフリガナはカタカナまたはひらがなで入力してください。</translation>
    </message>
    <message>
        <source>Write the reading of the given name in katakana or hiragana.</source>
        <translation>名のフリガナはカタカナまたはひらがなで入力してください。</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>生年月日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Check the date of birth: it is before 1900.</source>
        <translation>生年月日を確認してください（1900年より前になっています）。</translation>
    </message>
    <message>
        <source>Enter the postal code as 123-4567.</source>
        <translation>郵便番号は 123-4567 の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the phone number in digits, with hyphens if you like: 03-1234-5678.</source>
        <translation>電話番号は数字で入力してください（ハイフンを入れても構いません。例: 03-1234-5678）。</translation>
    </message>
    <message>
        <source>Enter the e-mail address as name@example.jp.</source>
        <translation>メールアドレスは name@example.jp の形式で入力してください。</translation>
    </message>
    <message>
        <source>Enter the date the data was obtained.</source>
        <translation>取得日を入力してください。</translation>
    </message>
    <message>
        <source>The date the data was obtained cannot be in the future.</source>
        <translation>取得日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>Choose at least one purpose of use.</source>
        <translation>利用目的を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>Say what kind of sensitive information this is, for example: medical certificate for a visa application.</source>
        <translation>要配慮個人情報の種類を入力してください（例: 在留資格の申請に用いる診断書）。</translation>
    </message>
    <message>
        <source>The date the matter closed cannot be in the future.</source>
        <translation>案件終了日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>The matter cannot have closed before the data was obtained.</source>
        <translation>案件終了日を取得日より前にすることはできません。</translation>
    </message>
    <message>
        <source>The retention end cannot be before the data was obtained.</source>
        <translation>保存期限を取得日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Data from a third party: enter who provided it (APPI Art. 30).</source>
        <translation>第三者から取得したデータです。提供元を入力してください（個人情報保護法第30条）。</translation>
    </message>
    <message>
        <source>Data from a third party: enter the provider&apos;s address.</source>
        <translation>第三者から取得したデータです。提供元の住所を入力してください。</translation>
    </message>
    <message>
        <source>Data from a third party: enter how the provider obtained it.</source>
        <translation>第三者から取得したデータです。提供元の取得経緯を入力してください。</translation>
    </message>
    <message>
        <source>This is too long (at most {limit} characters).</source>
        <translation>長すぎます（{limit}文字以内）。</translation>
    </message>
    <message>
        <source>A matter is too long (at most {limit} characters).</source>
        <translation>依頼案件が長すぎます（{limit}文字以内）。</translation>
    </message>
    <message>
        <source>This client&apos;s data was disposed of and cannot be edited.</source>
        <translation>この顧客のデータは廃棄済みのため、編集できません。</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>the reason for the disposal</source>
        <translation>廃棄の理由</translation>
    </message>
    <message>
        <source>The disposal date cannot be in the future.</source>
        <translation>廃棄日に未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>This client&apos;s data was already disposed of.</source>
        <translation>この顧客のデータはすでに廃棄されています。</translation>
    </message>
    <message>
        <source>Your role does not allow this: {action}. Ask the office manager.</source>
        <translation>この操作（{action}）はあなたの役割では行えません。事務所の管理者に依頼してください。</translation>
    </message>
    <message>
        <source>{what} was not found; it may have been removed meanwhile.</source>
        <translation>{what}が見つかりません。その間に削除された可能性があります。</translation>
    </message>
    <message>
        <source>The ledger needs at least one active manager; make another user a manager first.</source>
        <translation>台帳には有効な管理者が1人以上必要です。先に別のユーザーを管理者にしてください。</translation>
    </message>
    <message>
        <source>This ledger was made by an older version and must be upgraded; open it normally (not read-only) once to upgrade it.</source>
        <translation>この台帳は古いバージョンで作成されたため、更新が必要です。一度、読み取り専用ではなく通常どおり開いて更新してください。</translation>
    </message>
    <message>
        <source>This ledger is open read-only, so opening a client&apos;s details cannot be recorded in the audit trail. The list stays visible; to see details, close the ledger in the other program and open it normally.</source>
        <translation>この台帳は読み取り専用で開かれているため、顧客の詳細の閲覧を監査ログに記録できません。一覧は引き続き表示されます。詳細を見るには、別のプログラムで台帳を閉じてから、通常どおり開いてください。</translation>
    </message>
    <message>
        <source>view clients</source>
        <translation>顧客の閲覧</translation>
    </message>
    <message>
        <source>add or edit clients, consents and provisions</source>
        <translation>顧客・同意・第三者提供の登録と編集</translation>
    </message>
    <message>
        <source>dispose of a client&apos;s data</source>
        <translation>顧客データの廃棄</translation>
    </message>
    <message>
        <source>view contractors</source>
        <translation>委託先の閲覧</translation>
    </message>
    <message>
        <source>record an inspection</source>
        <translation>点検の記録</translation>
    </message>
    <message>
        <source>edit a contractor&apos;s contract</source>
        <translation>委託先との契約の編集</translation>
    </message>
    <message>
        <source>approve an inspection</source>
        <translation>点検の承認</translation>
    </message>
    <message>
        <source>edit the inspection checklist</source>
        <translation>点検チェックリストの編集</translation>
    </message>
    <message>
        <source>view incidents</source>
        <translation>インシデントの閲覧</translation>
    </message>
    <message>
        <source>report an incident or add actions</source>
        <translation>漏えい等事案の報告・対応の追加</translation>
    </message>
    <message>
        <source>mark an incident reported to the regulator, or close it</source>
        <translation>漏えい等事案の個人情報保護委員会への報告済み登録・完了処理</translation>
    </message>
    <message>
        <source>print a single record</source>
        <translation>個別の記録の印刷</translation>
    </message>
    <message>
        <source>export data</source>
        <translation>データのエクスポート</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>ユーザーの管理</translation>
    </message>
    <message>
        <source>see the office settings</source>
        <translation>事務所設定の閲覧</translation>
    </message>
    <message>
        <source>change office settings</source>
        <translation>事務所設定の変更</translation>
    </message>
    <message>
        <source>record a new version of the privacy policy</source>
        <translation>プライバシーポリシーの新しい版の記録</translation>
    </message>
    <message>
        <source>view the audit log</source>
        <translation>監査ログの閲覧</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>バックアップからの復元</translation>
    </message>
    <message>
        <source>Client {number}&apos;s data was disposed of; nothing more can be recorded.</source>
        <translation>顧客 {number} のデータは廃棄済みのため、これ以上記録できません。</translation>
    </message>
    <message>
        <source>The recipient</source>
        <translation>提供先</translation>
    </message>
    <message>
        <source>The purpose</source>
        <extracomment>the policy&apos;s own purposes by a name short enough for a table cell; the full title is the tooltip. Titles are office data in the ledger&apos;s language, so both languages are here. a title of the office&apos;s own, in a table cell: this many characters, then &quot;…&quot;</extracomment>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>Choose at least one data item.</source>
        <translation>データ項目を1つ以上選択してください。</translation>
    </message>
    <message>
        <source>The data item &apos;{name}&apos; is retired; choose another.</source>
        <translation>データ項目「{name}」は廃止されています。別の項目を選択してください。</translation>
    </message>
    <message>
        <source>The date {day} is in the future.</source>
        <translation>{day} は未来の日付です。</translation>
    </message>
    <message>
        <source>the purpose&apos;s title</source>
        <translation>利用目的の名称</translation>
    </message>
    <message>
        <source>Purpose {number} already has this title; choose another.</source>
        <translation>利用目的 {number} に同じ名称があります。別の名称にしてください。</translation>
    </message>
    <message>
        <source>At least one purpose must stay in use.</source>
        <translation>利用目的は少なくとも1つを使用中のまま残す必要があります。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Wait {seconds} seconds before trying again.</source>
        <translation>パスワードの誤りが続いています。{seconds}秒待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>the office name</source>
        <extracomment>the language of the office&apos;s own data seeded at creation (the purposes of use)</extracomment>
        <translation>事務所名</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>The idle lock time is 1 to {maximum} minutes.</source>
        <translation>自動ロックまでの時間は1～{maximum}分の範囲で指定してください。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>現在のパスワードとは異なるパスワードを設定してください。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Reactivate the user first.</source>
        <translation>先にユーザーを再び有効にしてください。</translation>
    </message>
    <message>
        <source>Choose an active manager.</source>
        <translation>有効な管理者を選択してください。</translation>
    </message>
    <message>
        <source>The user</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Enter {label}.</source>
        <extracomment>the password rule (README, &quot;Passwords&quot;): at least 10 characters, and zxcvbn&apos;s estimate at least 3 of 0-4 (&quot;safely unguessable&quot;: about 10^8 guesses or more) zxcvbn&apos;s time grows with the length; the rest of a longer password only adds strength</extracomment>
        <translation>{label}を入力してください。</translation>
    </message>
    <message>
        <source>{label:cap} is too long (at most {max_length}).</source>
        <translation>{label}が長すぎます（{max_length}文字以内）。</translation>
    </message>
    <message>
        <source>A user name is 1-64 letters or digits (also . @ + - _), without spaces.</source>
        <translation>ユーザー名は1～64文字の文字または数字で、空白は使えません（. @ + - _ も使えます）。</translation>
    </message>
    <message>
        <source>A password needs at least {length} characters.</source>
        <translation>パスワードは{length}文字以上にしてください。</translation>
    </message>
    <message>
        <source>A password must not begin or end with a space.</source>
        <translation>パスワードの先頭と末尾には空白を使えません。</translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common word, name, date or pattern). Use a few unrelated words, or a longer phrase.</source>
        <translation>このパスワードは推測されやすすぎます（よくある単語・名前・日付・パターン）。関係のない単語をいくつか並べるか、もっと長い文にしてください。</translation>
    </message>
    <message>
        <source>There is no purpose {number}.</source>
        <translation>利用目的 {number} はありません。</translation>
    </message>
    <message>
        <source>There is no CSV file at {path}.</source>
        <translation>{path} にCSVファイルがありません。</translation>
    </message>
    <message>
        <source>The file could not be read. {cause}</source>
        <translation>ファイルを読み込めませんでした。{cause}</translation>
    </message>
    <message>
        <source>The file is larger than {megabytes} MB; a register to import is far smaller. Check that this is the right file, or split it into parts.</source>
        <translation>ファイルが {megabytes} MB を超えています。取り込む台帳ならはるかに小さいはずです。正しいファイルか確認するか、いくつかに分けてください。</translation>
    </message>
    <message>
        <source>The file has more than {limit} rows; split it into parts.</source>
        <translation>ファイルの行数が {limit} 行を超えています。いくつかに分けてください。</translation>
    </message>
    <message>
        <source>This is an Excel workbook, not a CSV file. In Excel choose File &gt; Save As &gt; &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>これはExcelブックで、CSVファイルではありません。Excelで「ファイル」&gt;「名前を付けて保存」&gt;「CSV UTF-8 (コンマ区切り)」を選び、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data), so it cannot be a CSV file.</source>
        <translation>テキストファイルではありません(バイナリデータを含んでいます)。CSVファイルではありません。</translation>
    </message>
    <message>
        <source>The file&apos;s text is neither UTF-8 nor Shift_JIS (cp932). In Excel choose File &gt; Save As &gt; &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>ファイルの文字コードがUTF-8でもShift_JIS(cp932)でもありません。Excelで「ファイル」&gt;「名前を付けて保存」&gt;「CSV UTF-8 (コンマ区切り)」を選び、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The file was saved as &quot;Unicode text&quot; (UTF-16). In Excel choose File &gt; Save As &gt; &quot;CSV UTF-8 (comma delimited)&quot; and import that file.</source>
        <translation>ファイルは「Unicode テキスト」(UTF-16)で保存されています。Excelで「ファイル」&gt;「名前を付けて保存」&gt;「CSV UTF-8 (コンマ区切り)」を選び、そのファイルを取り込んでください。</translation>
    </message>
    <message>
        <source>The file is empty: it has no heading row.</source>
        <translation>ファイルが空です。見出しの行がありません。</translation>
    </message>
    <message>
        <source>The file is not valid CSV at line {line} (a quotation mark not closed, or a cell far too long).</source>
        <translation>{line} 行目がCSVとして正しくありません(引用符が閉じていないか、セルが長すぎます)。</translation>
    </message>
    <message>
        <source>Line {line} has {cells} cells but the heading row has {headings}; a row may not have more or fewer cells than there are headings.</source>
        <translation>{line} 行目のセルは {cells} 個ですが、見出しの行は {headings} 個です。各行のセルの数は見出しの数と同じでなければなりません。</translation>
    </message>
    <message>
        <source>The file has no column for {headings}; add it or assign a column.</source>
        <translation>ファイルに {headings} の列がありません。列を追加するか、列を割り当ててください。</translation>
    </message>
    <message>
        <source>There is no field &apos;{field}&apos; to assign a column to (fields: {fields}).</source>
        <translation>列を割り当てる項目「{field}」はありません(項目: {fields})。</translation>
    </message>
    <message>
        <source>The file has no column headed &apos;{heading}&apos;.</source>
        <translation>ファイルに見出しが「{heading}」の列はありません。</translation>
    </message>
    <message>
        <source>The columns &apos;{first}&apos; and &apos;{second}&apos; are assigned to the same field; assign one of them to nothing.</source>
        <translation>列「{first}」と「{second}」が同じ項目に割り当てられています。どちらかを「取り込まない」にしてください。</translation>
    </message>
    <message>
        <source>Shift_JIS (cp932) cannot hold the character &apos;{character}&apos; on line {line}, column &apos;{column}&apos;. Export as UTF-8 instead, or change that character.</source>
        <translation>{line} 行目の列「{column}」の文字「{character}」はShift_JIS(cp932)で書き出せません。UTF-8で書き出すか、その文字を変更してください。</translation>
    </message>
    <message>
        <source>There is no register &apos;{kind}&apos; (choose: {kinds}).</source>
        <translation>台帳「{kind}」はありません(選べるもの: {kinds})。</translation>
    </message>
    <message>
        <source>The register &apos;{kind}&apos; cannot be exported by {option}.</source>
        <translation>台帳「{kind}」は{option}で絞り込んで書き出すことはできません。</translation>
    </message>
    <message>
        <source>The export was not written. {cause}</source>
        <translation>書き出しファイルは作成されませんでした。{cause}</translation>
    </message>
    <message>
        <source>An export cannot replace a ledger file; choose a file name ending in .csv.</source>
        <translation>書き出しで台帳ファイルを上書きすることはできません。.csv で終わるファイル名を選んでください。</translation>
    </message>
    <message>
        <source>This ledger is open read-only, so an export cannot be recorded in the audit trail. Close the ledger in the other program and open it normally to export.</source>
        <translation>この台帳は読み取り専用で開かれているため、書き出しを監査記録に残せません。もう一方のプログラムで台帳を閉じ、通常どおり開いてから書き出してください。</translation>
    </message>
    <message>
        <source>{refused} of {rows} rows would be refused, so nothing was imported.</source>
        <translation>{rows} 行のうち {refused} 行が受け付けられないため、何も取り込みませんでした。</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; has no space between family and given name, so it was taken as the family name.</source>
        <translation>「{name}」は姓と名の間に空白がないため、姓として扱いました。</translation>
    </message>
    <message>
        <source>purpose of use</source>
        <translation>利用目的</translation>
    </message>
    <message>
        <source>date range</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>The start of the date range is after its end.</source>
        <translation>期間の開始日が終了日より後になっています。</translation>
    </message>
    <message>
        <source>{note} {message}</source>
        <translation>{note}{message}</translation>
    </message>
    <message>
        <source>{column}: {message}</source>
        <translation>{column}: {message}</translation>
    </message>
    <message>
        <source>Write the date as 2026-03-01 (also 2026/3/1 or 令和8年3月1日), not &apos;{value}&apos;.</source>
        <extracomment>the first year of each era (a year &quot;1&quot; / 元年 is that year)</extracomment>
        <translation>日付は「{value}」ではなく 2026-03-01 の形で書いてください(2026/3/1 や 令和8年3月1日 も使えます)。</translation>
    </message>
    <message>
        <source>Write yes or no (はい / いいえ), not &apos;{value}&apos;.</source>
        <translation>「{value}」ではなく、はい / いいえ(yes / no)で書いてください。</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not one of: {choices}.</source>
        <translation>「{value}」は次のいずれでもありません: {choices}。</translation>
    </message>
    <message>
        <source>the version label</source>
        <translation>版の名称</translation>
    </message>
    <message>
        <source>Choose the language of the policy: ja or en.</source>
        <translation>ポリシーの言語を選んでください（ja または en）。</translation>
    </message>
    <message>
        <source>the policy&apos;s text</source>
        <translation>ポリシーの本文</translation>
    </message>
    <message>
        <source>Version {version} of the policy is already recorded; give a new label.</source>
        <translation>ポリシーの版 {version} は既に記録されています。別の名称を付けてください。</translation>
    </message>
    <message>
        <source>A new version cannot take effect before the current one ({day}).</source>
        <translation>新しい版の施行日を、現在の版の施行日（{day}）より前にすることはできません。</translation>
    </message>
    <message>
        <source>This is an older copy: it has save number {found}, but this computer has opened save number {seen} of the same ledger. Changes made since then are not in this copy.</source>
        <translation>これは古いコピーです。保存番号は {found} ですが、このパソコンでは同じ台帳の保存番号 {seen} を開いたことがあります。それ以降の変更はこのコピーに含まれていません。</translation>
    </message>
    <message>
        <source>The audit trail is not the one this computer saw: it has {found} events, and event {seen} as this computer last saw it is missing or different. Events were cut from its end, or this copy was continued from an older one.</source>
        <translation>監査ログがこのパソコンで確認したものと異なります。記録は {found} 件で、このパソコンが最後に確認した記録 {seen} が無いか、内容が違います。末尾の記録が削除されたか、古いコピーから作業が続けられた可能性があります。</translation>
    </message>
    <message>
        <source>{finding} Nothing was changed; add --accept-older to use this copy anyway.</source>
        <translation>{finding} 何も変更していません。それでもこのコピーを使う場合は --accept-older を付けてください。</translation>
    </message>
    <message>
        <source>This backup was made before a password change: enter your password as it was then.</source>
        <translation>このバックアップはパスワード変更より前に作られました。当時のパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The latest change is not saved yet. Save it first (Retry or Save As), then restore.</source>
        <translation>最新の変更がまだ保存されていません。先に保存（再試行または名前を付けて保存）してから復元してください。</translation>
    </message>
    <message>
        <source>Consent {number} was withdrawn and cannot be changed; record a new consent.</source>
        <translation>同意 {number} は撤回済みのため変更できません。新しい同意を登録してください。</translation>
    </message>
    <message>
        <source>how it was withdrawn</source>
        <translation>撤回の方法</translation>
    </message>
    <message>
        <source>the note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Consent {number} was already withdrawn on {day}.</source>
        <translation>同意 {number} は {day} にすでに撤回されています。</translation>
    </message>
    <message>
        <source>A consent cannot be withdrawn before it was given ({day}).</source>
        <translation>同意を取得日（{day}）より前に撤回することはできません。</translation>
    </message>
    <message>
        <source>Purpose {number} is retired; choose another.</source>
        <translation>利用目的 {number} は廃止されています。別の目的を選択してください。</translation>
    </message>
    <message>
        <source>The expiry date is before the date the consent was given.</source>
        <translation>有効期限が同意の取得日より前になっています。</translation>
    </message>
    <message>
        <source>the note on how it was given</source>
        <translation>同意の取得方法に関するメモ</translation>
    </message>
    <message>
        <source>For an oral consent, note who heard it, when and what was agreed.</source>
        <translation>口頭による同意の場合は、誰が・いつ聞き取り、何に同意されたかを記録してください。</translation>
    </message>
    <message>
        <source>the purpose&apos;s details</source>
        <translation>目的の詳細</translation>
    </message>
    <message>
        <source>where the evidence is kept</source>
        <translation>証跡の保管場所</translation>
    </message>
    <message>
        <source>This change would leave provisions {numbers} without a covering consent.</source>
        <translation>この変更を行うと、提供記録 {numbers} の根拠となる同意がなくなります。</translation>
    </message>
    <message>
        <source>The consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Number</source>
        <extracomment>every header key and its label, for Japanese headers when the interface is Japanese</extracomment>
        <translation>番号</translation>
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
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Client number</source>
        <translation>顧客番号</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>顧客氏名</translation>
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
        <source>Date given</source>
        <translation>同意日</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>撤回日</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Date provided</source>
        <translation>提供日</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>法令上の根拠</translation>
    </message>
    <message>
        <source>Record not required</source>
        <translation>記録不要</translation>
    </message>
    <message>
        <source>Keep until</source>
        <translation>保存期限</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>受領日</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>The data item</source>
        <translation>データ項目</translation>
    </message>
    <message>
        <source>the data item&apos;s name</source>
        <translation>データ項目の名称</translation>
    </message>
    <message>
        <source>Data item {number} already has this name.</source>
        <translation>データ項目 {number} にすでに同じ名称があります。</translation>
    </message>
    <message>
        <source>The provision</source>
        <translation>第三者提供</translation>
    </message>
    <message>
        <source>The provision record</source>
        <translation>提供記録</translation>
    </message>
    <message>
        <source>the legal basis</source>
        <translation>法令上の根拠</translation>
    </message>
    <message>
        <source>the notes</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>the provider&apos;s name</source>
        <translation>提供元の名称</translation>
    </message>
    <message>
        <source>the provider&apos;s address</source>
        <translation>提供元の住所</translation>
    </message>
    <message>
        <source>the provider&apos;s representative</source>
        <translation>提供元の代表者</translation>
    </message>
    <message>
        <source>how the provider obtained the data</source>
        <translation>提供元による取得の経緯</translation>
    </message>
    <message>
        <source>the recipient&apos;s name</source>
        <translation>提供先の名称</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>the representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>the company&apos;s representative</source>
        <translation>法人の代表者</translation>
    </message>
    <message>
        <source>Several consents cover this provision ({consents}); choose the one it relies on.</source>
        <extracomment>Art. 29(1) via Art. 16(2): no provision record is required for these recipients Rules 21 and 25: years a record is kept, by how it is kept</extracomment>
        <translation>この提供の根拠となる同意が複数あります（{consents}）。根拠とする同意を選択してください。</translation>
    </message>
    <message>
        <source>Give either the covering consent or a legal basis, not both.</source>
        <extracomment>the consent the person chose (needed when several cover the provision)</extracomment>
        <translation>根拠とする同意か法令上の根拠のどちらか一方を指定してください。</translation>
    </message>
    <message>
        <source>Write down the legal basis: which law, contract or arrangement.</source>
        <translation>法令上の根拠（どの法令・契約・取決めか）を記入してください。</translation>
    </message>
    <message>
        <source>The chosen consent is not for {recipient} and purpose {purpose}.</source>
        <translation>選択した同意は、{recipient}・利用目的 {purpose} に対するものではありません。</translation>
    </message>
    <message>
        <source>This client has no consent to a provision to {recipient} for purpose {purpose}. Record the consent first, or give the legal basis of the provision.</source>
        <translation>この顧客からは、利用目的 {purpose} のための{recipient}への提供についての同意が登録されていません。先に同意を登録するか、提供の法令上の根拠を指定してください。</translation>
    </message>
    <message>
        <source>The consent for {items} to {recipient} was withdrawn on {day}.</source>
        <translation>{recipient}への{items}の提供に関する同意は、{day} に撤回されています。</translation>
    </message>
    <message>
        <source>The consent for {items} to {recipient} expired on {day}.</source>
        <translation>{recipient}への{items}の提供に関する同意は、{day} に有効期限が切れています。</translation>
    </message>
    <message>
        <source>The consent for {items} to {recipient} was given on {day}, after the provision date {provided}; consent must come before the provision.</source>
        <translation>{recipient}への{items}の提供に関する同意の取得日は {day} で、提供日 {provided} より後です。同意は提供より前に得る必要があります。</translation>
    </message>
    <message>
        <source>The consent {consent} to {recipient} does not include {items}. Record a consent that includes them, or leave them out of this provision.</source>
        <translation>{recipient}への同意 {consent} には {items} が含まれていません。これらを含む同意を登録するか、この提供から除いてください。</translation>
    </message>
    <message>
        <source>The checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>A checklist needs at least one question.</source>
        <translation>チェックリストには1つ以上の質問が必要です。</translation>
    </message>
    <message>
        <source>A checklist has at most {limit} questions.</source>
        <translation>チェックリストの質問は{limit}件までです。</translation>
    </message>
    <message>
        <source>This date cannot be in the future.</source>
        <translation>未来の日付は指定できません。</translation>
    </message>
    <message>
        <source>the company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.jp).</source>
        <translation>メールアドレスの形式ではありません（例: name@example.jp）。</translation>
    </message>
    <message>
        <source>Enter a number of persons from 0 upwards.</source>
        <translation>人数は0以上の数で入力してください。</translation>
    </message>
    <message>
        <source>The inspection cycle is {low} to {high} months.</source>
        <translation>点検周期は{low}〜{high}か月です。</translation>
    </message>
    <message>
        <source>Enter the name of each sub-contractor.</source>
        <translation>再委託先の名称をそれぞれ入力してください。</translation>
    </message>
    <message>
        <source>The contract cannot end before it starts.</source>
        <translation>契約終了日を開始日より前にすることはできません。</translation>
    </message>
    <message>
        <source>Say what each corrective action is.</source>
        <translation>是正措置の内容をそれぞれ入力してください。</translation>
    </message>
    <message>
        <source>The inspection</source>
        <translation>点検記録</translation>
    </message>
    <message>
        <source>An approved inspection cannot be changed.</source>
        <translation>承認済みの点検記録は変更できません。</translation>
    </message>
    <message>
        <source>Say why the inspection is returned.</source>
        <translation>差し戻しの理由を入力してください。</translation>
    </message>
    <message>
        <source>The contractor</source>
        <translation>委託先</translation>
    </message>
    <message>
        <source>This contractor has no contract to end.</source>
        <translation>この委託先には終了できる契約がありません。</translation>
    </message>
    <message>
        <source>This inspection is already approved.</source>
        <extracomment>the default inspection cycle (docs/appi-rules.md: &quot;periodic inspection, every 12 months&quot;) the office inspects itself yearly (GL 10, small-business example methods) a privacy training older than this is due again (GL 10: &quot;periodically&quot;)</extracomment>
        <translation>この点検記録はすでに承認されています。</translation>
    </message>
    <message>
        <source>This inspection was returned; it can be decided once it is corrected and recorded again.</source>
        <translation>この点検記録は差し戻されています。修正して記録し直した後に承認・差し戻しができます。</translation>
    </message>
    <message>
        <source>Give a result for item {number}.</source>
        <translation>項目{number}の結果を選択してください。</translation>
    </message>
    <message>
        <source>Item {number} does not conform: say in the comment what is wrong.</source>
        <translation>項目{number}は「不適合」です。コメントに問題点を記入してください。</translation>
    </message>
    <message>
        <source>The contract with this contractor has ended; it is not inspected.</source>
        <translation>この委託先との契約は終了しているため、点検の対象外です。</translation>
    </message>
    <message>
        <source>This stage was already recorded on {day}.</source>
        <translation>この段階は {day} に記録済みです。</translation>
    </message>
    <message>
        <source>The date must lie between the day the office learned of the incident ({start}) and today.</source>
        <translation>日付は、事務所がインシデントを知った日（{start}）から今日までの間にしてください。</translation>
    </message>
    <message>
        <source>Record the notices sent to the persons first (the send log is empty).</source>
        <translation>先に本人への通知の送付を記録してください（送付記録がありません）。</translation>
    </message>
    <message>
        <source>Add a recurrence-prevention entry to the timeline before closing the incident.</source>
        <translation>完了にする前に、経緯に再発防止策を記録してください。</translation>
    </message>
    <message>
        <source>Answer the report questions first: it is not yet decided whether the PPC must be told.</source>
        <translation>先に報告要否の質問に回答してください。個人情報保護委員会への報告が必要かどうか、まだ決まっていません。</translation>
    </message>
    <message>
        <source>This incident must be reported to the PPC and notified to the persons: record the final report and the notices before closing.</source>
        <translation>このインシデントは個人情報保護委員会への報告と本人への通知が必要です。完了にする前に、確報の提出と通知を記録してください。</translation>
    </message>
    <message>
        <source>Describe what was done.</source>
        <translation>行ったことを記入してください。</translation>
    </message>
    <message>
        <source>An action cannot be dated in the future.</source>
        <translation>対応の日時を未来にすることはできません。</translation>
    </message>
    <message>
        <source>Choose the linked clients notified, or enter how many persons.</source>
        <translation>通知した関係顧客を選ぶか、人数を入力してください。</translation>
    </message>
    <message>
        <source>Only clients linked to this incident can be notified.</source>
        <translation>通知を記録できるのは、このインシデントに関係付けられた顧客だけです。</translation>
    </message>
    <message>
        <source>Enter how many persons were notified (1 or more).</source>
        <translation>通知した人数を入力してください（1以上）。</translation>
    </message>
    <message>
        <source>The incident</source>
        <extracomment>IncidentInput fields not stored as they are: a link table, JSON text the columns a table row needs, read as plain tuples (no ORM objects, no long texts)</extracomment>
        <translation>インシデント</translation>
    </message>
    <message>
        <source>A linked client no longer exists; choose again.</source>
        <translation>関係付けた顧客が存在しません。選び直してください。</translation>
    </message>
    <message>
        <source>This incident is closed and can no longer be changed.</source>
        <translation>このインシデントは完了しているため、変更できません。</translation>
    </message>
    <message>
        <source>The date of the internal report must lie between the day the office learned of the incident and today.</source>
        <translation>社内報告の日付は、事務所がインシデントを知った日から今日までの間にしてください。</translation>
    </message>
    <message>
        <source>A stage is dated {day}, before the day the office learned of the incident.</source>
        <translation>{day} の段階があり、事務所がインシデントを知った日より前になります。</translation>
    </message>
    <message>
        <source>Report to the PPC and notify the persons: required</source>
        <extracomment>Rule 7 item 4: &quot;more than 1,000&quot; persons</extracomment>
        <translation>個人情報保護委員会への報告と本人への通知：必要</translation>
    </message>
    <message>
        <source>Report to the PPC and notify the persons: not required</source>
        <translation>個人情報保護委員会への報告と本人への通知：不要</translation>
    </message>
    <message>
        <source>Report to the PPC and notify the persons: not decided yet</source>
        <translation>個人情報保護委員会への報告と本人への通知：未判定</translation>
    </message>
    <message>
        <source>sensitive personal information is involved (type 1)</source>
        <translation>要配慮個人情報が含まれる（第1号）</translation>
    </message>
    <message>
        <source>misuse could cause financial damage (type 2)</source>
        <translation>不正に利用されると財産的被害が生じるおそれがある（第2号）</translation>
    </message>
    <message>
        <source>a wrongful purpose is suspected (type 3; final report within 60 days)</source>
        <translation>不正の目的によるおそれがある（第3号。確報は60日以内）</translation>
    </message>
    <message>
        <source>still to answer: is sensitive personal information involved?</source>
        <translation>未回答：要配慮個人情報が含まれるか</translation>
    </message>
    <message>
        <source>still to answer: could misuse cause financial damage?</source>
        <translation>未回答：財産的被害が生じるおそれがあるか</translation>
    </message>
    <message>
        <source>still to answer: is a wrongful purpose suspected?</source>
        <translation>未回答：不正の目的によるおそれがあるか</translation>
    </message>
    <message>
        <source>still to answer: how many persons may be affected at most?</source>
        <translation>未回答：本人の数は最大で何人か</translation>
    </message>
    <message>
        <source>the data was strongly encrypted and the key was not lost (exemption of Rule 7)</source>
        <translation>高度な暗号化がされ、鍵は漏えいしていない（規則7条の除外）</translation>
    </message>
    <message>
        <source>none of the four types of Rule 7 applies</source>
        <translation>規則7条の4つの類型のいずれにも当たらない</translation>
    </message>
    <message>
        <source>up to {persons} persons may be affected, more than 1,000 (type 4)</source>
        <translation>本人の数が最大 {persons} 人で、1,000人を超える（第4号）</translation>
    </message>
    <message>
        <source>Enter a short title for the incident.</source>
        <extracomment>the longest text of each field (the columns in db/models/incidents.py; Text kept sane) no office has more persons on file than this; a larger number is a typing slip</extracomment>
        <translation>インシデントの件名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the date it occurred, or leave the time empty.</source>
        <translation>発生日を入力するか、時刻を空欄にしてください。</translation>
    </message>
    <message>
        <source>The date it occurred cannot be in the future.</source>
        <translation>発生日を未来にすることはできません。</translation>
    </message>
    <message>
        <source>Enter the date the office learned of the incident.</source>
        <translation>事務所がインシデントを知った日（発覚日）を入力してください。</translation>
    </message>
    <message>
        <source>The date the office learned of it cannot be in the future.</source>
        <translation>発覚日を未来にすることはできません。</translation>
    </message>
    <message>
        <source>The office cannot have learned of the incident before it occurred.</source>
        <translation>発覚日時が発生日時より前になっています。</translation>
    </message>
    <message>
        <source>Choose the kind of incident from the list.</source>
        <translation>事態の区分を一覧から選んでください。</translation>
    </message>
    <message>
        <source>This detail does not go with the kind of incident chosen.</source>
        <translation>この詳細は、選んだ事態の区分に当てはまりません。</translation>
    </message>
    <message>
        <source>The date the contractor told the office cannot be in the future.</source>
        <translation>委託先からの報告日を未来にすることはできません。</translation>
    </message>
    <message>
        <source>The contractor cannot have told the office before the incident occurred.</source>
        <translation>委託先からの報告日が発生日より前になっています。</translation>
    </message>
    <message>
        <source>Enter a number of persons from 0 to {limit}.</source>
        <translation>本人の数は0から{limit}の間で入力してください。</translation>
    </message>
    <message>
        <source>The maximum possible number cannot be below the number known.</source>
        <translation>最大人数は、判明している人数より少なくできません。</translation>
    </message>
</context>
</TS>
