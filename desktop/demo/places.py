"""Places for the synthetic persons of demo mode (see people.py).

Municipalities are real, with their real prefecture, the first three digits of
their postal codes, their telephone area code and a few real town names with the
number of chome each has (roughly); house numbers and buildings are invented.
"""

from __future__ import annotations

from typing import NamedTuple


class Municipality(NamedTuple):
    prefecture: str
    city: str
    postal_prefix: str
    area_code: str
    towns: tuple[tuple[str, int], ...]  # (town, number of chome)


def _towns(table: str) -> tuple[tuple[str, int], ...]:
    """Towns from ``西新宿8 新宿7``: each name followed by its number of chome."""
    return tuple((word[:-1], int(word[-1])) for word in table.split())


MUNICIPALITIES = (
    Municipality("東京都", "新宿区", "160", "03", _towns("西新宿8 新宿7 高田馬場4 大久保3")),
    Municipality("東京都", "豊島区", "170", "03", _towns("池袋4 南池袋4 東池袋5 巣鴨5 駒込7")),
    Municipality("東京都", "江戸川区", "134", "03", _towns("西葛西8 船堀7 南小岩8 一之江8")),
    Municipality("東京都", "足立区", "120", "03", _towns("千住5 綾瀬7 西新井7 竹の塚7")),
    Municipality("東京都", "世田谷区", "154", "03", _towns("太子堂5 北沢5 用賀4 経堂5")),
    Municipality("東京都", "大田区", "144", "03", _towns("蒲田5 西蒲田8 大森北6 羽田6")),
    Municipality("東京都", "台東区", "110", "03", _towns("上野7 浅草7 東上野6 根岸5")),
    Municipality("東京都", "八王子市", "192", "042", _towns("明神町4 子安町4 南大沢5")),
    Municipality("神奈川県", "横浜市中区", "231", "045", _towns("本町6 伊勢佐木町7 石川町5")),
    Municipality("神奈川県", "横浜市港北区", "222", "045", _towns("新横浜3 日吉7 大倉山7 菊名7")),
    Municipality("埼玉県", "さいたま市大宮区", "330", "048", _towns("桜木町4 宮町5 大門町3 仲町3")),
    Municipality("埼玉県", "川口市", "332", "048", _towns("栄町3 本町4 幸町3 西川口6")),
    Municipality("千葉県", "千葉市中央区", "260", "043", _towns("富士見2 中央4 登戸5")),
    Municipality("千葉県", "船橋市", "273", "047", _towns("本町7 湊町3 宮本9 前原西8")),
    Municipality("茨城県", "つくば市", "305", "029", _towns("吾妻4 竹園3 千現2 天久保4")),
    Municipality("栃木県", "宇都宮市", "320", "028", _towns("馬場通り4 大通り5 駅前通り3")),
    Municipality("群馬県", "邑楽郡大泉町", "370", "0276", _towns("西小泉3 坂田3")),
    Municipality("宮城県", "仙台市青葉区", "980", "022", _towns("一番町4 本町3 中央4 国分町3")),
    Municipality("新潟県", "新潟市中央区", "950", "025", _towns("万代5 東大通2 弁天3")),
    Municipality("石川県", "金沢市", "920", "076", _towns("広坂2 香林坊2 片町2 本町2")),
    Municipality("静岡県", "静岡市葵区", "420", "054", _towns("呉服町2 鷹匠3 常磐町3")),
    Municipality("愛知県", "名古屋市中区", "460", "052", _towns("栄5 錦3 大須4 丸の内3")),
    Municipality("愛知県", "豊田市", "471", "0565", _towns("若宮町8 西町6 喜多町5")),
    Municipality("大阪府", "大阪市北区", "530", "06", _towns("梅田3 曽根崎2 天神橋8 中崎3")),
    Municipality("大阪府", "大阪市中央区", "541", "06", _towns("本町4 谷町9 難波5 心斎橋筋2")),
    Municipality("兵庫県", "神戸市中央区", "650", "078", _towns("三宮町3 元町通7 加納町6")),
    Municipality("岡山県", "岡山市北区", "700", "086", _towns("駅前町2 表町3 奉還町4")),
    Municipality("広島県", "広島市中区", "730", "082", _towns("紙屋町2 大手町5 国泰寺町2")),
    Municipality("福岡県", "福岡市博多区", "812", "092", _towns("博多駅前4 博多駅東3 住吉5 中洲5")),
    Municipality("熊本県", "熊本市中央区", "860", "096", _towns("水前寺6 新屋敷3 大江6")),
    Municipality("沖縄県", "那覇市", "900", "098", _towns("久茂地3 泉崎2 松山2 牧志3")),
)

# Building names, {town} filled in; the room number follows.
BUILDINGS = (
    "{town}ハイツ",
    "メゾン{town}",
    "コーポ{town}",
    "{town}レジデンス",
    "グランパレス{town}",
    "サンハイム{town}",
    "アーバン{town}",
    "{town}スカイマンション",
    "{town}第二ビル",
    "パークサイド{town}",
)
