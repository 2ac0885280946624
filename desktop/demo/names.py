"""Name and place lists for the synthetic persons of demo mode (see people.py).

Every name carries its katakana reading and a romanization for e-mail
addresses. The places people live in are in places.py.
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


def _names(table: str) -> tuple[Name, ...]:
    """Names from lines of ``written|kana|romaji`` (some names contain spaces)."""
    return tuple(Name(*line.split("|")) for line in table.strip().splitlines())


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
