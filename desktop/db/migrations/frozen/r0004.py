"""Seeds of revision 0004 (the consent register), frozen on 2026-11-29."""

#: the first purpose's title in a ledger set up in Japanese (tells its language)
JAPANESE_FIRST_PURPOSE = "ご依頼業務に関する官公署への書類の提出"

#: (English name, Japanese name, sensitive) of the default data items, in number order
DATA_ITEMS: tuple[tuple[str, str, bool], ...] = (
    ("Name", "氏名", False),
    ("Address", "住所", False),
    ("Date of birth", "生年月日", False),
    ("Phone number", "電話番号", False),
    ("E-mail address", "メールアドレス", False),
    ("Residence card details", "在留カード情報", False),
    ("Passport details", "旅券情報", False),
    ("Family register details", "戸籍情報", False),
    ("Resident record details", "住民票情報", False),
    ("Employer and income", "勤務先・収入", False),
    ("Bank account", "銀行口座", False),
    ("Medical information", "病歴・診断書", True),
    ("Disability", "障害", True),
    ("Criminal record", "犯罪歴", True),
)
