"""Name and place lists for the synthetic persons of demo mode (see people.py).

Every name carries its katakana reading and a romanization for e-mail
addresses. Municipalities are real, with their real prefecture, the first three
digits of their postal codes, their telephone area code and a few real town
names with the number of chome each has (roughly); house numbers are invented.
"""

from __future__ import annotations

from typing import NamedTuple


class Name(NamedTuple):
    written: str
    kana: str
    romaji: str


class Nationality(NamedTuple):
    code: str  # ISO 3166-1 alpha-2
    weight: int  # relative share among foreign residents
    max_age: int
    family: tuple[Name, ...]
    given: tuple[Name, ...]


class Municipality(NamedTuple):
    prefecture: str
    city: str
    postal_prefix: str
    area_code: str
    towns: tuple[tuple[str, int], ...]  # (town, number of chome)


def _names(table: str) -> tuple[Name, ...]:
    """Names from lines of ``written|kana|romaji`` (some names contain spaces)."""
    return tuple(Name(*line.split("|")) for line in table.strip().splitlines())


def _towns(table: str) -> tuple[tuple[str, int], ...]:
    """Towns from ``西新宿8 新宿7``: each name followed by its number of chome."""
    return tuple((word[:-1], int(word[-1])) for word in table.split())


JAPANESE_FAMILY_NAMES = _names("""
佐藤|サトウ|sato
鈴木|スズキ|suzuki
高橋|タカハシ|takahashi
田中|タナカ|tanaka
伊藤|イトウ|ito
渡辺|ワタナベ|watanabe
山本|ヤマモト|yamamoto
中村|ナカムラ|nakamura
小林|コバヤシ|kobayashi
加藤|カトウ|kato
吉田|ヨシダ|yoshida
山田|ヤマダ|yamada
佐々木|ササキ|sasaki
山口|ヤマグチ|yamaguchi
松本|マツモト|matsumoto
井上|イノウエ|inoue
木村|キムラ|kimura
林|ハヤシ|hayashi
斎藤|サイトウ|saito
斉藤|サイトウ|saito
清水|シミズ|shimizu
山崎|ヤマザキ|yamazaki
森|モリ|mori
池田|イケダ|ikeda
橋本|ハシモト|hashimoto
阿部|アベ|abe
石川|イシカワ|ishikawa
山下|ヤマシタ|yamashita
中島|ナカジマ|nakajima
石井|イシイ|ishii
小川|オガワ|ogawa
前田|マエダ|maeda
岡田|オカダ|okada
長谷川|ハセガワ|hasegawa
藤田|フジタ|fujita
後藤|ゴトウ|goto
近藤|コンドウ|kondo
村上|ムラカミ|murakami
遠藤|エンドウ|endo
青木|アオキ|aoki
坂本|サカモト|sakamoto
福田|フクダ|fukuda
太田|オオタ|ota
西村|ニシムラ|nishimura
藤井|フジイ|fujii
金子|カネコ|kaneko
岡本|オカモト|okamoto
藤原|フジワラ|fujiwara
中野|ナカノ|nakano
三浦|ミウラ|miura
原田|ハラダ|harada
中川|ナカガワ|nakagawa
松田|マツダ|matsuda
竹内|タケウチ|takeuchi
小野|オノ|ono
田村|タムラ|tamura
中山|ナカヤマ|nakayama
和田|ワダ|wada
石田|イシダ|ishida
森田|モリタ|morita
上田|ウエダ|ueda
原|ハラ|hara
柴田|シバタ|shibata
酒井|サカイ|sakai
工藤|クドウ|kudo
横山|ヨコヤマ|yokoyama
宮崎|ミヤザキ|miyazaki
宮本|ミヤモト|miyamoto
渡部|ワタナベ|watanabe
""")

JAPANESE_GIVEN_NAMES = _names("""
翔太|ショウタ|shota
大輔|ダイスケ|daisuke
健太|ケンタ|kenta
拓也|タクヤ|takuya
直樹|ナオキ|naoki
誠|マコト|makoto
浩|ヒロシ|hiroshi
隆|タカシ|takashi
健一|ケンイチ|kenichi
和夫|カズオ|kazuo
茂|シゲル|shigeru
清|キヨシ|kiyoshi
正和|マサカズ|masakazu
雄一|ユウイチ|yuichi
大樹|ダイキ|daiki
蓮|レン|ren
悠真|ユウマ|yuma
陽翔|ハルト|haruto
湊|ミナト|minato
颯太|ソウタ|sota
達也|タツヤ|tatsuya
秀樹|ヒデキ|hideki
勝|マサル|masaru
修|オサム|osamu
剛|ツヨシ|tsuyoshi
亮|リョウ|ryo
悠斗|ユウト|yuto
康弘|ヤスヒロ|yasuhiro
裕太|ユウタ|yuta
一郎|イチロウ|ichiro
太郎|タロウ|taro
健二|ケンジ|kenji
俊介|シュンスケ|shunsuke
翼|ツバサ|tsubasa
陽子|ヨウコ|yoko
恵子|ケイコ|keiko
京子|キョウコ|kyoko
幸子|サチコ|sachiko
和子|カズコ|kazuko
裕子|ユウコ|yuko
美穂|ミホ|miho
直美|ナオミ|naomi
由美子|ユミコ|yumiko
久美子|クミコ|kumiko
真由美|マユミ|mayumi
愛|アイ|ai
彩|アヤ|aya
結衣|ユイ|yui
美咲|ミサキ|misaki
陽菜|ヒナ|hina
葵|アオイ|aoi
桜|サクラ|sakura
芽衣|メイ|mei
凛|リン|rin
千尋|チヒロ|chihiro
麻衣|マイ|mai
奈々|ナナ|nana
沙織|サオリ|saori
明美|アケミ|akemi
智子|トモコ|tomoko
洋子|ヨウコ|yoko
紀子|ノリコ|noriko
結菜|ユイナ|yuina
花子|ハナコ|hanako
香織|カオリ|kaori
瑞穂|ミズホ|mizuho
""")

# Residence-card order: family name, then given names. Vietnamese middle names
# (Van, Thi) are part of the given name, as the card prints them.
FOREIGN_NATIONALITIES = (
    Nationality(
        "VN",
        30,
        50,
        _names("""
Nguyen|グエン|nguyen
Tran|チャン|tran
Le|レ|le
Pham|ファム|pham
Hoang|ホアン|hoang
Vu|ヴー|vu
Phan|ファン|phan
Do|ドー|do
Bui|ブイ|bui
Dang|ダン|dang
"""),
        _names("""
Van Hung|ヴァン・フン|vanhung
Thi Lan|ティ・ラン|thilan
Van Nam|ヴァン・ナム|vannam
Thi Huong|ティ・フオン|thihuong
Minh Tuan|ミン・トゥアン|minhtuan
Thi Mai|ティ・マイ|thimai
Duc Anh|ドゥック・アイン|ducanh
Thi Hoa|ティ・ホア|thihoa
Quang Huy|クアン・フイ|quanghuy
Thi Thu|ティ・トゥー|thithu
"""),
    ),
    Nationality(
        "CN",
        25,
        70,
        _names("""
王|ワン|wang
李|リ|li
張|チャン|zhang
劉|リュウ|liu
陳|チェン|chen
楊|ヤン|yang
黄|ホアン|huang
趙|チャオ|zhao
周|チョウ|zhou
呉|ウー|wu
"""),
        _names("""
偉|ウェイ|wei
芳|ファン|fang
静|ジン|jing
強|チャン|qiang
磊|レイ|lei
敏|ミン|min
麗|リー|li
軍|ジュン|jun
洋|ヤン|yang
婷|ティン|ting
浩然|ハオラン|haoran
子涵|ズーハン|zihan
"""),
    ),
    Nationality(
        "PH",
        15,
        65,
        _names("""
Santos|サントス|santos
Reyes|レイエス|reyes
Cruz|クルス|cruz
Bautista|バウティスタ|bautista
Garcia|ガルシア|garcia
Mendoza|メンドーサ|mendoza
Ramos|ラモス|ramos
Dela Cruz|デラ・クルス|delacruz
Villanueva|ビラヌエバ|villanueva
"""),
        _names("""
Maria Cristina|マリア・クリスティーナ|mariacristina
Jose|ホセ|jose
Mark|マーク|mark
Angelica|アンジェリカ|angelica
John Paul|ジョン・ポール|johnpaul
Mary Grace|メアリー・グレース|marygrace
Joel|ジョエル|joel
Rowena|ロウェナ|rowena
Ramon|ラモン|ramon
Jasmine|ジャスミン|jasmine
"""),
    ),
    Nationality(
        "NP",
        12,
        50,
        _names("""
Shrestha|シュレスタ|shrestha
Gurung|グルン|gurung
Tamang|タマン|tamang
Rai|ライ|rai
Magar|マガル|magar
Thapa|タパ|thapa
Sharma|シャルマ|sharma
Adhikari|アディカリ|adhikari
"""),
        _names("""
Ram|ラム|ram
Sita|シタ|sita
Bikash|ビカス|bikash
Anita|アニタ|anita
Suman|スマン|suman
Sabina|サビナ|sabina
Prakash|プラカシュ|prakash
Sunita|スニタ|sunita
"""),
    ),
    Nationality(
        "BR",
        10,
        75,
        _names("""
Silva|シルバ|silva
Santos|サントス|santos
Oliveira|オリベイラ|oliveira
Souza|ソウザ|souza
Pereira|ペレイラ|pereira
Costa|コスタ|costa
Rodrigues|ロドリゲス|rodrigues
Ferreira|フェレイラ|ferreira
"""),
        _names("""
João|ジョアン|joao
Maria|マリア|maria
Ana|アナ|ana
Pedro|ペドロ|pedro
Lucas|ルーカス|lucas
Juliana|ジュリアナ|juliana
Gabriel|ガブリエル|gabriel
Fernanda|フェルナンダ|fernanda
"""),
    ),
    Nationality(
        "US",
        8,
        80,
        _names("""
Smith|スミス|smith
Johnson|ジョンソン|johnson
Williams|ウィリアムズ|williams
Brown|ブラウン|brown
Jones|ジョーンズ|jones
Miller|ミラー|miller
Davis|デイビス|davis
Wilson|ウィルソン|wilson
"""),
        _names("""
John|ジョン|john
Emily|エミリー|emily
Michael|マイケル|michael
Sarah|サラ|sarah
David|デイビッド|david
Jessica|ジェシカ|jessica
Robert|ロバート|robert
Ashley|アシュリー|ashley
"""),
    ),
)

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
