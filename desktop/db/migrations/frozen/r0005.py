"""Seeds of revision 0005 (the contractor register), frozen on 2026-11-29."""

#: (category, English question, Japanese question) of version 1 of each checklist
CONTRACTOR_CHECKLIST: tuple[tuple[str, str, str], ...] = (
    (
        "organizational",
        "Is a person responsible for handling personal data appointed?",
        "個人データの取扱いに関する責任者が定められていますか。",
    ),
    (
        "organizational",
        "Are there written rules for handling personal data, and are they followed?",
        "個人データの取扱規程が文書化され、遵守されていますか。",
    ),
    (
        "organizational",
        "Is the handling of the office's data recorded (who, when, what)?",
        "当事務所の個人データの取扱状況（誰が・いつ・何を）が記録されていますか。",
    ),
    (
        "organizational",
        "Is there a route for reporting an incident to the office without delay?",
        "漏えい等の事案を当事務所へ速やかに報告する体制がありますか。",
    ),
    (
        "organizational",
        "Are the safety measures reviewed periodically and improved?",
        "安全管理措置を定期的に点検し、改善していますか。",
    ),
    (
        "organizational",
        "Has there been no incident with personal data since the last inspection?",
        "前回点検以降、個人データの漏えい等の事案は発生していませんか。",
    ),
    (
        "personnel",
        "Have the staff who handle the data signed a confidentiality pledge?",
        "個人データを取り扱う従業者は秘密保持の誓約をしていますか。",
    ),
    (
        "personnel",
        "Do the work rules oblige staff to keep personal data confidential?",
        "就業規則等に個人データの秘密保持義務が定められていますか。",
    ),
    (
        "personnel",
        "Are staff trained in handling personal data when they join and periodically?",
        "従業者に対し、入社時及び定期的に個人データの取扱いに関する研修を行っていますか。",
    ),
    (
        "personnel",
        "Is access to the office's data limited to the staff who need it?",
        "当事務所の個人データを取り扱う従業者は必要な者に限定されていますか。",
    ),
    (
        "physical",
        "Are the areas where the data is handled controlled (entry, visitors)?",
        "個人データを取り扱う区域の入退室管理が行われていますか。",
    ),
    (
        "physical",
        "Are paper documents and media kept in locked storage?",
        "書類・記録媒体は施錠できる場所に保管されていますか。",
    ),
    (
        "physical",
        "Is taking data out (paper, USB memory, laptops) controlled and recorded?",
        "書類・USBメモリ・ノートPC等による持ち出しが管理・記録されていますか。",
    ),
    (
        "physical",
        "Is disposal secure (shredding, erasure) and confirmed with a record?",
        "廃棄は裁断・消去等の確実な方法で行い、記録で確認していますか。",
    ),
    (
        "physical",
        "Are computers and devices protected against theft (locks, screen lock)?",
        "パソコン等の機器に盗難防止策（施錠・画面ロック等）が講じられていますか。",
    ),
    (
        "technical",
        "Is access to the data limited by user accounts and rights?",
        "利用者アカウントと権限により個人データへのアクセスが制限されていますか。",
    ),
    (
        "technical",
        "Do users sign in with their own password or other authentication?",
        "利用者は各自のパスワード等で認証されていますか。",
    ),
    (
        "technical",
        "Is malware protection installed and kept up to date?",
        "ウイルス対策ソフトが導入され、最新の状態に保たれていますか。",
    ),
    (
        "technical",
        "Are software updates (security patches) applied promptly?",
        "OS・ソフトウェアのセキュリティ更新が速やかに適用されていますか。",
    ),
    (
        "technical",
        "Is the data encrypted when stored on portable media or sent?",
        "持ち運ぶ媒体への保存や送信の際に個人データを暗号化していますか。",
    ),
    ("technical", "Are access logs kept and checked?", "アクセスログを保存し、確認していますか。"),
    (
        "technical",
        "Are backups of the data made and protected?",
        "個人データのバックアップを取得し、適切に保護していますか。",
    ),
    (
        "external",
        "Is it known in which countries the data is stored or handled?",
        "個人データを保管・取り扱う国を把握していますか。",
    ),
    (
        "external",
        "For a foreign cloud or server, are that country's data protection rules known?",
        "外国のクラウド・サーバを利用する場合、その国の個人情報保護制度を把握していますか。",
    ),
    (
        "contract",
        "Is the data used only for the purpose of the contract?",
        "個人データを委託の目的の範囲内でのみ利用していますか。",
    ),
    (
        "contract",
        "Was any re-outsourcing approved by the office in advance?",
        "再委託は事前に当事務所の承認を得ていますか。",
    ),
    (
        "contract",
        "Are the office's data kept apart from other customers' data?",
        "当事務所の個人データを他の顧客のデータと区分して管理していますか。",
    ),
    (
        "contract",
        "Does the contractor report on the handling when the office asks?",
        "当事務所の求めに応じて取扱状況を報告していますか。",
    ),
    (
        "contract",
        "Is data no longer needed returned or erased, with a disposal certificate?",
        "不要となった個人データを返却又は消去し、廃棄証明書を提出していますか。",
    ),
    (
        "contract",
        "Are the contract's clauses on confidentiality and safety measures kept?",
        "契約の秘密保持・安全管理に関する条項が守られていますか。",
    ),
)
SELF_CHECKLIST: tuple[tuple[str, str, str], ...] = (
    (
        "organizational",
        "Is the privacy policy (basic policy) published and up to date?",
        "個人情報保護方針（基本方針）を公表し、最新の内容に保っていますか。",
    ),
    (
        "organizational",
        "Are the office's handling rules for personal data written down?",
        "個人データの取扱規程を定めていますか。",
    ),
    (
        "organizational",
        "Is the person responsible for personal data named?",
        "個人データの取扱責任者を定めていますか。",
    ),
    (
        "organizational",
        "Is the register of personal data (this ledger) kept up to date?",
        "個人データの取扱台帳（本台帳）を最新の状態に保っていますか。",
    ),
    (
        "organizational",
        "Does everyone know whom to tell about an incident, and is it rehearsed?",
        "漏えい等の事案の報告先を全員が知っており、対応手順を確認していますか。",
    ),
    (
        "organizational",
        "Has the responsible person reviewed this checklist within the year?",
        "取扱責任者が1年以内にこのチェックリストで点検していますか。",
    ),
    (
        "personnel",
        "Has every staff member signed a confidentiality pledge?",
        "全従業者が秘密保持誓約書を提出していますか。",
    ),
    (
        "personnel",
        "Do the work rules include confidentiality of personal data?",
        "就業規則に個人データの秘密保持が定められていますか。",
    ),
    (
        "personnel",
        "Did every staff member receive privacy training within the last year?",
        "全従業者が過去1年以内に個人情報保護の研修を受けていますか。",
    ),
    (
        "personnel",
        "Are new staff trained when they join?",
        "新たな従業者に入所時の研修を行っていますか。",
    ),
    (
        "physical",
        "Are client files kept in locked cabinets out of visitors' sight?",
        "依頼者の書類は来客の目に触れない施錠できる書庫に保管していますか。",
    ),
    (
        "physical",
        "Is the office locked when nobody is there?",
        "無人となる時間は事務所を施錠していますか。",
    ),
    (
        "physical",
        "Is taking documents or devices out of the office kept to what is needed?",
        "書類・機器の持ち出しを必要最小限にしていますか。",
    ),
    (
        "physical",
        "Are documents shredded and disks erased before disposal, and is it recorded?",
        "書類は裁断、記録媒体は消去してから廃棄し、その記録を残していますか。",
    ),
    (
        "physical",
        "Are screens placed or locked so visitors cannot read them?",
        "来客から画面が見えない配置又は画面ロックをしていますか。",
    ),
    (
        "technical",
        "Does each person sign in to the PCs and this ledger with their own password?",
        "パソコンと本台帳に各自のパスワードでログインしていますか。",
    ),
    (
        "technical",
        "Are the rights in the ledger (manager, clerk) set as the work requires?",
        "台帳の権限（管理者・職員）を業務に応じて設定していますか。",
    ),
    (
        "technical",
        "Is malware protection active and updated on every PC?",
        "全てのパソコンでウイルス対策ソフトが有効で、更新されていますか。",
    ),
    (
        "technical",
        "Are Windows and other software updated promptly?",
        "Windows等のソフトウェアを速やかに更新していますか。",
    ),
    (
        "technical",
        "Is the ledger backed up, with a copy kept outside the PC?",
        "台帳のバックアップを取得し、パソコン以外にも保管していますか。",
    ),
    (
        "technical",
        "Are files with personal data encrypted or password-protected when e-mailed?",
        "個人データを含むファイルをメール送信する際は暗号化等をしていますか。",
    ),
    (
        "technical",
        "Are former staff members' accounts removed at once?",
        "退職者のアカウントを速やかに削除していますか。",
    ),
    (
        "external",
        "Is it known whether any cloud service used keeps data abroad, and where?",
        "利用するクラウドサービスがデータを外国に保管しているか、その国を把握していますか。",
    ),
    (
        "external",
        "For data kept abroad, are that country's rules checked and the policy updated?",
        "外国で保管する場合、その国の制度を確認し、方針等に反映していますか。",
    ),
)
