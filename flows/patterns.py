"""All text patterns of zhpolicy in one place: named, commented constants.

Like trafilatura's xpaths.py: stage modules import these names and never spell a pattern inline.
"""
from __future__ import annotations

import re

from flows.charset_memo import memoised_charsets, store_path, stored_compiles

# Every process compiles the ~830 patterns below: from the store of a previous process's compiled patterns where it
# holds them (~0.4 s off each start), else compiling their ~2500 character classes with a memo (the Han class alone
# recurs ~180 times; ~0.3 s off). Both undone at the module's end, where the store is written if it changed.
_restore_charset_optimiser = memoised_charsets()
_restore_compiler = stored_compiles(store_path(__file__))

# --- normalisation ---

# Han characters: CJK unified ideographs (base, ext. A, ext. B-G), compatibility ideographs, 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# Chinese (full-width) punctuation: CJK symbols block, curly quotes, dashes, ellipsis, middle dot,
# full-width forms other than letters and digits, half-width katakana-block punctuation.
CJK_PUNCT = ("\u3001-\u3006\u3008-\u303f\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
             "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65")
# Brackets and quotes that close / open a stretch of Chinese text: a half-width mark after a
# closing one (示范区”,) or before an opening one (的,“) belongs to the Chinese sentence.
CJK_CLOSING = "”’》」』）】〉〗〕"
CJK_OPENING = "“‘《「『【〈〖〔"
HAN_CHAR = re.compile(f"[{HAN}]")

# ---- decoding (rule 1) ----
# Byte-order marks, longest first (UTF-32 LE starts with the UTF-16 LE mark).
BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
# Legacy Chinese encodings tried when the bytes are not UTF-8; Big5 variants in order of
# strictness (cp950 and big5hkscs add vendor characters).
LEGACY_ENCODINGS = ("gb18030", "big5", "cp950", "big5hkscs")
# Every newline convention becomes '\n' (CRLF, old Mac CR, Unicode line/paragraph separators).
NEWLINE = re.compile("\r\n?|[\u2028\u2029]")
# What any of them starts with (a text with none of these has only \n).
NEWLINE_MARKS = ("\r", "\u2028", "\u2029")
# Control characters that mark binary data (C0 and C1 except tab, newline, CR, form feed).
BINARY_CONTROL = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
# Every other byte: deleted from a text's latin-1 bytes (bytes.translate, at C speed) this leaves
# the BINARY_CONTROL characters.
NOT_BINARY_CONTROL = bytes(b for b in range(256) if not BINARY_CONTROL.match(chr(b)))
# Nothing but whitespace and invisible characters: an empty document.
BLANK_TEXT = re.compile("[\\s\u200b-\u200d\u2060\ufeff]*")

# ---- front matter and metadata ----
# YAML front matter: '---' on the very first line, closed by a '---' or '...' line.
FRONT_MATTER = re.compile("\\A---[ \\t\u3000]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t\u3000]*(?:\\n|\\Z)", re.S)
# Metadata key spellings (lower-cased) mapped to the canonical key.
METADATA_KEYS = {
    "title": "title", "标题": "title", "標題": "title", "题目": "title", "題目": "title",
    "author": "author", "authors": "author", "作者": "author", "撰文": "author", "执笔": "author",
    "date": "date", "published": "date", "publish_date": "date", "pubdate": "date", "日期": "date",
    "发布日期": "date", "發布日期": "date", "发布时间": "date", "發布時間": "date", "时间": "date",
    "source": "source", "publisher": "source", "来源": "source", "來源": "source", "出处": "source",
}
# '> 作者：张三' metadata lines at the top of a Markdown file (key, value).
# (The value is greedy up to its last non-space: a lazy value would rescan trailing spaces.)
BLOCKQUOTE_METADATA = re.compile(r"[ \t]*>[ \t]*([^:：\s>]{1,12})[ \t]*[:：][ \t]*(\S(?:.*\S)?)[ \t]*")
# A text is Markdown when it has ATX headings or bold runs.
MARKDOWN_MARKUP = re.compile(r"^#{1,6}[ \t]+\S|\*\*[^*\n]+\*\*", re.M)
# Characters one of which every Markdown marker above contains: without them the text is not
# Markdown. (Single characters: a one-character substring test is several times faster.)
MARKDOWN_MARKS = ("#", "*")

# ---- characters (rule 3) ----
# Full-width letters, digits and the ideographic space become ASCII; full-width symbols that are
# not Chinese punctuation follow. ，。：；？！（）～ and the like stay full-width.
FULLWIDTH_TO_ASCII = {**{c: c - 0xFEE0 for c in range(0xFF10, 0xFF1A)},     # ０-９
                      **{c: c - 0xFEE0 for c in range(0xFF21, 0xFF3B)},     # Ａ-Ｚ
                      **{c: c - 0xFEE0 for c in range(0xFF41, 0xFF5B)},     # ａ-ｚ
                      **{ord(c): ord(c) - 0xFEE0 for c in "＃＄％＆＋－＝＠＿"},
                      0x3000: 0x20}
# Chinese punctuation in its small or vertical presentation forms, as Big5 text converted with some tables has it (Hong
# Kong pages: 文︰陈家乐, 摘要︰…, 建议︰第一，…; ﹐﹔﹕): the ordinary full-width marks, which the patterns know (qa107).
# (﹒ stays: a small full stop may be a decimal point or a dot leader.)
PRESENTATION_PUNCTUATION = {ord("︰"): ord("："), ord("﹕"): ord("："), ord("﹐"): ord("，"), ord("﹑"): ord("、"),
                            ord("﹔"): ord("；"), ord("﹖"): ord("？"), ord("﹗"): ord("！"), ord("﹙"): ord("（"),
                            ord("﹚"): ord("）")}
# Tabs and the odd Unicode spaces read as one space; removed: every other control character
# (NUL included), zero-width characters, direction marks, soft hyphens and BOMs inside the text.
SPACE_LIKE = "\t\x0b\x0c\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u2028\u2029"
INVISIBLE = ("\u00ad\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
             "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff")
CHARACTER_TABLE = {**FULLWIDTH_TO_ASCII, **PRESENTATION_PUNCTUATION,
                   **{ord(c): 0x20 for c in SPACE_LIKE},
                   **{c: None for c in [*range(0x00, 0x20), *range(0x7F, 0xA0)] if chr(c) not in SPACE_LIKE},
                   **{ord(c): None for c in INVISIBLE}}
# Any character CHARACTER_TABLE changes, other than the newline: most texts have none.
CHARACTER_TABLE_KEY = re.compile("[" + "".join(re.escape(chr(k)) for k in sorted(CHARACTER_TABLE) if k != 0x0A) + "]")
# A run of spaces (after the table above only plain spaces are left): two spaces, then any more.
# (Spelt with its two literal spaces first: such a pattern is searched for at C speed, several
# times faster than ' {2,}', which is tried at every position.)
SPACE_RUN = re.compile("   *")

# ---- punctuation (rule 4) ----
# URLs and e-mail addresses keep their punctuation. The look-behind makes an e-mail match start
# only at the beginning of a run, so a long run without '@' is scanned once (linear time).
# The characters a URL may hold (a link is a run of them, and the only kind with parentheses).
_URL_CHARS = r"A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%"
_URL = rf"(?:https?|ftp)://[{_URL_CHARS}]*[A-Za-z0-9/#=&_~+\-%]|www\.[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+(?:/[A-Za-z0-9\-._~/?#=&%+]*[A-Za-z0-9/#=&_~+\-%])?"
_EMAIL = r"(?<![A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+"
# A link, or a run of half-width sentence punctuation (converted as a unit, so '?!' stays a pair).
LINK_OR_PUNCT_RUN = re.compile(f"(?P<link>{_URL}|{_EMAIL})|(?P<run>[,.;:?!]+)")
# A link, or one half-width parenthesis (paired by a stack over these matches only).
LINK_OR_PAREN = re.compile(f"(?P<link>{_URL}|{_EMAIL})|(?P<paren>[()])")
# Half-width marks rule 4 may convert: sentence punctuation, and with parentheses.
HALF_WIDTH_PUNCT = re.compile("[,.;:?!]")
# A half-width mark before Chinese text or at a line's end, after a word or number set in Chinese text with nothing
# between (文旅IP. / 使用App.据统计 / 取值为0.核心… / 万个1.然而 / 达到500PFlops,): Chinese text's mark
# (normalize._marks_after_embedded_words checks the word and what stands before it). The literal first character
# keeps the scan fast (one pattern per mark: a class would be tried at every character); few marks are followed so
# (a decimal point is followed by a digit).
MARK_AFTER_WORD = {mark: re.compile(f"{re.escape(mark)}(?=[{HAN}{CJK_CLOSING}]|$)", re.M) for mark in ".,;!?"}
EMBEDDED_WORD_MAX = 12          # characters of the Latin word or number before such a mark
# ... but not the number of a label that opens its line (图1.各地区… / 附表2.… / 注1.本文…): the mark is the number's.
NUMBERED_LABEL_ENDS = "图表件注式例"
NUMBERED_LABEL_MAX = 2          # characters of such a label (附件, 附图, 图)
# A note's number set in the text (…推动地方创生注1.): at a line's end its mark is the sentence's, where another number
# there may be a decimal wrapped at the column's edge (下降0. / 4个百分点).
NOTE_NUMBER_BEFORE = re.compile(r"注\d{1,2}\Z")
# A half-width mark that rule 4 may convert: any but a '.' right after a Latin letter or digit (3.5,
# achie.org, 1.引言), which starts its run and keeps it (a run with '.' converts only after Chinese).
# One pattern per mark: one that starts with a literal is searched for several times faster than
# a class (the look-behind is tried only where the mark is).
MARK_TO_DECIDE = {mark: re.compile(re.escape(mark) + (r"(?<![A-Za-z0-9]\.)" if mark == "." else ""))
                  for mark in ",.;:?!()"}
# The same without the link alternatives, for lines that cannot hold a link (no '@', '://' or
# 'www.'): the e-mail look-behind is then not tried at every position.
LINK_HINT = re.compile(r"@|://|www\.")
PUNCT_RUN = re.compile("(?P<run>[,.;:?!]+)")
PAREN = re.compile("(?P<paren>[()])")
HALF_TO_FULL_PUNCT = str.maketrans(",.;:?!()", "，。；：？！（）")
# Characters whose presence next to a half-width mark makes it Chinese punctuation.
LEFT_OF_CHINESE_PUNCT = re.compile(f"[{HAN}{CJK_CLOSING}]")
RIGHT_OF_CHINESE_PUNCT = re.compile(f"[{HAN}{CJK_OPENING}]")
ASCII_ALNUM = re.compile("[A-Za-z0-9]")
# The common case of the parenthesis rule, done on a whole text by substitution: an innermost pair
# (no parenthesis, line break or ':' inside) with a Han character inside it or beside it (past one
# space) is a pair whichever other parentheses its line holds, and converts. Links keep theirs: the
# '(' must not follow a URL character (then no link runs through it), and without ':' inside no link
# starts between the two. Other pairs and unmatched parentheses the line-by-line rule decides.
# A lone mark right after the pair comes with it (`mark`): after the closing （） it is Chinese
# punctuation, as LONE_MARK_BESIDE_HAN below describes for marks after Han.
# (Each '(' looks ahead only to the next parenthesis or line break: linear time.)
_LONE_MARK = r"[,;:?!](?![,.;:?!])|\.(?![,.;:?! A-Za-z0-9_%+\-@])"
PAREN_PAIR_BESIDE_HAN = re.compile(
    rf"\((?<![{_URL_CHARS}]\()(?=[^()\n:]*+\))"
    rf"(?:(?<=[{HAN}]\()|(?<=[{HAN}] \()|(?=[^()\n:]*?[{HAN}])|(?=[^()\n:]*+\) ?[{HAN}]))"
    rf"(?P<inside>[^()\n:]*+)\)(?P<mark>{_LONE_MARK})?")
# The common case of the rule, done on a whole text by substitution, without a Python call per
# mark: a lone mark (no other mark beside it) right after a Han character is Chinese punctuation.
# A lone '.' only when what follows cannot go on as a number, a Latin word or an e-mail address
# ('1.引言', 'achie.org', '中.a_b@x.cn' keep theirs). Marks after a Han character are never
# inside a link (links are ASCII and start with a letter), and their line has Han.
# Likewise a lone mark other than '.' right before a Han character (past one space): '10%,公',
# '2023;周'. It ends a run of link characters, and links end with a letter, digit or symbol, never
# with one of these marks; so it is not inside a link.
# Everything else (runs, marks between spaces, brackets or Latin text) the run-by-run rule decides.
# (The mark comes first and the look-behinds check it again: a pattern that starts with a
# literal is searched for at C speed; one that starts with a look-behind tries every position.)
def _lone_mark_beside_han(half: str) -> re.Pattern:
    mark = re.escape(half)
    if half == ".":
        return re.compile(f"{mark}(?<=[{HAN}]{mark})(?![,.;:?! A-Za-z0-9_%+\\-@])")
    return re.compile(f"{mark}(?:(?<=[{HAN}]{mark})(?![,.;:?!])|(?<![,.;:?!]{mark})(?= ?[{HAN}]))")


# (mark, its pattern, its full-width form) for each mark.
LONE_MARK_BESIDE_HAN = tuple((half, _lone_mark_beside_han(half), full) for half, full in zip(",.;:?!", "，。；：？！"))

# ---- spaces (rule 5) ----
# A space run goes when a Han character or Chinese punctuation stands on at least one side of it
# (GB/T 15834: no spaces in Chinese text, nor between Chinese and Latin or digits), or when it
# starts or ends a line; Latin words keep theirs. The run is found by its first character (a
# fast scan), and its two neighbours are tested once per run, not at every position of the text.
SPACE_GAP = re.compile("[ \t\u3000]+")
CHINESE_TEXT_CHAR = re.compile(f"[{HAN}{CJK_PUNCT}]")
# The common case of the rule, removed by one substitution without a Python call per run: a lone
# space with Chinese text on one side and no white space on the other (spaced-out columns, a
# space between Chinese and Latin). It starts with its literal space, so the scan is fast.
LONE_SPACE_BESIDE_CHINESE = re.compile(f" (?:(?<=[{HAN}{CJK_PUNCT}] )(?=\\S)|(?<=\\S )(?=[{HAN}{CJK_PUNCT}]))")

# --- segmentation ---

# Characters of Chinese text (CJK unified ideographs, extension A, compatibility).
CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
# Chinese numerals as used in enumerations (一 … 十, 十一, 二十三, 百).
CN_NUM = "一二三四五六七八九十百零〇两"
CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CIRCLED_DIGITS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
# Formal (banker's) numerals: Taiwan's papers and columns number their top-level parts 壹、貳、參、 (after
# t2s 壹、贰、参、) over parts numbered 一、; 叁 is the mainland's spelling of 參.
FORMAL_CN_NUM = "壹贰叁参肆伍陆柒捌玖拾"

# ---- reflow ----
# A line ends a sentence when, closing quotes and brackets stripped from its end, its last
# character is a sentence mark (。！？；…). Two strings, not a regex: reflow tests every line with
# str.rstrip, several times faster than a regex search (which scans the whole line).
SENTENCE_MARKS = "。！？；!?…"
# (A Markdown emphasis mark closes an italic or bold sentence, *嘉宾简介：……研究。*, before reflow sees it
# stripped: the sentence ends there too, or a paragraph under it would be read as its run-on (qa23).)
# …利润很薄。" : a straight double quote closing a sentence, as a half-width export keeps it (rule 4 leaves " as it is):
# it closes the sentence as ” does, so the line ends a paragraph (reflow.sentence_ends) and a Markdown paragraph under
# it, past a blank line, is not read as its run-on (qa68). (An opening " never follows a sentence mark at a line's end.)
SENTENCE_CLOSERS = "”’」』）)】]*\""
# byline() (flows/bylines.py) rejects a line longer than BYLINE_MAX_CHARS, and one holding 。 or ，
# unless LABELLED_BYLINE matches it, which needs one of BYLINE_LABEL_INITIALS first (or DIGEST_BYLINE,
# see BYLINE_CLAUSE_INITIAL): reflow asks
# byline() only about the other lines (tests/test_reflow.py checks both claims).
BYLINE_MAX_CHARS = 60
BYLINE_LABEL_INITIALS = "作撰执文研解"
# A line break between Latin letters or digits (in lines joined with "\n"): the words keep a space.
LATIN_LINE_BREAK = re.compile(r"\n(?<=[A-Za-z0-9]\n)(?=[A-Za-z0-9])")
# A date, maybe with a time, at the start of a web page's line of fields (2024年06月12日 08:15, 2024-06-12 09:30:00).
_DATETIME = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?"
# The date of such a line and the gap after it, maybe a bar between the fields (人民网: 2026年02月11日08:21 |
# 来源：人民网-观点频道; 2025-08-28 15:02 | 来源：…). (qa28, qa30, session 10)
_DATETIME_FIELD = rf"{_DATETIME}\s*(?:[|｜丨]\s*)?"
# 收稿日期：… 修回日期：… 基金项目：… 作者简介：…: the labelled notes of a journal paper's first page
# (front matter like 中图分类号, not article text). (qa4, session 7)
# (A Taiwan journal's submission and acceptance dates, 投稿日期：…；接受刊登日期：…, are such notes too, and so is the
# paper's DOI:10.16521/… line over its title, which would otherwise join the title's first line, qa64.)
# (A paper's page on a journal database labels its fields so too: 基金资助：… / 专辑：… / 分类号：… / 在线公开时间：… and the
# line of its figures, 下载：326 页码：42-51 页数：10, qa84.) (And an economics journal's classification codes beside the
# Chinese library's: JEL分类号：H53；J14 / JEL Classification: …; and the stamp and citation line a CNKI download adds:
# 网络首发地址：https://… / 引用格式：某某. 标题[J]. 刊名，2026（1）：…, qa153.) (And the corresponding author's note under
# the writers' profiles, 通信作者：某某（1990—），女，…, qa165.) (And the cover page of a CNKI online-first download, its
# date and its two standing notes on what online-first publication is: 网络首发日期：… / 网络首发：… / 出版确认：…, qa231.)
# (And a research report's cover fields on the commission it answers, 课题来源：…规划重点课题（…） / 课题编号：…, as a paper's
# 基金项目：… is, qa280; not a bare 承担单位：, which also labels the units under a plan's or a notice's listed tasks.)
PAPER_FRONT_FIELDS = "课题(?:来源|编号|承担单位)|JEL\\s?(?:分类号|[Cc]lassifications?|[Cc]odes?)|收稿日期|修回日期|基金项目|基金资助|作者简介|通[信讯]作者|投稿日期|接受(?:刊登)?日期|录用日期|在线公开时间|网络首发(?:时间|地址|日期)?|出版确认|(?:本文)?引用格式|引用本文|下载|分类号|专辑|专题|DOI|doi"
# 索引号：… 发布机构：… 发文日期：… 文号：…: the labelled fields of a government portal's file over the
# document it publishes (metadata, not article text; wrapped, they would join into a paragraph). (qa10, session 8)
# (Portals letter-space the short labels to line them up with the long ones, 索 引 号： / 标　　题：, and add the
# file's subject class, date of writing and title, 主题分类： / 成文日期： / 标题：; qa76.)
GOV_FILE_FIELDS = r"索\s*引\s*号|发布机构|发文机关|发文日期|发文字号|文号|主题分类|成文日期|标\s*题"
# 主办：某省人民政府办公厅 承办：某省大数据中心 / 网站标识码：…: a government site's footer fields, which open a line
# of their own (BLOCK_START) and are chrome (WEB_CHROME); the text over them must not run into them. (qa76)
SITE_FOOTER_FIELDS = "主办(?:单位)?|承办(?:单位)?|网站标识码"
# ［作者简介］ / 【基金项目】: such a field's label set in brackets instead of before a colon (qa33).
# Also the paper's catalogue fields so set ([中图分类号] D630 [文献标识码] A [文章编号] …, 【DOI】10.…, qa43).
_BRACKETED_FRONT_FIELD = rf"[【\[［]\s*(?:{PAPER_FRONT_FIELDS}|中图分?类号|文献标[识志]码|文章编号|DOI)\s*[】\]］]"
# 本报讯 / 本报北京5月18日电: the head of a news item's dateline, which opens the item's first paragraph under its
# title (NEWS_DATELINE). (qa14, session 9)
_NEWS_DATELINE_HEAD = r"(?:本报|本刊|新华社)[^（(，。：:\s]{0,16}?[讯电]"
# 〔记者林彦彤／台北报导〕: a Taiwan paper's dateline, the byline itself in tortoise-shell brackets, opens the item's first
# paragraph the same way (NEWS_DATELINE). (qa20, session 9)
# Some Taiwan papers set it in lenticular brackets instead: 【记者许某／台北报导】… (qa235).
_BRACKET_DATELINE_HEAD = r"[〔【]\s*(?:本报)?记者"
# 来源： and, on government portals, 信息来源： / 文章来源： (the same field): a labelled source field. (qa16, session 9)
# (Spelt out, not (?:信息|文章)?来源: each word then starts with a character, which the regex engine skips
# at once on a line that does not start with it; an optional group is entered on every line.)
# (A WeChat post reprinted from a paper names it under its text as 内容来源：江东日报 too, or the sources it draws on as
# 素材来源：新华社、… , qa196.)
_SOURCE_LABEL = r"(?:信息来源|文章来源|内容来源|素材来源|来源)"
# 点击上方蓝字 关注我们 / 点击蓝字关注: a WeChat article's prompt to follow its account, under the title; END / -END-:
# the mark that closes its text. Each is a line of its own, never the end of the title or paragraph over it. (qa16)
_WECHAT_PROMPT = r"点击(?:上方|下方|蓝字)"
# 往期推荐 / 往期回顾: a WeChat article's label over links to the account's earlier articles (chrome like 相关推荐);
# 喜欢就点个“在看”吧: its closing prompt to like it. (qa26, session 10) Also 喜欢本文，请点个在看吧 (qa152), and the
# prompt without the liking, 点个“在看”，让更多人看到 (session 21).
_WECHAT_PAST = "往期推荐|往期回顾|往期精选"
_WECHAT_LIKE = "喜欢(?:就|请|的话|本文|这篇|此文)|点个\\s*[“\"]?在看"
# (The lookahead of its first character fails at once on other lines, before -* and \s* are entered.)
_WECHAT_END = r"(?=[-\sE])-*\s*END\s*-*$"
# Lines that open a new block and so never continue the previous line.
BLOCK_START = re.compile(
    rf"^(?:#{{1,6}}\s|\*\*|>|■|□|◆|●|【|[（(](?:作者|课题组|执笔|本文系)|[{CN_NUM}]+、|[{FORMAL_CN_NUM}]+、|[（(][{CN_NUM}]+[）)]"
    rf"|[A-H](?:\s+|[、．.])[“《]?[{CJK}]|第[{CN_NUM}]+[章节篇部]|\d{{1,3}}[、．]|[{CIRCLED_DIGITS}]|[?？](?=[（(]?[{CN_NUM}])"
    # an item numbered 1. before Chinese words (not 3.5, nor 1.5亿: a digit follows their dot)
    rf"|\d{{1,2}}\.[ \t]?(?=[{CJK}])"
    # an item numbered （3） (a plan's measures numbered on across its sections: under a heading line
    # that ends no sentence, the item's own heading line would join the heading) (qa10, session 8)
    r"|[（(]\d{1,2}[）)]"
    # a starred note on an author (* 黄嘉欣，某大学副教授。) under a paper's keywords line, which ends no sentence (qa37)
    rf"|\*[ \t]+(?=[{CJK}])"
    # an item numbered 第一、 on a line of its own under a lead that ends with a colon (not 第一、二产业, 第一、第二) (qa37)
    rf"|第[{CN_NUM}]{{1,3}}、(?![{CN_NUM}第])"
    # a bullet of a list (Markdown "- ", "+ "), which may be too short to end like a paragraph (not a
    # page number - 12 -, which reflow lifts out of the paragraph it falls in)
    r"|[-+][ \t]+(?=[^\s\d])"
    # labelled front-matter and credit lines (作者单位：… too: an affiliation under a byline, AFFILIATION_LINE;
    # 时间：… over a roundtable or a meeting's record, which a title line over it would join: qa20, session 9)
    # (and an author's e-mail address under the affiliation: 电邮：…, units.with_affiliations)
    # (and an official document's distribution line, 抄送：… / 抄报：… / 报送：… / 分送：…, under its signature or a
    # bracketed note that ends no sentence, in a layout of one paragraph a line: qa79)
    rf"|(?:{_SOURCE_LABEL}|出处|日期|发布时间|时间|电邮|电子邮箱|邮箱|E-?mail|摘\s*要|内容摘要|内容提要|关\s*键\s*词|关键字|[Kk]ey\s?[Ww]ords?|Abstract|作者(?:单位)?|编辑|责任编辑|供稿|抄送|抄报|报送|分送|原标题|中图分?类号|{PAPER_FRONT_FIELDS}|{GOV_FILE_FIELDS}|{SITE_FOOTER_FIELDS}|图|表\s*\d*)\s*[:：]"
    # the same labels before a gap instead of a colon, as some journals' PDFs set them (摘要  碳排放权… /
    # 关键词  … / 中图分类号  F124.5  文献标识码  A), which the line over them would otherwise run into (qa84)
    rf"|(?:摘\s*要|关\s*键\s*词)[ \t　]+(?=[{CJK}])|中图分?类号[ \t　]+(?=[A-Z])"
    # a paper's front-matter label in square brackets, with no colon ([摘 要] … / ［关键词］… / [中图分类号] …), which
    # would otherwise run into the affiliation line over it (qa43)
    # (and the English abstract's labels so bracketed, [Abstract] … / ［Key words］…, which would run into the English
    # title or abstract over them, qa153)
    rf"|[\[［]\s*(?:摘\s*要|内容摘要|内容提要|关\s*键\s*词|关键字|中图分?类号|{PAPER_FRONT_FIELDS}"
    r"|Abstract|ABSTRACT|[Kk]ey\s?[Ww]ords?|KEY\s?WORDS?)\s*[\]］]"
    # a table's or figure's caption, its number then a space (CAPTION's third shape: 表1 2024年主要经济指标完成情况),
    # which a paragraph ending in a colon over it (…完成情况如下：) would otherwise run into (qa26, session 10)
    r"|[图表]\s*\d{1,2}\s"
    # a web page's dateline of fields: 2024年06月12日 08:15 来源：人民网
    rf"|{_DATETIME_FIELD}(?:来源|出处|稿源)\s*[:：]"
    # a web page's links to the pages before and after it, one a line (PREV_NEXT_LINK)
    r"|[上下]一[篇条页]\s*[:：]"
    # a WeChat article's prompt to follow its account and its end mark
    rf"|{_WECHAT_PROMPT}|{_WECHAT_END}"
    # a Markdown footnote's text (MD_FOOTNOTE_TEXT), a row of a Markdown table
    r"|\[\^|\|"
    # a news item's dateline (本报讯（记者…）…, 本报讯 东川市日前…): a line of the title over it would join it
    rf"|{_NEWS_DATELINE_HEAD}(?=[\s（(])|{_BRACKET_DATELINE_HEAD})"
)
# A labelled front-matter line (来源：某某日报 发布时间：… 作者：…): a line of fields that closes its
# block (reflow.block_stops), however long it is. Labels only, so a body line is never one.
METADATA_FIELD_LINE = re.compile(rf"^(?:{_DATETIME_FIELD})?(?:{_SOURCE_LABEL}|出处|稿源|日期|发布时间|发布日期|时间|作者(?:单位)?|原标题|中图分?类号|{PAPER_FRONT_FIELDS}|{GOV_FILE_FIELDS})\s*[:：]")
# Every character a BLOCK_START or a DATE_ONLY_LINE match can begin with (keep in step with both;
# tests/test_reflow.py derives the set from the two patterns): reflow tries the two patterns only
# on the lines that begin with one of these, a tenth of all lines.
LINE_OPENER_INITIAL = re.compile(rf"[#*>■□◆●【［〔（(A-HJ引\d{CN_NUM}{FORMAL_CN_NUM}{CIRCLED_DIGITS}?？第来出日时发摘内关作编责供原图表中收修基索文信点电邮Kk上下+\-\[|本标主承网成抄报分通素课]")    # (通: 通信作者：…, qa165; 素: 素材来源：…, qa196; 课: 课题来源：…, qa280)
# A line that is a marked heading (letter, Chinese-numeral or chapter marker, Markdown heading).
# ?（二） 强化风险识别…: a marked heading line with PDF debris before its marker (STRAY_BEFORE_HEADING's stray question
# mark) is a heading line all the same, so a hard-wrapped page's heading as wide as most of its column does not run on
# into the paragraph under it (reflow.joins; the debris leaves later, in units) (qa66).
# (Only before a Chinese numeral, 一、 or （一）, as BLOCK_START reads such debris: every heading line opens a block.)
HEADING_LINE = re.compile(
    rf"^(?:[?？](?=[（(]?[{CN_NUM}]))?"
    rf"(?:#{{1,6}}\s|[{CN_NUM}]+、|[{FORMAL_CN_NUM}]+、|[（(][{CN_NUM}]+[）)]|[A-H](?:\s+|[、．.])[“《]?[{CJK}]|第[{CN_NUM}]+[章节篇])"
)

# ---- headings ----
# Markdown ATX heading: level from the number of '#'.
MD_HEADING = re.compile(r"^(#{1,6})\s*(.*?)\s*#*\s*$")
# A line that is bold and nothing else: a heading in Markdown documents.
MD_BOLD_LINE = re.compile(r"^\*\*([^*]+)\*\*$")
# Markdown emphasis and inline markup that leaves the text (rule 7). Every alternative starts with its
# literal (a lone '*' is checked by look-behinds after it): the scan jumps to the next * _ ` at C speed,
# where a leading look-behind would be tried at every position.
MD_EMPHASIS = re.compile(r"\*\*|__|\*(?<![\w*]\*)(?=\S)|\*(?<=\S\*)(?![\w*])|`")
MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
# A Markdown line's bold lead run in before its text (1. **壮大老年用品制造** 依托…, **（2）强化保障** 各地…, - **2.加大支持** 统筹…): the
# bold run opens the line, after a bullet and a marker of a few characters at most, and text follows it. Bold marks
# where the item's lead phrase ends, which rule 7 (the markup leaves) and rule 5 (the space between two Chinese
# characters leaves) would lose (units.bold_lead; qa226). BOLD_LEAD_PROBE: the characters the bold run's opening
# asterisks are looked for in (a bullet, a marker and a space: most lines hold no ** that early).
BOLD_LEAD_RUN_IN = re.compile(r"^(?:[-*+][ \t]+)?[^\s*]{0,8}?[ \t　]*\*\*(?=\S)([^*\n]{1,40}?)(?<=\S)\*\*(?=[ \t　]*[^\s*])")
BOLD_LEAD_PROBE = 14
# The marks that may close a bold lead (**提升服务质量。** / **一是：**): no part of the title the lead bounds.
BOLD_LEAD_END_MARKS = "。，、：；！？.,:;!? "
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")
MD_BULLET = re.compile(r"^(?:[-*+]\s+|>\s*)")
# Layout debris left before a heading by PDF extraction (a stray ? or a box). A question mark opens
# no Chinese line, so one before any Chinese text (a title: ?城市更新中…) is debris too; a box before
# unmarked text is a pull quote's.
# (A question mark before an Arabic digit, ?3 结果与分析, is debris before a paper's decimal heading too, qa43.)
# (And before an item's bracketed Arabic number, ?（2）专业知能不足, a Taiwanese paper's fifth level, qa99.)
STRAY_BEFORE_HEADING = re.compile(rf"^([?？]+|[■□◆●]+(?=\s*[（(]?[{CN_NUM}A-H#第]))\s*(?=[（(]?[{CN_NUM}A-H#第\d]|[{CJK}]|\d)")
# What follows a number that starts a quantity or a date, not a section's heading (see "decimal" below).
DECIMAL_HEADING_NOT_AFTER = "年月日时分秒号个万亿元倍岁项家次名位人件条届期级"
# Section markers, outermost grammar first; each match gives (marker, rest).
SECTION_MARKERS = (
    # 第一篇 开启现代化建设新征程 / 第一章 …: a long plan's parts (篇) hold its chapters, so they are a grammar of their own
    # (a web page may set a colon after the number, 第一部分：补贴对象和标准: the marker's, no part of the heading; qa264)
    ("volume", re.compile(rf"^(第[{CN_NUM}\d]+篇)[\s：:]*(.*)$")),
    ("chapter", re.compile(rf"^(第[{CN_NUM}\d]+章)[\s：:]*(.*)$")),
    ("part", re.compile(rf"^(第[{CN_NUM}\d]+[节部分]+)[\s：:]*(.*)$")),
    ("formal_cn", re.compile(rf"^([{FORMAL_CN_NUM}]+、)\s*(.*)$")),
    # (a web page may set a dot after the numeral, 一．完善网点 / 一.完善网点, which rule 4 makes 一。完善网点;
    # a line of prose wrapped after 统 cannot open a block with 一。, reflow joining it to the line over it, qa27)
    ("cn", re.compile(rf"^([{CN_NUM}]+[、．。])\s*(.*)$")),
    ("paren_cn", re.compile(rf"^([（(][{CN_NUM}]+[）)])\s*(.*)$")),
    # (a quote or title mark may open the heading: A “绿色+农业”，做优特色产业, qa105; so in BLOCK_START and HEADING_LINE)
    ("letter", re.compile(rf"^([A-H])(?:\s+|[、．.]\s*)([“《]?[{CJK}].*)$")),
    # 1 引言 / 2.1 文献综述 / 2.2.1 流动性约束渠道 (2.1. 文献综述): a paper's decimal section numbers, the space
    # after them gone once normalised (1引言). Not an item 1.缓解… (a point, no digit after it) or 01…, nor a quantity
    # (12月, 3.5亿元): no unit follows the number; nor a page's running head (4 评论 2025年4月16日) or a
    # table's row (1 增加值比重（%） 8.6 12): the heading has no digit. (units.marked_heading: one family
    # per depth.) The heading may open with a Latin word after a space (2.1.1 DEA模型, qa43); not glued to the
    # number (5G网络… is prose).
    # The heading may hold a version number inside a word (2.1 长照1.0时期, 工业4.0), and under a number of two levels
    # or more open with a year or span before words (4.2 2019年修法后之变化, 2.1 2017—2019年的试点阶段), when it holds
    # no space (a table's row of cells set apart by spaces holds numbers too) and no other number (a date: 4评论2025年…)
    # (qa50).
    ("decimal", re.compile(rf"^([1-9]\d?(?:(?:\.\d{{1,2}}){{1,3}}\.?)?)\s*(?![{DECIMAL_HEADING_NOT_AFTER}])"
                           rf"((?:[{CJK}]|(?<=\s)[A-Za-z])\D*|[{CJK}](?:[^\d\s]|\d\.\d(?!\d))*"
                           rf"|(?<=\.\d\s)\d[\d—–~～-]*年?[{CJK}]{{2}}\D*)$")),
)
# 【产业集群加速成势】: a web page's unnumbered subheading in lenticular brackets; the brackets are
# typographic decoration like bold, so the heading is what they hold (web chrome such as 【打印】
# and author notes 【作者：…】 are told apart before this is tried).
BRACKETED_HEADING = re.compile(r"^【\s*([^【】]+?)\s*】$")
# The marker such a heading's section row records (as written, as ## is for Markdown headings).
BRACKETS_MARKER = "【】"
# A heading is short and does not end like a sentence or clause.
HEADING_MAX_WIDTH = 40.0
# A numbered heading (一、 （一） 第一章) may run longer than an unnumbered one.
NUMBERED_HEADING_MAX_WIDTH = 60.0
CLAUSE_END = re.compile(r"[。！？；，、：:,;…!?][”’」』）)】]*$")
# A numbered heading may ask a question (一、为什么要发展新质生产力？); an unnumbered short
# question is more often a line of dialogue.
QUESTION_END = re.compile(r"[？?][”’」』）)】]*$")
# A title may ask or exclaim (数字经济如何赋能实体经济？ 奋力谱写新篇章！).
TITLE_END = re.compile(r"[？?！!][”’」』）)】]*$")
# The first line of a document may be a long title (关于印发《…》的通知).
FIRST_TITLE_MAX_WIDTH = 60.0

# ---- numbered measures ----
# Paragraph-initial item markers (the item runs to the next marker of its list or the paragraph's end).
# 1、 1. 1） (not 3.5); also 01 钢铁行业超低排放改造, a plan's project numbered with a leading zero in a
# box (专栏), with no mark after the number (a zero-padded number numbers no section, nor a quantity).
ITEM_ARABIC = re.compile(rf"^(\d{{1,4}})(?:\s*(?:[、．.](?!\d)|[）)])|(?<=^0[1-9])(?=\s*[{CJK}]))\s*")
ITEM_PAREN_CN = re.compile(rf"^([（(]([{CN_NUM}]+)[）)])\s*")          # （一）lead。body
# Inline markers may stand after the start, a sentence or clause mark, or a space. The test of the
# character before a marker sits after the marker's first character (X(?<![^breaks]X): "X is not
# preceded by a non-break"; true at the text start too): a pattern that starts with a character
# is scanned for at C speed, one that starts with a look-behind is tried at every position.
_BREAKS = r"。；：，！？…”）\s:;"
_CN_AFTER_BREAK = rf"[{CN_NUM}](?<![^{_BREAKS}][{CN_NUM}])"
# What follows a footnote's mark in the text (a circled digit right before a clause or sentence mark),
# never an item's words. (qa4, session 7)
FOOTNOTE_MARK_FOLLOWERS = "。，；、：！？）”"
INLINE_MARKERS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 一是 / 二是要 (要 belongs to the marker unless it starts a word: 要素, 要求, 要件, 要点)
    ("shi", re.compile(rf"({_CN_AFTER_BREAK}[{CN_NUM}]*)(是(?:要(?![素求件点]))?)")),
    # 一要 / 二要 (not 要素, 要求 …)
    ("yao", re.compile(rf"({_CN_AFTER_BREAK}[{CN_NUM}]*)(要)(?![素求件点闻])")),
    # 其一， 其二、 其三是 (是 as in 一是: 其一是工业领域，其二是建筑领域)
    ("qi", re.compile(rf"(其(?<![^{_BREAKS}]其))([{CN_NUM}]+)(?:[，,、：:]|是)")),
    # 第一， 第二、 (第一章 / 第一个 are not measures)
    ("di", re.compile(rf"(第(?<![^{_BREAKS}]第))([{CN_NUM}]+)[，,、：:]")),
    # （一）… inline after a colon or sentence end: 主要包括：（一）…；（二）…
    ("paren_cn", re.compile(rf"([（(](?<![^：；。:;][（(])([{CN_NUM}]+)[）)])")),
    # 1.加强… 2.完善… inline after a sentence end, semicolon or colon (never 3.5 or 2024.5)
    ("arabic", re.compile(r"(\d(?<![^。；：:;]\d)\d{0,2})[.．、](?!\d)")),
    # （1） (2)
    ("paren_arabic", re.compile(r"([（(](?<![^。；：，！？…”\s:;][（(]))(\d{1,2})([）)])")),
    # ① ② (not a footnote's mark, which stands before a punctuation mark: …的21.1%①。)
    ("circled", re.compile(rf"([{CIRCLED_DIGITS}])(?![{FOOTNOTE_MARK_FOLLOWERS}])")),
    # 作法：一、推动…；二、要求…: 一、 inline after a (full-width) colon or semicolon (never at the text's start, where it marks a
    # heading, nor after a sentence end, where it may open a run-in heading, nor after a comma or 第: 第一、二产业)
    # (qa20, session 9)
    ("cn_dun", re.compile(rf"((?<=[：；])[{CN_NUM}]+)(、)")),
)
# Where inline markers may be (one scan for all grammars): a character a marker's numeral starts or
# ends with, then what must stand beside it; the empty group names the grammar (match.lastgroup).
# Each match takes one character (the rest is look-around), and no character starts two grammars'
# hints, so no hint hides another. Most paragraphs have none, and a grammar without one is not
# scanned: its markers are tried at its hints only (measures.marker_starts). The character taken
# (its class makes the scan's first test) is tried again by one look-behind whose alternatives each
# start with their own character: the regex engine passes over an alternative whose first character
# does not fit without entering it, where a look-behind per alternative cost an assertion each.
# (An arabic marker is hinted by its mark after a digit: \d in the first class, a Unicode category,
# would make the test of every character much slower. A cn_dun marker is hinted by the colon or semicolon before
# it, rarer than its 、: 、 after a numeral, 统一、 唯一、, is frequent; by a numeral of any length, as cn_dun reads
# one: 二十一、 is three.)
INLINE_MARKER_HINTS = re.compile(
    rf"[{CN_NUM}其第（(.．、{CIRCLED_DIGITS}：；](?<=[{CN_NUM}](?:(?=是)(?P<shi>)|(?=要)(?P<yao>))"
    rf"|其(?=[{CN_NUM}])(?P<qi>)|第(?=[{CN_NUM}])(?P<di>)"
    rf"|[（(](?:(?=[{CN_NUM}])(?P<paren_cn>)|(?=\d)(?P<paren_arabic>))"
    rf"|[.．、](?<=\d[.．、])(?P<arabic>)|[{CIRCLED_DIGITS}](?P<circled>)|[：；](?=[{CN_NUM}]+、)(?P<cn_dun>))")
# The lead phrase of an item: its first sentence, or first clause when the sentence is long.
LEAD_SENTENCE = re.compile(r"^([^。！？；]{2,40})[。！？；]")
LEAD_CLAUSE = re.compile(r"^([^，。！？；：]{2,30})[，。！？；：]")

# ---- bylines and front matter of articles ----
# Common Chinese surnames (single and compound): a name is a surname plus one or two characters.
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季"
    "裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄"
    "窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池"
    "查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆"
    "朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫"
    "杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由"
    # common on the mainland and more so in Taiwan and Hong Kong (赖怡君, 洪志明, 萧美琴, 傅文彬; 阎 beside 闫) (qa28)
    "赖洪萧傅阎"
    # of the Hundred Family Surnames, met signing a commentary glued to the next title (荀某某让…) (qa96)
    "荀"
)
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文",
                     "司徒", "夏侯", "轩辕", "令狐", "钟离", "端木", "独孤", "南宫", "西门", "万俟", "呼延")
PERSON_NAME = rf"(?:{'|'.join(COMPOUND_SURNAMES)}|[{SURNAMES}])[{CJK}]{{1,2}}"
# Publications named after a byline: 光明日报, 经济日报, 新华社, 人民网 …
OUTLET = rf"[{CJK}]{{1,10}}(?:日报|晚报|早报|时报|报|新闻社|通讯社|社|网|杂志|周刊|电视台|客户端)"
# Institutions named after the authors of a brief: 中国社会科学院工业经济研究所, 某某大学 (an affiliation).
# (A research centre's department or office too: 某某研究中心社会发展研究部, 市委政策研究室, qa41.)
_INSTITUTION_ENDS = "研究院|研究所|研究中心|发展中心|研究部|研究室|大学|学院|党校|智库|研究会"
INSTITUTION = rf"[{CJK}]{{2,30}}(?:{_INSTITUTION_ENDS})"
# Up to six names separated by spaces or list marks: 杨尚钊 陈建武 / 张三、李四; in a paper each name
# may carry its affiliation's number or numbers, or one or more footnote stars (周雅琴1 何俊杰2, 王五*,
# 周文博1,2 / 陈柏宏**). The space after a number is gone once normalised (a digit beside a Chinese
# character: 周文博1,2许嘉宁1), so a number may end a name without a separator after it.
# The same numbers may be set as superscript digits (林晓峰¹ 蔡雅婷², 王明¹,²), which are no decimal
# digits to \d; the space after them is gone too once normalised (林晓峰¹蔡雅婷²).
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A number and a star may go together, the star marking the corresponding author (吴宜蓁¹* 张书豪², 王明1*), the
# star also after a comma, as one more mark of the list (梁芷晴2,* / 王明¹,*: qa107).
# The numbers of a list may be set with a space after each comma (陈思颖1, 2 / 王明¹, ²: qa99).
_AFFILIATION_NUMBER = (r"(?:\d{1,2}(?:[,，] ?\d{1,2}){0,3}"
                       rf"|[{SUPERSCRIPT_DIGITS}]{{1,2}}(?:[,，] ?[{SUPERSCRIPT_DIGITS}]{{1,2}}){{0,3}})")
_NAME_MARK = rf"(?:{_AFFILIATION_NUMBER}(?:[,，]?[*＊]{{1,3}})?|[*＊]{{1,3}}{_AFFILIATION_NUMBER}?)?"
# A two-character name padded with a space to the width of the three-character names it is set
# with (何 静, 周　敏): one name, not a surname and a given name (names() joins the halves).
_PADDED_NAME = rf"[{SURNAMES}][ 　]{{1,2}}[{CJK}](?![{CJK}])"
# A three-character name cut by a stray space of PDF extraction (林秋 妍, 柯 文博: qa65, session 15): a lone
# character is no name, so the part it stands beside is the rest of the name (names() joins them). Tried last.
# Not a credit's word after a name (王磊 摄, 李明 图, 张三 等): NOT_NAME_TAILS.
NOT_NAME_TAILS = "摄文图绘画等著译编撰制供发"
_STRAY_SPACED_NAME = rf"[{SURNAMES}](?:[{CJK}] (?![{NOT_NAME_TAILS}])[{CJK}]| [{CJK}]{{2}})(?![{CJK}])"
_NAME = rf"(?:{PERSON_NAME}|{_PADDED_NAME}|{_STRAY_SPACED_NAME})"
_NAMES = rf"{_NAME}{_NAME_MARK}(?:(?:[ 　、,，]+|(?<=[\d{SUPERSCRIPT_DIGITS}*＊])){_NAME}{_NAME_MARK}){{0,5}}"
# What an organisation that is the author is called at its end (中共成都市委政研室课题组).
# (新京报社论: an editorial signed with the paper's name; a byline, whose words name no one: bylines.is_editorial_voice.)
_ORG_SUFFIXES = "课题组|调研组|研究组|写作组|评论员|编辑部|理论学习中心组|研究中心|社论"
# The roles of a reporter's byline (本报记者, 特约撰稿人 …), and a reader signing a letter: 读者 龚小满 (qa63; only before a
# space: 读者来信 is a letters column's label, 来 a surname).
_ROLES = "记者|通讯员|评论员|特约撰稿人|实习生|读者(?=[ 　])"
# 张丽丝 光明日报 / 杨尚钊 陈建武 / 郑丽芳: names only, separated by spaces, maybe a publication.
NAME_LINE = re.compile(rf"^({_NAMES})(?:[ 　]+({OUTLET}))?$")
# 中共成都市委政研室课题组: an organisation that is the author.
# (Quotes and title marks may name the group's subject: 某某研究中心“银发经济”课题组, 《求是》编辑部.)
ORG_AUTHOR = re.compile(rf"^([{CJK}（）()“”\"《》]{{2,30}}(?:{_ORG_SUFFIXES}))$")
# 成都日报锦观新闻记者 钟文 / 本报记者 张三 李四 / 新华社记者 王五
# (A web page may set a bar between the role and the names: 新京报特约评论员 | 程明远.)
ROLE_BYLINE = re.compile(rf"^(?:(.{{0,20}}?)(?:特约)?(?:{_ROLES}))[ 　:：|｜丨]*({_NAMES})$")
# 南 江 时 评: a column banner of four characters set letter-spaced, one space between every two, which reads as two
# padded two-character names (南 江, 时 评: _PADDED_NAME); units.with_spaced_banner_over_first_title tells it (qa271).
SPACED_FOUR_CHAR_LINE = re.compile(rf"^[{CJK}] [{CJK}] [{CJK}] [{CJK}]$")
# 许 晴 本报记者 / 林泉 本报通讯员: the names before the role, as some PDFs extract a byline set name first, or its
# role in a smaller size on the right (qa271); the outlet (本报, 本刊, 本网) names no publication.
NAMES_THEN_ROLE_BYLINE = re.compile(rf"^({_NAMES})[ 　]+(?:本报|本刊|本网)?(?:特约)?(?:记者|通讯员)$")
# Words ROLE_BYLINE, ORG_AUTHOR and OFFICE_BYLINE cannot match without: a line lacking them skips
# those patterns (each tries many start lengths before it fails).
ROLE_WORD = re.compile(_ROLES)
# 本报记者 张三 通讯员 李四 / 记者 张三 实习生 李四: split a byline at each role; every piece after a
# role is names only. 本报记者 许晨阳 本报通讯员 丁一帆: the second role may carry the outlet again (本报, 本刊, 本网,
# 本台) after a space; the outlet goes with the role it opens, not with the names before it (bylines.several_roles, qa51).
ROLE_SPLIT = re.compile(rf"(?:(?<=[ 　])(?:本报|本刊|本网|本台))?(?:特约)?(?:{_ROLES})[ 　:：]*")
NAME_ONLY = re.compile(rf"^{_NAMES}$")
ORG_WORD = re.compile(_ORG_SUFFIXES)
OFFICE_WORD = re.compile("省长|市长|县长|区长|州长|主席|主任|书记|部长|厅长|局长|院长|总理|理事长")
# 市长  王建华 / 主任 李四: an office holder delivering a report (the office is not part of the name). A speaker
# holding several posts names them all, parted by 、, the last an office (市委副书记、市长 张三 / 省委常委、常务副省长 李四
# under a speech's title); a two-character name may be padded to three characters' width (县长　吕　诚).
_OFFICE_POST = rf"[{CJK}]{{0,12}}?(?:省长|市长|县长|区长|州长|主席|主任|书记|部长|厅长|局长|院长|总理|理事长)"
OFFICE_BYLINE = re.compile(rf"^(?:[{CJK}]{{2,12}}、){{0,3}}{_OFFICE_POST}[ 　]+({PERSON_NAME}|{_PADDED_NAME})$")
# ——2024年1月18日在某某市人民代表大会上: a subtitle line under a title. Not a sentence: a plan lists its
# goals on dash-led lines (——数字产业实力明显增强。培育……), which are text.
# A work report may instead give its occasion in brackets under the title: （2025年1月12日在某市第十五届人民代表大会第四次
# 会议上） (qa87; a date alone in brackets, （2025年3月5日）, is no subtitle).
SUBTITLE = re.compile(r"^(?:——|──|--|—)\s*[^\s。][^。]*$"
                      r"|^[（(][^（）()。]{0,20}在[^（）()。]{2,60}上(?:的(?:讲话|报告|致辞|发言))?[）)]$")
# 作者：吴维海，国合华夏城市规划研究院院长 / 文/张三 / 执笔：李四 / 文字：张三 (a WeChat page's credits under the text,
# qa10, session 8) (Taiwan and Hong Kong pages write 文／张三). A policy brief or research note names its
# authors as a team under its title: 研究团队：张三 李四 / 执笔人：王五 / 作者团队：… (qa12, session 8).
# (执　笔：… / 作　者：…: a two-character label spaced to line up with the three-character ones over it, 组　长： / 成　员：
# in a report's team list, or with a page's other fields; qa280.)
_BYLINE_LABEL = "作者团队|作者|撰文|执笔人|执笔|撰稿|文字|文|研究团队|解读人|作 者|撰 文|执 笔|撰 稿"
# (作者 张三: the longer labels may be followed by a space instead of a mark.)
# (The names may be followed by an affiliation: after a mark, or in a field of its own, 单位：….)
LABELLED_BYLINE = re.compile(rf"^(?:(?:{_BYLINE_LABEL})\s*[:：/／丨|｜]|(?:作者|撰文|执笔)[ 　]+)\s*([{CJK}、 　]{{2,40}}?)\s*"
                             # (the byline may go on with the authors' unit, or with the editor's field of a web page:
                             # 作者：于晓彤 陈墨 责任编辑：魏兰; the unit also after a bar, 作者：黄伟豪 | 某大学副教授, but not
                             # another field, 作者：黄伟豪 | 2025-08-19 | 来源：…, a line of fields: qa107; a WeChat head's
                             # source field after the names, labelled with a bar as the byline is, 作者 | 钟某　来源 | 某号:
                             # qa181; with a colon, 作者：某 来源：…, it is a line of fields)
                             r"(?:[,，;；（(].*|(?:作者单位|工作单位|单位|责任编辑|编辑|责编)\s*[:：].*|(?:来源|稿源|出处)\s*[|｜丨].*"
                             # (and the date the piece was posted, last on the line, after a bar or a slash: 作者：许某 ／
                             # 2026-03-02 09:00 on a Taiwan paper's page, qa291)
                             rf"|[|｜丨]\s*[{CJK}、 　]{{2,40}}|[|｜丨/／]?\s*{_DATETIME})?$")
# □ 本报记者 张三 / ◎ 李四 / ■ 本报记者 王五 / ◇ 陈六: a box, circle or diamond in front of a byline
# (layout, not source).
_BYLINE_BULLET = r"[□■◎○●◆◇]\s*"
BYLINE_BULLET = re.compile(f"^{_BYLINE_BULLET}")
# 新华社北京3月5日电（记者张三、李四）: a dateline naming the reporters, at the start of the text. A web outlet's
# commentary names its writer so after the outlet's name in lenticular brackets: 【财新网】（评论员 王力为） (qa12, session 8).
DATELINE_BYLINE = re.compile(rf"^(?:.{{0,30}}?电|【[^】]{{2,12}}】)\s*[（(]\s*(?:记者|通讯员|特约评论员|评论员)\s*"
                             rf"({PERSON_NAME}(?:[、 　]{PERSON_NAME})*)\s*[）)]")
# （作者杨尚钊系……，陈建武系……） / （作者：张三，系……）: names inside an author note. (Each author's posts may be
# set apart by a semicolon: （作者：蓝晓舟，某中心研究员；郑一帆，某中心助理研究员）, qa27.)
NOTE_AUTHOR = re.compile(rf"(?:作者[:：]?|[，,、；;])\s*({PERSON_NAME})(?=系|为|是|[，,）)】])")
# 来源：某某日报 发布时间：2024-06-12 作者：宋佳、李华 编辑：韩冰: the author field of a web page's
# front-matter line (one of several fields, so the names end at a space, a mark, the next field's
# label, an unlabelled date (来源：人民网 作者：林之远 2025年08月14日07:30) or the line's end: rule 5 may
# have removed the space before the label or the date). 作者简介：乔振华，某研究院研究员 at the end of a web
# article names its author the same way (a journal paper's byline comes first). (qa8, session 7) On the line as
# written, before rule 5, names may be parted by spaces (作者：郑文博 许嘉怡 来源：…). (qa11, session 8) A journal's web
# page may name the author's office before the name, as OFFICE_BYLINE does (作者：中共某省委书记 孟庆安, qa27). A
# two-character name among them may be padded to three characters' width (作者：孙海涛　周　婧　　责任编辑：…, qa38).
AUTHOR_FIELD = re.compile(
    rf"(?:作者(?:简介)?|撰文|撰稿|执笔)\s*[:：]\s*(?:[{CJK}]{{0,12}}?(?:{OFFICE_WORD.pattern})[ 　]+)?"
    rf"({_NAME}(?:(?:[、，,]\s*|[ 　]+){_NAME})*)"
    r"(?=[\s，,；;|｜]|$|(?:责任编辑|编辑|责编|来源|出处|日期|发布|时间|点击|浏览|阅读)\s*[:：]|\d{4}[-/.年])")
# 张传伟/文 成都青白江公安供图
SLASH_WEN_BYLINE = re.compile(rf"^({PERSON_NAME}(?:[、 　]{PERSON_NAME})*)\s*/\s*文(?:\s+.*)?$")
# What a line needs for any byline pattern above to match (a superset): at its start, after an
# optional bullet, a name (NAME_LINE) or a label (LABELLED_BYLINE); or anywhere a word of
# ORG_AUTHOR, ROLE_BYLINE or OFFICE_BYLINE, or the slash of SLASH_WEN_BYLINE or OUTLET_SLASH_BYLINE (one scan for them all:
# every alternative starts with a literal character). Most short lines of text have none of them. (OUTLET_SLASH_BYLINE's
# full-width slash ／ is looked for apart, by a substring search: in this scan a character outside ASCII and CJK
# would cost the scan its fast path.)
BYLINE_START = re.compile(rf"(?:{_BYLINE_BULLET})?(?:{_NAME}|{_BYLINE_LABEL})")
BYLINE_WORD = re.compile(rf"{ORG_WORD.pattern}|{ROLE_WORD.pattern}|{OFFICE_WORD.pattern}|{_INSTITUTION_ENDS}|/")
# A bracketed aside after a name: 张三（某大学教授）.
BRACKETED = re.compile(r"[（(][^（）()]*[）)]")
# 殷晓峰（某某大学政府管理学院教授） / 张三（…） 李四（…）: each name followed by its bracketed
# affiliation, the whole line (a byline under a title on newspaper and journal pages).
# (An affiliation has Chinese words and four characters or more: 张江（上海） or 王明（2021） is none.
# A two-character name may be padded to the width of the others: 王　芳（某大学）. A Hong Kong byline gives
# the author's English name instead: 黄颖芝（Winnie Wong）, two capitalised words or more, not an acronym
# such as 王明（GDP）.)
_LATIN_PERSON_NAME = r"[A-Z][a-z]+(?: [A-Z][a-z'\-]+){1,3}"
# (Or a short post alone, 何志伟（研究员）、梁咏诗（副教授）: a think tank's team with each member's rank, qa37.)
_SHORT_POST_ASIDE = r"(?:副?教授|副?研究员|讲师|院士|博士|主任|所长|院长)"
_NAME_ASIDE = rf"{_NAME}\s*[（(](?:(?=[^（）()]*[{CJK}])[^（）()]{{4,30}}|{_SHORT_POST_ASIDE}|{_LATIN_PERSON_NAME})[）)]"
NAMES_WITH_ASIDES = re.compile(rf"^{_NAME_ASIDE}(?:[ 　、,，]*{_NAME_ASIDE}){{0,5}}$")
# Separators between names inside a byline.
# (Also the point after a name's affiliation number where the next name starts: 周文博1,2|许嘉宁1.)
NAME_SEPARATORS = re.compile(rf"[ 　、,，]+|(?<=[\d{SUPERSCRIPT_DIGITS}*＊])(?![\d,，{SUPERSCRIPT_DIGITS}*＊])")
# Credit lines that name people who are not authors (editors, photographers, contributors), and the
# note of who gave a page's pictures: （本文图片由受访者提供） / (图片均由某某公司提供). An official document's
# distribution line under its text (抄送：市委各部门… / 报送：… / 抄报：…) names its readers: furniture the same way.
# (WeChat articles part role and name with a bar: 编辑 | 苏禾, 排版｜林夏, and name a picture's source: 图片来源：视觉中国,
# or shorter 图源：视觉中国, qa152.)
# The labels an advertisement is printed under: 【广告】 【推广】 [商业推广] (CREDIT_LINE, qa38); 活动推广 and the like too (qa49).
ADVERT_LABELS = "广告|推广|商业推广|赞助推广|品牌推广|活动推广|合作推广|广告推广"
# (A journal may say whose: （本文责任编辑：李 静）, qa43; a page's foot too: 本版责任编辑：彭 晓, qa77.)
# (The production roles a talk's or a feature's foot names first, 策划：某智库　整理：某某 / 统筹：… / 监制：… / 出品：…, qa273.)
CREDIT_LINE = re.compile(r"^[（(【\[]?\s*(?:本文|本期|本版)?(?:责任编辑|责编|编辑|校对|审核|审校|终审|供稿|图片(?:来源)?|图源|摄影|制图|美编|排版|抄送|抄报|报送|分送"
                         r"|策划|统筹|监制|出品)\s*[:：/|｜]"
                         r"|^[（(]\s*(?:本文|文中)?(?:图片|照片|配图)均?由[^（）()。]{1,20}提供\s*[）)]$"
                         # （本报告仅代表研究团队观点，不代表本中心立场。）: a disclaimer under a think tank's paper (qa33)
                         r"|^[（(][^（）()]{0,16}仅代表[^（）()]{1,40}[）)]$"
                         # 【推广】安居家装节6月20日开幕…: an advertisement under its label, after an article (qa38)
                         rf"|^[【\[［]\s*(?:{ADVERT_LABELS})\s*[】\]］]"
                         # （本期主持：顾清岚）: who hosted an interview, in brackets under it (not 主持人：…, a turn; qa42)
                         r"|^[（(]\s*(?:本期|本次|本场)?主持人?\s*[:：][^（）()]{1,16}[）)]$"
                         # 课题组组长：罗建平 / 课题组成员：田思远　程雨桐 / 课题负责人：…: a report's team, unbracketed, under
                         # its text: no authors (the group signs) and no heading (bracketed, it is an AUTHOR_NOTE; qa41)
                         r"|^课题组?(?:组长|副组长|成员|负责人|主持人|顾问)\s*[:：]"
                         # 投稿邮箱：pl@example.cn　责任编辑：…: a commentary page's call for submissions, at its foot, often
                         # leading the page's credits: furniture, not the last piece's text (qa78)
                         r"|^(?:本版|本刊|本栏)?(?:投稿|来稿)(?:电子)?(?:邮箱|信箱|邮件|地址)\s*[:：]")
# （作者系……） 【作者：……】 （课题组成员：……） (本文系……): notes about the authors. (A government web page names
# who wrote its news so under the text: （撰稿：黎晓帆）, qa27.) Also a note that names only where the text was
# taken from, which closes a digest's item or a box as an author note does: （摘自《人民日报》评论部文章）
# （资料来源：新华网） (one that also names the author is a DIGEST_BYLINE). (qa25, session 10)
# (A paper's bracketed front-matter field, ［作者简介］… ［基金项目］…, is a field like 作者简介：…, SOURCE_DATE_LINE's, qa33.)
AUTHOR_NOTE = re.compile(rf"^(?!{_BRACKETED_FRONT_FIELD})[（(【\[［]\s*(?:作者|本文作者|课题组成员|执笔|撰稿|撰文|本文系|本文为|基金项目|解读人"
                         r"|摘自|摘编自|节选自|转载自|原载|资料来源)")
# 注释： / 参考文献 / 【注释】: the line that opens the notes or references under an article. (A Taiwanese paper's labels
# too: 附註 / 註解 over its notes, 參考書目 over its references, qa99; full-width square brackets, ［参考文献］, as a paper
# that sets its front-matter labels ［摘要］ so sets this one too, qa153.)
NOTES_HEADING = re.compile(r"^[【\[［]?\s*(?:注释|注|尾注|脚注|附注|注解|参考文献|参考资料|主要参考文献|参考书目)\s*[】\]］]?\s*[:：]?$")
# A footnote or reference entry under such a line: (1) [1] ［1］ ① 1. 注1 (a citation, not a measure).
# (Or the note's number in brackets with its label, （注1）本文所称…, as a paper that cites （註1） in its text numbers
# the notes under 註釋：, qa212.)
FOOTNOTE_ENTRY = re.compile(rf"^(?:[（(]\d{{1,3}}[）)]|[\[［【]\d{{1,3}}[\]］】]|[{CIRCLED_DIGITS}]|\d{{1,3}}[.．、]|注\s*\d"
                            r"|[（(]注\s*\d{1,3}[）)])")
# （作者吴海燕系……） 【本文作者：……】: a note about who wrote the article (not a 课题组成员 list, whose
# members are not the article's byline authors).
WRITER_NOTE = re.compile(r"^[（(【\[]\s*(?:本文)?作者")
# 编者按：… / 编者的话： / 导读： / 核心阅读: an editor's note that introduces a page or an article.
# (Hong Kong and Taiwan papers shorten the label to 【编按】. A forum page of signed contributions opens with its host's
# words on the page instead, 主持人语 / 主持人的话: a page's note all the same, qa113.)
EDITOR_NOTE = re.compile(r"^[【\[]?\s*(?:编者按|编按|编者的话|编者|导读|核心阅读|阅读提示|主持人语|主持人的话)\s*[】\]]?\s*[:：]?")
# 主持人：近年来…？: the host's words opening the page as a turn (a 笔谈 whose host speaks once, over the signed pieces):
# the page's note as 主持人语 is, when the page's first span holds no other text (articles.is_page_note) (qa257).
HOST_TURN = re.compile(r"^(?:本期)?主持人?\s*[:：]\s*\S")
HOST_TURN_INITIALS = ("主持", "本期主持")
# A web page's breadcrumb trail over the title: 当前位置：首页 > 理论 > 正文 (您的位置, 您现在的位置, 您当前的位置,
# 当前所在位置 ...), or the trail alone (首页 > 理论 > 正文), which a title under it must not take as its first
# line (reflow.breadcrumb_trails).
_BREADCRUMB = r"(?:(?:[您你](?:当前|现在)?(?:的|所在)?|当前(?:所在)?)位置\s*[:：>»]|首页\s*[>»＞›])"
BREADCRUMB_LINE = re.compile(f"^{_BREADCRUMB}")
# The label over a box of further reading, on a web page or a print page (延伸阅读, 相关链接, 知识链接,
# 新闻链接, 资料链接): chrome (WEB_CHROME), and in Markdown what heads another piece (READING_BOX_LABEL).
_READING_BOX = "延伸阅读|相关阅读|推荐阅读|(?:相关|知识|背景|新闻|资料)链接"
# 网友评论 / 精选留言 / 热门评论 / 【读者留言】: the label over the readers' comments that a news page or a WeChat post (or a
# reader app exporting it) prints under the article: chrome (WEB_CHROME), and so is every comment under it to the page's
# end or the next heading (units.with_comments), never a section of the text. (qa234)
_COMMENTS_LABEL = r"^[【\[]?\s*(?:网友|读者|热门|精选)(?:评论|留言)\s*[】\]]?\s*[:：]?$"
COMMENTS_LABEL = re.compile(_COMMENTS_LABEL)
COMMENTS_LABEL_INITIALS = "【[网读热精"
# 热门排行 / 点击排行榜 / 【阅读排行】: the label over a news page's list of its most-read stories, numbered 1 2 3 …, beside
# or under the article: chrome (WEB_CHROME), and so are the numbered headlines under it (units.with_ranked_headlines),
# which read as numbered headings (1 某某…) and run into the footer. (qa254)
_RANKING_LABEL = r"^[【\[]?\s*(?:热门|点击|阅读|热点|新闻|热文)?排行榜?\s*[】\]]?\s*[:：]?$"
RANKING_LABEL = re.compile(_RANKING_LABEL)
# Web page chrome copied with the text: share buttons, font switches, reprint notices, box labels.
WEB_CHROME = re.compile(
    r"^[（(]\s*完\s*[）)]$|^[【\[]?\s*(?:点击|扫码|扫一扫|长按|关注|分享到|分享|返回|查看更多|阅读原文|阅读|打印|关闭|字体|[大中小]?字号|收藏|"
    rf"转载|版权所有|免责声明|声明[:：]|上一篇|下一篇|[上下]一页\s*[:：]|相关推荐|相关文章|相关稿件|{_READING_BOX}|(?:{_WECHAT_PAST})\s*[】\]]?$|{_WECHAT_LIKE}|浏览次数|阅读量|点赞"
    # a web page's breadcrumb trail over the title
    rf"|{_BREADCRUMB})"
    # a WeChat article's end mark
    rf"|^{_WECHAT_END}"
    # a government site's footer: who runs it and its code (主办单位：某市人民政府办公室　网站标识码：…; qa49)
    # (or 主办：… 承办：…, qa76)
    rf"|^(?:{SITE_FOOTER_FIELDS})\s*[:：]"
    # the label over a government page's links to related documents (相关文件：; qa49), alone on its line, or a news
    # site's over its links to related stories (相关新闻： / 相关报道：; qa83)
    r"|^[【\[]?\s*相关(?:文件|政策|新闻|报道)\s*[】\]]?\s*[:：]?\s*$"
    # ::: alone on a line: the accessibility anchor (导盲砖) of Taiwan government and think-tank pages, copied over
    # the breadcrumb with the text (qa89)
    r"|^[:：]{3}$"
    # the label over readers' comments (网友评论; qa234)
    rf"|{_COMMENTS_LABEL}"
    # the label over the most-read stories (热门排行; qa254)
    rf"|{_RANKING_LABEL}"
    # official documents: publication notes under the signature
    r"|^[（(]\s*(?:此件公开发布|此件主动公开|此件不公开|此页无正文)\s*[）)]$")
WEB_CHROME_MAX_WIDTH = 30.0
# ■ pull quotes and boxed call-outs of a newspaper page.
PULL_QUOTE = re.compile(r"^[■□◆●]")
# ■学习贯彻党的二十届四中全会精神■ / ◆理论新知◆: a column's banner framed by one box mark at each end. The closing mark
# ends it on its line: no pull quote that runs on into the next line (reflow.joins), and the closing mark is rule 8
# debris as the opening one is (units.unit), so the banner reads as its words (a study campaign's kicker, a label). The
# marks a frame may use (PULL_QUOTE's).
FRAME_MARKS = "■□◆●"
# Figure and table captions: 图：… 图1 … 表2：… 图表：… 图片说明：… 图说：… 图｜… (a WeChat caption's bar, qa181)
# (and a photo caption of a news page: 图为某地智慧粮库。（资料图片） / 图为……。新华社记者 张三 摄: one sentence,
# maybe a credit after it); a page's photos numbered by circled digits label their captions so (图①：…, 图②：…, qa240)
CAPTION = re.compile(r"^(?:图表?|表)\s*(?:\d*|[①-⑳])\s*[:：]|^图\s*[|｜]\s*(?=[^\s|｜])|^(?:图片说明|图说)\s*[:：]|^(?:图|表)\s*\d+\s|^图为[^。！？\n]{2,80}。(?:[（(][^（）()\n]{1,20}[）)]|[^。\n]{0,20}摄)?$")
# 来源:高新院 achie.org 日期:2024-11-19 点击:次 (or 来源 | 新华社: a bar between the label and its value)
SOURCE_FIELD = re.compile(rf"(?:来源|出处|稿源)\s*(?:[:：]\s*|[|｜]\s*(?=[{CJK}A-Za-z《]))([^\s:：|｜]+)")
DATE_FIELD = re.compile(r"(?<![稿回用])(?:日期|时间|发布时间|发布日期)\s*[:：]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
BARE_DATE = re.compile(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
# 来源：… / 日期：… / 原标题：… (the page's title as first printed) / 2024年06月12日 08:15 来源：…
# (本文来源： 文章来源： 信息来源： are the same field on many web pages; a WeChat post's 内容来源： and 素材来源： too, qa196.)
# (A line of fields may also open with its author: 作者：邵建华 来源：学习时报 时间：….)
# 时间：2025年10月18日 下午2时 / 地点：某某会议室: the fields over a roundtable's or a meeting's record (front matter,
# not a title or a heading). (qa20, session 9)
_MEETING_FIELDS = "时间|地点"
SOURCE_DATE_LINE = re.compile(rf"^(?:{_DATETIME_FIELD}(?=(?:来源|出处|稿源)\s*[:：]))?(?:(?:本文|文章|信息|内容|素材)?来源|出处|稿源|日期|发布时间|发布日期|原标题|原文(?:链接|地址|网址)|中图分?类号|{PAPER_FRONT_FIELDS}|{GOV_FILE_FIELDS}|{_MEETING_FIELDS})\s*[:：]"
                              # (a paper's catalogue field before a gap instead of a colon: 中图分类号  F124.5, qa84)
                              r"|^中图分?类号[ \t　]+(?=[A-Z])"
                              r"|^(?:作者|撰稿|撰文)\s*[:：][^:：]{1,30}?(?:来源|出处|稿源|日期|时间|发布时间|发布日期)\s*[:：]"
                              rf"|^{_BRACKETED_FRONT_FIELD}")
# The date a line of fields starts with (2024年06月12日 08:15 来源：…).
LEADING_DATE = re.compile(r"^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")
# A line that is only a date (the date under a signature) or a document number (X政办发〔2024〕12号).
# (A web page's date line may add the time or the weekday: 2025/04/02 06:00, 2025年3月18日 星期二, the time after
# the weekday too: 2025年11月4日 星期二 05:30, as Hong Kong papers' sites set it, qa156; a
# plan's cover gives the month only: 2026年1月.)
# (An official document may date its signature in Chinese numerals: 二〇二五年五月九日, qa38.)
# (A speech's day under its title may carry the note that the text was written up from its recording, in the same
# brackets: （2026年3月5日，根据录音整理）, TRANSCRIPT_NOTE_LINE's words after a comma; still the day it was given, qa252.)
_CN_NUMERAL_DATE = r"[一二][〇零○一二三四五六七八九]{3}\s*年\s*[一二三四五六七八九十]{1,3}\s*月(?:\s*[一二三四五六七八九十]{1,3}\s*日)?"
_DAY_RECORDING_NOTE = r"(?:[，,、]\s*(?:本文)?(?:根据|据)[^（）()：:]{0,8}录音整理[^（）()：:]{0,16})?"
DATE_ONLY_LINE = re.compile(r"^[（(]?\s*(?:\d{4}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[-/.]\d{1,2}[-/.]\d{1,2})"
                            rf"|{_CN_NUMERAL_DATE})"
                            r"\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:(?:星期|周)[一二三四五六日天])?"
                            rf"\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?{_DAY_RECORDING_NOTE}\s*[）)]?$")
DOC_NUMBER_LINE = re.compile(r"^[^\s，。]{1,20}[〔\[［(（]\d{4}[〕\]］)）]\s*\d{1,4}\s*号$")
# (A paper may set the label in 【】 instead of before a colon: 【摘要】… 【关键词】…)
# (Or before a gap instead of a colon, as some mainland journals' PDFs set it: 摘要  碳排放权交易是… / 关键词  …; qa84.)
_ABSTRACT_LABEL = r"(?:内容摘要|内容提要|摘\s*要|提要)"
# (Or the label alone on its line, 摘要 over the abstract's paragraph, as Taiwan's journals set it: no value.)
# (Or in square brackets, ASCII or full-width, as mainland economics journals set it: [摘 要] ［关键词］.)
_LABEL_OPEN, _LABEL_CLOSE = r"[【\[［]", r"[】\]］]"
ABSTRACT_LINE = re.compile(rf"^(?:{_ABSTRACT_LABEL}\s*[:：]|{_ABSTRACT_LABEL}[ \t　]+(?=[{CJK}])|{_LABEL_OPEN}\s*{_ABSTRACT_LABEL}\s*{_LABEL_CLOSE}\s*[:：]?)\s*(.+)$"
                           rf"|^{_LABEL_OPEN}?\s*{_ABSTRACT_LABEL}\s*{_LABEL_CLOSE}?\s*[:：]?$")
_KEYWORDS_LABEL = r"(?:关\s*键\s*词|关键字|Key\s?words?)"
# (Or alone on its line over the keywords, as 摘要 may be: no value; units.with_keywords_under_label, qa33.)
KEYWORDS_LINE = re.compile(rf"^(?:{_KEYWORDS_LABEL}\s*[:：]|{_KEYWORDS_LABEL}[ \t　]+(?=[{CJK}])|{_LABEL_OPEN}\s*{_KEYWORDS_LABEL}\s*{_LABEL_CLOSE}\s*[:：]?)\s*(.+)$"
                           rf"|^{_LABEL_OPEN}?\s*{_KEYWORDS_LABEL}\s*{_LABEL_CLOSE}?\s*[:：]?$", re.IGNORECASE)
KEYWORD_SEPARATORS = re.compile(r"[；;，,、\s]+")


def _any_of(*patterns: re.Pattern) -> re.Pattern:
    """One pattern that matches where any of `patterns` matches (each keeps its own flags)."""
    def scoped(p: re.Pattern) -> str:
        return f"(?{'i' if p.flags & re.IGNORECASE else ''}:{p.pattern})"
    return re.compile("|".join(map(scoped, patterns)))


# 1 运输及房屋局（2024）。《过渡性房屋进度报告》。: a paper's footnote, printed at the foot of its page and so amid the text
# extracted from it: its number, a space, and a reference by author and year (APA, as Hong Kong and Taiwan journals cite
# in their footnotes); a note, not text (units.furniture_kind). (qa26, session 10)
PAGE_FOOTNOTE = re.compile(r"^\d{1,2} [^。\s]{2,40}?[（(]\d{4}[a-z]?[）)][。.]")
# 2026年11月20日（星期五） / 香港时间16时30分: a Hong Kong government press release closes with its date and, on the next
# line, the local time it was issued (香港时间 16:30 on some pages; 北京时间…, 澳门时间… alike): a date line of the release
# (units.unit, META), never a title or a line of text. Tried only on lines opening with PLACE_TIME_INITIALS. (qa238)
PLACE_TIME_LINE = re.compile(r"^(?:香港|澳门|北京|台北)时间\s*(?:\d{1,2}\s*时\s*\d{1,2}\s*分|\d{1,2}\s*[:：]\s*\d{2})$")
PLACE_TIME_INITIALS = "香澳北台"
# A line of page furniture (units.furniture_kind): one regex call instead of one per kind rules out
# the many lines that are none of them.
FURNITURE_LINE = _any_of(PULL_QUOTE, SUBTITLE, CAPTION, CREDIT_LINE, WEB_CHROME, AUTHOR_NOTE, ABSTRACT_LINE,
                         KEYWORDS_LINE, SOURCE_DATE_LINE, DATE_ONLY_LINE, DOC_NUMBER_LINE, PAGE_FOOTNOTE)
# A line that starts with a section or item marker (units.marked_heading), likewise.
MARKED_LINE = _any_of(*(pattern for _family, pattern in SECTION_MARKERS), ITEM_ARABIC)
# A line that opens a block (reflow.block_starts): BLOCK_START or a bare date, one regex call a line instead of
# two for the many lines that begin like a block opener and are none (一方面, 发展, 中国…).
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
# A line with a stray mark before a heading, furniture or a marker at its start (units.unit): most
# blocks are prose that one regex call rules out for all three steps. Each part is a named group,
# tried in this order: match.lastgroup names the first that matches (stray, furniture, a family of
# SECTION_MARKERS, or item), so unit() need not try the parts before it again.
MARKED_OR_FURNITURE_LINE = re.compile("|".join(
    f"(?P<{name}>{pattern.pattern})" for name, pattern in
    [("stray", STRAY_BEFORE_HEADING), ("furniture", FURNITURE_LINE), *SECTION_MARKERS, ("item", ITEM_ARABIC)]))
# Interview turns in Markdown: **锦观智库：**question …
SPEAKER_TURN = re.compile(r"^\*\*([^*]{1,24}?)[：:]\s*\*\*\s*")
# Interview turns in plain text: 主持人：… / 陈教授：… / 问：… (a label that recurs in the article).
SPEAKER_LABEL = re.compile(r"^([^\s：:，。；、“”（）()《》]{1,8})[：:]")
# A line of internal spacing between CJK (a spaced column head such as 牢记嘱托 展现新风采), a spaced middle dot
# between its words too (a web page's column path 湖湘智库 · 研究报告 over the title, qa27).
CJK_GAP = re.compile(rf"[{CJK}][ 　]+(?:[·・][ 　]*)?[{CJK}]")
# Words that often open a headline; they tell where a byline glued to the next title ends
# (张聪聚焦“四类产业”… reads 张聪 + 聚焦…, not 张聪聚 + 焦…).
TITLE_OPENERS: tuple[str, ...] = (
    "聚焦", "推动", "推进", "加快", "加强", "坚持", "构建", "建设", "打造", "做强", "做优", "做好", "深化", "激发",
    "促进", "提升", "强化", "完善", "健全", "培育", "发展", "实现", "营造", "把握", "释放", "赋能", "助力", "奋力",
    "如何", "为何", "读懂", "谈谈", "论", "以", "让", "用", "为", "在", "把", "从", "对", "向", "与", "和", "更好",
    "激活", "拓宽", "拓展", "守护", "筑牢", "夯实", "畅通", "优化", "探索", "擦亮", "走好", "答好", "书写", "绘就",
    "厚植", "织密", "增强", "提高", "巩固", "引领",
)


# ---- reflow: cheap tests that rule lines out (supersets of what the patterns above need) ----
# What byline() (flows/bylines.py) needs to accept a line, besides what BYLINE_MAX_CHARS and
# BYLINE_LABEL_INITIALS say (tests/test_reflow.py checks it on every pattern byline() tries): after an
# optional bullet, the line is names (NAME_LINE) or opens with a label (LABELLED_BYLINE); or it ends
# with a bracket (NAMES_WITH_ASIDES); or it holds a word or slash of BYLINE_WORD (the other patterns).
# Reflow asks byline() only about such lines, a twentieth of the short lines of wrapped text.
# The public posts a Hong Kong commentator is named with after the name (NAMES_POSTS_LINE, qa19): 全国政协委员、…会长.
# (Not an academic post: 盛毅 四川省社科院研究员 under 专家简介 introduces an interview's guest, not its writer.)
# (And a think tank's research rank ending with 主任, 李嘉欣 高级研究主任 over an HK policy note, qa81.)
POST_ENDS = ("委员", "议员", "会长", "主席", "理事长", "董事长", "总裁", "召集人", "研究主任")
POSTS = rf"[{CJK}、]{{2,40}}(?:{'|'.join(POST_ENDS)})"
BYLINE_OPENING = re.compile(rf"(?:{_BYLINE_BULLET})?(?:{_NAMES}(?:[ 　]+(?:{OUTLET}|{INSTITUTION}|{POSTS}))?$|{_BYLINE_LABEL})")
# Every character a BYLINE_OPENING match can begin with, and the last characters of a line
# NAMES_WITH_ASIDES matches (names_with_asides asks for them first).
BYLINE_OPENING_INITIALS = f"□■◎○●◆◇{SURNAMES}{''.join(sorted({s[0] for s in COMPOUND_SURNAMES}))}{BYLINE_LABEL_INITIALS}"
BYLINE_ASIDE_ENDS = "）)"
# A closing quote or bracket (SENTENCE_CLOSERS): one scan over the lines' last characters finds
# the few lines whose sentence mark may stand before one.
SENTENCE_CLOSER = re.compile(f"[{re.escape(SENTENCE_CLOSERS)}]")
# The first character of a pull quote's line (PULL_QUOTE), as a character class.
PULL_QUOTE_INITIAL = re.compile(PULL_QUOTE.pattern.removeprefix("^"))
# A Latin letter or digit: what LATIN_LINE_BREAK needs on both sides of a line break.
LATIN_LINE_EDGE = re.compile("[A-Za-z0-9]")


# ---- units: cheap tests that rule text out (supersets of what the patterns above need) ----
# Every character a MARKED_OR_FURNITURE_LINE match can begin with, but for DOC_NUMBER_LINE's (almost any
# character: such a line is told by its end, DOC_NUMBER_END). Case-insensitive like KEYWORDS_LINE (so
# a-h pass too, harmlessly). units.unit tries MARKED_OR_FURNITURE_LINE (a costly alternation of some
# forty patterns) only on text that begins with one of these or ends with DOC_NUMBER_END: most text is
# prose, which does neither. tests/test_units.py derives the set from the patterns.
UNIT_MARK_INITIAL = re.compile(
    rf"[\s\d?？■□◆●—─\-图表（(【\[［责编校审终供摄制美排课完点扫长关分抄报返查阅打字收转版免声上下相推浏内摘提K来出稿日时地发原中当您你首本文信作撰延知背基修新资索往喜大小主承网标成:："
    rf"第{CN_NUM}{FORMAL_CN_NUM}A-HJ引通素策统监]", re.IGNORECASE)    # (J, 引: JEL分类号：…, 引用格式：…, a paper's fields, qa153; 通: 通信作者：…, qa165; 素: 素材来源：…, qa196; 策统监: 策划：…, qa273)
DOC_NUMBER_END = "号"
# Every character MD_HEADING, MD_BOLD_LINE and SPEAKER_TURN (units.markdown_unit) can begin with, and
# those MD_BULLET can (tests/test_units.py derives both).
MARKDOWN_UNIT_INITIALS = "#*"
MD_BULLET_INITIALS = "-*+>"
# A character each word of NOTES_HEADING holds one of: it matches no line without one.
NOTES_HEADING_CHARACTER = re.compile("[注参]")


# ---- negated twins of patterns above (fast paths of normalize) ----
def _not_matching(pattern: re.Pattern, literal: str) -> re.Pattern:
    """`literal` (spelt as a pattern) where `pattern`, which is `literal` followed by zero-width tests
    only, does not match: the same tests, negated."""
    assert pattern.pattern.startswith(literal)
    return re.compile(f"{literal}(?!{pattern.pattern[len(literal):]})")


# A space LONE_SPACE_BESIDE_CHINESE does not match, and a half-width mark its LONE_MARK_BESIDE_HAN
# pattern does not. A text without one loses every space (turns every such mark full-width) in
# that substitution, which str.replace does at C speed instead of building the text anew match
# by match (normalize.collapsed_spaces, normalize._lone_marks_beside_han); most texts have none.
SPACE_NOT_LONE_BESIDE_CHINESE = _not_matching(LONE_SPACE_BESIDE_CHINESE, " ")
MARK_NOT_LONE_BESIDE_HAN = {half: _not_matching(lone_mark, re.escape(half)) for half, lone_mark, _ in LONE_MARK_BESIDE_HAN}


# ---- names at the start of a line (articles) ----
# A person's name at the start of a title line: a byline glued to that title (articles.glued_byline).
# Compiled here, with the other patterns, not by re.match at its first use (a compile of the whole
# surname alternation, inside the first document that has such a title line).
PERSON_NAME_START = re.compile(PERSON_NAME)


# ---- pull quotes and author notes in columns (reflow, units) ----
# A box before a block of this many lines or more is a pull quote set in its narrow column, not the
# bullet of a heading line (a heading is one line, or two for a two-line heading: units.unit).
PULL_QUOTE_MIN_LINES = 3
# The last character of an author note (AUTHOR_NOTE) whose bracket closes at the end of its line.
NOTE_CLOSERS = "）)】]"
# Any character of NOTE_CLOSERS: reflow finds the lines that end with one in one scan of their last
# characters (lines_of), and joins tests a line index, not a slice of each line's text.
NOTE_CLOSER = re.compile(f"[{re.escape(NOTE_CLOSERS)}]")

# ---- government plans and academic papers ----
# 第一条 建立…。: a numbered article of a rules-style text (若干措施, 办法) opening its paragraph; an
# item of the document's enumeration of measures. (第一章/第一节 are section markers, 第一， inline.)
ITEM_ARTICLE = re.compile(rf"^(第([{CN_NUM}]+)条)\s*")
# 附件：1.重点任务分工表 / 附件2 / 附件: the list of a government document's attachments at its end,
# with maybe its first entry on the label's line; the entries under it are titles, not measures.
ATTACHMENT_PREFIX = "附件"
ATTACHMENT_LINE = re.compile(r"^附件\s*\d{0,2}\s*[:：]?\s*(?:\d{1,2}\s*[.．、]\s*)?[^。；;]{0,60}$")
# An entry of that list under its label: 2.应用场景清单 (numbered, one short line).
ATTACHMENT_ENTRY = re.compile(r"^\d{1,2}\s*[.．、]\s*[^。；;]{1,60}$")
# The marks a name in a paper's author line may carry (_NAME_MARK): not part of the name.
NAME_MARKS = "0123456789*＊" + SUPERSCRIPT_DIGITS
# （同济大学建筑与城市规划学院，上海 200092）: a line wholly in one pair of brackets under a paper's
# author line is the authors' affiliation (numbered when they have several: （1.…；2.…）). A theory page
# labels it instead, unbracketed, under the byline at the article's head or end: 作者单位：某大学某学院 (qa15, session 9).
# A Hong Kong paper may set the writer's public posts so, on a line under ■ 黄国华: 全国人大代表、…主席 (POSTS, qa19).
# A journal database's page labels it 单位：某大学某学院；某研究所 under its 作者：… line (qa84).
AFFILIATION_LINE = re.compile(rf"^(?:[（(][^（）()。]{{2,160}}[）)]|(?:作者)?单位\s*[:：][^（）()。]{{2,120}}|{POSTS})$")
# The head of an official document (公文): its title 关于…的通知 and its addressees 各…： each stand on
# a line of their own; at the top of a short document the column width is guessed from few lines,
# and a title as wide as that guess would otherwise run on into the addressees and the text.
OFFICIAL_HEAD_INITIAL = re.compile("[关各]")
# The kind of document a title names at its end (…的通知, …的实施意见).
OFFICIAL_TITLE_END = r"的(?:实施|指导)?(?:通知|通报|意见|决定|批复|公告|通告|报告|请示|函)"
OFFICIAL_HEAD_LINE = re.compile(rf"^(?:关于[^。；！？]{{2,80}}{OFFICIAL_TITLE_END}|各[^。；！？]{{1,80}}[:：])$")

# ---- bylines, web page furniture and ordinal items ----
# 本报记者 张三 采访整理 / 记者 李四 报道: what the reporter did, after the names of a byline.
# (A report names where it was filed before 报道, after a slash or a space: 记者林怡君／台北报导 (Taiwan's
# spelling), 本报记者 张三 北京报道; a place right before 报道 with no separator is read as part of a name.)
REPORTER_WORK_END = re.compile(rf"(?:[ 　]*[/／][ 　]*[{CJK}]{{2,4}}|[ 　]+[{CJK}]{{2,4}}(?=报[道导]$))?"
                               r"[ 　]*(?:采访)?(?:整理|采写|报道|报导|撰写)$")
# 文 | 本报记者 张三 / 作者：本报记者 李四 / 文/图 本报记者 王五 / 采访：本报记者 赵六: a label before a
# reporter's role (not part of the outlet); the labels of who wrote it and of what the reporter did.
REPORTER_LABEL_START = re.compile(rf"^(?:(?:文|图)\s*[/／]\s*(?:图|文)\s*[:：丨|｜]?"
                                  # (主持人：本报记者 岳明: a roundtable's host, the reporter who wrote it up, qa26)
                                  rf"|(?:{_BYLINE_LABEL}|采访|采写|采访整理|整理|主持人|主持)\s*[:：/／丨|｜])\s*")
# Every character SUBTITLE can begin with (a cheap first test before it).
SUBTITLE_INITIALS = "—─-（("
# （作者：欧阳晓东 范文静，均系某大学教授）: the authors listed at once, then what they are (a note read with
# its source spacing: the spaces between the names tell them apart).
NOTE_AUTHOR_LIST = re.compile(rf"^[（(【\[]\s*作者\s*[:：]?\s*({_NAMES})\s*[，,]\s*(?:均|分别|都)?(?:系|为|是)")
# 第一，壮大县域特色产业: an item numbered with an ordinal word, on its own heading line (the body follows
# on the next lines), like 1、顶层设计 (units.item_heading). (其一，… lines are run-in heads of wrapped
# paragraphs far more often than heading lines: a short one is left to the heading rules.)
ITEM_ORDINAL = re.compile(rf"^(第[{CN_NUM}]{{1,3}}[，,、：:])\s*")
# Every character ITEM_ORDINAL can begin with (a cheap first test before it).
ITEM_ORDINAL_INITIALS = "第"
# 中国宏观经济研究院 2024-09-03 / 国研网 2024年9月3日 10:20: a web page's publisher and date over the text,
# without labels (a line of fields, not a title). Tried only on lines that end with a digit or 日. The publisher may
# be followed by its column, parted by bars (明报｜观点｜2026年3月2日: qa28, session 10). A brief's masthead may label
# its publisher (主办单位：某某研究院　2026年8月5日, qa80, session 16): the label is no part of the name.
_PUBLISHER_LABEL = r"(?:主办单位|主办|编印单位|编印)\s*[:：]\s*"
# The publisher's name may carry the short name of the office it doubles as, in brackets, before 编: 中共某某省委政策研究室
# （改革办）编　2026年10月28日 (qa235).
_PUBLISHER_NAME = rf"[{CJK}]{{2,20}}(?:[（(][{CJK}]{{2,8}}[）)][{CJK}]{{0,3}})?"
OUTLET_DATE_LINE = re.compile(rf"^(?:{_PUBLISHER_LABEL})?({_PUBLISHER_NAME})(?:\s*[|｜]\s*[{CJK}]{{2,8}})*\s*[|｜]?\s*{_DATETIME}$")
# 南屿发展研究院编 (its date on the line under it): a brief's compiler named alone on its masthead line, a body's name
# (ending with an office's word, maybe the office it doubles as in brackets after it) before 编: masthead, no title
# (units.shaped_short_line; a 政策汇编 ends otherwise). Tried only on lines ending with 编 (qa257).
COMPILER_LINE = re.compile(rf"^[{CJK}]{{2,20}}(?:院|会|室|中心|所|办|局|厅|委|部|处|组|社)(?:[（(][{CJK}]{{2,8}}[）)])?编$")
# 岑某某 | 某某新闻 2026-11-21 07:05: a web op-ed's line of fields under its title opening with its writer, a person's
# name (a surname and one or two characters) before a bar, then the publisher and the date. OUTLET_DATE_LINE's shape,
# but its first field is the writer (group 1), the second the publisher (group 2); a paper's name that reads as a
# person's (明报, 文汇报: a surname, then 报) ends as a publication does and stays the publisher (bylines.field_authors,
# bylines.source; qa226).
WRITER_OUTLET_DATE_LINE = re.compile(
    rf"^({PERSON_NAME})(?<![报网社刊台])[ \t]*[|｜][ \t]*([{CJK}]{{2,12}})[ \t]*[|｜]?[ \t]*{_DATETIME}$")

# ---- think-tank briefs and interview transcripts ----
# 作者：周明远，某研究院研究员；韩璐，某研究院助理研究员: in a labelled byline each author after the first
# opens a part of its own after ；, the name first and what the author is after a comma or bracket.
CO_AUTHOR = re.compile(rf"[;；]\s*({PERSON_NAME})\s*(?=[,，（(]|$)")
# 本期嘉宾：杨慧敏 某大学教授 / 受访专家：王立新 某研究所所长: the line that introduces an interview's
# guest is a labelled line of its front matter, like a line of fields (来源：…), not a section heading or a
# title, though short and unended.
# (Or the bare label over the guests' names, 对话嘉宾 / 本期嘉宾：, set on a line of its own. qa10, session 8)
GUEST_LINE = re.compile(r"^(?:(?:本期|受访|访谈|对话|特邀|做客)?(?:嘉宾|专家|学者|受访者)(?:简介|介绍)?\s*[:：]\s*\S"
                        r"|(?:本期|受访|访谈|对话|特邀|做客)(?:嘉宾|专家|学者)\s*[:：]?$)")
# Every character GUEST_LINE can begin with (a cheap first test before it).
GUEST_LINE_INITIALS = "本受访对特做嘉专学"
# 刘晓东 中国社会科学院工业经济研究所 / 许嘉宁 田野 某某研究院: a brief's author line, the names and then
# their institution (no role after it: 盛毅 四川省社科院研究员 under 专家简介 introduces a guest).
NAMES_INSTITUTION_LINE = re.compile(rf"^({_NAMES})[ 　]+{INSTITUTION}$")

# ---- long government plans (PDF folios, tables, contents, covers) ----
# — 3 — / - 12 -: the page number a PDF prints at the foot of each page of an official document. It
# may fall inside a paragraph that runs on over the page break (reflow lifts it out of the text).
# (A journal sets it between middle dots: ·46·, qa33.)
# (Or in words, as an office's printer or a PDF viewer sets it: 第 3 页 共 12 页, 第3页/共12页, 共12页 第3页, qa79.)
FOLIO_INITIALS = "—-–－·"
_FOLIO_PAGE_OF = r"第 ?\d{1,4} ?页(?: ?[/／,，]? ?共 ?\d{1,4} ?页)?|共 ?\d{1,4} ?页 ?[/／,，]? ?第 ?\d{1,4} ?页"
FOLIO_LINE = re.compile(rf"[{re.escape(FOLIO_INITIALS)}]{{1,2}} ?\d{{1,4}} ?[{re.escape(FOLIO_INITIALS)}]{{1,2}}|{_FOLIO_PAGE_OF}")
# Every character FOLIO_LINE can begin with (a string, and as a class: one scan of the lines' first characters picks
# the few lines to try on it).
FOLIO_FIRSTS = FOLIO_INITIALS + "第共"
FOLIO_INITIAL = re.compile(f"[{re.escape(FOLIO_FIRSTS)}]")
# — 12 —      某市…规划纲要 / 某市…规划纲要      — 13 —: a page number set at one end of its line, the running head (the
# plan's name) at the other, apart by spaces (one, once normalised): one line of page furniture, the number's (reflow.is_folio).
# Dashes only (a journal's ·46· beside its name is JOURNAL_PAGE_HEAD_LINE's); the head holds no sentence mark (qa243).
# (Three digits at most: a year between dashes, - 2025 - 2030年…, opens a Markdown bullet.)
_DASH_FOLIO = r"[—\-–－]{1,2} ?\d{1,3} ?[—\-–－]{1,2}"
_FOLIO_HEAD = r"[^，。；：！？,;:!?\s][^，。；：！？,;:!?]{2,58}[^，。；：！？,;:!?\s]"
FOLIO_BESIDE_HEAD = re.compile(rf"{_DASH_FOLIO}[ 　]+{_FOLIO_HEAD}|{_FOLIO_HEAD}[ 　]+{_DASH_FOLIO}")
# The characters such a line may open or end with, its number's dashes (a scan of the lines' edge characters finds them).
FOLIO_LASTS = "—-–－"
FOLIO_LAST = re.compile(f"[{re.escape(FOLIO_LASTS)}]")
# 序号 指标名称 2025年 2030年 属性 / 1 数字经济核心产业增加值占地区生产总值比重（%） 8.6 12 预期性: a row of a
# table (a plan's 主要指标 box) extracted as one line, its cells apart by spaces: four cells or more, each a
# number or a word of two characters or more (a column head spaced out one character a word is no table),
# no sentence punctuation; reflow.table_row also asks for a cell that opens with a digit and for Han text.
# (a count grouped by thousands, 15,000, is a number cell too: qa37)
_TABLE_CELL = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[\d.%]+|[^\s，。；：！？,;:!?]{2,})"
# 使用者付费      3           供热、燃气        —: a table row with a cell left empty, set as a dash (no data, not
# applicable), is a row all the same: the dash is a cell of its own (qa57).
_TABLE_CELL_OR_DASH = rf"(?:{_TABLE_CELL}|[—―–－-]{{1,2}})"
# 丙市    99.6    35.4    是: a row may hold a one-character cell that marks yes or no (是/否, 有/无, √/×); only after the
# first cell and only such marks, so a column head spaced out one character a word stays no table.
_TABLE_CELL_OR_MARK = rf"(?:{_TABLE_CELL_OR_DASH}|[是否有无√×✓✗○●])"
# 东城区      1500      8      4: the cells may be apart by runs of spaces (a Word table saved as text pads each cell
# to its column) as well as by one: one paragraph a row, and the head row over it no line of the table's title.
TABLE_ROW = re.compile(rf"{_TABLE_CELL_OR_DASH}(?: +{_TABLE_CELL_OR_MARK}){{3,}}")
TABLE_ROW_MIN_SPACES = 3
# 县  泵站（座）  渠道（公里）  面积（万亩）: a table's head row may open with a one-character column head (区, 县, 市,
# 年) that TABLE_ROW's first cell does not take; right over a table's first row (reflow.head_rows) it is the head row
# all the same, not the rest of the caption over it, when three cells or more of two characters follow (a line spaced
# out one character a word has none such). (qa227)
TABLE_HEAD_ROW_ONE_CHAR_FIRST = re.compile(rf"[{HAN}] +{_TABLE_CELL_OR_DASH}(?: +{_TABLE_CELL_OR_MARK}){{2,}}")
TABLE_NUMBER_CELL = re.compile(r"(?:^| )\d")
# 第一章 发展基础 …………………… 1: an entry of a long document's table of contents, its page number after a
# leader of dots; the entries, and the 目录 line over them, are page furniture (not sections).
TOC_ENTRY = re.compile(r"\S.{0,60}?(?:…{2,}|[.·．・]{4,})\s*\d{1,4}$")
TOC_ENTRY_END = re.compile(r"\d")
# ……………… 4 at the end of a TOC_ENTRY: its leader and page number, which leave it to give the heading it names; a line
# of the text that repeats that heading is the heading, a line of its own (reflow.contents_named_headings, qa230).
TOC_LEADER_AND_PAGE = re.compile(r"\s*(?:…{2,}|[.·．・]{4,})\s*\d{1,4}$")
# 一、数据要素赋能县域特色产业的主要路径　　　　1: a contents entry set off from its page number by spaces alone, no
# leader (TOC_ENTRY asks for one): the page number past the gap, which leaves it to give the heading the text repeats
# under the 目录 line (units.repeated_heading_at, qa230).
TOC_SPACED_PAGE = re.compile(r"[ \t　]+\d{1,4}$")
# (Or a brief's list of the notes in its issue, 本期要目 / 本期目录 over their numbered titles: qa80.)
TOC_HEADING = re.compile(r"^(?:目\s*录|本期(?:要目|目录))$")
# 江川县人民政府 / 某某市发展和改革委员会: a government body issuing a document, named on a line of its
# own over the date on a plan's cover (a line of the title never ends so).
ISSUER_LINE = re.compile(rf"^[{CJK}]{{2,30}}(?:人民政府|委员会|办公室|办公厅|[局厅])$")

# ---- newspaper pages (running heads, digest bylines) ----
# 4 评论 2025年4月16日 星期三 / 2025年4月16日 星期三 第4版 要闻 / 7 2026年2月10日 星期二 理论周刊: a newspaper
# page's running head (page number, column, date and weekday; the column may come last), page furniture
# over the page's first title. The weekday tells it from a
# title that opens with a date; it starts with the page number or the date (LINE_OPENER_INITIAL and
# UNIT_MARK_INITIAL hold their first characters).
_PAGE_NUMBER = r"(?:第\s*\d{1,3}\s*版|[A-H]?\d{1,3})"
# A page number that says it is one (第4版, 02版, A3): it may stand for the weekday after a running head's date
# (光明日报 2025年8月14日 02版, qa19), where a bare number could be the time of day.
_MARKED_PAGE_NUMBER = r"(?:第\s*\d{1,3}\s*版|\d{1,3}\s*版|[A-H]\d{1,3})"
# The date and weekday (or a marked page number) of a running head, and what may follow them to the line's end.
# (A Taiwan paper counts the years of the Republic, 中华民国114年10月21日／星期二, and may set a slash before the weekday.)
_PAGE_HEAD_DATE = (rf"(?:\d{{4}}|中华民国\s*\d{{2,3}})\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*"
                   rf"(?:[/／]?\s*(?:星期|周)[一二三四五六日天](?:\s*{_PAGE_NUMBER})?|{_MARKED_PAGE_NUMBER})"
                   rf"(?:\s*[{CJK}]{{1,8}})?(?:\s*{_PAGE_NUMBER})?$")
# (qa44: the column's name may join two words with a middle dot, 3 社论·来论 2026年6月2日 星期二)
PAGE_HEAD_LINE = re.compile(rf"^(?:{_PAGE_NUMBER}\s*(?:[{CJK}]{{1,8}}(?:[·・][{CJK}]{{1,8}})?\s*)?)?{_PAGE_HEAD_DATE}")
# What every PAGE_HEAD_LINE holds (a substring test before the regex).
PAGE_HEAD_WORD = "日"
# （摘编自《经济日报》，作者：金观平） / （摘自《学习时报》 作者 李四）: the line that closes a piece of a digest
# page (观点集萃) names the publication it was taken from and its author: a byline set under the text. The
# issue's date may come before the title (摘编自11月26日《学习时报》), as 人民日报's digest pages print it.
DIGEST_BYLINE = re.compile(
    rf"^[（(]\s*(?:摘编自|摘自|节选自|选自|转载自|转自|原载于?|来源\s*[:：])\s*"
    rf"(?:(?:\d{{4}}\s*年\s*)?\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*)?《?([^《》（）()，,；;\s]{{2,20}}?)》?\s*"
    # (or the date or issue after the title: 《经济日报》2026年3月18日, 《人民论坛》2026年第5期 (qa15, session 9))
    rf"(?:\d{{4}}\s*年\s*(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|第\s*\d{{1,3}}\s*期)\s*)?"
    rf"[，,；;]?\s*(?:作者|撰文|文)\s*[:：]?\s*([{CJK}、 　]{{2,20}}?)\s*"
    # (a book excerpt's line names the book's publisher and edition after the author: （摘自《…》，作者：某某，某某出版社
    # 2026年版）, qa250)
    rf"(?:[，,]\s*[{CJK}]{{2,20}}(?:出版社|书局|出版公司)(?:\s*\d{{4}}\s*年\s*(?:\d{{1,2}}\s*月\s*)?(?:第\s*\d\s*)?版)?\s*)?"
    rf"[）)]$")
# Every character a DIGEST_BYLINE match can begin with (a cheap first test before it).
DIGEST_BYLINE_INITIALS = "（("
# The first characters of the bylines byline() accepts with a clause mark (，。) in them: a labelled byline
# (LABELLED_BYLINE) or a digest's (DIGEST_BYLINE), or a bulleted signature's (BULLETED_SIGNATURE, its bullets those of
# _BYLINE_BULLET, qa203). One scan of the lines' first characters finds them.
BYLINE_CLAUSE_INITIAL = re.compile(f"[{BYLINE_LABEL_INITIALS}{DIGEST_BYLINE_INITIALS}{_BYLINE_BULLET[1:_BYLINE_BULLET.index(']')]}]")

# ---- web pages saved as text with their HTML markup left in ----
# <p …>, </p>, <br>, <h1>, <div> …: tags that end a block on a web page. A run of them, with the
# spaces and newlines around (</p>\n<p>, <p>&nbsp;</p>), is one line break, so that a page saved with
# its markup reads as the one-paragraph-a-line text a page saved without it is.
HTML_BLOCK_BREAKS = re.compile(
    r"(?:\s*(?:<br\s*/?>|</?(?:p|div|h[1-6]|li|ul|ol|tr|table|tbody|thead|section|article|blockquote|center)"
    r"(?:\s[^<>]{0,200})?>))+\s*", re.I)
# | 地表水优良比例（%） | 95 | 96<br>（力争97） |: a line break inside a cell of a Markdown table (a portal's HTML table
# converted to Markdown keeps the cell's <br>). The row is one line whatever its cells hold: the break is a space
# between the cell's words (extract.without_html_markup), not a block break that cuts the row in two and leaves its
# bars in the text. A row is a line opening and ending with a bar.
MD_TABLE_ROW_WITH_BREAK = re.compile(r"^[ \t]*\|[^\n]*<br\s*/?>[^\n]*\|[ \t]*$", re.I | re.M)
MD_CELL_BREAK = re.compile(r"[ \t]*<br\s*/?>[ \t]*", re.I)
# <strong>, </span>, <a href=…>, <img …/>: inline tags, which leave the text (rule 7) and break no line.
HTML_INLINE_TAG = re.compile(
    r"</?(?:strong|b|em|i|u|span|font|a|img|sup|sub|td|th|small|big|label)(?:\s[^<>]{0,200})?/?>", re.I)
# &nbsp; &amp; &#12288; &#x3000;: character references, read as the characters they stand for.
HTML_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,7}|#\d{1,7}|#[xX][0-9A-Fa-f]{1,6});")
# 上一篇：关于…的通报 / 下一篇：没有了: a web page's links to the pages before and after it, which name
# those pages' titles, of any length (so no width limit, unlike the other WEB_CHROME lines). (A long report's web
# pages link its chapters so: 上一页：第二章 发展经济, qa275; a pager with no colon is PAGER_LINE's.)
PREV_NEXT_LINK = re.compile(r"^[上下]一[篇条页]\s*[:：]")
# 创历史新高[^1]。: a Markdown footnote's mark in the text, which leaves it (rule 7) before the
# punctuation beside it is read (the mark would hide the Chinese text the full stop follows).
MD_FOOTNOTE_MARK = re.compile(r"\[\^[^\]\s]{1,20}\](?![:：])")
# [^1]: 产业规模按…口径统计。: the footnote's own text, under the article: a note, not article text.
MD_FOOTNOTE_TEXT = re.compile(r"\[\^[^\]\s]{1,20}\][ \t]*[:：]")
# |---|:---:|: the rule under a Markdown table's head row, markup only (it leaves the text, rule 7).
MD_TABLE_RULE = re.compile(r"^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*\n?", re.M)
# | 整车产量(万辆) | 38.6 | 52.4 |: a row of a Markdown table, read as its cells apart by spaces (as a table
# extracted as lines has them).
MD_TABLE_PIPES = re.compile(r"[ \t]*\|[ \t]*")

# ---- theory-weekly pages extracted from PDF (letter-spaced titles) ----
# 以 高 水 平 对 外 开 放: a display title set letter-spaced, a gap after every character (PDF extraction
# keeps the tracking as spaces), unlike a column head's or slogan's gap between words (观点 聚集,
# 牢记嘱托 展现新风采), and without the clause punctuation of a letter-spaced line of text (算 力 、存 力).
# Such a line may be one of a title's two lines.
# (A plan's title may close its last line with a bracketed qualifier, 实 施 方 案（2026—2028年） or （ 2026 — 2028 年 ）:
# its digits come out joined, or the bracket is set solid, so the qualifier is read whole, not by characters, qa290.)
_SPACED_CHAR = r"[^\s，。、；！？,;]{1,2}"
_SPACED_LINE_QUALIFIER = r"(?:[ 　]*[（(][^（()）]{1,20}[）)])?"
LETTER_SPACED_LINE = re.compile(rf"^{_SPACED_CHAR}(?:[ 　]+{_SPACED_CHAR}){{3,}}{_SPACED_LINE_QUALIFIER}$")

# ---- qa1 (session 7): newspaper pages ----
# （下转第4版） / （上接第一版） / (转A3版) / （紧接第一版） (qa131): a note that an article goes on on another page of the
# paper.
# Page furniture, not text; (下转) it ends the part of the article printed here (articles.alternating_runs).
# The page a note refers to and the note's closing bracket: 第4版）, 第一版）, A3版) (shared by the notes below).
_PAGE_REF_CLOSE = rf"\s*第?\s*(?:[A-Z]?\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*版\s*[）)]"
CONTINUATION_NOTE = re.compile(rf"^[（(]\s*(?:下转|上接|紧接|转|接){_PAGE_REF_CLOSE}$")
# The first characters of a CONTINUATION_NOTE line (units.plain_unit tests them before the pattern).
CONTINUATION_NOTE_INITIALS = "（("
# 11月3日，市民在滨江公园健步。 本报记者 龚 鑫 摄: a photo caption that ends with its credit, a reporter
# (记者, 通讯员, with the outlet before) and the photographer's name before 摄, after the caption's last
# sentence; or the photographer's name alone, set apart by a space before 摄 (…群众。 陈静远 摄, …参观。 龙 涛 摄).
# (Text that merely ends with 摄, 拍摄, has no credit word and no space before it.) The line closes its
# block (reflow), and the block is a caption (units).
# The credit may part the name from 摄 by a slash and name a joint outlet (中青报·中青网记者 简 宁/摄, qa24 session 10).
# A name set letter-spaced may run into 摄 (…订单。 刘 畅摄, qa256): no sentence spaces its last words so.
_PHOTO_CREDIT = (rf"(?:[{CJK}·]{{0,10}}(?:记者|通讯员)[ 　]*[{CJK}](?:[ 　、]*[{CJK}]){{1,7}}[ 　]*[/／]?"
                 rf"|[{CJK}](?:[ 　]?[{CJK}]){{1,3}}(?:[ 　]+|[ 　]*[/／])|[{CJK}](?:[ 　][{CJK}]){{1,3}})摄$")
PHOTO_CREDIT = re.compile(rf"[。！？][ 　]*{_PHOTO_CREDIT}")
# 本报记者 严文彬 摄 / 陈静远 摄: the credit on a line of its own, under the caption's last line (qa14, session 9).
PHOTO_CREDIT_LINE = re.compile(rf"^{_PHOTO_CREDIT}")
# The last character of a PHOTO_CREDIT line, as a pattern (reflow scans the lines' last characters).
PHOTO_CREDIT_END = "摄"
PHOTO_CREDIT_LAST = re.compile(PHOTO_CREDIT_END)

# ---- qa3 (session 7) ----
# （1）补齐产地设施: an item numbered （1） on a heading line of its own is a measure like 1、顶层设计
# (the contract), not an unmarked section; the measure itself is found by INLINE_MARKERS' paren_arabic.
ITEM_PAREN_ARABIC = re.compile(r"^[（(]\d{1,2}[）)]\s*")
ITEM_PAREN_ARABIC_INITIALS = "（("
# The marks an item of a list (…予以制止；) or the lead over it (…下列场所：) ends with: a page break after one falls between
# two paragraphs when the next page opens with the next item's bracketed number (units.opens_next_item, qa231).
LIST_ITEM_CUT_ENDS = "；：;:"
# Every character an item heading line that plain_unit may meet begins with (ITEM_ORDINAL's, ITEM_PAREN_ARABIC's,
# ITEM_CIRCLED's, and ITEM_ARTICLE_BRACKETED's 【 and ITEM_LABELLED_INITIALS, qa27).
ITEM_HEADING_INITIALS = ITEM_ORDINAL_INITIALS + ITEM_PAREN_ARABIC_INITIALS + CIRCLED_DIGITS + "【建对举措路任"
# 企业开办时间为何越来越短？: a web explainer's subheading asks one short question on a line of its own
# (a line of dialogue is labelled, 问：… 记者：…; a paragraph that asks more has a clause mark).
QUESTION_HEADING = re.compile(r"^[^\s，。；：:、？！“”]{4,22}？$")

# ---- qa2 (session 7): theory pages and weeklies ----
# The characters SUBTITLE can begin with, as a character class: one scan of a page's first
# characters finds the few lines to try on SUBTITLE (reflow.subtitle_lines). (Escaped: an unescaped `-`
# between ─ and （ made the class a range over every Chinese character, so that every line was tried.)
SUBTITLE_INITIAL = re.compile(f"[{re.escape(SUBTITLE_INITIALS)}]")

# ---- qa4 (session 7): papers and government plans ----
# 孙立平1，郑雨桐2: a journal paper's author line may part its names with full-width commas, which rule
# out a line of prose from the byline scan; reflow tries such a line when its first comma comes no
# further in than a name with its mark (欧阳明远12) and it is no longer than six of them.
NAME_INITIAL = re.compile(f"[{SURNAMES}{''.join(sorted({s[0] for s in COMPOUND_SURNAMES}))}]")
# (A name's list of numbers may hold a space after each comma: 欧阳明远1, 2, nine characters, qa99.)
FIRST_NAME_MAX_CHARS = 9
COMMA_NAMES_MAX_CHARS = 36
# Such a line whole (bylines.commas_between_names): its first comma within FIRST_NAME_MAX_CHARS, no 。, at most
# COMMA_NAMES_MAX_CHARS long, and names only (NAME_LINE). One pattern, so that reflow tries the lines that open
# with a surname at C speed (a map of .match), not with a Python step a line. The comma test comes first: it
# fails within a few characters on most lines, where the length test would scan each line to its end.
COMMA_NAMES_LINE = re.compile(rf"(?=[^，]{{1,{FIRST_NAME_MAX_CHARS}}}，)(?=[^。]{{1,{COMMA_NAMES_MAX_CHARS}}}$){NAME_LINE.pattern}")

# ---- qa5 (session 7): op-eds and interviews ----
# ……才能真正便到群众心坎上。（江 帆）: a short commentary signed in brackets at the end of its last
# paragraph, after the sentence mark: the names only (an aside in brackets that names no person, （资料图片）,
# is no signature; bylines.byline reads the names).
# A news brief signed at its end names its reporters after their roles, as a dateline does (……票价统一为1元。
# （记者 苗 青 通讯员 简 书））: a role may lead each group of names (qa32, session 10).
_SIGNED_NAMES = rf"(?:(?:{_ROLES})[ 　]*)?{_NAMES}(?:[ 　]+(?:{_ROLES})[ 　]*{_NAMES}){{0,3}}"
TRAILING_SIGNATURE = re.compile(rf"(?<=[。！？”’」』])[（(]\s*({_SIGNED_NAMES})\s*[）)]$")
# The last character of a TRAILING_SIGNATURE paragraph (units.with_signatures tests it first; rule 4 makes a
# bracket after Chinese words full-width).
TRAILING_SIGNATURE_END = "）"
# 嘉宾简介 / 【人物简介】 / **受访者简介**: the label over an interview's box on its guest (or its writer); the
# box is the label and the one paragraph under it (units.with_profiles), neither a section nor text.
PROFILE_HEADING = re.compile(r"^[【\[]?\s*(?:嘉宾|人物|专家|受访者|受访嘉宾|受访专家|作者|主讲人|访谈对象)\s*(?:简介|介绍|名片)\s*[】\]]?\s*[:：]?$")
# The first characters of a PROFILE_HEADING line (a C-level prefix test picks the units to try).
PROFILE_HEADING_INITIALS = ("【", "[", "嘉", "人物", "专家", "受访", "作者", "主讲", "访谈")
# 专 家 简 介 / 嘉 宾 介 绍: the same label set letter-spaced, as a PDF page's box heading comes out (units.with_profiles
# reads it despaced; qa280). Its first characters, the spaced forms of PROFILE_HEADING_INITIALS' words.
SPACED_PROFILE_HEADING_INITIALS = ("嘉 宾", "人 物", "专 家", "受 访", "作 者", "主 讲", "访 谈")
# 人民网>>观点>>人民网评 / 新华网 » 时政 » 正文: a breadcrumb trail led by the site's name instead of 首页 or a
# 当前位置 label (BREADCRUMB_LINE): three steps or more, each a word without spaces.
# (自由评论网 ＞ 言论 ＞ 自由广场: a trail may be set with the full-width ＞, which rule 3 leaves full-width.)
# (东岭网 | 首页 > 观点 > 网评天下: the site's name may stand before the trail, parted from it by a bar, qa78.)
TRAIL_MARKS = (">", "»", "＞")
BREADCRUMB_TRAIL = re.compile(r"^(?:[^\s|｜>»›＞]{1,12}\s*[|｜]\s*)?[^\s>»›＞]{1,12}(?:\s*(?:>>?|»|›|＞)\s*[^\s>»›＞]{1,12}){2,}$")
# Where a bracketed aside at a line's end follows a sentence mark (……心坎上。（江 帆）): the
# characters that may stand right before its opening bracket (reflow.sentence_ends).
ASIDE_AFTER = frozenset("。！？”’」』")
ASIDE_MAX_CHARS = 20

# ---- qa7 (session 7): newspaper pages ----
# The first characters of an EDITOR_NOTE paragraph or label line (编者按：…, 【编者按】, 导读：…): a C-level
# prefix test before the pattern (articles.title_under_page_note).
EDITOR_NOTE_INITIALS = ("【", "[", "编者", "导读", "核心阅读", "阅读提示", "主持人")

# ---- qa6 (session 7): think-tank briefs, work reports, Hong Kong and Taiwan commentary ----
# 江北省社会科学院　　　2025年6月16日: a brief's masthead line naming its publisher, then after a gap the date
# (OUTLET_DATE_LINE with the gap): a line of its own, neither the rest of the issue line over it nor the
# start of the title under it. The gap tells it from a wrapped line of text that ends with a date.
# The issue's number may stand in the publisher's place (2025年第7期（总第39期）　　　2025年7月8日, qa12, session 8).
_BRIEF_ISSUE = r"(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*期(?:\s*[（(]\s*总第\s*\d{1,5}\s*期\s*[）)])?"
SPACED_OUTLET_DATE_LINE = re.compile(rf"^(?:(?:{_PUBLISHER_LABEL})?{_PUBLISHER_NAME}|{_BRIEF_ISSUE})[ \t]+{_DATETIME}$")
# The last character of such a line, as a pattern (reflow scans the lines' last characters).
# (0-9, not \d: a Unicode category costs more to test at every line end.)
DATE_LINE_LAST = re.compile("[日0-9]")
# （执笔：欧阳振宇　程佳） / （执笔人：王立新） / （撰稿：黎晓帆）: a brief's or a web page's note under its text naming
# who wrote it (an AUTHOR_NOTE). With no byline its names are the authors; under a 课题组's byline they are the
# group's writers, not the byline's authors (as a 课题组成员 note's members are not).
# (A policy interpretation names who explains it so, maybe after the office: （解读人：市发展改革委能源处 韦志刚）, qa49.)
WRITERS_NOTE = re.compile(rf"^[（(【\[]\s*(?:(?:执笔|撰稿)人?|撰文|解读人\s*[:：]\s*(?:[^（）()\s]{{2,30}}[ 　]+)?)\s*[:：]?\s*({_NAMES})\s*[）)】\]]$")
# 地区生产总值（亿元） 4286.5 5.6: a row of a table of three columns (a report's indicators: the name, then numbers),
# too few cells for TABLE_ROW. Its cells after the first are all numbers (or — for no data): two numbers apart by
# spaces end no line of text.
TABLE_NUMBERS_ROW = re.compile(r"[^\s，。；：！？,;:!?]{2,}(?: (?:[\d.%+\-]+|—)){2,}")
TABLE_NUMBERS_ROW_SPACES = 2
# The last characters of such a row (a first test before the pattern), as a string and as a pattern.
TABLE_NUMBERS_ROW_LAST = "0123456789.%+-—"
TABLE_NUMBERS_ROW_END = re.compile(f"[{re.escape(TABLE_NUMBERS_ROW_LAST)}]")

# ---- qa9 (session 8): bylines glued to a title ----
# The first characters of a title that open right where a glued name ends, whatever its first word: a
# quotation or a book title (马骁“第一种形态”…, 张三《…》…) cannot go on a name.
GLUED_TITLE_INITIALS = "“《"
# 学习时报 2026年1月12日 星期一 A3 / 观点 南方日报 2026年1月15日 星期四 A06: a running head that opens with the
# paper's name (maybe under its column's), then the date (PAGE_HEAD_LINE's other shape; reflow.is_page_head
# tries both). Its first character is any, so reflow tries it only where PAGE_HEAD_LINE is tried.
# (qa241: the column's name may follow the paper's instead, 南屏日报 理论·实践 2026年12月1日 星期二 7.)
OUTLET_PAGE_HEAD_LINE = re.compile(rf"^(?:[{CJK}]{{1,8}}\s+)?{OUTLET}(?:\s+[{CJK}]{{1,8}}(?:[·・][{CJK}]{{1,8}})?)?"
                                   rf"\s+{_PAGE_HEAD_DATE}")

# ---- qa10 (session 8) ----
# ① 做强冰雪装备制造 (in Markdown often bold, **① …**): an item numbered ① on a heading line of its own is a
# measure like （1）补齐产地设施, not an unmarked section; the measure is found by INLINE_MARKERS' circled.
ITEM_CIRCLED = re.compile(rf"^[{CIRCLED_DIGITS}]\s*")
# 01 / 夯实数据底座: a web or WeChat page's section number on a line of its own over the heading (the
# section's marker); at most this many digits (a year over a heading is no number of a section).
SECTION_NUMBER_LINE_MAX_CHARS = 2
# 原创 邵文杰 北岭党校 2025年09月12日 07:58 北岭: a WeChat article's head line (label, author, account; the date
# and time; the poster's region), fields apart by spaces: metadata under the title, no line of it. A page saved
# without the label and names keeps the date, time and region alone (2025年07月03日 18:30 江北), the news app's
# form says where it was posted from (2025-05-20 07:00 发表于湖南); both are tried only where a time of day is.
# 原创 文｜周某 某某发布 2026-09-12 20:05 发表于四川: the writer's field may name the role before the name, apart by a bar or
# a slash (as a byline's 文｜周某): the same head line, its writer the name after the role (qa279).
_WECHAT_WRITER_ROLE = r"(?:(?:文|作者|撰文|文字)[ \t]*[｜|/／][ \t]*)?"
WECHAT_HEAD_LINE = re.compile(rf"^(?:{_WECHAT_WRITER_ROLE}[{CJK}\w·]{{2,20}}[ \t]+){{0,4}}{_DATETIME}(?:[ \t]+(?:发表于)?[{CJK}]{{2,6}})?$")
# A time of day (07:58) at its colon: reflow tries WECHAT_HEAD_LINE only on the lines that hold one (the
# pattern opens with the literal, which the regex engine searches for at C speed).
CLOCK_TIME = re.compile(r":(?<=\d:)\d\d")
# 延伸阅读 / 【相关阅读】: the label of a box of further reading (WEB_CHROME); in Markdown a heading right
# under it titles another piece, not a section of the article before it (articles.markdown_layout).
READING_BOX_LABEL = re.compile(rf"^[【\[]?\s*(?:{_READING_BOX})\s*[】\]]?\s*[:：]?$")
# A sentence's full stop written half-width after a percentage, before Chinese text (增长6.8%.下一步), or at the line's
# end after a number that follows Chinese text (年均增长15%.): rule 4 makes it 。 (normalize._punctuation_run), as
# after Chinese text.
PERCENT_SIGNS = "%‰"
# The number before a percentage sign, to the sign (read backwards from the sign: NUMBER_BEFORE.search(line, 0, at)).
NUMBER_BEFORE = re.compile(r"\d(?:[\d.,]*\d)?\Z")
# A numeric citation, to its closing bracket (不足[1]. / 等问题[2-3]. / 40%[1].): a full stop after it, at the line's
# end or before Chinese text, ends a Chinese sentence where the citation follows Chinese text or a percentage.
# A numbered item, a date or a capitalised Latin word set in Chinese text that opens the next sentence, typed
# half-width after Chinese text (三项改革.1、推行…, 违法犯罪活动.7月以来…, （周文，2023）.2023年9月…, 仍不充分.CA机构…): the
# full stop before it is Chinese, unless the line is a reference entry (国家能源局.2024年全国电力市场交易情况[R].,
# DOCUMENT_TYPE_CODE), whose parts GB/T 7714 sets apart with '.'. (An English sentence after Chinese text, 中文.The
# rest, is no Latin word set in Chinese text: Chinese does not follow it.)
SENTENCE_OPENING = re.compile(rf"\d{{1,2}}、|\d{{1,4}}[年月日]|[A-Z][A-Za-z0-9]{{0,11}}(?=[{HAN}])")
DOCUMENT_TYPE_CODE = re.compile(r"\[(?:[JMCDNRSPZGA]|EB|DB|CP)(?:/OL)?\]")
CITATION_BEFORE = re.compile(r"\[\^?\d+(?:\s*[,，\-–—~、]\s*\d+)*\]\Z")

# ---- qa11 (session 8): government documents, papers and speeches ----
# 江宁省人力资源和社会保障厅　江宁省财政厅 / 关于…的实施意见: an official document's title wrapped over two lines,
# the issuing bodies over the 关于 line, which reflow joins into the document's first block.
WRAPPED_OFFICIAL_TITLE = re.compile(rf"^[^。；！？：:]{{2,40}}关于[^。；！？]{{2,80}}{OFFICIAL_TITLE_END}$")

# ---- qa13 (session 8): newspaper pages ----
# 江宁省委党校教授 宋一鸣 / 某某大学经济学院 张三 李四: a byline under a theory page's title that names the authors'
# institution (and their post) before them, the other way round from NAMES_INSTITUTION_LINE; the names are
# the authors. (BYLINE_WORD holds the institution's last word, so byline() is asked about such a line.)
_ACADEMIC_POST = r"(?:副?教授|(?:副|助理)?研究员|讲师|博士后?|(?:副)?(?:院长|所长|主任))"
INSTITUTION_NAMES_LINE = re.compile(rf"^{INSTITUTION}(?:[{CJK}]{{0,10}}?{_ACADEMIC_POST})?[ 　]+({_NAMES})$")

# ---- qa12 (session 8): op-eds, Hong Kong and Taiwan commentary, policy briefs ----
# 2025年第7期（总第39期）　　　2025年7月8日: a brief's issue number, then after a gap its date (a masthead line:
# no line of the title under it). Its first characters (a cheap test first): a year's digits or 第. (The issue
# may stand alone, its date on the publisher's line under it: 第9期 / 某某研究中心　2025年8月12日, qa27.)
ISSUE_DATE_LINE = re.compile(rf"^{_BRIEF_ISSUE}(?:[ \t]+{_DATETIME})?$")
ISSUE_LINE_INITIALS = "0123456789第"
# 2025年第7期（总第39期）2025年7月8日 / 第9期2026年6月18日: such a line once normalised (no space left between the issue's
# 期 or bracket and the date's digits), as the article's front matter gives it: its date is the brief's, the day the
# issue came out (bylines.published, qa274).
ISSUE_DATE_FIELDS_LINE = re.compile(rf"^{_BRIEF_ISSUE}\s*{_DATETIME}$")
# 第12期 / （总第156期）: a brief's cumulative issue number in brackets on a line of its own, under the year's issue
# (ISSUE_DATE_LINE's number wrapped before its bracket): masthead, no title (units.is_issue_line). Tried only on lines
# ending with a bracket and holding CUMULATIVE_ISSUE_WORD (qa257).
CUMULATIVE_ISSUE_LINE = re.compile(r"^[（(]\s*总第\s*\d{1,5}\s*[期号]\s*[）)]$")
# ● 东川市现有闲置厂房约1,260万平方米…: the bullet of a list's items (a brief's 要点 box). PULL_QUOTE takes it for a
# pull quote's box; two or more such blocks in a row are a list (units.with_bullet_lists).
LIST_BULLETS = "●"
# 新华社北京6月8日电　题：让政策红利更多惠及县乡消费者: a wire agency's commentary gives its title after the dateline,
# on one line; the title is what follows 题：.
DATELINE_TITLE = re.compile(r"^[^。，；：:]{2,30}?电\s*题\s*[:：]\s*(\S.*)$")
# 2025-06-11 00:12 联合报／ 黄柏翰（台中市／医师）: a Taiwan paper's opinion page names the outlet, a slash and the
# writer (maybe with the writer's town and trade in brackets), after the time it was posted.
FULL_WIDTH_SLASH = "／"
# (The paper's editorial is signed 社论 in the writer's place: 联合报／ 社论, a byline naming no one, bylines.is_editorial_voice.)
OUTLET_SLASH_BYLINE = re.compile(rf"^(?:{_DATETIME}\s*)?({OUTLET})\s*[/／]\s*({_NAMES}|社论)\s*(?:[（(][^（）()]{{1,30}}[）)])?$")

# ---- qa14 (session 9): newspaper pages ----
# 本报讯（记者 程 昊 通讯员 陶 然）5月18日，… / 本报北京5月18日电（记者 张三）…: a news item's dateline names its
# reporters at the head of its first paragraph, under the item's title: the item's byline, which parts it from the
# article before on a page of several (units.with_datelines). Its first characters (a cheap test first): 本报, 本刊,
# and 〔 for a dateline that is a byline in brackets (〔记者林彦彤／台北报导〕, _BRACKET_DATELINE_HEAD).
NEWS_DATELINE_PREFIXES = ("本报", "本刊", "〔", "【记者", "【 记者", "新华社")
NEWS_DATELINE = re.compile(rf"^(?:{_NEWS_DATELINE_HEAD}\s*[（(]|(?={_BRACKET_DATELINE_HEAD})[〔【])([^（）()〔〕【】]{{2,40}})[）)〕】]\s*")

# ---- qa16 (session 9): Markdown interviews and notes, web and WeChat articles ----
# 联系单位：… / 联系电话：0579-… / 政策咨询电话：… / 传真：…: a contact field at the end of a government page's
# article: a line of its text (short and unpunctuated like a heading, but no title or section heading). (Not
# one in brackets: （联系单位：…） under an official document's signature is a publication note.)
CONTACT_LINE = re.compile(rf"^[{CJK}]{{0,4}}?(?:(?:联系|咨询|投诉|举报|服务)(?:单位|人|电话|热线|方式|地址|邮箱)|电话|传真|邮箱|电子邮箱|邮编)\s*[:：]")
# 推荐阅读 / 相关推荐 / 【相关阅读】: the label over a list of links to other pages (units.with_link_lists): the labels of
# boxes of further reading, and those that only ever head links.
# (And 相关文件： / 相关政策： over the titles of other documents under a government page's article, qa49; 相关新闻： /
# 相关报道： over a news site's links, qa83; 相关稿件 over a government portal's, qa291.)
LINK_LIST_LABEL = re.compile(rf"^[【\[]?\s*(?:{_READING_BOX}|相关推荐|相关文章|相关稿件|相关文件|相关政策|相关新闻|相关报道|{_WECHAT_PAST})\s*[】\]]?\s*[:：]?$")
# 本报记者 / 本刊记者 / 本网记者: a byline's outlet that only says "this paper": no publication's name, so a source the
# front matter or a 来源： line names is the article's (segment.ArticleBuilder); it is kept only when none is.
SELF_OUTLETS = frozenset({"本报", "本刊", "本网", "本台", "本站"})
# **作者:** 韦嘉 蔡一鸣 / **执笔：** …: a bold label naming the article's writers is its byline, not an interview
# turn (SPEAKER_TURN) of someone called 作者.
BYLINE_LABELS = frozenset({"作者", "执笔", "执笔人", "撰文", "撰稿", "文", "文字", "采写", "解读人"})

# ---- qa17 (session 9): papers and plans ----
# * 国立暨南国际大学公共行政与政策学系副教授。: the footnote a star of a paper's author line (林怡君*、陈柏宏**) points to,
# set a few lines under the byline (after the abstract and keywords, at the first page's foot); one, two or three
# stars, then the author's post. STARRED_NOTE_REACH: how many units after the byline are looked at.
STARRED_NOTE_LINE = re.compile(r"^[*＊]{1,3}\s*[^*＊]{2,120}$")
STARRED_NOTE_REACH = 8
# An entry of a reference list that has no number (units.with_notes): by author and year, 林敬凯（2020）。… (APA, as
# Taiwan's journals cite), or with its document-type code, 郭峰，王靖一.测度…[J].经济学（季刊），2020 (GB/T 7714).
# (A line with no Chinese under the list, an English reference or the paper's English title and abstract
# printed after it, is end matter too: HAN_CHAR.)
# Also the author, then the year between commas (魏后凯，2023，《…》，北京：…, as sociology journals set it), or the
# author, a colon and the work's title in brackets (杨东、王睿：〈论…〉，《法学评论》…, as law journals set it). (qa43)
# A two-character name may come out of the PDF letter-spaced (李建国、周 敏、何晓峰（2022）。…, qa278): a lone space
# between two Chinese characters is no gap in the authors.
REFERENCE_ENTRY = re.compile(rf"^(?:[^。\s]|(?<=[{CJK}]) (?=[{CJK}])){{2,40}}?[（(]\d{{4}}[a-z]?[）)]"
                             r"|\[(?:J|M|C|D|N|R|S|P|Z|EB/OL)\]"
                             r"|^[^。，\s]{2,20}[，,]\s*\d{4}[a-z]?[，,]|^[^。，：\s]{2,20}[:：]\s*[〈《]")

# ---- qa18 (session 9): titles a little short of their column ----
# （作者系…）, 【…】: the brackets a note or a boxed label opens with; a line that opens with one is no title over
# its text, however short of its column (reflow.titles_over_text).
NOTE_OPENERS = "（(【["

# ---- qa19 (session 9): op-eds and commentaries ----
# 【光明时评】让…… / 民意论坛／缺工潮下…… / 权威解答｜……: a commentary's title led by the name of its column, in
# lenticular brackets or before a slash or bar; the column names the series, not the piece, so the title is what
# follows (segment.untitled_column). Only a short run of Chinese characters is a column's name (5G/6G, 中美/中欧 set a
# half-width slash and are no label), and the title must go on after it. Taiwan's papers close the column's name with a
# book-title mark (时论广场》打炒房之余…): a 》 with no 《 before it, so no book's title (解读《条例》…) reads as one.
# Hong Kong's papers set the label in full-width square brackets (［评论］发展银发经济…).
TITLE_COLUMN = re.compile(rf"^(?:[【［]\s*([{CJK}]{{2,10}})\s*[】］]|([{CJK}]{{2,8}})\s*[／｜|丨》])\s*(?=\S{{4}})")
# The first characters of a title that may lead with its column's name (a cheap test before TITLE_COLUMN).
TITLE_COLUMN_MARKS = ("【", "［", "／", "｜", "|", "丨", "》")
# 本报评论员 / 本刊特约评论员: a paper's editorials signed by "this paper's commentator" (a SELF_OUTLETS word before it),
# or 新京报社论, "the paper's editorial": a byline, but no one's name (bylines.is_editorial_voice).
COMMENTATOR = "评论员"
EDITORIAL = "社论"
# ■ 卢启贤　全国政协委员、香港航空业协会会长: a Hong Kong paper's commentary names its writer, then after a space the
# writer's public posts (POSTS, not an institution: NAMES_INSTITUTION_LINE); the names are the authors. The line ends
# with a post (POST_ENDS, a cheap test before the pattern).
NAMES_POSTS_LINE = re.compile(rf"^({_NAMES})[ 　]+{POSTS}$")

# ---- qa20 (session 9): Traditional newspaper pages, roundtable transcripts ----
# 财经焦点　中华民国114年10月21日／星期二: a running head that opens with its column's name, then the date and weekday
# (PAGE_HEAD_LINE's third shape). Its first character is any, so reflow finds it by its last, a weekday's
# (PAGE_HEAD_LAST), and a substring test (PAGE_HEAD_WORD) before the pattern.
# (qa88: the column's name may join two words with a middle dot, 民生·观点 2026年11月23日 星期一 第 5 版, and the
# marked page number may come before a date that ends the line, 经济周刊 第 12 版 2026年11月22日; 版 then ends it.)
COLUMN_PAGE_HEAD_LINE = re.compile(rf"^[{CJK}]{{2,8}}(?:[·・][{CJK}]{{1,8}})?\s*"
                                   rf"(?:{_PAGE_HEAD_DATE}|{_MARKED_PAGE_NUMBER}\s*\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日$)")
PAGE_HEAD_LAST = re.compile("[一二三四五六日天版]")
# （纪录整理：郑雅文、李承翰） / 整理：郑雅文: a transcript names who wrote it up under a label of its own, maybe in
# brackets under the text: the article's byline (a roundtable's speakers are not its authors). (Tried on a line that
# holds 整理, a substring test.)
TRANSCRIBER_BYLINE = re.compile(rf"^[（(]?\s*(?:记录|纪录|文字)?整理\s*[:：]\s*({_NAMES})\s*[）)]?$")
# 与谈人： / 出席嘉宾 / 与会嘉宾：: the label over a roundtable's list of guests, one a line (陈秀玲　某协会理事长), under
# its title: the list is a box on the guests (units.with_guest_lists), not headings, nor the article's text. The
# labels' first characters (a cheap test before the pattern): GUEST_LIST_LABEL_INITIALS. (Or a bare 嘉宾 label,
# maybe 本期/对话…嘉宾, over the names: **嘉宾**: in a Markdown roundtable. qa30, session 10)
# (And 座谈会出席者 / 出席者 / 与会者: the label in Taiwan's and Hong Kong's papers (出席者, 與會者), over 主持人：…（…）
# and 与谈人：… lines, qa60.)
_GUEST_LIST_LABELS = (r"(?:与谈人|对话人|对谈人|与谈嘉宾|与谈专家|出席嘉宾|与会嘉宾|与会专家|座谈嘉宾|出席人员|(?:本期|受访|访谈|对话|特邀|做客)?嘉宾"
                      r"|(?:座谈会?|论坛|本期)?(?:出席者|与会者))")
GUEST_LIST_LABEL = re.compile(rf"^{_GUEST_LIST_LABELS}\s*[:：]?$")
GUEST_LIST_LABEL_INITIALS: tuple[str, ...] = ("与", "出", "座", "嘉", "本期", "受访", "访谈", "对话", "对谈", "特邀", "做客")
# （中央社记者张雅婷台北20日电）: a wire agency's dateline at the head of a news item's first paragraph names the reporter
# between 记者 and the place it was filed from (two to four characters) and the day: the item's byline, as
# NEWS_DATELINE's (units.with_datelines; group 1 is what bylines.byline reads). Its first characters: WIRE_DATELINE_PREFIXES.
WIRE_DATELINE = re.compile(rf"^[（(][{CJK}]{{1,6}}社(记者{PERSON_NAME})(?=[{CJK}]{{2,4}}\d{{1,2}}日电)[^（）()]{{3,12}}[）)]\s*")
WIRE_DATELINE_PREFIXES = ("（", "(")
# 受访者简介：许文龙，某大学教授，曾任…… / **嘉宾介绍：** …: the box on an interview's guest set as one labelled paragraph
# (PROFILE_HEADING's label with the text after it): not the interview's text. (Not 作者简介：, a paper's front matter.)
PROFILE_LINE = re.compile(r"^[【\[]?\s*(?:嘉宾|人物|专家|受访者|受访嘉宾|受访专家|主讲人|访谈对象)\s*(?:简介|介绍|名片)\s*[】\]]?\s*[:：]\s*\S")

# ---- qa23 (session 9): Markdown interviews and briefs ----
# ## 关于公开征集…意见建议的公告: a Markdown heading that names an official document (its issuing body may
# stand before 关于); under an article's closing credit it titles a notice of its own (articles.markdown_layout).
OFFICIAL_TITLE_HEADING = re.compile(rf"^(?:[^。；！？：:]{{2,40}})?关于[^。；！？]{{2,80}}{OFFICIAL_TITLE_END}$")

# ---- qa22 (session 9) ----
# （作者：邱文静　责任编辑：杜宇航）: a government web page closes its text with its credit fields in brackets, an
# AUTHOR_NOTE in form that names the author as a field and the page's editor after it: a byline under the text
# (group 1, read by bylines.byline), not a note to keep in it. (The author field ends at a space or a mark before
# the next label. A digest's piece may close with its source after the author, who may be named with a post:
# （作者：华东政法大学教授 曹 岚 来源：《法学研究》）. qa25, session 10)
CREDITS_NOTE = re.compile(r"^[（(]\s*作者\s*[:：]\s*([^:：（）()]{2,30}?)[ 　，,;；|｜]*"
                          r"(?:责任编辑|编辑|责编|来源|出处)\s*[:：][^（）()]*[）)]$")

# ---- qa25 (session 10): theory pages ----
# （摘自《人民论坛》2026年第5期） / （资料来源：新华网）: an AUTHOR_NOTE that names only where the piece was taken
# from (group 1: the publication): a line of credit under the text, like DIGEST_BYLINE's, not text of the piece.
SOURCE_NOTE = re.compile(r"^[（(]\s*(?:摘自|摘编自|节选自|转载自|原载于?|资料来源\s*[:：])\s*《?([^《》（）()，,；;\s]{2,20}?)》?"
                         r"[^（）()]*[）)]$")

# ---- qa24 (session 10): newspaper pages ----
# 2 要闻 / 07 思想者: a newspaper page's number and name on a line of their own beside its running head (人民日报
# 2026年8月14日 星期五): furniture, though in form a paper's decimal heading (2 方法), which is why only a line next to
# a running head is tried (units.with_page_labels).
PAGE_LABEL_LINE = re.compile(rf"^\d{{1,2}}\s*[{CJK}·]{{2,6}}$")
# （闻 溪）: a short commentary's signature on a line of its own under its last paragraph (TRAILING_SIGNATURE set
# apart): the names only; units.with_signatures tries the short lines that end with ） and follow a paragraph.
SIGNATURE_LINE = re.compile(rf"^[（(]\s*({_SIGNED_NAMES})\s*[）)]$")
# 9月27日，江宁大学举办秋季双选会，毕业生在展位前咨询。: a news photo's caption opens with the day it was taken;
# a short block so opened right over a credit line (本报记者 严文彬 摄) is the caption (units.with_caption_text). The
# day may name its time (3月15日晚，… / 3月15日上午，…, qa143).
CAPTION_DATE_OPENING = re.compile(r"^\d{1,2}月\d{1,2}日(?:上午|中午|下午|傍晚|晚间|晚上|夜间|凌晨|清晨|早晨|早|晚|夜)?[，,]")

# ---- qa26 (session 10): papers in Traditional script, Markdown interviews ----
# The first character of a paper's English title (a capital letter), set on a line of its own under the
# Chinese title (reflow.latin_lines_under_chinese).
LATIN_CAPITAL = re.compile("[A-Z]")
# 香港城市大学公共及国际事务学系助理教授: a Hong Kong or Taiwan journal sets the author's institution and post, unbracketed,
# on the line under the name; an affiliation like AFFILIATION_LINE's (units.with_affiliations).
POST_AFFILIATION_LINE = re.compile(rf"^{INSTITUTION}[{CJK}]{{0,20}}?{_ACADEMIC_POST}$")
# 电邮：someone@example.edu.hk: the author's e-mail address under the affiliation (units.with_affiliations).
AUTHOR_EMAIL_LINE = re.compile(r"^(?:电邮|电子邮箱|邮箱|E-?mail)\s*[:：]\s*\S+@\S+$", re.IGNORECASE)
# 记者：秦朗 编辑：韩梅 审核：周正: the credits after a byline on a WeChat or news app page, each role a field of its own
# after a space; the fields from the first editor's or checker's on name no author (bylines.without_credit_fields).
# The role may be set off by a slash as the writer's is (文 / 温某　编辑 / 苏某, qa228).
CREDIT_FIELDS = re.compile(r"[ 　]+(?:责任编辑|编辑|责编|审核|审校|校对|终审|初审|复审|美编|排版|监制|统筹)\s*[:：|｜/／]")
# 2019 1286 92.3 90.1: a row of a table whose first column is a year or a number too, all its cells numbers (TABLE_ROW's
# cells without Han text: reflow.is_table_row takes it as a row, where a row of Latin words is an English reference).
# (Counts may be grouped by thousands, 2020 15,000 7,800 22,800, qa37.)
_NUMBER_CELL = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?%?|[\d.%]+)"
# 2010—2014 96 38.6 50.0: the first cell may be a span of years (a period's row, qa50).
_NUMBER_OR_SPAN_CELL = rf"(?:\d{{4}}[—–~～-]\d{{2,4}}|{_NUMBER_CELL})"
NUMBERS_ONLY_ROW = re.compile(rf"{_NUMBER_OR_SPAN_CELL}(?: {_NUMBER_CELL}){{3,}}")

# ---- qa27 (session 10): web articles, government and think-tank pages ----
# The last characters of an OUTLET_DATE_LINE (a cheap test before the pattern): a time's digit (国研网 2024年9月3日
# 10:20) or the date's 日 (西川省社会科学院　2025年11月5日, a brief's masthead line with its title right under it).
OUTLET_DATE_LAST = "日0123456789"
# 【第一条】降低创业场地成本: a web page's article of a 若干措施 set in brackets, on a heading line of its own or
# opening its paragraph: an item like 第一条 (ITEM_ARTICLE, the same groups), not a bracketed section heading.
ITEM_ARTICLE_BRACKETED = re.compile(rf"^(【第([{CN_NUM}]+)条】)\s*")
# The first characters of ITEM_ARTICLE and ITEM_ARTICLE_BRACKETED: a paragraph that starts with neither makes no call.
ITEM_ARTICLE_INITIALS = "第【"
# 核心观点 / 【核心阅读】 / 要点: the label of a box of an article's key points, on a line of its own between the
# title (or byline) and the text: never a line of the title over it, though as short and unmarked. Over ◆ or ■
# lines (pull quotes) it is page furniture like the box (units.with_key_points_labels, qa25); over text, as in a
# brief, the box's section heading (units.plain_unit, qa27). (内容提要 alone is an ABSTRACT_LINE.) Its first
# characters: KEY_POINTS_LABEL_INITIALS (a cheap test first).
KEY_POINTS_LABEL = re.compile(r"^[【\[]?\s*(?:核心观点|核心阅读|核心提示|主要观点|观点提要|要点提示|本期要点|要点)\s*[】\]]?$")
KEY_POINTS_LABEL_INITIALS = "【[核主观要本"
# 建议一：扩大补偿覆盖范围。… / 对策2：…: a brief's recommendation numbered after its label, opening its paragraph or
# on a heading line of its own: an item of the brief's list of measures (measures.leading_marker, units.item_heading;
# group 2 the numeral). Its first characters: ITEM_LABELLED_INITIALS (a cheap test first; in ITEM_HEADING_INITIALS).
ITEM_LABELLED = re.compile(rf"^((?:建议|对策|举措|措施|路径|任务)([{CN_NUM}]{{1,3}}|\d{{1,2}})\s*[：:])\s*")
ITEM_LABELLED_INITIALS = "建对举措路任"

# ---- qa28 (session 10): op-eds and commentaries ----
# （一）织密回收网络。推动…: the marks that end the lead of a run-in item inside its paragraph's first line
# (reflow.opens_run_in_item).
RUN_IN_LEAD_ENDS = ("。", "！", "？")
# （三）提升 / 产业链韧性。围绕…: an item's marker and the first words of its run-in lead alone on a line, cut there (a bold
# lead run set apart by the extraction): a few characters, no punctuation (reflow.cuts_run_in_lead, qa272).
CUT_LEAD_FRAGMENT = re.compile(rf"[{CJK}]{{1,6}}")
CUT_LEAD_MAX_CHARS = 12          # (the longest marker, ITEM_OPENING_LINE's, with those few characters)
# … and the lead's rest on the line under it, up to the mark that ends it: no clause inside (a lead holds none).
CUT_LEAD_REST = re.compile(r"[^，。！？；：、,;:]{1,14}[。！？]")
# 稳外资系列评论之三 / 学习贯彻全会精神系列评论③ / 经济形势述评之二: a kicker over a commentary's title that numbers
# the piece in its paper's series (a series' name, then 系列评论/系列谈/述评…, then the number; a bare 评论 or 述评
# must be numbered): the kicker, not a line of the title, however wide it is (articles.title_split).
_SERIES_NUMBER = rf"(?:之[{CN_NUM}]+|[{CIRCLED_DIGITS}]|[（(][{CN_NUM}\d]+[）)])"
SERIES_KICKER = re.compile(rf"^[{CJK}“”·]{{2,24}}?(?:系列(?:评论|述评|时评|谈){_SERIES_NUMBER}?|(?:评论|述评){_SERIES_NUMBER})$")
# 一、尽快完善法规框架。现行《小型无人机令》…: a paragraph that opens with 一、 and a run-in lead (a short clause that
# ends a sentence, the item's text after it) is an item, like （一）lead。body; a heading line 一、总体要求 is a unit of
# its own, never such a paragraph (measures.leading_marker).
ITEM_CN_RUN_IN = re.compile(rf"^([{CN_NUM}]{{1,3}})、\s*(?=[^。！？]{{2,40}}[。！？].)")

# ---- qa30 (session 10): Markdown roundtables ----
# **嘉宾**： / 与谈人：: GUEST_LIST_LABEL as a line of the page before markup leaves it (bold around the label, the colon
# or both), found by one search of the page's text (reflow.guest_list_lines) where it holds a GUEST_LIST_LABEL_HINTS word.
GUEST_LIST_LABEL_LINE = re.compile(rf"^\**{_GUEST_LIST_LABELS}\**\s*[:：]?\**$", re.MULTILINE)
# Every label of GUEST_LIST_LABEL holds one of these (substring tests, at C speed, before the search).
GUEST_LIST_LABEL_HINTS: tuple[str, ...] = ("嘉宾", "与谈", "与会专家", "出席人员", "对话人", "对谈人")

# ---- qa32 (session 10): news briefs on a page of signed articles ----
# 本报讯 东川市日前… / 【本报讯】卫生署昨日公布… / 本报南陵11月2日讯 记者从…: a news item's dateline that names no
# reporter (NEWS_DATELINE names them). It opens the item's first paragraph all the same, right under the item's
# title, and parts the item from the article before it like a byline would (units.with_datelines); it is no text.
UNSIGNED_DATELINE = re.compile(rf"^(?:【\s*{_NEWS_DATELINE_HEAD}\s*】|{_NEWS_DATELINE_HEAD}[ 　])\s*")
# The first characters of an UNSIGNED_DATELINE in lenticular brackets (the others open with NEWS_DATELINE_PREFIXES).
UNSIGNED_DATELINE_PREFIXES = ("【本报", "【本刊")

# ---- qa31 (session 10): plans and regulations (PDF running heads, list leads, boxes) ----
# The colon that ends a list's lead-in (利用下列土地建设公共停车场的，可以 / 按照规定办理临时用地手续： / （一）…): a
# short line ending so under a full line, over the list's first item, goes on with the full line's sentence.
LIST_LEAD_ENDS = "：:"
# 专栏　全域旅游重点项目 / 专栏2 …: the label of a plan's box; the bulleted blocks right under it (■ 湖滨风光带贯通工程：…)
# are the box's items, not pull quotes (units.box_items).
BOX_LABEL_PREFIX = "专栏"
# The bullets of such items (PULL_QUOTE's boxes).
BOX_ITEM_BULLETS = "■□◆●"

# 某某规划纲要（节选）: the excerpt mark a cover's title ends with, which the running head over its pages leaves out
# (reflow.title_head_forms; its cheap test: the line ends with a closing bracket) (qa243).
EXCERPT_MARK_END = re.compile(r"[（(](?:节选|摘编|摘要|摘登)[）)]$")
EXCERPT_MARK_CLOSERS = ("）", ")")

# ---- qa33 (session 10): Traditional-script journal papers ----
# 李明华等：长三角城市群科技创新协同发展的空间格局与推进机制: a journal's running head over an odd page, the first
# author's name, 等 and the paper's title, extracted between two paragraphs: page furniture, not a heading
# (units.plain_unit). Its cheap test first: RUNNING_HEAD_MARK in the line's first characters.
RUNNING_HEAD_MARK = "等"
RUNNING_HEAD_AUTHORS = re.compile(rf"^[{CJK}]{{2,4}}等\s*[:：]\s*[^。！？；]{{4,60}}$")
# The first characters of a keywords label alone on its line (KEYWORDS_LINE), which reads as a name (关键词: 关 is a
# surname): bylines.byline rules it out by them first.
KEYWORDS_LABEL_INITIALS = "关【[［"
# 《公共管理与政策评论》2024年第2期 / 政策研究报告｜2025年第6期: a journal's (or a report series') name and the issue,
# a masthead line over the title: a block of its own (reflow.issue_masthead_lines) and no title (units.is_issue_line).
# Only lines that end with ISSUE_LINE_LAST (one scan of the last characters) are tried.
ISSUE_MASTHEAD_LINE = re.compile(rf"^(?:《[^》]{{2,24}}》|[{CJK}]{{2,16}}\s*[｜|])\s*{_BRIEF_ISSUE}$")
ISSUE_LINE_LAST = re.compile("期")

# ---- qa34 (session 10): a byline with its paper glued to the next title ----
# 韩立新 中华工商时报让湿地公园…: the paper a name is signed with, run into the title after it
# (articles.glued_byline). OUTLET's shape with the shortest name, so the outlet ends at its first 报/社/网
# and no word of the title (社区, 网络) is taken into it.
# 林 泉 本报记者外贸企业…: a byline whose role follows the names (NAMES_THEN_ROLE_BYLINE) run into the next title in the
# same way: the role ends the byline (articles.glued_outlet_byline, qa271).
GLUED_TRAILING_ROLE = re.compile("(?:本报|本刊|本网)?(?:特约)?(?:记者|通讯员)")
GLUED_OUTLET = re.compile(rf"[{CJK}]{{1,10}}?(?:日报|晚报|早报|时报|报|新闻社|通讯社|社|网|杂志|周刊|电视台|客户端)")

# ---- qa qa37 (session 11): Traditional-script papers, Hong Kong and Taiwan commentary ----
# 香港社会科学学报 第62期（2025年春/夏季） 页88-112 / 香港社会科学学报 第62期: a journal's name set without 《》 and apart
# from its issue by a space, the issue maybe followed by its season or year in brackets and by the pages the paper
# takes: the masthead line over the title, or the running head of a later page amid the text. ISSUE_MASTHEAD_LINE's
# other shape: a block of its own (reflow.issue_masthead_lines), no title and no heading (units.is_issue_line). The
# name ends with a word periodicals are named with, so a heading that ends with a number of 期 is not one.
# (And a report series' name: 研究报告 2025年第18期（总第226期）, 决策参考 第9期, qa41.)
_PERIODICAL_WORD = "学报|学刊|期刊|杂志|评论|研究|月刊|季刊|丛刊|论丛|论坛|通讯|汇刊|报告|简报|参考|要报|专报"
_PAGE_RANGE = r"(?:页|第)\s*\d{1,4}\s*[-–—~至]\s*\d{1,4}\s*页?|pp?\.\s*\d{1,4}\s*[-–]\s*\d{1,4}"
# 公共治理季刊　第13卷第2期　2025年6月　页41-68: a Taiwan journal's masthead gives the issue's year and month after the
# issue, set apart by a space and not bracketed as 香港社会科学学报 第62期（2025年春/夏季） does: the line may
# carry such a date before the pages (reflow.is_spaced_masthead; a block of its own, never the title's line).
_SPACED_ISSUE_DATE = r"[ \t]+\d{4}\s*年(?:\s*\d{1,2}\s*月)?"
# (The series' name may follow its publisher's, maybe letter-spaced, after a gap: 智 经 研 究 中 心    政策评论 2025 年第 4 期, qa81.)
SPACED_MASTHEAD_LINE = re.compile(rf"^(?:[{CJK}](?: [{CJK}]){{2,15}}[ \t]+|[{CJK}]{{2,16}}[ \t]+)?"
                                  rf"[{CJK}]{{2,16}}?(?:{_PERIODICAL_WORD})[ \t]+(?:\d{{4}}\s*年\s*)?(?:第\s*\d{{1,4}}\s*卷\s*)?"
                                  rf"第\s*\d{{1,4}}\s*期(?:\s*[（(][^（）()]{{2,16}}[）)]|{_SPACED_ISSUE_DATE})?"
                                  rf"(?:[ \t]*(?:{_PAGE_RANGE}))?$")
# Its last characters (a cheap test first, with 期 in the line): the issue's 期, the aside's bracket, the page range's.
SPACED_MASTHEAD_LAST = re.compile("[期）)页0-9]")
# 不用抽 不用抢 现在用APP看新闻 保证天天中奖 点我下载APP 按我看活动办法: a news site's prompt to install its app, short
# phrases apart by spaces, pasted amid an op-ed's paragraphs: page chrome (units.plain_unit), never a section heading.
# Only lines with APP_PROMO_WORD (a substring test) are tried.
APP_PROMO_WORD = "APP"
APP_PROMO_LINE = re.compile(r"^(?=.*(?:下载|用|打开|开启)\s*APP)(?:[^\s。！？，]{2,16}[ \t　]+){2,}[^\s。！？，]{2,16}$", re.IGNORECASE)

# ---- qa35 (session 11): newspaper pages (dense stretches, jump heads, column labels) ----
# （上接第1版） / （接第一版） / （紧接第一版）: a CONTINUATION_NOTE saying that the article comes from another page. Unlike （下转第4版）, it
# closes nothing: it stands under the article's title repeated over the part printed here (a jump head), and the
# text under it goes on under that title (articles.alternating_runs).
CONTINUED_FROM = re.compile(r"^[（(]\s*(?:上接|紧接|接)")
# The labels a newspaper sets over a group of short news items (简讯 over news in brief): words that read as a name
# (简, 时, 要 are surnames) but alone on their line name no author (bylines.byline), not even of an unsigned article
# above them. (A commentary's label, 时评 or 来论, stays a name-like line: articles.py reads it as the next piece's
# column label from where it stands.) A letters column's 来信 over a reader's letter (来 is a surname) is such a label
# too: the letter is signed at its end (qa277).
NEWS_LABEL_WORDS = frozenset({"简讯", "时讯", "简报", "要讯", "要览", "来信"})
# 简 讯 / 简　讯: such a label letter-spaced over a column (a PDF page sets it so) is as long as this at most; without its
# spaces it is still the label, not a name 简讯 (qa281).
NEWS_LABEL_SPACED_MAX = 4
# 图为…: how a photo's caption opens (CAPTION's last shape); a line that opens so and stops mid-sentence, over the line
# that ends the caption with its credit (PHOTO_CREDIT), is the caption's first line (units.wraps_into_caption).
CAPTION_OPENING = "图为"

# ---- qa38 (session 11): plans' duty lines ----
# 责任单位：市民政局，各县（市、区）人民政府 / 牵头单位：… / 完成时限：2025年底前: a plan's field naming who carries out a
# task (or by when), on a line of its own under the task: a line of its text, short and unpunctuated like a heading
# but no title or section heading (units.plain_unit, as CONTACT_LINE).
DUTY_FIELD_LINE = re.compile(r"^[（(]?\s*(?:(?:责任|牵头|配合|参与|主责|协办|实施)(?:单位|部门|主体)|(?:完成|办结)(?:时限|时间)|时间节点)\s*[:：]")

# ---- qa38 (session 11): a government document's attachments printed after it ----
# 附件1 / 附件 2 / 附件：: the label alone on its line over an attachment printed after the document (its title, then
# its text or table): the attachment is a piece of its own under that title (articles.split_on_attachment).
ATTACHMENT_LABEL = re.compile(r"^附件\s*\d{0,2}\s*[:：]?$")

# ---- qa38 (session 11): a web page's font-size switch ----
# 字体：【大】【中】【小】　【打印】　【关闭】 / 【字号：大 中 小】 / 字号 T|T: the page's font-size switch among its first
# lines, a line of its own (reflow.font_switches) however wide: the title under it must not take it as its first line.
# (Full-width square brackets too, 字号：［大］［中］［小］: a page laid out as PDF wraps the text under it, which must not
# run on from the switch.)
FONT_SWITCH_LINE = re.compile(r"^[【\[［]?\s*(?:字体|字号)\s*[:：]?\s*[【\[［]?\s*(?:大\s*[】\]］]?\s*[【\[［]?\s*中|[Tt]\b)")

# ---- qa qa42 (session 11): Markdown interviews' boxes and advertisements ----
# 广告 / 推广 / 【推广】 / 推广：: an advertisement's label on a line of its own (ADVERT_LABELS): page furniture, and in
# Markdown the heading right under it titles the advertisement, a piece of its own (articles.markdown_layout).
# (Tried only on short units, units.with_advert_labels.)
ADVERT_LABEL_LINE = re.compile(rf"^[【\[［]?\s*(?:{ADVERT_LABELS})\s*[】\]］]?\s*[:：]?$")
# **推广** / > **广告** 某某好物节正在进行……: in Markdown an advertisement's label set in bold (maybe in a quote), alone or
# with the advertisement after it on the line: furniture, not a heading or text (units.unit). Its first characters:
# MD_ADVERT_INITIALS (a cheap test before the pattern).
MD_ADVERT_LINE = re.compile(rf"^(?:>\s*)?\*\*\s*[【\[［]?\s*(?:{ADVERT_LABELS})\s*[】\]］]?\s*[:：]?\s*\*\*")
MD_ADVERT_INITIALS = ("**", ">")
# 访谈现场。（摄影：何 川） / 签约仪式现场（记者 张三 摄）: a short line closed by a photo credit in brackets is a photo's
# caption (Markdown drops the image over it), not text. (Tried on lines that end with a bracket.)
BRACKETED_PHOTO_CREDIT = re.compile(r"^[^。！？（）()]{2,40}。?[（(]\s*(?:(?:摄影|摄|图|图片|供图)\s*[:：/／][^（）()]{1,16}"
                                    r"|[^（）()]{1,16}\s*(?:摄|供图))\s*[）)]$")
BRACKETED_PHOTO_CREDIT_END = ("）", ")")

# ---- qa41 (session 11): web articles and think-tank notes ----
# （作者单位：某省社会科学院经济研究所） / 作者单位：… over the byline that closes a web article (作者：张三　李四): the
# authors' affiliation set above their names instead of under them: front matter, as under them (units.with_affiliations).
# Only the labelled note: a bracketed line of text above an end byline may be the text's own last paragraph.
AFFILIATION_NOTE_ABOVE = re.compile(r"^[（(【\[]?\s*(?:作者|工作)单位\s*[:：][^（）()。]{2,80}[）)】\]]?$")
# 执笔人：马致远　邵佳宁 / 执笔：… / 撰稿人：…: a line after a report's text naming who wrote it up. Under a group's byline
# at the head (某某研究部课题组) they are the group's writers, not further authors (as in WRITERS_NOTE's bracketed note;
# articles.writes_for_group). Named at the head under the group's byline, they sign with it.
WRITERS_LINE = re.compile(r"^[（(【\[]?\s*(?:执笔|撰稿)人?\s*[:：]")
# Every character WRITERS_LINE can begin with (a cheap first test).
WRITERS_LINE_INITIALS = "（(【[执撰"
# 国务院发展研究中心社会发展研究部 / 某省社会科学院经济研究所: a research body's name alone on the line between a note's
# title and its byline (董立群　孔繁宇): the authors' affiliation set over their names, no title line (units.with_affiliations).
# Only research bodies' ends: a title may end with 大学 or 学院 (建设世界一流大学), hardly with 研究所.
RESEARCH_BODY_LINE = re.compile(rf"^[{CJK}（）()]{{2,40}}(?:研究院|研究所|研究中心|发展中心|研究部|研究室|党校)$")
# 1、支持经营主体稳岗扩岗： over the item's text: a numbered item's heading line may end with a colon that leads into
# the text under it (units.item_heading); the heading is the words before it.
LEAD_IN_COLONS = "：:"
# A mark that parts clauses: a heading that leads in with a colon holds none (1、具体包括：一是…，二是…： is text).
CLAUSE_MARK = re.compile("[，；：,;:。]")
# How the name of a group that signs a report as its author ends (a 课题组's byline).
GROUP_AUTHOR_ENDS = ("课题组", "调研组", "研究组", "写作组")

# ---- qa qa40 (session 11): newspaper pages from PDF: letters, brief columns, end-titled pieces ----
# 江宁省东川市 读者 邵庆和 / 湖西县柳塘镇 卢晓梅: a reader's letter is signed under its text with the writer's place
# (one or more administrative names, each ending with its level: 省, 市, 县, 镇 …), maybe what the writer is (a word
# of two to six characters: 读者, 退休职工), then the name (which ends with no level: 浙江省 杭州市 is a place). The
# place and the word are no author. Only lines with a
# space whose first word ends with a level are tried (bylines.byline).
_PLACE_LEVEL = "省|自治区|市|区|县|州|旗|盟|镇|乡|街道|村|社区"
_PLACE = rf"(?:[{CJK}]{{1,8}}?(?:{_PLACE_LEVEL}))+"
PLACE_SIGNATURE = re.compile(rf"^{_PLACE}(?:[ 　]+{_PLACE})*(?:[ 　]+[{CJK}]{{2,6}}?)?[ 　]+({_NAMES})(?<![省市区县州旗盟镇乡村])$")
# The last characters of the levels (自治区, 街道 and 社区 end as 区 and 道 do): a cheap test of a line's first word.
PLACE_LEVEL_LAST = frozenset("省市区县州旗盟镇乡道村")
# A level's last character before a space: the short lines reflow asks byline() about include those holding one (one
# scan of them all, a character class first).
PLACE_GAP = re.compile(r"[省市区县州旗盟镇乡道村者友民][ 　]")   # 者友民: READER_SIGNATURE's words (qa44)

# 经济简讯 / 乡村动态: a column's label on a line of its own between an article's text and the first title of a column
# of news in brief (articles.split_on_brief_column), or amid a signed article's text over a second one printed text
# first (articles.label_cut): a word of two to five Chinese characters, nothing else (来论, 人民论坛, 新时代观察). A
# line of six or more between two paragraphs is a section's heading as often (摸清资源底数), so it cuts no article.
COLUMN_LABEL_LINE = re.compile(rf"^[{CJK}]{{2,5}}$")
# 理论周刊 / 理论·实践 over 编者按：…: a page's column label (two to four characters, or two such words parted by a
# middle dot) right over the page's editor's note, no title: the texts under the note may still be titled after them
# (articles.opens_untitled) (qa289).
PAGE_COLUMN_OVER_NOTE = re.compile(rf"^[{CJK}]{{2,4}}(?:[·・][{CJK}]{{2,4}})?$")
# 动力：科技创新点燃… / 路径：…: a heading led by a short label and a colon, a form no column's label (本期关注) takes:
# a text headed so tells its headings from such a label over its standfirst (articles.headings_unlike_lone_line) (qa289).
LABEL_LED_HEADING = re.compile(rf"^[{CJK}]{{2,4}}[:：][^。；！？:：]{{4,30}}$")
# 简 讯 / 经 济 简 讯: such a label letter-spaced (one space between its characters) is at most this long (qa281).
SPACED_LABEL_MAX = 9

# 宋雨桐 中国海洋大学以标准化建设…: the institution a name is signed with, run into the title after it (articles.
# glued_affiliation_byline): INSTITUTION's shape with the shortest name, so it ends at its first institution word.
GLUED_INSTITUTION = re.compile(rf"[{CJK}]{{2,20}}?(?:{_INSTITUTION_ENDS})")

# ---- qa qa43 (session 11): journal papers' running heads ----
# ·46·  中国行政管理 2025年第2期 / 农业经济问题  2024年第6期 / 36  学术前沿 2025.03（上） / 第41卷 第2期  中国行政管理
# Vol.41 No.2: a journal page's running head (or foot), set apart by spaces: the journal's name beside its year and
# issue (2024年第6期, 2025.03（上）) or under its volume and issue, maybe with the page's number on either side
# (·46·, 36); also the masthead's English twin, its name in capitals or title case (2025年2月  CHINESE PUBLIC
# ADMINISTRATION  Feb. 2025 / 2025年5月  Rural Finance Studies  May 2025, qa118). Masthead
# or furniture, never a title's line or a heading (reflow.spaced_masthead_lines, units.is_issue_line); tried only
# on lines with a space that end with SPACED_MASTHEAD_LAST or JOURNAL_HEAD_LAST.
_JOURNAL_FOLIO = r"(?:[·•]\s*\d{1,4}\s*[·•]|\d{1,4})"
# (The year and issue may be parted by a slash too, as a magazine prints them: 求是 2026/14, qa237.)
# (A Taiwan gazette or journal numbers its issues in 号 as well: 行政院公报 2026年第7号, 经济前瞻 2026年第7号, qa278.)
_JOURNAL_YEAR_ISSUE = r"(?:\d{4}\s*年\s*第\s*\d{1,2}\s*[期号]|\d{4}\s*[.．/／]\s*\d{1,2}\s*(?:[（(][上中下][）)])?)"
_JOURNAL_VOLUME = r"第\s*\d{1,3}\s*卷\s*第\s*\d{1,2}\s*期"
_JOURNAL_NAME = rf"[{CJK}][{CJK}·]{{1,15}}"
JOURNAL_PAGE_HEAD_LINE = re.compile(
    rf"^(?:{_JOURNAL_FOLIO}[ \t]+)?(?:{_JOURNAL_NAME}[ \t]+{_JOURNAL_YEAR_ISSUE}|{_JOURNAL_YEAR_ISSUE}[ \t]+{_JOURNAL_NAME})"
    rf"(?:[ \t]+{_JOURNAL_FOLIO})?$"
    rf"|^{_JOURNAL_VOLUME}[ \t]+{_JOURNAL_NAME}(?:[ \t]+Vol\.\s*\d{{1,3}}\s*,?\s*No\.\s*\d{{1,2}})?$"
    r"|^\d{4}\s*年\s*\d{1,2}\s*月[ \t]+[A-Z][A-Za-z .,&'-]{4,60}?[ \t]+[A-Z][a-z]{2,8}\.?\s*\d{4}$")
# The last character such a line may end with that SPACED_MASTHEAD_LAST does not hold (a page number set ·46·), or a
# volume after the issue (…第5期 第13卷: BRACKETED_MASTHEAD_LINE).
JOURNAL_HEAD_LAST = re.compile("[期）)页0-9·•卷号月]")   # (月: a masthead ending with its month, 某某学刊，第2期，2025年6月)

# 沈 佳 丽，唐 子 谦，陆 明 辉: a paper's authors each set letter-spaced (a space between the characters of every
# name), parted by full-width commas: names, read with the spaces gone (bylines.byline). Only lines with a comma and
# a space are tried. The enumeration comma parts them as often (陈 某 安、许 某 维, qa161).
SPACED_COMMA_NAMES_LINE = re.compile(rf"^[{CJK}](?: [{CJK}]){{1,3}}(?:[ \t]*[，,、][ \t]*[{CJK}](?: [{CJK}]){{1,3}})+$")
# The lines of names parted by commas that reflow asks byline() about (reflow.bylines_among): either shape.
COMMA_NAMES_OR_SPACED_LINE = re.compile(rf"(?:{COMMA_NAMES_LINE.pattern})|(?:{SPACED_COMMA_NAMES_LINE.pattern})")

# ---- qa qa44 (session 11): newspaper commentary pages ----
# 浙江杭州读者 钱慧敏 / 河南周口网友 马向东: a reader's letter signed with the place written without its levels and run
# into what the writer is (读者, 网友, 市民 …), then a space and the name: the name is the author, the rest is not
# (PLACE_SIGNATURE needs a level on each place name). Tried only when the word before the first space ends like one of
# READER_WORDS (bylines.place_signature; reflow finds the line through PLACE_GAP).
READER_WORDS = "读者|网友|市民|居民|村民"
READER_SIGNATURE = re.compile(rf"^[{CJK}]{{2,10}}?(?:{READER_WORDS})[ 　]+({_NAMES})$")
READER_WORD_LAST = frozenset("者友民")
# 吴卓然以“微更新”激活老街区: a lone line between two texts read as a signature glued to the next title (articles.
# glued_line, on a page signed at the end) holds no mark that parts clauses or items: a line of a paragraph broken off
# its neighbours (高校与科研院所、中介服务组织、政府部) does, and so does a surname that opens a clause.
LONE_GLUED_LINE_STOP = re.compile("[，、；：。,;:]")

# ---- qa qa45 (session 11): newspaper pages ----
# Adverbs that open a headline before its verb (稳步扩大服务消费, 扎实推进…): like the verbs of TITLE_OPENERS they tell
# where a name glued to the next title ends (李明远稳步… reads 李明远 + 稳步…).
TITLE_OPENERS = (*TITLE_OPENERS, "稳步", "扎实", "着力", "持续", "全面", "积极", "大力", "切实")

# ---- qa49 (session 12): Markdown soft wraps, guest lines in bold, pull quotes, web page footers ----
# How a Markdown line ends that a wrap cut in a clause (…但原始数据不能直接拿出去卖，): with no blank line under it,
# the line under it goes on with the same paragraph.
MD_SOFT_WRAP_ENDS = ("，", "、", ",")
# A Markdown line that opens a block of its own, whatever is over it: a heading, a list item, a quote, a table row,
# a bold label (**问:**).
MD_BLOCK_OPENER = re.compile(r"^(?:[#>|*+-]|\d{1,3}[.、)）]|[（(]\d{1,3}[）)])")

# **受访者:** 蔡明远,某大学某研究院院长: a bold label that names a guest, then a name and the guest's post: the
# interview's guest line (GUEST_LINE), no turn of its dialogue; a turn says something (a clause, a sentence).
GUEST_NAME_POST = re.compile(rf"^{PERSON_NAME}\s*[,，　 ]\s*\S")
# > "数据不用不会增值,……" : a Markdown blockquote that is one quotation and nothing else, a pull quote set off
# from the interview's text (which holds the sentence itself), no paragraph of it.
MD_PULL_QUOTE = re.compile(r'^>\s*(?:\*\*)?\s*["“「『][^"“”「」『』\n]{6,100}["”」』]\s*(?:\*\*)?\s*$')


# 课题组：某研究院社会政策研究中心 (**课题组:** in Markdown): a report's byline that labels the group writing it by
# its institution; the institution (with 课题组 after it, if written) is the author, as a 某某中心课题组 byline's is.
GROUP_LABEL_BYLINE = re.compile(rf"^课题组\s*[:：]\s*({INSTITUTION}(?:课题组)?)$")
# (so **课题组:** is a byline's label in bold, not a turn of an interview: SPEAKER_TURN)
BYLINE_LABELS = BYLINE_LABELS | {"课题组"}

# ---- qa qa46 (session 12): newspaper pages ----
# 短评 / 快评 / 编后: the label of a commentary box on a line of its own. The line under it is the box's title, however
# close to the column's width it is set (reflow.box_titles): a title line holds no comma or full stop. Only the lines
# that open with one of COMMENTARY_BOX_INITIALS (one scan of the page's line initials) are tried.
COMMENTARY_BOX_LABEL = re.compile(r"[【\[■□]?[ \t]*(?:短评|快评|微评|短论|简评|小评|锐评|编后|编后语|编后记)[ \t]*[】\]]?$")
COMMENTARY_BOX_INITIALS = re.compile("[短快微简小锐编【\\[■□]")

# ---- qa48 (session 12): journal papers' running heads ----
# · 46 ·  长江流域资源与环境  第33卷 第2期: a journal's running head may give the journal's name before its volume and
# issue (the first shapes have the volume first, or the year and issue beside the name), maybe with the page's number on
# either side. Like them, lifted out of a paragraph that runs on over the page break (reflow.spaced_masthead_lines).
JOURNAL_PAGE_HEAD_LINE = re.compile(
    rf"(?:{JOURNAL_PAGE_HEAD_LINE.pattern})"
    rf"|^(?:{_JOURNAL_FOLIO}[ \t]+)?{_JOURNAL_NAME}[ \t]+{_JOURNAL_VOLUME}(?:[ \t]+{_JOURNAL_FOLIO})?$"
    # (or, on the facing page, the paper's title and the dotted page number on the outer side: 某某制度试点的成效评估
    # · 13 · / · 12 · 某某制度试点的成效评估; a dotted number is no line of text's, and a title's words end no clause, qa84)
    rf"|^[{CJK}][^，。！？；\n]{{3,50}}?[ \t]+[·•]\s*\d{{1,4}}\s*[·•]$|^[·•]\s*\d{{1,4}}\s*[·•][ \t]+[{CJK}][^，。！？；\n]{{3,50}}$")

# [3]孔祥智.高标准农田建后管护机制创新研究[J].农村经济，2023(7):1-9.: a numbered entry of a reference list (GB/T 7714,
# its document-type code in square brackets) opens a block: the entry over it, when it fills its column and ends with
# a half-width full stop (no sentence end to reflow), would otherwise run on into it. The code is asked for because a
# line of a wrapped paragraph may open with a citation mark ([3]认为…, [2-3]。). (reflow.block_starts)
_NUMBERED_REFERENCE = r"[\[［]\d{1,3}[\]］][ \t]?(?=[^\n]*?\[(?:J|M|C|D|N|R|S|P|Z|EB/OL)\])"
# ABSTRACT: … / KEY WORDS: …: the English abstract's labels set in capitals, as many mainland journals set them, open a
# block like Abstract: and Key words: (the keywords line, run into the wrapped English abstract over it, would leave the
# abstract in the text: units.with_english_front_matter starts from that line).
_CAPITAL_ENGLISH_LABEL = r"(?:KEY\s?WORDS?|ABSTRACT)\s*[:：]"
# ¹某某大学公共管理学院副教授 / ²某某大学…博士生: the authors' affiliations one a line under their names, each opened
# by the superscript number the names carry (林晓峰¹ 蔡雅婷²): front matter (units.with_affiliations), and each line a
# block of its own (two short lines would join into one). A line of prose never opens with a superscript digit.
_SUPERSCRIPT_AFFILIATION = rf"[{SUPERSCRIPT_DIGITS}]{{1,2}}\s*(?=[^。\n]*?(?:{_INSTITUTION_ENDS}))"
NUMBERED_AFFILIATION_LINE = re.compile(rf"^{_SUPERSCRIPT_AFFILIATION}[^。]{{2,120}}$")
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^{_NUMBERED_REFERENCE}|^{_CAPITAL_ENGLISH_LABEL}|^{_SUPERSCRIPT_AFFILIATION}")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile(f"[{SUPERSCRIPT_DIGITS}]"))

# ---- qa47 (session 12) ----
# 注释：①国家统计局：《…》，2021年5月11日。 / 参考文献：[1]…: a notes label with its first entry on the same line, under an
# article's text (a theory page sets a single footnote so): the article's notes, as NOTES_HEADING and the entries under it
# are. (A circled or bracketed number only: 注：1.… opens a table's note amid the text.)
_NOTES_LABEL = "(?:注释|注|尾注|脚注|附注|注解|参考文献|参考资料|主要参考文献|参考书目)"
INLINE_NOTES = re.compile(rf"^(?:[【\[]\s*{_NOTES_LABEL}\s*[】\]]\s*[:：]?|{_NOTES_LABEL}\s*[:：])\s*"
                          rf"(?:[（(]\d{{1,3}}[）)]|[\[［【]\d{{1,3}}[\]］】]|[{CIRCLED_DIGITS}])")

# 知识链接：“枫桥经验”诞生于… / 名词解释：高标准农田… set as a paragraph in a narrower column than the text before it: a
# box beside the article (units.with_boxes_and_inline_notes), no text of it.
# (理论新知 / 热词解读 / 知识窗: a theory page's box explaining a term or idea, set under its label and the term as a
# title, after the last article's text: the same box, qa236.)
_EXPLAINER_BOX = "理论新知|学习新知|新知速览|理论热词|热词解读|新词解读|概念解读|知识窗"
_BOX_LABELS = f"{_READING_BOX}|名词解释|知识卡片|小贴士|小知识|背景资料|{_EXPLAINER_BOX}"
BOX_PARAGRAPH = re.compile(rf"^[【\[]?\s*(?:{_BOX_LABELS})\s*[】\]]?\s*[:：]")
# The box's label on a line of its own over such a paragraph (名词解释 / 高标准农田：指…).
BOX_LABEL_LINE = re.compile(rf"^[【\[]?\s*(?:{_BOX_LABELS})\s*[】\]]?\s*[:：]?$")
# What a unit must open with for INLINE_NOTES or a box's label to be tried (one C-level regex scan, units.py).
BOX_OR_NOTES_INITIAL = re.compile(r"[注尾脚参主【\[延相推知背新资名小理热概]").match


# ---- qa50 (session 12): papers numbered 1. / 2.1 / 3.2.1 ----
# 3.1 人力供给不足 / 3.2 分析方法: a decimal heading whose first word opens like a unit (人, 分) once the space after its
# number is gone (3.1人…); in a paper with decimal headings such a short line is one too (units.with_decimal_numbering).
DECIMAL_HEADING_ANY_WORD = re.compile(rf"^([1-9]\d?(?:\.\d{{1,2}}){{1,3}}\.?)\s*([{CJK}](?:[^\d\s]|\d\.\d(?!\d))*)$")
# 《公共政策评论》第18卷第2期（2025年6月） 页41-62: a journal's name in 《》 over its volume, issue, date and pages, the masthead line
# over a paper's title (ISSUE_MASTHEAD_LINE's shape with a volume and pages; reflow.is_spaced_masthead, units.is_issue_line).
# The volume may follow the issue (《公共管理评论》2024年第5期 第13卷, qa74).
BRACKETED_MASTHEAD_LINE = re.compile(rf"^《[^》]{{2,24}}》\s*(?:\d{{4}}\s*年\s*)?(?:第\s*\d{{1,4}}\s*卷\s*)?第\s*\d{{1,4}}\s*期"
                                     rf"(?:\s*第\s*\d{{1,4}}\s*卷)?"
                                     rf"(?:\s*[（(][^（）()]{{2,16}}[）)])?(?:\s*(?:{_PAGE_RANGE}))?$")

# ---- qa51 (session 12): newspaper pages ----
# 图片说明：……调试。 新华社发 / ……现场。 受访者供图: a caption closed by an agency's or a giver's credit after its
# last sentence (no photographer's name before 摄) closes its block like PHOTO_CREDIT: the paragraph under it is
# no part of the caption (reflow.photo_credits, units).
# (A stray space of PDF extraction may cut the credit's name: ……停靠。 新 华社发, qa65.)
_SUPPLIED_PHOTO_CREDIT = rf"[。！？][ 　]*[{CJK}·](?: ?[{CJK}·]){{0,9}}(?:社发|供图)$"
PHOTO_CREDIT = re.compile(rf"{PHOTO_CREDIT.pattern}|{_SUPPLIED_PHOTO_CREDIT}")
PHOTO_CREDIT_ENDS: tuple[str, ...] = ("摄", "发", "图")
PHOTO_CREDIT_LAST = re.compile("[摄发图]")
# 第5版：理论 / 第A3版：评论 / 05版：经济周刊: a page's number and name on a line of their own over its first title (the
# 版面 line of a paper's web edition or PDF) is furniture, not the title's first line (units.with_page_section_labels).
# No title opens with a page's number; without 第 the number and its name are set apart by a mark.
PAGE_SECTION_LABEL = re.compile(
    rf"^(?:第[ \t]*[A-H]?\d{{1,3}}[ \t]*版[ \t]*[：:·｜|]?|[A-H]?\d{{1,3}}[ \t]*版[ \t]*[：:·｜|])[ \t]*"
    rf"[{CJK}]{{2,8}}(?:[·・][{CJK}]{{1,8}})?$")
PAGE_SECTION_LABEL_INITIALS = "第0123456789ABCDEFGH"

# ---- qa53 (session 12) ----
# 华川日报 2026年3月26日 星期四 第6版 · 访谈 / … 第6版｜理论: a running head may set its column's name off the page
# number with a middle dot or a bar. reflow.is_page_head reads such a line with the mark as a space (the
# running-head patterns above take a column's name after a space).
PAGE_HEAD_COLUMN_MARK = re.compile(rf"\s*[·・|｜]\s*(?=[{CJK}]{{1,8}}$)")
# What a line must hold for PAGE_HEAD_COLUMN_MARK to be tried (a substring test each).
PAGE_HEAD_COLUMN_MARKS = "·・|｜"
# 本文原载于《江南日报》2026年6月12日第5版 | 编辑：陶语嫣 / 本文首发于《某周刊》2026年第12期: a line under a
# reprinted piece naming the publication it first appeared in (maybe with its editor), unbracketed: a line of
# credit, no text (the bracketed kind is an AUTHOR_NOTE). After the title only a date, issue or field follows: a
# sentence of the text that says so goes on with a clause (的文章指出，…) or ends with a full stop.
REPRINT_NOTE = re.compile(r"^[（(]?\s*(?:本文|此文|原文)?(?:原载|原刊|刊发|刊载|首发|发表|刊登)(?:于|在)?\s*《[^《》]{1,30}》"
                          r"(?:[\s|｜\d第][^。！？《》，,]{0,60}?)?(?:。?[）)])?$")
# The first characters of a REPRINT_NOTE line (a prefix test before the regex).
REPRINT_NOTE_INITIALS = ("（", "(", "本", "此", "原", "刊", "首", "发")
# The same as one string: each initial is one character, so a membership test of the line's first character (which
# units.unit takes once for several tests) says what the prefix test says, without str.startswith's call.
REPRINT_NOTE_FIRSTS = "".join(REPRINT_NOTE_INITIALS)
# The marks a line of wrapped text stops at mid-sentence (a comma, an enumeration comma): a title or heading line
# never ends with them once it is long (see reflow.wraps_mid_clause).
MID_CLAUSE_LAST = "，、"

# ---- qa52 (session 12): government plans and notices ----
# 青崖市农业农村局文件 / 中共某某市委办公室 某某市人民政府办公室文件: the red masthead of an official document, the issuing
# bodies and 文件 on a line of their own over the 文号 and the title: front matter, no title (units.plain_unit). The line
# names bodies, so it ends with a word bodies are named with before 文件 (not a heading such as 三、相关文件), and it does
# nothing to a document (not a title or heading such as 关于转发教育部文件, 认真学习省委文件).
_ISSUER_END = r"(?:人民政府|政府|办公室|办公厅|委员会|党委|党组|市委|县委|区委|省委|管委会|局|厅|委|部|院|署|办|中心|小组)"
GOV_MASTHEAD_LINE = re.compile(rf"^(?!.*(?:关于|转发|印发|学习|贯彻|落实))(?:[{CJK}（）()]{{2,30}}?{_ISSUER_END}[ \t　]*)+文件$")
GOV_MASTHEAD_END = "文件"
# 第九条　项目实施方案经…: a numbered article of a rules-style text set apart from its words by a space, at the head of a
# hard-wrapped line: it opens its paragraph even under a line that ends a sentence at the column's edge (reflow.block_starts;
# ITEM_ARTICLE reads it). A line of prose that wraps before a cited article (…《条例》\n第三条规定…) runs its words on.
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^第[{CN_NUM}]{{1,4}}条[ \t　]+(?=[{CJK}])")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)

# 1）支持…；/ 2)建设…: an item numbered with a closing bracket alone (a half-bracket list, common in plans) at the head of a
# hard-wrapped line: it opens its block like 1、 and （1） do (a line under a lead ending with a colon would run into it).
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^\d{{1,2}}[）)](?=[{CJK}])")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
# …注意以下几点：1）不得…；2）防止…；3）坚持…: the same items inline, right after a colon or semicolon: a grammar of their own
# (arabic_close; （1） is paren_arabic's). Hinted at the colon or semicolon before the number, as cn_dun is: a hint at every
# closing bracket after a digit cost some 14 M instructions on 100 documents. (After a sentence end they are not read.)
INLINE_MARKERS = (*INLINE_MARKERS, ("arabic_close", re.compile(r"(?<=[：；])(\d{1,3})[）)]")))
_CN_DUN_HINT = rf"|[：；](?=[{CN_NUM}]+、)(?P<cn_dun>)"
assert INLINE_MARKER_HINTS.pattern.count(_CN_DUN_HINT) == 1
INLINE_MARKER_HINTS = re.compile(
    INLINE_MARKER_HINTS.pattern.replace(_CN_DUN_HINT, _CN_DUN_HINT + r"|[：；](?=\d{1,3}[）)])(?P<arabic_close>)"))

# 相关解读：《某某行动计划》政策解读 / 【图文解读】…: a government page's link to the reading of the document it shows, its
# label then the linked title: chrome like a 相关文件 label (units.plain_unit, units.furniture_kind), not text. Only lines
# that open with one of RELATED_READING_INITIALS are tried.
RELATED_READING_LINE = re.compile(r"^[【\[]?\s*(?:相关(?:政策)?解读|图文解读|图解)\s*[】\]]?\s*[:：]?\s*[^。！？]{0,80}$")
RELATED_READING_INITIALS = "相图【["


# ---- session 13 ----
# （作者系中国宏观经济研究院研究员 柯文远，摘自《学习时报》）: a digest's item may close with a note that names its writer
# after the post (作者系…; a page's own author note, （作者系某大学教授）, only says who the byline's author is) and then
# the source: a byline under the text, as CREDITS_NOTE's (group 1, the post and name, read by bylines.byline, which
# finds no name in a post alone: such a note stays a note).
DIGEST_AUTHOR_NOTE = re.compile(r"^[（(]\s*作者(?:系|为)\s*([^:：（）()，,；;]{4,40}?)\s*[，,；;]\s*"
                                r"(?:摘自|摘编自|节选自|转载自|原载于?|来源\s*[:：])[^（）()]*[）)]$")
# (本报记者 韩雪 实习生 邱可欣): a byline in brackets, under a piece's text, closes it (articles.closes_with_bracketed_credit).
BRACKETED_CREDIT_OPENERS = "（("
BRACKETED_CREDIT_CLOSERS = "）)"
QUESTION_MARKS = ("？", "?")
# （ 言 之 ）: a short commentary signed, on a line of its own under its last paragraph, with a pen name set letter-
# spaced in brackets, as a two- or three-character name is on a page (no surname needed: 言之 is none; group 1).
# Bracketed furniture of that shape, （ 待 续 ）, names nobody (units.pen_name_signature).
PEN_NAME_SIGNATURE_LINE = re.compile(rf"^[（(]\s*([{HAN}](?:[ 　]+[{HAN}]){{1,2}})\s*[）)]$")
# （东 宣）: such a signature naming the unit that supplied a news item, its place's or body's initial before the short
# name of its propaganda office (宣, 宣传部), credits a body, no author (bylines.is_unit_credit).
UNIT_CREDIT_ENDS = "宣"
# ……用得其所。（秋　枫）: such a pen name set letter-spaced in brackets right after a paragraph's last sentence, as
# TRAILING_SIGNATURE's names are (units.trailing_signature_byline; the spaces are asked for: an aside in brackets is
# set solid). (qa228)
PEN_NAME_TRAILING_SIGNATURE = re.compile(rf"(?<=[。！？”’」』])[（(]\s*[{HAN}](?:[ 　]+[{HAN}]){{1,2}}\s*[）)]$")
NOT_PEN_NAMES = frozenset({"待续", "未完", "续完", "全文完", "本文完", "图略", "下略", "节选", "摘编", "有删节", "编辑"})


# ---- qa56 (session 13): newspaper pages (running heads with credits, captions under a picture label) ----
# 2 要闻 2026年4月9日 星期四 责编：孙立新 美编：何 芳: a running head may go on with the page's credit fields after
# the weekday (its editors, designer, proof-reader): read without them, it is a running head of the usual shapes
# (reflow.is_page_head). The fields start where CREDIT_FIELDS or a designer's field (版式设计：) first matches.
_PAGE_CREDIT_FIELD = r"(?:责任编辑|编辑|责编|美编|版式设计|版式|设计|校对|审校|制图|排版)"
PAGE_HEAD_CREDIT_TAIL = re.compile(rf"(?:[ 　]+{_PAGE_CREDIT_FIELD}\s*[:：]\s*[{CJK}](?:[ 　]?[{CJK}]){{1,3}})+$")
# Every PAGE_HEAD_CREDIT_TAIL holds one of these (substring tests before the search).
PAGE_HEAD_CREDIT_HINTS = ("编", "版式", "设计", "校对", "制图")
# 图片新闻 / 图片报道 / 新闻图片 / 图说: the label a news page sets over a photo, whose caption (a sentence or two on lines
# of their own) ends with the photographer's credit (本报记者 马 骁 摄): the lines between label and credit are the
# caption, not a paragraph of an article (units.with_labelled_caption).
PICTURE_LABEL = re.compile(r"^[■□●◆]?\s*(?:图片新闻|新闻图片|图片报道|图说新闻|图说|图片故事|图闻|光影新闻)$")
# 完 / 2026年11月20日（星期五） / 香港时间16时30分 / 相片 / 局长今日在记者会上公布…。 / 今日新闻 | 新闻公报: a government
# press release's page lists the captions of its photos under a bare label of their own (相片, 照片) after the release's
# closing date and time, no credit under them: the label and the one-sentence captions under it, down to the page's
# chrome or end, are captions, never a byline (a name of two characters) and an article (units.with_photo_list_captions).
PHOTO_LIST_LABEL = re.compile(r"^(?:相片|照片)$")
# How many one- or two-line blocks a caption under a PICTURE_LABEL may run to.
PICTURE_CAPTION_MAX_BLOCKS = 3
# ■链接 / 【链接】: a news page's box label with no word before 链接 (知识链接's bare form): it heads a box of
# background over the next article's title, a reading box like 相关链接 (units.furniture_kind, articles'
# split_on_reading_box), not a column's label (来论) over a text titled after it.
BARE_LINK_LABEL = re.compile(r"^[【\[]?\s*链接\s*[】\]]?\s*[:：]?$")
BARE_LINK_LABEL_ENDS = ("链接", "链接】", "链接]", "链接：", "链接:")
READING_BOX_LABEL = re.compile(rf"{READING_BOX_LABEL.pattern}|{BARE_LINK_LABEL.pattern}")
# 专家观点 / 【各方声音】: the label of a news page's roundup of short signed views, set after a report: a title line
# may follow, then a paragraph or two each closed by its speaker's signature on a dash-led line (——某大学教授 张三,
# ROUNDUP_SIGNATURE). The roundup is a piece of its own, not the report's last section (articles.split_on_roundup).
# (who speaks, 专家/学者/学界/各方/多方, then what: 观点, 点评, 视点, 解读, 声音, 说: 学者观点 too, qa289)
ROUNDUP_LABEL = re.compile(r"^[【\[■]?\s*(?:(?:专家|学者|学界)(?:观点|点评|视点|解读|声音|说)|(?:各方|多方)(?:观点|声音))"
                           r"\s*[】\]]?$")
ROUNDUP_SIGNATURE = re.compile(r"^(?:——|──)\s*[^。！？；，]{2,30}$")
# How many signed views make a roundup (one is a quotation closing the text).
ROUNDUP_MIN_VIEWS = 2



# 本文仅代表作者个人观点，不代表本院立场。 / 文章仅代表作者本人观点 / 本文不代表本报立场: a think tank's or a paper's
# disclaimer under the text, unbracketed and ending like a sentence, so not read as a closing line (the bracketed one is
# CREDIT_LINE's): credit, no paragraph of the text (qa54). Only lines that open with DISCLAIMER_INITIALS are tried; the
# whole line must be the disclaimer (a sentence of the text that mentions whose view it is runs on past it).
DISCLAIMER_INITIALS = ("本文", "本报告", "本期", "文章", "以上", "文中观点")
DISCLAIMER_LINE = re.compile(r"^(?:本文|本报告|本期|文章|以上|文中观点)[^（）()。！？，,]{0,12}(?:仅|只|不)代表"
                             r"[^（）()。！？]{1,40}(?:立场|观点|看法|意见)[。.]?$")

# ▍政策建议 / **▍县域冷链发展的基本情况**: a WeChat article's heading set after a bar glyph (a block or a heavy rule) that
# only decorates it: the bar is the heading's marker as written and leaves its words (units.without_heading_bar, qa54).
HEADING_BARS = "▍▌▎▋▊▉█▐┃"

# 全文约3200字，阅读需要8分钟 / 本文约3000字，预计阅读8分钟 / 阅读时间：约6分钟: a WeChat article's reading-time line
# under its head: chrome, no paragraph (units.unit, qa54). Only lines that open with READING_TIME_INITIALS are tried.
READING_TIME_INITIALS = ("全文", "本文", "文章", "预计", "建议", "阅读")
READING_TIME_LINE = re.compile(r"^(?:(?:全文|本文|文章)(?:共|约|大约)?\s*[\d,，]+\s*字[，,、|｜\s]*)?(?:预计|建议)?阅读"
                               r"(?:时间|需要|需|用时|时长)?[:：\s约大]*[\d一二两三四五六七八九十]+(?:[-~～]\d+)?\s*分钟[。.]?$")
# 来源 | 清源智库 / 来源｜某某研究院: a WeChat article's source field set off by a bar instead of a colon (as 编辑 | 苏禾 is a
# credit, CREDIT_LINE): a field over the text that names the source (units.plain_unit; SOURCE_FIELD reads it), no text.
# The value may open with the title marks of a journal and run on to its issue: 来源 | 《某某农村工作》2026年第11期 (qa218).
BAR_SOURCE_LINE = re.compile(rf"^(?:本文|文章)?(?:来源|出处|稿源)\s*[|｜]\s*[{CJK}A-Za-z《][^|｜:：。！？]{{0,30}}$")
BAR_SOURCE_INITIALS = ("来源", "出处", "稿源", "本文来源", "文章来源")
# 本刊仅供领导参阅，未经许可不得转载。 / 本期内容仅供内部参考，请勿外传。 / 本材料仅供参阅: a brief's notice limiting who
# reads it, under its text or over it: chrome, no paragraph (units.chrome_line, qa251). It opens with the brief itself
# and says whom it is only for (仅供…参阅/参考), maybe with a clause on reprinting or passing it on; the whole line must
# be the notice (a sentence of the text naming a reference material runs on past it).
CIRCULATION_NOTICE_INITIALS = ("本刊", "本期", "本报告", "本材料", "本简报", "本专报")
CIRCULATION_NOTICE_LINE = re.compile(
    r"^(?:本刊|本期|本报告|本材料|本简报|本专报)[^。！？，,；;]{0,8}仅供[^。！？，,；;]{0,12}(?:参阅|参考|阅研)[。.]?"
    r"(?:[，,；;]?[^。！？，,；;]{0,10}(?:转载|外传|引用|公开|翻印|扩散|传阅)[^。！？，,；;]{0,6}[。.]?)?$")
# The prefixes units.unit tries DISCLAIMER_LINE, READING_TIME_LINE and CIRCULATION_NOTICE_LINE on (one prefix test).
CHROME_LINE_INITIALS = (*DISCLAIMER_INITIALS, *READING_TIME_INITIALS, *CIRCULATION_NOTICE_INITIALS)
# The first characters of CHROME_LINE_INITIALS and of BAR_SOURCE_INITIALS: a one-character test before the prefix test
# (str.startswith with a tuple parses its arguments and tries each prefix: ~800 instructions a unit).
CHROME_LINE_FIRSTS = "".join(sorted({prefix[0] for prefix in CHROME_LINE_INITIALS}))
BAR_SOURCE_FIRSTS = "".join(sorted({prefix[0] for prefix in BAR_SOURCE_INITIALS}))

# Making Better Use of Northern Metropolis Land for Youth Hostels: a Markdown page's English title, set (often in italics)
# on the line right under its # title: the title's translation, front matter, not the first paragraph (units.
# with_english_title_under_title, qa54). Capitalised Latin words, three or more, no sentence's full stop.
LATIN_TITLE_LINE = re.compile(r"^[A-Z][A-Za-z0-9'’\-]*(?:[ ,:;&/–—\-]+[A-Za-z0-9][A-Za-z0-9'’\-]*){2,40}[?]?$")



# ---- qa57 (session 13): papers and Taiwan commentaries ----
# 财经组召集人 张维哲 / 副研究员 林佳蓉: a think tank's byline that gives the writer's desk and post (召集人, 研究员,
# 执行长 …), not an institution, before the name (INSTITUTION_NAMES_LINE needs an institution's last word); the desk may
# be set apart by a space (财经组 研究员 张维哲).
_THINK_TANK_POSTS = "召集人|执行长|董事长|分析师|(?:副|助理|特约|资深|兼任)?研究员|(?:副|首席)?顾问"
# (The words BYLINE_WORD and the pre-test look for are literals: an optional prefix, 副…研究员, would cost the
# byline scan its first-character filter, +10% of segmentation.)
_THINK_TANK_POST_WORDS = "召集人|执行长|董事长|分析师|研究员|顾问"
THINK_TANK_POST_WORD = re.compile(_THINK_TANK_POST_WORDS)
THINK_TANK_POST_BYLINE = re.compile(rf"^(?:[{CJK}]{{1,12}}[ 　])?[{CJK}]{{0,12}}?(?:{_THINK_TANK_POSTS})[ 　]+({_NAMES})$")
BYLINE_WORD = re.compile(rf"{BYLINE_WORD.pattern}|{_THINK_TANK_POST_WORDS}")
# 作者简介：梁启航（1987—），男，…研究方 / 向为城市经济与公共财政。: a paper's first-page note (PAPER_FRONT_FIELDS)
# hard-wrapped at the column edge goes on on the next line, unlike a web page's line of fields (reflow.block_stops).
WRAPPED_PAPER_FRONT_FIELD = re.compile(rf"^(?:{PAPER_FRONT_FIELDS})\s*[:：]")


# ---- qa55 (session 13): government documents' ends, contents without page numbers, legislative notes ----
# 临澜市人民政府办公室 2025年6月18日印发: a government document's printing line under its distribution line (抄送：…),
# its printer and the date it was printed; it closes the document, and a title over text after it (a 政策解读 the page
# runs under the document) opens a piece of its own (articles.split_after_printing_line).
PRINTING_LINE_END = "印发"
PRINTING_LINE = re.compile(rf"^[{CJK}（）()]{{2,40}}?\s*(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日|{_CN_NUMERAL_DATE})\s*印发$")
# （2025年4月29日岚州市第十六届人民代表大会常务委员会第二十三次会议通过 / 2025年7月30日…会议批准）: a local regulation's
# legislative history in brackets under its title, one line or wrapped over two (each line opens with a date and names
# a session that passed, approved or amended the text): front matter, no title line or text.
LEGISLATIVE_NOTE_LINE = re.compile(r"^[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；，]{2,80}?会议"
                                   r"(?:通过|批准|修正|修订|审议通过)[^。；]{0,120}?[）)]?$")
TOC_LABEL_INITIAL = re.compile("[目本]")    # the first character of a TOC_HEADING line (目录 alone: reflow.contents_labels)
LEGISLATIVE_NOTE_ENDS = ("通过", "批准", "修正", "修订", "通过）", "批准）", "修正）", "修订）", "通过)", "批准)", "修正)", "修订)")
LEGISLATIVE_NOTE_LASTS = "".join(sorted({end[-1] for end in LEGISLATIVE_NOTE_ENDS}))   # their last characters


# | 索引号 | 11321-2025-00087 | 发文字号 | 雁政办发〔2025〕27号 |: a government portal's file fields set as a table (cells
# apart by spaces once the pipes leave, no colons): two label-value pairs or more, the first label opening the row.
# Front matter like the labelled fields (GOV_FILE_FIELDS), no text.
_FILE_FIELD_LABEL = rf"(?:{GOV_FILE_FIELDS}|成文日期|发布日期|主题分类|公文种类|有效性|生效日期|体裁分类)"
FILE_FIELD_ROW = re.compile(rf"^{_FILE_FIELD_LABEL}\s+\S+(?:\s+\S+)*?\s+{_FILE_FIELD_LABEL}\s+\S+(?:\s+\S+)*$")
FILE_FIELD_ROW_INITIALS = "索发成"    # (the row opens with 索引号, 发布机构/发文字号…, or 成文日期)


# 行政院114年2月20日院臺農字第1140004321號函核定 (converted: 院台农字…号函核定): the line over a Taiwan plan's cover that
# records the letter approving it: a line of its own (never the first line of the title under it) and front matter.
APPROVAL_LINE = re.compile(rf"^[（(]?[{CJK}]{{2,12}}?\d{{2,4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日[{CJK}]{{0,10}}?第?\s*\d{{4,12}}\s*号函"
                           r"(?:修正核定|核定修正|核定|同意|备查|核备)?[）)]?$")
APPROVAL_LINE_LASTS = "定意查备函）)"
APPROVAL_LINE_LAST = re.compile(rf"[{APPROVAL_LINE_LASTS}]")
# 中華民國114年3月 (converted: 中华民国114年3月): a Republic-era date alone on a line, a Taiwan plan's cover date: front
# matter, no section or title line.
REPUBLIC_DATE_PREFIX = "中华民国"
# (Where it names a day, the day sets the article's date: bylines.republic_day, qa278.)
REPUBLIC_DATE_LINE = re.compile(r"^中华民国\s*\d{1,3}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?$")
# 论坛 中华民国115年3月18日／星期三: the same day inside a Taiwan paper's running head (segment.page_head_date, qa278).
REPUBLIC_DAY = re.compile(r"中华民国\s*(\d{1,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")


# 执行措施 主办机关 协办机关 / 重点任务 牵头单位 配合单位 完成时限: the head row of a plan's task table, three cells or
# more apart by spaces, one of them a duty column (…单位, …机关); the lines under it with as many cells are its rows, even
# with words alone in their cells (reflow.duty_table_rows).
DUTY_HEAD_ROW = re.compile(r"^(?=.*(?:单位|机关)(?: |$))[^\s，。；：,;:]{2,12}(?: [^\s，。；：,;:]{2,12}){2,7}$")
DUTY_HEAD_WORDS = ("单位", "机关")


# 一、提升农业生产效率，降低人力依赖，主要作物生产成本降低10%。: a paragraph that is one sentence numbered 一、 (a plan's list
# of expected benefits or targets) is an item too, like one with a run-in lead (ITEM_CN_RUN_IN); a heading line never
# ends with a full stop (measures.leading_marker).
# (the first clause holds no comma, so the lookahead scans the paragraph once)
ITEM_CN_SENTENCE = re.compile(rf"^([{CN_NUM}]{{1,3}})、\s*(?=[^。！？，；]{{2,150}}[，；][^。！？]{{2,150}}[。！？]$)")


# ---- qa59 (session 13): web op-eds ----
# A web op-ed's editor's note or key points set as the first paragraph under its title and field lines,
# labelled at its start (编者按：本港…… / 【编者按】近期…… / 核心提示：…… / 导读：……): the editors' words on the
# article, not its text. The label must close (a colon or 】): 编者认为…… and 导读材料…… are text.
LEADING_NOTE = re.compile(r"^(?:[【\[]\s*(?:编者按|编按|编者的话|核心提示|导读|核心阅读|阅读提示)\s*[】\]]\s*[:：]?"
                          r"|(?:编者按|编按|编者的话|核心提示|导读|核心阅读|阅读提示)\s*[:：])")
LEADING_NOTE_INITIALS = ("【", "[", "编", "核心", "导读", "导语", "阅读提示")
# 某某网 > 评论频道 / 光明网 » 时评: a breadcrumb trail of two steps only (BREADCRUMB_TRAIL wants three), which
# without the check would join the title under it. Each step is a word of Han characters only, two to ten, so
# a comparison set on a line of its own (增速>5%, A>B) is no trail.
BREADCRUMB_TWO_STEPS = re.compile(r"^[\u4e00-\u9fff]{2,10}\s*(?:>>?|»|›|＞)\s*[\u4e00-\u9fff]{2,10}$")


# ---- qa58 (session 13): interviews and roundtables ----
# 记者黄郁婷／摄影 / 陈静远 摄影: a photo's credit may end in 摄影 rather than 摄 (Taiwan papers print 記者…／攝影
# after a caption); the credit shapes of _PHOTO_CREDIT otherwise (a reporter's name, or a name set apart by a space
# or a slash), so a sentence merely ending in 摄影 is no credit.
assert _PHOTO_CREDIT.endswith("摄$")
_PHOTO_CREDIT_SHOT = _PHOTO_CREDIT[:-1] + "影?$"
PHOTO_CREDIT = re.compile(rf"[。！？][ 　]*{_PHOTO_CREDIT_SHOT}|{_SUPPLIED_PHOTO_CREDIT}")
PHOTO_CREDIT_LINE = re.compile(rf"^{_PHOTO_CREDIT_SHOT}")
PHOTO_CREDIT_ENDS = ("摄", "发", "图", "影")     # (last characters, one each: units.unit tests the text's last; 影 of 摄影)
PHOTO_CREDIT_LAST = re.compile("[摄发图影]")
# The longest one-line caption (characters) that units.caption_set_apart reads between a closing credit and a
# photo credit: a caption is one sentence; a longer line over a credit is left as it reads.
SET_APART_CAPTION_MAX = 60
# The most paragraphs under an advertisement's label at a document's end that units.with_closing_advert reads as
# the advertisement (an advert is a few lines; more text under the label is left as it reads).
CLOSING_ADVERT_MAX_PARAS = 3
# 我们建议一是推动…；二是…: a list's first 一是 run on from the words before it (measures.with_glued_first_shi).
# Its 一 may end a word instead (统一是, 唯一是, 第一是, 十一是): never after these characters; and the text from it to
# the 二是 is one item, a clause or more with no sentence end, closed by a clause mark.
GLUED_FIRST_SHI = "一是"
GLUED_FIRST_SHI_BEFORE_NOT = frozenset(CN_NUM + "第统唯同万划专单逐合均归整其")
GLUED_FIRST_SHI_GAP = re.compile(r"[^。！？\n]{2,200}[；;，,]\s*")
# …预警与辅导机制。一、以…名单；二、…；三、…: an inline 一、-list whose first marker stands after a sentence end, where
# INLINE_MARKERS' cn_dun takes none (measures.with_first_dun_after_sentence_end): the 一、 right after a sentence end,
# then one clause with no sentence end, closed by a semicolon, up to the list's 二、. (qa228)
FIRST_DUN = "一、"
FIRST_DUN_AFTER = frozenset("。！？")
FIRST_DUN_GAP = re.compile(r"[^。！？\n]{2,200}[；;]\s*")
# **记者：** 冉小棠 / **本刊记者：** 何 川、林 夕: a Markdown turn labelled with the reporter's role whose words are
# only names (units.reporter_label_byline, tried on bodies of at most NAME_ONLY_TURN_MAX characters).
REPORTER_TURN_LABEL = re.compile(rf"^[{CJK}·]{{0,8}}记者$|^(?:采访|采写|撰文|文字)$")
NAME_ONLY_TURN_MAX = 16

# The opening marks no line may end with (kinsoku): a line over one that opens with them may stop a character short
# of its column (reflow.signed_title_room).
KINSOKU_LINE_END_MARKS = "“‘《（(【〔「『"

# A line that opens by ending the word and the sentence or clause of the line above it (界。在行业…, 边，…): one Han
# character, not a numeral, then a full stop or a comma. No paragraph opens so (an interjection such as 对， opens a
# turn after a sentence's end, where this is not asked), so the line over it is wrapped text, not the last line of a
# heading (reflow.ends_heading_under_short_line) (session 14).
CONTINUING_LINE = re.compile(f"[{HAN}](?<![〇一二三四五六七八九十百千万零])[。，；！？]")


# ---- qa62 (session 14): op-eds and web commentaries ----
# 作者为某大学教授 / 作者系某党校教授 / 作者邢某系某研究院研究员: an author note set without brackets on a line of its
# own under an op-ed (Hong Kong and Taiwan papers print it so, 作者為…): a note about the writer as the bracketed
# （作者系…） is (AUTHOR_NOTE), so it stays in the text, closes the article and may name its author. Only a line that
# ends with a post or a role is one (作者为此走访了十多个村庄。 is a sentence of the text), with no sentence end or
# colon inside.
_WRITER_NOTE_POSTS = ("教授", "研究员", "研究生", "讲师", "学者", "博士", "博士生", "硕士生", "主任", "院长", "所长",
                      "校长", "律师", "医师", "医生", "委员", "立委", "议员", "会长", "理事长", "理事", "董事长",
                      "董事", "总裁", "召集人", "主席", "评论员", "作家", "学家", "专家", "顾问", "工程师", "分析师",
                      "记者", "编辑", "主编", "社长", "学生", "成员", "负责人", "创办人", "执行长", "秘书长", "总监",
                      "经理", "公务员", "教师", "老师", "书记", "局长", "处长", "部长", "合伙人", "观察员", "助理")
UNBRACKETED_WRITER_NOTE = re.compile(rf"^(?:本文)?作者(?:{PERSON_NAME})?(?:系|为|是)[^。！？!?：:（）()“”「」]{{1,80}}"
                                     rf"(?:{'|'.join(_WRITER_NOTE_POSTS)})[。.]?$")
WRITER_NOTE_FIRSTS = "作本"
# (AUTHOR_NOTE itself stays the bracketed note: unit()'s one-call furniture prefilter reads it, on bracketed lines.)
AUTHOR_NOTE_LINE = re.compile(rf"{AUTHOR_NOTE.pattern}|{UNBRACKETED_WRITER_NOTE.pattern}")
WRITER_NOTE = re.compile(rf"{WRITER_NOTE.pattern}|{UNBRACKETED_WRITER_NOTE.pattern}")
# 图为某小学学生在食堂就餐。资料图: a photo caption closed by the file-photo credit (no photographer named): a caption,
# as one closed by 新华社发 or 某某供图 is (PHOTO_CREDIT). So is one closed by the label written out, 资料图片 or 资料照片
# (qa155).
PHOTO_CREDIT = re.compile(rf"{PHOTO_CREDIT.pattern}|[。！？][ 　]*资料(?:图片?|照片)$")
# 【版权声明】凡注明“来源：某某网”的作品…… / 免责声明：本网转载…… / 版权所有：某某网: a web page's copyright or
# disclaimer notice under the text, which may be longer than WEB_CHROME's lines: chrome, no paragraph. The label must
# close (a bracket or a colon; 版权所有 may stand alone): 版权所有者应当…… is a sentence of the text.
COPYRIGHT_NOTICE = re.compile(r"^(?:[【\[]\s*(?:版权声明|免责声明|版权所有)\s*[】\]]|(?:版权声明|免责声明)\s*[:：]"
                              r"|版权所有\s*(?:[:：©]|$))")
COPYRIGHT_NOTICE_FIRSTS = "【[版免"


# ---- qa63 (session 14): two-line pull quotes, titles broken after their verbs, semicolons at a line's end ----
# A comma or semicolon inside a ■ block (not as its last character): a pull quote of two lines in its narrow column
# runs its sentence on through a clause (■ 社区…工程，也是一门需要 / 精打细算的…); a bulleted heading of two lines is
# one phrase or two short phrases (units.is_two_line_quote).
QUOTE_INNER_CLAUSE = re.compile(r"[，；,;](?!$)")
# The two-character headline verbs of TITLE_OPENERS (加快, 构建, 推动…): a short line over a title made of them alone
# (加快构建 / 现代化基础设施体系) is the title's first line, its verbs waiting for their object on the next line; a
# kicker or column head names something (理论周刊, 学思践悟) (articles.is_verbs_alone).
TWO_CHAR_TITLE_OPENERS = frozenset(w for w in TITLE_OPENERS if len(w) == 2)
# The semicolons that end a clause at a line's end (reflow.ends_clause): SENTENCE_MARKS count them as sentence ends,
# but no paragraph ends with one.
CLAUSE_SEMICOLONS = "；;"

# ---- qa60 (session 14): interviews ----
# 宋澜：… then 宋：…: a guest named in full at a first turn and by surname later (units.named_in_full): the surname
# label is one or two characters (欧阳), the full name's label only CJK, the given name after it one or two.
SURNAME_LABEL_MAX = 2
GIVEN_NAME_MAX = 2
FULL_NAME_LABEL = re.compile(rf"^[{CJK}]{{2,4}}$")
# 编者的话 / 【编者按】 / 编者按：: an editor's note's label on a line of its own, the note under it (segment.talk_note);
# the labels of LEADING_NOTE, which opens a line with one.
# (A WeChat post may call its lead box 导语 instead of 导读, the label alone over the lead: the same, qa234.)
LEADING_NOTE_LABEL_LINE = re.compile(r"^[【\[]?\s*(?:编者按|编按|编者的话|核心提示|导读|导语|核心阅读|阅读提示)\s*[】\]]?\s*[:：]?$")
# ---- session 26 (qa225): a bold run-in note label ----
# **核心提示：**… / **阅读提示：**…: a standfirst's label (LEADING_NOTE's), in bold with its colon, is no interview
# speaker's (units.is_note_label). Not 导读 (a lead labelled so stays the text's first, qa188) nor 编者按 (a bold
# **编者按：** note's place decides: editor_note_under_title, qa188; the lead over the first section, qa196).
BOLD_NOTE_LABEL = re.compile(r"^(?:核心提示|核心阅读|阅读提示)$")
BOLD_NOTE_LABEL_INITIALS = ("核心", "阅读提示")
# 座谈会出席者 / 出席者 / 与会者: a roundtable's guest-list label in Taiwan's and Hong Kong's papers (出席者, 與會者),
# over 主持人：…（…） and 与谈人：… lines as under 与谈人: the labels of GUEST_LIST_LABEL and these (qa60).
GUEST_LIST_LABEL_HINTS = (*GUEST_LIST_LABEL_HINTS, "出席者", "与会者")
GUEST_LIST_LABEL_INITIALS = (*GUEST_LIST_LABEL_INITIALS, "论坛")
# What sets a guest's name apart from the guest's post on a line of a guest list (陈秀玲　某协会理事长, 许文杰（律师）,
# 主持人：郑宇翔): a line with none of these and longer than a name is a heading under the list (units.is_unmarked_phrase).
GUEST_LINE_MARKS = (" ", "\u3000", "（", "(", "：", ":", "，", ",", "、", "·")
GUEST_NAME_MAX = 4
# ![受访者供图](https://…): a Markdown image with words alone on a line, kept as written by extract for units.unit,
# which reads the words as the picture's caption (residue), not a paragraph of the text.
MD_IMAGE_LINE = re.compile(r"^!\[([^\]]*)\]\([^)]*\)$")
# 本文为某某网原创稿件，转载请注明出处。 / 本文系本刊独家稿件，未经授权不得转载。: a web page's notice under the text that
# the piece is its own and on reprinting it: chrome, no paragraph (units.unit, with DISCLAIMER_LINE, whose initials
# 本文/文章 it shares). The whole line must be the notice: a clause on 原创 or 独家, then one on 转载. A commissioned piece's
# notice (本文系某某网特约稿件，转载请注明出处。) or a first publication's (首发) is the same notice (qa181).
REPRINT_BAN_LINE = re.compile(r"^(?:本文|文章)(?:为|系|是|属)[^。！？]{0,30}?(?:原创|独家|特约|首发)[^。！？]{0,12}[，,；;]"
                              r"[^。！？]{0,16}转载[^。！？]{0,16}[。.！!]?$")
# Its initials: a bracketed notice (（本文为某某日报原创，转载请注明出处）) is tried without its brackets (units.furniture_kind, qa288).
REPRINT_BAN_INITIALS = ("本文", "文章")
# 访谈时间：2026年4月22日 15:00 / 访谈地点：… / 主持人：尹 珂: the fields over an online interview's record on a government
# portal, under its title: front matter (units.plain_unit), not the title's second line (BLOCK_START) nor a turn; the
# host named alone is no author and says nothing there. (A turn 主持人：… says something: punctuation, not a name.)
_TALK_FIELDS = r"(?:访谈|采访|座谈)(?:时间|地点|主题|形式|嘉宾|对象)\s*[:：]"
TALK_FIELD_LINE = re.compile(rf"^{_TALK_FIELDS}|^(?:本期)?主持人?\s*[:：]\s*[{SURNAMES}](?:[ 　]?[{CJK}]){{1,3}}$")
TALK_FIELD_FIRSTS = "访采座主本"
# A talk's field opens a block (reflow.block_starts: a small pattern of its own, tried on the lines that open with one
# of TALK_FIELD_INITIAL's characters; BLOCK_START compiled again would cost every import some 12 ms).
TALK_FIELD_START = re.compile(f"^{_TALK_FIELDS}")
TALK_FIELD_INITIAL = re.compile("[访采座]")
# 访谈嘉宾：某局副局长 骆振宇 / 某中心主任 詹雅琳 under it: a guest field whose value is a post and a name, and a line that
# is only that, a second guest (units.with_guests_under_guest_line): the post four characters or more, a space, a name
# (two to four characters, maybe padded: the line reads as a byline already, so no surname list is asked).
POST_AND_NAME = re.compile(rf"^[{CJK}（）()、·]{{4,40}}[ 　]+[{CJK}](?:[ 　]?[{CJK}]){{1,3}}$")

# ---- qa61 (session 14): an issuing body's line under a plan's title ----
# 农业部 / 应急管理部 / 江南省人民政府办公厅 / 国家发展改革委　农业农村部: the body (or bodies, apart by spaces) issuing a plan,
# named on a line of its own under the title (a cover that gives no date under it): front matter, no byline (农业部 would
# read as a surname and a given name) and no line of the title (reflow.issuing_body_lines, articles.cover_issuers). ISSUER_LINE's
# words and the ministries' 部, 署 and 委; a newsroom's desk (本报评论部, 经济日报编辑部) is no issuing body: it signs as author.
# (A think-tank's research unit too, named under a note's title with no names after it: 某某市社会科学院农村发展研究所, its
# writers named under the text (执笔：…): front matter, no line of the title (qa80). The 社 of 社会科学院 names no press.)
_BODY_END = r"(?:人民政府|政府|委员会|办公室|办公厅|研究所|研究院|研究中心|[部厅局署委])"
_BODY = rf"[{CJK}][{CJK}（）]{{1,20}}?{_BODY_END}"
# A title's last line may end with those characters in words that name no body (新格局, 基层干部, 中西部, 统筹部署, 餐厅): never
# such a line.
_NOT_BODY_END = r"(?:[东西南北中内外全局干头底顶背腹胸脑总]部|[格布大开全结变新破僵残棋骗时政战赛当书]局|[客餐大展门前]厅|[部签]署|[原常]委)$"
ISSUING_BODY_LINE = re.compile(rf"^(?!.*(?:报|刊|台|社(?!会)|网|评论|编辑|课题组))(?!.*{_NOT_BODY_END}){_BODY}(?:[ \t　]+{_BODY})*$")
# Its last characters (one scan of the lines' last characters picks the few to try).
ISSUING_BODY_LASTS = "府会室厅部局署委所院心"
ISSUING_BODY_LAST = re.compile(f"[{ISSUING_BODY_LASTS}]")


# ---- qa64 (session 14): journal papers' front matter, working papers, think-tank notes ----
# 投稿日期：2025年1月6日；接受刊登日期：2025年4月21日: a Taiwan journal's dates (PAPER_FRONT_FIELDS) open a block as
# 收稿日期 does: reflow tries BLOCK_START only on lines opening with a LINE_OPENER_INITIAL.
# and units.unit tries MARKED_OR_FURNITURE_LINE only on text opening with a UNIT_MARK_INITIAL. (And doi：…, lower case.)
# (在线公开时间：… / 专辑：… / 专题：…, a journal database's fields, likewise: qa84.)
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile("[投接录d在专]"))
UNIT_MARK_INITIAL = _any_of(UNIT_MARK_INITIAL, re.compile("[投接录在专]"))
UNIT_MARK_INITIAL = _any_of(UNIT_MARK_INITIAL, re.compile("[读热精]"))    # (读者留言 / 热门评论 / 精选留言: COMMENTS_LABEL, qa234)
# 本文为工作论文，观点仅代表作者个人，不代表本院立场。引用请注明出处。: a working paper's disclaimer may first say what
# the text is and then whose view it gives, and close with a request to cite the source: DISCLAIMER_LINE's other shape,
# a credit all the same (units.unit; only lines opening with CHROME_LINE_INITIALS are tried).
DISCLAIMER_LINE = _any_of(DISCLAIMER_LINE, re.compile(
    r"^(?:本文|本报告|文章)[^（）()。！？]{0,16}[，,](?:文中|文章|其|所提)?观点(?:仅|只)代表[^（）()。！？]{0,30}?"
    r"(?:立场|观点|看法|意见|个人|本人)[。.]?"
    r"(?:(?:引用|转载)(?:时|请|须)*注明(?:出处|来源)[。.]?)?$"))
# 澄川发展研究院社会政策研究所 / 同济大学经济与管理学院: the line right under a paper's byline naming only an institution and
# its department (no post, no brackets): the authors' affiliation, front matter (units.is_affiliation). Both parts are
# asked for, so a title that ends with an institution word (建设中国特色新型智库) is none.
DEPARTMENT_AFFILIATION_LINE = re.compile(rf"^{INSTITUTION}[{CJK}]{{1,20}}?(?:学院|研究所|研究中心|研究部|研究室|学系|系)$")
# 【要点】1.县域冷链设施覆盖率不足四成。2.…3.…: a key-points label closed by its bracket, run into the box's first
# point, opens the inline list as a colon would (要点：1.…): the first item is found with the others, where it was
# left out and the list started at 2. INLINE_MARKERS' arabic grammar, with 】 among the marks before the number.
INLINE_MARKERS = tuple((family, re.compile(r"(\d(?<![^。；：:;】]\d)\d{0,2})[.．、](?!\d)")) if family == "arabic"
                       else (family, pattern) for family, pattern in INLINE_MARKERS)



# ---- qa68 (session 15): Markdown interviews and think-tank notes ----
# 三个方面<sup>[1]</sup>。 / 增长较快<sup>2</sup>，: a footnote's mark set as an HTML superscript after Chinese text; the
# mark leaves with its tags (as a Markdown [^1] does, MD_FOOTNOTE_MARK), or its number would stay in the sentence.
# (Only after Chinese text or its punctuation: 12万m<sup>2</sup> is a unit's exponent, and the note's own line under
# the text, <sup>[1]</sup> 本文数据…, starts a line and keeps its number.)
HTML_SUP_NOTE_MARK = re.compile(rf"(?<=[{CJK}。，；：！？”’）)])<sup(?:\s[^<>]{{0,200}})?>\s*"
                                rf"(?:[\[［(（]\s*\d{{1,3}}\s*[\]］)）]|\d{{1,3}}|[{CIRCLED_DIGITS}]|[*＊])\s*</sup>", re.I)
# 滇南果蔬集团供稿 / （某某公司供图）: the line under a piece naming the body that supplied its text or pictures, no
# name of a writer (a byline with one, 张传伟/文 某某公安供图, is read as a byline before): credit, not a paragraph.
CONTRIBUTOR_LINE = re.compile(rf"^[（(]?[{CJK}·]{{2,24}}(?:供稿|供图)[）)]?$")
# The last characters of such a line (units.unit tests the text's last character first).
CONTRIBUTOR_LINE_ENDS = ("稿", "图", "）", ")")
# # 智库专报: a Markdown document's first level-1 heading that names its series or column, not the piece, when its front
# matter gives the title (title: 关于…的几点建议): at most this many characters, none of them a clause mark.
FRONT_COLUMN_HEADING_MAX = 8
FRONT_COLUMN_HEADING = re.compile(rf"^[{CJK}A-Za-z0-9·]{{2,{FRONT_COLUMN_HEADING_MAX}}}$")
# 盛毅 四川省社科院研究员 / 葛明远 西南物流研究院研究员: the one line under a profile label (专家简介, PROFILE_HEADING)
# that names the guest, a space, and the guest's institution and post, no sentence: the box on the guest, as a profile
# of sentences is (units.with_profiles), not the interview's text.
GUEST_NAME_POST_LINE = re.compile(rf"^(?:{PERSON_NAME})[ 　]+[^\s，。；：！？,;:!?]{{2,30}}$")
# **记者** 您长期在基层调研… / **韦明达** 总体看…: an interview's turn whose bold label, a role or a person's name, is
# set off from the words by a space instead of a colon (SPEAKER_TURN has the colon): the label is the speaker, read
# as 记者：… (without the colon the label would run into the words, 记者您长期…). Only a role or a name: a bold lead
# phrase of a note (**目标任务** 到2027年…) is no speaker.
BARE_SPEAKER_TURN = re.compile(rf"^\*\*((?:{PERSON_NAME})|[{CJK}·]{{0,8}}记者|主持人?|问|答|嘉宾)\*\*[ \t　]+(?=[^\s*])")
# > 调研中,一位负责人坦言:"我们最缺的不是订单, / > 而是懂技术的人才.": a Markdown blockquote hard-wrapped in a clause,
# its mark repeated on every line. The second line's mark goes (extract.with_quote_continuations), so that the line
# goes on with the quote's paragraph as any soft-wrapped Markdown line does (reflow.markdown_soft_wraps).
MD_QUOTE_LINE = re.compile(r"^>[ \t]*(\S.*)$")


# ---- qa67 (session 15): Q&A boxes on a theory page ----
# 问：什么是“内卷式”竞争？ / 答：主要指…: the paragraphs of a box of questions and answers set under its label
# (理论热点问答) at the end of an article's text, before the title and byline printed after it
# (articles.split_on_qa_box).
QA_BOX_PARAGRAPH = re.compile(r"^[问答]\s*[：:]")
# ……多介绍各地的具体做法。（浙江丽水 读者 潘雨桐）: a reader's letter signed in brackets at the end of its last paragraph
# with the place the reader writes from and what the reader is (READER_WORDS) before the name: the name signs the
# letter, the place and the word are no author (units.with_signatures; READER_SIGNATURE is the line set apart). A
# space parts the name from the word, as in READER_SIGNATURE (读者来信 is no reader named 来信).
READER_TRAILING_SIGNATURE = re.compile(
    rf"(?<=[。！？”’」』])[（(]\s*[{CJK}]{{2,10}}?[ 　]*(?:{READER_WORDS})[ 　]+({_NAMES})\s*[）)]$")


# ---- qa65 (session 15): stray spaces of PDF extraction ----
# 让老街区在更新中 焕发 / 以高效能治理 护航: a line whose one space leaves a word of one or two characters at its end
# after a run of five or more: PDF extraction cut the line's last word off (a stray space), where a column head or
# slogan sets words of like length apart (观点 聚集, 牢记嘱托 展现新风采) and a label stands before the words it
# heads (专栏 …), never after them. Such a line is a heading line like any other (units.Unit.clean). Not a banner
# whose word PDF extraction doubled (今日谈今日谈 锐评, 观点观点 聚集: a column head).
STRAY_GAP_LINE = re.compile(rf"^(?![^\s]*?([^\s]{{2,4}})\1 )[^\s]{{4,}}[{CJK}] [{CJK}]{{1,2}}$")
# （作 者系…） / 编 者按：… / 基金 项目：…: a label whose word a stray space cut (one space within the line's first word
# of at most four characters, after an optional bracket). units.label_mended closes the gap when the line then reads
# as a label (LABEL_LINE: furniture, an editor's note, a metadata field) and did not before.
STRAY_SPACED_LABEL = re.compile(rf"^[（(【\[［]?[{CJK}]{{1,4}} (?=[{CJK}])")
LABEL_LINE = _any_of(FURNITURE_LINE, EDITOR_NOTE, METADATA_FIELD_LINE)
# The stray space is looked for among a line's first characters only (a bracket, four characters, the space).
STRAY_LABEL_SPAN = 6



# ---- qa66 (session 15): hard-wrapped academic papers (a citation across two lines, a number split at the wrap) ----
# 王营，/ 2021)。 and 赵宸宇等，202 / 1),但: the closing half of a citation whose opening bracket ended the line above. On
# its own line the bracket is unmatched and stands beside a digit, not a Han character; the Chinese mark right after
# it (or a half-width mark before Han) shows that it closes Chinese text (normalize.chinese_parentheses).
CHINESE_MARK_AFTER_CLOSER = re.compile(rf"[。，；：、！？]|[,;:.!?](?=[{HAN}])")
# 202 / 1): a number that a Chinese page's hard wrap splits: digits end the line after a Chinese character or mark
# (no Latin word before them), and digits open the next. The wrap holds no space (Chinese lines break anywhere, where
# Latin text breaks between words), so the lines join without one (reflow.joined; LATIN_LINE_BREAK's other matches
# keep theirs).
# (The scan looks for the line break between digits, a literal first; reflow.number_rejoined reads what stands before
# the digits.)
NUMBER_SPLIT_AT_WRAP = re.compile(r"\n(?<=\d\n)(?=\d)")
# …完成县域系统整合；2 / .推动检查检验结果…: an inline list's item number cut from its stop by the wrap. Rule 4, line by
# line, made the stop opening the lower line a Chinese full stop (。推动…: a '.' before Chinese text, the number out of
# sight on the line above); under a line ending with a number after a semicolon or colon it is the item's marker, never a
# sentence's end (；2。 ends none), and is '.' again before the lines join (reflow.item_stops_cut_at_wrap; only lines
# opening with 。 are tried) (qa235).
ITEM_NUMBER_AT_LINE_END = re.compile(r"[；：;:]\d{1,2}$")
FULL_STOP_INITIAL = re.compile("。")
CHINESE_CHAR_OR_MARK = re.compile(rf"[{HAN}{CJK_PUNCT}]")
# ２．１ 数字化转型与… / ３．２．１ …: a paper's decimal section number set in full-width forms. Rule 3 makes the digits
# half-width; the full-width stops between them, at the start of a line, become '.' too, so that the number reads as
# the decimal heading it is (SECTION_MARKERS' "decimal"). Only at a line's start: a quantity inside a sentence keeps
# its stop as written (约１１．７％ -> 约11．7%). An indent before it (　　２．１, spaces by rule 3) is still the line's start.
FULL_WIDTH_DECIMAL_NUMBER = re.compile(r"(?m)^ *\d{1,2}(?:．\d{1,2}){1,3}(?!\d)")
# 表1 主要变量的描述性统计 / 图2 …: a table's or a figure's numbered caption (CAPTION's shapes that name one); and
# 注：样本观测值为19 734个。 / 资料来源：本研究整理。: the note or source line a paper sets right under such a caption. The
# note belongs to the caption (the table itself is not in the text), not to the paragraphs around it (units.with_caption_notes).
NUMBERED_CAPTION = re.compile(r"^[图表]\s*\d{1,2}(?:[.．-]\d{1,2})?(?:\s|[:：])")
CAPTION_NOTE_LINE = re.compile(r"^(?:资料来源|数据来源|来源|注|说明|备注)\s*\d?\s*[:：]")
CAPTION_NOTE_INITIALS = "资数来注说备"
# The colon that ends a lead-in line (……如下假设：) (reflow.after_short_lead_ins).
LEAD_IN_COLON = re.compile(f"[{re.escape(LEAD_IN_COLONS)}]")     # (LEAD_IN_COLONS as a character class)
# ---- qa276: a Markdown line set whole in emphasis ----
# *▲某某专家在乡卫生院坐诊（图｜县卫健委）* / a blank line / the text: a line wrapped whole in emphasis (a picture's
# caption, a note) that ends with no sentence mark, a blank line under it: Markdown ends the paragraph at the blank
# line, so the text under it opens a block of its own (reflow.under_emphasised_lines_over_blank_lines). The mark that
# opens and closes such a line.
EMPHASIS_MARK = re.compile(r"\*")
# 研究主持人：蔡明哲 协同主持人：许雅琪 / 计划主持人：… 研究人员：…: a commissioned research report's byline under its
# title, each name after its role in the project. The project's leaders and researchers wrote the report: they are
# its authors (bylines.byline). A role names the project (研究, 计划, 协同…): a bare 主持人：… is an interview's host
# and his turn, and 课题组主持人：… a team list under a report's text (AUTHOR_NOTE's furniture).
_PROJECT_ROLE = r"(?:研究|计划|计画|协同|共同)主持人|(?:协同|共同)?研究人员"
# (Each name two to four characters, parted by 、 or a space: no role left over, no clause; names() splits them.)
PROJECT_ROLES_BYLINE = re.compile(rf"^(?:(?:{_PROJECT_ROLE})\s*[:：]\s*[{CJK}]{{2,4}}(?:[、 ][{CJK}]{{2,4}})*\s*)+$")
PROJECT_ROLE_SPLIT = re.compile(rf"(?:{_PROJECT_ROLE})\s*[:：]")
# The words a project byline holds, looked for before the pattern is tried (reflow.bylines_among, bylines.byline).
PROJECT_ROLE_WORDS = ("主持人", "研究人员")



# ---- qa69 (session 15): web pages of government departments ----
# （作者：某省卫生健康委员会基层卫生健康处）: a department's web page may close a policy reading with an author note that
# names no person but the office that wrote it; with nothing else in the brackets (no 系/为, no post) the office *is* the
# author (bylines.note_authors; the contract keeps an organisation when it is the author). Only the bracketed 作者：
# field ending with an office word: （作者单位：…） is an affiliation, （作者：张三）'s name is NOTE_AUTHOR's.
_OFFICE_SUFFIXES = "委员会|办公室|办公厅|研究院|研究所|研究室|研究中心|中心|处|科|局|厅|署|司|委|办"
ORG_NOTE_AUTHOR = re.compile(rf"^[（(]\s*(?:本文)?作者\s*[:：]\s*([{CJK}]{{4,30}}?(?:{_OFFICE_SUFFIXES}|{_ORG_SUFFIXES}))\s*[）)]$")
# 专栏2　旅游产品提质重点工程: a plan's box may be printed where the page cut a paragraph mid-clause (…开发自然教育、 / the
# box / 民族文化、…。): the rest of the cut sentence runs under the box up to the line ending with one of
# SENTENCE_END_MARKS, and is read before the box (reflow.with_boxes_after_cut_text).
SENTENCE_END_MARKS = "。！？；!?;"
# The box label as a raw text spells it, Simplified or Traditional (rule 2 converts it later).
BOX_LABEL_SPELLINGS = (BOX_LABEL_PREFIX, "專欄")



# ---- qa71 (session 15): theory-page boxes ----
# 链接 alone on a line over a box beside a theory article (链接 / “三项制度” / 指…): a box's label as 名词解释 is
# (BOX_LABEL_LINE). Only on a line of its own: 链接 opening a sentence is text.
BOX_LABEL_LINE_BARE = re.compile(r"^[【\[]?\s*链接\s*[】\]]?\s*[:：]?$")
# ■ 链接 / ■名词解释: such a label after a pull quote's mark is at most this long (a quote is longer; reflow.
# is_marked_box_label keeps it off the title under it, qa281).
MARKED_BOX_LABEL_MAX = 8
# What a unit must open with for INLINE_NOTES, BOX_PARAGRAPH, BOX_LABEL_LINE or BOX_LABEL_LINE_BARE to be tried.
BOX_OR_NOTES_INITIAL_QA71 = re.compile(r"[注尾脚参主【\[延相推知背新资名小链理热概]").match
# The term a box explains, on a line of its own between the box's label and its paragraph (名词解释 / 县域富民产业 /
# 指…): a short line ending no sentence and holding no comma.
BOX_TERM_LINE = re.compile(r"^[^。！？；，,;]{2,16}$")

# ---- qa73 (session 16): newspaper pages ----
# 本报记者 李 华摄 / 本报记者 方 圆摄: a photo's credit under its caption may glue 摄 to a letter-spaced two-character
# name (People's Daily sets it so). It reads as a byline naming 李华摄; bylines.byline gives no byline for a
# line PHOTO_CREDIT_LINE matches (the caption's credit, units.unit makes it a caption).
PHOTO_CREDIT_LINE_ENDS = ("摄", "影")
# 2026年5月20日 星期三 / 第7版 / 理论·实践: a running head split over lines, its date, the page's number and the
# page's name each on a line of its own (a layout with a blank line after every line). The number alone
# (第7版, 07版, A7版, A7) and, beside it, the name (a word or two joined by a middle dot) are furniture
# beside the dated line (units.with_page_labels), not the first article's title.
PAGE_NUMBER_ONLY_LINE = re.compile(r"^(?:第\s*[A-H]?\d{1,3}\s*版|[A-H]?\d{1,3}\s*版|[A-H]\d{1,3})$")
PAGE_NAME_ONLY_LINE = re.compile(rf"^[{CJK}]{{2,8}}(?:[·・][{CJK}]{{1,8}})?$")
# 王晓明 经济日报让老字号焕发新活力: the fewest characters of a title after a glued signature's paper (as
# articles.glued_outlet_byline asks) for a lone such line between two texts to be split (articles.glued_line).
GLUED_TITLE_MIN_CHARS = 6
# ---- qa74 (session 16): papers' author lines from PDFs ----
# 黄思远 1　周敏慧 2: a PDF extraction may set a space before each author's affiliation number (a superscript in print),
# which the names of a byline then do not reach. A line of two names or more, each followed by a space and its number
# or star, is a paper's author line: the spaces go before it is read (bylines.byline), and reflow asks byline() about
# it (reflow.bylines_among: ASKED_NAMES_LINE). Two names at least: a lone name and a number (王强 2) may be anything.
_SPACED_NAME_MARK = rf"[ 　]+(?:{_AFFILIATION_NUMBER}(?:[*＊]{{1,3}})?|[*＊]{{1,3}}{_AFFILIATION_NUMBER}?)"
SPACED_MARK_NAMES_LINE = re.compile(rf"^{PERSON_NAME}{_SPACED_NAME_MARK}(?:[ 　、,，]+{PERSON_NAME}{_SPACED_NAME_MARK}){{1,5}}$")
# The space before a name's mark, in such a line.
SPACE_BEFORE_NAME_MARK = re.compile(rf"(?<=[{CJK}])[ 　]+(?=[\d{SUPERSCRIPT_DIGITS}*＊])")
# The lines opening with a surname that reflow asks byline() about: names parted by commas or spaced marks.
ASKED_NAMES_LINE = re.compile(rf"(?:{COMMA_NAMES_OR_SPACED_LINE.pattern})|(?:{SPACED_MARK_NAMES_LINE.pattern})")

# --- session 16: pages set letter-spaced throughout ---
# A lone space between two Chinese characters or marks, as letter-spacing sets one between every two, or between a
# digit or Latin letter and a Chinese mark (1 、 → 1、, （ 2 ） → （2）: markers read as written) (reflow.despaced_page);
# a space between a Latin letter or digit and a Chinese character (A 强算力, 截至 2025 年) is left to rule 5.
LETTER_SPACING = re.compile(f"(?<=[{HAN}{CJK_PUNCT}]) (?=[{HAN}{CJK_PUNCT}])|(?<=[{CJK_PUNCT}]) (?=[0-9A-Za-z])"
                            f"|(?<=[0-9A-Za-z]) (?=[{CJK_PUNCT}])")
# ---- qa75 (session 16): Markdown interviews and think-tank notes ----
# 受访嘉宾：柯望舒，某大学教授，某委员会委员。: the paragraph on an interview's guest under a guest label (GUEST_LINE's
# labels with their prefix, so no bare 嘉宾：/专家：, which may open a turn) then a name and the guest's posts after a comma
# or bracket: the box on the guest, as PROFILE_LINE's 受访者简介：…, not the interview's text.
GUEST_PROFILE_PARAGRAPH = re.compile(rf"^(?:本期|受访|访谈|特邀|做客)(?:嘉宾|专家|学者)\s*[:：]\s*{PERSON_NAME}\s*[，,（(]")
# What GUEST_PROFILE_PARAGRAPH's line begins with (a cheap test before it).
GUEST_PROFILE_PARAGRAPH_INITIALS = ("本期", "受访", "访谈", "特邀", "做客")
# --- / *** / ___: a Markdown thematic break (a line of three or more of one of these marks), which a page sets between
# an article's closing credit and the next piece (an event notice, an advertisement) under its own heading.
THEMATIC_BREAK = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
# ---- qa76 (session 16): government portals' web pages and plans ----
# 首页 | 政务公开 | 政策文件 | 政策解读 | 互动交流: a site's navigation bar, four entries or more apart by bars, each a
# short word (no colon: 来源：… | 2025-03-01 is a line of fields): chrome, never a title's first line
# (reflow.is_nav_bar). A Markdown table's row opens with its bar.
NAV_BAR_MARKS = ("|", "｜", "丨")
NAV_BAR_LINE = re.compile(r"^[^\s|｜丨:：，。]{1,8}(?:\s*[|｜丨]\s*[^\s|｜丨:：，。]{1,8}){3,}$")
# ---- qa80 (session 16): think-tank briefs (mastheads, editor's notes, stacked bylines) ----
# 【专家观点】 / 【研究院建议】: a short label wholly in square brackets, on a line of its own: it labels a part of the text
# under it, never titles an article (a title under a page's editor's note, articles.title_under_page_note).
BRACKETED_LABEL_LINE = re.compile(rf"^【[{CJK}]{{2,10}}】$")
# 本期要目 / 本期目录: the label of a brief's list of the notes in its issue (a TOC_HEADING): the list is over the notes,
# so the first note's title comes after it, not before it as a long document's cover title does (articles.take_leading_title).
ISSUE_CONTENTS_LABEL = re.compile(r"^本期(?:要目|目录)$")
# （ at a line's end: a hard wrap that cut an item's bracketed marker (…机构；（ / 2）乡镇层面…): the line under it,
# though it opens like an item (2）), goes on with the same paragraph (reflow.block_starts).
WRAP_CUT_OPENERS = "（("

# ---- qa81 (session 16): Hong Kong and Taiwan commentary, think-tank notes ----
# 国政分析　内政（析） 114-027 号: a Taiwan think tank's series, maybe its subject class, then the note's number (the ROC
# year, a dash, the serial) ending with 号: the masthead over the title, a block of its own and no title line
# (reflow.is_spaced_masthead, units.is_issue_line). The name ends with a series word (PERIODICAL_WORD's, or 分析).
SERIES_NUMBER_LINE = re.compile(rf"^[{CJK}]{{2,16}}?(?:{_PERIODICAL_WORD}|分析|评析)(?:[ \t]+[^\s]{{2,12}})?[ \t]+"
                                r"\d{2,3}\s*[-－]\s*\d{1,4}\s*号$")

# 李 嘉 欣  高级研究主任: a three-character name set letter-spaced (a space between its characters), then after a gap
# the writer's posts (NAMES_POSTS_LINE's POSTS): a policy note's byline; bylines.byline reads the name despaced.
# (Only lines ending with POST_ENDS are tried.)
SPACED_NAME_POSTS_LINE = re.compile(rf"^([{SURNAMES}] [{CJK}] [{CJK}])[ 　]+{POSTS}$")

# 安老服务的经常开支由 2015/16 年度的约 80 亿元增至 2024/25 年度的逾: a line of a page that sets a space on each side of
# its numbers (Hong Kong and Taiwan PDFs), every space between a number and a Chinese character: a wrapped line of
# text, no table row (TABLE_ROW's cells are apart by spaces also between two words or two numbers)
# (reflow.is_table_row). A space with no digit beside it, or with digits on both sides, is no such space.
NON_NUMBER_SPACE = re.compile(rf"(?<![0-9%])[ ](?![0-9])|(?<=[0-9%])[ ](?=[0-9])|(?<![{HAN}])[ ](?![{HAN}])")

# ---- qa79 (session 16): government documents extracted from PDF ----
# ———————————— / ──────── / --------: a rule across the page (a red-letter document's separators around its 抄送 and
# 印发 lines), at full width: a line of its own that neither continues the line above nor runs into the line under it
# (reflow.rule_lines; a full line would otherwise pass for wrapped text). Its marks are SUBTITLE_INITIALS.
RULE_LINE = re.compile(r"^[—─\-]{4,}$")
# 2026年 / 20 / 开展试点，形成建设标准: a table extracted from a PDF one cell a line under its numbered caption (表1 …):
# a run of at least this many short lines without a mark ending a sentence, one of them a number (a year, a count),
# is the table's cells, not heading lines (units.table_cells_under).
TABLE_CELL_RUN_MIN = 4
TABLE_CELL_MAX_CHARS = 20
TABLE_NUMBER_CELL_LINE = re.compile(r"^[\d.%]+(?:年|月|个|家|亿元|万元)?$")
# …具体安排如下： / 年度 / 建成数量（个） / 2026年 / 20 / …: such a table with no caption, under the paragraph that leads into
# it (ending with one of TABLE_LEAD_LAST) or under a plan's box label (专栏1 主要指标): at least this many cells, two of
# them numbers (units.with_table_cells_under_leads).
TABLE_LEAD_LAST = "：:"
UNCAPTIONED_TABLE_CELLS_MIN = 6
# …无人分拣和自动 / 专栏2 … / 化立体库，…: a plan's box (BOX_LABEL_SPELLINGS) may cut its paragraph mid-word too, not only at
# a comma (MID_CLAUSE_LAST): the line over the box then ends with a character of a word (a Han character, a digit, a
# letter) and fills its column (reflow.ends_mid_clause).
CUT_WORD_LAST = re.compile(rf"[{HAN}0-9A-Za-z%]")
# The lines either side of it whose widest gives the column, and how much narrower a line cut at the edge may be (the
# indent of a paragraph's first line, two characters, and half a character of slack).
CUT_LINE_NEIGHBOURS = 8
CUT_LINE_SLACK = 2.5
# 各县（市、区）人民政府，…市政府各部门、各 / 直属机构，各有关单位：: an official document's addressees (OFFICIAL_HEAD_LINE's
# 各…：) wrapped onto a second line that ends with the colon: one block, the first line too short of the column guessed
# at the top of the page to pass for wrapped text, and read as a line of the title over it (reflow.is_wrapped_addressees).
ADDRESSEES_FIRST_LINE = re.compile(r"^各[^。；！？:：]{4,80}$")
ADDRESSEES_LAST_LINE = re.compile(r"^[^。；！？:：]{1,60}[:：]$")
# 第 一 章　总　则 / 第 三 节: a chapter's or section's marker set letter-spaced at the start of a line (PDF extraction keeps
# the tracking as spaces): rule 5 removes those spaces, and before the lines are read the marker is written whole
# (第一章), as HEADING_LINE and the heading markers read it (normalize._normalized_nfc_lines). At least one space.
SPACED_CHAPTER_MARKER = re.compile(rf"(?m)^第(?=[{CN_NUM} ]* )[ ]?((?:[{CN_NUM}][ ]?){{1,4}})([章节篇编部条])")

# ---- qa82 (session 16): newspaper pages ----
# How a place or time phrase ends (绿水青山间, 烟火气里, 新征程中, 转型之际): a headline's first line that ends so is an
# adverbial waiting for its clause on the next line (绿水青山间 / 走出一条生态富民新路子), not a kicker or a column's
# name, which name a column or topic with a noun (理论周刊, 学思践悟). 上/下 are left out: columns are named so (在路上).
TITLE_ADVERBIAL_ENDS = ("间", "里", "中", "之际", "之时")
# A line of Chinese characters alone (no mark, digit, letter or space).
HAN_ONLY_LINE = re.compile(f"[{HAN}]+")

# ---- qa85 (session 16): WeChat articles ----
# ▼ / ✦ / —— ✦ —— / ◆ ◆ ◆ / 👇: a WeChat article's decorative separator or emoji on a line of its own (no letter, digit
# or Han character): chrome, never a section's heading or a title line (units.shaped_short_line).
ORNAMENT_LINE = re.compile(r"^[^\w]+$")
# [图片] / 【图片】 / [视频]: where a saved WeChat or app page had a picture or a video: furniture, no heading.
# (A WeChat post copied as plain text leaves the word alone, without brackets: 图片 / 视频, qa234.)
MEDIA_PLACEHOLDER_LINE = re.compile(r"^[\[【［]\s*(?:图片|图|视频|动图)\s*[\]】］]$|^(?:图片|视频|动图)$")
MEDIA_PLACEHOLDER_INITIALS = "[【［图视动"
# PART 1 / Part 02 / NO.3: a WeChat section's number set with an English label on a line of its own over the heading,
# as 01 is (segment.is_number_over_heading): the section's marker, not part of its heading.
SECTION_NUMBER_LABEL_LINE = re.compile(r"^(?:PART|Part|part|NO|No)[ .．]?\s*\d{1,2}$")
# (原创 宋之衡 经略智库 2025年09月18日 07:30 上海: a WeChat head line's writers, WECHAT_HEAD_WRITERS, qa196.)
# 🔥重磅！… / 📌 推进… / …👇: emoji a WeChat or news app title or heading line opens or ends with, to catch the eye: no
# words of the heading (segment.heading_text). Pictographs, dingbats and the emoji variation selector only: quotes,
# brackets and 《》 stay.
_EMOJI = "\U0001F000-\U0001FAFF\u2600-\u27BF\uFE0F\u200D"
HEADING_EMOJI_EDGES = re.compile(f"^[{_EMOJI}\\s]+|[{_EMOJI}\\s]+$")
# ---- qa83 (session 16): roundtables from journal PDFs ----
# 中国农村经济观察  2025年第8期      圆桌论坛 / 农业经济问题 2024年第6期 · 专题研究 ·: a journal page's running head that
# names the column after the journal's name and issue: JOURNAL_PAGE_HEAD_LINE's shape with the column last. Over the
# first page it has no page number before it to be lifted with (reflow.running_head_lines) and would run into the
# title under it (reflow.journal_column_head_lines, reflow.is_spaced_masthead). Searched for in the page's text.
JOURNAL_COLUMN_HEAD_LINE = re.compile(rf"^{_JOURNAL_NAME}[ \t]+{_JOURNAL_YEAR_ISSUE}[ \t]+[·•]?[ \t]*[{CJK}]{{2,8}}[ \t]*[·•]?$",
                                      re.MULTILINE)
# 主持人： alone on its line over 方明远　本刊编辑部主任: the moderator's label in a roundtable's list of who took part,
# the moderator named on the line under it as a guest is under 与谈人： (units.with_guest_lists): a box on the
# participants, not a section heading over the talk. (A turn's label alone over the moderator's words is not
# followed by a short line naming a post, and keeps them.)
GUEST_LIST_LABEL = re.compile(rf"{GUEST_LIST_LABEL.pattern}|^主\s*持\s*人?\s*[:：]?$")
GUEST_LIST_LABEL_INITIALS = (*GUEST_LIST_LABEL_INITIALS, "主")
# （本文根据座谈录音整理，经发言人审阅。整理：聂清源）: TRANSCRIBER_BYLINE after a note on the transcript in the same
# brackets, its sentence ended: who wrote it up is still the article's author (bylines.byline). (Tried on a line in
# brackets that holds 整理, before the sentence marks rule the line out of bylines.)
NOTED_TRANSCRIBER_BYLINE = re.compile(rf"^[（(][^（）()]{{2,40}}?[。；;]\s*(?:记录|纪录|文字)?整理\s*[:：]\s*({_NAMES})\s*[）)]$")
# ---- qa84 (session 16): papers copied from journal sites and PDFs ----
# 下载PDF  HTML阅读  收藏  分享到：微信 微博 QQ空间: a journal site's row of buttons over the paper's title, three or more
# button words apart: chrome like a navigation bar (reflow.is_nav_bar), never the title's first line.
_TOOLBAR_BUTTON = r"(?:下载|在线|全文|HTML|PDF|CAJ|阅读|收藏|分享到?|打印|引用|导出|评论|推荐|微信|微博|QQ空间|QQ|朋友圈|复制链接)+"
TOOLBAR_LINE = re.compile(rf"^{_TOOLBAR_BUTTON}(?:[ \t　：:|｜]+{_TOOLBAR_BUTTON}){{2,}}[ \t　]*$")
# 1. 某某大学经济与管理学院，湖北 武汉 430072: the authors' affiliations under a paper's byline, one a line, opened by the
# ASCII number the names carry (周立新1,2  韩晓梅1): front matter like NUMBERED_AFFILIATION_LINE's, no numbered item.
DIGIT_AFFILIATION_LINE = re.compile(rf"^\d{{1,2}}[.．、]\s*(?=[^。\n]*?(?:{_INSTITUTION_ENDS}))[^。；;]{{2,120}}$")
# GTI_it = α + β·Treat_i × Post_t + ε_it  （1）: a paper's displayed equation on a line of its own: Latin or Greek
# symbols around an equals sign, few Han characters, maybe its number in brackets. Text of the paragraph, no heading.
EQUATION_LINE = re.compile(rf"^(?=[^{HAN}]*(?:[{HAN}][^{HAN}]*){{0,4}}$)"
                           r"[^=＝]*[A-Za-z\u0370-\u03ff][^=＝]*[=＝][^=＝]*[A-Za-z\u0370-\u03ff0-9].*$")

# 指标  2022年  2023年  2024年 / 护理形式  最低支付比例  最高支付比例: a table's head row under its numbered caption, three
# or more short cells apart by spaces, no mark: no number cell makes it a TABLE_ROW, but the rows under it are
# (units.with_caption_notes).
TABLE_HEAD_ROW = re.compile(r"^[^\s。，；：！？]{1,12}(?:\s+[^\s。，；：！？]{1,12}){2,}$")

# ---- qa87 (session 16): leaders' speeches and government work reports ----
# ——潘永清同志在全市经济工作会议上的讲话: a speech's subtitle naming its speaker (同志 after the name) instead of a
# byline line: the speaker is the article's author (segment.authors_in_text).
SPEAKER_SUBTITLE = re.compile(rf"^(?:——|──|--|—)\s*({PERSON_NAME})同志在[^。]{{2,60}}?(?:讲话|报告|致辞|发言)")
# 邵明辉在全县农村工作会议上的讲话 / 县委书记某某同志在…上的讲话: a speech titled (on a portal, in a collection)
# by its speaker's name, maybe after the speaker's post, then the occasion: the speaker is the article's author, as the
# subtitle's (segment.authors_in_text; a "name" holding an office word, 王书记, is no one's name). (qa227)
SPEAKER_TITLE = re.compile(rf"^(?:{_OFFICE_POST})?({PERSON_NAME})(?:同志)?在[^。，；！？]{{2,60}}?(?:上|时)的(?:讲话|报告|致辞|发言)$")
SPEAKER_TITLE_LASTS = frozenset("话告辞言")
# 在全县秋冬季农业生产工作会议上的讲话 / 邵明辉在…上的讲话: a line naming the occasion a speech was given on, the speaker's
# name maybe before it, is a title, never a section's heading: under a portal's name and fields, with chrome between
# (某某发布 / 2026-10-21 18:05 来源：… / 字号：大 中 小), it titles the speech and the lines over the fields are the
# site's (articles.take_leading_title). (qa227)
SPEECH_TITLE = re.compile(r"^[^\s。，；：！？]{0,20}?在[^\s。，；！？]{2,60}?(?:上|时)的(?:讲话|报告|致辞|发言)$")
# ——2025年1月9日在某县第十八届人民代表大会 / 第四次会议上: a subtitle wrapped before its end; the rest, alone on the
# next line, closes the occasion (上, 上的讲话 …), which the subtitle's first line does not (units.with_wrapped_subtitles).
SUBTITLE_REST = re.compile(r"^[^\s。，；：！？、]{1,30}?上(?:的(?:讲话|报告|致辞|发言))?$")
SUBTITLE_CLOSED = re.compile(r"(?:上|讲话|报告|致辞|发言)$")

# ---- qa86 (session 16): Hong Kong papers' pages ----
# ……配送测试。 新华社 / ……车流不断。 中新社: a Hong Kong paper credits an agency's photo with the agency's bare name
# after the caption's last sentence, set apart by a space (no 发 after it): the credit closes the caption as 新华社发
# does (PHOTO_CREDIT). The space is needed: text runs on from a full stop to the next sentence with none.
_AGENCY_PHOTO_CREDIT = rf"[。！？][ 　]+[{CJK}]{{1,4}}社$"
PHOTO_CREDIT = re.compile(rf"{PHOTO_CREDIT.pattern}|{_AGENCY_PHOTO_CREDIT}")
PHOTO_CREDIT_ENDS = (*PHOTO_CREDIT_ENDS, "社", "片")    # (片 of 资料图片 and 资料照片, qa155)
PHOTO_CREDIT_LAST = re.compile("[摄发图影社片]")
# 黄志伟 明报 / 周立新 大公报发展…: a paper's short name after a signature's names has a name's shape (明 a surname, and
# a glued title's reader takes three characters before 发展): nobody's given name ends in 报, so a "name" of two to four
# characters ending in it is the paper (bylines.names_then_paper, articles.glued_byline).
NAME_SHAPED_PAPER = re.compile(rf"[{CJK}]{{1,3}}报")
# ▲长者在门诊外轮候。（资料图片）: a short line closed by the file-photo label in brackets is a photo's caption as one
# closed by its photographer's credit in brackets is (BRACKETED_PHOTO_CREDIT; units.unit). (An agency's name in
# brackets, （新华社）, may close a one-line news brief: not taken.)
BRACKETED_PHOTO_CREDIT = re.compile(rf"{BRACKETED_PHOTO_CREDIT.pattern}|^[^。！？（）()]{{2,40}}。?[（(]\s*资料图片?\s*[）)]$")

# ---- session 17 (lead) ----
# Spaces (full-width too) and tabs ending a line of YAML front matter (exported files carry them): YAML refuses a tab
# after a plain value, so they are dropped before the block is parsed.
LINE_END_SPACE = re.compile("[ \\t\u3000]+$", re.M)
# The first character of CAPTION_OPENING: one scan of a page's first characters finds the lines to try as captions.
CAPTION_INITIAL = re.compile(re.escape(CAPTION_OPENING[0]))
# A word every READING_BOX_LABEL holds: a substring test before the pattern (reflow.with_interleaved_boxes).
READING_BOX_LABEL_WORDS = ("链接", "阅读")
# The same words as a raw text may spell them, in either script (the raw text is tested before conversion to
# Simplified: segment.lines_in_reading_order).
READING_BOX_LABEL_SPELLINGS = (*READING_BOX_LABEL_WORDS, "鏈接", "閱讀")
# The colons a labelled field holds (作者：…): a substring test before OUTLET_DATE_FIELDS_LINE (units.plain_unit).
FIELD_COLONS = ("：", ":")

# ---- qa93 (session 17): Traditional papers from PDF and the web, Markdown roundtables and think-tank notes ----
# 澄海战略研究院 | 决策参考 2026年第9期 | 2026-03-20: a think tank's masthead line, its name, then the series with the
# issue's number and then the date, parted by bars (OUTLET_DATE_LINE with an issue): front matter, the publisher its
# source and the date its date, no title and no text.
OUTLET_ISSUE_DATE_LINE = re.compile(
    rf"^(?:{_PUBLISHER_LABEL})?([{CJK}]{{2,20}})\s*[|｜]\s*[{CJK}]{{2,8}}\s*{_BRIEF_ISSUE}\s*[|｜]\s*{_DATETIME}$")
# 上一页 1 2 3 下一页 / 首页 上一页 [1] [2] 下一页 尾页: the pager of a web article split over pages, left in the text
# where the page breaks: chrome (units.furniture_kind). A page link or two with 上一页 or 下一页 (a line holding only
# those words and the pages' numbers).
PAGER_LINE = re.compile(r"^(?=.*[上下]一页)(?:首页\s*)?(?:上一页\s*)?(?:[\[【]?\d{1,3}[\]】]?\s*){0,20}(?:下一页\s*)?(?:尾页)?$")
# The characters a pager's line begins with (a class: one scan of the lines' first characters picks the few to try on
# PAGER_LINE, where reflow lifts a pager out of a sentence that runs on over the page break: qa232).
PAGER_INITIAL = re.compile(r"[上下首\d\[【]")
# The marks a line that ends a paragraph ends with, over a pager: a sentence's end, or a quotation closed after one.
PAGER_PARAGRAPH_END_MARKS = SENTENCE_END_MARKS + "”」』"
# ### 邝衡 (over each of that guest's answers, the questions being the ## headings): a Markdown heading holding only a
# person's name (units.with_speaker_headings).
SPEAKER_HEADING_NAME = re.compile(rf"(?:{PERSON_NAME})")
# 来源：青川健康报 2026-05-12 08:40 作者：朱若溪: a line of fields giving the date unlabelled after the source's name
# (bylines.published; DATE_FIELD's groups).
SOURCE_THEN_DATE = re.compile(r"(?:来源|出处|稿源)\s*[:：]\s*[^\s:：|｜]+?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")

# ---- qa92 (session 17): op-eds, newspaper pages, speeches, interviews ----
# ——庞某某（某大学某研究院研究员）: an op-ed signed on a dash line, under its title or under its text: the names each
# followed by a bracketed affiliation (NAMES_WITH_ASIDES) after the dash are a byline, no subtitle (bylines.byline).
# (A subtitle's words carry no bracketed affiliation after a name: ——写在…之际, ——访…局长某某.)
DASH_SIGNATURE = re.compile(r"^(?:——|──|--|—)\s*([^—─\-\s].*[）)])$")
DASH_SIGNATURE_INITIALS = "—─-"

# （来源：江宁日报　2026年3月5日　第3版） / （稿源：《东川晚报》）: a closing line naming where the piece was published,
# maybe with its date and page: the article's source (group 1 or 2: the publication) and date, no text of it
# (segment.ArticleBuilder.closing_source). The name ends where the date, a space, a comma or the bracket starts.
SOURCE_CLOSING_LINE = re.compile(rf"^[（(]\s*(?:本文|文章|信息)?(?:来源|稿源|出处)\s*[:：]\s*"
                                 rf"(?:《([^《》]{{1,20}})》|([^\s，,；;:：（）()《》]{{2,20}}?))"
                                 rf"(?=[\s，,；;]|\d{{4}}\s*[年\-/.]|[）)]$)[^（）()]*[）)]$")
SOURCE_CLOSING_LINE_INITIALS = "（("
SOURCE_CLOSING_LINE_INITIAL = re.compile("[（(]")        # (reflow.source_closing_lines: a line of its own)

# ---- qa90 (session 17): newspaper pages printed text first ----
# TITLE_OPENERS and more adverbs and verbs that open a headline (严格知识产权保护, 依法规范…, 统筹推进…): they tell where
# a name glued to the next title ends (钱某华严格… reads 钱某华 + 严格…; articles.glued_byline). Only words that seldom
# follow a place name in a title (黄河保护… would read 黄河 + 保护…), so no nouns (保护, 治理, 服务).
GLUED_TITLE_OPENERS = (*TITLE_OPENERS, "严格", "依法", "统筹", "深入", "全力", "坚决", "不断", "加大", "立足", "围绕", "着眼",
                       "锚定", "紧扣", "抓好", "用好", "做实")
# 观点·评论 第 9 版 2026年12月3日 星期四: a running head opening with its column's name, its marked page number before
# the date, then the weekday (COLUMN_PAGE_HEAD_LINE takes that order only with the date ending the line).
COLUMN_PAGE_HEAD_LINES = re.compile(rf"{COLUMN_PAGE_HEAD_LINE.pattern}|^[{CJK}]{{2,8}}(?:[·・][{CJK}]{{1,8}})?\s*"
                                    rf"{_MARKED_PAGE_NUMBER}\s*\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*"
                                    rf"(?:星期|周)[一二三四五六日天]$")
# A name of Chinese characters only (no mark, no digit): the name glued to a title (articles.glued_full_name).
CJK_NAME = re.compile(rf"[{CJK}]+")

# ---- qa91 (session 17): theory pages ----
# 东川市委党校经济学教研部 齐文远 / 江东省商务厅 范成林: a byline under a theory page's title naming the author's
# department before the name, a school's teaching department (教研部, 教研室, under its institution) or a province's,
# city's or county's government department (…厅, …局, …委员会), where INSTITUTION_NAMES_LINE names an institution
# (bylines.shaped_byline). The names after the space are the authors; a line of issuing bodies has no name after one.
DEPARTMENT_NAMES_LINE = re.compile(rf"^(?:{INSTITUTION}[{CJK}]{{0,12}}?(?:教研部|教研室)"
                                   rf"|[{CJK}]{{1,6}}[省市县区][{CJK}]{{1,8}}?(?:厅|局|委员会))[ 　]+({_NAMES})$")
# The department's last word before the space: the lines reflow.bylines_among asks byline() about for it (BYLINE_WORD
# holds 教研部 through 研究部 already, not a government department's word).
DEPARTMENT_WORD = re.compile(r"(?:厅|局|委员会)[ 　]")
# 蒋 慧 敏: a three-character name set one character at a time, which byline() leaves alone (a letter-spaced line of
# text looks the same: 的 创 新); right under a paragraph's last sentence and over a note on the author (（作者单位：…）)
# it signs the text above (units.with_spaced_names_over_notes).
SPACED_THREE_CHARACTER_NAME = re.compile(rf"^[{SURNAMES}][ 　]+[{CJK}][ 　]+[{CJK}]$")
# The lines of a title over such a name at the document's head, under a one-line kicker maybe (特别策划 / 以高水平生态保护 /
# 厚植绿色发展新优势 / 宁 秋 实) (units.signs_opening_title, qa237).
OPENING_TITLE_MAX_LINES = 2
# The units such a name may stand at from the document's head: those lines and the running head or fields over them.
OPENING_HEAD_MAX_UNITS = 5

# ---- qa95 (session 17): speeches, work reports, newspaper lead articles, reprinted op-eds ----
# 坚定信心 真抓实干 / 奋力开创县域高质量发展新局面: a headline's first line of two short phrases parted by a space, set over
# its longer main line (a speech's, a work report's, a newspaper lead article's title): group 1 the first phrase, which a
# banner PDF extraction doubled (聚焦聚焦 乡村文旅) is not (articles.is_headline_couplet measures the two lines).
HEADLINE_COUPLET = re.compile(rf"^([{CJK}“”]{{4,7}})[ 　]([{CJK}“”]{{4,7}})$")
# ——在全县三级干部大会上的讲话 / ——2026年1月15日在某市人民代表大会第五次会议上: a subtitle naming the occasion a speech or
# report was given on: a block of its own whatever its width, never a wrapped title's last line (reflow.occasion_subtitles).
OCCASION_SUBTITLE = re.compile(r"^(?:——|──|--|—)\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*)?在[^。，,；;]{2,}$")

# （摘自《东川日报》2026年3月5日） / （原载《江宁观察》2026年第3期） / （转载自2026年3月2日《某报》）: a reprinted piece's closing
# note naming where it first ran: the publication (group 1, in 《》 whole; or group 2, unbracketed, up to a date, a space or
# a comma) is the article's source and the date, where the note gives one, its date (segment.ArticleBuilder.closing_source).
# (SOURCE_NOTE, which also reads （资料来源：…） under a table, took the shortest name: 东川 of 《东川日报》.)
# Group 1 is the verb of a reprint, None for （资料来源：…）, a note naming where data came from (its name is still read
# whole: units.credits_note_byline).
REPRINT_SOURCE_NOTE = re.compile(rf"^[（(]\s*(?:(摘自|摘编自|节选自|转载自|原载于?|刊于|原刊于?)|资料来源\s*[:：])\s*"
                                 rf"(?:\d{{4}}\s*年\s*)?(?:\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*)?"
                                 rf"(?:《([^《》]{{1,20}})》|([^《》（）()，,；;:：\s\d]{{2,20}}?)(?=[\s，,；;]|\d{{4}}\s*[年\-/.]|[）)]$))"
                                 rf"[^（）()]*[）)]$")

# 一是…；二是…；三是…。我们将采取有力措施，切实加以解决。: the marks that end an inline list's last item when its items are
# parted by semicolons (ITEM_SEMICOLONS): the first sentence end outside quotation marks ends the list, and the sentences
# after it close the paragraph, not the item (measures.last_item_end).
LAST_ITEM_SENTENCE_ENDS = "。！？"
ITEM_SEMICOLONS = ("；", ";")
QUOTE_OPENERS = "“‘「『"
QUOTE_CLOSERS = "”’」』"

# ---- qa94 (session 17): web policy interpretations and plans with nested and continued measures ----
# 青川市农业农村局        青川市财政局 (over 2025年3月12日): a notice issued jointly, signed by each issuing body in turn
# on one line, the names parted by spaces (ISSUER_LINE, two or more times; reflow.is_issuer_over_date).
_ISSUER_NAME = rf"[{CJK}]{{2,30}}?(?:人民政府|委员会|办公室|办公厅|[局厅])"
JOINT_ISSUER_LINE = re.compile(rf"^{_ISSUER_NAME}(?:[ \t\u3000]+{_ISSUER_NAME})+$")
# 1.精简文件会议。 / its text on the lines under it: a numbered item's heading line may end with a full stop, as a run-in
# head does (1.精简文件会议。严格控制…), the text under it being its body (segment.is_stopped_head: the line stays a
# paragraph, 1.支持农户建设冷库。 being as often a one-sentence item; what follows it decides).
HEADING_FULL_STOP = "。"

# ---- qa96 (session 17): newspaper pages, an interview box among commentaries, a caption amid a paragraph ----
# 记者：…？ / 问：… / 答：…: a reporter's turn (or a bare question or answer) at a line's head under a line that ends a
# sentence opens a paragraph however full that line (reflow.reporter_turns): a turn never runs on from the answer.
REPORTER_TURN_LINE = re.compile(r"^(?:本报)?记者\s*[：:]|^[问答]\s*[：:]")
REPORTER_TURN_INITIAL = re.compile("[本记问答]")
# ——访某市文化和旅游局局长某某 / ——专访… / ——对话…: an interview's subtitle, a line of its own under its title however
# the title's line fills the column (reflow.interview_subtitles); a dash opening a line amid text holds a clause (，) or
# opens no such words.
INTERVIEW_SUBTITLE_LINE = re.compile(r"^(?:——|──|—)\s*(?:访|专访|对话)[^，。！？；]{2,40}$")

# ---- qa98 (session 17): Markdown interviews with half-width punctuation, advertorials after them ----
# 南岭财经 2026-05-27 作者:戚安澜: a web page's publisher and date with no label, then a labelled field (作者, 编辑…):
# a line of fields over the text (its publisher the source, its date published, the 作者 field the authors), not text.
# (Like OUTLET_DATE_LINE, which ends with the date; rule 5 may have taken out the spaces.) The field may be the source the
# outlet took the text from (澄江新闻客户端 2026-07-16 11:40 来源：澄江新闻, a news app's head line, qa266).
OUTLET_DATE_FIELDS_LINE = re.compile(rf"^([{CJK}]{{2,20}})\s*{_DATETIME}\s*"
                                     r"(?=(?:作者|撰文|撰稿|记者|编辑|责任编辑|责编|来源|稿源)\s*[:：]\s*\S)")
# How far into a unit OUTLET_DATE_FIELDS_LINE needs to look (publisher, date and time, a label and its colon).
OUTLET_DATE_FIELDS_PROBE = 60
# 本文为广告 / （本文为推广内容） / *本文系广告*: a line saying that the piece under or over it is an advertisement: its
# label, as a bare 广告 is (ADVERT_LABEL_LINE; units.is_advert_label).
ADVERT_NOTE_LINE = re.compile(rf"^[（(【\[［]?\s*(?:本文|此文|本篇|本内容|以下内容)\s*(?:为|系|属于?|是)\s*"
                              rf"(?:{ADVERT_LABELS})(?:内容|信息|文章)?\s*[）)】\]］]?[。.]?$")
# 某某博览会6月开幕（推广） / …（广告）: an advertisement's label in brackets at the end of its title: no part of the
# title (segment.ArticleBuilder: residue, as a column's name before a title is).
TITLE_ADVERT_TAG = re.compile(rf"\s*[（(【\[［]\s*(?:{ADVERT_LABELS})\s*[）)】\]］]$")
TITLE_ADVERT_TAG_ENDS = "）)】]］"
# …咨询热线：0871-6600 1234. / …发送至邮箱a@b.cn. / …热线96008.: a full stop ending a paragraph right after a number, an
# e-mail address or a Latin word set in Chinese text (maybe after a label's colon) ends the Chinese sentence (rule 4):
# at a line's end rule 4 cannot tell it from a wrapped decimal (下降0. / 4个百分点), at a paragraph's end it can
# (segment.ArticleBuilder.add_paragraph). The whole paragraph is searched: tried only on one that ends with '.'.
PARAGRAPH_END_STOP = re.compile(rf"[{CJK}]：?\s*(?:{_EMAIL}|\d[\d\- ]*\d|\d|[A-Za-z0-9]+)\.$")

# ---- qa97 (session 17): theory pages ----
# 学术观点 / 生态产品价值实现机制，是指…: more labels of a box set beside a theory article's text in a narrower column
# (BOX_LABEL_LINE's, and a scholar's view quoted in a box), on a line of their own over the box's paragraph
# (units.box_paragraph_under_label).
BOX_LABEL_LINE_QA97 = re.compile(rf"^[【\[]?\s*(?:{_BOX_LABELS}|学术观点|观点摘编|学界观点)\s*[】\]]?\s*[:：]?$")
# What a unit must open with for the notes and box tests of units.with_boxes_and_inline_notes (BOX_OR_NOTES_INITIAL_QA71
# with the first characters of those labels).
BOX_OR_NOTES_INITIAL_QA97 = re.compile(r"[注尾脚参主【\[延相推知背新资名小链学观理热概致鸣谢]").match   # (致鸣谢: qa255)
# 建设人与自然和谐共生的 / 美丽城市 / 梁 溪 明 / （作者系…）: the lines of a title printed after an article's text that may
# stand between the text and a letter-spaced three-character name over an author note (units.with_spaced_names_over_notes).
END_TITLE_MAX_LINES = 3
# ■让数据多跑路， / 让群众少跑腿: the marks that end a pull quote's clause at a line's end, the next line holding the
# clause after it (reflow.quote_clause_ends_over).
CLAUSE_END_MARKS = frozenset("，；、")
# 其一，以制度… / 一是… / 第二，… / （三）… / 2. …: a line opening with an enumeration's item marker, which a sentence ending
# at the column's edge over it does not run into (reflow.fills_column_under), nor, on a page set one paragraph a line, a
# long lead-in ending with a colon (…主要有以下三个方面： / 第一，…: reflow.lists_under_lead_ins, qa279).
ITEM_OPENING_LINE = re.compile(rf"^(?:其[{CN_NUM}]{{1,2}}|[{CN_NUM}]{{1,3}}(?:是|要|方面)|第[{CN_NUM}]{{1,3}}[，,、：:是]|首先|其次|"
                                    rf"[（(][{CN_NUM}\d]{{1,3}}[）)]|\d{{1,2}}\s*[、.．]|[{CIRCLED_DIGITS}])")
# ---- qa277: a run-in item's marker at the head of a line inside its paragraph ----
# …个人出一点； / 二是做好口味账，… / 第三，要…: the marker of an item run in a paragraph's text (一是, 二要, 第三，, 其二),
# which a line may open by chance where the item before it ends with a semicolon at the column's edge. On a page that
# indents its paragraphs such a line set flush goes on the paragraph (reflow.flush_item_line_under), and so does one
# cut short mid-clause amid the paragraph (reflow.item_cut_mid_clause). Only lines opening with RUN_IN_ITEM_INITIALS
# are tried.
RUN_IN_ITEM_LINE = re.compile(rf"^(?:[{CN_NUM}]{{1,3}}[是要]|第[{CN_NUM}]{{1,3}}[，,、]|其[{CN_NUM}]{{1,2}}[，,、是])(?=[{HAN}])")
RUN_IN_ITEM_INITIALS = CN_NUM + "第其"

# 群众参与热不热，… / “…: a line opening with a word or a quotation, no bullet or list mark: the rest of a paragraph whose
# full line over it ends a clause with a semicolon (reflow.semicolon_over_last_line, qa240).
CJK_OR_QUOTE_OPENING = re.compile(r"^[\u4e00-\u9fff“‘《]")

# 理论周刊 5 2027年8月3日 星期二: a running head that opens with its column's name, then a bare page number apart by
# spaces, then the date and weekday (COLUMN_PAGE_HEAD_LINES takes only a marked page number there): its date is the
# page's (reflow.is_page_head).
COLUMN_NUMBER_PAGE_HEAD_LINE = re.compile(rf"^[{CJK}]{{2,8}}(?:[·・][{CJK}]{{1,8}})?[ 　]+\d{{1,3}}[ 　]+{_PAGE_HEAD_DATE}")

# 三、主要措施 / 二、进一步发展的对策建议: a section whose heading names the actions it sets out (对策, 措施, 举措) sets
# them out as measures; not a recommendations chapter (政策建议: a report's argued chapter, its （一） parts its
# sections), a plan's safeguards chapter (三、保障措施: its （一） parts are the plan's sections) or a conclusion with
# them (四、结论与对策: a paper's closing chapter). (units.with_measure_headings, qa102)
MEASURES_SECTION_WORDS = re.compile(r"对策|對策|措施|举措|舉措")
NOT_MEASURES_SECTION_WORDS = re.compile(r"保障(?:措施|举措|舉措)|结论|結論|结语|結語|总结|總結|小结|小結|结束语|結束語")

# 某某政策研究中心　经济发展研究组 / 某某大学　公共管理学院: a research body and its department or group, or two bodies,
# set apart by a space on a line of their own between a title and its byline: the authors' bodies, as RESEARCH_BODY_LINE's
# one name is (units.is_body_over_names), and a block of its own, not the rest of the title above (reflow, qa102).
_RESEARCH_BODY_NAME = rf"[{CJK}（）()]{{2,30}}?(?:研究院|研究所|研究中心|发展中心|研究部|研究室|党校|大学|学院|课题组|研究组|调研组)"
RESEARCH_BODIES_LINE = re.compile(rf"^{_RESEARCH_BODY_NAME}(?:[ 　]+{_RESEARCH_BODY_NAME}){{1,2}}$")
# Their last characters (reflow.research_bodies_lines: one scan of the lines' last characters picks the few to try).
RESEARCH_BODIES_LAST = re.compile("[院所心部室校学组]")

# 发布日期：2026-03-11 09:15　来源：… / 成文日期：…: a web page's line of fields that opens with the date's label, under
# the title: a line of its own (as 发布时间：… in BLOCK_START), not the rest of the title (reflow.date_field_lines, qa102).
DATE_FIELD_LINE = re.compile(r"^(?:发布|更新|成文|印发|发文)日期\s*[:：]")
DATE_FIELD_INITIAL = re.compile("[发更成印]")

# 解读单位：市商务局市场体系建设科 / 起草部门：…: a policy interpretation's field naming the office that explains or drafted
# the policy, on a line of its own at the text's end: a line of its text, short and unpunctuated like a heading but no
# section heading (units.plain_unit, as CONTACT_LINE, qa102).
EXPLAINER_FIELD_LINE = re.compile(r"^(?:解读|起草|发布|解读发布)(?:单位|部门|机关|机构)\s*[:：]")

# ---- qa100 (session 17): newspaper pages ----
# 时评时评 广场 / 观点观点 聚集: a column banner whose first word PDF extraction doubled, a word of two to four characters
# twice, then a space and a short name. Right over the page's first paragraph (no title under it) it is the page's
# furniture, not a title (units.with_doubled_banner_over_text). The name may run to a few spaced words (学习学习 理论
# 周刊, 区域区域 合作 国际: a section and its weekly or beat set apart, qa222), never a clause's run of text.
DOUBLED_BANNER = re.compile(rf"^([{CJK}]{{2,4}})\1(?:[ 　]+[{CJK}]{{2,6}}){{1,3}}$")
# 韩冰 东方网: the last "name" of a line of names a news site's short name (东方 a compound surname, 网 no given name);
# NAME_SHAPED_PAPER's like for a paper (bylines.names_then_paper).
NAME_SHAPED_SITE = re.compile(rf"[{CJK}]{{1,3}}网")
# …绿色化方 / 第 5 版 / 2026年9月8日 / 向发展，…: a newspaper page's number (and the date printed under or over it) as a
# footer between two lines of one sentence: furniture lifted out of the text as a PDF's page number is
# (reflow.page_footers_mid_text).
FOOTER_PAGE_NUMBER = re.compile(r"^第\s*\d{1,3}\s*版$")
# 18 under 半月谈 2026年第14期: a magazine page's bare number beside its running head (reflow.magazine_heads_mid_text,
# qa237): a line of digits only, opening with one (the class scans the lines' first characters), three at most.
PAGE_NUMBER_INITIAL = re.compile("[0-9]")
BARE_PAGE_NUMBER_MAX_CHARS = 3
# 某某研究院研究报告 / 1 … 某某研究报告题目 / 2: a report's running foot set on the line over the page's bare number
# (reflow.running_feet_over_bare_numbers, qa268): the foot repeats over more than one number (or repeats the cover's
# title lines), so a page's last line of text met once is never taken; no shorter than this.
RUNNING_FOOT_MIN_CHARS = 6

# ---- qa101 (session 17): web articles ----
# 资料来源：经济部统计处 / 数据来源：国家统计局: a line naming where the figures of the paragraph over it (or the page's
# text) come from: a line of its own (reflow.foot_field_lines), a line of text, never a heading, and the page's
# credit where a credit line follows it (units.with_press_foot); right under a data box's figures (DATA_BOX_FIGURE_LINE)
# it is the box's source, residue with it (units.closes_data_box, qa249).
DATA_SOURCE_LINE = re.compile(r"^(?:资料|数据)来源\s*[:：]")
# 新闻联络人：产业发展处 林美华科长 / 新闻联系人：…: the press officer a government press release names under its text: a
# credit (units.plain_unit), and the contact lines under it (联络电话：…, CONTACT_LINE) go with it.
PRESS_CONTACT_LINE = re.compile(r"^新闻(?:稿)?(?:联络|联系)人\s*[:：]")
# Either, or a contact line of the kind a press release's foot holds (联络电话：… / 联系电话：…): lines that open a block
# of their own and never run on from the line over them (reflow.foot_field_lines).
FOOT_FIELD_LINE = re.compile(rf"{DATA_SOURCE_LINE.pattern}|{PRESS_CONTACT_LINE.pattern}|^(?:联络|联系)电话\s*[:：]")
FOOT_FIELD_INITIAL = re.compile("[资数新联]")
# 资料来源：内政部统计处　制图：陈某某 / 数据来源：…　製表：…: the source line under a chart's caption that also names
# who drew the chart: the caption's last line, so it closes its block (reflow.block_stops), never running on into the text
# the chart stands amid, however short of its column it ends (qa235).
CHART_SOURCE_CREDIT_LINE = re.compile(r"^(?:资料|数据)来源\s*[:：][^。；]{1,40}?\s(?:制图|制表|绘图|图表制作)\s*[:：/／]\s*[^\s。，]{2,12}$")
# The bullets of a run of short summary items (■ 县域商业网络不断完善 / ■ …) read as headings, the bullet cut as debris
# (units.short_bullet_runs).
SUMMARY_BULLETS = "■□◆●"

# 2025-05-08 08:30　阅读：3265 / 2025年5月8日 浏览量 1862: a web article's date line with a count of its readers after
# it: a line of fields (META: its date is the article's), no heading (units.plain_unit).
DATE_COUNTER_LINE = re.compile(rf"^{_DATETIME}(?:(?<=\d)\s+)?(?:[|｜丨]\s*)?(?:阅读|浏览|点击|访问)(?:量|数|次数|人次)?\s*(?:[:：]\s*)?\d[\d,，]*\s*次?$")

# 发布日期：114-03-12 / 日期：民国114年3月12日: a Taiwan government page's date field in the Republic's years (the year
# 1911 + it): the article's date (bylines.published). Two or three digits only, so a Gregorian year never matches.
ROC_DATE_FIELD = re.compile(r"(?<![稿回用])(?:日期|时间|发布时间|发布日期)\s*[:：]\s*(?:民国)?(1\d{2}|[3-9]\d)[-/.年](\d{1,2})[-/.月](\d{1,2})(?!\d)")
ROC_YEAR_OFFSET = 1911

# ---- qa104 (session 17): an institution over a web page whose credit names a person of it ----
# 江南城乡发展研究中心 over the text / 作者：沈立秋，江南城乡发展研究中心研究员 at its end: a byline naming only an
# institution is the page's publisher when another byline names a person as one of its staff (segment.authors);
# 课题组：某研究中心 / 执笔：张三 (no institution in the writer's line) keeps the group as an author.
INSTITUTION_ONLY = re.compile(rf"^{INSTITUTION}$")

# （广告） / (推广): an advertisement's label in round brackets on a line of its own, under an advertorial's text: a
# label like 【推广】 (ADVERT_LABEL_LINE; units.is_advert_label), no paragraph of the text (qa104).
ROUND_ADVERT_LABEL_LINE = re.compile(rf"^[（(]\s*(?:{ADVERT_LABELS})\s*[）)]$")

# ---- a section's marker alone on its line over its heading (reflow.with_markers_on_their_lines) ----
# A section marker of the Chinese-numeral grammars and nothing else on its line (一、 / （三） / 肆、), as PDF
# extraction leaves a heading's number set in a box of its own; the heading's words are on the line under it.
# Not 一。 (or 一. / 一．, which rule 4 makes 一。): that is also the last line of a paragraph wrapped inside a number
# (……占比三分之 / 一。); no paragraph's line can be 一、 alone. (第一章 alone over its heading is a plain heading line
# already: segment.bare_section_marker.)
BARE_SECTION_MARKER = re.compile(rf"[{FORMAL_CN_NUM}]+、|[{CN_NUM}]+、|[（(][{CN_NUM}]+[）)]")
# The lengths such a marker has (一、 to （十二）): lines of other lengths are not tried.
BARE_MARKER_LENGTHS = range(2, 6)

# ---- qa106: theory pages without blank lines ----
# The closing marks a justified column hangs past its edge rather than open a line with (业的“毛细血管”， in a pull quote
# eight characters wide): a line ending with one may be a character wider than its column (reflow.quote_column).
HUNG_MARKS = "，。、；：！？”’）》"

# ---- qa108: interviews, think-tank notes, web pages and plans: mastheads, bylines, lines of fields, adverts, attachments ----
# 某某发展研究院 · 决策咨询 | 2026年第3期 | 2026-01-09: a think tank's masthead that sets the series off from the
# name by a middle dot (or a bar) and the issue from the series by a bar: front matter as OUTLET_ISSUE_DATE_LINE's
# (name | series issue | date), the name its source and the date its date (units.is_outlet_date_line).
OUTLET_SERIES_ISSUE_DATE_LINE = re.compile(
    rf"^(?:{_PUBLISHER_LABEL})?([{CJK}]{{2,20}})\s*[|｜·・]\s*[{CJK}]{{2,8}}\s*[|｜]\s*{_BRIEF_ISSUE}\s*[|｜]\s*{_DATETIME}$")
# **推广** | 某某康养·某某里 / 广告｜某某家居: an advertisement's label with its sponsor's name after a bar or a middle dot:
# the label of the advertisement under it as a bare 推广 is (units.is_advert_label), so a Markdown heading under it
# titles the advertisement, a piece of its own. The sponsor is a short name, no clause.
ADVERT_SPONSOR_LABEL_LINE = re.compile(rf"^[【\[［]?\s*(?:{ADVERT_LABELS})\s*[】\]］]?\s*[|｜丨·]\s*[^，,。！？；:：]{{1,24}}$")

# 课题组组长：甲 执笔：乙、丙 (in Markdown **课题组组长:** … **执笔:** …): a report's byline under its title that names
# the team's leader and then its writers, each after the role, on one line: they all wrote the report, as a project's
# leaders and researchers do (PROJECT_ROLES_BYLINE; bylines.team_byline). A team list under the text (课题组组长：… on a
# line of its own, 课题组成员：…) names no writer and stays the group's credit (CREDIT_LINE); after the text of a report a
# group signs, such a line names the group's writers, no further authors (articles.writes_for_group).
_TEAM_NAMES = rf"[{CJK}]{{2,4}}(?:\s*[、 ]\s*[{CJK}]{{2,4}})*"
TEAM_WRITERS_BYLINE = re.compile(rf"^课题组?(?:组长|负责人)\s*[:：]\s*{_TEAM_NAMES}\s*(?:执笔|撰稿)人?\s*[:：]\s*{_TEAM_NAMES}$")
# The roles of such a line, where its names are split off (names() reads the names between them).
TEAM_ROLE_SPLIT = re.compile(r"(?:课题组?(?:组长|负责人)|(?:执笔|撰稿)人?)\s*[:：]")

# 采访/整理：本刊记者 某某 / 采访、撰文：新华社记者 某某: two labels of what the reporter did, parted by a slash or 、, before
# the reporter's role: the first label and its slash are no part of the outlet (source 整理：本刊 was read), as the second
# is not (REPORTER_LABEL_START takes it; bylines.reporter_text). Only a label that another label with its colon follows.
_REPORTER_LABEL = rf"(?:{_BYLINE_LABEL}|采访整理|采访|采写|整理|图|摄影)"
REPORTER_LABEL_CHAIN = re.compile(rf"^(?:{_REPORTER_LABEL}\s*[/／、]\s*)+(?={_REPORTER_LABEL}\s*[:：丨|｜])")

# 采写：某某 某某 / 采访整理：某某 / 采访/整理：某某 / **采访/整理:** 本刊记者 某某: an interview's byline labelled with what the
# reporters did, one label or two parted by a slash or 、, then the names: the byline (as TRANSCRIBER_BYLINE's 整理：…),
# not a line of the title, and in Markdown's bold no speaker's turn (units.markdown_unit). Tried on lines opening with
# one of WORK_LABEL_PREFIXES (a prefix test).
_WORK_LABEL = r"(?:采访整理|采访|采写|整理)"
WORK_LABEL_CHAIN = re.compile(rf"^(?:{_REPORTER_LABEL}\s*[/／、]\s*)*{_WORK_LABEL}$")
WORK_LABELLED_BYLINE = re.compile(rf"^(?:{_REPORTER_LABEL}\s*[/／、]\s*)*{_WORK_LABEL}\s*[:：丨|｜]\s*({_NAMES})$")
WORK_LABEL_PREFIXES = ("采访", "采写", "整理")

# （本文刊发于《某某观察》2026年第2期） / 本文原载于《某某日报》2026年1月9日第5版: a REPRINT_NOTE's publication (group 1)
# is the article's source where no byline names one but the paper's own, and its date the article's date where it gives
# one, as a （原载《…》…） note's are (REPRINT_SOURCE_NOTE; segment.ArticleBuilder.source_from_reprint_note). The line stays
# a credit.
REPRINT_NOTE_SOURCE = re.compile(r"^[（(]?\s*(?:本文|此文|原文)?(?:原载|原刊|刊发|刊载|首发|发表|刊登)(?:于|在)?\s*《([^《》]{1,30})》")

# 【来源：某某研究所】【作者：某某】【时间：2026-01-09】 / 【作者】某某 【来源】某某网 【日期】2026-01-09: a web page's line of
# fields with each field in square brackets (label and value inside, or the label alone in them before its value): the
# same line of fields as 来源：… | 作者：… | 时间：… (segment.lines_in_reading_order rewrites it so: its source, authors and
# date read as any line of fields', and it closes the title over it). Only a line made of two such fields or more, and
# nothing else, is rewritten (【字体：大 中 小】 chrome beside them keeps the line as it is). Group 1 the label, 2 or 3 the value.
_BRACKETED_FIELD_LABELS = r"(?:本文|文章|信息|稿件)?来源|作者|责任编辑|编辑|发布时间|发布日期|更新时间|时间|日期"
BRACKETED_FIELD = re.compile(rf"\s*【\s*({_BRACKETED_FIELD_LABELS})\s*(?:[:：]\s*([^【】]+?)\s*】|】\s*([^【】]+?)\s*(?=【|$))")
# The least number of such fields on one line for it to be a line of fields (a lone 【来源】 may label a box).
BRACKETED_FIELDS_MIN = 2

# 相关附件： / 附件下载： over 某某任务分解表.docx / 某某实施细则.pdf: a government portal's list of the files attached to a
# document, under its label: attachments as a 附件：1.… list is (units.with_attachments), not the text's last line and
# closing lines. The entries are file names with their extension; only they go on the list.
RELATED_ATTACHMENT_PREFIX = "相关附件"
RELATED_ATTACHMENT_LABEL = re.compile(r"^相关附件\s*[:：]?$")
ATTACHMENT_FILE_ENTRY = re.compile(r"^(?:\d{1,2}\s*[.．、]\s*)?[^。；;：:]{1,80}\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)$", re.I)

# 本文作者：某某（某研究所研究员） / 本文作者：甲、乙: a web page's credit naming "this article's" authors: the byline 作者：…
# is (bylines.byline reads it without its 本文; reflow.bylines_among tries lines opening with it, a prefix test).
SELF_AUTHOR_LABEL = "本文作者"
# The prefixes of the labelled bylines found by a prefix test (WORK_LABEL_PREFIXES' and SELF_AUTHOR_LABEL).
PREFIXED_BYLINE_STARTS = (*WORK_LABEL_PREFIXES, SELF_AUTHOR_LABEL)

# 作者：某某 | 来源：某某研究所 | 2026-01-09 / 来源：某某网｜2026年1月9日 09:40: a line of fields that ends with the date unlabelled,
# after a bar: the article's date (bylines.published), as a labelled 日期：… field's. The date must close the line and follow
# a labelled field (a colon before the bar).
FIELDS_LAST_BARE_DATE = re.compile(r"[:：][^|｜丨]+[|｜丨]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*$")
# The bars such a line holds (a substring test before the pattern).
FIELD_BARS = ("|", "｜", "丨")

# ---- Markdown's setext headings (extract.with_atx_headings) ----
# A line of text underlined by three or more = (a level-1 heading) or - (level 2), the underline indented by at most
# three spaces (CommonMark). The text line opens with no mark of a heading, quote, table, list or rule.
SETEXT_HEADING = re.compile(r"^(?P<text>[ \t]{0,3}[^\s#>|*+=-][^\n]*)\n[ \t]{0,3}(?P<rule>={3,}|-{3,})[ \t]*$", re.M)
# A Markdown list item's opening (1. / 2) ), which an underline under it does not make a heading.
MARKDOWN_LIST_ITEM = re.compile(r"[ \t]*\d{1,9}[.)][ \t]")
# How a line ends that a rule under it does not make a heading: a sentence's or clause's end (正文。 / --- is text over
# a rule, as in a text that opens with a --- that is no front matter); a heading may ask or exclaim.
SETEXT_NOT_HEADING_ENDS = "。，；：、.,;:"

# ---- qa107: footnote marks set as superscript digits, and on titles and headings ----
# ① / ¹: the marks a paper cites its footnotes by, after a word of its text (…政策文件¹。) and before the footnote
# itself at the text's end (¹ 该文件由…印发。): superscript digits serve as circled ones do (units.as_footnotes).
FOOTNOTE_MARKS = CIRCLED_DIGITS + SUPERSCRIPT_DIGITS
# 二、文献综述① / 三、研究设计² / 县域托育服务的供给模式研究*: a footnote's mark at the end of a section's heading line
# or a paper's title, after its last word (the star cites the note of the paper's grant, *基金项目：…): the footnote's,
# not the heading's (segment.without_footnote_mark; a marker of ① items stands at the line's start).
HEADING_FOOTNOTE_MARK = re.compile(rf"(?<=[{HAN}”’》」』）)？！?!])(?:[{FOOTNOTE_MARKS}]{{1,2}}|[*＊]{{1,3}})$")
# The characters such a mark ends with (a first-character test before the pattern).
HEADING_FOOTNOTE_MARK_ENDS = FOOTNOTE_MARKS + "*＊"

# *基金项目：… / ＊作者简介：…: a paper's first-page note (PAPER_FRONT_FIELDS) opened by the star its title or an author's
# name cites it by (…推进策略* over it): the field all the same, front matter (units.unit), not text (qa107).
STARRED_PAPER_FRONT_FIELD = re.compile(rf"^[*＊]{{1,3}}\s*(?:{PAPER_FRONT_FIELDS})\s*[:：]")
# The characters it opens with (a first-character test before the pattern).
NOTE_STARS = "*＊"

# ---- qa107: an honorific glued to an author's name ----
# 撰文：区志恒教授 / 文：陈家乐博士: a commentary's byline may call its writer by his title right after his name (a Hong
# Kong page's courtesy): the name is the author, the title no part of it (bylines.names). (Not 王博士 alone: no name.)
# (The shortest name first, so that 陈明副教授 keeps 副 in the title; bylines.without_honorific checks it is a name.)
NAME_WITH_HONORIFIC = re.compile(rf"^([{CJK}]{{2,4}}?)(?:副教授|教授|博士|先生|女士)$")
# The last characters of those titles (a cheap test before the pattern).
HONORIFIC_LAST = ("授", "士", "生")

# ---- qa107: a bulleted byline with the writer's academic post ----
# ■黄伟豪　某某大学政治与行政学系副教授: a Hong Kong commentary's byline under its title, a bullet, the name, then the
# writer's university and academic post. Only after a bullet (bylines.shaped_byline): unbulleted, a name and such a
# post introduce an interview's guest (NAMES_POSTS_LINE's note).
NAMES_ACADEMIC_POST_LINE = re.compile(rf"^({_NAMES})[ 　]+{INSTITUTION}[{CJK}]{{0,16}}?(?:副?教授|助理教授|讲师|副?研究员|院长|系主任|主任)$")

# ---- qa105: a name glued to a title, ending in 和 ----
# 许清和稳岗扩岗要在…: the conjunction 和 opens no headline but in a word of its own (和美乡村, 和谐共生), while a given
# name often ends in it (清和, 庆和): the openers that tell where a glued name ends, 和 alone left out
# (articles.glued_byline); the name then ends where a full name does (glued_full_name), or at the next opener.
GLUED_TITLE_WORD_OPENERS = (*(w for w in GLUED_TITLE_OPENERS if w != "和"), "和美", "和谐", "和平", "和合")

# ---- qa263: a place name opening a title is no glued name ----
# 平川县盘活闲置农房… / 东湾市打造…: a county page's titles open with the place they report from, three characters
# ending with its level, shaped like a surname and a given name. A given name seldom ends with a level, so a glued
# name of three characters or more ending with one is a place (articles.glued_byline, glued_full_name). (州, 旗, 盟
# and 道 left out: 九州, 世道 end given names.)
GLUED_PLACE_LAST = frozenset("省市区县镇乡村")

# ---- qa105: a running head with a colon after its page number ----
# 第03版：评论 2026年6月12日 星期五 / A5版：观点 2026年…: an e-paper's running head sets a colon between the page number
# and the column's name (PAGE_HEAD_LINE's shape otherwise; reflow.is_page_head).
COLON_PAGE_HEAD_LINE = re.compile(rf"^{_PAGE_NUMBER}\s*版?\s*[:：]\s*[{CJK}]{{1,8}}(?:[·・][{CJK}]{{1,8}})?\s*{_PAGE_HEAD_DATE}")

# ---- qa105: a letter-spaced three-character name under a byline's bullet ----
# ◎ 梅 子 涵: a three-character name set one character at a time, which byline() leaves alone on its own
# (SPACED_THREE_CHARACTER_NAME: a letter-spaced line of text looks the same), is a byline under a byline's bullet: a
# line of text carries none (bylines.shaped_byline; reflow.bylines_among asks byline() about such lines).
BULLETED_SPACED_NAME_LINE = re.compile(rf"^{_BYLINE_BULLET}[{SURNAMES}][ 　]+[{CJK}][ 　]+[{CJK}]$")
# The bullets _BYLINE_BULLET takes (a first-character test before BULLETED_SPACED_NAME_LINE).
BYLINE_BULLETS = "□■◎○●◆◇"

# ---- qa105: a signature glued to the next title on a page with no blank lines ----
# 黎晓岚 李 默 东川日报推动乡村旅游提质升级: names, a space, their paper, then the next article's title run into it
# (articles.glued_byline reads it), on a line as wide as the column: where no blank line parts the blocks, it is a block
# of its own, never the first line of the text under it (reflow.glued_signature_lines). The title holds no space or
# sentence mark (a letter-spaced line of text has no run of characters that long). Searched for in the page's text.
GLUED_SIGNATURE_LINE = re.compile(rf"^{_NAMES}[ 　]+{GLUED_OUTLET.pattern}[^\s。，；]{{6,}}$", re.M)

# ---- qa105: a continuation note at the end of a paragraph ----
# …坚决遏制重特大事故发生。（下转第二版）: CONTINUATION_NOTE set right after the last sentence of the part of an article
# printed on this page, not on a line of its own: it leaves the paragraph as the note (units.with_continuation_notes).
# Only after a sentence's end, so a citation in brackets is never cut.
TRAILING_CONTINUATION_NOTE = re.compile(rf"(?<=[。！？”」])\s*[（(]\s*(?:下转|转){_PAGE_REF_CLOSE}$")
# What such a paragraph ends with (a C-level test of the paragraphs' last characters before the pattern).
CONTINUATION_NOTE_ENDS = ("版）", "版)")

# ---- qa234: a wire story's end mark at the end of its last paragraph ----
# …成为县域经济新的增长点。（完） / …如期完成。(完): a news agency's end mark set right after the last sentence, not on a
# line of its own (WEB_CHROME knows it there): it leaves the paragraph as the chrome it is alone (units.with_end_marks).
# Only after a sentence's end: a bracketed 完 inside a sentence is text.
TRAILING_END_MARK = re.compile(r"(?<=[。！？”」』])\s*[（(]\s*完\s*[）)]$")
# What such a paragraph ends with (a C-level test of the paragraphs' last characters before the pattern).
TRAILING_END_MARK_ENDS = ("完）", "完)")

# ---- qa105: a page's mailbox line ----
# 本版邮箱：jjzk@example.cn / 本刊电子信箱：…: the address of the page or column at its foot, furniture like the call for
# submissions (CREDIT_LINE's 投稿邮箱：…), not the last piece's text (units.shaped_short_line). Only with 本版/本刊/本栏: a
# contact line in an article's text (联系电话：…, 邮箱：…) stays text.
PAGE_MAILBOX_LINE = re.compile(r"^本(?:版|刊|栏)(?:电子)?(?:邮箱|信箱|邮件|邮件地址)\s*[:：]")

# ---- qa105: a reporter's role before a letter-spaced three-character name ----
# 本报记者　何 田 田: ROLE_BYLINE's shape with a three-character name set one character at a time, which _NAMES does not
# take alone (SPACED_THREE_CHARACTER_NAME: a letter-spaced line of text looks the same); after a reporter's role it is
# the name (bylines.shaped_byline).
ROLE_SPACED_NAME_BYLINE = re.compile(rf"^(?:(.{{0,20}}?)(?:特约)?(?:{_ROLES}))[ 　:：|｜丨]*([{SURNAMES}][ 　]+[{CJK}][ 　]+[{CJK}])$")

# ---- qa105: a trailing signature naming the paper before the reporter's role ----
# ……居民张先生说。（本报记者　孙 悦）: TRAILING_SIGNATURE with the paper's 本报 (本台, 本网) before the role; group 1
# holds the role and names without it, so the signature names no outlet (units.trailing_signature). A reporter's role
# only: （本报评论员文章） names no one.
OUTLET_ROLE_TRAILING_SIGNATURE = re.compile(rf"(?<=[。！？”’」』])[（(]\s*本[报台网刊]\s*((?:特约|见习|首席)?记者[ 　]*{_NAMES}"
                                            rf"(?:[ 　]+(?:{_ROLES})[ 　]*{_NAMES}){{0,3}})\s*[）)]$")

# ---- qa109: a commentary's column label in corner brackets before its title ----
# 「观点」稳岗扩就业要在“精准”二字上下功夫 / 「东江快评」…: a web page or paper sets its column's name in corner brackets
# before the title, as others do in lenticular ones (TITLE_COLUMN): the column names the series, not the piece
# (segment.column_and_title). Corner brackets also quote, at a title's head too (「一签多行」落地一周年, as Taiwan's and Hong
# Kong's papers and some mainland ones quote), so only a commentary column's word, after a few characters of the paper's
# or column's name or none, is a label; and the title must go on after it.
CORNER_COLUMN_WORDS = "观点|时评|快评|短评|锐评|热评|评论|论坛|视点|来论|观察"
TITLE_CORNER_COLUMN = re.compile(rf"^「\s*([{CJK}]{{0,4}}(?:{CORNER_COLUMN_WORDS}))\s*」\s*(?=\S{{4}})")

# ---- qa109: an editor's note's label on a line of its own under an article's title ----
# 【编者按】 / 编者按： / 编者的话, alone on its line over the note's paragraph under an op-ed's title and fields: the
# editors' words, label and note (segment.leading_note_at), no column's label over the text. Only the editors' own
# labels: a WeChat post's 导读： over its lead is the account's own text, as its writer signs the post.
EDITORS_NOTE_LABEL_LINE = re.compile(r"^[【\[]?\s*(?:编者按|编按|编者的话)\s*[】\]]?\s*[:：]?$")
# The first characters such a line may have (a cheap test before the pattern).
EDITORS_NOTE_LABEL_INITIALS = ("【", "[", "编")

# ---- qa109: a bulleted byline naming the writer, then the writer's institution and academic post ----
# □ 闵若溪　东林农业大学经济管理学院副教授: a commentary's byline, a box before it, the name, then (after a space) the
# writer's institution and post, the other way round from INSTITUTION_NAMES_LINE; the names are the authors. Only after a
# byline's bullet (BYLINE_BULLET): unbulleted, 盛毅 四川省社科院研究员 under 专家简介 introduces an interview's guest.
NAMES_INSTITUTION_POST_LINE = re.compile(rf"^({_NAMES})[ 　]+{INSTITUTION}[{CJK}、]{{0,10}}?{_ACADEMIC_POST}$")

# ---- qa110: plans' indicator tables, WeChat photo captions and emoji at line edges ----
# 4  国家级创新平台  个  1  3  预期性: a plan's indicator table gives each row's unit in a column of its own, and a unit
# of one character (个, 家, 座 …) is a cell as a yes/no mark is, though TABLE_ROW's word cells are two characters or
# more: only a measure word, and only before a number or dash cell, so a column head spaced out one character a word
# stays no table (reflow.is_table_row).
TABLE_UNIT_CELLS = "个家座项次人吨台辆所户条亩件张套处艘架名"
TABLE_ROW_WITH_UNIT = re.compile(
    rf"{_TABLE_CELL_OR_DASH}(?: +(?:{_TABLE_CELL_OR_MARK}|[{TABLE_UNIT_CELLS}](?= +[\d—―–－-]))){{3,}}")
# The unit cell between spaces: a substring test's worth of lines try TABLE_ROW_WITH_UNIT after TABLE_ROW fails.
TABLE_UNIT_CELL_SPACED = re.compile(rf" [{TABLE_UNIT_CELLS}] ")

# ▲ 调研组在某村服务站了解情况。 / ▲ 某县指挥中心大屏显示作物长势。图源：县农业农村局 / ▲ 位于高铁站旁的零工市场: a
# triangle pointing up at the picture over it opens a photo's caption on WeChat and news pages, with a credit after
# its sentence or none (units.unit; with a credit it was one already, PHOTO_CREDIT): one sentence at most, maybe a
# short source after it, so a bulleted paragraph of several sentences is no caption.
PHOTO_POINTER_FIRSTS = "▲△"
PHOTO_POINTER_CAPTION = re.compile(r"^[▲△][^。！？]{2,60}(?:[。！？][^。！？]{0,24})?$")

# 👇往期推荐👇 / 📞就业服务热线：… / 📖 某某｜…: pictographs a WeChat page sets at the head or the end of a line that
# holds words, to catch the eye: no words of the line, which leave the text before layout (normalize), so such a line
# reads as its words do (往期推荐 a label, its links chrome; a contact line text). A line of emoji alone stays an
# ornament (ORNAMENT_LINE). Pictographs and a few dingbat emoji only (❤ ✅ ✨ ⭐ ❗): ★, ✓ and ✦ mark bullets, table
# cells and ornaments and stay. (Spaces before them count for nothing: a line's spaces leave after this step.)
_LINE_EMOJI = "\U0001F000-\U0001FAFF\u2764\u2705\u274C\u2728\u2B50\u2757\u203C\uFE0F\u200D"
LINE_EMOJI_CHAR = re.compile(f"[{_LINE_EMOJI}]")
# A symbol of the BMP's arrows, technical and miscellaneous symbols and dingbats followed by the emoji presentation
# selector (⚠️ 注意事项 / ☎️ 咨询电话 / ▶️ 点击查看, qa242) is drawn as an emoji, whatever the symbol: the selector asks
# for the picture, so it leaves as the pictographs do; without the selector (★, ✓, ▶) the symbol stays.
# A run of down arrows (一起来看↓↓↓ / 点击下方查看⬇⬇) points at what follows as 👇 does, and leaves too; a lone arrow
# stays (利率↓, a table's fall).
POINTER_ARROW_RUNS = ("↓↓", "⬇⬇")
_EMOJI_OR_SELECTED = f"(?:[{_LINE_EMOJI}]|[\u2190-\u2BFF]\uFE0F|[↓⬇]{{2,}})"
# **✨导读** / *🔥 重磅* / **延伸阅读📖**: the emoji inside the Markdown emphasis that wraps the line (normalize runs before
# the markup leaves) are at the line's edges all the same: they leave, the emphasis marks stay (groups 1 and 2, what
# the substitution keeps; empty in the other branches), so the line reads as `**导读**` does, a bold label (qa251).
# (A list bullet's star keeps its space: `* 📌 推进…` is `* 推进…`, an item still.)
_EDGE_EMPHASIS = r"(?:\*{1,2}|__)"
LINE_EDGE_EMOJI = re.compile(f"^ *{_EMOJI_OR_SELECTED}(?:{_EMOJI_OR_SELECTED}| )*(?=[^{_LINE_EMOJI}\\s])"
                             f"|(?<=[^{_LINE_EMOJI}\\s]) *{_EMOJI_OR_SELECTED}(?:{_EMOJI_OR_SELECTED}| )*$"
                             f"|^( *{_EDGE_EMPHASIS} *){_EMOJI_OR_SELECTED}(?:{_EMOJI_OR_SELECTED}| )*(?=[^{_LINE_EMOJI}\\s*_])"
                             f"|(?<=[^{_LINE_EMOJI}\\s*_])(?: *{_EMOJI_OR_SELECTED})+( *{_EDGE_EMPHASIS} *)$",
                             re.M)
LINE_EDGE_EMOJI_KEPT = r"\1\2"

# 青禾发布 / 青禾市推出…，这些服务家门口就能办！ / 青禾发布 2025年11月03日 17:42 浙江: a WeChat head line (WECHAT_HEAD_LINE)
# stands right under the title near the page's top: among its first this many units (units.over_head_line_at).
WECHAT_HEAD_LINE_SPAN = 6
# 课题来源：… / 承担单位：某院某所 / 完成时间：2026年9月: a report's cover fields under its title; a line of a short label and
# a value that is no sentence, between two field lines at the head (units.with_fields_between_head_fields), is one of
# them, whatever its label (qa280). HEAD_FIELDS_SPAN: the first units looked at.
HEAD_FIELD_LINE = re.compile(rf"^[{CJK}]{{2,6}}\s*[:：]\s*[^。！？；:：]{{2,40}}$")
HEAD_FIELDS_SPAN = 8

# -THE END- / — The End —: a WeChat article's end mark spelt in full (END alone is _WECHAT_END): chrome, no title of the
# text over it though a closing credit follows it (units.furniture_kind; only lines ending with WECHAT_THE_END_LASTS).
WECHAT_THE_END_LINE = re.compile(r"^[-—–\s]*(?:THE|The|the)\s*(?:END|End|end)[-—–\s]*$")
WECHAT_THE_END_LASTS = "-—–Dd"

# 来源丨南岭观察 / 编辑丨黎明 / 01丨补齐…: WeChat pages set a field's label or a section's number off by 丨 (a radical that
# looks like a bar) as often as by ｜: right after such a label at a line's head it is the bar (normalize), so the line
# reads as with ｜ (a source field, a credit, a numbered heading). 丨 elsewhere (南岭快评丨…, a column's name before a
# title) stays as written.
_RADICAL_BAR_LABELS = (r"(?:本文|文章)?来源|出处|稿源|作者|撰文|撰稿|文字|文|图|图片|摄影|责任编辑|责编|编辑|审核|审校|校对"
                       r"|终审|监制|排版|美编|制图|(?:PART|Part|NO|No)?[ .．]?\d{1,2}")
LABEL_RADICAL_BAR = re.compile(rf"^((?:{_RADICAL_BAR_LABELS})[ \t]*)丨", re.M)

# 01｜补齐县域商业设施短板 / PART 2 | 畅通农产品上行通道: a WeChat section's number and its heading on one line, apart by a
# bar: the number is the section's marker, as on a line of its own over the heading (segment.flush_headings; only
# heading lines opening with a digit or P/N are tried). A slash set off by a space serves as the bar (01 / 改革进展：…,
# qa230), never one right after the number (3/4的村庄, a fraction; 10/9, a date).
NUMBER_BAR_HEADING = re.compile(r"^((?:(?:PART|Part|NO|No)[ .．]?)?\d{1,2})(?:\s*[|｜]|\s+[/／])\s*(?=\S)")
NUMBER_BAR_HEADING_FIRSTS = "0123456789PN"

# ◎ 改什么：听民意定清单 / ❖ 怎么管: a WeChat heading set after an ornament (a bullseye, a diamond) that only decorates
# it, as a bar does (HEADING_BARS): the ornament is the heading's marker and leaves its words (units.plain_heading_unit;
# only a short unended plain line is a heading, and ◎ before a name stays a byline's bullet, _BYLINE_BULLET).
HEADING_ORNAMENTS = "◎❖◇"
HEADING_MARK_GLYPHS = HEADING_BARS + HEADING_ORNAMENTS

# ---- qa277: a pen name after a bullseye right under a commentary's title ----
# 守住校园周边的“安全线” / ◎山城老师 / text: a commentary page signs a piece under its title with a bullseye before the
# writer's name, and a pen name (山城老师, 江南一叶) is no name byline() reads; the same ornament decorates short headings
# amid a text (◎ 怎么管, HEADING_ORNAMENTS). Position tells them apart: right under a one-line unmarked title and over
# the text, a short run of words with no mark is the signature (units.with_pen_names_under_titles); under text it is a
# heading. A question word never names a writer (◎ 怎么办 right under a title opens the text's first part).
PEN_NAME_BULLETS = tuple(c for c in HEADING_ORNAMENTS if c in BYLINE_BULLETS)
PEN_NAME_UNDER_TITLE = re.compile(rf"^(?!.*(?:怎么|什么|如何|为何|哪|谁))[{CJK}](?:[ 　]?[{CJK}]){{1,5}}$")


# ---- qa112: newspaper pages: text-and-photo credits, reader signatures led by a province ----
# 文/图 骆 宁 / 图/文：本报记者 王五 / 文／图 李四: a byline labelled as the writer of the text and the taker of the
# pictures: the label leaves and the names after it sign (LABELLED_BYLINE alone would read 文 as the label and 图 as
# a surname of the name after it). Tried only on lines opening with 文 or 图 (bylines.byline).
TEXT_PHOTO_LABEL = re.compile(r"^(?:文[ 　]*[/／][ 　]*图|图[ 　]*[/／][ 　]*文)[ 　]*[:：丨|｜]?[ 　]*(?=\S)")
TEXT_PHOTO_LABEL_INITIALS = ("文", "图")
# 河北保定 刘振华 / 浙江湖州 读者 沈 洁: a reader's letter signed under its text with the place written without its
# levels, a province's short name then the city's (PLACE_SIGNATURE needs a level on each name, READER_SIGNATURE the
# writer's word run into the place), maybe what the writer is, then the name. A paper's or a site's name opens with
# a province as often (河北日报 张三), so the place must not end like an outlet; nor does the name end with a level
# (浙江省 杭州市 is places only). Tried only on lines opening with a province's name (bylines.place_signature).
PROVINCE_SHORT_NAMES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏", "浙江", "安徽",
                        "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南", "重庆", "四川", "贵州",
                        "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")
PROVINCE_PLACE_SIGNATURE = re.compile(
    rf"^(?:{'|'.join(PROVINCE_SHORT_NAMES)})[{CJK}]{{1,4}}(?<![报网社台刊站])(?:[ 　]+(?:{READER_WORDS}))?[ 　]+({_NAMES})(?<![省市区县州旗盟镇乡村])$")

# 程 远 湖西日报让适老化改造…: a signature glued to the next title with more than one space in it (a two-character name
# padded to three characters' width, or two names): it stands over the text it titles, as a title line does, though
# its spaces make it look letter-spaced (reflow.titles_over_text lets lines with two spaces or more through only so;
# articles.glued_outlet_byline then splits it).
SPACED_SIGNATURE_GLUED_TITLE = re.compile(
    rf"^(?:{_PADDED_NAME}|{PERSON_NAME})(?:[ 　]+(?:{_PADDED_NAME}|{PERSON_NAME}))*[ 　]+{GLUED_OUTLET.pattern}"
    rf"[^\s，。]{{{GLUED_TITLE_MIN_CHARS},}}$")

# ---- qa113: a bracketed affiliation line under a lone name, and one with a bracket inside ----
# （中央党校（国家行政学院）教授） / （某省委党校（某省行政学院）副校长）: a line wholly in one pair of brackets that holds
# one more bracketed word (a school's second name) is an affiliation as AFFILIATION_LINE's lines are (units.is_affiliation).
NESTED_BRACKET_LINE = re.compile(r"^[（(](?:[^（）()。]|[（(][^（）()。]{1,30}[）)]){2,160}[）)]$")
# The brackets such a line opens with (a first-character test before the patterns).
OPENING_BRACKETS = "（("

# ---- qa113: a column banner of two names joined by a middle dot under the running head ----
# 11 2026年11月23日 星期一 理论周刊 / 理论周刊·思想纵横 / 加快构建数据基础制度: the page's column and its sub-column
# under the running head, about as wide as the title's lines under it: a line of its own, not the title's first
# (reflow.dotted_banners_under_page_heads).
DOTTED_BANNER = re.compile(rf"^[{CJK}]{{2,6}}[·・][{CJK}]{{2,8}}$")

# ---- qa113: a marked heading set wider than the text's column ----
# （二）建立合规高效、场内外结合的流通交易制度 over a column narrower than it: a heading set across the columns of its
# text, a line of its own. Its marker (（二） or 二、), then words without a clause's mark; a paragraph's first line is no
# wider than its column, and a line hung with a mark at its end holds one (reflow.over_wide_marked_headings).
OVER_WIDE_MARKED_HEADING = re.compile(rf"^(?:[（(][{CN_NUM}]{{1,3}}[）)]|[{CN_NUM}]{{1,3}}、)[^，。；：？！,;:?!]{{4,}}$")
# The characters such a heading opens with (a find over the lines' first characters before the pattern).
OVER_WIDE_HEADING_INITIAL = re.compile(rf"[（({CN_NUM}]")

# ---- qa114: Markdown pages converted from the web (html2text's rules, issue lines, a group in the front matter) ----
# * * * / - - - / _ _ _ / *** / ___: a thematic break in one of the other forms CommonMark allows (html2text writes
# * * * for <hr>): the marks, maybe apart by spaces, would read as a bullet and emphasis and leave a stray * * in the
# text. Written as --- (extract.with_dashed_thematic_breaks), the form THEMATIC_BREAK and the rules after it read.
# (--- itself and a run of dashes without spaces are left as they are: some rules read a longer rule, RULE_LINE.)
OTHER_THEMATIC_BREAK = re.compile(r"^[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|-[ \t]+-(?:[ \t]*-)+[ \t]*)$", re.M)
# What such a line holds (substring tests first: most texts have none).
OTHER_THEMATIC_BREAK_MARKS = ("* *", "***", "_ _", "___", "- -")

# 某某智库专报 2026年第3期（总第40期）: a brief's issue line (units.is_issue_line) under a Markdown title is masthead as
# in plain text, where only a short line is tried; in Markdown every paragraph is, so only those with 期 among their
# last ISSUE_LINE_END_PROBE characters (an issue's number, maybe with its total in brackets) are (units.plain_unit).
ISSUE_LINE_END_PROBE = 8

# ---- qa115: a policy interpretation's foot on a government portal ----
# 相关文件：某某市人民政府办公室关于…的通知: the label of a government page's link to the document it reads, with the
# linked title on the same line (not alone over it, as LINK_LIST_LABEL): chrome like the 相关解读 line
# (units.is_related_reading_line), not text. A title, so no sentence end inside it.
RELATED_FILE_LINE = re.compile(r"^[【\[]?\s*相关(?:文件|政策文件)\s*[】\]]?\s*[:：]\s*[^。！？；]{4,80}$")
# ---- qa115: section headings ended with a full stop ----
# （一）推进城乡供水一体化。 / 一、强化组织保障。: some offices end a heading line with a full stop; such a line, one phrase
# alone on its line, opens with a section marker's first character (units.with_stopped_headings tries only those).
STOPPED_HEADING_FIRSTS = "（(一二三四五六七八九十"
# 1.扩大管网延伸覆盖。… / （1）… / （一）…: the first item of a list under such a line (numbered 1, so the line is not
# a measure amid a list): the line heads a section holding that list.
# The section grammars such a line may be of (一、 and （一）: SECTION_MARKERS' own patterns).
STOPPED_SECTION_MARKERS = tuple((family, pattern) for family, pattern in SECTION_MARKERS if family in ("cn", "paren_cn"))
# qa269: how many paragraphs a stopped line of a run of siblings (一、…。 / 二、…。) must have under it, each, to head a
# section with no list under it: a measure's lead phrase has one paragraph, a speech's section heading several.
STOPPED_HEADING_MIN_PARAGRAPHS = 2
FIRST_SUBITEM_OPENER = re.compile(r"^(?:1\s*[.．、]|[（(]1[）)]|[（(]一[）)])")

# ---- qa115: a policy interpretation's reader named on a line of its own ----
# 解读人：市水务局农村水利水电科　杨思远　联系电话：0879-2136578: who explains the policy, maybe after the office and before
# a contact number, unbracketed on a line under the text: the reading's author, as in the bracketed note (WRITERS_NOTE),
# and no text (units.plain_unit). Only lines opening with 解 are tried.
INTERPRETER_LINE = re.compile(rf"^解读人\s*[:：]\s*(?:[^\s：:，。；]{{2,30}}[ 　]+)?({_NAMES})"
                              r"(?:[ 　]+(?:联系)?电话\s*[:：]\s*[\d\-－ ]{7,20})?$")

# ---- qa115: a joint masthead of issuing bodies without 文件 ----
# 某某市发展和改革委员会 / 某 某 市 商 务 局, over the 文号 line at a document's head: the red masthead of a document issued
# jointly (or of a letter), the bodies' names without 文件 (GOV_MASTHEAD_LINE has it): front matter, no title
# (units.with_mastheads_over_doc_number). Tried on the line with its spaces out (a short name is letter-spaced).
ISSUERS_MASTHEAD_LINE = re.compile(rf"^(?!.*(?:关于|转发|印发|学习|贯彻|落实))(?:[{CJK}（）()]{{2,30}}?{_ISSUER_END})+$")
# How far into a document its 文号 line may stand for the lines over it to be a masthead (chrome may come first).
MASTHEAD_DOC_NUMBER_MAX_AT = 6

# ---- qa116: a letter-spaced name under a letter-spaced text ----
# 客 群 。 / 孙 雅 琴: the end of a paragraph set one character at a time (a piece letter-spaced throughout, as a PDF
# gives a column set loose), its last characters parted by spaces: the three-character name set so right under it is
# the piece's signature in the piece's own spacing (units.with_spaced_names_over_notes). A letter-spaced line of text
# (的 创 新) never stands right under its paragraph's end.
LETTER_SPACED_PARAGRAPH_END = re.compile(rf"[{CJK}][ 　][{CJK}](?:[ 　]?[”’」）)。！？]){{1,3}}$")

# ---- qa116: an unmarked pull quote repeating the sentence over it ----
# …形成合力。绿色金融既要“输血”，更要“造血”。要鼓励… / 绿色金融既要“输血”，更要“造血”: a line set apart under a
# paragraph that holds its words word for word is that paragraph's sentence pulled out as a call-out with no ■ box
# (units.with_echoed_quotes), not a heading: a heading opens the text under it, it never repeats the text over it.
# At least this many characters (a short heading's words may well stand in the paragraph over it: 结语, 总体要求).
ECHOED_QUOTE_MIN_CHARS = 10
# The marks a pull quote may drop from its sentence's end.
ECHOED_QUOTE_DROPPED_ENDS = "。！？；，"
# “让数据多跑路、群众少跑腿”: a pull quote may set the words it repeats in quotation marks, and then they need only be a
# clause of the paragraph over it (…一张网格覆盖，让数据多跑路、群众少跑腿。), after and before one of these marks: the
# marks tell a call-out from a heading, which never quotes the text over it (units.echoed_words, qa262).
QUOTED_ECHO_BOUNDS = "。！？；!?;，、：,:"

# ---- qa232: a pull quote in quotation marks repeating a sentence of its article ----
# 「监管不应成为创新的绊脚石， / 而应成为创新的导航仪。」: a sentence of the text set again in quotation marks, on a line
# or few of its own between two paragraphs (a Hong Kong paper's forum page), is a pull quote, never a paragraph: its
# words stand word for word in a paragraph of the article (units.with_quoted_pull_quotes). Only units opening with
# one of PULL_QUOTE_OPENERS are tried; the quote spans at most PULL_QUOTE_MAX_UNITS units, PULL_QUOTE_MAX_CHARS in all.
PULL_QUOTE_OPENERS = ("「", "“", "『")
PULL_QUOTE_CLOSERS = ("」", "”", "』")
PULL_QUOTE_MAX_UNITS = 3
PULL_QUOTE_MAX_CHARS = 80

# ---- qa262: a pull quote in quotation marks printed between two lines of one sentence ----
# …推广议事协商会等做法，让群 / “让数据多跑路、群众少跑腿” / 众的事由群众商量着办；…: a PDF column sets a pull quote where it
# falls, amid a paragraph. A line wholly in one pair of quotation marks, cutting a sentence (reflow.cut_sentence_around),
# whose words the text holds within this many lines either side, is lifted out (reflow.pull_quotes_mid_sentence): the
# sentence runs on, and the quote goes after the paragraph holding its words, which units.with_echoed_quotes reads.
PULL_QUOTE_SOURCE_LINES = 60
# The first character of such a line (PULL_QUOTE_OPENERS), as a character class.
PULL_QUOTE_OPENER_INITIAL = re.compile("[“「『]")

# ---- session 18 (speed): page-wide line patterns led by the line break ----
# JOURNAL_COLUMN_HEAD_LINE with the line break before the line in place of ^: matched at the line breaks before the
# lines that may open one (reflow.matches_at_openings) over the page's text with "\n" put before it, where ^ under re.M
# would be tried at every character of the page. (The break is the match's first character, so each match starts at
# its line's offset in the text without the "\n".)
JOURNAL_COLUMN_HEAD_AFTER_BREAK = re.compile("\n" + JOURNAL_COLUMN_HEAD_LINE.pattern.removeprefix("^"), re.M)
# The first characters of PROVINCE_SHORT_NAMES: reflow.bylines_among tests a short line's first character (a C-level
# map over its first characters) before str.startswith tries the 31 names on it.
PROVINCE_INITIALS = "".join(sorted({name[0] for name in PROVINCE_SHORT_NAMES}))

# ---- qa118: a box's frame drawn with box-drawing characters ----
# ┌──────┐ / └──────┘ / ╔════╗ / ├────┤: the top or bottom edge of a box (嘉宾简介, 相关链接) that a typesetter drew in
# box-drawing characters (U+2500-U+257F): a line of its own, as a rule is (RULE_LINE), never the start of the paragraph
# or the heading under it (reflow.rule_lines). BOX_FRAME_INITIAL is its cheap first test over a page's first characters.
BOX_FRAME_INITIAL = re.compile("[\u2500-\u257f]")
BOX_FRAME_LINE = re.compile("^[\u2500-\u257f]{4,}$")

# ---- qa277: a box's side edges drawn with box-drawing characters ----
# │名词解释　　　　　　│ / │①“标准地”：在土地出让前明确…│: the lines inside a box whose frame a plain-text page drew in
# box-drawing characters (BOX_FRAME_LINE reads its top and bottom edges) carry its side edges, and the padding before the
# right one. Both leave a line framed so on both sides (normalize.with_bars_and_no_edge_emoji), which then reads as the
# box's text set without a frame does (its label, its entries, an entry's wrapped rest); the words between them are
# group 1. A rule inside the line (a drawn table's cell edges) stays, and so does a bar before a heading alone
# (┃数据要素如何定价, HEADING_BARS: no box's edge). BOX_SIDE_CHARS feed normalize's first scan for its steps' characters.
BOX_SIDE_CHARS = "│║"
BOX_SIDE_EDGE = re.compile(f"^[{BOX_SIDE_CHARS}][ \t]*(.*?)[ \t]*[{BOX_SIDE_CHARS}]$", re.M)
assert not any(c in HEADING_BARS for c in BOX_SIDE_CHARS), "a heading's bar is no box's edge"

# ---- qa117: a web page's 作者 field that gives each writer's role ----
# 来源：区商务局 作者：记者 张三 通讯员 李四 浏览次数：…: a local news site's author field may name the reporter's role
# before each name, as a newspaper's byline does (ROLE_SPLIT parts the value at each role, bylines.field_authors).
# (The outlet before the first role, 作者：本报记者 张三, is left out of the value: ROLE_SPLIT takes it only after a space.)
_ROLED_NAMES = rf"(?:特约)?(?:{_ROLES})[ 　:：]*{_NAMES}"
ROLED_AUTHOR_FIELD = re.compile(
    rf"(?:作者|撰文|撰稿)\s*[:：]\s*(?:本报|本网|本台|本刊)?"
    rf"({_ROLED_NAMES}(?:[ 　、，,]*(?:本报|本网|本台|本刊)?{_ROLED_NAMES})*)"
    r"(?=[\s，,；;|｜]|$|(?:责任编辑|编辑|责编|来源|出处|日期|发布|时间|点击|浏览|阅读)\s*[:：]|\d{4}[-/.年])")

# The last characters BARE_SECTION_MARKER may end with (its alternatives end with 、 and with [）)]):
# reflow.with_markers_on_their_lines looks only at lines ending so (str.endswith takes the tuple).
BARE_MARKER_ENDS = ("、", "）", ")")

# ---- lead (session 19): official documents and web pages printed to PDF (hard-wrapped at the column's edge) ----
# (青政办发〔2025〕8号 alone on its line under a title as wide as the column, or wider: qa123's reflow.doc_number_lines.)

# 附件：1.某某工作方案 / 附件 / 附件2: the head of a document's list of attachments (or the label over one printed after it)
# opens its block in every layout: a contact line or a closing sentence as wide as the column over it must not run on
# into it (units.with_attachments reads the list). Only the list's form with its first entry, or the bare label, is
# such a start: a wrapped line that opens with 附件 and goes on as prose (附件1所列事项…) is no list.
ATTACHMENTS_HEAD = rf"附件\s*\d{{0,2}}\s*[:：]\s*\d{{1,2}}\s*[.．、]|{ATTACHMENT_LABEL.pattern}"
# 2025-06-18 02:10 联合报／ 陈怡君（…）: a line opening with a numeric date and a clock time (a web page's dateline, maybe
# with its outlet and byline after it) opens its block too: the title over it, as wide as the column, must not run on
# into it. Prose writes no clock time right after a numeric date.
DATELINE_START = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*\d{1,2}:\d{2}"
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^{ATTACHMENTS_HEAD}|^{DATELINE_START}")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile("附"))

# 基金项目：国家社会科学基金重大项目（21&ZD112）； / 江苏省高校…项目（2022SJYB0213）: a paper's note that lists its grants
# parts them with semicolons, so a line of it that fills the column and ends with one goes on with the list on the next
# line, like a line that ends no sentence (reflow.wrapped_paper_notes).
NOTE_LIST_SEPARATORS = "；;"

# ---- qa121: a paper's authors one a line with their posts, over its abstract ----
# 林某某　国立某某大学公共行政学系副教授 / 黄某某　某某大学社会工作研究所博士候选人: a Taiwan journal prints each author on a
# line of its own, the name, a space, then the institution and post (a student's too), right over the abstract: a
# byline whose names are the authors (units.with_authors_over_abstract; NAMES_INSTITUTION_POST_LINE's shape, unbulleted).
_PAPER_AUTHOR_POST = r"(?:副?教授|助理教授|讲师|(?:副|助理)?研究员|博士后|博士(?:候选人|研究生|生)|硕士(?:研究生|生)|研究生)"
PAPER_AUTHOR_POST_LINE = re.compile(rf"^({_NAMES})[ 　]+{INSTITUTION}[{CJK}、]{{0,16}}?{_PAPER_AUTHOR_POST}$")

# ---- qa121: a reprint note naming the column and the date, with the reprint permission ----
# 原文刊载于《某报》「某专栏」，2026年3月2日，本网获作者授权转载。: a think tank's or portal's line under a reprinted
# column saying where it first ran, with the paper's column in corner brackets, the date after a comma and the
# permission to reprint: a credit like a REPRINT_NOTE, which stops before such a column or comma (a sentence of the
# text that names a paper goes on otherwise: …》的文章指出，…).
REPRINT_NOTE_WITH_COLUMN = re.compile(
    r"^[（(]?\s*(?:本文|此文|原文)?(?:原载|原刊|刊发|刊载|首发|发表|刊登)(?:于|在)?\s*《[^《》]{1,30}》"
    r"(?:「[^「」]{1,12}」|〈[^〈〉]{1,12}〉|“[^“”]{1,12}”)?"
    r"(?:[，,]?\s*(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[-/.]\d{1,2}[-/.]\d{1,2})(?:\s*第?\s*[A-Z]?\d{1,3}\s*版)?)?"
    r"(?:[，,；;]\s*(?:本网|本站|本刊|本平台|本中心|本会|本院)?(?:经|获)[^。，,；;]{0,8}?授权(?:转载|刊登|发布|刊发))?"
    r"[。.]?[）)]?$")

# ---- qa121: starred notes on the authors under a long front matter ----
# 林某某*　黄某某** / 摘要 / 关键词 / the English title, Abstract and Keywords / 壹、前言 / … / * 某某大学…副教授。: the starred
# notes sit at the first page's foot, STARRED_NOTE_REACH units into the text, counted from the last keywords line found
# within this many units under the byline (units.front_matter_end).
STARRED_NOTE_FRONT_REACH = 12

# ---- qa121: a web page's published and updated fields ----
# 出版：2025-11-03 06:30　更新：2025-11-03 09:12 / 最后更新：2025/11/03: a Hong Kong news site's date fields under the
# byline, labelled 出版 (published) or 更新 (updated) and opening with a date: a line of fields (front matter; its first
# date sets `published`), as a 发布时间：… line is. Only before a date: 出版：…社 names a publisher.
PUBLISHED_UPDATED_LINE = re.compile(r"^(?:出版|刊出|更新|最后更新|上载)(?:时间|日期)?\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?"
                                    r"(?:[\s　]*\d{1,2}:\d{2})?(?:[\s　|｜]+(?:更新|最后更新)(?:时间)?\s*[:：]\s*[\d\s:/.年月日-]+)?$")
# The first characters of such a line (a cheap test before the pattern).
PUBLISHED_UPDATED_INITIALS = "出刊更最上"

# ---- qa121: a journal's masthead with its parts apart by commas ----
# 某某社会福利学刊，第21卷第2期（2025年6月），页41-68: a Taiwan journal's masthead or citation line over a paper, written as
# the paper is cited, its name, volume and issue, date and pages apart by commas instead of spaces: SPACED_MASTHEAD_LINE's
# parts, some of them maybe apart by a space (reflow.is_spaced_masthead), a block of its own and no line of the title.
COMMA_MASTHEAD_LINE = re.compile(rf"^[{CJK}]{{2,16}}?(?:{_PERIODICAL_WORD})(?:\s*[，,]\s*|[ \t　]+)(?:\d{{4}}\s*年\s*)?(?:第\s*\d{{1,4}}\s*卷\s*)?"
                                 rf"第\s*\d{{1,4}}\s*期(?:\s*[（(][^（）()]{{2,16}}[）)])?"
                                 rf"(?:\s*[，,]\s*\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?)?(?:\s*[，,]\s*(?:{_PAGE_RANGE}))?$")

# ---- qa122: Markdown interviews and think-tank briefs ----
# **编者按** 今年是…: an editor's note whose bold label is set off from the note by a space instead of a colon (as
# BARE_SPEAKER_TURN's turns are): read as 编者按：今年是… (units.unit), the note an interview keeps as its lead and
# abstract; without the colon the label would run into the words (编者按今年是…).
BOLD_NOTE_LABEL_RUN_IN = re.compile(r"^\*\*\s*(编者按|编按|编者的话|核心提示|导读|核心阅读|阅读提示)\s*\*\*[ \t　]+(?=[^\s*:：])")
# 编者按　县域是…: the same label in a PDF's plain text, set off from the note by a (full-width) space, not a colon
# (units.unit, qa244); NOTE_LABEL_FIRSTS are its labels' first characters, asked before the pattern.
SPACED_NOTE_LABEL_RUN_IN = re.compile(r"^(编者按|编按|编者的话|核心提示|导读|核心阅读|阅读提示)[ \t　]+(?=[^\s:：])")
NOTE_LABEL_FIRSTS = frozenset("编核导阅")
# （执笔：贺知南　佟雨萱｜审核：邝明远） / （执笔：贺知南、佟雨萱）: a brief's closing credit naming its drafters (group 1),
# alone or before its reviewers' and editors' fields: a byline under the text, as CREDITS_NOTE's （作者：… 责任编辑：…）
# is (units.credits_note_byline); a writer's field holding more than names (（作者系…）, （执笔：某研究所）) signs nobody.
# (qa123: a web page's closing credits label the writers so too, （撰稿：陈某　顾某　编辑：周某）, and may name the photographer.)
WRITERS_CREDITS_NOTE = re.compile(r"^[（(]\s*(?:作者|执笔人?|撰稿人?|撰文人?)\s*[:：]\s*([^:：（）()]{2,30}?)[ 　，,;；|｜]*"
                                  r"(?:(?:责任编辑|编辑|责编|审核|审校|审定|统稿|校对|终审|摄影|图片|来源|出处)\s*[:：][^（）()]*)?[）)]$")

# ## 会议通知｜第四届…论坛将于5月举办 / ## 2026年度公开招聘启事: a Markdown heading naming a notice printed after an
# article (a meeting's, a call for papers', a recruitment's): its kind as a label set off by a bar or colon before the
# rest, or as the heading's last words. After the article's end matter (a --- break, its closing credit or its
# footnotes) it titles a piece of its own (articles.titles_piece_after_credit), not the article's last section.
NOTICE_PIECE_HEADING = re.compile(r"^(?:(?:会议|活动|论坛|培训|讲座)?(?:通知|预告|公告|启事)|招聘(?:启事|公告)?|征稿(?:启事)?"
                                  r"|征文(?:启事)?|招生简章)\s*[｜|丨:：]|(?:通知|启事|公告|预告|简章)$")

# 时间：2026年5月28日（星期四）9:00 / 地点：某会议中心: a meeting's fields (SOURCE_DATE_LINE's _MEETING_FIELDS). Over a
# roundtable's record they are its front matter; after a paragraph of the article (a notice's 时间/地点 list under its
# opening sentence) they are its text, and their date is the meeting's, not the piece's (segment.add_unit).
MEETING_FIELD_LINE = re.compile(rf"^(?:{_MEETING_FIELDS})\s*[:：]")

# | 执笔 | 贺知南　佟雨萱 | / | 报送日期 | 2026年4月20日 |: a Markdown brief's head fields set as a table of label and value
# rows before its first heading, in place of YAML front matter (extract.table_metadata). Its labels are read as
# METADATA_KEYS are, and these too, which name a brief's writers and the day it went out. TABLE_METADATA_MIN_KEYS
# known labels at least make such a table the head's (a data table's first column names no field).
TABLE_METADATA_KEYS = {"执笔人": "author", "撰稿": "author", "撰稿人": "author", "报送日期": "date", "印发日期": "date",
                       "报告日期": "date", "出版日期": "date"}
TABLE_METADATA_MIN_KEYS = 2
TABLE_METADATA_MAX_ROWS = 40

# （本文刊于《南岭观察》2026年第11期） / 本文载于《某某日报》2026年1月9日: a reprint note whose verb is the bare 刊于 or 载于
# (REPRINT_NOTE's verbs are two characters before 于): with the piece as its subject (本文, 此文, 原文), since a
# sentence may open so too (刊于…的调查显示…, cut off by the rest of the pattern anyway). A credit whose publication
# (group 1) and date are the piece's source and date, as REPRINT_NOTE's are (units.unit, segment.source_from_reprint_note).
SHORT_VERB_REPRINT_NOTE = re.compile(r"^[（(]?\s*(?:本文|此文|原文)(?:刊|载)于\s*《([^《》]{1,30})》"
                                     r"(?:[\s|｜\d第][^。！？《》，,]{0,60}?)?(?:。?[）)])?$")

# **北川健康智库** 第6期 / **某某观察** 2026年第3期（总第40期） 2026年3月2日: a Markdown brief's masthead, the series'
# name set in bold and its issue number (maybe its date) after it. The bold marks the name whatever word ends it (an
# ISSUE_MASTHEAD_LINE needs 《》 or a bar, a spaced one a periodical's word, 要报, 专报): masthead, no text
# (units.markdown_markup_unit).
BOLD_SERIES_ISSUE_LINE = re.compile(rf"^\*\*[^*\n]{{2,20}}\*\*[ \t　]*{_BRIEF_ISSUE}(?:[ \t　]+{_DATETIME})?$")

# **活动预告** / **招聘启事** (over ### 第三届…论坛将于6月举办): a NOTICE_PIECE_HEADING that is the notice's kind alone, a
# label: over a heading, that heading titles the piece and the label is its kicker (articles.markdown_layout).
NOTICE_KIND_LABEL = re.compile(r"^(?:(?:会议|活动|论坛|培训|讲座)?(?:通知|预告|公告|启事)|招聘(?:启事|公告)?|征稿(?:启事)?"
                               r"|征文(?:启事)?|招生简章)$")

# ---- qa119: a page's editor credits set without colons ----
# 责任编辑 何 平 视觉编辑 程 前 校对 吴 敏 / 本版编辑 周 舟 李 慧 美编 夏 禾: a page's credits on a line of their own, each
# role parted from its names by a space alone (no 责编：…, CREDIT_LINE's shape): furniture (units.unit), and a
# line of its own (reflow.block_starts), never the first line of the title or note under it. An editor's role comes
# first; the names are one to three characters, maybe letter-spaced (何 平), so a role of four characters (视觉编辑)
# never reads as a name.
_BARE_CREDIT_ROLE = r"(?:本版|本期)?(?:责任编辑|责编|编辑|视觉编辑|美术编辑|美编|版式设计|版式|校对|制图|审校|终审|摄影)"
UNLABELLED_PAGE_CREDIT_LINE = re.compile(
    rf"^(?:本版|本期)?(?:责任编辑|责编|编辑|视觉编辑|美术编辑|美编)(?:[ 　]+[{CJK}]{{1,3}})+"
    rf"(?:[ 　]+{_BARE_CREDIT_ROLE}(?:[ 　]+[{CJK}]{{1,3}})+)*[ 　]*$")
# The first characters an UNLABELLED_PAGE_CREDIT_LINE opens with (a first-character test before the match).
UNLABELLED_PAGE_CREDIT_INITIALS = "本责编视美"
# A line that is a block of its own wherever it stands (reflow.block_starts): a page's credits set without colons, or a
# note that the article goes on from or on another page (（上接A1版）, CONTINUATION_NOTE), which a full line over it
# (the page's credits) would otherwise take in as its last words.
# 内部资料　注意保存 / 内部参考　请勿外传: a brief's handling mark over its masthead, furniture and a line of its own
# (the letter-spaced series name under it is no wrapped rest of it) (units.unit; qa257).
HANDLING_MARK_LINE = re.compile(r"^内部(?:资料|参考|参阅|刊物|文件)[ \t　]*(?:注意保存|注意保密|请勿外传|妥善保管)?$")
HANDLING_MARK_INITIAL = "内"
OWN_LINE_FURNITURE = _any_of(UNLABELLED_PAGE_CREDIT_LINE, CONTINUATION_NOTE, HANDLING_MARK_LINE)
# The first characters an OWN_LINE_FURNITURE line opens with (reflow scans the lines' first characters for them).
OWN_LINE_FURNITURE_INITIAL = re.compile(f"[{UNLABELLED_PAGE_CREDIT_INITIALS}（({HANDLING_MARK_INITIAL}]")

# ---- qa119: a running head that gives the paper's name in English too ----
# 经济日报 ECONOMIC DAILY 2026年3月19日 星期四 第11版: a running head that opens with the paper's name and its English
# name in capitals (as the masthead prints it), then the date: OUTLET_PAGE_HEAD_LINE's shape, the date sets `published`
# (reflow.is_page_head). (Normalised, the space between the Chinese and the Latin name has gone.)
LATIN_NAMED_OUTLET_PAGE_HEAD_LINE = re.compile(rf"^{OUTLET}\s*[A-Z][A-Z.&' -]{{2,40}}?\s*{_PAGE_HEAD_DATE}")

# ---- qa119: a photo's credit in brackets on a line of its own ----
# 图为招聘会现场。 / （新华社记者 张 晓 摄）: a photo's credit set in brackets on a line of its own under its caption (the
# shapes of PHOTO_CREDIT_LINE inside the brackets): the caption's credit, never a signature naming 张晓摄 that closes the
# article around the picture (bylines.byline, units.unit). Only lines opening and closing with a bracket are tried.
BRACKETED_PHOTO_CREDIT_LINE = re.compile(rf"^[（(][ 　]*{_PHOTO_CREDIT_SHOT.removesuffix('$')}[ 　]*[）)]$")
# The characters such a line opens and closes with.
BRACKET_OPENERS, BRACKET_CLOSERS = ("（", "("), ("）", ")")

# ---- qa119: a profile box whose label is closed by its bracket alone ----
# 【专家简介】刘文昊，东川大学教授……: the box on an article's expert or an interview's guest with its label in brackets and
# the profile run on after it, no colon (PROFILE_LINE's 受访者简介：… otherwise): the box, not the article's text
# (units.is_profile_paragraph). (Not 【作者简介】, a paper's front matter, as PROFILE_LINE leaves it.)
BRACKETED_PROFILE_LINE = re.compile(r"^[【\[]\s*(?:嘉宾|人物|专家|受访者|受访嘉宾|受访专家|主讲人|访谈对象)\s*(?:简介|介绍|名片)\s*[】\]]\s*[^\s:：]")

# ---- qa119: a quotation's speaker on the line under a full line that closes the quotation ----
# “政策实、服务优，我们扩大投资的信心更足了。” / 东江新材料有限公司负责人说。: a quotation that ends exactly at the column's
# edge, and under it the rest of its paragraph, who said it (a short line of one clause ending with 说。, 表示。…): one
# paragraph, not a paragraph that fills its column then one of its own (reflow.joins). Only lines ending with a stop
# inside a closing quote (QUOTATION_CLOSE_ENDS) are tried.
QUOTATION_SPEAKER_LINE = re.compile(r"^[^。！？；“”\n]{1,30}(?:说|表示|介绍|坦言|感慨|告诉记者|说道|笑着说)[。：]$")
QUOTATION_CLOSE_ENDS = ("。”", "！”", "？”")

# ---- sp20: a journal's column head, the opening every match has ----
# JOURNAL_COLUMN_HEAD_LINE's start up to the first digit of its year (both shapes of _JOURNAL_YEAR_ISSUE open with
# \d{4}): the journal's name, a space or tab, a digit, no line break among them. reflow.journal_column_head_lines
# searches the page's text for the head only where a spaced line opens so (most pages hold 期, few such a line).
JOURNAL_COLUMN_HEAD_OPENING = re.compile(rf"{_JOURNAL_NAME}[ \t]+\d")

# ---- sp20: the first characters of a guest list's label line ----
# Every character a GUEST_LIST_LABEL_LINE match can open its line with (bold's *, or a label's first character;
# tests/test_reflow.py derives the set from the pattern): reflow.guest_list_lines tests the page for the labels' words
# (GUEST_LIST_LABEL_HINTS) only on the lines that open with one (one scan of their first characters).
GUEST_LIST_LABEL_LINE_INITIAL = re.compile("[*与出受嘉做对座特本论访]")

# ---- qa124: a 公文's wrapped title and its attachment's title ----
# 关于印发《某某省…建设 / 三年行动方案（2026—2028年）》的通知: the last line of an official title wrapped under its first
# (the line over it holds 关于), narrower than the line under it: it closes its block (reflow.wrapped_official_title_ends), as a title
# on one line does (OFFICIAL_HEAD_LINE), so that the addressees under it (各…, maybe wrapped too) are not run into it.
# Only lines whose last character is one of OFFICIAL_TITLE_LASTS are tried.
OFFICIAL_TITLE_LASTS = re.compile("[知报见定复告函示]")
OFFICIAL_TITLE_LAST_LINE = re.compile(rf"^[^，。；！？：:]{{1,60}}{OFFICIAL_TITLE_END}$")
# The title's first line over it: 关于 in a line with no clause mark (a title has none).
TITLE_FIRST_LINE = re.compile(r"^[^，。；！？：:]{2,40}$")
# How much narrower (in characters) than the line under it such a last line is at least: a line of text that wraps
# at the column's edge right after 的通知 is as wide as the line under it.
OFFICIAL_TITLE_LAST_SHORT = 2.0
# 某某省渔港经济区建设三年行动方案 / （2026—2028年）: the bracketed period, draft or trial note set on a line of its own
# under an attachment's title (附件 over it): the title's second line (articles.split_on_attachment), not a heading.
TITLE_BRACKETED_TAIL_LINE = re.compile(
    r"^[（(](?:\d{4}\s*[—–\-~～至]+\s*\d{4}\s*年(?:度)?|\d{4}\s*年(?:度)?(?:版)?|试行|暂行|征求意见稿|送审稿|修订稿?)[）)]$")

# ---- qa124: an official document's copy number, secrecy and urgency over its masthead ----
# 000158 / 机密★1年 / 特急: the fields GB/T 9704 sets over a document's red masthead (份号, six digits; 密级 and how long it
# holds; 紧急程度), each on a line of its own at the document's head: front matter with the masthead
# (units.with_mastheads_over_doc_number), not the title. Only above a masthead or 文号 near the head are they tried.
_SECRECY = r"(?:绝密|机密|秘密)(?:\s*★\s*(?:\d{1,2}\s*年|长期))?"
_URGENCY = r"(?:特急|加急|特提|平急)"
GOV_HEAD_FIELD_LINE = re.compile(rf"^(?:\d{{6}}|{_SECRECY}|{_URGENCY})(?:[ 　]*(?:{_SECRECY}|{_URGENCY}))*$")

# ---- qa124: a running head with its fields parted by bars ----
# 评论｜2026年5月20日 星期三｜第A07版: a running head that parts all its fields (column, date, page) with bars, its page
# number a letter and digits inside 第…版: read with the bars as spaces and the number as A07 (评论 2026年5月20日 星期三
# A07), it is a running head of the usual shapes (reflow.respaced_page_head). Tried only on lines holding a bar or 第.
PAGE_HEAD_FIELD_BAR = re.compile(r"\s*[|｜]\s*")
LETTERED_PAGE_NUMBER = re.compile(r"第\s*([A-H]\d{1,3})\s*版")

# ---- qa124: a plan's bracketed duty note at a line's head ----
# （市水务局牵头，市住房城乡建设局配合） / （市园林绿化局按职责分工负责）: the bodies that carry out a task, in brackets at the
# end of the task's paragraph: wrapped to the head of a line under a full line that ends the task's last sentence, it
# goes on with that paragraph (reflow.joins), and on a line of its own it is text, never a heading (units.plain_unit),
# as a labelled duty field (DUTY_FIELD_LINE) is. Tried only on lines opening with a bracket.
DUTY_NOTE_LINE = re.compile(r"^[（(][^（）()。；]{2,80}(?:牵头|负责|配合|参与|承担)[）)]$")
# （牵头单位：市数据局；配合单位：市级各有关部门）: the labelled form, whole in its brackets, wrapped to a line's head under
# a full line: the same note, its task's last words (reflow.joins, qa247), where the page runs its other such notes on
# at their tasks' ends (DUTY_FIELD_NOTE_RUN_IN); where it sets every one on a line of its own, that is the writer's
# layout, under lines of any width, and the note stays apart.
DUTY_FIELD_NOTE_LINE = re.compile(r"^[（(](?:责任|牵头|配合|主责)(?:单位|部门)\s*[:：][^（）()。]{2,80}[）)]$")
DUTY_FIELD_NOTE_RUN_IN = re.compile(r"[。；][（(](?:责任|牵头|配合|主责)(?:单位|部门)\s*[:：]")

# ---- qa123: an official document's title printed again at the head of its text ----
# A portal prints the document's title, its fields, then the document as issued: 文号, its title again (often wrapped
# under its issuing body: 某某市人民政府办公室 / 关于…的实施方案), 主送. Lines under the fields that give the title again
# are that title, not the text's first section (articles.repeats_title). When they give it only in part (the page
# titles 关于…, the document 某某办公室关于…, or the other way round), the shorter must open as an official title does.
REPEATED_TITLE_OPENERS = ("关于",)
# Characters left out when the title and the lines are compared: white space (letter-spaced lines) and the quotes a
# page may print straight where the document prints curly ones.
REPEATED_TITLE_IGNORED = re.compile(r"[\s\u3000\"“”]")

# ---- qa123: a document number with its date or signer beside it ----
# 青政办发〔2026〕5号　　　　2026年2月27日 / 某政〔2026〕12号　　签发人：张三: the 文号 line of a document as issued may
# carry its date or (a report to a higher office) its signer at the right margin: front matter as the bare 文号 line
# is (units.unit), not a heading over the 主送 line. DOC_NUMBER_GAPS are its cheap first test: the number's 号 and a gap.
DOC_NUMBER_GAPS = ("号 ", "号\u3000")
DOC_NUMBER_BESIDE_FIELD_LINE = re.compile(
    rf"^{DOC_NUMBER_LINE.pattern.removeprefix('^').removesuffix('$')}\s+"
    rf"(?:{DATE_ONLY_LINE.pattern.removeprefix('^').removesuffix('$')}|签发人\s*[:：]\s*[{CJK}·][{CJK}·、，\s]{{1,20}})$")

# ---- qa123: an item's run-in head set off by a colon ----
# （一）强化组织领导：建立…机制，统筹…。 / 1、顶层设计：制定…: a run-in head ended by a colon instead of a full stop is
# the item's lead phrase (measures.lead_phrase), not its whole first sentence. Only a short phrase with no comma or
# sentence end in it, and not one that announces what follows (主要目标为：, 具体包括：, 措施如下：), which is no head.
LEAD_HEAD_BEFORE_COLON = re.compile(r"^([^，,。！？；：:]{2,16})(?<![是为括下])[：:](?=\S)")

# ---- qa123: a writer's credit with the photographer's or checker's on its line ----
# 文字：陈某　图片：周某 / 文/陈某 图/周某 / 撰稿：陈某　摄影：周某 / 作者：陈某　审核：周某: a web page's closing credits may
# name the writer and, on the same line, who took the pictures or checked the piece: the writer's field signs the
# article (bylines.byline reads group 1), the fields after it are credits, as an editor's field after the names is
# (LABELLED_BYLINE). Tried only on lines opening with a byline label's first character (BYLINE_LABEL_INITIALS).
_CREDIT_AFTER_WRITER = r"图片|摄影|图|摄|视频|审核|审校|校对|初审|复审|终审|美编|制图"
WRITER_THEN_CREDIT_FIELD = re.compile(
    rf"^((?:{_BYLINE_LABEL})\s*[:：/／]\s*[{CJK}、 　]{{2,40}}?)[ 　]+(?:{_CREDIT_AFTER_WRITER})\s*[:：/／]\s*\S")

# ---- qa123: a web page's 作者 field naming the writer's department before the name ----
# 发布日期：… 来源：省卫生健康委 作者：基层卫生处 陈某 / 作者：市发改委　陈某: a government site's author field may give the
# department (a unit word ending it, _OFFICE_SUFFIXES) and a gap before the writer's name: the name is the author
# (bylines.field_authors), as OFFICE_WORD lets a post stand before it in AUTHOR_FIELD. The names end as AUTHOR_FIELD's.
UNIT_THEN_AUTHOR_FIELD = re.compile(
    rf"(?:作者|撰文|撰稿|执笔)\s*[:：]\s*[{CJK}]{{0,16}}?(?:{_OFFICE_SUFFIXES})[ 　]+"
    rf"({_NAME}(?:(?:[、，,]\s*|[ 　]+){_NAME})*)"
    r"(?=[\s，,；;|｜]|$|(?:责任编辑|编辑|责编|来源|出处|日期|发布|时间|点击|浏览|阅读)\s*[:：]|\d{4}[-/.年])")

# ---- qa123: an item numbered 一是 on a heading line of its own ----
# 一是稳定汽车消费 / its text on the lines under it / 二是扩大家电消费 / …: a web article may set its 一是/二是 items (and
# 一要/二要) as heading lines, each over its paragraph, as it sets 1、 items: measures with a heading line
# (units.item_heading), not unmarked headings run together with the section's. Only the numeral and 是/要, then a
# word (not 一是一、二是二). ITEM_SHI_YAO_SECONDS is the cheap first test: the line's second or third character.
ITEM_SHI_YAO = re.compile(rf"^([{CN_NUM}]{{1,2}}[是要])(?=[{CJK}“])")
ITEM_SHI_YAO_SECONDS = "是要"

# ---- qa123: the head lines of a document as issued stand apart ----
# A 文号 line, bare or with its date or signer beside it, is a block of its own (reflow.doc_number_lines): on a portal's
# page, without a line of fields as wide as the text around it, the short head lines (the title, the 文号, the title again
# wrapped under its issuing body) look like lines of one narrow column and would otherwise run together. The lines
# tried are those ending with 号 (DOC_NUMBER_LINE_LAST, one scan of the lines' last characters) and those holding a gap
# after 号 (DOC_NUMBER_GAPS, substring searches of the page).
DOC_NUMBER_LINE_LAST = re.compile("号")
# The kinds of document an official title's last line ends with (…的通知, …的实施方案, a wrapped title's last line
# 设施建设的实施方案 too): an addressee line (各…：) right under such a line opens a block of its own (reflow.addressee_lines).
OFFICIAL_TITLE_KIND_ENDS = ("通知", "通报", "意见", "决定", "批复", "公告", "通告", "报告", "请示", "函", "方案", "办法",
                            "措施", "规定", "细则", "规划", "计划", "要点", "准则")
# 单位名称：＿＿＿＿＿＿ / 联 系 人：＿＿＿＿　联系电话：＿＿＿＿ / 填报时间：＿＿年＿＿月＿＿日: a row of a blank form (an
# attachment's 报表 or 申请表 printed under a notice), a label and the blank run of underscores left for the answer
# (＿ is _ once normalised); each row is a block of text of its own (reflow.form_field_lines, units.unit), not a wrapped
# line, a heading or furniture. FORM_BLANK is the substring test that finds the few texts with such blanks.
FORM_BLANK = "___"
FORM_FIELD_LINE = re.compile(r"[^：:。；]{1,24}[：:] *_{2,}")
# A form whose blanks were left as spaces (报送单位：　　　　报送时间：　　年　　月　　日 / 签发人：　　　　填报人：) comes out of
# the PDF as two labels or more, each closed by its colon with nothing after it (or a date's bare 年 月 日), spaces apart;
# a row of boxes to tick (险情类型：□山洪　□内涝　□其他) is a row of the form too. Both are rows as FORM_FIELD_LINE's are
# (reflow.form_field_lines, units.is_form_row). FORM_ROW_MARKS are the substring tests that find the few texts and
# blocks that may hold such rows: a colon before a space (the spaces once normalised are single), a box, a blank.
_FORM_LABEL = r"[^\s：:。；，,_□☐]{1,16}[：:]"
_FORM_DATE_BLANK = r"年 +月 +日"
_FORM_EMPTY_FIELDS = rf"{_FORM_LABEL}(?: +{_FORM_LABEL})+(?: +{_FORM_DATE_BLANK})?|{_FORM_LABEL} +{_FORM_DATE_BLANK}"
_FORM_CHECKBOX_ROW = rf"(?:{_FORM_LABEL} *)?(?:[□☐] *[^\s□☐]{{1,12}} *){{2,}}"
FORM_ROW = re.compile(rf"{_FORM_EMPTY_FIELDS}|{_FORM_CHECKBOX_ROW}")
FORM_ROW_LINE = re.compile(rf"(?m)^(?:[^\n：:。；]{{1,24}}[：:] *_{{2,}}.*|{_FORM_EMPTY_FIELDS}|{_FORM_CHECKBOX_ROW})$")
FORM_ROW_MARKS = (FORM_BLANK, "： ", "□", "☐")
# (ADDRESSEE_INITIAL: the first character of the lines addressee_lines tries.)
ADDRESSEE_INITIAL = re.compile("各")

# ---- qa123: a portal's attached files listed with their sizes ----
# 附件下载： / 某某若干措施.pdf（356KB） / 申报指南.docx（48KB）: a portal lists the attached files with their sizes after the
# extension, and the short lines may have run together into one block: each file, sized or not, is an entry of the
# attachments list (units.with_attachments), as ATTACHMENT_FILE_ENTRY's bare file names are, not a heading.
_ATTACHED_FILE = r"(?:\d{1,2}\s*[.．、]\s*)?[^。；;：:]{1,80}?\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar)"
_FILE_SIZE = r"(?:\s*[（(]\s*\d+(?:\.\d+)?\s*[KMG]?B\s*[）)])?"
ATTACHED_FILES_ENTRY = re.compile(rf"^(?:{_ATTACHED_FILE}{_FILE_SIZE}\s*)+$", re.I)

# ---- qa123: a bracketed credit line naming the writers, then the editor ----
# （撰稿：陈某　顾某　编辑：周某） / （执笔：陈某；审核：周某）: a web page's closing credits in brackets may label the writers
# 撰稿/执笔/撰文 instead of 作者 (CREDITS_NOTE's): a byline under the text (group 1, read by bylines.byline, through
# units.credits_note_byline), the fields after the names are the page's credits, not a note to keep in the text.
# (WRITERS_CREDITS_NOTE, qa122's, reads them: its labels and fields take these too.)

# ---- qa123: a byline whose label is set in lenticular brackets ----
# 【作者】陈某 / 【撰稿】陈某　顾某: a web page may set the label of its writers' line in 【】 instead of before a colon: the
# label leaves and the names after it sign (bylines.byline), as after 作者：. Tried only on lines opening with 【.
BRACKETED_BYLINE_LABEL = re.compile(r"^【\s*(?:作者|撰稿|撰文|执笔|文字|文)\s*】\s*[:：]?\s*(?=\S)")

# ---- qa123: a signature's date in Chinese numerals sets the date ----
# 二〇二六年二月二十七日 under a notice's issuing body: the date it was signed, read as the Arabic date under a signature
# is (bylines.published): the year digit by digit (〇 and ○ are 0), the month and day as numerals (二十七).
CN_NUMERAL_DATE_PARTS = re.compile(r"([一二][〇零○一二三四五六七八九]{3})\s*年\s*([一二三四五六七八九十]{1,3})\s*月"
                                   r"\s*([一二三四五六七八九十]{1,3})\s*日")

# ---- sp21: literal-first and BMP-only forms of whole-text normalisation patterns ----
# SPACED_CHAPTER_MARKER spelt with its 第 first and the line's start as a look-behind over it (which steps back over
# the 第 and asks ^ there): the same matches, but a pattern that opens with a literal is searched for at C speed, where
# one that opens with ^ under re.M is tried at every character of the text.
SPACED_CHAPTER_MARKER = re.compile(rf"第(?<=^第)(?=[{CN_NUM} ]* )[ ]?((?:[{CN_NUM}][ ]?){{1,4}})([章节篇编部条])", re.M)
# LINE_EMOJI_CHAR's characters in the BMP: all it can find in a text with no character beyond the BMP (t2s.has_astral
# tells). A test for each (a one-character substring test runs at memchr speed) costs less than a scan for the class,
# which compares each character of the text with each of its ranges and characters
# (normalize.with_bars_and_no_edge_emoji).
assert _LINE_EMOJI.startswith("\U0001F000-\U0001FAFF") and all(c != "-" and c < "\U00010000" for c in _LINE_EMOJI[3:])
LINE_EMOJI_BMP_CHARS = _LINE_EMOJI[3:]
# A space at a line's end, at a line's start: literals, whose search runs ahead to their first character at C speed,
# several times faster than the substring test " \n" in text on a text of Chinese (normalize._normalized_nfc_lines).
SPACE_BEFORE_NEWLINE = re.compile(" \n")
SPACE_AFTER_NEWLINE = re.compile("\n ")

# ---- qa126: a commentary signed with the writer's occupation in brackets (□ 陈 默（媒体人）) ----
# □ 张 某（媒体人） / 李某（学者） / 王某（律师）: a short comment column (来论) signs each piece with the writer's name
# and, in brackets, what they are, a word of two or three characters that NAMES_WITH_ASIDES (an affiliation of four
# characters or more, or an academic post) does not take. Only these occupation words: a bracketed place or year after
# a name (张江（上海）, 王明（2021）) is no such aside.
_OCCUPATION_ASIDE = (r"(?:媒体人|学者|律师|教师|作家|编辑|网友|市民|读者|医生|职员|公务员|工程师|评论员|大学生|研究生"
                     r"|法律工作者|社区工作者|文化学者|基层干部|退休干部|财经评论员)")
NAME_WITH_OCCUPATION = re.compile(rf"^{_NAME}\s*[（(]{_OCCUPATION_ASIDE}[）)]$")

# ---- qa126: a photo caption that places the people in the picture (林某（右）在…。) ----
# 林某（右）在车间了解生产情况。 / 张某（前排左二）与… : a caption says where in the picture a person stands, right after
# the name; prose does not. A one-line block so marked right over a photo's credit line (本报记者 某某 摄) is the
# caption, whatever it opens with (units.with_caption_text).
CAPTION_POSITION_MARK = re.compile(r"[（(](?:前排|后排|中排)?(?:左|右)(?:[一二三四五六七八九]|起[一二三四五六七八九])?[）)]|[（(]中[）)]")

# ---- qa127: theory pages (a heading broken at its comma, signed views amid a text, a paragraph around a quote) ----
# （一）立足资源禀赋， / 找准新质生产力的发力点: a marked heading set over two lines broken at its phrase boundary: its
# first line ends with a comma or an enumeration comma, which ends no heading, so the short line under it is the
# heading's rest even where it is the wider of the two (reflow.wraps_heading).
HEADING_PHRASE_BREAK_ENDS = ("，", "、", ",")

# ---- qa266: a long marked heading wrapped on a web page copied one paragraph a line ----
# 二、坚持农民主体，激发群众参与乡村建设 / 的内生动力 / text…。: a page copied from its rendering as plain text keeps the
# break where the browser wrapped a long heading, though it sets a paragraph a line: a line under the heading's long
# first line that is short, unmarked and holds no punctuation, over a line of text, is the heading's rest
# (reflow.wraps_heading_of_free_layout). A short heading (一、总体要求) wraps never, and a sub-heading under it is kept.
WRAPPED_HEADING_FIRST_MIN_CHARS = 15    # the first line of a heading long enough to wrap (marker included)
WRAPPED_HEADING_REST_MAX_CHARS = 8      # the rest carried onto the next line: a phrase or two
WRAPPED_HEADING_REST_MARKS = re.compile(r"[，。；：！？、,.;:!?（）()《》“”\"\s]")

# ——清华大学环境学院教授 贺远征 / ——某大学副教授张三 / （张三 某大学教授）: the signature closing one of a roundup's signed
# views (ROUNDUP_LABEL), a dash, the speaker's institution and academic post, then the name, or the name first and the
# post after it in brackets: a line of its own, however wide, which never runs on into the next view under it (set in a
# box narrower than the signature, the line passes for a full one; reflow.speaker_signature_lines), and it signs a view
# as ROUNDUP_SIGNATURE does (articles.roundup_at). Only lines opening with a dash or a bracket (SUBTITLE_INITIAL) are tried.
SPEAKER_SIGNATURE_LINE = re.compile(rf"^(?:(?:——|──)\s*[^。！？；，、“”]{{2,30}}?{_ACADEMIC_POST}[ 　]*{_NAME}"
                                    rf"|[（(]\s*{_NAME}[ 　]+[^（）()。！？；，“”]{{2,30}}?{_ACADEMIC_POST}\s*[）)])$")

# 第一，开展…。 / 第二，建立…: a paragraph that opens with an ordinal item (第一，/ 其一，) and ends its sentence exactly at
# the column's edge, over a line opening the next item of the same grammar: the item ends there, as its sibling items
# end theirs (a run of items set one a paragraph), not a sentence going on into the next item (reflow.opens_next_item).
# Groups: the prefix (第 or 其) and the numeral. Only lines opening with RUN_IN_ORDINAL_INITIALS are tried.
RUN_IN_ORDINAL_ITEM = re.compile(rf"^(第|其)([{CN_NUM}]{{1,3}})[，,、]")
RUN_IN_ORDINAL_INITIALS = ("第", "其")

# 引言 / 前言 / 导言: the unnumbered opening section a paper sets over its text before its numbered ones (一、…): a short
# line over a text whose other headings are all numbered is that text's column label (学思践悟) unless it names such a
# section (articles.is_column_label).
OPENING_SECTION_NAME = re.compile(r"^(?:引言|前言|导言|导论|绪论|序言|概述|问题的提出)$")

# ---- lead (session 19): a web page's piece after the closing credit of its article ----
# （责任编辑：万 芸） / 编辑：唐颖 / 审核：韩松: the credit naming who edited an article closes it on a web page; a heading
# under it over text titles a piece of its own (an advertisement, a short report run under an interview), not the
# article's last section (articles.split_after_closing_credit; Markdown marks it, markdown_layout, plain text does not).
EDITOR_CREDIT_LINE = re.compile(r"^[（(【\[]?\s*(?:本文|本版)?(?:责任编辑|责编|编辑|校对|审核|审校|终审)\s*[:：/|｜]")

# ---- qa125: papers, plans and web pages hard-wrapped at a column (front matter, references, furniture, headings) ----
# 资料来源：《某某经济研究月刊》第48卷第3期 2025年3月 页24-33: a paper reposted from a journal names the journal and its
# issue on a line of its own over the title; in a hard-wrapped page it is often about as wide as the column and ends
# no sentence, and the title under it must not run into it (reflow.journal_source_lines). A table's source note
# (资料来源：作者根据调研资料整理。) names no issue.
JOURNAL_SOURCE_LINE_INITIAL = re.compile("[资来文出]")
JOURNAL_SOURCE_LINE = re.compile(r"^(?:资料|文章)?(?:来源|出处)\s*[:：]\s*《[^》]{2,30}》[^。；;]{0,30}?第\s*\d{1,4}\s*期[^。；;]{0,40}$")

# 某市推进某某产业高质量发展实施方案（2025—2027年） / 为贯彻落实…: a document's title that names its kind at its end
# (方案, 规划, 意见, 办法…, maybe with its years or 试行 in brackets) on the page's first lines, before any sentence
# ends, closes its block: printed as wide as the column, it would run on into the first paragraph (reflow.
# document_title_lines). A line with a comma or a colon is prose or a field, no title.
DOCUMENT_TITLE_LINE = re.compile(
    r"^[^，,。；;：:！？!?]{4,80}(?:方案|规划|计划|纲要|意见|办法|细则|规定|条例|通知|决定|要点|指引|指南|报告)"
    r"(?:[（(][^（）()，。]{2,20}[）)])?$")

# （HBSK2023YB218） / (72274051): a grant's code alone on a line, in brackets, is the rest of the note over it (基金项目：
# 某省社会科学基金项目 / （…）): a code too long for the line's end moves down whole, its opening bracket with it
# (reflow.grant_code_rests). Letters and digits, four digits at least (a year alone in brackets, (2021), is too short
# to be one).
GRANT_CODE_INITIAL = re.compile("[（(]")
GRANT_CODE_LINE = re.compile(r"^[（(](?=(?:[^）)\d]*\d){4})[A-Za-z0-9&\-]{5,24}[）)][；;。，,]?$")

# 陈家乐（2023）。〈香港公屋流转率的变化及其影 / 响〉。《某某学报》，第58期，页21-45。: an entry of a paper's
# references hard-wrapped at the column's edge goes on on the lines under it that open no entry, even after a line
# that ends with 。 (an entry's parts each end so) (reflow.reference_entry_rests). An entry opens with a number
# (FOOTNOTE_ENTRY), an author and year or a document-type code (REFERENCE_ENTRY), or a Latin surname and initial.
# The marks such an entry's last line ends with (a line of a title under the list ends with none).
REFERENCE_ENTRY_ENDS = "。.．"
REFERENCE_LATIN_ENTRY = re.compile(r"^[A-Z][A-Za-z'\-]+,\s*[A-Z]\.")

# 字级设定：小 中 大　分享至：Facebook LINE X: a Taiwanese news site's font-size switch (字级, smallest first) with its
# share buttons, a line of its own like FONT_SWITCH_LINE's (reflow.font_switches): the hard-wrapped text under it, past
# a blank line, must not run on from it.
FONT_SIZE_SETTING_LINE = re.compile(r"^[【\[［]?\s*(?:字级(?:设定)?|字体大小|字型大小)\s*[:：]?\s*[【\[［]?\s*[小中大]")

# 02丨让数据在田间地头“跑起来” / 03｜应用场景要贴近农民所需: a WeChat article's section heading, its two-digit number
# before a vertical bar, opens a block in every layout (reflow.bar_numbered_headings): the caption or the paragraph over
# it, as wide as the column, must not run on into it. A digit opens the line, Chinese text follows the bar (a year, 2024
# | 某报, has more digits).
BAR_NUMBERED_HEADING_INITIAL = re.compile("[0-9]")
BAR_NUMBERED_HEADING = re.compile(rf"^\d{{1,2}}\s*[|｜丨]\s*[{CJK}“「《]")

# (Chen et al., / 2021): a line break after a Latin word's comma, semicolon, colon or full stop (half-width, as rule 4
# leaves them between Latin words) before a Latin word or a number: the words keep their space (reflow.joined), as
# across LATIN_LINE_BREAK's. Not after a digit: a decimal (下降0. / 4个百分点) or a thousands separator (1, / 000) wrapped
# there is one number. Lines ending with one of LATIN_PUNCT_LINE_END are tried.
LATIN_PUNCT_LINE_END = re.compile("[.,;:]")
LATIN_PUNCT_LINE_BREAK = re.compile(r"\n(?<=[A-Za-z.)][,;:]\n|[A-Za-z]\.\n)(?=[A-Za-z0-9])")

# 点击上方“某某发布”，关注更多权威信息: a WeChat article's prompt to follow its account opens a block (BLOCK_START) and,
# short of the column, closes it too (reflow.follow_prompt_lines): the text's first line under it, as wide as the
# column in a hard-wrapped page, does not run on from it.
WECHAT_PROMPT_LINE = re.compile(rf"^{_WECHAT_PROMPT}")
# 点击蓝字关注我们 / 点击上方蓝字，关注我们！: the prompt ending with its call to follow, whole whatever its width (where
# the prompt is a page's first line, its column is its own width): it closes its block (reflow.follow_prompt_lines, qa251).
FOLLOW_PROMPT_END = re.compile(r"关注(?:我们|本号|本公众号)?[！!。~～吧]*$")

# 3. 某某大学财政税务学院，湖北 武汉 / 430073: a paper's affiliation line wrapped before its postcode (an unbroken run of
# digits moves down whole) goes on onto the line holding only the code (reflow.postcode_rests): never a paragraph.
POSTCODE_INITIAL = re.compile("[0-9]")
POSTCODE_LINE = re.compile(r"^\d{6}[）)；;]?$")

# ---- qa129: a heading line's marker family ----
# （三）以常态化协商为保障，完善协同治理机制: a marked heading as wide as its column over a full line of text is told from a
# numbered paragraph whose first line fills the column by the page's other headings of its family, short lines of their
# own (reflow.heads_a_family_of_short_headings). The family is the marker with its numeral read as one: (三) and （十二）
# are one family, 三、 another. MARKER_NUMERAL is the numeral; MARKER_PARENS, the half-width brackets read full-width.
MARKER_NUMERAL = re.compile(rf"[{CN_NUM}{FORMAL_CN_NUM}]+")
MARKER_PARENS = str.maketrans("()", "（）", " 　")

# ---- qa130: a review's book line, a page's afterword, a section letter over its heading ----
# （《乡村治理的逻辑》，林某著，某某出版社2025年9月出版） / 《…》，某某主编，某某出版社2025年版: the line under a book
# review that names the book, its author and publisher, with or without brackets: short and ending in no full stop, it
# would read as a heading; it is the review's text (units.plain_unit). Unbracketed on one line under the review's title
# (《书名》 某某 著 某某出版社), over its byline, it is the title's subtitle, never the title (units.unit). Tried only on lines
# opening with 《 or a bracket.
BOOK_NOTE_LINE = re.compile(
    r"^[（(]?《[^》]{1,40}》[，,、\s]?[^（）()。《》]{0,40}?(?:著|编著|主编|编|译|等著)[，,、\s]?[^（）()。《》]{0,30}出版社"
    r"[^（）()。《》]{0,20}[）)]?。?$")
BOOK_NOTE_INITIALS = ("《", "（《", "(《")
# 编后：本期刊发的几篇文章…… / 【编后】…: the editors' words printed after a page's article, run in after their label: an
# editor's note, no paragraph of the article over it (articles.afterword_note). (The label alone on a line over a
# titled box is COMMENTARY_BOX_LABEL's: a signed commentary, an article.)
AFTERWORD_NOTE = re.compile(r"^(?:[【\[]\s*编后(?:语|记)?\s*[】\]]\s*[:：]?|编后(?:语|记)?\s*[:：])")
AFTERWORD_NOTE_INITIALS = ("编后", "【编后", "[编后")

# A / B.: a theory page's section letter set on a line of its own over the heading's words (A / 产业为基：…), as
# 01 is (segment.bare_section_marker): the section's marker in the letter family it has on the heading's line.
LONE_SECTION_LETTER = re.compile(r"^[A-H][．.]?$")
LONE_SECTION_LETTER_MAX_CHARS = 2

# ---- qa128: a plain-text brief's lead box over its bylines ----
# 标题 / 内容提要：… / 执笔：…: the units of a plain-text page's head in which units.with_bylines_over_lead_box looks for
# a lead box between the title line and the bylines (a title line, the masthead's fields, the box).
LEAD_BOX_HEAD_SPAN = 4

# 东陵发展研究院 | 决策咨询要报 | 2025年第27期（总第312期） / 某某研究院 | 政策简报 Policy Brief | 第14期: a think tank's
# masthead line, its name, then the series (maybe with its English name) and the issue, parted by bars (or middle dots:
# 海州智库·决策参考·2025年第14期), no date
# (OUTLET_SERIES_ISSUE_DATE_LINE without it): a block of its own, not the first line of the title under it
# (reflow.issue_masthead_lines), and no title (units.is_issue_line). Lines ending with ISSUE_LINE_END are tried.
BARRED_SERIES_ISSUE_LINE = re.compile(
    rf"^[{CJK}]{{2,20}}\s*[|｜·・]\s*[{CJK}]{{2,8}}(?:\s*[A-Za-z][A-Za-z ]{{1,30}}?)?\s*[|｜·・]\s*{_BRIEF_ISSUE}$")
ISSUE_LINE_END = re.compile("[期）)]")

# 邝衡 (a line of its own over each of that guest's answers in a plain-text roundtable): the longest such line
# units.with_name_line_turns tries as a speaker's name (a Chinese name of two to four characters).
TURN_NAME_MAX_CHARS = 4

# 作者：北岭数字经济研究院课题组　发布时间：2026-06-02: a copied page's author field naming the group that wrote the report
# (its name ending as GROUP_AUTHOR_ENDS): the group is the author (bylines.field_authors), as under a brief's title.
GROUP_AUTHOR_FIELD = re.compile(
    rf"(?:作者|撰文|撰稿|执笔)\s*[:：]\s*([{CJK}]{{2,30}}?(?:{'|'.join(GROUP_AUTHOR_ENDS)}))(?=[\s，,；;|｜]|$)")

# 首页 / 访谈 / 正文: a site's breadcrumb trail parting its steps by slashes, from the home page on, three steps or more:
# chrome over the title, no line of it (reflow.is_slashed_trail), as BREADCRUMB_TRAIL's with > is.
SLASHED_BREADCRUMB_TRAIL = re.compile(r"^首页(?:\s*/\s*[^\s/]{1,12}){2,}$")

# ---- qa134: commentary pages' numbered column labels, writers' bios, reading links, disclaimers; bare-numbered notes ----
# 01观点 / 01 论坛: a site's column label at a page's head, a number (the outlet's brand, 香港01) glued to a column word
# (CORNER_COLUMN_WORDS): read as an item numbered 01 it would open an untitled article of its own; before the first
# byline it is the column's label, a plain line like 观点 01 (units.with_numbered_column_label).
NUMBERED_COLUMN_LABEL = re.compile(rf"^\d{{2}}[ 　]?[{CJK}]{{0,4}}(?:{CORNER_COLUMN_WORDS})$")
# How many units from a page's head units.with_numbered_column_label looks at (breadcrumb, site name, label).
NUMBERED_COLUMN_LABEL_REACH = 3
# 邓某：某大学公共政策学系助理教授，研究高等教育政策。 / 邓某，某研究院研究员: the line right under a commentary's byline that
# opens with the writer's name (tried from just after it) and goes on with the institution and post: the writer's bio,
# front matter like an affiliation line (units.is_writer_bio_under), not the text's first paragraph.
WRITER_BIO_AFTER_NAME = re.compile(rf"\s*(?:[：:，,]|现为|为|系|是)\s*{INSTITUTION}[{CJK}]{{0,20}}?{_ACADEMIC_POST}(?:[，,；;。]|$)")
# 延伸阅读：【北都发展】新田科技城首批用地年内招标　业界忧配套追不上: a further-reading label with the linked headline on its
# line, wider than the chrome lines WEB_CHROME_MAX_WIDTH allows: chrome all the same (units.furniture_kind). A headline, so
# no full stop, exclamation or semicolon inside (a 知识链接：… box with its text run in is no link, and not tried here).
READING_LINK_LINE = re.compile(r"^[【\[]?\s*(?:延伸阅读|相关阅读|推荐阅读|相关链接)\s*[】\]]?\s*[:：]\s*[^。！；;]{4,80}$")
# （文章仅属作者意见，不代表香港01立场。） / 本文只代表作者个人意见，不代表本报立场 / 以上内容纯属个人观点: a disclaimer under a
# commentary that says whose view it gives with 仅属/只代表/纯属 (DISCLAIMER_LINE's 仅代表 only), bracketed or not: a credit,
# no paragraph of the text (units.unit). Only lines opening with OPINION_DISCLAIMER_FIRSTS and ending in
# OPINION_DISCLAIMER_LASTS (after a full stop or bracket) are tried.
OPINION_DISCLAIMER_LINE = re.compile(
    r"^[（(]?(?:本文|文章|以上(?:内容|文章)?|此文)[^（）()。！？，,]{0,6}(?:仅|只|纯)(?:属|为|系|反映|代表)"
    r"[^（）()。！？，,]{1,16}(?:意见|观点|看法|立场)"
    r"(?:[，,；;](?:并?不|未必)(?:代表|反映)[^（）()。！？]{1,30}(?:立场|观点|意见|看法))?[。.]?[）)]?$")
OPINION_DISCLAIMER_FIRSTS = "（(本文以此"
OPINION_DISCLAIMER_LASTS = "见点场法"
OPINION_DISCLAIMER_TRAIL = "。.）)"
# 1 根据国家发展委员会2024年统计资料。 (normalised: 1根据…): a paper's footnote under its notes label (注释, 註釋) whose
# superscript number the PDF's text kept as a plain digit before the note's words: a note entry when the numbers run
# 1, 2, 3… from the label on (units.as_notes_from asks for the next number; a year or a count opening a paragraph is none).
BARE_NUMBERED_NOTE = re.compile(rf"(\d{{1,3}})[ 　]?(?=[{CJK}《“「〈])")

# ---- qa134: a writer's field naming no person; links tagged in brackets under a reading label ----
# 撰文：01观点 / 作者：香港01评论组: a writer's field whose value bylines.byline reads as no names (a column or team with
# digits in its name): a field of the front matter all the same (units.plain_unit), never a line of the title over it.
# Only lines opening with WRITER_FIELD_FIRSTS are tried.
UNNAMED_WRITER_FIELD = re.compile(r"^(?:作者|撰文|撰稿|执笔|文)\s*[:：／/｜|]\s*[^\s，。；,;：:]{1,12}$")
WRITER_FIELD_FIRSTS = "作撰执文"
# 【街市】天水围临时街市租户叫苦　人流不足难维生: a news site's link under a further-reading label (延伸阅读：), its topic tag in
# brackets before the headline. A run of such lines under the label is its list of links even where the article's text
# goes on after it (units.with_link_lists): two of them, or one before a heading.
TAGGED_LINK_HEADLINE = re.compile(r"^【[^【】]{1,10}】[^。！；;]{4,60}$")

# ---- qa134: a three-column table's rows of numbers under their year ----
# 2020 35.2 60.1 / 2018—2020 12.5 8.3%: a row of a table of three columns, a year (or span of years) and two numbers, too
# few cells for NUMBERS_ONLY_ROW's rows: a short line with no Han, which would be read as a heading line (two rows as one
# heading); a paragraph of the text instead, as a wider row of numbers is (units.plain_unit).
YEAR_NUMBERS_ROW = re.compile(rf"(?:19|20)\d\d(?:[—–~～-]\d{{2,4}})? {_NUMBER_CELL} {_NUMBER_CELL}")

# ---- qa134: a writer's bio naming a profession under the byline ----
# 邓某：资深传媒人、时事评论员。 / 邓某，执业大律师: the line under a commentary's byline that opens with the writer's name
# and goes on with a profession, no institution (WRITER_BIO_AFTER_NAME asks for one): the writer's bio all the same
# (units.is_writer_bio_under); tried from just after the name, the professions in WRITER_PROFESSIONS.
WRITER_PROFESSIONS = ("传媒人|评论员|时事评论员|专栏作家|作家|律师|大律师|会计师|测量师|工程师|建筑师|规划师|医生|社工|顾问"
                      "|退休公务员|前高级公务员")
WRITER_BIO_PROFESSION_AFTER_NAME = re.compile(
    rf"\s*(?:[：:，,]|现为|为|系|是)\s*[{CJK}、]{{0,16}}?(?:{WRITER_PROFESSIONS})(?:[，,；;。][^。]{{0,40}}。?)?$")

# ---- qa134: a numbered column label with the column's path or the date beside it ----
# 01观点｜社评 / 01观点 2026-03-14 06:30: NUMBERED_COLUMN_LABEL's label at a page's head with the column's path after a bar
# (a plain line, as 观点｜社评 is) or the page's date after a space (a field line, as 观点 2026-03-14 is)
# (units.with_numbered_column_label).
_NUMBERED_COLUMN = rf"\d{{2}}[ 　]?[{CJK}]{{0,4}}(?:{CORNER_COLUMN_WORDS})"
NUMBERED_COLUMN_PATH = re.compile(rf"^{_NUMBERED_COLUMN}(?:\s*[｜|·・/／]\s*[{CJK}]{{2,8}}){{1,2}}$")
NUMBERED_COLUMN_DATE = re.compile(rf"^{_NUMBERED_COLUMN}[ 　]+\d{{4}}(?:[-/.]\d{{1,2}}[-/.]\d{{1,2}}|年\d{{1,2}}月\d{{1,2}}日)"
                                  r"(?:[ 　]+\d{1,2}:\d{2})?$")

# ---- qa131: a lone name between two texts of one column; a ▲ line's block ----
# ……更有韧性。 / 某某某 / the next text's first line (two paragraphs of one column width round it): the fewest characters of a lone
# name on a line of its own that signs a text there rather than heading a section of it (articles.signs_between_texts):
# a text's short headings amid it are words (结语, 成效) and a two-character line may be a column's label (来论), while a
# Chinese name of three characters (or a compound surname's four) is a person.
LONE_SIGNATURE_MIN_CHARS = 3

# ▲ 让县城更宜居 / 也更有温度 (a pull quote) · ▲ 3月28日，某镇服务站内，… / 推介当地春茶。 (a photo's caption wider than
# the column, wrapped): a line opening with a triangle pointing up opens a block of its own, and reflow builds it as it
# builds a ■ pull quote (in its own column, to its sentence's end), whether the page uses the mark for its photos'
# captions or its pull quotes or both; units then reads the block (PHOTO_POINTER_CAPTION). As a character class over
# the lines' first characters.
POINTER_QUOTE_INITIAL = re.compile(f"[{PHOTO_POINTER_FIRSTS}]")
# ▲不少长者在门诊外轮候。（资料图片） / ▲ 5月8日，网格员入户走访。: the last characters of a pointer's block (a caption's
# sentence, or the file-photo label in brackets after it): the line under it is none of the block's, though a ■ quote
# would run on (reflow.joins).
POINTER_BLOCK_ENDS = "。！？）)"

# 全县建成… / …三百余个， / …两万件。 (a sidebar of figures set narrower than the text, no label, between two articles): the
# most lines such an unlabelled box holds (articles.is_unsigned_box); a longer narrow text is an article's.
UNSIGNED_BOX_MAX_LINES = 4

# ▲县城虽小，连着民生。让县城更宜居，乡村才更有活力。 (a pull quote of short sentences set amid the column, under a
# triangle as a page may mark its captions too, cutting a paragraph mid-sentence): the most lines of a ▲ block that is
# no caption (PHOTO_POINTER_CAPTION: one sentence) read as such a quote (units.with_pointer_quotes_amid_text).
POINTER_QUOTE_MAX_LINES = 3

# ---- qa132: a byline naming the writer, then the school's teaching department ----
# 顾晓帆 江南省委党校经济学教研部: a theory page's byline under an end-printed title, the name, then (after a space) the
# writer's school and its teaching department, the other way round from DEPARTMENT_NAMES_LINE (NAMES_INSTITUTION_LINE
# asks the line to end with the institution's own word): the names are the authors (bylines.shaped_byline).
NAMES_DEPARTMENT_LINE = re.compile(rf"^({_NAMES})[ 　]+{INSTITUTION}[{CJK}]{{0,12}}?(?:教研部|教研室)$")

# ---- qa132: an unbulleted byline with the writer's institution and post under a title printed after the text ----
# 以县域为切入点推进城乡融合发展 / 顾晓帆 江南省委党校经济学教研部教授: the fewest characters of the line over such a byline
# (a title; a guest list's label, 专家简介, 对话嘉宾, is shorter), and the words or marks that make that line a label over a
# guest list or profile all the same (reflow.titled_post_bylines).
TITLE_OVER_POST_BYLINE_MIN_CHARS = 6
LABEL_OVER_GUESTS = re.compile(r"简介|介绍|嘉宾|专家|学者|出席|与谈|受访|[：:]")

# ---- qa133: interviews: a profile box's biography, turns under lone role lines ----
# 贺某某，经济学博士，…。: what may follow the guest's name at the head of the biography under a profile box's name-and-post
# line (units.is_bio_of): a comma or a space; a name running into a verb (贺某某表示…) opens text, not a biography.
BIO_NAME_SEPARATORS = ("，", ",", " ", "　")

# 记者 / 主持人 / 问 (a line of its own over each question of a plain-text interview): a lone role label that is the
# label of the turn under it (units.with_role_line_turns); TURN_ROLE_MAX_CHARS bounds the lines tried.
TURN_ROLE_LINE = re.compile(r"(?:本报)?记者|主持人?|问|答")
TURN_ROLE_MAX_CHARS = 4
# **祁某某（某某大学教授）：** (a bold line of its own over the words of that guest's turn in a Markdown roundtable):
# a speaker's label that names the guest's post in brackets after the name (units.with_colon_label_turns); the brackets
# hold no sentence. AFFILIATED_LABEL_MAX_CHARS bounds the lines tried (a name, brackets and a post of up to 24 characters).
AFFILIATED_SPEAKER_LABEL = re.compile(rf"{PERSON_NAME}[（(][^（）()，。；：:？！]{{2,24}}[）)]")
AFFILIATED_LABEL_MAX_CHARS = 32
# The ends of the words of a turn under a lone role label (units.is_turn_text): a sentence's end.
TURN_TEXT_ENDS = ("。", "？", "！", "”", "…")

# ---- qa229: an economic daily's figure deck under its title ----
# 临江新能源汽车产业链加速成势 / 前三季度整车产量同比增长37.2%，链上企业突破1200家: an economic page sets a deck (副题)
# under the headline that gives the report's figures in two clauses; set much wider than the headline, it is no title
# line (the headline over it is no kicker): residue as a subtitle (articles.is_figure_deck). A figure with its unit and a
# comma between clauses are asked for; a kicker over a headline that gives figures is a topic's name, no clause.
FIGURE_DECK_FIGURE = re.compile(r"\d(?:\.\d+)?\s*(?:%|％|万|亿|倍|个百分点)")
FIGURE_DECK_MIN_SHARE = 1.5       # the deck is this much wider than the headline over it at least
FIGURE_DECK_MIN_HEADLINE = 8      # characters of the headline at least (a column's or topic's name is shorter)

# ---- qa229: a data box's figures amid a report ----
# 数说 / 86.4万辆 / 前三季度新能源汽车产量 / 37.2% / 同比增速: an economic page's data box (数说, 数据) set amid a report's
# paragraphs, each figure with its unit on a line of its own over a short label. A line that is only a figure and its
# unit is never a section's heading: a run of plain lines holding one is the box, page furniture (segment.flush_headings).
# A bare number (01, 2) is a section's marker (is_number_over_heading), so a unit or % is asked for.
# (A unit may take two magnitudes, 3.6万亿元, and count things, 36个, 1090款: qa249.)
_DATA_BOX_UNIT = (r"\s*(?:余|多)?\s*(?:(?:万亿|[万亿千])?(?:%|％|个百分点|[元辆家台人户项件吨套座个款]|人次|千瓦时?|平方米|公里)"
                  r"|万亿|[万亿])$")
DATA_BOX_FIGURE_LINE = re.compile(rf"^\d+(?:\.\d+)?{_DATA_BOX_UNIT}")

# ---- qa249: a data box's rows, each a label and its figure, over the line naming their source ----
# 数据看板 / 新增专项债券发行额 3.6万亿元 / 占全年额度比重 82.5% / 资料来源：财政部: a data box that sets each figure at the
# end of its label's line (or as a ● item, 前三季度新增专项债券发行3.6万亿元), under the box's label and over its source
# line: the rows and the source are the box's, residue, not text of the article printed under them (units.
# data_box_rows_over). Rows are short lines, no sentence, ending with a figure and its unit; two at least.
DATA_BOX_ROW = re.compile(rf"\d(?:\.\d+)?{_DATA_BOX_UNIT}")
DATA_BOX_ROW_MAX_CHARS = 24
DATA_BOX_MIN_ROWS = 2
DATA_BOX_LABEL_MAX_CHARS = 8

# ---- qa249: a fact box beside or amid an article's text ----
# …每名党员 / 桃源村小档案 / ●区位：…距县城18公里 / ●人口：… / 联系10户左右群众，…: a county paper's fact box (…小档案,
# …档案) set in the column beside the text, or where the page cut a paragraph, extracted between the two halves of the
# sentence. Its label ends with 档案.
FACT_BOX_LABEL = re.compile(rf"^[{CJK}]{{1,10}}档案$")
# The box's items as units, their bullets cut as debris (units.short_bullet_runs) or kept: bulleted field lines, each
# label a few characters, each item short and no sentence (a paragraph under the box may open with a run-in head,
# 活力：…。). The label and two items at least are the box, read as a caption is: residue wherever it stands, and a
# paragraph it cut runs on across it as across a photo's caption (units.with_fact_boxes).
FACT_BOX_FIELD = re.compile(r"^[●■◆]?[ \t]*[^：:，。●■◆]{1,8}[：:][^。]+$")
FACT_BOX_ITEM_MAX_CHARS = 40
FACT_BOX_MIN_ITEMS = 2

# ---- qa229: a letter-spaced section heading with its marker ----
# 三 、 抓 共 建 共 享 / （ 二 ） 完 善 机 制: a heading in a letter-spaced column, its marker spaced as its words are, reads as
# the heading it spells (三、抓共建共享: units.unit takes the spacing out of a one-line block opening so); unspaced, its
# marker is found and the line under it (增 活 力) runs on as the heading's second line.
SPACED_HEADING_RUN_ON_MAX_CHARS = 8     # a marked heading's second line, spaced, is short (增 活 力)
SPACED_HEADING_MARKER = re.compile(r"^(?:[一二三四五六七八九十](?: [一二三四五六七八九十])? 、|[（(] [一二三四五六七八九十] [）)]) [^ ]")
SPACED_HEADING_MARKER_FIRSTS = "一二三四五六七八九十（("

# ---- qa133: a beat kicker over a title ----
# 数字政府建设一线观察 / 一网统管让城市治理更“聪明”: a kicker (引题) naming the series or beat a report belongs to ends with
# a report-series word; over a wider title line it is the kicker, not the title's first line, however wide
# (articles.title_split). Words that end a noun phrase naming a series, not a title's clause cut at a line's end.
BEAT_KICKER = re.compile(rf"^[{CJK}“”·]{{2,16}}(?:观察|纪实|巡礼|走笔|蹲点|手记|调研行|一线行|在行动|进行时|面对面)$")
# The last characters of a BEAT_KICKER line (reflow.beat_kickers tries only the lines ending so).
BEAT_KICKER_LAST = re.compile("[察实礼笔点记行动时面]")
# 读者来函 / 医疗券使用宜简化: a letters column's label (读者来函, 市民来信, 读者信箱, 来函照登) over a reader's letter's
# title is its kicker however wide the title: a letter's title may be short enough that the label is more than half
# its width, but no title opens with the column's name (articles.title_split, qa287).
LETTERS_COLUMN_KICKER = re.compile(r"^(?:(?:读者|市民|网友|群众|听众)(?:来函|来信|来鸿|信箱|之声)|(?:来函|来信)(?:照登|选登|摘登)?)$")

# ---- qa133: a Markdown blockquote's empty lines ----
# > (alone on its line, between two paragraphs of a quoted box, > **嘉宾简介** / > / > 卢某某 …): a blockquote's empty line,
# which parts its paragraphs as a blank line does (extract.without_inline_marks makes it one): no paragraph of no words.
MD_EMPTY_QUOTE_LINE = re.compile(r"^>[ \t]*$", re.M)

# ---- qa133: the biography under a labelled guest line ----
# 嘉宾简介：/【嘉宾简介】/ 嘉宾：/ 本期嘉宾：: the label a line naming an interview's guest opens with, the name right after
# it (units.labelled_guest_name): the paragraph under it that opens with that name is the guest's biography.
GUEST_LINE_LABEL = re.compile(r"[【\[]?\s*(?:本期|受访|访谈|特邀|做客)?(?:嘉宾|人物|专家|受访者|学者|主讲人|访谈对象)\s*"
                              r"(?:简介|介绍|名片)?\s*(?:[】\]]\s*[:：]?|[:：])\s*")

# ---- qa133: a role or a letter-spaced name before a name glued to a title ----
# 本报记者 周某某在…: the reporter's role before a name glued to the next title (articles.glued_byline reads the name after
# it); GLUED_ROLE_INITIALS: what such a line begins with (a cheap test first).
GLUED_ROLE_PREFIX = re.compile(rf"(?:本报|本刊|本台|新华社)?(?:特约)?(?:{_ROLES})[ 　]+")
GLUED_ROLE_INITIALS = ("本", "新", "特", "记", "通", "评", "实", "读")
# 林 可在…: a two-character name set letter-spaced, glued to the next title (articles.glued_byline joins the two).
SPACED_TWO_CHAR_NAME_START = re.compile(rf"([{CJK}])[ 　]([{CJK}])(?=[{CJK}“《])")

# ---- qa135: an author note naming the writers' institution as a field ----
# （作者：周某某 韩某某，单位：某省社会科学院） / （作者：周某某、韩某某；作者单位：某大学）: the names listed at once, then their
# institution labelled as a field instead of 均系…: the names before it are the authors (bylines.note_authors).
# The field may follow the names after a space alone (（作者：周某某 韩某某 单位：某大学）, qa181).
NOTE_AUTHORS_THEN_UNIT = re.compile(rf"^[（(【\[]\s*作者\s*[:：]?\s*({_NAMES})(?:\s*[，,；;]\s*|[ 　]+)(?:作者|工作|所在)?单位\s*[:：]")

# ---- qa135: the title of the document a notice publishes, under the notice's signature ----
# （此件公开发布） / （此件主动公开）: the publication note that may stand between the notice's date and the title of the
# document it publishes (reflow.published_document_titles skips it).
OFFICIAL_PUBLICATION_NOTE = re.compile(r"^[（(]\s*(?:此件公开发布|此件主动公开|此件依申请公开|此件不公开|此页无正文)\s*[）)]$")

# ---- qa135: the colon closing an item's heading line ----
# 2、引导企业转型升级： over the item's text: the colons a heading line may end with, leading into the body under it; the
# measure's title leaves them (measures.heading_title).
HEADING_LEAD_IN_COLONS = "：:"

# ---- qa136: a WeChat head line that gives no date ----
# 原创 清源智库研究院 清源智库 / 原创 陈某某 某某智库: a WeChat article's head line labelled 原创 when the date and time stand on
# a line of their own (2026年03月05日 08:30 北京, under the account's name): the label and up to four names apart by
# spaces (writer, account), nothing else; metadata, as WECHAT_HEAD_LINE's form with the date is, no title or text. A line
# opening with 原创 tried only (units.unit_of); a sentence (a mark, a clause) never matches.
WECHAT_LABEL_LINE = re.compile(rf"^原创(?:[ \t]+[{CJK}\w·]{{2,20}}){{1,4}}$")
# 原创 · 江城发布 / 原创 | 陈某某 某某智库: the label parted from the names by a middle dot or a bar instead of a space (as a
# page copied from the app writes it; the dot's spaces leave in normalize), the same head line (qa251).
WECHAT_LABEL_LINE = _any_of(WECHAT_LABEL_LINE, re.compile(rf"^原创[ \t]*[·・|｜][ \t]*[{CJK}\w]{{2,20}}(?:[ \t]+[{CJK}\w·]{{2,20}}){{0,3}}$"))
# 江城发布 / 2026-11-19 18:30: the account's name alone on the line over the head line's date (the head split over two
# lines, as a page copied from the app gives it): metadata with that date line, no paragraph of the text. Two to twenty
# letters, no mark of a sentence (units.with_account_names_over_head_dates: in Markdown such a line is a paragraph, in plain
# text the title's second line).
ACCOUNT_NAME_LINE = re.compile(rf"^[{CJK}\w·]{{2,20}}$")
WECHAT_LABEL = "原创"

# ---- qa136: a closing label over the writers' bios names the authors ----
# 本文作者 / 【关于作者】 / 作者简介： on a line of its own at an article's end, over one line per writer that opens with the
# writer's name and goes on with an institution and post (陈某某，某研究院副研究员，主要研究方向为…；): the writers'
# bios, read as a byline naming them (units.with_writer_bios_under_label); the label and the bios are no text. The
# bios are tried with WRITER_BIO_AFTER_NAME; a line of the text opens with no name and a post. The label's first
# characters: WRITER_BIOS_LABEL_INITIALS (a prefix test first). (作者简介 over one bio was PROFILE_HEADING's box, which
# named no one; this pass runs first. A paper's labelled field, 作者简介：乔某，…, is one line and no label alone.)
WRITER_BIOS_LABEL = re.compile(r"^[【\[]?\s*(?:本文作者|关于作者|作者简介)\s*[】\]]?\s*[:：]?$")
WRITER_BIOS_LABEL_INITIALS = ("本文作者", "关于作者", "作者简介", "【", "[")

# ---- qa136: a WeChat section's labelled number before its heading, no bar ----
# PART 3 以重点领域突破带动整体提升 / Part 2 对标国际规则: a WeChat section's number with its English label (as
# SECTION_NUMBER_LABEL_LINE's) and the heading on one line, no bar between them (NUMBER_BAR_HEADING's form with one):
# the labelled number is the section's marker (segment.number_and_heading). Rule 5 may have removed the space before
# the heading's first Han character; without the label (3 以…) a number is no such marker.
LABELLED_NUMBER_HEADING = re.compile(rf"^((?:PART|Part|NO|No)[ .．]?\d{{1,2}})\s*(?=[{CJK}“《])")
LABELLED_NUMBER_HEADING_FIRSTS = "PN"

# ---- qa137: a byline with its paper first ----
# 学习时报 刘云峰 / 经济日报 韩雪 陈立: on a digest page the paper a commentary comes from may stand before the writers'
# names (bylines.byline; the usual order, 张丽丝 光明日报, is NAME_LINE). The paper's short name ends in an outlet word and
# is one word: a running head has a date after it (OUTLET_PAGE_HEAD_LINE), not names; nor is an edition's name one
# (人民日报 海外版, 中国青年报 周末版: 海, 周 are surnames).
OUTLET_NAMES_LINE = re.compile(rf"^({OUTLET})[ 　]+(?![{CJK}]{{1,2}}[版刊]$)({_NAMES})$")
# The last characters of an outlet's name (a cheap test before OUTLET_NAMES_LINE).
OUTLET_WORD = re.compile(r"报[ 　]|社[ 　]|网[ 　]|刊[ 　]|台[ 　]|端[ 　]|志[ 　]")

# ---- qa137: a heading under its section's letter or number set alone ----
# A / 稳主体，增强外贸企业抗风险能力 / text, 01 / 强算力，构筑数字经济新基座 / text: the letter (LONE_SECTION_LETTER) or the
# zero-padded number (segment.is_number_over_heading) alone on its line over the heading's words; the line under it is
# the heading, which ends its block even where it holds a comma and stops short of nothing (reflow.headings_under_lone_markers).
# (A bare 1 or 12 may be a page's number amid a paragraph: only 01-09 here.)
LONE_SECTION_MARKER_LINE = re.compile(r"^(?:[A-H][．.]?|0[1-9])$")
# The first characters of a LONE_SECTION_MARKER_LINE (a cheap test first), and the longest heading under one.
LONE_SECTION_MARKER_INITIALS = re.compile(r"[A-H0]")
LONE_MARKER_HEADING_MAX_CHARS = 30

# ---- sp22: one-character finds before slow whole-page searches ----
# str.find of one character runs at memchr speed where its low byte is not 0; a find of two or three characters, or a
# regex scan, steps through the page. Each character below is one that every match of the search after it holds, so
# a page without it (most pages) is answered by the one find.
# Every DOC_NUMBER_GAPS gap opens with it: reflow.doc_number_lines tries its offsets for a gap (str.startswith).
DOC_NUMBER_GAP_MARK = "号"
assert all(gap.startswith(DOC_NUMBER_GAP_MARK) for gap in DOC_NUMBER_GAPS)
# APP_PROMO_WORD opens with it (reflow.app_promo_lines).
APP_PROMO_INITIAL = "A"
assert APP_PROMO_WORD.startswith(APP_PROMO_INITIAL)
# Every CLOCK_TIME match opens with it: the pattern's first element is that literal colon (reflow.wechat_head_lines).
CLOCK_TIME_COLON = ":"
assert CLOCK_TIME.pattern.startswith(CLOCK_TIME_COLON)
# The ideographic space, whose low byte is 0: str.find cannot hand it to memchr (a zero byte is too common in a page's
# text) and steps through the page character by character, twice as slowly as the re module's scan for a literal
# (reflow.glued_signature_lines finds the lines holding one so).
IDEOGRAPHIC_SPACE = re.compile("\u3000")

# ---- qa139: an institute's news column after a brief's end matter ----
# **研究动态** / ## 工作动态｜我院课题组赴某县调研 (over ### 我院课题组赴某县调研): a think tank's news column, its name
# alone as a label or set off by a bar or colon before the item's headline. After the article's end matter (a --- break,
# its footnotes, its closing credit) it opens a short news item of its own, not the brief's last section, like a
# notice's kind (NOTICE_KIND_LABEL, NOTICE_PIECE_HEADING; articles.names_notice_piece, labels_notice_heading).
_NEWS_COLUMN = r"(?:研究|工作|学术|科研|智库|院所|院内|本院|所内)动态|科研简讯|工作简讯"
NEWS_COLUMN_LABEL = re.compile(rf"^(?:{_NEWS_COLUMN})$")
NEWS_COLUMN_HEADING = re.compile(rf"^(?:{_NEWS_COLUMN})(?:\s*[｜|丨:：]|$)")

# ---- qa139: a brief's key points labelled at the head of its first paragraph ----
# 核心观点：算力已成为… / **主要观点**：… (as the first paragraph under a brief's title and fields): the authors' summary
# of the brief, as 内容摘要：… is, so the article's abstract; the label leaves the text, the summary stays its first
# paragraph (segment.key_points_lead). The label must close (a colon or 】): 核心观点认为… is text. (核心提示, 核心阅读: the
# editors' words, LEADING_NOTE.) Group 1: the summary.
_KEY_POINTS_WORDS = r"(?:核心观点|主要观点|观点提要|内容要点|本期要点)"
KEY_POINTS_LEAD = re.compile(rf"^(?:[【\[]\s*{_KEY_POINTS_WORDS}\s*[】\]]\s*[:：]?|{_KEY_POINTS_WORDS}\s*[:：])\s*(\S.*)$", re.S)
# Every KEY_POINTS_LEAD match opens with one of these (segment.key_points_lead tries the pattern only there).
KEY_POINTS_LEAD_INITIALS = ("核心观点", "主要观点", "观点提要", "内容要点", "本期要点", "【", "[")

# ---- qa139: a labelled byline with an aside after some of its names only ----
# 作者：孟某（某研究院所长）、杜某 / 执笔：孟某（所长） 杜某 贾某: names after a byline's label, an affiliation or post in
# brackets after some of them but not after the last (NAMES_WITH_ASIDES wants one after every name; LABELLED_BYLINE alone
# stops at the first bracket). Each name is an author, its aside none (bylines.labelled_names_with_asides).
_NAME_MAYBE_ASIDE = rf"(?:{_NAME_ASIDE}|{_NAME})"
NAMES_SOME_WITH_ASIDES = re.compile(rf"^{_NAME_MAYBE_ASIDE}(?:(?:[ 　、,，]+|(?<=[）)])){_NAME_MAYBE_ASIDE}){{1,5}}$")

# ---- qa138: an enumeration run inline whose next item a wrap put at a line's start ----
# …包括下列内容：（一）燃气气源；/ （二）供应方式；（三）…: the line opens with an item marker, but the item before it
# stands inside the line above (not at its start, not a reference 第（一）项): the list runs inline and the wrap only
# put the next item first on its line, so the line goes on the paragraph (reflow.inline_item_rests).
PAREN_CN_ITEM = re.compile(rf"[（(]([{CN_NUM}]{{1,3}})[）)]")
# The character before an item marker that makes it a reference to an item (第（三）项), not an item.
ITEM_REFERENCE_BEFORE = "第"

# ---- qa141: a page's labelled credits on a line of their own; a study campaign's kicker; a lone section numeral ----
# 本版责编：苏 禾 版式设计：梁 晓 / 责任编辑：何平 美编：夏禾: a page's credits, each role with a colon and one to three
# characters of name (maybe letter-spaced), and nothing else on the line: a block of its own wherever it stands
# (reflow.own_line_furniture), so a line over it that ends no sentence (a review's book line, a caption) never takes
# it in as its last words. The line must open with an editor's role and hold only role fields.
_LABELLED_CREDIT_FIELD = rf"{_BARE_CREDIT_ROLE}\s*[:：]\s*[{CJK}](?:[ 　]?[{CJK}]){{1,3}}"
LABELLED_PAGE_CREDIT_LINE = re.compile(
    rf"^(?:本版|本期)?(?:责任编辑|责编|编辑|视觉编辑|美术编辑|美编)\s*[:：]\s*[{CJK}](?:[ 　]?[{CJK}]){{1,3}}"
    rf"(?:[ 　]+{_LABELLED_CREDIT_FIELD})*[ 　]*$")
# 学习贯彻党的二十届四中全会精神 / 深入学习贯彻习近平总书记重要讲话精神 (over 以县域为载体推进城乡融合发展): the study
# campaign a theory page runs its articles under, set over the title as a kicker as wide as it or wider: it names
# the campaign, not the piece, so it is no title line (articles.title_split). Only a line that is the campaign's
# name alone (学习/宣传/贯彻 … 精神 or …重要论述), never a title that goes on with its own verb.
STUDY_CAMPAIGN_KICKER = re.compile(rf"^(?:深入)?学习(?:宣传)?贯彻[{CJK}“”·]{{2,26}}(?:精神|重要论述)$")
# 一 / 把握县域定位 / 增强城乡融合发展的承载能力: a theory page's section numeral set alone on its line, with no 、, over a
# heading of one or two lines: the section's marker in the 一、 family (segment.flush_headings), no furniture. One or
# two numerals (一 … 十二); a lone numeral is no word a heading or a motto would set on a line of its own.
LONE_CN_SECTION_NUMERAL = re.compile(r"^(?:十[一二三四五六七八九]?|[一二三四五六七八九])$")
LONE_CN_SECTION_NUMERAL_MAX_CHARS = 2
# 以高水平生态保护 / 厚植绿色发展新优势 / 一 / 深刻认识…: the first of those numerals among the plain lines over an unsigned
# article's text parts its title (the lines over it) from its first section's heading (articles.take_leading_title, qa237).
FIRST_LONE_CN_SECTION_NUMERAL = "一"

# ---- qa140: a news item's dateline set letter-spaced ----
# 本 报 讯 （ 记 者   许 嘉 禾 ） 5 月 19 日 ，…: a news item in a letter-spaced column of a page whose other columns are
# not (despaced_page leaves such a page's spaces) opens with its dateline spaced out: read without the letter-spacing
# (LETTER_SPACING), it is NEWS_DATELINE's, and the item an article of its own (units.dateline_text). Only the
# paragraphs opening with one of these are despaced.
SPACED_DATELINE_PREFIXES = ("本 报", "本 刊")

# ---- qa140: a photo's credit in brackets closes its block ----
# （本报通讯员 陶 然 摄）: a photo credit in brackets on a line of its own (BRACKETED_PHOTO_CREDIT_LINE) fills a photo's
# narrow column as a full line does, yet nothing under it goes on from it: it closes its block (reflow.photo_credits), so
# that a short title under it (a news item's) is no second line of it. Its last character, as a pattern for the scan of
# the lines' last characters, and the last but one a credit's lines end with inside the bracket.
BRACKET_CLOSER_LAST = re.compile("[）)]")
BRACKETED_CREDIT_INNER_ENDS = ("摄", "影", "摄 ", "影 ")

# ---- qa259: a photo's credit after 图／ ----
# 图／卫福部提供 / 图：记者林某摄 / 图/取自某某脸书: Taiwan's and Hong Kong's papers credit a photo on a line of its own opening
# with 图 and a slash or colon, the one-sentence caption under it (or over it): both are captions, no heading over the
# text and no paragraph of it (units.with_slash_photo_credits). The credit names who gave or took the picture (…提供,
# …摄, 取自…, 记者…); a caption of its own after 图： (图：某县公交线路开通现场（资料图）) describes the picture and is none.
# Not 图/文 (a byline, TEXT_PHOTO_LABEL). Tried only on plain, byline and caption lines opening with 图.
_CREDIT_CHARS = "[^。，；！？/／（）()]"
SLASH_PHOTO_CREDIT_LINE = re.compile(rf"^图[ 　]*[/／:：][ 　]*(?!文)(?:(?:取自|翻摄|截自|记者|资料){_CREDIT_CHARS}{{0,20}}"
                                     rf"|[{CJK}A-Za-z]{_CREDIT_CHARS}{{0,15}}(?:提供|摄影?|供图))$")
SLASH_PHOTO_CREDIT_FIRST = "图"

# ---- qa142: items lettered (a), (b), (c) ----
# (a) 离岛及偏远地区的物资运送； / (b) 基础设施巡检；及 / (c) …。: Hong Kong government and LegCo papers letter the items of
# an enumeration inside a numbered paragraph, one item a line (the English drafting's (a)/(b)/(c)). Each line opens an item
# (reflow: BLOCK_START), the items are measures numbered 1, 2, 3 (measures.leading_marker, family paren_latin). Letters
# a to h only: (i), (ii) number sub-items in Roman numerals. Group 1: the marker, group 2: the letter.
ITEM_PAREN_LATIN = re.compile(rf"^([（(]([a-h])[）)])[ \t]*(?=[{CJK}《「“])")
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^[（(][a-h][）)][ \t]*(?=[{CJK}《「“])")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)

# ---- qa259: a chapter's heading on a page of one paragraph a line ----
# 第三章 建设宜居城市: a long document's chapter (or part) marker, a gap, its title: set whole on its line, so a short line
# under it, far short of the page's width, is the first subheading, no rest of it (reflow.wraps_heading_between_blanks).
CHAPTER_HEADING_LINE = re.compile(rf"^第[{CN_NUM}\d]+[章篇][ 　]+[{CJK}]")

# ---- qa259: items numbered (i), (ii), (iii) ----
# (i) 全面推行…收费； / (ii) 在各区增设…； / (iii) 研究立法…。, or inline …包括：(i)…；(ii)…；以及(iii)…: Hong Kong's
# government documents number the items of an enumeration in lower-case Roman numerals as often as in letters (the
# English drafting's (i)/(ii)): measures numbered 1, 2, 3 (family paren_roman; measures.leading_marker, INLINE_MARKERS).
# An item opens a block (BLOCK_START); inline, after a colon, semicolon or sentence end, or after 及 (；以及(iii)…: the
# English "; and (iii)"). Only i to x, and only before Chinese: (i) in Latin text is none.
ROMAN_ORDINALS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10}
_ROMAN = "viii|vii|iii|ix|iv|vi|ii|x|v|i"
ITEM_PAREN_ROMAN = re.compile(rf"^([（(]({_ROMAN})[）)])[ \t]*(?=[{CJK}《「“])")
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^[（(](?:{_ROMAN})[）)][ \t]*(?=[{CJK}《「“])")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
INLINE_MARKERS = (*INLINE_MARKERS,
                  ("paren_roman", re.compile(rf"([（(](?<![^：；。:;及][（(])({_ROMAN})[）)])(?=[ \t]*[{CJK}《「“])")))
_PAREN_ARABIC_HINT = "(?=\\d)(?P<paren_arabic>)"
assert INLINE_MARKER_HINTS.pattern.count(_PAREN_ARABIC_HINT) == 1
INLINE_MARKER_HINTS = re.compile(INLINE_MARKER_HINTS.pattern.replace(
    _PAREN_ARABIC_HINT, _PAREN_ARABIC_HINT + "|(?=[ivx]{1,4}[）)])(?P<paren_roman>)"))

# ---- qa142: a footnote labelled 注1： at a page's foot ----
# 注1：内政部户政司，113年12月人口统计资料。 over a PDF page number (- 4 -): Taiwan reports cite a footnote in the text as
# （注1） or 注1 and print it at the page's foot under that label; a note, as ① is (units.as_footnotes), when the label
# is cited before. Group 1: the label without its colon (注1), the mark looked for in the text above.
LABELLED_FOOTNOTE = re.compile(r"^(注\s*\d{1,2})\s*[:：]")
LABELLED_FOOTNOTE_FIRST = "注"

# ---- qa142: a paper's standard part headings, bare words on their own lines ----
# 目的 / 背景 / 建议 / 征询意见: the parts a government or council paper is cut into, each a bare word over its text. Over a
# heading line of its own (建议 / 优化监管框架) the word is a part of its own, no first line of a two-line heading
# (segment.flush_headings).
PAPER_PART_HEADING = re.compile(r"^(?:目的|背景|建议|征询意见|财政影响|引言|前言|导言|结语|结论)$")
# The opening part's word (目的, 引言) as the last of the plain lines over the first paragraph, under the title: the first
# section's heading, never a title's wrapped last line (articles.take_leading_title).
OPENING_PART_HEADING = re.compile(r"^(?:目的|引言|前言|导言|绪论)$")

# 立法会交通事务委员会 / 立法会财务委员会人事编制小组委员会 over a paper's title: the council panel the paper goes to, printed
# as its head; furniture, no title line (articles.title_split).
COUNCIL_PANEL_LINE = re.compile(rf"^立法会[{CJK}]{{2,24}}委员会$")

# 受托单位：财团法人某某研究院 / 委托单位：… / 执行单位：…: a commissioned report's cover field naming who did the study for
# whom, under its title and over its researchers (计划主持人：…): front matter, no title line (units.plain_unit).
REPORT_COVER_FIELD_LINE = re.compile(r"^(?:受托|委托|执行|研究|委办)(?:单位|机关|机构)\s*[:：]")
REPORT_COVER_FIELD_FIRSTS = "受委执研"
# Each such field opens a block of its own (reflow), as 来源：… does: not the rest of the title over it.
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|{REPORT_COVER_FIELD_LINE.pattern}")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile(f"[{REPORT_COVER_FIELD_FIRSTS}]"))

# 工作项目 目标时间 / 完成业界咨询 2026年第一季 / 提交附属法例 2026年第二季: a table of two columns extracted as lines, its
# cells padded apart and left one space apart by rule 5: a head row and rows, each two cells (words or a date, no
# sentence punctuation) with one space between. Three such lines in a row or more are rows, each a block of its own
# (reflow.two_column_rows); one or two may be a spaced title.
TWO_CELL_ROW = re.compile(r"^[^\s，。；：！？、,;:!?]{2,16} [^\s，。；：！？、,;:!?]{2,16}$")
TWO_CELL_ROWS_MIN = 3

# ---- qa143: a continued-from note glued before the text ----
# （上接第1版）老城区是……: a CONTINUED_FROM note set at the head of the first paragraph of the part of an article printed
# on this page, not on a line of its own: it leaves the paragraph as the note, which then stands over the text as it
# does on its own line (units.with_continuation_notes). Only before text that goes on (not a lone note).
LEADING_CONTINUED_FROM_NOTE = re.compile(rf"{CONTINUED_FROM.pattern}{_PAGE_REF_CLOSE}\s*(?=\S)")
# What such a paragraph opens with (a C-level test of the paragraphs' first characters before the pattern).
CONTINUED_FROM_NOTE_OPENINGS = ("（上接", "（紧接", "（接", "(上接", "(紧接", "(接")

# ---- qa144: a web page's reader counter after its author field ----
# 作者：韩某 周某　　浏览次数： / 作者：韩某　阅读：3265: a web page may print the article's reader counter on its byline's
# line, after the names (its count often left empty by the copy): a page field, no name, cut before the byline is read
# (bylines.without_counter_field), as CREDIT_FIELDS' editors are.
READER_COUNTER_FIELD = re.compile(r"[ 　]+(?:浏览|阅读|点击|访问)(?:量|数|次数|人次)?\s*[:：]\s*[\d,，]*\s*次?$")
# The words READER_COUNTER_FIELD needs (a substring test before it is tried).
READER_COUNTER_WORDS = ("浏览", "阅读", "点击", "访问")

# ---- qa144: the editor's field after a bar on a byline's line ----
# 作者：韩某 周某 | 编辑：孙某 / 作者：本网记者 韩某｜责任编辑：孙某: a web page may part its byline from the editor's
# field by a bar instead of a space: the credits from the bar on name no author (bylines.without_credit_fields), as
# CREDIT_FIELDS' after a space do.
BARRED_CREDIT_FIELDS = re.compile(r"\s*[|｜丨]\s*(?:责任编辑|编辑|责编|审核|审校|校对|终审|初审|复审|美编|排版|监制|统筹)\s*[:：]")
# The bars BARRED_CREDIT_FIELDS needs (a substring test before it is tried).
CREDIT_BARS = ("|", "｜", "丨")

# ---- qa145: a （一） run set partly as heading lines, partly run in ----
# What a paragraph run in after a （一） marker opens with (a C-level first-character test before leading_marker is
# asked; units.paren_cn_runs).
PAREN_OPENINGS = ("（", "(")

# ---- qa148: boxed leads under a Markdown title ----
# ■ 数据是…要素。加快构建…。: a box before a paragraph of this many sentences or more, right under a Markdown
# title, marks the article's lead (units.with_boxed_leads), not a pull quote (one sentence lifted from the text).
BOXED_LEAD_MARKS = "■□◆"
BOXED_LEAD_MIN_SENTENCES = 2

# ---- qa148: a team list over a report's text ----
# 课题组成员：严某　宁某　郭　某 (组长, 负责人…): a report's team list on a line of its own, names only (units.with_team_list_bylines:
# over the text with no byline near, its names are the authors; under the text it stays a credit, CREDIT_LINE).
TEAM_LIST_LINE = re.compile(rf"^课题组?(?:组长|副组长|成员|负责人)\s*[:：]\s*((?:[{CJK}]\s*){{2,4}}(?:[\s、，,]+(?:[{CJK}]\s*){{1,4}})*)$")
# How many units after the team list are looked at for a byline of the report (a title over it, a field under it).
TEAM_LIST_BYLINE_REACH = 3
# 组　长：陶某 / 成　员：苏某　许某 / 执　笔：苏某: a report's team stacked over its writers' line at the head, each role on a
# line of its own with the group's word left off (not 课题组…, TEAM_LIST_LINE): the team's credit over the byline the
# writers' line is, no line of the title (units.with_team_list_bylines, qa280). A 领导小组's 组长：… in a notice's text
# stands over no 执笔 line.
BARE_TEAM_ROLE_LINE = re.compile(rf"^(?:副?组 ?长|成 ?员|负责人|主持人)\s*[:：]\s*(?:[{CJK}]\s*){{2,4}}(?:[\s、，,]+(?:[{CJK}]\s*){{1,4}})*$")

# ---- qa148: numbered parts of a Markdown report ----
# ### 3. 对策建议 / ### 4. 几点建议: a numbered heading item that names a report's recommendations part: its series of
# numbered items (### 1. 主要进展, ### 2. 存在的问题) are the report's parts, sections (units.with_numbered_part_headings).
RECOMMENDATIONS_PART_HEADING = re.compile(r"^(?:几点|主要|若干|有关|相关)?(?:对策建议|政策建议|对策与建议|对策和建议|对策及建议|意见建议|建议|对策)$")
# The heading grammar those parts are sections of (their own: a level under any ## heading over them).
NUMBERED_PART_FAMILY = "numbered_part"

# ---- qa146: newspaper pages (continuation notes, datelines, joint author notes, running heads) ----
# …让更多中小企业在数字化浪潮中（下转第4版）: the part of an article printed on this page ends where its column ends, often
# mid-sentence, and the note that it goes on elsewhere follows at once. 下转 says nothing else, so after any character it
# is the note (TRAILING_CONTINUATION_NOTE keeps a bare 转 to a sentence's end, where no citation can be cut).
TRAILING_ONWARD_NOTE = re.compile(rf"\s*[（(]\s*下转{_PAGE_REF_CLOSE}$")
# 晚报讯（记者 林 夏）… / 晨报讯 昨日，…: an evening or morning paper's news item opens with the paper named by its kind
# instead of 本报: read as 本报's dateline (units.dateline_text), the same length, so the item's text is cut where it was.
PAPER_KIND_DATELINE_PREFIXES = ("晚报讯", "晨报讯", "早报讯", "日报讯", "商报讯", "快报讯")

# 顾南星 沈一舟（作者分别系某省社 / 会科学院研究员、助理研究员）: a signature under a text with the author note run on after
# the names and wrapped at the column's edge: the names, then the bracket a note opens with (AUTHOR_NOTE's words follow
# it). Like a note on a line of its own it ends where its bracket closes (reflow.joins). Only lines holding （作者 are tried.
NAMES_BEFORE_AUTHOR_NOTE = re.compile(rf"^{_NAMES}\s*(?=[（(]\s*作者)")
NAMED_NOTE_OPENINGS = ("（作者", "(作者")
# 顾南星 沈一舟（作者分别系某省社会科学院研究员、助理研究员） / 甲 乙（作者单位：某大学）: names signing a text, then
# one note on them all (NAMES_WITH_ASIDES brackets an aside after each name): the names are the authors, the note
# no text (bylines.byline; a clause mark inside the note is no clause of the text). Its last character: BYLINE_ASIDE_ENDS.
NAMES_WITH_AUTHOR_NOTE = re.compile(rf"^({_NAMES})\s*[（(]\s*作者(?:分别|均|都)?(?:系|为|单位\s*[:：])[^（）()]{{2,50}}[）)]$")
# 2026年5月12日 星期二 理论·学习 07: a running head with its column's two words joined by a middle dot after the date and
# the page number after the column (PAGE_HEAD_COLUMN_MARK takes the column only at the line's end): the mark, before a
# column's word and a page number closing the line (reflow.is_marked_column_page_head reads the words joined or spaced).
PAGE_HEAD_COLUMN_MARK_BEFORE_NUMBER = re.compile(rf"\s*[·・]\s*(?=[{CJK}]{{1,8}}\s*{_PAGE_NUMBER}$)")
# The first characters of a PAPER_KIND_DATELINE_PREFIXES line (reflow.paper_kind_datelines scans the lines' initials for
# them): such a dateline opens a block, so a title over it that nearly fills its column does not run into it.
PAPER_KIND_DATELINE_INITIAL = re.compile("[晚晨早日商快]")
# What follows 晚报讯 in a dateline: the reporters' bracket or a space before the text.
PAPER_KIND_DATELINE_AFTER = "（( 　"
# 市民在某县工业旅游展示馆参观。（图片由某县委宣传部提供）: a short line closed by a note of who gave the photo, in
# brackets, is the photo's caption as one closed by its photographer's credit is (BRACKETED_PHOTO_CREDIT; units.unit).
# The note alone on its line is a credit (CREDIT_LINE). Tried on lines ending with a bracket.
GIVEN_PHOTO_CAPTION = re.compile(r"^[^。！？（）()]{2,40}。?[（(]\s*(?:图片|照片|配图)均?由[^（）()。]{1,20}提供\s*[）)]$")

# ---- qa147: Taiwanese papers and reports, think-tank notes (running heads, cover fields, parentheses) ----
# 台湾公共行政学报 第十八卷第一期 52 / 52 某某学报 第十八卷 第一期: a journal page's running head with its volume and
# issue in Chinese numerals, as Taiwan's journals print them: JOURNAL_PAGE_HEAD_LINE's name-and-volume shape, furniture
# (reflow.is_spaced_masthead), never a heading. Tried only on lines holding 卷.
_JOURNAL_HAN_VOLUME = r"第\s*[一二三四五六七八九十百〇零]{1,4}\s*卷\s*第\s*[一二三四五六七八九十〇零]{1,3}\s*期"
JOURNAL_HAN_VOLUME_HEAD_LINE = re.compile(
    rf"^(?:{_JOURNAL_FOLIO}[ \t]+)?{_JOURNAL_NAME}[ \t]+{_JOURNAL_HAN_VOLUME}(?:[ \t]+{_JOURNAL_FOLIO})?$")
# 计划主持人：张某某（某某大学某某学系教授）: a research report's project role with the person's affiliation in brackets
# after the name: the bracket names no author, and is left out before the line is read as PROJECT_ROLES_BYLINE
# (bylines.project_byline). Tried only on lines holding a role's word and a bracket.
PROJECT_NAME_AFFILIATION = re.compile(r"(?<=[" + CJK + r"])\s*[（(][^（）()]{2,40}[）)](?=\s*(?:$|[、 ]))")
# （Re-industrialisation Funding Scheme, RFS）: a pair of parentheses holding Latin text between Chinese punctuation:
# 」(…)， — it is Chinese text's pair as one beside a Han character is (normalize.chinese_parentheses). The marks
# that may stand right before the opening one.
CHINESE_MARKS_BEFORE_OPENER = "」』》〉】）。，、；：！？"
# A Latin letter inside such a pair (a number in brackets after a colon, 电话：(02)2316-5300, keeps its own).
LATIN_LETTER = re.compile("[A-Za-z]")

# 研究期程：中华民国113年3月至113年12月 / 计划编号：… / 执行期间：…: a commissioned report's cover field giving the
# project's term or number, under its researchers (计划主持人：…): front matter as REPORT_COVER_FIELD_LINE is, no title
# or heading (units.plain_unit); short, no sentence in it. Tried only on lines opening with REPORT_TERM_FIELD_FIRSTS.
REPORT_TERM_FIELD_LINE = re.compile(r"^(?:研究|计划|计画|执行|委托|契约)(?:期程|期间|期限|时程|起迄|编号)\s*[:：][^。！？；]{1,40}$")
REPORT_TERM_FIELD_FIRSTS = "研计执委契"

# 一、分析我国外送工作者的劳动条件与职业灾害现况。: a paragraph that is one sentence with no comma, numbered 一、 (a
# study's aims listed under 本研究之目的如下：) is an item as ITEM_CN_SENTENCE's one with a comma is: a heading line
# never ends with a full stop (measures.leading_marker). Twelve characters at least: a short one (一、坚持问题导向。) is
# a principle's heading set with a stop, no list's item.
ITEM_CN_CLAUSE = re.compile(rf"^([{CN_NUM}]{{1,3}})、\s*(?=[^。！？，；：]{{12,150}}[。；]$)")

# Our Hong Kong Foundation｜Policy Note　2025年第12期 / Eastbay Institute | Research Brief 第3期: a think tank's masthead line in
# English, its name and the series' name (parted by a bar), then the issue: BARRED_SERIES_ISSUE_LINE's shape with the
# names in Latin letters; a block of its own and no title (units.is_issue_line, reflow.issue_masthead_lines).
ENGLISH_SERIES_ISSUE_LINE = re.compile(
    rf"^[A-Z][A-Za-z&.,' -]{{1,40}}?\s*[|｜·・]\s*[A-Z][A-Za-z&' -]{{1,30}}?\s*{_BRIEF_ISSUE}$")

# ³ 国发会自2021年起试办…，惟仅限于部分县市。 over the next page's running head (某某学报 第十八卷第一期 60): a paper's
# footnote at the foot of its page, cut into a paragraph the page break splits (…资源管道³， / the
# note / the head / 却也大幅提高…). It opens with its superscript mark and ends a sentence: a block of its own
# (reflow.page_foot_footnote_lines), never the rest of the line over it. Lines opening with a superscript digit only.
SUPERSCRIPT_DIGIT_INITIAL = re.compile(f"[{SUPERSCRIPT_DIGITS}]")
PAGE_FOOT_FOOTNOTE_LINE = re.compile(rf"^[{SUPERSCRIPT_DIGITS}]{{1,2}}[ \t]*[{CJK}《「“][^\n]{{2,200}}[。.]$")

# 研究助理：蔡某某、郭某某 under a report's researchers (研究人员：…): the project's assistants, a field of the cover, front
# matter (units.plain_unit), never a section heading; not named among the report's authors, as the leaders and
# researchers (PROJECT_ROLES_BYLINE) are. Tried only on lines opening with PROJECT_ASSISTANT_FIRSTS.
PROJECT_ASSISTANT_LINE = re.compile(rf"^(?:研究|计划|计画|专案)?助理(?:人员)?\s*[:：]\s*[{CJK}]{{2,4}}(?:[、 ][{CJK}]{{2,4}})*$")
PROJECT_ASSISTANT_FIRSTS = "研计专助"

# 《某某社会政策学刊》第29卷第1期，2025年3月，页1-45: a journal's masthead or citation line over a paper, its name in 《》 and
# its parts apart by commas: BRACKETED_MASTHEAD_LINE's name with COMMA_MASTHEAD_LINE's commas (the volume and issue maybe
# in Chinese numerals), a block of its own and no line of the title (reflow.is_spaced_masthead). Tried on lines opening
# with 《 and holding a comma.
_VOLUME_NUMBER = r"[\d一二三四五六七八九十百]{1,4}"
BRACKETED_COMMA_MASTHEAD_LINE = re.compile(
    rf"^《[^》]{{2,24}}》\s*[，,]?\s*(?:\d{{4}}\s*年\s*)?(?:第\s*{_VOLUME_NUMBER}\s*卷\s*[，,]?\s*)?第\s*{_VOLUME_NUMBER}\s*期"
    rf"(?:\s*[（(][^（）()]{{2,16}}[）)])?(?:\s*[，,]\s*\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?)?(?:\s*[，,]\s*(?:{_PAGE_RANGE}))?$")

# 参考文献 / 一、中文部分 / entries / 二、英文部分 / entries: the parts of a Taiwanese paper's references by language, each
# labelled on a line of its own (numbered or not): the references' own labels, notes like the entries under them
# (units.as_notes_from), never a section of the text that takes the entries back in. Tried under a notes label only.
REFERENCE_PART_LABEL = re.compile(
    r"^(?:[一二三四五六七八九十][、.．]|[（(][一二三四五六七八九十][）)]|[A-Za-z1-9][.．、])?\s*"
    r"(?:中文|英文|外文|日文|西文|英日文|中英文)(?:部分|部份|文献|参考文献|书目|资料)\s*[:：]?$")
REFERENCE_PART_LABEL_MAX = 14

# 第23期｜2025年10月 / 2025年第4期 | 2025年6月: a brief's issue number, a bar, then its month (maybe its day): ISSUE_DATE_LINE
# with a bar between them, the date maybe without its day, a masthead line and no line of the title under it
# (units.is_issue_line). Its first characters: ISSUE_LINE_INITIALS.
BARRED_ISSUE_DATE_LINE = re.compile(rf"^{_BRIEF_ISSUE}\s*[|｜丨／/]\s*\d{{4}}\s*年\s*\d{{1,2}}\s*月(?:\s*\d{{1,2}}\s*日)?$")

# 1. 引言 / 1.1 香港公营医疗系统承担…。 / 1.2 …: a think tank's note that numbers its paragraphs under its parts' headings
# (N.1, N.2 … opening each paragraph under N.): the N. lines are its sections, not a list of points (units.with_dotted_
# chapters), as over decimal headings. Group 1: the part's number, group 2: the paragraph's. Tried on paragraphs opening
# with a digit.
DECIMAL_NUMBERED_PARAGRAPH = re.compile(rf"^(\d{{1,2}})\.(\d{{1,2}})(?![\d.])\s*(?=[{CJK}「“《])")

# 共同主持人：刘 佩 真 / 研究人员：林 昱 君、陈威宇: a report's project role with a name letter-spaced, as covers set
# short names: its single characters apart by spaces are one name, joined before the line is read as
# PROJECT_ROLES_BYLINE (bylines.project_byline). A run of one to four such characters, none glued to another.
LETTER_SPACED_NAME = re.compile(rf"(?<![{CJK}])[{CJK}](?: [{CJK}]){{1,3}}(?![{CJK}])")

# 国家发展委员会委托研究 / 某某部委托研究计划 / 某某署补助研究案: the cover line of a commissioned report naming who
# commissioned it, over the report's title: a line of its own (reflow.commissioned_study_lines), furniture over the
# title, never the title's first line. The commissioner's name ends with an agency's word. Tried only on lines holding
# 研究 and ending with one of COMMISSIONED_STUDY_LASTS.
COMMISSIONED_STUDY_LINE = re.compile(
    rf"^[{CJK}]{{2,20}}(?:委员会|部|署|局|院|会|处|厅|中心|研究所)(?:委托|委办|补助)研究(?:计划|计画|案|报告)?$")
COMMISSIONED_STUDY_LASTS = "究划画案告"
COMMISSIONED_STUDY_LAST = re.compile(f"[{COMMISSIONED_STUDY_LASTS}]")

# ---- qa152: a bar-headed sub-heading under a WeChat page's numbered part ----
# 01 / 数据要素市场建设取得积极进展 / ▌制度框架初步搭建 / text / ▌交易流通日趋活跃 / … / 02 / …: headings set after a bar
# (HEADING_BARS) inside a part numbered as WeChat pages number theirs (01 over its heading, 01｜…, PART 1) are the part's
# sub-headings, a level under it, in this grammar of their own (segment.flush_headings); the next numbered part
# closes them. Bar headings under no numbered part stay plain headings, a level of their own.
BAR_SUBHEADING_FAMILY = "bar_subheading"

# ---- qa150: a notice's bracketed contact line over its signature ----
# （联系人：中小企业处 邵某；联系电话：0531-…） / （咨询电话：…）: a contact line in brackets, the whole line. Under the
# signature and date it is a publication note (CONTACT_LINE's comment), but set between the text and the signature (the
# attachments list between them goes to residue first) it is the text's last paragraph, as the unbracketed line is
# (segment: the lines pending over a bare date).
BRACKETED_CONTACT_LINE = re.compile(rf"^[（(]\s*{CONTACT_LINE.pattern.removeprefix('^')}[^（）()]*[）)]$")
# （联系人：某处 某某；电话：028-…） on a page without blank lines: a block that opens with a bracketed contact ends where its
# bracket closes, as an author note does (reflow.joins); the title of the document a notice publishes may follow it at
# any width (qa288). Only blocks that open with a bracket and close one at their line's end are tried.
BRACKETED_CONTACT_OPENING = re.compile(rf"^[（(]\s*{CONTACT_LINE.pattern.removeprefix('^')}")

# ---- qa153: papers' starred origin notes, running heads naming the authors, CNKI stamps; a speaker's posts alone ----
# * 本文系国家社会科学基金重大项目“…”（23&ZD112）的阶段性成果。: the note a star on a paper's title (…实施路径*) points
# to, at the first page's foot or after the text: which project the paper comes from, front matter like a starred
# 基金项目： field (STARRED_PAPER_FRONT_FIELD), never text. Tried only on units opening with a NOTE_STARS character.
STARRED_ORIGIN_NOTE = re.compile(r"^[*＊]{1,3}\s*(?:本文(?:系|为|是|受)|本研究(?:系|为|是|受)|本成果(?:系|为))")

# 2026年第1期  韩晓东，等：县域医共体建设中的政策执行偏差  ·57· / ·58·  第1期  韩晓东等：… : a journal page's running
# head that names the first author (a comma before 等, or 等 left out when there is one author) and the paper's short
# title beside the issue or the page's dotted number: furniture lifted out of the paragraph that runs on over the page
# break, as JOURNAL_PAGE_HEAD_LINE's heads are (reflow.is_spaced_masthead). An issue or a folio is asked for, so a
# heading that opens with a name and a colon is never one; the title holds no sentence end and no run of spaces.
# Tried only on spaced lines holding one of JOURNAL_AUTHORS_HEAD_MARKS.
_HEAD_ISSUE = rf"(?:{_JOURNAL_YEAR_ISSUE}|第\s*\d{{1,2}}\s*期|{_JOURNAL_VOLUME}|\d{{4}}\s*年\s*\d{{1,2}}\s*月)"
_HEAD_WRITERS = rf"[{CJK}]{{2,4}}(?:[ \t]?[，,、][ \t]?[{CJK}]{{2,4}})?(?:[ \t]?[，,]?[ \t]?等)?[ \t]?[:：][ \t]?[^。！？；\s]{{4,60}}"
_HEAD_FIRST_WRITER_ET_AL = rf"[{CJK}]{{2,4}}[ \t]?[，,]?[ \t]?等[ \t]?[:：][ \t]?[^。！？；\s]{{4,60}}"
JOURNAL_AUTHORS_HEAD_LINE = re.compile(
    rf"^(?:{_JOURNAL_FOLIO}[ \t]+)?{_HEAD_ISSUE}[ \t]+{_HEAD_WRITERS}(?:[ \t]+{_JOURNAL_FOLIO})?$"
    rf"|^{_JOURNAL_FOLIO}[ \t]+{_HEAD_WRITERS}(?:[ \t]+{_HEAD_ISSUE})?$"
    rf"|^{_HEAD_WRITERS}[ \t]+(?:{_HEAD_ISSUE}[ \t]+)?{_JOURNAL_FOLIO}$"
    rf"|^{_HEAD_FIRST_WRITER_ET_AL}[ \t]+{_HEAD_ISSUE}$")
JOURNAL_AUTHORS_HEAD_MARKS = ("：", ":")
# (qa231) 2025年第3期      陈某，等：某某机制的影响 / 陈某，等：某某机制的影响      2025年第3期: the same heads where the
# page's number is printed at its foot instead (a line of its own, lifted as a folio): the issue on the page's outer
# side, the writers and title beside it (when the issue comes last, the first writer with 等 is asked for: a source's
# line, 来源：某某杂志 2025年第3期, is never one). The head that ends with its title is found by its first character, a
# year's digit: JOURNAL_AUTHORS_HEAD_INITIAL on the lines' first characters, then the marks as a substring test.
JOURNAL_AUTHORS_HEAD_INITIAL = re.compile("[12]")

# 省委常委、常务副省长 / 许明哲: the speaker's posts on a line of their own over the name, as a speech sets them under its
# title (OFFICE_BYLINE's posts without the name): a block of its own (reflow.office_posts_over_names), the byline's
# front matter, never the title's last line. The last post opens with the level or body it is held in (省委…, 市…,
# 中共…, 常务副…) or is a bare office (县长): a title that ends with an office (做一名合格的村党支部书记) opens otherwise.
_OFFICE_OPENINGS = "中共|国务院|全国|省|市|县|区|州|自治区|常务|副|党组"
_OFFICES = "省长|市长|县长|区长|州长|主席|主任|书记|部长|厅长|局长|院长|总理|理事长"
OFFICE_POST_LINE = re.compile(rf"^(?:[{CJK}]{{2,12}}、){{0,3}}(?:(?:{_OFFICE_OPENINGS})[{CJK}]{{0,10}}?)?(?:{_OFFICES})$")
# The characters such a line ends with (a last-character test before the pattern).
OFFICE_POST_LASTS = frozenset("长席任记理")

# 网络首发地址：https://link.cnki.net/urlid/…: a paper's front-matter field whose value ends with a web address is whole on
# its line, however wide: the line under it (the title, when the download's stamp sits right over it) never goes on
# with it (reflow.wrapped_paper_notes). Tried only on lines holding "://".
FIELD_ENDING_WITH_URL = re.compile(rf"(?:{_URL})$")
# DOI：10.6265/TJSW.202606_22(1).0001: so is a paper's DOI field holding a whole DOI (a registrant's prefix, a slash and
# a suffix without spaces), however wide its line beside a short masthead: the title under it never goes on with it
# (reflow.wrapped_paper_notes). Tried only on lines opening with D or d. (qa238)
WHOLE_DOI_FIELD_LINE = re.compile(r"^(?:DOI|doi)\s*[:：]\s*10\.\d{4,9}/\S+$")

# ---- qa151: a column's name with a middle dot in lenticular brackets before a title ----
# 【专栏·城市笔记】 / 【评论·快评】 / ［观点·声音］: a column's name set as a kind and a series parted by a middle dot, in
# lenticular (or Hong Kong's full-width square) brackets, on the title's line or over it: the column names the series,
# not the piece, as TITLE_COLUMN's 【光明时评】 does (reflow.column_label_match; its group 1 the name). The title must go on
# after it. Only lines holding a middle dot (COLUMN_NAME_DOTS) are tried.
COLUMN_NAME_DOTS = ("·", "・", "•")
TITLE_DOTTED_COLUMN = re.compile(rf"^[【［]\s*([{CJK}]{{1,6}}\s*[·・•]\s*[{CJK}]{{1,8}})\s*[】］]\s*(?=\S{{4}})")
# ·时评·数据要素流通须先立好“规矩” / ・快评・…: a column's name set between two middle dots (a kicker a page sets on a line of its
# own, or on the title's line): the column, not the title's first words (reflow.column_label_match, which tries it only
# on a line opening with a middle dot; its group 1 the name).
TITLE_DOTTED_KICKER = re.compile(rf"^[·・•]\s*([{CJK}]{{2,6}})\s*[·・•]\s*(?=\S{{4}})")

# ---- qa151: a column path on a line of its own over a title ----
# 专栏｜城市笔记 / 评论丨东岭观察 / 观点／来论: a commentary column's kind (a word of CORNER_COLUMN_WORDS, 专栏, 言论, 社论) and
# its series parted by a bar or slash, alone on the line over a title: the column's path, not the title's first line
# (segment.column_path_over_title; TITLE_COLUMN takes only the name before the first bar, and the series would open the
# title). Only a line narrower than the title line under it is one (权威解答｜如何申领 / …补贴？ is a title wrapped after
# its own column's name, which TITLE_COLUMN takes).
COLUMN_PATH_BARS = ("｜", "|", "丨", "／")
COLUMN_PATH_LINE = re.compile(rf"^(?:{CORNER_COLUMN_WORDS}|专栏|言论|社论)\s*[｜|丨／]\s*[{CJK}]{{2,8}}$")

# ---- qa151: a columnist's labelled byline ----
# 专栏作者：孟某 / 特约作者：孟某 / 专栏作家 孟某: a byline labelled with what kind of writer signs (a column's, a guest
# writer), as 本文作者：… (SELF_AUTHOR_LABEL) is: the byline 作者：… is (bylines.byline reads it as that; reflow.bylines_among
# tries lines opening with one, a prefix test). Each label is four characters, a colon or a space after it.
COLUMNIST_AUTHOR_LABELS = ("专栏作者", "特约作者", "专栏作家")

# ---- qa151: a box of readers' comments ----
# @城南老李：社区食堂价格实惠…… / @小鹿妈妈：……: readers' comments quoted under their social-media handles, one a line, in a
# box on a commentary page (under a label such as 网友热议, 网言网语): quotes, not an article's text (units.with_reader_comments).
# Only lines opening with @ are tried; a box holds READER_COMMENTS_MIN of them or more in a row. A paper prints the
# handle quoted after the word 网友 or 读者 as often (网友“北塘老街坊”：…, qa232): READER_COMMENT_INITIALS open the lines tried.
READER_COMMENT_LINE = re.compile(r"^(?:@[^\s：:@]{1,16}|(?:网友|读者)\s*[“「][^”」\s]{1,16}[”」])\s*[：:]\s*\S")
READER_COMMENT_INITIALS = ("@", "网友", "读者")
# 今年供暖提前了五天……。（网友 北塘老街坊）: a reader's one-line view signed at its end, the handle bracketed after 网友 or
# 读者 (qa232); a run of them is such a box too. Only units ending with a closing bracket are tried.
READER_SIGNED_COMMENT = re.compile(r"[（(](?:网友|读者)\s*[“「]?[^（）()“”「」\s]{1,16}[”」]?[）)]$")
READER_SIGNED_COMMENT_ENDS = ("）", ")")
READER_COMMENTS_MIN = 2
# The label over such a box is a short plain line (网友热议) of at most this many characters.
READER_COMMENTS_LABEL_MAX = 8

# ---- qa151: a column's field opening a web page's line of fields ----
# 专栏：城市笔记　作者：孟某　来源：东岭日报　发布时间：… / 栏目：时评 来源：…: a line of fields opened by the column's (or channel's)
# name, under a web page's title: the article's fields (META), not a title line; the fields after it give the author, the
# source and the date. A known field must follow the column's value. Only lines opening with COLUMN_FIELD_INITIALS are tried.
COLUMN_FIELD_LINE = re.compile(r"^(?:栏目|专栏|频道)\s*[:：]\s*[^:：\s]{1,12}[\s　]+"
                               r"(?:作者|来源|出处|稿源|日期|发布时间|发布日期|时间|编辑|责任编辑)\s*[:：]")
COLUMN_FIELD_INITIALS = "栏专频"

# ---- qa151: a profile box set beside the text, its lines alternating with the text's ----
# 【作者简介】 / 孟某，某大学教授… set beside a column's first lines and extracted line by line with them: a box whose lines
# alternate with the article's, as a reading box's do (reflow.with_interleaved_boxes, which takes PROFILE_HEADING's label
# as it takes READING_BOX_LABEL's). A word every such label holds (a substring test first), and its spellings in a raw
# text not yet Simplified (segment.lines_in_reading_order tries only pages that hold one).
PROFILE_BOX_LABEL_WORDS = ("简介", "介绍", "名片")
PROFILE_BOX_LABEL_SPELLINGS = (*PROFILE_BOX_LABEL_WORDS, "簡介", "介紹")

# ---- qa151: a profile box's name and post on two lines ----
# 【作者简介】 / 孟某 / 东岭大学建筑与城市规划学院教授、博士生导师: under a profile label, the writer's (or guest's) name alone on
# its line, then the institution and post on the next: the box (units.with_profiles), neither a second byline nor text.
# The post line names an institution and a post, no sentence inside it.
PROFILE_POST_LINE = re.compile(rf"^{INSTITUTION}[{CJK}]{{0,20}}?{_ACADEMIC_POST}(?:[、，,][^\s。；：！？;:!?]{{1,20}})*。?$")

# ---- qa151: a writer's bio listing posts ----
# 孟某，某大学某学院教授、博士生导师，长期从事…: a writer's bio whose post is followed by another after a 、 (博士生导师, 研究员…):
# a bio as WRITER_BIO_AFTER_NAME's (which asks for a clause mark right after the post) is (units.bio_after_name). The
# posts that may follow: _LISTED_POSTS.
_LISTED_POSTS = r"(?:博士生导师|硕士生导师|博导|(?:副|特聘|兼职)?(?:研究员|教授)|(?:副)?(?:院长|所长|主任)|首席专家|学科带头人)"
WRITER_BIO_LISTED_POSTS_AFTER_NAME = re.compile(rf"\s*(?:[：:，,]|现为|为|系|是)\s*{INSTITUTION}[{CJK}]{{0,20}}?{_ACADEMIC_POST}"
                                                rf"(?:、{_LISTED_POSTS})+(?:[，,；;。]|$)")

# ---- qa151: a columnist's profile labelled by the kind of writer ----
# 【专栏作者】孟某，某大学教授…… / 专栏作者简介：孟某，…… / 【特约评论员】孟某，……: the box on a column's writer, its label naming
# the kind of writer (as COLUMNIST_AUTHOR_LABELS do), the writer's name and a comma after it: the box, not the text
# (units.is_profile_paragraph). Its first characters: COLUMNIST_PROFILE_INITIALS.
COLUMNIST_PROFILE_LINE = re.compile(rf"^(?:[【\[]\s*(?:专栏|特约)(?:作者|作家|评论员)(?:简介)?\s*[】\]]\s*[:：]?"
                                    rf"|(?:专栏|特约)(?:作者|作家|评论员)简介\s*[:：])\s*(?:{PERSON_NAME})[，,：:]")
COLUMNIST_PROFILE_INITIALS = ("专栏", "特约")

# ---- qa151: a standfirst's label on a line of its own ----
# 【核心提示】 / 核心提示： alone on its line over an op-ed's first paragraph (under its title and byline): the label of the
# editors' note on it, as 【编者按】 is (segment.leading_note_at; 核心提示：… run in is LEADING_NOTE's). Only lines opening
# with a bracket or 核 are tried.
STANDFIRST_LABEL_LINE = re.compile(r"^[【\[]?\s*核心提示\s*[】\]]?\s*[:：]?$")
STANDFIRST_LABEL_INITIALS = ("【", "[", "核")

# ---- qa149: a news site's app prompt as one sentence ----
# 打开潮声新闻APP，阅读体验更佳 / 下载某某客户端，看更多深度报道 / 打开APP阅读全文: a news site's prompt to open or
# install its app, one short sentence over or amid the article (APP_PROMO_LINE is the prompt of phrases apart by
# spaces): page chrome (units.shaped_short_line, reflow.app_promo_lines), never a title's first line. The verb opens the
# line and the app's name ends its first part; a second part, if any, only promises the reading (体验更佳, 阅读全文, 看更多…),
# so a citizen's instruction (打开某某APP，进入…专区办理) is no prompt.
APP_PROMPT_SENTENCE = re.compile(
    r"^(?:点击|立即|马上|请)?(?:下载|打开|安装|前往|使用|进入)[^\s，。！？,!?]{0,14}?(?:APP|App|app|客户端)"
    r"(?:[，,]?\s*(?:阅读体验更佳|体验更佳|(?:阅读|查看|浏览)(?:全文|原文|更多[^\s，。！？]{0,6})|看更多[^\s，。！？]{0,6}"
    r"|(?:查看|观看)(?:高清大图|视频|直播)|获取更多[^\s，。！？]{0,6}))?[。！!]?$")
# The word of APP_PROMPT_SENTENCE's app other than APP_PROMO_WORD (a substring test before it is tried).
APP_CLIENT_WORD = "客户端"

# ---- qa149: a web page's share buttons one a line under their label ----
# 分享到： / 微信 / 微博 / QQ空间: a web page's share label on a line of its own, each button under it on a line of its
# own too (the copy keeps the buttons' list items apart): page chrome, as the label is (WEB_CHROME), never a title's or
# a section's heading (units.with_share_buttons). Only the lines right under such a label are tried.
SHARE_LABEL_LINE = re.compile(r"^[【\[]?\s*分享(?:到|至)?\s*[】\]]?\s*[:：]?$")
SHARE_BUTTON_LINE = re.compile(
    r"^(?:(?:微信(?:好友)?|朋友圈|(?:新浪|腾讯)?微博|QQ(?:空间|好友)?|豆瓣|抖音|今日头条|人人网|复制链接|二维码"
    r"|Facebook|LINE|Twitter|X)\s*){1,8}$")
# The most share buttons set one a line under the label.
SHARE_BUTTONS_MAX = 8

# ---- qa149: a portal's date of the day over the article's publication field ----
# 2026年6月9日 星期二 (over 欢迎访问… and the site's menu) / … / 发布时间：2026年06月08日: a government portal heads every page
# with the day's date and weekday, the day it was viewed; the article's own field under its title, labelled as its
# publication, dates the article (segment.ArticleBuilder.add_unit). A date line without a weekday, or a field labelled
# otherwise (时间：, 日期：), keeps the first date read.
PUBLICATION_DATE_FIELD = re.compile(r"(?:发布|发稿|发表)(?:时间|日期)\s*[:：]")
# The words of a weekday (a substring test on a date line before PUBLICATION_DATE_FIELD is looked for).
WEEKDAY_WORDS = ("星期", "周")

# ---- qa149: a source field's value on the line under its label ----
# 来源： / 省政务服务数据管理局: a web page's field set as a table's two cells, the copy putting the label and its value on
# lines of their own: one field line (units.with_field_values_under_labels), never a section's heading under the title.
# Only a label that names a publisher or an office is joined: its value is a name, a short line without a clause.
SOURCE_LABEL_LINE = re.compile(r"^(?:信息|文章|本文|新闻)?(?:来源|稿源|出处)\s*[:：]$|^发布(?:机构|单位)\s*[:：]$")
# The first characters of a SOURCE_LABEL_LINE (a cheap test before it), and the line under it that is its value.
SOURCE_LABEL_INITIALS = "信文本新来稿出发"
FIELD_VALUE_LINE = re.compile(r"^[^\s。，；！？,;!?：:]{2,30}$")

# ---- qa149: a two-step breadcrumb led by the site's name and a bar ----
# 北岭城市研究院 | 首页 > 研究观点 / 东岭网｜观点 > 时评: the site's name, a bar, then a trail of two steps only (BREADCRUMB_TRAIL
# wants three after the name, BREADCRUMB_TWO_STEPS no name): page chrome (reflow.is_trail), never the first line of the
# title under it. Each step is a word of Han characters, as BREADCRUMB_TWO_STEPS's are.
SITE_BARRED_TWO_STEPS = re.compile(r"^[^\s|｜>»›＞]{1,16}\s*[|｜]\s*[\u4e00-\u9fff]{2,10}\s*(?:>>?|»|›|＞)\s*[\u4e00-\u9fff]{2,10}$")

# ---- qa149: a news app's expand button ----
# 展开全文 / 点击展开全文 / 展开阅读全文∨: a news app's button that unfolds the rest of the text, copied on a line of its own
# amid the text's first paragraphs: page chrome (units.shaped_short_line), never a section's heading.
EXPAND_TEXT_BUTTON = re.compile(r"^[【\[]?\s*(?:点击)?(?:展开|查看)(?:阅读)?(?:剩余)?全文\s*[】\]]?\s*[>》∨﹀↓⌄]?$")
EXPAND_TEXT_BUTTON_FIRSTS = "【[点展查"

# ---- qa149: a news platform's notice under the text ----
# 特别声明：以上内容仅代表作者本人观点，不代表某某立场。 / 特别声明：本文为某某号作者上传并发布，仅代表作者观点…: a news
# platform's notice under the text, labelled: chrome however long, as a copyright notice is (COPYRIGHT_NOTICE). Only a
# notice that disclaims the view or the rights is one: a notice's own 特别声明：本次招聘不收取任何费用。 is its text.
# A news site labels it 声明： alone too (声明：本文仅代表作者个人观点，不代表某某网立场。凡本网注明…转载请注明出处。): the
# bare label must close with a colon or bracket, so a sentence opening 声明指出 stays text (qa229).
PLATFORM_NOTICE = re.compile(r"^[【\[]?\s*(?:特别声明\s*[】\]]?\s*[:：]?|声明\s*(?:[】\]]\s*[:：]?|[:：]))"
                             r".*?(?:代表|立场|信息存储|版权|侵权|转载|删除)")
PLATFORM_NOTICE_FIRSTS = "【[特声"

# ---- qa149: items numbered with the parenthesised digit characters ----
# ⑴加强统筹规划 / ⑵培育数字人才, or inline …：⑴…；⑵…: a word processor's automatic numbering copied as the one characters
# ⑴ to ⒇ (U+2474-U+2487, one each): the grammar of （1）, its marker kept as written (family enclosed_paren; an item's
# own heading line is a measure, units.item_heading). As a circled digit is, none is a numeral before a punctuation mark
# (a footnote's mark). INLINE_MARKERS and its hints are extended as for arabic_close above.
ENCLOSED_PAREN_DIGITS = "".join(map(chr, range(0x2474, 0x2488)))
ITEM_ENCLOSED_PAREN = re.compile(rf"^[{ENCLOSED_PAREN_DIGITS}]\s*")
INLINE_MARKERS = (*INLINE_MARKERS,
                  ("enclosed_paren", re.compile(rf"([{ENCLOSED_PAREN_DIGITS}])(?![{FOOTNOTE_MARK_FOLLOWERS}])")))
_CIRCLED_HINT = rf"|[{CIRCLED_DIGITS}](?P<circled>)"
_HINTED_CHARACTERS_END = f"{CIRCLED_DIGITS}：；](?<="
assert INLINE_MARKER_HINTS.pattern.count(_CIRCLED_HINT) == 1
assert INLINE_MARKER_HINTS.pattern.count(_HINTED_CHARACTERS_END) == 1
INLINE_MARKER_HINTS = re.compile(
    INLINE_MARKER_HINTS.pattern
    .replace(_HINTED_CHARACTERS_END, f"{CIRCLED_DIGITS}{ENCLOSED_PAREN_DIGITS}：；](?<=")
    .replace(_CIRCLED_HINT, _CIRCLED_HINT + rf"|[{ENCLOSED_PAREN_DIGITS}](?P<enclosed_paren>)"))

# ---- qa149: a publisher-and-date line with the reader counter after the date ----
# 西岭智库网　2026-01-20　阅读：1533 / 某某网 2026-01-20 09:30 | 浏览量 2.1万: a web page's unlabelled publisher and date
# (OUTLET_DATE_LINE), then the page's reader counter: the same line of fields, no line of the title over it (units.
# is_outlet_date_line; bylines.published, bylines.source read its date and publisher; group 1 the publisher).
OUTLET_DATE_COUNTER_LINE = re.compile(OUTLET_DATE_LINE.pattern.removesuffix("$")
                                      + r"\s*[|｜]?\s*(?:浏览|阅读|点击|访问)(?:量|数|次数|人次)?\s*[:：]?\s*[\d,，.]*万?\s*次?$")
assert OUTLET_DATE_COUNTER_LINE.pattern != OUTLET_DATE_LINE.pattern + "$"
# The last characters of such a line (a cheap test before the pattern, with OUTLET_DATE_LAST's).
OUTLET_DATE_COUNTER_LAST = "次万"

# ---- qa149: a credit's names on the line under its label ----
# 责任编辑： / 林佳音: a web page's credit set as a table's two cells, the label and the editor's name each on a line of its
# own: one credit line (units.with_field_values_under_labels), the name no byline signing the text above it. Only a bare
# label of the page's staff is joined, and only to a short line without a clause (the names, maybe apart by spaces).
CREDIT_LABEL_LINE = re.compile(r"^[（(【\[]?\s*(?:本文|本期|本版)?(?:责任编辑|责编|编辑|校对|审核|审校|终审|初审|复审|监制|统筹|美编)"
                               r"\s*[:：]$")
CREDIT_VALUE_LINE = re.compile(r"^[^。，；！？,;!?：:]{2,20}$")

# ---- qa149: enclosed numerals spelt out ----
# ㈠优化营商环境 / ⒈深化“放管服”改革: a word processor's numbering copied as the one characters ㈠ to ㈩ (U+3220-U+3229)
# and ⒈ to ⒛ (U+2488-U+249B), which GBK holds: compatibility characters for （一） and 1., spelt so by normalisation as
# full-width digits are made half-width (rule 3; normalize.with_enclosed_numerals_spelt), so that the section and item
# grammars read them. (⑴ keeps its character: ENCLOSED_PAREN_DIGITS is an item grammar of its own.)
ENCLOSED_NUMERAL_SPELLINGS = {**{0x3220 + k: f"（{n}）" for k, n in enumerate("一二三四五六七八九十")},
                              **{0x2488 + k: f"{k + 1}." for k in range(20)}}
ENCLOSED_NUMERAL_CHAR = re.compile("[\u3220-\u3229\u2488-\u249b]")

# ---- qa149: the publication before a reporter's role, without its label and the reporter's rank ----
# 来源：潮新闻客户端 记者 林某 / 澄江日报全媒体记者 欧阳某 / 南岭新闻首席记者 罗某: the words before the role name the
# publication (bylines.outlet_of), but a source field's label before them and the reporter's rank glued after them
# (全媒体记者, 首席记者, 见习记者) are no part of its name.
OUTLET_SOURCE_LABEL = re.compile(r"^(?:信息|文章|本文|新闻)?(?:来源|稿源)\s*[:：]\s*")
REPORTER_RANK_END = re.compile(r"(?:全媒体|融媒体|新媒体|首席|资深|特约|见习|主任|高级)+$")
# 记者 张某 见习记者 李某 / 首席记者 张某 全媒体记者 李某: ROLE_SPLIT with the reporter's rank before each role, which goes with
# the role (bylines.several_roles): the names before a ranked role are no part of the outlet nor lost with it.
RANKED_ROLE_SPLIT = re.compile(rf"(?:(?<=[ 　])(?:本报|本刊|本网|本台))?(?:特约|见习|首席|资深|全媒体|融媒体)?(?:{_ROLES})[ 　:：]*")

# ---- qa149: a reporter's byline with the photographer's or editor's credit on its line ----
# 记者：张某 摄影：李某 / 记者 张某 | 编辑 李某 / 本报记者 张某 摄影 李某: a news page's byline may name the reporters and, on
# the same line, who took the pictures or edited the piece, the credit set off by a colon, a bar or a space only: the
# reporters' part signs the article (group 1, bylines.byline), the credit after it names no author, no title line. As
# WRITER_THEN_CREDIT_FIELD does for a labelled writer (作者：…　审核：…). Tried only on lines holding a reporter's role.
REPORTER_THEN_CREDIT_FIELD = re.compile(
    rf"^([^\s|｜丨]{{0,16}}?(?:{_ROLES})[ 　:：]*[{CJK}、 　]{{2,40}}?)\s*(?:[|｜丨]\s*|[ 　]+)"
    r"(?:图片|摄影|摄像|视频|编辑|责编|责任编辑|审核|审校|校对|制图|美编)\s*(?:[:：/／|｜]\s*|[ 　]+)(?=\S)")
# The roles a REPORTER_THEN_CREDIT_FIELD line holds one of (substring tests before the pattern).
REPORTER_ROLE_WORDS = ("记者", "通讯员")

# ---- qa149: a source field naming the reporters in brackets ----
# 来源：东川日报（记者 邵某 通讯员 顾某）: a portal's source field for a story it reprints may name the paper's reporters in
# brackets after the paper: the paper is the source (group 1; bylines.source), the reporters are the authors (group 2,
# parted at each role; bylines.field_authors), the brackets no part of the source's name.
SOURCE_WITH_REPORTERS = re.compile(rf"(?:来源|稿源)\s*[:：]\s*([^\s:：|｜（(]{{2,20}})\s*[（(]\s*"
                                   rf"((?:特约|见习|首席|全媒体|融媒体)?(?:{_ROLES})[^（）()]{{2,40}})[）)]")

# ---- qa149: a page's title given in a labelled field ----
# 标题：推动县域商业体系建设的几点思考 / 作者：… / 发布时间：…: a CMS page (a government portal's information page, a think
# tank's) may set the title as a field of its table like the author's and the date's (a field line, GOV_FILE_FIELDS):
# its value is the article's title where no title line gives it already (segment.ArticleBuilder.title_from_field; the
# site's name over the fields is no title then). 原标题：, 副标题： are other fields. Group 1 the value.
TITLE_FIELD_LINE = re.compile(r"^标\s*题\s*[:：]\s*(\S.{1,60})$")

# ---- qa149: a site's name after the title, as a page's <title> gives it ----
# 推动县域商业体系建设的几点思考_东湖发展研究院 / …的几点思考 - 江北省人民政府门户网站: a page saved as text may give its title
# as the browser's title bar does, the site's name after an underscore, a hyphen or a bar: the site's name is no part
# of the title (segment.without_site_suffix; residue, page furniture). The name ends with a site's or an
# institution's word; the title before it keeps six characters at least. Group 1 the site's name.
TITLE_SITE_SUFFIX = re.compile(rf"(?<=[{CJK}”》）)])\s*(?:_|-|－|[|｜])\s*"
                               rf"([{CJK}]{{2,24}}?(?:门户网站|网站|网|研究院|研究所|研究中心|智库|人民政府|政府|日报|客户端|新闻))$")
# The last characters of a TITLE_SITE_SUFFIX (a cheap test on the title's last character first).
TITLE_SITE_SUFFIX_LASTS = "站网院所心库府报端闻"
TITLE_BEFORE_SITE_MIN_CHARS = 6

# ---- qa149: a page's label over its text ----
# 正文 / 【正文】 / 正文：: a CMS page's label over the article's text, under its fields (标题：… 发布时间：… / 正文 / the
# text): page chrome (units.shaped_short_line), never a section's heading.
BODY_LABEL_LINE = re.compile(r"^[【\[]?\s*正\s*文\s*[】\]]?\s*[:：]?$")
BODY_LABEL_FIRSTS = "正【["

# ---- qa149: an author field's names on the line under its label ----
# 作者： / 邵某某: the author's field of a page's table, its label and the names each on a line of its own (as 来源： / … is,
# SOURCE_LABEL_LINE): one field line (units.with_field_values_under_labels), which names the authors, the names no
# closing line. The value is a short line without a clause (CREDIT_VALUE_LINE).
AUTHOR_LABEL_LINE = re.compile(r"^(?:作者|撰稿|撰文|执笔|记者)\s*[:：]$")

# ---- qa149: a reader counter's number on the line under its label ----
# 浏览次数： / 1208: a web page's reader counter set as a table's two cells, the number on a line of its own: one line of
# chrome with its label (units.with_field_values_under_labels), the number no section's heading nor text.
COUNTER_LABEL_LINE = re.compile(r"^[【\[]?\s*(?:浏览|阅读|点击|访问)(?:量|数|次数|人次)?\s*[:：]$")
COUNTER_VALUE_LINE = re.compile(r"^[\d,，.]{1,12}\s*万?\s*次?$")

# ---- qa154: plain-text interviews and broadcast transcripts ----
# 柏嘉宁：压力确实有。… / 嘉宾 柏嘉宁（某大学教授）：…: a speaker's turn in a plain-text interview, the speaker's
# name (a surname and one to three characters), maybe after a role (主持人, 嘉宾) and before a bracketed post, then a colon.
# Group 1: the label before the colon, which must recur at the head of other turns for the line to open a turn
# (reflow.speaker_turns): under a question whose last line fills the column (…怎样平衡好各方？), the answer opens a
# paragraph of its own, as 记者：… does (REPORTER_TURN_LINE). Tried only on lines holding a colon in their first
# SPEAKER_LABEL_REACH characters.
SPEAKER_TURN_LABEL = re.compile(rf"^((?:(?:主持人|嘉宾|主持|访谈嘉宾)[ 　]?)?[{SURNAMES}][{CJK}]{{1,3}}(?:[（(][^（）()：:]{{2,20}}[）)])?)[：:]")
SPEAKER_LABEL_REACH = 30
# 播出时间：2026年4月16日 18:30　播出频道：… / 首播时间：… / 节目时长：…: the fields over a radio or TV programme's transcript,
# under its title: front matter (units.plain_unit, as TALK_FIELD_LINE's), a line of its own (reflow.talk_field_lines),
# not the title's second line. Their first characters: BROADCAST_FIELD_INITIAL.
BROADCAST_FIELD_LINE = re.compile(r"^(?:播出|首播|重播|直播|录制)(?:时间|日期|频道|频率|平台|地点)\s*[:：]|^节目(?:时长|时间|频道)\s*[:：]")
BROADCAST_FIELD_INITIAL = re.compile("[播首重直录节]")
BROADCAST_FIELD_FIRSTS = "播首重直录节"

# 某市广播电视台《民生面对面》节目文字实录 / 《城市会客厅》访谈实录 / 某某台节目实录: a line saying the text under it is the
# transcript of a named programme, over the programme's title: a kicker, not the title's first line, however wide
# (articles.title_split, as SERIES_KICKER). A programme named in 《》, or the word 节目 or 访谈, then 实录: a bare
# 文字实录 is a transcript's part label.
TRANSCRIPT_KICKER = re.compile(rf"^[{CJK}《》“”·]{{0,24}}(?:《[^》\n]{{1,16}}》|节目|访谈)(?:节目|访谈)?(?:文字|图文|视频)?实录$")
# Its last character (reflow.transcript_kickers tries only the lines ending so).
TRANSCRIPT_KICKER_LAST = re.compile("录")

# ---- qa156: a think tank's series line in both languages with its issue number ----
# 政策评论 Policy Commentary｜第38号 / 研究简报 Research Brief | 2025年第6期: a Hong Kong think tank's series named in Chinese
# and then in English, a bar, then the issue (第…号 as well as 第…期): ENGLISH_SERIES_ISSUE_LINE's masthead with the
# Chinese name first; a block of its own, neither the rest of the publisher's line over it nor a title line
# (reflow.issue_masthead_lines, units.is_issue_line). Lines ending with SERIES_ISSUE_LINE_END and holding a bar are tried.
BILINGUAL_SERIES_ISSUE_LINE = re.compile(
    rf"^[{CJK}]{{2,12}}\s*[A-Z][A-Za-z&' -]{{1,40}}?\s*[|｜]\s*(?:\d{{4}}\s*年\s*)?第\s*\d{{1,4}}\s*[期号]$")
SERIES_ISSUE_LINE_END = re.compile("[期号]")

# ---- qa156: a Hong Kong byline's name followed by its romanised form ----
# 研究主任 欧阳咏诗 Wing-sze AUYEUNG / 陈志明（Chi Ming CHAN） / 李嘉欣 LEE Ka-yan: a Hong Kong think tank or paper gives the
# writer's Chinese name, then the same name romanised (given names hyphenated or two words, the surname in capitals, before
# or after them): the same person written twice, so the romanised form leaves the byline (bylines.byline) and the Chinese
# name is the author. Only a form with a surname in capitals or a hyphenated given name, right after a Chinese character,
# is one (an organisation's English name, Policy Note, is none).
_GIVEN_ROMAN = r"[A-Z][a-z]+(?:-[a-z]+|\s+[A-Z][a-z]+)?"
ROMANISED_NAME_AFTER_NAME = re.compile(rf"(?<=[{CJK}])\s*[（(]?\s*(?:{_GIVEN_ROMAN}\s+[A-Z]{{2,}}|[A-Z]{{2,}}\s+{_GIVEN_ROMAN}"
                                       r"|[A-Z][a-z]+-[a-z]+\s+[A-Z][a-z]+)\s*[）)]?$")

# ---- qa156: a Hong Kong paper's column label run into its article's first paragraph ----
# 【明报文章】特区政府在…… / 【信报评论】…… / ［星岛观点］……: a web page of a Hong Kong paper's op-ed sets the label of
# its kind of piece at the head of the text's first paragraph, glued to it: the label names the column, not the piece
# (as TITLE_COLUMN's 【光明时评】 over a title does), so it leaves the text as a column label (segment.ArticleBuilder).
# Only a name ending with a commentary's word is one: a news item's dateline (【本报讯】…, 【明报专讯】…) stays its text.
# Its group 1 is the name; text must go on after it.
RUN_IN_COLUMN_LABEL = re.compile(rf"^[【［]\s*([{CJK}]{{0,6}}(?:文章|时评|来论|观点|社评|评论|论坛))\s*[】］]\s*(?=\S{{4}})")
# The first characters of a paragraph that may open with such a label (a cheap test before RUN_IN_COLUMN_LABEL).
RUN_IN_COLUMN_LABEL_FIRSTS = ("【", "［")

# ---- qa155: a review's book line set apart ----
# 《乡村振兴的制度逻辑》 某某著 某某出版社: the book line under a review's title, unbracketed, its parts apart by spaces as
# a typesetter sets them: a line of its own whatever its width (reflow.book_lines_under_titles), never run on into the
# review's first paragraph when it happens to fill the column (BOOK_NOTE_LINE then reads it as the title's subtitle). The
# spaces after 》 and before the publisher keep a wrapped sentence of the text (《…》一书由某某著、某某出版社) out.
SPACED_BOOK_LINE = re.compile(r"^《[^》]{1,40}》[ 　]+[^（）()。，,；;《》]{1,24}?(?:著|编著|主编|编|译)[ 　，,]*[ 　]"
                              r"[^（）()。《》\s]{1,30}出版社[^（）()。《》]{0,20}$")

# ---- qa155: the editors' afterword under its label set alone ----
# 【编后】 / 编后 / 编后语 on a line of its own over a paragraph or two, unsigned and untitled: the label of the editors'
# afterword set apart from its words, as 编后：… runs them in (AFTERWORD_NOTE): an editor's note, no article titled by
# its label (articles.is_afterword_span). (Over a title and a signed box it is COMMENTARY_BOX_LABEL's: an article.)
AFTERWORD_LABEL_LINE = re.compile(r"^[【\[]?\s*编后(?:语|记)?\s*[】\]]?$")

# ---- qa157: an item numbered N. before its deadline ----
# 4.6月底前建成… / 3.2026年底前完成…: a work plan's item (工作要点) often opens with its deadline, a month or a year
# right after the item's dot. The dot is then no decimal point: 4.6月 is no quantity (a span of months is 4.6个月)
# and 3.2026年 none either, so a month number (1-12) before 月 or a year (19xx, 20xx) before 年 after the dot leaves
# the number an item's marker (measures.leading_marker) and the line a block's start (reflow), as 1.推进… is.
_DEADLINE_AFTER_ITEM_DOT = r"(?:1[0-2]|[1-9])月|(?:19|20)\d{2}年"
ITEM_ARABIC_BEFORE_DEADLINE = re.compile(rf"^(\d{{1,3}})[.．](?={_DEADLINE_AFTER_ITEM_DOT})")
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^\d{{1,3}}[.．](?:{_DEADLINE_AFTER_ITEM_DOT})")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
# 具体安排：1.3月底前完成方案编制；2.9月底前完成一期工程；3.年底前投入运行。: the same items run in after a colon or a
# semicolon (INLINE_MARKERS' arabic grammar, its hint already at the dot after the digits): 1.3月 is item 1, not 1.3.
_INLINE_ARABIC = r"(\d(?<![^。；：:;】]\d)\d{0,2})"
INLINE_MARKERS = tuple((family, re.compile(rf"{_INLINE_ARABIC}(?:[.．、](?!\d)|[.．](?={_DEADLINE_AFTER_ITEM_DOT}))"))
                       if family == "arabic" else (family, pattern) for family, pattern in INLINE_MARKERS)

# ---- qa157: a table's number cell in square brackets ----
# 单位工业增加值能耗降低（%）  —  —  [14]  约束性: a plan's indicator table marks a five-year figure (a cumulative or
# average value) by square brackets, its note says so (注：[ ]内为五年累计数). A row whose only figure is such a cell is a
# row all the same (reflow.is_table_row), else the note under it runs on into it as a wrapped line would. So is a row
# whose only figure is a target bound (全员劳动生产率增长（%）  —  —  >5.5  〔预期性〕: >, ≥, ＜ before the number; session 24).
TABLE_NUMBER_CELL = re.compile(r"(?:^| )[\[>＞<＜≥≤]?\d")

# ---- qa159: a WeChat page's end mark, image captions in italics, dated compiler lines, reprint notes asking credit ----
# END / -END- / — END — / **END** / -THE END- on a line of its own: the mark that closes a WeChat article's text (read
# as a credit, or with em dashes as a subtitle): what comes under it (the writer's note, credits, the account's
# QR-code prompt) is the page's chrome, not text (units.with_text_closed_by_end_mark).
WECHAT_END_LINE = re.compile(r"^[-—–\s]*(?:END|(?:THE|The|the)\s*(?:END|End|end))[-—–\s]*$")
# What every WECHAT_END_LINE holds but for its case (a substring test of the upper-cased line before the regex).
WECHAT_END_WORD = "END"
# ![](https://…/photo.jpg) / *东岭市某街道服务大厅，居民正在办理业务。*: a Markdown image with an italic line right
# under it (no blank line between): the italic line is the picture's caption, as converters and editors set it, not
# a paragraph of the text. extract sets the caption as the image's words (![caption](…)), which units reads as a
# caption (MD_IMAGE_LINE); words the image had already come first. Group 1 the alt words, 2 the target, 3 the caption.
MD_IMAGE_OVER_ITALIC_CAPTION = re.compile(r"^[ \t]*!\[([^\]\n]*)\]\(([^)\n]*)\)[ \t]*\n[ \t]*(?:\*(?!\*)|_(?!_))"
                                          r"([^*_\n\]]{2,200}?)(?:\*|_)[ \t]*$", re.M)
# 2026-02-11 整理 / 2026年2月11日 采写: a date with what the byline's reporter did on it, on a line of its own under the
# byline (an interview's date of record): a field line like a bare date (DATE_ONLY_LINE), which dates the piece, no
# text. Only the verbs of putting a piece together; the line ends with them.
DATED_COMPILING_LINE = re.compile(r"^\d{4}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*"
                                  r"(?:采访整理|记录整理|整理|采写|采访|编译|撰稿|记录)$")
# The last characters of a DATED_COMPILING_LINE (a test of the line's last character before the regex).
DATED_COMPILING_LASTS = "理写访译稿录"
# （本文原载《某刊》2026年第2期，转载请注明出处） / 本文首发于《某周刊》，转载请注明来源。: a reprint note (REPRINT_NOTE)
# that goes on to ask whoever reprints the piece to credit it: the same line of credit, no text. Only that request may
# follow the publication and its date or issue (a sentence of the text naming a paper goes on otherwise).
REPRINT_NOTE_WITH_CREDIT_REQUEST = re.compile(
    r"^[（(]?\s*(?:本文|此文|原文)?(?:原载|原刊|刊发|刊载|首发|发表|刊登)(?:于|在)?\s*《[^《》]{1,30}》"
    r"(?:[\s|｜\d第][^。！？《》，,（）()]{0,40}?)?"
    r"[，,；;]\s*(?:如需|如)?(?:转载|引用)(?:时|请|须|需|务必)*(?:注明|标明)(?:出处|来源|作者)[。.]?[）)]?$")

# ---- qa276: a reprint note that says the piece was cut ----
# 原载《某某日报》2026年5月12日，有删节 / （本文原刊于《某刊》2026年第3期，发表时略有删改）: a reprint note (REPRINT_NOTE)
# closed by a clause on the edit, under a reprinted op-ed's byline or after its text: the same line of credit, its
# publication (group 1) the source. Only the edit clause may follow the publication and its date or issue.
REPRINT_NOTE_WITH_EDIT_NOTE = re.compile(
    r"^[（(]?\s*(?:本文|此文|原文)?(?:原载|原刊|刊发|刊载|首发|发表|刊登)(?:于|在)?\s*《([^《》]{1,30})》"
    r"(?:[\s|｜\d第][^。！？《》，,（）()]{0,40}?)?"
    r"[，,；;]\s*(?:发表|刊发|刊登|转载|收录)?(?:时|时候)?(?:文字)?(?:有|略有|稍有|有所|作了|做了)?(?:删节|删改|删减|改动|修改)[。.]?[）)]?$")

# ---- qa159: a Markdown image line is a block of its own ----
# ![…](https://mmbiz.qpic.cn/…/640.jpg): an image line with words (kept by extract for units.unit), whose address makes
# it wide enough to pass for a wrapped line filling the column: it is a block of its own (reflow.image_lines), never
# joined to the paragraph under or over it. Its first character, for a scan of the lines' first characters.
MD_IMAGE_INITIAL = re.compile("!")

# ---- qa159: a note on where some of the article's pictures came from ----
# （文中部分图片由某某局提供） / 本文部分图片来自网络，如有侵权请联系删除。 / （本文所有照片均由受访者提供）: a note of who
# gave some or all of a page's pictures, which CREDIT_LINE's note (（本文图片由受访者提供）) does not take with a
# quantifier or unbracketed: a credit, no text (units.unit). The line is only the note: 本文/文中 or a bracket opens it.
PICTURES_GIVEN_NOTE = re.compile(r"^(?:[（(]\s*(?:本文|文中)?|本文|文中)(?:部分|所有|全部)?(?:图片|照片|配图)(?:均|皆)?"
                                 r"(?:由[^（）()。，,]{1,20}提供|来自[^（）()。，,]{1,20}|来源于[^（）()。，,]{1,20})"
                                 r"(?:[，,；;]\s*如有侵权[^（）()。]{0,16})?[。.]?\s*[）)]?$")
# The first characters of a PICTURES_GIVEN_NOTE (a membership test before the regex, which fails at once on most
# bracketed lines).
PICTURES_GIVEN_NOTE_FIRSTS = "（(本文"

# ---- qa162: a plan's dash-led goal items ----
# 具体目标是： / ——建设改造县级物流配送中心80个以上…； / ——…；: a plan's goals, each on a line of its own opened by a
# doubled dash, under a lead-in that ends with a colon and each but the last ending with a semicolon. The first item
# opens a block under the lead-in however full that line is (reflow.dash_items_under_lead_ins), and an item that ends
# with a semicolon is text, never a title's subtitle (units.furniture_kind): a subtitle ends no clause. Items with no
# end marks, one under another, are text too (units.with_dash_list_items): a title has one subtitle.
DASH_ITEM_PREFIX = "——"
# The last marks of a lead-in a dash-led item opens a block under (LEAD_IN_COLONS).
DASH_ITEM_LEAD_ENDS = "：:"
# The last marks of a dash-led item that is a list's item, never a subtitle (SUBTITLE takes any line with no full stop).
DASH_ITEM_CLAUSE_ENDS = ("；", ";")

# ---- qa161: a publisher's line of fields closing on the weekday ----
# 港岛日报 | 评论 | 2026年3月5日 星期四: a paper's web page prints its name and the column parted by bars, then the date
# with the weekday after it: a line of fields as OUTLET_DATE_LINE's are (units.is_outlet_date_line), no title, though
# the weekday leaves it ending in none of OUTLET_DATE_LAST. The bars are required: a bare running head with a weekday
# (某某日报 2026年3月5日 星期四) is the running-head rules'. Tried only on lines ending in OUTLET_WEEKDAY_LAST.
OUTLET_WEEKDAY_LAST = "一二三四五六日天"
OUTLET_COLUMN_DATE_WEEKDAY_LINE = re.compile(rf"^([{CJK}]{{2,20}})(?:\s*[|｜]\s*[{CJK}]{{2,8}})+\s*[|｜]?\s*{_DATETIME}"
                                             r"\s*(?:星期|周|礼拜)[一二三四五六日天]$")

# ---- qa161: a box's source note whole on its line ----
# （资料来源：《区域经济学辞典》） / （摘自《某某日报》） / （数据来源：国家统计局）: a bracketed note crediting the source of a box
# (or of a piece), whole on a line of its own. It opens and closes its block (reflow.own_line_source_notes) even when it
# runs wider than the box's narrow column: the box's last line, full to the column, does not take it in, nor it the
# title line printed under it. Only lines opening with a bracket are tried.
OWN_LINE_SOURCE_NOTE = re.compile(r"^[（(]\s*(?:(?:资料|数据)?来源\s*[:：]|摘自|摘编自|节选自|转载自|原载于?)[^（）()。；;]{2,40}[）)]$")
OWN_LINE_SOURCE_NOTE_INITIALS = "（("

# ---- session 22: a marked heading is no title printed after its text ----
# 三、适用范围及有效期 / （2）实施产业链延链补链强链行动 / 3.强化要素保障: a line opening with a section's or an item's
# marker (HEADING_LINE's, or an Arabic numeral bracketed or before 、 or a stop), which reflow.under_end_titles never
# takes for a title printed after its text: the short line under such a heading is its section's first line.
MARKED_LINE_START = re.compile(rf"{HEADING_LINE.pattern}|[（(]\d{{1,2}}[）)]|\d{{1,2}}[、.．](?!\d)")

# ---- qa163: a column's path with a named kind, a dotted kind or a numbered series over a title ----
# 南岭评论 | 夜经济观察② / 对话·乡村振兴 / 东湖时评｜城市更新（三）: a column's path on a line of its own over a title, as
# COLUMN_PATH_LINE's, but the kind may lead with the paper's or site's name (南岭评论), be an interview column's
# (对话, 访谈, 专访), be parted from the series by a middle dot, and the series may end with its instalment's number (②,
# （三）, 之三; group 1): the whole line names the series, not the piece (segment.column_path_over_title). Only a line
# narrower than the title line under it, or one ending with such a number (a title wrapped after its column's name
# ends no line with one), and tried only on a line holding a bar or a middle dot.
COLUMN_PATH_DOTS = ("·", "・", "•")
COLUMN_KIND_PATH_LINE = re.compile(rf"^[{CJK}]{{0,6}}(?:{CORNER_COLUMN_WORDS}|专栏|言论|社论|对话|访谈|专访)"
                                   rf"\s*[｜|丨／·・•]\s*[{CJK}]{{2,10}}"
                                   r"([①-⑳]|[（(][一二三四五六七八九十]{1,3}[）)]|之[一二三四五六七八九十]{1,3})?$")

# ---- qa163: a research group's byline with its members' names after it ----
# 东江发展研究院公共政策研究所课题组 许文岚 陈嘉树 / 某中心调研组　甲、乙: a report's byline naming the group (its name ending
# as GROUP_AUTHOR_ENDS), then after a space the people who wrote it: all sign, the group first (a 课题组 is an author,
# the contract's organisation that *is* one) (bylines.byline). Group 1 the group, group 2 the names. Tried only on a
# line holding 组 and a space.
GROUP_THEN_NAMES_BYLINE = re.compile(rf"^([{CJK}]{{2,28}}(?:{'|'.join(GROUP_AUTHOR_ENDS)}))[ 　]+({_NAMES})$")

# ---- qa163: a plain-text brief's head fields set as rows of label and value ----
# |报送日期| 2026年4月20日| / | 期号 | 2026年第9期 | / |密级| 内部参阅|: a think-tank brief copied as plain text keeps its head
# fields as the rows of a two-column table, bars and all, over its title (a Markdown brief's are TABLE_METADATA_KEYS'
# table). In the text's first HEAD_FIELD_ROW_LINES lines, a run of such rows where HEAD_FIELD_ROW_MIN_KNOWN labels
# at least are known fields (METADATA_KEYS, TABLE_METADATA_KEYS or these) reads as `label：value` lines
# (extract.head_field_rows_as_fields), which the field-line rules take as front matter; a data table's first column
# names no field. Group 1 the label, group 2 the value.
HEAD_FIELD_ROW = re.compile(rf"^[ \t]*\|[ \t　]*([{CJK}]{{2,6}})[ \t　]*\|[ \t　]*([^|\n]*?\S)[ \t　]*\|?[ \t]*$")
HEAD_FIELD_ROW_LABELS = {"期号", "期数", "编号", "密级", "签发", "签发人", "报送单位", "研究单位", "报送", "主送", "印发日期"}
HEAD_FIELD_ROW_LINES = 12
HEAD_FIELD_ROW_MIN_KNOWN = 2

# ---- qa163: a working-paper series' line with the paper's number ----
# 某研究院工作论文系列｜WP No.2025-11 / 某某大学经济学院讨论稿 No.2024-07 / 某中心研究报告 第2025-3号: a research house's
# series of papers (工作论文, 讨论稿, 研究简报 …, maybe 系列) and the paper's number (WP No., No., 第…号), over the title: a
# masthead line, a block of its own, not the title's first line (reflow.issue_masthead_lines), and no title
# (units.is_issue_line), as a brief's issue line is. Only lines ending with WORKING_PAPER_LINE_LAST and holding
# WORKING_PAPER_LINE_MARKS are tried.
WORKING_PAPER_SERIES_LINE = re.compile(
    rf"^[{CJK}]{{2,24}}?(?:工作论文|讨论稿|工作报告|研究简报|政策简报|研究报告)(?:系列)?\s*[｜|丨·・]?\s*"
    r"(?:(?:WP|DP|PB|Working\s+Paper|Discussion\s+Paper)\s*)?(?:No\.?|NO\.?|第)\s*\d{2,4}(?:\s*[-－—–/.]\s*\d{1,4})?号?$")
WORKING_PAPER_LINE_LAST = re.compile("[0-9号]")
WORKING_PAPER_LINE_MARKS = ("论文", "讨论稿", "报告", "简报")

# ---- qa164: an institution and several posts, unbracketed, under a contributor's name ----
# 东海大学经济学院院长、教授 / 某省社会科学院数字经济研究所所长、研究员: a 笔谈's contributor's name on a line of its own,
# then the institution and two or more posts joined by 、 (a school's dean and professor), no brackets: the contributor's
# affiliation, as POST_AFFILIATION_LINE's one-post line is (units.is_affiliation), and a block of its own however wide
# (reflow.under_affiliations_under_bylines).
# The last characters of the posts those lines end with (授 员 师 士 后 长 任): a cheap test before the patterns.
ACADEMIC_POST_LASTS = "授员师士后长任"
ACADEMIC_POST_LAST = re.compile(f"[{ACADEMIC_POST_LASTS}]")
INSTITUTION_POSTS_LINE = re.compile(rf"^{INSTITUTION}[{CJK}]{{0,20}}?{_ACADEMIC_POST}(?:、{_ACADEMIC_POST}|、博士生导师){{1,3}}$")

# ---- qa164: a panel column's banner over a title ----
# 专家笔谈·推进新型工业化 / 夯实制造业这个立国之本: a page's panel of contributors (笔谈, 圆桌, 对话) names its column and
# topic parted by a middle dot (or topic first, 推进新型工业化·学者笔谈) over the first contribution's title, as wide as
# it or wider: the column's banner, a kicker (articles.title_split), not the title's first line. A contribution's title
# names its point, not a column's kind. Tried only on lines holding a middle dot (COLUMN_NAME_DOTS).
_PANEL_KIND = r"(?:笔谈|圆桌|对话|论坛|会客厅|三人谈|漫谈|纵横谈)"
PANEL_COLUMN_KICKER = re.compile(rf"^(?:[{CJK}]{{0,6}}{_PANEL_KIND}\s*[·・•]\s*[{CJK}“”]{{2,20}}"
                                 rf"|[{CJK}“”]{{2,20}}\s*[·・•]\s*[{CJK}]{{0,6}}{_PANEL_KIND})$")

# ---- qa165: a paper's decimal heading ends its line ----
# 4.2 平行趋势与稳健性检验 / 2.3.1 城市近郊县域: a paper's heading numbered with two levels or more, a space, then its
# words, with no mark that ends or parts a sentence: it ends its block when the line under it is wider or opens another
# such heading (reflow.ends_decimal_heading), whatever column a table or a run of short headings around it makes it
# seem to fill. Not a quantity (4.2 万元: DECIMAL_HEADING_NOT_AFTER; a number of three levels is none: 5.1.2 分地区…).
# Tried only on lines opening with a digit.
DECIMAL_HEADING_INITIALS = "123456789"
DECIMAL_HEADING_INITIAL = re.compile("[1-9]")
DECIMAL_HEADING_ALONE = re.compile(rf"^[1-9]\d?(?:(?:\.\d{{1,2}}){{2,3}} |\.\d{{1,2}} (?![{DECIMAL_HEADING_NOT_AFTER}]))"
                                   rf"[{CJK}][^，。；：！？,;:!?]{{1,30}}$")

# ---- qa165: significance stars are no bold run ----
# Reform 0.142*** 0.121*** / 注：***、**分别表示在1%、5%的水平上显著: a regression table's significance stars after its
# estimates hold two stars with text between them (** 0.121**), which MARKDOWN_MARKUP reads as a bold run, and the
# plain-text paper became Markdown (its masthead, title and byline read as a Markdown page's, its stars as emphasis).
# A bold run opens neither right after a digit nor inside a longer run of stars (extract.has_markdown_markup).
MARKDOWN_MARKUP_NOT_STARS = re.compile(r"^#{1,6}[ \t]+\S|(?<![*\d])\*\*(?!\*)[^*\n]+\*\*", re.M)

# ---- qa165: a regression table's row of estimates ----
# Reform 0.142*** 0.121*** 0.116*** / lnGDP 0.031 0.028 0.027: a regression table's row, a variable's Latin name then its
# estimates (decimals, with significance stars or in brackets), is a table row though no cell is Chinese
# (reflow.is_table_row): a block of its own, never run into the head row over it as one heading line.
_ESTIMATE_CELL = r"(?:[-−]?\d+\.\d+\**|[（(\[][-−]?\d+\.\d+[）)\]])"
ESTIMATES_ROW = re.compile(rf"(?:[A-Za-z][A-Za-z0-9_]{{0,19}} +)?{_ESTIMATE_CELL}(?: +{_ESTIMATE_CELL}){{2,}}")

# ---- qa166: a Taiwan byline, the writer's name, a slash and the writer's post ----
# 郑雅琳／某某大学社会福利学系教授（嘉义县）: a Taiwan opinion page signs a piece under its title with the writer's name, a
# full-width slash and the writer's institution and academic post, maybe the town written from in brackets after it. The
# name is the author (bylines.shaped_byline). The post is required: a column's name before a slash opens a title
# (民意论坛／…, TITLE_COLUMN), and no column's name is a person's name followed by an institution and a post.
# (Maybe after a byline's label: 作者：郑雅琳／…, 文／郑雅琳／….)
# A reader's piece on a forum page is signed so with what the writer does and the town he writes from (王某某／退休护理师
# （台中市）, qa278): any short occupation then, but the town in brackets, a city's or a county's, is required.
_READER_TOWN = rf"[（(][{CJK}]{{1,4}}[市县][）)]"
NAME_SLASH_POST_LINE = re.compile(rf"^(?:(?:{_BYLINE_LABEL})\s*[:：/／]\s*)?({PERSON_NAME})\s*[/／]\s*"
                                  rf"(?:{INSTITUTION}[{CJK}、]{{0,16}}?{_ACADEMIC_POST}(?:[（(][{CJK}]{{2,6}}[）)])?"
                                  rf"|[{CJK}]{{2,8}}{_READER_TOWN})$")

# ---- qa166: a cartoon's credit under its label ----
# “材料越报越多” / 漫画 / 作者：方 舟 (or （漫画）, 漫画：材料越报越多, “…”（漫画）, 漫画《…》): an opinion page prints a
# cartoon between its pieces, its title and the word 漫画 over the cartoonist's credit. The credit reads as a byline, yet
# it signs the cartoon: with the label over it, it is a caption, not a second author of the piece before
# (units.with_cartoon_credits). The label names the cartoon alone, or its title after a colon or in book-title marks, or
# ends a title in brackets. Only lines holding CARTOON_WORD are tried.
CARTOON_WORD = "漫画"
CARTOON_LABEL_LINE = re.compile(r"^(?:[（(]?漫画[）)]?|漫画\s*[:：｜|]\s*[^。；;，,]{1,20}|漫画\s*《[^》]{1,20}》"
                                r"|[^。；;，,（）()]{1,20}[（(]漫画[）)])$")
# A cartoon's title on a line of its own over a bare label (漫画 / （漫画）): a short line with no sentence's end.
CARTOON_TITLE_MAX_CHARS = 20

# ---- qa168: report parts named by a numbered heading series ----
# ### 1. 现状 / ### 2. 问题 / ### 3. 启示: numbered heading items that name the standard parts of a report or a case study
# (its status, its problems, its lessons) are the report's parts, sections, as a series holding the recommendations part
# is (RECOMMENDATIONS_PART_HEADING): a measure is a point or an action, never "the status". Two such names in one series
# make it a series of parts (units.with_numbered_part_headings); the words before the part's name are the few that only
# qualify it (主要, 存在的), so an action on problems (### 2. 破解融资难问题) is no part's name.
REPORT_PART_HEADING = re.compile(
    r"^(?:基本|发展|总体|当前|主要|突出|存在的(?:主要|突出)?|面临的(?:主要|突出)?|经验)?"
    r"(?:现状|情况|基本情况|问题|挑战|成效|进展|做法|经验|启示|背景)$")
# Report parts a numbered heading series must name before it reads as the report's parts, not its points.
REPORT_PARTS_MIN = 2

# ---- qa168: names parted from their institution by a bar ----
# 王某 李某｜某某研究院某研究所: a think-tank note's byline setting the writers' institution after a bar instead of a
# space (NAMES_INSTITUTION_LINE): the names sign, the institution is their affiliation (bylines.shaped_byline).
# (A field's label before the bar is no name: 来源｜某研究院, 出品｜某大学, 单位｜某研究所.)
_FIELD_LABEL_BEFORE_BAR = r"(?:本文|文章)?(?:来源|出处|稿源|出品|主办|承办|单位|作者单位|机构|编辑|责编|审核|校对|供稿)[ 　]*[｜|]"
NAMES_BAR_INSTITUTION_LINE = re.compile(rf"^(?!{_FIELD_LABEL_BEFORE_BAR})({_NAMES})[ 　]*[｜|][ 　]*{INSTITUTION}$")
# The bars that may part names from their institution (the cheap test before NAMES_BAR_INSTITUTION_LINE).
NAME_INSTITUTION_BARS = ("｜", "|")

# ---- qa169: a government rule's promulgation note ----
# （2026年3月1日某市人民政府令第12号公布） / （…政府令第8号发布　自2026年4月1日起施行）: the note under a government rule's
# (管理办法, 规定) title that names the order publishing it, in brackets on a line of its own, or bare as a portal sets it
# (2026年3月1日某市人民政府令第12号公布, maybe with 自…起施行 after it). Like a regulation's legislative history
# (LEGISLATIVE_NOTE_LINE, which names a session instead of an order), front matter: no second title line
# (units.with_plan_lines). Only lines opening with a bracket or a digit and holding PROMULGATION_NOTE_INFIX are tried.
PROMULGATION_NOTE_INFIX = "令第"
_PROMULGATION = (r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^。；，（）()]{2,80}?令第\s*[\d一二三四五六七八九十百零〇]+\s*号"
                 r"\s*(?:公布|发布)")
PROMULGATION_NOTE_LINE = re.compile(rf"^(?:[（(]\s*{_PROMULGATION}[^。；]{{0,40}}?[）)]"
                                    rf"|{_PROMULGATION}(?:\s*自[^。；，]{{4,20}}起施行)?)$")

# ---- qa169: a document number in brackets under a title ----
# （临政令〔2026〕12号） / （某政发〔2025〕3号）: a rule's or a document's number set in brackets on a line of its own
# under its title, as DOC_NUMBER_LINE's bare 临政令〔2026〕12号 is: a field (front matter), no second title line
# (units.with_plan_lines). Only lines ending with BRACKETED_DOC_NUMBER_ENDS are tried.
BRACKETED_DOC_NUMBER_ENDS = ("号）", "号)")
# （2026年5月12日　某政办发〔2026〕21号）: a government gazette sets the date the document was issued before its number,
# inside the brackets: the same field (qa227).
BRACKETED_DOC_NUMBER_LINE = re.compile(r"^[（(](?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]?\s*)?"
                                       r"[^\s，。（）()]{1,20}[〔\[［]\d{4}[〕\]］]\s*\d{1,4}\s*号[）)]$")

# ---- qa167: a numbered article resumed under a box set amid it ----
# 三、多措并举… under an interview box (its title, byline and 记者：/某某： turns) set amid an article numbered 一、 二、: the
# marker of a top-level section heading, whose number, going on with the article's, says the box ended before it
# (articles.with_sections_resumed_after_box).
RESUMABLE_SECTION_MARKER = re.compile(r"^([一二三四五六七八九十]{1,3})、$")

# ---- qa167: a table's caption labelled without a number ----
# 图表：2024年以来服务消费主要指标 / 表：…: a newspaper labels the one table of an article with no number (CAPTION's first
# shape). Like a numbered caption (NUMBERED_CAPTION), it takes the note and source lines under the table's rows
# (数据来源：…, units.with_caption_notes): they describe the table, they are no paragraph of the article.
# And a chart's so labelled (图：包租代管历年累计媒合户数 / 资料来源：…　制图：…, qa235).
LABELLED_TABLE_CAPTION = re.compile(r"^(?:图表|[图表])\s*[:：]")

# ---- qa167: a news photo's caption wrapped over a few lines ----
# 5月10日，游客在东川市云雾山茶园体验采茶。近年 / 来，当地依托…带动周边 / 村民就业增收。 / 本报通讯员 宋明远 摄: a photo's
# caption that opens with its day (CAPTION_DATE_OPENING) wraps over a few lines in the photo's column when it says a
# sentence more; over the credit line it is the caption still, if no longer than a caption (units.is_wrapped_day_caption).
WRAPPED_CAPTION_MAX_LINES = 3
WRAPPED_CAPTION_MAX_CHARS = 90

# ---- qa167: an interviewee's turn that fills its column under short lines ----
# 葛立平：…更加个性化。 / 过去人们…（full） / …（full）: a turn's first line that ends a sentence at the column's edge, under a
# title, a byline and a one-line question, goes on when the lines under it fill the column too (reflow.opens_over_full_lines):
# how many such lines show the column is real.
FULL_LINES_BELOW = 2

# ---- sp25: the last characters of a profile box's label ----
# The last character of a PROFILE_HEADING line (stripped): its label word's (简介, 介绍, 名片), a closing bracket or a colon
# (the pattern's end; its spaces are stripped with the line's). One scan of the lines' last characters finds the lines
# to try (reflow.name_posts_under_profile_labels), where a search of the page's text for each word scanned it thrice.
PROFILE_HEADING_LAST = re.compile(r"[介绍片】\]:：]")

# ---- qa170: a Taiwan journal numbered by issue alone; plain-numbered footnotes under a rule; a press release's label ----
# 2 公共行政学报 第七十一期 / 东吴政治学报 第四十三期 18: the running head of a Taiwan journal numbered by issue alone (no
# 卷), the issue in Chinese numerals, the page number on the outer side (or, as the masthead over the first page, the
# issue's year and month and the paper's pages after it: 某某学报 第七十一期 2026年6月 页1-34): JOURNAL_HAN_VOLUME_HEAD_LINE's
# shape without the volume, furniture (reflow.is_spaced_masthead; units.unit, where the page number first would read
# as a heading's marker). The name must end with a periodical's word (学报, 季刊…), so a heading
# that ends with a number of 期 is not one. Tried only on lines with a space holding 期.
JOURNAL_HAN_ISSUE_HEAD_LINE = re.compile(
    rf"^(?:{_JOURNAL_FOLIO}[ \t]+)?[{CJK}]{{0,14}}(?:{_PERIODICAL_WORD})[ \t]+第\s*[一二三四五六七八九十百〇零]{{1,4}}\s*期"
    rf"(?:[ \t]+{_JOURNAL_FOLIO}|[ \t]+\d{{4}}\s*年\s*\d{{1,2}}\s*月(?:[ \t]+(?:{_PAGE_RANGE}))?)?$")

# ————————— / 2 参见《某某法》第8条。 / 3 此处所称制度，包括… / 2 某某学报 第七十一期: a paper's footnotes at the foot of a
# page under the rule PDF extraction keeps over them, each opening with a plain number (no superscript left), over the
# next page's running head: notes (units.with_page_foot_footnotes), not paragraphs amid the text. A plain number opens a
# numbered line of text too (2 公共行政学报…), so the rule over the run is asked for. Tried only on units opening with a
# digit, between a rule line and the page's furniture.
FOOTNOTE_RULE_LINE = re.compile(r"^[—─━_－-]{6,}$")
FOOTNOTE_RULE_FIRSTS = "—─━_－-"
PLAIN_NUMBER_FOOTNOTE = re.compile(rf"^\d{{1,2}}[ \t]*[{CJK}《「“][^\n]{{2,300}}[。.]$")
# ————————— / [1] 数据来源：某厅《…报告》。 / [2] 课题组根据…测算。 / — 2 —: a report's footnotes at a page's foot numbered
# in square brackets, as the text cites them (…总库容达到420万吨[1]，…): under the rule and over the page's furniture,
# notes as the plain-numbered ones are (units.as_ruled_footnotes), so that a paragraph the page break cuts runs on past
# them. Tried only on units opening with a square bracket (qa230).
BRACKET_NUMBER_FOOTNOTE = re.compile(rf"^[\[［]\d{{1,2}}[\]］][ \t]*[{CJK}《「“][^\n]{{2,300}}[。.]$")
BRACKET_NUMBER_FOOTNOTE_FIRSTS = "[［"

# 新闻稿 / 新闻公报 / 【新闻稿】: a government site's label over a press release, alone on its line above the release's
# date line and title: chrome, not the title (units.shaped_short_line), which would leave the release's own title to the
# furniture over the text. A set of whole lines (a set lookup).
PRESS_RELEASE_LABELS = frozenset({"新闻稿", "新闻公报", "政府新闻稿", "新闻发布", "新闻发布稿", "【新闻稿】", "［新闻稿］", "新闻稿件"})

# 某某制度的治理网络：以甲市与乙市为例 3 / 4 某某制度的治理网络: a paper's running head over an odd (or even) page, its
# title (as the title's lines over the text give it) and a bare page number apart by a space: furniture
# (units.with_title_running_heads), not a heading. The page number and the rest; only units with a space that open or
# end with a digit are tried, against the first TITLE_HEAD_PROBE units' texts (and each joined with the next: a title
# wrapped over two lines) that end two units before it at least.
TITLE_PAGE_HEAD = re.compile(r"^(?:(\S.{4,60}?)[ \t]+\d{1,3}|\d{1,3}[ \t]+(\S.{4,60}))$")
TITLE_HEAD_PROBE = 12

# 某某制度的治理网络： / 以甲市与乙市为例: a paper's title wrapped after the colon before its subtitle, the first line
# read as a lead-in paragraph: its line, short and with no clause mark, joins the title line under it over the byline
# (units.with_colon_wrapped_titles).
TITLE_WRAP_COLONS = "：:"
COLON_WRAPPED_TITLE_LINE = re.compile(r"^[^，。；！？,;]{4,30}[：:]$")

# ---- qa171: a glossary under a report's text ----
# 名词解释： / 1.首发经济：指… / 2.“高效办成一件事”：指…: a government work report (or a plan) printed with its glossary
# after the text: a label line over terms numbered and defined one a line. Like 注释： over footnotes (NOTES_HEADING),
# the label and its entries are the article's notes, no numbered measures and no text (units.with_notes). The label alone
# is not enough (名词解释 over one paragraph is a box, BOX_LABEL_LINE): the line under it must be such a numbered term.
GLOSSARY_HEADING = re.compile(r"^[【\[［]?\s*(?:名词解释|名词注释|术语解释|名词术语解释|相关名词解释)\s*[】\]］]?\s*[:：]?$")
# 1.首发经济：指… / （1）新质生产力：… / ①“两重”建设：…: a numbered term (at most 24 characters, no sentence mark in
# it) and its definition after a colon.
GLOSSARY_ENTRY = re.compile(rf"^(?:\d{{1,2}}[.．、]|[（(]\d{{1,2}}[）)]|[{CIRCLED_DIGITS}])\s*[^，。；：:！？]{{2,24}}[：:]")


# ---- qa171: a running head whose column follows the page number ----
# 光明日报 2026年3月11日 星期三 06版 理论·评论 / 12 2026年3月11日 星期三 第12版 学思践悟: a running head that sets its
# column last, after the weekday and a marked page number, the column maybe two words joined by a middle dot (the
# shapes of PAGE_HEAD_LINE and OUTLET_PAGE_HEAD_LINE take one word there, and no 06版 before it). Its date is the page's
# (segment.page_head_date). reflow.is_page_head tries it behind the same substring test as the others.
COLUMN_AFTER_PAGE_HEAD_LINE = re.compile(
    rf"^(?:{OUTLET}\s+|{_PAGE_NUMBER}\s+)?\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日\s*(?:星期|周)[一二三四五六日天]\s*"
    rf"{_MARKED_PAGE_NUMBER}\s*[·・]?\s*[{CJK}]{{2,8}}(?:[·・][{CJK}]{{1,8}})?$")


# ---- qa171: an office holder's three-character name letter-spaced ----
# 青川市人民政府市长　陆 文 博 / 省委常委、副省长　沈 国 栋: a work report's or a speech's speaker line that sets a
# three-character name letter-spaced, as a PDF's typesetter spaces names to a width (OFFICE_BYLINE takes a two-character
# name padded to three, 县长　吕　诚, not this). The name is read without its spaces (bylines.byline).
OFFICE_SPACED_NAME_BYLINE = re.compile(rf"^(?:[{CJK}]{{2,12}}、){{0,3}}{_OFFICE_POST}[ 　]+"
                                       rf"([{SURNAMES}][ 　]{{1,2}}[{CJK}][ 　]{{1,2}}[{CJK}])$")

# ---- qa173: a Markdown masthead set wholly in bold, its issue number inside ----
# **澜江研究院 · 智库观察 | 第57期** / **某某观察｜2026年第3期**: a WeChat post's or brief's masthead set all in bold, the
# series' name (maybe with its column after a middle dot or a bar) and its issue number last inside the bold
# (BOLD_SERIES_ISSUE_LINE bolds the name alone). Masthead, no heading or text (units.markdown_markup_unit).
BOLD_MASTHEAD_ISSUE_LINE = re.compile(rf"^\*\*[^*\n]{{2,30}}?[ \t　]*(?:[|｜丨·・][ \t　]*)?{_BRIEF_ISSUE}[ \t　]*\*\*$")

# ---- qa173: an online interview's turns labelled in brackets with a time stamp ----
# [主持人]　10:00:32 / [钟立衡] 10:02:15 / 【网友“河畔人家”】10:20:03, over the turn's words (or before them on the line):
# a government site's transcript labels each turn with the speaker in brackets and the time it was posted. The label
# is the turn's speaker, read as 主持人：… (extract.with_timed_turn_labels), as a plain transcript writes it; left on a
# line of its own it would read as a title or a byline over each turn. Group 1: the speaker; group 2: the indent of
# the words' line. The label opens with a Han character (a note's number, [1] 10:30, is no speaker). Tried only on
# texts holding a bracket (TIMED_TURN_BRACKETS).
TIMED_TURN_LABEL = re.compile(rf"^[ \t　]*[\[【［]([{CJK}][^\]】］\[【［\n：:]{{0,15}})[\]】］][ \t　]*\d{{1,2}}:\d{{2}}(?::\d{{2}})?"
                              r"(?:[ \t　]*\n([ \t　]*)|[ \t　]+)(?=[^\s\[【［])", re.M)
TIMED_TURN_BRACKETS = ("[", "【", "［")

# ---- qa173: an online interview's head fields without a title line ----
# 访谈主题：推进城乡供水一体化　守护群众“水缸子”: the topic field of an online interview's head; where no title line stands
# over the fields, the topic is the interview's title (segment.talk_topic), as a page's 标题： field is. Group 1: the topic.
TALK_TOPIC_FIELD = re.compile(r"^(?:访谈|采访|座谈)主题\s*[:：]\s*(\S.*)$")
# 主持人：清河市人民政府网　林　蔚 / 主持人：市广播电视台 苏 禾: the host field naming the host's outlet before the name, apart by
# a space (TALK_FIELD_LINE's host field names the host alone): front matter, no turn (a turn says something, with
# punctuation) and no author (units.plain_unit).
HOST_WITH_OUTLET_LINE = re.compile(rf"^(?:本期)?主持人?\s*[:：]\s*[{CJK}]{{2,20}}[ 　]+[{SURNAMES}](?:[ 　]?[{CJK}]){{1,3}}$")

# ---- qa173: a transcript's time stamp on a line of its own ----
# 10:02:15 / 14:30, alone on its line over a turn of an online interview's transcript (主持人：… under it): the time the
# turn was posted, furniture, no title or text (units.shaped_short_line). Tried only on lines of at most
# CLOCK_TIME_LINE_MAX characters that open and end with a digit.
CLOCK_TIME_LINE = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?$")
CLOCK_TIME_LINE_MAX = 8

# ---- qa173: an online interview's turns labelled in brackets without a time stamp ----
# [主持人] / [钟立衡] / 【网友“河畔人家”】 alone on a line over the turn's words: TIMED_TURN_LABEL's labels with no time. A
# bracketed label line may be a box's label too (【内容提要】, 【编者按】), so these are read as speakers
# (extract.with_timed_turn_labels) only in a transcript whose host's label ([主持人]) stands so on at least
# HOST_BRACKET_LINES_MIN lines. Group 1: the speaker; group 2: the indent of the words' line.
BRACKETED_TURN_LABEL = re.compile(rf"^[ \t　]*[\[【［]([{CJK}][^\]】］\[【［\n：:]{{0,15}})[\]】］][ \t　]*\n([ \t　]*)"
                                  r"(?=[^\s\[【［])", re.M)
HOST_BRACKET_LINE = re.compile(r"^[ \t　]*[\[【［]主持人?[\]】］][ \t　]*$", re.M)
HOST_BRACKET_LINES_MIN = 2

# ---- qa173: an online interview's turns labelled with a time stamp, no brackets ----
# 主持人　10:00:32 / 市水利局局长 钟立衡 10:02:15 alone on a line over the turn's words: TIMED_TURN_LABEL's labels without
# the brackets. A name and a time may sign other lines too, so these are read as speakers (extract.with_timed_turn_labels)
# only in a transcript whose host's label stands so on at least HOST_BRACKET_LINES_MIN lines (HOST_TIMED_LINE). Group 1:
# the speaker; group 2: the indent of the words' line.
BARE_TIMED_TURN_LABEL = re.compile(rf"^[ \t　]*([{CJK}][^\n\[【［\]】］：:，。；！？]{{0,23}}?)[ \t　]+\d{{1,2}}:\d{{2}}"
                                   r"(?::\d{2})?[ \t　]*\n([ \t　]*)(?=[^\s\[【［])", re.M)
HOST_TIMED_LINE = re.compile(r"^[ \t　]*主持人?[ \t　]+\d{1,2}:\d{2}(?::\d{2})?[ \t　]*$", re.M)

# ---- qa174: a column's label (in brackets) over a piece's title ----
# 【学思践悟】 / 「求是札记」 / 〔思想纵横〕 alone on a line, over a title line and the text under it: the label of the
# column the piece runs in, so the piece is titled at its head (articles.titled_under_column_label), even when a note on
# its author closes it; a title and byline after that note head the next piece. Tried only on plain lines that open
# with one of BRACKETED_COLUMN_LABEL_FIRSTS. (A bare label, 学思践悟, is read so too, by COLUMN_LABEL_LINE.)
BRACKETED_COLUMN_LABEL_LINE = re.compile(rf"^[【「〔［\[]\s*[{CJK}·]{{2,8}}\s*[】」〕］\]]$")
BRACKETED_COLUMN_LABEL_FIRSTS = ("【", "「", "〔", "［", "[")

# ---- qa176: a press release's label naming its issuing agency ----
# 行政院新闻稿 / 国家发展委员会新闻稿 / 某某市政府新闻公报: PRESS_RELEASE_LABELS's label after the agency that issues the
# release, alone on its line over the release's fields (发布日期：…) and title: chrome, not the title (units.shaped_short_line).
# The agency's name ends with an office word (院 部 委员会 局 署 ...), so a title that ends so (市政府发布新闻稿) is no label.
# Tried only on lines that end with PRESS_RELEASE_LABEL_ENDS.
PRESS_RELEASE_LABEL_ENDS = ("新闻稿", "新闻公报", "新闻发布稿")
AGENCY_PRESS_RELEASE_LABEL = re.compile(rf"^[【［]?[{CJK}]{{1,16}}(?:院|部|委员会|会|局|署|处|厅|府|政府|办公室|办公厅|中心|委)"
                                        r"[ 　]?(?:新闻稿|新闻公报|新闻发布稿)[】］]?$")
# 发布单位：国家发展委员会 / 联络人：综合规划处 某某专门委员: a Taiwan press release's head fields, under its date field
# (发布日期：…) and over its title: fields, no title or text (units.shaped_short_line). (The press officer named under the
# text, 新闻联络人：…, is a credit: with_press_foot.) Tried only on lines opening with PRESS_HEAD_FIELD_FIRSTS.
PRESS_HEAD_FIELD = re.compile(r"^(?:发布单位|发稿单位|发布机关|联络人)\s*[:：]\s*\S")
PRESS_HEAD_FIELD_FIRSTS = "发联"
# Any of PRESS_HEAD_FIELD_FIRSTS: reflow finds the candidate lines in one scan of their first characters.
PRESS_HEAD_FIELD_INITIAL = re.compile(f"[{PRESS_HEAD_FIELD_FIRSTS}]")

# ---- qa178: a government page's picture-reading link (一图读懂) ----
# 【一图读懂】 / 一图读懂《某某省…若干措施》 / 一图看懂：…: a government page's label over, or link to, the picture version of
# the reading it shows, under its text like RELATED_READING_LINE's links: chrome (units.is_related_reading_line), not the
# page's title printed at its end. A link's title, so no sentence end inside it. Tried only on lines opening with one of
# PICTURE_READING_INITIALS (RELATED_READING_INITIALS already gives 【 and [).
PICTURE_READING_LINE = re.compile(r"^[【\[]?\s*一图(?:读懂|看懂|速览|了解|解读)\s*[】\]]?\s*[:：｜|]?\s*[^。！？]{0,80}$")
PICTURE_READING_INITIALS = "一"

# 【问】企业开办时间为何越来越短？: a question labelled as a turn of a Q&A in brackets (as 问：… is with a colon) is a
# paragraph of the dialogue, not a web explainer's question subheading (QUESTION_HEADING; units.plain_unit).
BRACKETED_QUESTION_TURN = re.compile(r"^[【\[〔［]\s*(?:问|提问|记者)\s*[】\]〕］]")

# ---- qa177: a wire dateline wrapped inside its bracket ----
# 新华社北京5月10日电（记者 陈某 孟某 / 琪）记者10日……: a PDF column wraps the dateline's reporters inside the
# bracket, so the line ends with the bracket still open: the head of the first paragraph, whose names end on the next
# line, no byline line of its own (bylines.byline; a byline's bracket closes on its line).
DATELINE_OPEN_BRACKET_LINE = re.compile(r"^.{0,30}?电\s*[（(][^）)]*$")

# 新华社北京5月10日电（记者 甲 乙）……: the wire agency's dateline is a news item's dateline as 本报北京5月10日电 is
# (_NEWS_DATELINE_HEAD names it): a line opening with it opens a block, so the item's title over it, wider than the
# column, does not run into its text; its first character is tried (qa177).
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile("新"))

# ---- qa177: a roundup's views led by the speaker ----
# 周某（某大学教授）：政策的扩围…… under 专家解读 (ROUNDUP_LABEL): a roundup may name each speaker, the post in brackets,
# at the head of the view's paragraph rather than sign it on a line after it: the view is counted as a signed one is
# (articles.roundup_at). Not a speaker's label alone on its line over the view (罗某（某大学教授）：), a report's own
# digest of experts' views under 【专家观点】. Only paragraphs holding "）：" are tried.
SPEAKER_LED_VIEW = re.compile(rf"^{PERSON_NAME}[（(][^（）()。！？；，“”]{{2,30}}?{_ACADEMIC_POST}[）)][:：](?=[^\s])")

# ---- qa181: a WeChat article's parts numbered 01, 02 on their heading lines ----
# 01 县城商业体量跟不上消费升级 / text / text / 02 新业态… : a zero-padded number glued to its heading's words (rule 5
# removes the space) numbers the article's parts, as 01 set alone over the heading does (LONE_SECTION_MARKER_LINE), when one
# of them runs on over two paragraphs or more (units.with_zero_padded_part_headings); a plan's box of projects numbers
# its items so too (01 某工程 / one paragraph each), and those stay measures. The markers of one series, in order.
ZERO_PADDED_PART_NUMBERS = ("01", "02", "03", "04", "05", "06", "07", "08", "09")
# The paragraphs one part holds at least, under its heading, before the next heading or item.
PART_PARAGRAPHS_MIN = 2

# ---- qa180: a closing author note that names the writer after the post ----
# （作者系北湖大学经济学院教授 方启明） / （作者为某研究院研究员 严若霖）: a note under a text that gives the writer's post and
# then, after a space, the name (a panel's short contributions, untitled bylines): it signs the text, as
# DIGEST_AUTHOR_NOTE's note with its source does (group 1, the post and name, read by bylines.byline; a note giving the
# post alone, （作者系某大学教授）, names nobody and stays a note).
AUTHOR_NOTE_POST_THEN_NAME = re.compile(rf"^[（(]\s*作者(?:系|为)\s*([{CJK}（）()、·]{{4,40}}?{_ACADEMIC_POST}[ 　]+"
                                        rf"{PERSON_NAME})\s*[）)]$")

# ---- qa182: a speech's speaker named under a label ----
# 讲话人：市委副书记、市长　韩立诚 / 报告人：韩立诚 / 主讲人 韩立诚: the label a speech, report or lecture names the one
# who gave it with, over the text; the rest (post, then name) is the byline it labels (bylines.byline reads it without
# the label; reflow.bylines_among tries lines opening with one, a prefix test). Each label is three characters, a
# colon or a space after it. (Not 发言人: a spokesperson answers at a press conference and writes nothing.)
SPEAKER_BYLINE_LABELS = ("讲话人", "报告人", "主讲人", "致辞人")
# （邝某　2026年2月27日） / （市长　邝某，2026年2月27日） / （2026年2月27日　邝某）: a speech's speaker and the day it was
# given in one pair of brackets under its title (group 1 or 2, the name; maybe the post before it): a byline whose date is
# the speech's published date (bylines.byline, bylines.published), never a heading. Tried on lines in brackets that hold 年.
# A speaker holding several posts names them all, parted by 、 (（市委副书记、市长　邝某　…）, as OFFICE_BYLINE reads them),
# the name may be followed by 同志 (（邝某同志　…）), and the day may be written in Chinese numerals (二〇二六年二月二十七日)
# (qa252).
_SPEECH_DAY = (rf"(?:\d{{4}}\s*年\s*\d{{1,2}}\s*月\s*\d{{1,2}}\s*日"
               rf"|{CN_NUMERAL_DATE_PARTS.pattern.replace('(', '(?:')})")      # (the names' groups alone captured)
_SPEECH_DAY_GAP = r"[ 　，,、]+"
_SPEAKER_POSTS = rf"(?:(?:[{CJK}]{{2,12}}、){{0,3}}{_OFFICE_POST}[ 　]*)?"
_SPEAKER = rf"({PERSON_NAME})(?:同志)?"
BRACKETED_SPEAKER_DAY_LINE = re.compile(
    rf"^[（(]\s*(?:{_SPEAKER_POSTS}{_SPEAKER}{_SPEECH_DAY_GAP}{_SPEECH_DAY}"
    rf"|{_SPEECH_DAY}{_SPEECH_DAY_GAP}{_SPEAKER_POSTS}{_SPEAKER})\s*[）)]$")
# 市委副书记、市长　邝某　2026年2月27日 (a web page sets it in bold): the same speaker and day with no brackets, the posts
# then the name then the day apart by spaces, on the line under a speech's title: a byline whose date is the speech's
# (bylines.byline, bylines.published), no heading of a section. Unbracketed, a post must come first (OFFICE_BYLINE's
# shape), so a name and a date alone (甲　2026年2月27日) stay what other rules make of them. Tried on lines holding 年 and
# ending in 日 (qa265).
SPEAKER_POST_DAY_LINE = re.compile(
    rf"^(?:[{CJK}]{{2,12}}、){{0,3}}{_OFFICE_POST}[ 　]+({PERSON_NAME}|{_PADDED_NAME})(?:同志)?{_SPEECH_DAY_GAP}{_SPEECH_DAY}$")

# ---- qa179: a reporter's note boxed at the end of a report ----
# 记者手记 / 【采访札记】 alone on its line over a title and text, at the end of a report's text (its caption between):
# the label of a reporter's note, a piece of its own under that title (articles.split_on_reporters_note), never a
# section heading of the report. Only plain lines holding 记 are matched.
REPORTERS_NOTE_LABEL = re.compile(r"^[【\[]?\s*(?:记者|采访|蹲点)(?:手记|札记|笔记)\s*[】\]]?$")

# ---- qa245: a box of news items compiled from other sources ----
# （本版综合新华社等） / （综合本报记者报道）: the line under a box of short news items naming the sources they were compiled
# from: the box (its label, its items) is a piece of its own (articles.split_on_compiled_box). Tried only on lines
# holding 综合.
COMPILED_SOURCES_LINE = re.compile(r"^[（(]\s*(?:本版|本栏|本组)?综合[^（）()：:]{2,30}[）)]$")

# ---- qa245: the editors' reply under a reader's letter ----
# 编辑回复：… / 编者答复：… / 记者回复：… opening the paragraph right under a reader's letter and its writer's signature: the
# reply printed with the letter, no text of its own (articles.with_replies_joined_to_letters). Tried only on paragraphs
# holding 复 or 答.
REPLY_TO_READER = re.compile(r"^[【\[]?\s*(?:编辑|编者|记者|本报)(?:回复|答复|回答|答)\s*[】\]]?\s*[:：】\]]")

# ---- qa179: a page's call for letters or contributions ----
# 欢迎读者来信反映身边事…来信请寄：… / 本版欢迎来稿 / 欢迎广大读者踊跃投稿: a letters or commentary page's call for
# contributions at its foot, with or without the address, is furniture as the labelled 投稿邮箱：… is (CREDIT_LINE): no
# text of the last piece, and no text of an article of its own under that piece's end title (units.unit). Only units
# opening with 欢 or 本 and no longer than CALL_FOR_CONTRIBUTIONS_MAX_CHARS are matched.
CALL_FOR_CONTRIBUTIONS_LINE = re.compile(r"^(?:本版|本栏|本刊|本栏目)?(?:热忱|竭诚)?欢迎(?:广大)?(?:读者|作者|网友|群众|各界人士)?"
                                         r"(?:朋友们?)?(?:踊跃)?(?:来信|来稿|投稿|赐稿)")
CALL_FOR_CONTRIBUTIONS_MAX_CHARS = 160

# ---- qa184: a report's serial number on its cover ----
# 编号：(114)003.0809 / 出版编号：… / GPN：1011400345 / ISBN：978-986-…: a commissioned report's cover gives its
# serial number as a bare field under the researchers and the date: front matter as REPORT_TERM_FIELD_LINE is, no
# heading or title (units.plain_unit). The value is digits, Latin letters, brackets and dots only, no word of text;
# tried only on lines opening with REPORT_SERIAL_FIELD_FIRSTS.
REPORT_SERIAL_FIELD_LINE = re.compile(
    r"^(?:(?:出版|报告|研究|计划|计画|案件)?编号|GPN|ISBN|ISSN)\s*[:：]\s*[0-9A-Za-z()（）.．\-－/ ]{3,30}$")
REPORT_SERIAL_FIELD_FIRSTS = "编出报研计案GI"

# ---- qa184: a disclaimer that says whose view the text is, then whose it is not ----
# （本文为作者个人意见，不代表本报立场） / 文章属作者观点，并不代表本网站立场。: a commentary's disclaimer that states the
# view is the writer's with a plain 为/属/乃 (OPINION_DISCLAIMER_LINE asks for 仅/只/纯) and closes with whose stand it
# is not: a credit, no paragraph of the text (units.unit). The closing 不代表…立场 clause is asked for, so a sentence
# of the text (本文为作者多年调研的心得，…) is none; tried where OPINION_DISCLAIMER_LINE is, same prefilter.
DISCLAIMED_STANCE_LINE = re.compile(
    r"^[（(]?(?:本文|文章|以上(?:内容|文章)?|此文)(?:内容)?(?:为|属|乃|系|是)(?:作者|笔者)[^（）()。！？，,]{0,8}"
    r"(?:意见|观点|看法|见解)[，,；;]\s*(?:并|亦)?(?:不|未必)(?:一定)?(?:代表|反映)[^（）()。！？]{1,30}"
    r"(?:立场|观点|意见|看法)[。.]?[）)]?$")

# ---- qa184: a paper's running head that gives its main title only ----
# 某某体系的区域落差与财源永续 5 over a paper titled 某某体系的区域落差与财源永续：以某某为中心: a journal may shorten the
# title in its running head to the main title before the colon: furniture as the whole title is (TITLE_PAGE_HEAD,
# units.with_title_running_heads). The main title is taken only this long at least, so a field's label before its
# colon (关键词：, 投稿日期：) is none.
MAIN_TITLE_HEAD_MIN = 8

# ---- qa184: a journal's running head giving its volume and issue as 22(1) ----
# 台湾社会福利学刊 22(1) / 4 公共行政学报 71(3) / 公共行政学报 71(3) 45: a journal page's running head may give the volume
# and the issue in the bibliographic short form, the issue bracketed after the volume, maybe beside the page's number:
# furniture or masthead as JOURNAL_PAGE_HEAD_LINE's shapes are (reflow.is_spaced_masthead), never a section heading.
# The name ends with a periodical's word; tried only on lines with a space and a bracket.
JOURNAL_VOLUME_ISSUE_HEAD_LINE = re.compile(
    rf"^(?:\d{{1,4}}[ \t]+)?[{CJK}]{{2,16}}?(?:{_PERIODICAL_WORD})[ \t]+\d{{1,3}}\s*[(（]\d{{1,2}}[)）](?:[ \t]+\d{{1,4}})?$")

# ---- qa184: a paper's running head naming its authors before the title ----
# 陈某、林某：某某制度的治理网络 / 陈某等：… / 陈某、林某 某某制度的治理网络 5: a journal's running head over an odd page
# may give the authors' names before the title (or its main title), after a colon or a space: furniture as the title
# alone is (units.with_title_running_heads), no heading. The names, up to four parted by 、 or a space or the first
# with 等, and what parts them from the title; the rest must be the paper's title as its first lines give it.
AUTHORS_BEFORE_HEAD_TITLE = re.compile(rf"^[{CJK}]{{2,4}}(?:[、 ][{CJK}]{{2,4}}){{0,3}}等?\s*[:： ]\s*")
# The colon of such a head stands within this many characters of the line's start (a substring test first).
HEAD_AUTHORS_SPAN = 24

# ---- qa185: plain-text interviews: guest lists and the pieces run under them ----
# 谭某 某局副局长 / 罗某：某大学教授 / 班某，某公司董事长 / 邵某（某委处长）: the mark a guest's line sets the name apart from
# the post with, by kind: a space, a colon, a comma, a bracket (units.guest_name_mark). The lines of one list share it.
GUEST_NAME_MARKS = {" ": "space", "　": "space", "：": "colon", ":": "colon", "，": "comma", ",": "comma",
                    "（": "bracket", "(": "bracket"}
GUEST_NAME_MARK = re.compile(r"[ 　：:，,（(]")
# 主持人： / 与谈人： / 嘉宾：: the guest's role labelled before the name on a guest list's line (maybe none: the
# empty match), passed over when the line's mark is read (units.guest_name_mark).
GUEST_ROLE_PREFIX = re.compile(r"(?:[ 　]*(?:主持人?|与谈人|对谈人|嘉宾|特邀嘉宾|对话嘉宾|受访者|受访嘉宾|发言人|点评人|评论人)[ 　]*[:：])?")
# 【推广】某某城市漫游季开幕: an advertisement's label in brackets and its title after it on one line, no sentence (a
# CREDIT_LINE): under an article's closing credit and over text, the title of the advertisement, a piece of its own
# (articles.split_after_closing_credit).
LABELLED_ADVERT_TITLE = re.compile(rf"^[【\[［]\s*(?:{ADVERT_LABELS})\s*[】\]］]\s*(?P<title>[^。！？；，\s][^。！？；]{{3,40}})$")
# （本文仅代表课题组观点，不代表研究院立场） / (本报告仅代表作者个人观点): a think tank's disclaimer in brackets under its
# text (a CREDIT_LINE): it closes the article, so a title line under it over text titles a piece of its own, a news
# item run under the brief (articles.closes_article).
DISCLAIMER_CREDIT_LINE = re.compile(r"^[（(][^（）()]{0,16}(?:仅代表|不代表)[^（）()]{1,40}[）)]$")

# ---- qa183: a guest box labelled by the guest's role alone; a paper's dateline named in full; a bracketed 原标题 note; 文/ in a line of fields; questions labelled, answers not; 评论员文章 ----
# 【访谈对象】 / 受访嘉宾： over 齐某某，某厅副厅长，分管……。: the label of a box on an interview's guest that names the guest's
# role alone, without PROFILE_HEADING's 简介/介绍/名片: the same box (units.is_profile_label), never a section heading.
# Its first characters are PROFILE_HEADING_INITIALS' (【, [, 受访, 访谈).
BARE_GUEST_PROFILE_LABEL = re.compile(r"^[【\[]?\s*(?:访谈对象|访谈嘉宾|受访者|受访嘉宾|受访专家)\s*[】\]]?\s*[:：]?$")

# 西川日报讯（记者 贺一舟 唐若溪）… / 江城晚报讯 昨日，…: a news item's dateline that names its paper in full before the kind
# (PAPER_KIND_DATELINE_PREFIXES' 晚报讯 with the paper's name before it): read as 本报讯's (units.dateline_text), its reporters
# the item's byline. Only units holding NAMED_PAPER_DATELINE_MARK within NAMED_PAPER_DATELINE_HEAD characters are tried.
NAMED_PAPER_DATELINE = re.compile(rf"^[{CJK}]{{1,8}}?(?:日报|晚报|晨报|早报|商报|快报|都市报|时报)(?=讯[（( 　])")
NAMED_PAPER_DATELINE_MARK = "报讯"
NAMED_PAPER_DATELINE_HEAD = 14

# （原标题：《公共数据开放，“开”了还要“用”》） / （原题：…）: a web page's note of the title the piece first ran under, in
# brackets at the end of its text: a field as the bare 原标题：《…》 line is (METADATA_FIELD_LINE), no text (units.plain_unit).
# Only lines opening with ORIGINAL_TITLE_NOTE_OPENINGS are tried.
ORIGINAL_TITLE_NOTE = re.compile(r"^[（(]\s*原标?题\s*(?:[:：]|为)\s*[^（）()]+[）)]$")
ORIGINAL_TITLE_NOTE_OPENINGS = ("（原标题", "(原标题", "（原题", "(原题")

# 来源：东临日报 | 2026-05-18 07:45 | 文/邵清和: a web page's line of fields parted by bars (or spaces) whose writer's field is
# 文/ and the name(s), as a byline line of its own is (文/某某): the article's authors (bylines.field_authors). Only lines
# holding 文 are tried.
FIELD_SLASH_WRITER = re.compile(rf"(?:[|｜丨]|[ 　])\s*文\s*[/／]\s*({_NAME}(?:(?:[、，,]\s*|[ 　]+){_NAME})*)\s*(?=[|｜丨]|$)")
# The same line's date between two bars after a labelled field (FIELDS_LAST_BARE_DATE's, not last): the article's date
# (bylines.barred_last_date).
FIELDS_BARRED_BARE_DATE = re.compile(r"[:：][^|｜丨]+[|｜丨]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[|｜丨]")

# 问：如何理解…？ / (the answer, unlabelled) / 问：下一步…？: an interview whose questions are labelled turns (often bold lines
# of their own) and whose answers go unlabelled: two such turns make the piece a talk (segment.is_talk), as two speakers'
# labels do, so its editor's note stays its lead. The labels a question turn opens with (a prefix test).
QUESTION_TURN_OPENINGS = ("问：", "问:", "记者：", "记者:", "本报记者：", "本报记者:")
# So many question turns make a talk.
QUESTION_TURNS_MIN = 2

# 本报评论员文章 / 新华社评论员文章: the label a paper sets over its commentator's piece, naming the kind of article: no byline
# (its last word, 文章, is no name; bylines.byline), but a column's label over the title. The words the label ends with.
COMMENTATOR_ARTICLE_LABEL_END = "评论员文章"
# The label on a line of its own over the title, whatever its width beside it (评论员文章 over a ten-character title is
# half as wide, no narrower): the kind of article and the outlet or series naming it, no part of the title
# (articles.title_split, qa239). A title is not named so: it names its topic.
COMMENTATOR_ARTICLE_KICKER = re.compile(rf"^[{CJK}·]{{0,16}}{COMMENTATOR_ARTICLE_LABEL_END}$")

# 访谈对象：齐某某，某厅副厅长，分管……。 / 受访者：…: the box on an interview's guest run into one paragraph under a label
# naming the guest's role alone (BARE_GUEST_PROFILE_LABEL's words, GUEST_PROFILE_PARAGRAPH's 受访嘉宾： aside), the name and
# the posts after it: the box, not the interview's text (units.is_profile_paragraph).
GUEST_ROLE_PROFILE_PARAGRAPH = re.compile(rf"^(?:访谈对象|受访对象|受访者)\s*[:：]\s*{PERSON_NAME}\s*[，,（(]")

# ---- qa186: a cartoon's credit and title ----
# 漫画/程 未 / 漫画：程未 / 程未/漫画 / 程 未 绘: a cartoon's credit on a line of its own (a commentary page prints a
# cartoon among its pieces, a 画中话 piece under it): a credit like a photo's (本报记者 马 骁 摄), no byline or text
# (units.unit reads it as a caption; units.with_caption_text takes the cartoon's short title over it as its caption).
# The name is two to four characters, letter-spaced or not. Only lines opening with 漫 or ending in 画/绘 are tried
# (CARTOON_CREDIT_FIRSTS, CARTOON_CREDIT_LASTS).
# (Or the cartoonist's name over the word 作, after the agency that sent it: 新华社发 朱慧卿 作 / 中新社发 王 铎 作 /
# 李 宁 作, qa260: 作 after a space closes an artwork's credit as 摄 closes a photo's.)
CARTOON_CREDIT_LINE = re.compile(rf"^(?:漫画|插画|插图)(?:[ 　]*[/／:：|｜][ 　]*|[ 　]+)[{CJK}](?:[ 　]?[{CJK}]){{1,3}}$"
                                 rf"|^[{CJK}](?:[ 　]?[{CJK}]){{1,3}}(?:[ 　]*[/／][ 　]*|[ 　]+)(?:漫画|绘|插画)$"
                                 rf"|^(?:[{CJK}]{{2,4}}发[ 　]+)?[{CJK}](?:[ 　]?[{CJK}]){{1,3}}[ 　]+作$")
CARTOON_CREDIT_FIRSTS = "漫插"
CARTOON_CREDIT_LASTS = "画绘图作"
# The longest cartoon title (“一站式” / 指路) over its credit line that units.with_caption_text reads as its caption: a
# short line with no sentence mark; a longer line is a heading or text. (Not qa166's CARTOON_TITLE_MAX_CHARS: a title
# over a bare 漫画 label is told by the label, this one by a credit line only.)
CARTOON_CREDIT_TITLE_MAX_CHARS = 16

# ---- qa186: a letter-spaced three-character name among a role's names ----
# 记者 霍 青 通讯员 田野 陈 思 雨 / 通讯员 孔令仪 陈 思 雨: a news item's dateline may space every name out, a
# three-character one too; as the last name of a role's names (nothing after its third character) it is one name
# (bylines.names joins the lone third character to the two before it), so the role's names are names only
# (bylines.several_roles tries this when NAME_ONLY fails). Not in the middle: 陈 思 雨 霍 青 could split either way.
NAMES_ENDING_SPACED_THREE = re.compile(rf"^(?:{_NAMES}[ 　]+)?[{SURNAMES}][ 　][{CJK}][ 　][{CJK}]$")

# ---- qa186: a commentary's title under its bulleted byline ----
# □ 宋某 / 别让“智能化”挡住老年人的路 / text: the one line under a box-marked byline is the piece's title unless it holds
# a sentence mark or one of these marks: a line of fields or a page's chrome under the byline (字级设定：小 中 大 分享至：…)
# has them (articles.is_title_under_bulleted_byline).
FIELD_MARKS_NOT_IN_TITLE = "：:|｜"

# ---- sp27: what opens the rules units.plain_unit and units.unit try by the text's first character ----
# Every character but a space a WECHAT_THE_END_LINE match can begin with (its marks, or THE in any case).
WECHAT_THE_END_FIRSTS = "-—–Tt"

# ---- qa189: a descriptive-statistics table's row under a Latin variable name ----
# DID  151233  0.236  0.425  0.000  1.000 / lnPGDP 28,417 10.283 1.374 6.908 15.417: a descriptive-statistics table's row,
# a variable's Latin name, then its count of observations (a whole number) among its mean, deviation, minimum and
# maximum (decimals), is a table row though no cell is Chinese (reflow.is_table_row): ESTIMATES_ROW takes decimals only,
# and the table's 注：/资料来源： lines under a row it misses run into the text instead of going with the caption. Two
# decimal cells at least (the lookahead), so that a Latin line of bare numbers (Vol 41 No 3) is none.
_COUNT_CELL = r"(?:\d{1,3}(?:,\d{3})+|\d+)"
DESCRIPTIVE_STATS_ROW = re.compile(
    rf"(?=.*?\d\.\d.*?\d\.\d)"
    rf"[A-Za-z][A-Za-z0-9_]{{0,19}}(?: +(?:{_COUNT_CELL}|{_ESTIMATE_CELL})){{3,}}")

# ---- qa189: the caption over a table continued on the next page ----
# 续表1 / 续表 2  主要变量描述性统计 / 表1（续）: the caption a paper repeats over the part of a table the page break carried
# to the next page: a caption (units.unit), which takes the note and source lines under the table's rows
# (units.with_caption_notes) as the table's first caption does (NUMBERED_CAPTION); read as a short line it would open a
# section of its own. Tried only on lines opening with CONTINUED_TABLE_INITIALS; a sentence (续表1显示…) has no space
# or end of line after the number.
_TABLE_NUMBER = r"\s*\d{1,2}(?:[.．-]\d{1,2})?"
CONTINUED_TABLE_CAPTION = re.compile(rf"^(?:续表{_TABLE_NUMBER}|表{_TABLE_NUMBER}\s*[（(]续[）)])(?:\s|$)")
CONTINUED_TABLE_INITIALS = "续表"

# ---- qa189: a starred first-page field with its label in brackets ----
# *［基金项目］… / ＊【作者简介】…: a paper's first-page note opened by the star its title cites it by (…路径选择*), its label
# set in brackets (_BRACKETED_FRONT_FIELD) instead of before a colon (STARRED_PAPER_FRONT_FIELD): front matter all the
# same (units.unit), never text. Tried only on units opening with a NOTE_STARS character.
STARRED_BRACKETED_FRONT_FIELD = re.compile(rf"^[*＊]{{1,3}}\s*{_BRACKETED_FRONT_FIELD}")

# ---- qa189: the rows of a regression table that hold no variable's estimates ----
# （1）  （2）  （3） / （0.011）  （0.010）  （0.010） / 控制变量  是  是  是 / N  151233  148902 / R²  0.315  0.342: a regression
# table's column numbers, its standard errors in brackets under a row of estimates, its yes/no rows of controls and
# fixed effects, and its rows of model statistics: rows (reflow.is_table_row) though they have fewer cells than TABLE_ROW
# or no Chinese; read as text, the column numbers open an item (1) and the statistics rows join into a heading.
_BRACKETED_NUMBER = r"[（(][-−]?\d+(?:\.\d+)?[）)]"
_MODEL_STATISTIC = r"(?:N|Obs\.?|Observations|R²|R2|Adj(?:usted)?\.? ?R²|Pseudo ?R²|F|样本量|观测值)"
REGRESSION_TABLE_ROW = re.compile(
    rf"(?:{_BRACKETED_NUMBER}(?: +{_BRACKETED_NUMBER})+"
    rf"|[{CJK}]{{2,10}}(?: +(?:是|否|控制|未控制|Yes|No|YES|NO)){{2,}}"
    rf"|{_MODEL_STATISTIC}(?: +{_NUMBER_CELL}){{2,}})")

# （1）（2）（3）: a regression table's row of column numbers, once rule 5 has taken the spaces between its cells: no
# paragraph that opens item (1) of a list (segment.add_measures).
TABLE_COLUMN_NUMBERS_ROW = re.compile(r"(?:[（(]\d{1,2}[）)] *){2,}")

# ---- qa190: a working-paper series' line spaced from its institution or numbered as an issue ----
# 某研究院 工作论文系列 ｜ WP No.2025-11 / 某研究院工作论文 2026年第8期（总第112期）: WORKING_PAPER_SERIES_LINE's series line
# as a plain-text copy sets it, the institution apart from the series by a space, or the paper numbered as a brief's
# issue (_BRIEF_ISSUE) instead of WP No.: a masthead line, a block of its own, never the title's first line
# (reflow.issue_masthead_lines), and no title (units.is_issue_line). Only lines ending with
# WORKING_PAPER_ISSUE_LINE_LAST and holding WORKING_PAPER_LINE_MARKS are tried.
WORKING_PAPER_ISSUE_LINE = re.compile(
    rf"^[{CJK}]{{2,24}}?[ \t　]?(?:工作论文|讨论稿|工作报告|研究简报|政策简报|研究报告)(?:系列)?\s*[｜|丨·・]?\s*"
    r"(?:(?:(?:WP|DP|PB|Working\s+Paper|Discussion\s+Paper)\s*)?(?:No\.?|NO\.?|第)\s*\d{2,4}(?:\s*[-－—–/.]\s*\d{1,4})?号?"
    rf"|{_BRIEF_ISSUE})$")
WORKING_PAPER_ISSUE_LINE_LAST = re.compile("[0-9号期）)]")

# ---- qa190: bracketed reference entries closing a document without a notes label ----
# …的规定。 / [1] 数据来源：省数据局《…》。 / [2] 根据课题组…整理。: a report copied as plain text may lose its 注释 label
# and keep the bracketed entries under its last paragraph; a run of them numbered from [1] on, one after another, at
# the document's end (under them only credits: a disclaimer, a contact's e-mail) is the article's notes
# (units.with_closing_bracketed_notes). A run shorter than BRACKETED_NOTES_MIN_ENTRIES may be a last point of the text.
BRACKETED_NOTE_ENTRY = re.compile(r"^[\[［](\d{1,3})[\]］]\s*\S")
BRACKETED_NOTE_INITIALS = "[［"
BRACKETED_NOTES_MIN_ENTRIES = 2

# ---- qa190: a distribution line that ends with a body's name closes its block ----
# 报送：省委办公厅、省政府办公厅 / 抄送：省发展改革委、省人力资源社会保障厅 / <title>: a brief's distribution line names
# whole bodies parted by 、 or ，, so one that ends with a body's last character and no separator names its last reader;
# the line under it (a brief's title over its text, in the layout with a blank line after every line) is no rest of
# the list (reflow.block_stops). A list wrapped mid-list ends its line with 、 or ，, or mid-name (…社会保障 / 厅).
# (Not 办, 委 before 员会, 会: 市委办 / 公室 and 常委 / 会 wrap mid-name.)
DISTRIBUTION_LINE_ENDED = re.compile(r"^(?:抄送|抄报|报送|分送|主送)\s*[:：].{2,}(?:[厅局室部院处司署府]|[^常]委)$")

# ---- qa190: a report team's list bracketed whole on a line of its own ----
# （课题组组长：甲；成员：乙、丙） over a contact line (联系人：… 电话：…): the list of a report's team under its text,
# bracketed whole on its line, is the group's credit as the unbracketed 课题组组长：… line is (CREDIT_LINE): no heading,
# no text (units.unit), and it opens and closes its block (reflow.own_line_source_notes), so the contact line under it
# does not run into it where a blank line follows every line. Not a note naming writers (（执笔：…）, 执笔 inside):
# that one signs. Its fields are parted by ；/; (no sentence inside the brackets). Lines opening with a bracket only.
OWN_LINE_TEAM_LIST = re.compile(r"^[（(]\s*课题组?(?:组长|负责人|成员)\s*[:：](?:(?!执笔|撰稿)[^（）()。]){2,80}[）)]$")

# ---- qa187: a joint document's title wrapped after its issuers; a second contact under 联系人 ----
# 江宁省教育厅　江宁省财政厅关于做好2026年义务教育 / 阶段学校课后服务工作的通知: the first line of a jointly issued
# document's title, its bodies apart by a space and run into 关于, wrapped before the title ends: the gap parts two
# issuing bodies, no words of a spaced column head or slogan (articles.trailing_clean keeps it as a title line). Only
# lines holding 关于 are tried (JOINT_ISSUERS_TITLE_WORD).
JOINT_ISSUERS_TITLE_LINE = re.compile(rf"^{_BODY}(?:[ \t　]+{_BODY})+关于[^。；！？：:]{{2,60}}$")
JOINT_ISSUERS_TITLE_WORD = "关于"
# 联系人：省教育厅基础教育处　陈某某　电话：025-… / 省财政厅教科文处　何　峰　电话：025-…: a further contact under the
# 联系人 line, set under its value, its office and name before a phone field: a line of the text, no heading, nor a
# signature over the date under it (units.plain_unit). No field label before the phone's (the line opens with a
# body's name); only lines holding 电话 or 手机 are tried (CONTACT_PHONE_WORDS). The office may be set off by a comma
# too (市民政局养老服务处，联系电话：0793-…, the one line under a 政策解读's 咨询方式 heading, qa284).
SECOND_CONTACT_LINE = re.compile(rf"^[{CJK}][^。；！？：:]{{1,40}}[ 　，,](?:联系)?(?:电话|手机)\s*[:：]\s*[\d(（+]")
CONTACT_PHONE_WORDS = ("电话", "手机")

# ---- qa187: a Markdown link whose target holds parentheses ----
# [【打印本页】](javascript:window.print()) / [文件](http://…/a_(2026).pdf): a link whose target holds a pair of
# parentheses; MD_LINK's target ends at the first ), which left `)` in the text. Its words only stay (extract and
# units try it before MD_LINK, only where a ( stands outside the links' own "](").
MD_LINK_PAREN_TARGET = re.compile(r"!?\[([^\]]*)\]\((?:[^()\n]|\([^()\n]*\))*\)")

# ---- qa187: the label of a list of links to a document's readings ----
# 相关解读： / - [图解：…](…) / - [政策问答：…？](…): a government page's label over the links to the readings of the
# document on the page, alone on its line (RELATED_READING_LINE takes it with one linked title after it): a list of links
# like those under LINK_LIST_LABEL, chrome to the page's end (units.with_link_lists), not a line of the text.
READINGS_LIST_LABEL = re.compile(r"^[【\[]?\s*(?:相关(?:政策)?解读|政策解读|图文解读)\s*[】\]]?\s*[:：]?$")

# ---- qa188: a web page's row of bracketed buttons ----
# 【纠错】 【打印】 【关闭】 / [我要纠错] [打印本页] [关闭窗口] / 【收藏】【返回顶部】: a news page's buttons under the
# article, each in square brackets: chrome, whichever button comes first (WEB_CHROME knows a line opening with 打印 or 关闭,
# not one opening with 纠错; a first bracketed word was read as a column label, the rest as a title). Two cells or more,
# every cell a button word. Only lines opening with a square bracket are tried (units.unit).
_BRACKET_BUTTON = (r"(?:我要)?纠错|打印(?:本页|此页|本文)?|关闭(?:窗口|本页)?|收藏(?:本页)?|分享(?:到)?|返回(?:顶部|首页|列表)?"
                   r"|推荐给?朋友|复制链接|字号|大|中|小")
# 【纠错】 / [我要纠错] alone on its line: a button no heading or column label is ever named after, so one cell is
# enough (the one-character cells 大/中/小 and the words WEB_CHROME already knows by their opening need the row). (qa254)
_LONE_BRACKET_BUTTON = r"(?:我要)?纠错|复制链接|推荐给?朋友"
# 【纠错】　【责任编辑：卢 川】: a news site sets the article's editor as one more bracketed cell in the row (a field, not
# a button, so it counts only beside a button: a lone bracketed credit is CREDIT_LINE's). (qa283)
_BRACKETED_EDITOR_CELL = r"(?:责任编辑|责编|编辑)\s*[:：][^】\]］]{1,12}"
BRACKETED_BUTTON_ROW = re.compile(rf"^(?:[【\[［]\s*(?:{_BRACKET_BUTTON}|{_BRACKETED_EDITOR_CELL})\s*[】\]］][ \t　|｜]*){{2,}}$"
                                  rf"|^[【\[［]\s*(?:{_LONE_BRACKET_BUTTON})\s*[】\]］]$")
BRACKETED_BUTTON_FIRSTS = "【[［"

# ---- qa254: a commentary's title under its column's name set letter-spaced ----
# 今 日 谈 / 人 民 时 评: a column's name of two to six characters, set letter-spaced on a line of its own (reflow.
# titles_under_spaced_banners); a spaced three-character name (宁 秋 实) reads the same, but stands under a title, not
# under a finished sentence. TITLE_STOPS: what a title line never holds (the body's first line, wrapped, mostly does).
SPACED_BANNER_LINE = re.compile(rf"^\s*[{CJK}](?: [{CJK}]){{1,5}}\s*$")
TITLE_STOPS = "，。；：？！"

# ---- qa188: a web page's copyright line with its sign and years ----
# Copyright © 2008-2026 某某网 版权所有 / © 2025 某某编辑部 / COPYRIGHT (C) 2026 某某: a site's footer line, opening with
# the copyright word or sign and the years (COPYRIGHT_NOTICE knows the ones opening with 版权所有 or a bracketed label).
# Chrome with whatever the reflow joined under it (the licence line 互联网新闻信息服务许可证…ICP备…: the footer's rest).
# The years must follow: 《Copyright Law》… or a sentence opening with a Latin word is not tried. Only lines opening with
# C, c or © are tried (COPYRIGHT_SIGN_FIRSTS).
COPYRIGHT_SIGN_LINE = re.compile(r"^(?:[Cc](?:opyright|OPYRIGHT)\s*(?:©|[(（][Cc][)）])?|©)\s*(?:19|20)\d\d\b")
COPYRIGHT_SIGN_FIRSTS = "Cc©"

# ---- qa188: a list's items bulleted with an arrow ----
# ▶ 原汁原味的民俗活动，让游客感受乡愁； / ► 依托老屋改造的咖啡馆，满足打卡需求。: the items of a list a WeChat or web
# page bullets with an arrowhead, one a line under a lead ending in a colon. Each line opens a block (BLOCK_START: the
# first must not run into the lead over it), and an item that ends like a sentence or a clause is a paragraph whose
# bullet is markup (rule 7; units.unit). One that ends otherwise stays what it was (▶ 一图读懂｜…: a link under 往期推荐,
# ▶ 热度之下: a heading).
ARROW_BULLETS = "▶►▸"
ARROW_BULLET_ITEM = re.compile(r"^[▶►▸][ \t　]*(\S.*[。；;，,：:])$")
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^[{ARROW_BULLETS}]")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile(f"[{ARROW_BULLETS}]"))

# ---- qa188: an editor's note between a Markdown article's title and its byline ----
# 编者按：… / 【编者按】… / 编者的话：…: the label of the editors' note a WeChat post in Markdown prints under its # title,
# over the writer's line (作者 | 甲 乙): residue (articles.editor_note_under_title). The editors' label only, closed by a
# bracket or a colon: a lead box (导读：…) stays the text's first paragraph. Only lines opening with 编, 【 or [ are
# tried (EDITORS_LABEL_FIRSTS).
EDITORS_LABELLED_NOTE = re.compile(r"^(?:[【\[]\s*(?:编者按|编按|编者的话)\s*[】\]]|(?:编者按|编按|编者的话)\s*[:：])")
EDITORS_LABEL_FIRSTS = "编【["

# ---- qa188: a WeChat post's list of its parts under its lead ----
# 🔹 热度之下：游客为何而来 / 🔹 隐忧浮现：同质化与“一阵风” / … (the emoji gone) under a 导读 box, each line a part's heading
# that stands again over that part: a table of contents (units.with_contents_of_later_headings) when the run names at
# least this many of the later headings (one repeated line may be a title echoed as a heading).
CONTENTS_HEADINGS_MIN = 2
# ... and the run is this many lines at least: one line naming two later lines is a title whose wrapped form stands under
# it (滨川市人民政府办公室关于…的实施方案 / 滨川市人民政府办公室 / 关于…的实施方案), no contents.
CONTENTS_LINES_MIN = 2

# ---- qa188: a reprint's source line at an article's end ----
# 本文来源：《东海发展参考》2026年第5期 / 本文来源：某某研究院: the line naming where a WeChat or web post first appeared,
# under its text: a line of fields (as 来源：… is, METADATA_FIELD_LINE) that opens and closes its block, so the line under
# it (a disclaimer, *本文仅代表作者个人观点…*) does not run into it and into the source. Only lines opening with 本 are
# tried (reflow.block_stops).
OWN_LINE_REPRINT_SOURCE = re.compile(r"^本文来源\s*[:：]")
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|{OWN_LINE_REPRINT_SOURCE.pattern}")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)

# ---- qa188: a source field naming a publication in book-title marks ----
# 本文来源：《东海发展参考》2026年第5期，原标题为《…》 / 来源：《南岭日报》2026年4月8日: the field names the publication in
# book-title marks, then its issue and more; the source is the name in the marks (as a reprint note's is,
# SOURCE_NOTE: （原载《北川观察》2026年第5期） gives 北川观察). Only values opening with 《 are tried (bylines.source).
BOOKED_SOURCE_VALUE = re.compile(r"^《([^《》]{2,30})》")

# ---- qa191: a title wrapped over three lines in a narrow newspaper column ----
# 人民时评 / 今日谈 / 来论: a line naming a commentary column (a word of CORNER_COLUMN_WORDS, or one of the 谈 kind
# ending a word of two to five characters): over two title lines it is the column's label, never a title's first line
# (articles.narrow_column_head_lines). A Taiwan paper's page of readers' op-eds labels each 投书 (读者投书) so (qa259).
COLUMN_NAME_LINE = re.compile(rf"^[{CJK}]{{0,4}}(?:{CORNER_COLUMN_WORDS}|谈|论|评|投书)$")

# 坚持守正创新， / 健全城乡融合体制机制 / text: the first line of a section heading wrapped after its comma, a line of its
# own under a paragraph's end (units.with_comma_wrapped_headings): a short phrase with no other mark, then the comma.
COMMA_WRAPPED_HEADING_LINE = re.compile(r"^[^，。；：？！、,;:?!（）()“”\s]{2,12}，$")

# ---- qa264: a numbered item's heading line wrapped onto a line of its own ----
# 2、推进“一县一业”特色产业 / 集群建设 / text, on a page of one paragraph a line: the rest of an item's heading line
# (units.with_wrapped_item_headings), a short phrase with no clause mark, no colon and no marker of its own.
WRAPPED_ITEM_HEADING_REST = re.compile(r"^[^，。；：？！、,;:?!（）()\s\d]{2,10}$")
# The other items of the heading's family go straight on to their text at least this many times (an unmarked short
# line under each of them would be a subheading or a name, under one only it is a wrapped rest).
WRAPPED_ITEM_SIBLINGS_MIN = 2

# ---- qa192: a note's circled mark right after a quoted term ----
# 新增“四上”企业①68家 / 支持“两重”②建设项目: a circled digit glued to a closing quote or book-title mark marks the term
# for a note (名词解释 under the text), as one before a punctuation mark does (FOOTNOTE_MARK_FOLLOWERS); an item never opens
# right after a quoted term with no break before it. Tested only on the circled markers found (measures.inline_markers).
NOTE_MARKED_TERM_ENDS = "”’」』》"

# ---- qa192: a glossary appended under its 附： label ----
# 附：名词解释 / 附件：名词解释 / 附录 名词解释 over numbered terms (①“两重”建设：…): a report prints its glossary as an
# appendix; the label names it as one, then the glossary's own label (GLOSSARY_HEADING, from after its ^).
APPENDED_GLOSSARY_HEADING = re.compile(rf"^附(?:件|录)?\s*[:：]?\s*{GLOSSARY_HEADING.pattern[1:]}")

# ---- qa197: a guest line naming its guests, each with a bracketed post ----
# **嘉宾：** 蒋某某（某大学教授）　梁某某（某县民政局局长）　窦某某（某基金会秘书长）: a roundtable's guest line naming every
# guest on one line (or one guest), a name and its post in brackets each, parted by spaces or 、/；: a list, however long (a
# turn under the label says something besides, 蒋某（笑）这个…). Tried only on a guest label's body (units.introduces_guest).
GUEST_NAMES_WITH_POSTS = re.compile(rf"^(?:{PERSON_NAME}\s*[（(][^（）()]{{2,40}}[）)][\s、，,；;]*)+$")

# ---- qa194: a run of stopped section headings each over a 一是 list ----
# （一）夯实数字基础设施。 / 一是推进网络设施…。二是… / （二）发展数字经济。 / 一是…: a plan's parts headed by stopped lines, the
# list under each numbered 一是…二是…; a paragraph opening with 一是 opens a list under the line as 1. does
# (FIRST_SUBITEM_OPENER), not 一是一、二是二 (an idiom). (units.holds_list_under)
FIRST_SHI_ITEM_OPENER = re.compile(r"^一是(?![一二])")
# 围绕…，一是推进…: the first item's marker after a lead, the substring tested before the paragraph's markers are read.
FIRST_SHI_ITEM = "一是"

# ---- qa194: an official document's masthead over its wrapped title ----
# 某某省人民政府办公厅文件 / 某某省人民政府办公厅关于做好… / …工作的通知: the last character of the masthead line
# (GOV_MASTHEAD_END) as a character class for reflow.lines_of: the cheap first test of the lines that close their block
# at a document's head (reflow.head_masthead_lines).
GOV_MASTHEAD_LAST = re.compile(GOV_MASTHEAD_END[-1])

# ---- qa193: a reporter's byline naming where the report was filed from ----
# 本报记者 卜凡 发自东川 / 南方周末记者 某某 发自北京 / （记者 某某 发自南屏）: the place a report was filed from, after the
# names and a space, is no name (as 北京报道 after them is not: REPORTER_WORK_END). Tried only on bylines holding 发自
# (bylines.reporter_text).
REPORTER_FILED_FROM_END = re.compile(rf"[ 　]+发自[{CJK}]{{2,8}}$")

# ---- qa193: a news subtitle wrapped before the word naming what the piece is ----
# ——南屏市推进历史文化街区保护利用 / 见闻: a report's subtitle names what it is at its end (见闻, 调查, 侧记, …), and a
# column may wrap it before that word; the short rest, alone on the line under the subtitle, closes the subtitle (which
# the subtitle's first line then does not: SUBTITLE_GENRE_END), never a title line of its own (units.with_wrapped_subtitles).
_SUBTITLE_GENRE = r"(?:见闻|调查|纪实|侧记|综述|观察|述评|记事|探访|巡礼|扫描|启示|思考|手记|札记|为例|蹲点记)"
SUBTITLE_GENRE_REST = re.compile(rf"^[^\s。，；：！？、“”]{{0,12}}{_SUBTITLE_GENRE}$")
SUBTITLE_GENRE_END = re.compile(rf"{_SUBTITLE_GENRE}$")

# ---- qa193: a continuation note set without brackets ----
# 下转第8版 / 上接第1版 / ▶下转第3版 / ■转A3版: some papers set the note that an article goes on on (or comes from) another
# page without brackets, maybe after a pointer mark: the same note as CONTINUATION_NOTE, a line of its own. Tried only on
# lines opening with BARE_CONTINUATION_NOTE_INITIAL (units.plain_unit, reflow.own_line_furniture).
BARE_CONTINUATION_NOTE = re.compile(rf"^[▶►■◆]?\s*(?:下转|上接|紧接|转|接)\s*第?\s*(?:[A-Z]?\d{{1,2}}|[{CN_NUM}]{{1,3}})\s*版$")
BARE_CONTINUATION_NOTE_INITIALS = "下上紧转接▶►■◆"
BARE_CONTINUATION_NOTE_INITIAL = re.compile(f"[{BARE_CONTINUATION_NOTE_INITIALS}]")
# The same note saying that the article comes from another page (上接第1版), as CONTINUED_FROM says it in brackets.
BARE_CONTINUED_FROM = re.compile(r"^[▶►■◆]?\s*(?:上接|紧接|接)")

# ---- qa193: a reporter's byline set letter-spaced ----
# 本 报 记 者 司 徒 明 / 记 者 温 如 海  贾 思 琪: a byline in a letter-spaced column, every character apart by a space and the
# names apart by two or more; read without the spaces, the names parted as the wider gaps part them (bylines.byline).
# Tried only on lines spaced from their start (a space after the first and the third character).
LETTER_SPACED_HAN_LINE = re.compile(rf"^[{CJK}](?: {{1,3}}[{CJK}]){{4,24}}$")
# Two spaces or more: the gap parting two letter-spaced names.
SPACED_NAMES_GAP = re.compile(r" {2,}")
# The role (with the outlet before it) and the names after it, once the line is read without its single spaces.
DESPACED_REPORTER_BYLINE = re.compile(rf"^([{CJK}]{{0,8}}?(?:记者|通讯员|评论员))((?:[{CJK}]{{2,4}})(?:　[{CJK}]{{2,4}})*)$")

# ---- qa195: PDF debris, report covers and dates with no day ----
# ?■ 护老者才是…: a stray question mark of PDF extraction before a box bullet (a failed glyph) is debris as one before a
# marker is (STRAY_BEFORE_HEADING); the bullet after it is read as a bare one is (units.unit). Tried only on lines
# opening with one of STRAY_QUESTION_MARKS.
STRAY_QUESTION_MARKS = "?？"
STRAY_QUESTION_BEFORE_BULLET = re.compile(r"^[?？]+(?=[■□◆●])")

# 出版日期：2026年10月 / 完成日期：中华民国114年9月 / 印行日期：2026-10: a report's cover gives the month it came out as a
# field of its own under the writers, often with no day: front matter, no heading or title (units.unit). Tried only on
# lines opening with one of REPORT_DATE_FIELD_FIRSTS.
REPORT_DATE_FIELD_LINE = re.compile(r"^(?:出版|印行|刊行|完成|发行|报告)(?:日期|时间)\s*[:：]\s*(?:中华民国|民国)?\d{2,4}\s*(?:年\s*\d{1,2}\s*月"
                                    r"(?:\s*\d{1,2}\s*日)?|[-/.]\s*\d{1,2}(?:\s*[-/.]\s*\d{1,2})?)$")
REPORT_DATE_FIELD_FIRSTS = "出印刊完发报"

# 政策研究报告　PR-2026-017 / 研究简报 PB-25-03: a think tank's report series and the report's catalogue code (capital letters,
# then numbers parted by hyphens), over the title: a masthead line, a block of its own, not the title's first line, as a
# working paper's series line is (reflow.is_working_paper_line). The lines holding WORKING_PAPER_LINE_MARKS are tried.
# (The institution may stand a gap apart from a series' name of its own, 某研究院　政策研究报告, and the code may open
# with the institution's letters before the series', NDRI-PR-115-07, qa275.)
REPORT_SERIES_CODE_LINE = re.compile(
    rf"^[{CJK}]{{0,24}}?(?:[ \t　]+[{CJK}]{{0,8}}?)?[ \t　]?(?:工作论文|讨论稿|工作报告|研究简报|政策简报|研究报告|政策报告)(?:系列)?"
    r"\s*[｜|丨·・]?\s*(?:[A-Z]{2,5}\s*[-－—–]\s*)?[A-Z]{1,4}\s*[-－—–]?\s*\d{2,4}(?:\s*[-－—–/.]\s*\d{1,4}){1,2}$")

# 表1　主要变项定义 / 变项 定义 资料来源 / 就医距离 病人户籍地至就医院所之道路距离（公里） 健保申报资料 / …: a table of three
# columns extracted as lines under its numbered caption (NUMBERED_CAPTION), its cells words with no sentence punctuation,
# one space apart after rule 5: the head row and the rows, each a block of its own (reflow.three_column_rows_under_captions),
# neither a heading nor a paragraph wrapped over them. Only lines with two spaces, in a run right under a caption.
THREE_CELL_ROW = re.compile(r"^[^\s，。；！？,;!?]{1,20} [^\s，。；！？,;!?]{1,30} [^\s，。；！？,;!?]{1,20}$")
THREE_CELL_ROWS_MIN = 2

# 张某1　李某2 / 摘要 / … / Keywords: … / 1 某某大学公共行政学系副教授，通讯作者 / 2 某某大学…研究所博士生: the notes the ASCII
# numbers of a paper's author line point to, set as a star's are (STARRED_NOTE_LINE) at the first page's foot after the
# front matter, the number apart from the institution by a space: affiliations, no decimal headings (units.with_affiliations).
# The line names an institution (_INSTITUTION_ENDS), as DIGIT_AFFILIATION_LINE's do.
SPACED_DIGIT_AFFILIATION_LINE = re.compile(rf"^(\d{{1,2}})\s+(?=[^。\n]*?(?:{_INSTITUTION_ENDS}))[^。]{{2,160}}$")

# 撰稿人｜甲　乙 / 撰文人：甲: a report's cover labels its writers as the persons who wrote it up (人 after 撰稿 or 撰文), a
# byline's label as 撰稿 is (bylines.byline reads it so). Tried only on lines opening with 撰.
WRITER_PERSON_LABEL = re.compile(r"^(撰稿|撰文)人(?=\s*[:：/／丨|｜])")

# 关键词：远距医疗、医疗可近性、 / 偏乡、健康不平等: a keywords line wrapped after a keyword's separator (、；;，,) goes on on the
# next line, however short either line (reflow.keyword_rests): the rest is keywords, no heading. Only lines opening with
# one of KEYWORDS_LINE_FIRST's characters and ending with one of KEYWORDS_WRAP_SEPARATORS are tried.
KEYWORDS_LINE_FIRST = re.compile("[关【\\[［KkＫ]")
KEYWORDS_WRAP_SEPARATORS = "、；;，,"

# ---- qa196: a WeChat account's ID after the source it names ----
# 内容来源：江东日报（ID：jiangdongrb） / 来源：某某发布（微信号：mmfb）: a post reprinted from an account names its WeChat ID in
# brackets after it; the source is the name before the bracket (bylines.source). Tried only on values holding a bracket.
SOURCE_ACCOUNT_ID = re.compile(r"[（(]\s*(?:微信)?(?:公众号)?(?:ID|id|号)\s*$")

# ---- qa196: several writers on a WeChat head line ----
# 原创 宋之衡 经略智库 2025年09月18日 07:30 上海 / 原创 林知远 章若溪 某某研究 2026-11-03 08:00 北京: a WeChat head line
# labelled 原创 names its writers (up to four names of two to four Han characters, apart by spaces) before the account, the
# last word before the date however short; without a writer (原创 经略智库 2025-…) it names none. The writers are the
# authors of an article that has no byline (segment.authors_in_text). (It replaces WECHAT_HEAD_WRITER, one name only.)
WECHAT_HEAD_WRITERS = re.compile(rf"^原创[ \t]+{_WECHAT_WRITER_ROLE}([{HAN}]{{2,4}}(?:[ \t]+[{HAN}]{{2,4}}){{0,3}})[ \t]+[{CJK}\w·]{{2,20}}[ \t]+\d{{4}}[-/.年]")
# The gap between two writers on it.
WECHAT_HEAD_WRITER_GAP = re.compile(r"[ \t]+")

# ---- qa196: every writer an 作者简介 line profiles ----
# 作者简介：孟某，某研究院助理研究员；江某，该所研究实习员。: a profile line under a post names each writer in turn, each
# entry a name then a comma, apart by a semicolon or a full stop (as an author note's are, NOTE_AUTHOR); AUTHOR_FIELD takes
# the first, this each later one (bylines.field_authors). Tried only on lines holding 简介.
PROFILE_NEXT_AUTHOR = re.compile(rf"[；;。]\s*({PERSON_NAME})[，,]")

# ---- qa198: a theory page's running head that numbers the page before its column and the paper ----
# 6 理论 西川日报 2026年9月22日 星期二 / 11 理论 经济日报 …: the page's number, its name, then the paper's name and the date
# (OUTLET_PAGE_HEAD_LINE's shape with the page number before it). Tried only where the running-head rules are tried
# (reflow.is_page_head, after its substring test).
NUMBERED_OUTLET_PAGE_HEAD_LINE = re.compile(rf"^{_PAGE_NUMBER}\s+[{CJK}]{{1,8}}(?:[·・][{CJK}]{{1,8}})?\s+{OUTLET}\s+{_PAGE_HEAD_DATE}")

# ---- qa199: bracketed catalogue fields ----
# ［中图分类号］D630　［文献标识码］A　［文章编号］1674-7453（2026）06-0056-07: a paper's catalogue codes under bracketed labels
# close their block as the labels with a colon do (METADATA_FIELD_LINE, reflow.block_stops): a line of codes never wraps
# into prose, and set wide by its gaps it would run into the first paragraph under it. Codes only: a bracketed note
# (［作者简介］…) may wrap. Tried only on lines opening with one of BRACKETED_LABEL_OPENERS.
BRACKETED_CATALOGUE_FIELD_LINE = re.compile(r"^[【\[［]\s*(?:中图分?类号|文献标[识志]码|文章编号|DOI)\s*[】\]］]")
BRACKETED_LABEL_OPENERS = "【[［"

# ---- qa199: a running head with the cumulative issue ----
# 行政管理改革　　2026年第6期（总第218期）: a journal's running head giving the cumulative issue after the year's (总第N期, a
# count only periodicals keep), whatever word the journal's name ends with: furniture, never a title's line
# (reflow.is_spaced_masthead). Tried only on lines holding 总第. (Numbered in 号 as well, as a Taiwan journal numbers
# its issues: 经济前瞻 2026年第7号（总第118号）, qa278.)
CUMULATIVE_ISSUE_HEAD_LINE = re.compile(
    rf"^[{CJK}][{CJK}·]{{1,15}}[ \t]+(?:\d{{4}}\s*年\s*)?第\s*\d{{1,3}}\s*([期号])\s*[（(]\s*总第\s*\d{{1,5}}\s*\1\s*[）)]$"
    rf"|^(?:\d{{4}}\s*年\s*)?第\s*\d{{1,3}}\s*([期号])\s*[（(]\s*总第\s*\d{{1,5}}\s*\2\s*[）)][ \t]+[{CJK}][{CJK}·]{{1,15}}$")
CUMULATIVE_ISSUE_WORD = "总第"

# ---- qa199: numbered author names, one letter-spaced ----
# 彭嘉禾1　蒋 若 溪2　唐卫东1 / 沈 佳 丽1，唐 子 谦2: a paper's authors each followed by the number of the affiliation
# (maybe 1,2 or a star), one or all of them letter-spaced: the number ends each name, so the spaces inside a name are
# letter-spacing, not separators, once the line's full-width gaps are half-width spaces (bylines.byline). Tried only on
# lines with a space ending with a digit or a star.
_NUMBERED_NAME = rf"[{CJK}](?: ?[{CJK}]){{1,4}}\d{{1,2}}(?:[,，]\d{{1,2}})*\*{{0,2}}"
SPACED_NUMBERED_NAMES_LINE = re.compile(rf"^{_NUMBERED_NAME}(?:[ \t]*[ \t，,、][ \t]*{_NUMBERED_NAME})+$")
SPACE_BETWEEN_CJK = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}])")
NUMBERED_NAME_LAST = "0123456789*"

# ---- qa199: a paper's short decimal heading ends at its line ----
# 1 引言 / 2.2.2 交通可达性渠道: a paper's section number, a space, a short heading with no clause mark or digit: such a
# heading ends at its line, so the line under it, an indent short of the column, is its text's first line, not the
# heading's second (reflow.ends_heading_under_short_line). Tried only on lines opening with a digit.
SPACED_DECIMAL_HEADING_LINE = re.compile(rf"^[1-9]\d?(?:\.\d{{1,2}}){{0,3}}\.?[ \t]+[{CJK}][^，。；：！？,;:!?\d]{{0,24}}$")

# ---- qa199: a transcript's stage note on its own line ----
# （掌声） / （热烈掌声） / （笑声） / （全场起立鼓掌）: a speech transcript's note of what the hall did, set on a line of its own
# between paragraphs: residue (units.STAGE_NOTE), no heading of a section after it. Tried only on short lines opening
# and closing with a bracket.
STAGE_NOTE_LINE = re.compile(r"[（(]\s*(?:全场|会场)?(?:热烈|长时间|持久|再次)?(?:起立)?(?:掌声|鼓掌|笑声|欢笑|众笑)"
                             r"(?:雷动|经久不息)?\s*[）)]")
STAGE_NOTE_MAX_CHARS = 12

# ---- qa246: a transcript's note on how it was taken down, on its own line ----
# （根据录音整理） / （根据录音整理，有删节） / （本文据现场录音整理，未经本人审阅）: an editor's note that a speech was written up
# from its recording, set under the text: residue (units.STAGE_NOTE) as the hall's applause is, no paragraph of the
# speech (a Markdown page makes every line a paragraph) and no heading. It opens with 根据/据, so a dated line under
# the title (（2026年3月5日，根据录音整理）) stays the date; no colon, so a note naming who wrote it up (…。整理：某某) stays
# a byline. Tried only on bracketed lines holding 录音.
TRANSCRIPT_NOTE_LINE = re.compile(r"[（(]\s*(?:本文)?(?:根据|据)[^（）()：:]{0,8}录音整理[^（）()：:]{0,16}[）)]")
# （本文有删节） / （有删节） / （发表时略有删节） / （内容有删减）: the editor's note that the text printed is cut, set under it
# the same way: residue (units.STAGE_NOTE), no paragraph and no heading. The whole line is the note, so a sentence
# saying what was cut (…，有删节。) stays text. Tried only on bracketed lines holding 删 (qa265).
CUT_NOTE_LINE = re.compile(r"[（(]\s*(?:本文|全文|原文|文章|内容|讲话)?(?:发表|刊发|刊登|编发)?时?"
                           r"(?:略有|有所|已有|已作|有|作了)(?:删节|删减|删改)\s*[）)]")

# ---- qa199: a journal's running head with the volume, the name and the month ----
# 第42卷　第6期　　城市发展研究　　2026年11月 / 2026年11月　城市发展研究　第42卷第6期: a journal page's running head giving the
# volume and issue, the journal's name and the issue's month, apart by spaces: furniture, lifted from a paragraph that
# runs on over the page break as JOURNAL_PAGE_HEAD_LINE's shapes are (reflow.is_spaced_masthead). Tried only on lines
# holding 卷.
_HEAD_MONTH = r"\d{4}\s*年\s*\d{1,2}\s*月"
JOURNAL_VOLUME_MONTH_HEAD_LINE = re.compile(
    rf"^{_JOURNAL_VOLUME}[ \t]+{_JOURNAL_NAME}[ \t]+{_HEAD_MONTH}$|^{_HEAD_MONTH}[ \t]+{_JOURNAL_NAME}[ \t]+{_JOURNAL_VOLUME}$")

# ---- qa200: a bulleted list set one item a line ----
# ●…去向落实率保持在90%以上； / ●…带动就业1.5万人以上。 / 以上目标分解到各区。: what ends a list item set on one line (a
# clause's or a sentence's end); under such an item, a ● item that ends a sentence is whole, and the line under the
# list's last item is no rest of it (reflow.follows_one_line_item).
ONE_LINE_ITEM_ENDS = "。；;！？"

# ---- qa200: a task table's cell wrapped onto a line of its own ----
# 2 新建或改造乡镇商贸中心 市商务局 市发展改革委，市住房城乡建设局， / 各县（市、区）人民政府: a task table's last cell (the
# duty bodies, a list) wrapped where the column ends: the row stops at a list comma, the rest is one cell on the line
# under it, ending no sentence; it goes on the row (reflow.is_wrapped_cell), and the table's rows go on under it.
WRAPPED_CELL_ROW_ENDS = "，、"
WRAPPED_CELL_NOT_ENDS = "。！？：；"
# 人民政府 under 2 粪污收运 县农业农村局 县供销社、各乡镇 持续推进, over row 3: a cell inside the row wrapped onto a line of its
# own between two rows holds at most this many characters (reflow.is_inner_cell_rest, qa237).
INNER_CELL_REST_MAX_CHARS = 10

# ---- qa274: a decree's number under its Markdown title ----
# # 某某省人民政府令 / **第75号**: the number of a government decree on a line of its own under the decree's title (bold,
# so read as a heading): a field of the title, front matter, no section (units.with_issuers_under_titles).
DECREE_NUMBER_LINE = re.compile(r"^[（(]?第\s*\d{1,4}\s*号[）)]?$")

# ---- qa274: a table cell's rest set under its own cell ----
# 1      推进管网延伸      县住建局      县生态环境分局、相关乡    2026年底 / (52 spaces) 镇: a PDF extraction keeps a
# table's columns by spaces, and a cell wrapped inside its column leaves its rest on a line of its own, indented to the
# column's start. Before the spaces collapse (normalize.with_cell_rests_in_cells), the rest goes back to the end of the
# cell over it whose start its indent meets, counted in characters or in monospace columns (a Han character two), so
# the row reads 县生态环境分局、相关乡镇 2026年底, not …2026年底镇. A line may hold the rests of several cells, each under
# its own (和接管工作 under the task, 镇 under the duty bodies), all of them meeting a cell or the line stays. A rest: a
# run of at most INNER_CELL_REST_MAX_CHARS characters (no space); the line: CELL_REST_MIN_INDENT spaces, then rests
# apart by two spaces or more; the row: CELL_REST_ROW_MIN_CELLS cells or more apart by two spaces or more. (A literal of
# that many spaces after a newline is what the whole text is searched for.)
CELL_REST_MIN_INDENT = 4
# (A table padded with ideographic spaces, as a word processor's text export sets one, is measured with each such
# space as two; two of them open a line too.)
FULL_WIDTH_SPACE = "\u3000"
CELL_REST_PROBE = re.compile("\n(?:" + " " * CELL_REST_MIN_INDENT + "|\u3000\u3000)")
CELL_REST_LINE = re.compile(" {%d,}[^ ]{1,%d}(?:  +[^ ]{1,%d})*" % (CELL_REST_MIN_INDENT, INNER_CELL_REST_MAX_CHARS,
                                                                   INNER_CELL_REST_MAX_CHARS))
TABLE_ROW_CELL = re.compile("[^ ]+(?: [^ ]+)*")
CELL_REST_ROW_MIN_CELLS = 4

# ---- qa200: a task table set in plain text with bars between its cells ----
# 序号 | 重点任务 | 牵头单位 | 配合单位 / 1 | 落实扩岗补助政策 | 市人社局 | 市财政局，市税务局: a table copied into a .txt
# with its cells parted by bars (maybe with a bar at each end, | 1 | … |). A line of three cells or more so parted; the
# run of such lines with as many cells each, two of them opening with a row number, is a table: each row a block of its
# own (reflow.barred_table_rows), text whose bars leave and whose cells are apart by spaces, as a Markdown table's are
# (units.with_barred_table_rows); its rule row (|---|---|) leaves as in Markdown (extract.raw_document). A single
# such line (a portal's 发布机构：… | 发布日期：… fields, a navigation bar 首页 | 新闻 | 政务) is no table.
PIPE_TABLE_LINE = re.compile(r"^[ \t]*\|?[^|\n]*[^|\s][^|\n]*(?:\|[^|\n]*[^|\s][^|\n]*){2,}\|?[ \t]*$", re.M)
# 1 | … / | 12 | …: a row opening with its number (序号).
PIPE_TABLE_NUMBERED_ROW = re.compile(r"^\|?[ \t]*\d{1,3}[ \t]*\|")
PIPE_TABLE_MIN_NUMBERED_ROWS = 2

# ---- qa201: digests of short items, a brief's distribution lines ----
# 【来源】中国政府网 2026-11-03 / 【来源】江东日报: a digest item's source set as one bracketed label and its value on a line of
# its own (no sentence in the value): the line of fields 来源：… is (segment.unbracketed_fields rewrites it so). A lone
# 【来源】 with nothing after it may label a box, and a value holding a sentence is a box's text, so neither is read.
BRACKETED_SOURCE_FIELD = re.compile(r"^【\s*((?:本文|文章|信息|稿件)?来源)\s*】\s*([^【】。，；！？,;!?]{2,40}?)\s*$")
# 报：省委、省政府主要领导同志 / 送：省发展改革委、省民政厅 / 发：各市县研究室: a think-tank brief's distribution lines at its
# foot labelled by one character (报 to superiors, 送 to peers, 发 to those below), as 抄送：/报送：… are (CREDIT_LINE): the
# readers the issue goes to, a credit, no text of the last piece (units.unit). A list of bodies: two at least, parted by 、,
# no sentence mark, no further colon (a wrapped 人民日 / 报：… line holds a sentence). Tried only on lines opening with
# one of SHORT_DISTRIBUTION_INITIALS.
SHORT_DISTRIBUTION_INITIALS = "报送发"
SHORT_DISTRIBUTION_LINE = re.compile(r"^[报送发][ \t　]*[:：][ \t　]*[^。！？；：:“”]{2,}、[^。！？；：:“”]{2,}$")
# 报：市委、市政府主要领导　　送：市发展改革委、市财政局: the two lines set on one, the 送 (or 发) list after a gap: a credit
# the same way. Its second label comes after the first list (报 before 送 before 发, as the lines stand), and the line
# holds 、 (units.unit tests it) (qa257).
PAIRED_DISTRIBUTION_LINE = re.compile(r"^[报送][ \t　]*[:：][^。！？；：:“”]{2,60}?[ \t　]*[送发][ \t　]*[:：][^。！？；：:“”]{2,}$")
# The same line ending with a body's or its heads' last word (…主要领导同志, …民政厅, …各部门): whole on its line, it opens and
# closes its block (reflow.short_distribution_lines, block_stops), so 报：… and 送：… under it are not joined as wrapped text.
SHORT_DISTRIBUTION_LINE_ENDED = re.compile(r"^[报送发][ \t　]*[:：][^。！？；：:“”]{2,}、[^。！？；：:“”]*"
                                           r"(?:同志|领导|[厅局室部院处司署府门位办]|[^常]委)$")
# A digest (政策周报, 要闻摘编) holds at least this many items, each a title over its source line over text
# (articles.split_on_digest_items); one such item is a web article's head.
DIGEST_ITEMS_MIN = 2

# ---- qa201: a brief's bare 目录 over its notes ----
# 1. 县域养老… / ◎ 关于加快… / 一、…: the mark an entry of a brief's list of its notes opens with (a number and a stop, a
# bullet): taken off, the first entry is the first note's title as printed under the list (articles.lists_first_title_under).
CONTENTS_ENTRY_MARK = re.compile(rf"^\s*(?:\d{{1,2}}\s*[.．、]|[{CN_NUM}]{{1,3}}、|[◎●○·•■□◆◇▲△★☆])\s*")
# An unmarked entry of such a list names a note of the issue when it is at least this long (a title: 关于加快发展… ); a
# plan's section word (前言, 总则) is shorter.
BRIEF_NOTE_TITLE_MIN_CHARS = 8

# ---- qa201: a guest field's wrapped rest naming guests with their posts in brackets ----
# 本期嘉宾：甲某（某局副局长） 乙某（某大学教授） / 丙某（某集团总经理）: the guests named each with the post in brackets after
# the name, the list run on to the next line: that line names guests too (units.with_guests_under_guest_line), no
# byline (a name and its post in brackets reads as one).
GUEST_NAMES_BRACKETED_POSTS = re.compile(rf"^(?:{PERSON_NAME}\s*[（(][^（）()]{{2,40}}[）)][ 　、，,；;]*)+$")

# ---- qa201: a supplier's credit naming the drafters too ----
# （供稿：省循环经济研究中心　执笔：顾某某） / （供稿：某处；撰稿：甲、乙）: a brief's closing credit naming the body that supplied
# the note, then its drafters (group 1): a byline under the text, as （执笔：…） alone is (WRITERS_CREDITS_NOTE), not a
# credit naming nobody (CREDIT_LINE's 供稿：…). Tried only on lines opening with a bracket (units.furniture_kind).
SUPPLIER_WRITERS_NOTE = re.compile(r"^[（(]\s*供稿\s*[:：][^:：（）()]{2,30}?[ 　，,;；|｜]+(?:执笔|撰稿)人?\s*[:：]\s*"
                                   r"([^:：（）()]{2,30}?)\s*[）)]$")

# ---- qa201: a pointer glyph before a title ----
# ▶ 国务院办公厅印发… / ► 某市启动…: a digest or news list sets a pointer before each item's title to catch the eye, as
# emoji are (HEADING_EMOJI_EDGES): no words of the title (segment.title_text). Tried only on titles opening with one of
# TITLE_POINTER_GLYPHS.
TITLE_POINTER_GLYPHS = "▶►▷▸▹➤➢"
TITLE_POINTER_START = re.compile(f"^[{TITLE_POINTER_GLYPHS}]+\\s*")

# ---- sp28: MARKED_OR_FURNITURE_LINE part by part, each with the first characters of its matches ----
# MARKED_OR_FURNITURE_LINE's parts in its order, furniture's pattern by pattern (FURNITURE_LINE matches where any of them
# does), each with the characters a match of it can begin with (tests/test_units.py derives them from each pattern's parse,
# and checks that the parts make up MARKED_OR_FURNITURE_LINE). units.start_part tries only the parts a text's first
# character opens, in this order: the first to match is the part MARKED_OR_FURNITURE_LINE's match names (an alternation
# matches by its first alternative that does), at a fraction of the cost of that call, which enters every part (each
# opens with ^, which leaves re no first character to rule the others out by). DOC_NUMBER_LINE's matches open with almost
# any character: its initials are None, and start_part tries it only on text whose last two characters hold
# DOC_NUMBER_END (every match ends with it, before $, which allows a line break after it).
MARKED_OR_FURNITURE_PARTS: tuple[tuple[str, re.Pattern[str], re.Pattern[str] | None], ...] = tuple(
    (name, pattern, None if initials is None else re.compile(f"[{initials}]", pattern.flags))
    for name, pattern, initials in (
        ("stray", STRAY_BEFORE_HEADING, "?？■□◆●"),
        ("furniture", PULL_QUOTE, "■□◆●"),
        ("furniture", SUBTITLE, r"(（\-—─"),
        ("furniture", CAPTION, "图表"),
        ("furniture", CREDIT_LINE, r"\s(（\[［【供分制图审抄投报排摄本来校终编美课责策统监出"),
        ("furniture", WEB_CHROME, r"\s(（\-:：E\[【上下中主你免关分喜声大字小延当往您打扫承推收新查浏点版相知网背资转返长阅首读热精排"),
        ("furniture", AUTHOR_NOTE, r"(（\[［【"),
        ("furniture", ABSTRACT_LINE, r"\s\[［【内提摘"),
        ("furniture", KEYWORDS_LINE, r"\sK\[［【关"),         # (case-insensitive, as the pattern: k too)
        ("furniture", SOURCE_DATE_LINE, r"\dDJd\[［【下专中主作信修出分原发在地基引录成投接撰收文日时本来标稿索网通内素课"),
        ("furniture", DATE_ONLY_LINE, r"\d\s(（一二"),
        ("furniture", DOC_NUMBER_LINE, None),
        ("furniture", PAGE_FOOTNOTE, r"\d"),
        *((family, pattern, {"volume": "第", "chapter": "第", "part": "第", "formal_cn": FORMAL_CN_NUM, "cn": CN_NUM,
                             "paren_cn": "(（", "letter": "A-H", "decimal": "1-9"}[family])
          for family, pattern in SECTION_MARKERS),
        ("item", ITEM_ARABIC, r"\d"),
    ))

# ---- sp28: cheap tests before the patterns of units.shaped_short_line ----
# Every character a TOOLBAR_LINE match can begin with (its first button word's; tests/test_reflow.py derives them from
# the pattern): reflow.is_nav_bar tries the pattern only on lines opening with one, which few lines do.
TOOLBAR_INITIALS = "下在全HPC阅收分打引导评推微Q朋复"

# ---- sp29: what shaped_byline needs of a line that opens with no name, label or bullet ----
# bylines.shaped_byline accepts a line that BYLINE_START does not match and that opens with no bullet (BYLINE_BULLETS)
# only by a shape that needs one of these: a space or an ideographic space (INSTITUTION_NAMES_LINE,
# DEPARTMENT_NAMES_LINE; CREDIT_FIELDS and READER_COUNTER_FIELD, cut before the rest is read again), a slash
# (NAME_SLASH_POST_LINE, OUTLET_SLASH_BYLINE, SLASH_WEN_BYLINE) or a bar (BARRED_CREDIT_FIELDS), a word of OFFICE_WORD,
# ROLE_WORD or THINK_TANK_POST_WORD (each tried only when its word is found), or an end of ORG_AUTHOR_ENDS (ORG_AUTHOR);
# every other shape opens with a name or a label, as BYLINE_START does. (A line break is let through too: ORG_AUTHOR's $
# matches before a last one.) byline() refuses the lines holding none at once; tests/test_bylines.py checks the claims.
UNSTARTED_BYLINE_NEED = re.compile(rf"[ \u3000\n/{FULL_WIDTH_SLASH}{''.join(CREDIT_BARS)}]"
                                   rf"|{OFFICE_WORD.pattern}|{ROLE_WORD.pattern}|{THINK_TANK_POST_WORD.pattern}")
# The ends ORG_AUTHOR's match closes with (_ORG_SUFFIXES as a tuple, for str.endswith).
ORG_AUTHOR_ENDS = tuple(_ORG_SUFFIXES.split("|"))

# byline() accepts a line holding ， or 。 only when it opens with one of these (tests/test_bylines.py checks each): a label
# it reads or cuts first (SELF_AUTHOR_LABEL, COLUMNIST_AUTHOR_LABELS, SPEAKER_BYLINE_LABELS, TEXT_PHOTO_LABEL_INITIALS,
# 【, BYLINE_LABEL_INITIALS), a dash, a bracket or a name (DASH_SIGNATURE, DIGEST_BYLINE, NOTED_TRANSCRIBER_BYLINE,
# NAMES_WITH_AUTHOR_NOTE, COMMA_NAMES_LINE), a bullet (BULLETED_SIGNATURE, qa203), or it holds a word of REPORTER_ROLE_WORDS (REPORTER_THEN_CREDIT_FIELD
# cuts the credit after it); what else it does to a line keeps its first character and every clause mark. byline()
# refuses the other clause lines at once (bylines.surely_unsigned): a short paragraph of a block, most of them.
CLAUSE_BYLINE_INITIALS = frozenset(
    SELF_AUTHOR_LABEL[0] + "".join(label[0] for label in (*COLUMNIST_AUTHOR_LABELS, *SPEAKER_BYLINE_LABELS))
    + "".join(label[0] for label in TEXT_PHOTO_LABEL_INITIALS) + "【" + BYLINE_LABEL_INITIALS + DASH_SIGNATURE_INITIALS
    + DIGEST_BYLINE_INITIALS + "（(" + BYLINE_BULLETS + SURNAMES + "".join(surname[0] for surname in COMPOUND_SURNAMES)
    + "〔［")   # (a byline wholly in brackets, 〔文／某某，某会干事〕: the brackets leave, BRACKETED_LABELLED_BYLINE, qa275)

# ---- qa203: a Hong Kong paper's dateline naming its reporters after the bracket ----
# 【本报讯】记者陈嘉欣、何志强报道：… / 【本报讯】记者梁雅雯报道：…: a Hong Kong paper's dateline, which names the item's
# reporters after the bracketed 本报讯 and before 报道: the item's byline, as 本报讯（记者…） is (units.dated_byline);
# the words up to the colon leave the text. Only datelines holding REPORTED_DATELINE_MARK within their first
# REPORTED_DATELINE_HEAD characters are tried.
REPORTED_DATELINE = re.compile(rf"^(?:【\s*{_NEWS_DATELINE_HEAD}\s*】|{_NEWS_DATELINE_HEAD}[ 　])\s*(?:本报)?记者\s*({_NAMES})\s*报道\s*[:：，,]\s*")
REPORTED_DATELINE_MARK = "报道"
REPORTED_DATELINE_HEAD = 40

# ---- qa203: a forum contributor's signature after a bullet, with a clause in its aside ----
# ◎ 陈某（科技业工程师．新竹市） / ◎ 陈某（新竹市，退休教师）: a Taiwan forum page signs each reader's piece after a bullseye,
# the writer's post and town in the aside parted by a comma or a dot (． becomes 。 between Han characters): the
# names before their asides are the byline (bylines.names_with_asides), as a dash signature's (DASH_SIGNATURE) are.
# Only lines opening with BYLINE_BULLETS are tried; those initials are CLAUSE_BYLINE_INITIALS' too.
BULLETED_SIGNATURE = re.compile(rf"^[{BYLINE_BULLETS}]\s*([^{BYLINE_BULLETS}\s].*[）)])$")

# ---- sp30: the parts of MARKED_OR_FURNITURE_LINE a digit-led text matches only when it opens with four digits ----
# SOURCE_DATE_LINE's one alternative that may open with a digit opens with _DATETIME_FIELD's \d{4}; DATE_ONLY_LINE's
# optional bracket and \s* match nothing before a digit, then \d{4}. So units.start_part does not try them on a text
# that opens with a decimal digit (\d, str.isdecimal) but not with four (tests/test_units.py checks it on the parse).
FOUR_DIGIT_LED_PARTS = (SOURCE_DATE_LINE, DATE_ONLY_LINE)

# ---- qa204: a speaker's office and name glued after a title's subtitle on one line ----
# 政府工作报告——2026年1月10日在某市第十七届人民代表大会第五次会议上 市长 张三: a portal's copy of a work report or a
# speech that sets its title, its subtitle (——…会议上) and its speaker (OFFICE_BYLINE's shape) on one line. Group 1 is the
# title with its subtitle (or the subtitle alone), group 2 the speaker, who goes on a line of his own so that he is
# read as the byline (segment.with_speakers_off_subtitles; only lines holding SUBTITLE_DASH are tried).
SUBTITLE_DASH = "——"
SPEAKER_AFTER_SUBTITLE = re.compile(rf"^([^\s。！？]{{0,40}}?——[^\s。！？]{{4,80}}?)[ 　]+"
                                    rf"((?:[{CJK}]{{2,12}}、){{0,3}}{_OFFICE_POST}[ 　]+(?:{PERSON_NAME}|{_PADDED_NAME}))$")

# ---- qa204: a table's note under its rows with no numbered caption over them ----
# 地区生产总值（亿元） 3120 4150 5.5%左右 〔预期性〕 / … / 注：〔〕内为指标属性。: a plan's indicator table under a heading
# or an unnumbered caption line (“十五五”时期经济社会发展主要指标) rather than 表1 …, its rows extracted a row a line. The
# note under the rows (CAPTION_NOTE_LINE) says what the table's marks mean: it goes with the table, as under a numbered
# caption, not into the text after the rows (units.with_notes_under_table_rows). Fewest rows right over the note: one
# or two spaced lines over a 注： line may be anything.
TABLE_ROWS_OVER_NOTE_MIN = 3

# ---- qa202: a two-character name signing a piece titled amid a text signed at its head ----
# A report signed at its head / its text / a commentary's title / its text / 许 澄: a lone line of a surname and one
# more character signs the piece titled amid the text, as a longer name does (articles.signs_titled_piece_amid_text),
# unless it ends as a column's label word (来论, 时评: their first characters are surnames too): a column's label
# of two characters ends with a word of comment or speech.
COLUMN_LABEL_WORD_ENDINGS = "论评议谈言语说声话见"
TWO_CHARACTER_SIGNATURE = re.compile(rf"^[{SURNAMES}][{CJK}](?<![{COLUMN_LABEL_WORD_ENDINGS}])$")

# ---- qa202: a commentary boxed at the end of a report ----
# 评 论 / 短评 / 【快评】 alone on its line over a title and text at the end of a report's text: the label of a short
# commentary boxed under the report, a piece of its own under that title (articles.split_on_reporters_note, as a
# reporter's note is), signed at its end or not, never a section heading of the report. Unlike COMMENTARY_BOX_LABEL it
# takes a letter-spaced label (评 论). Only plain lines holding 评 or 编 are matched.
# 编 后 / 【编后语】 over a title and text there is such a box too (qa256): the editors' comment on the report under a
# title of its own is a piece as a 短评 is, not the report's last section; untitled, right over its words, it stays the
# afterword on the report, an editor's note (is_afterword_span, afterword_note: the line under it is no title).
COMMENTARY_LABEL_AFTER_REPORT = re.compile(
    r"^[【\[]?\s*(?:[短快微锐小时]\s*评|评\s*论|编\s*后(?:\s*[语记])?)\s*[】\]]?$")

# ---- qa202: a reporter's byline ----
# 本报记者 某某 / 新华社记者 某某 / 记者 某某 通讯员 某某: a byline holding 记者 signs a report; reporters get no author
# note (（作者单位：…）, （作者系…）), so such a note after a heading amid a report closes another piece
# (articles.split_on_foreign_note). A substring test.
REPORTER_WORD = "记者"

# ---- qa205: a profile box's biography cut after its first line ----
# 郑某某，1972年生，管理学博士，研究员，现任省某 / 研究院院长，…。: a biography's first line under a profile label
# (人物简介), opening with the person's name and a comma: set in a box narrower than the text, a short box's first line
# reads as a line of its own, the rest as a paragraph (units.with_profiles).
BIO_OPENING_NAME = re.compile(rf"^{PERSON_NAME}[，,]")


# ---- qa205: a reporter's field in a line of fields ----
# 2026-06-03 09:15 来源：某某网 记者：韦某某 / 来源：某某网 本网记者：甲、乙 编辑：丙: a web page's line of fields naming its
# reporters in a 记者： field (bylines.field_authors), as an 作者： field (AUTHOR_FIELD) names its writers.
REPORTER_FIELD = re.compile(
    rf"记者\s*[:：]\s*({_NAME}(?:(?:[、，,]\s*|[ 　]+){_NAME})*)"
    r"(?=[\s，,；;|｜]|$|(?:责任编辑|编辑|责编|来源|出处|日期|发布|时间|点击|浏览|阅读|通讯员|摄影)\s*[:：]|\d{4}[-/.年])")


# ---- qa288: a reporter's field without a colon in a line of fields parted by bars ----
# 来源：某某日报 | 2026-05-19 08:40 | 记者 钟某某 | 阅读 3261: a web page's line of fields parted by bars whose reporter's
# field is the role and the name(s) apart by a space, as a byline line of its own writes them (记者 某某): the article's
# authors (bylines.field_authors), as REPORTER_FIELD's 记者：… field. The field must stand between bars (or a bar and the
# line's end or start): the role word inside a field's text (来源：某某记者站) names no one. Only lines holding 记者 and a
# bar are tried.
BARRED_REPORTER_FIELD = re.compile(
    rf"(?:^|[|｜丨])[ 　]*(?:本报|本网|本台)?记者[ 　]+({_NAME}(?:(?:[、，,]\s*|[ 　]){_NAME})*)[ 　]*(?=[|｜丨]|$)")
FIELD_BARS = ("|", "｜", "丨")

# ---- qa206: a title's line under a bulleted quote ----
# A short line of Han characters, digits and Latin letters only, no punctuation, bracket, dash or quotation mark:
# a title's line (第三批国家级), which a quote's tail (……用得上。, ——某某, （摘自…）) never is (reflow.is_bare_title_line).
BARE_TITLE_LINE = re.compile(rf"[{CJK}0-9A-Za-z]+")

# ---- qa208: web and WeChat end matter ----
# 主办：某省农业农村厅　网站标识码：5200000032　某ICP备05001234号: a government site's footer fields run together on one
# line with the site's code or its ICP number, wider than WEB_CHROME_MAX_WIDTH allows for chrome: chrome of any width
# (units.is_web_chrome; tried only on lines WEB_CHROME matched already). The code or number must follow: a line of text
# opening with 主办 and a colon (主办：市商务局，协办：…。) names no site code.
SITE_FOOTER_LINE = re.compile(rf"^(?:{SITE_FOOTER_FIELDS})\s*[:：][^。！？]*(?:网站标识码|ICP备|备案号)")
# 本文仅代表作者个人观点，转载请注明出处。 / 文章仅代表作者本人观点，如需转载请联系本号。: a disclaimer under the text
# (DISCLAIMER_LINE's shape) run on with a request on reprinting it: chrome all the same (units.chrome_line, tried on
# lines opening with CHROME_LINE_INITIALS). The whole line must be the two clauses.
DISCLAIMER_WITH_REPRINT_LINE = re.compile(
    r"^(?:本文|本报告|本期|文章|以上|文中观点)[^（）()。！？，,]{0,12}(?:仅|只|不)代表[^（）()。！？，,]{1,40}"
    r"(?:立场|观点|看法|意见)[，,；;]\s*(?:如需|如|若需|欢迎)?(?:转载|引用)[^（）()。！？]{0,20}(?:注明|联系)[^（）()。！？]{0,12}[。.]?$")

# ---- qa210: a roundtable's ■ topic heading over a turn ----
# 主持人：… / 记者：… / 问：… / 答：…: a host's or reporter's turn, which right under a ■ line makes that line a topic's
# heading over the turn, no pull quote running on into it (reflow.turns_under_boxed_headings). Tried only on lines
# under a ■ line holding a full-width colon near their head.
HOST_OR_REPORTER_TURN_LINE = re.compile(r"^(?:主持人|(?:本报)?记者|[问答])\s*[：:]")

# ---- qa209: a paper's first-page notes printed amid a sentence ----
# 收稿日期：2025-03-02 / *基金项目：… / 作者简介：…: the notes a journal sets at its first page's foot, which PDF extraction
# puts between the page's last line and the next page's first, however the sentence runs on across them
# (reflow.with_paper_notes_after_cut_text). A line opening so (maybe after its star) begins the run of notes; the words
# are what a document's raw text (not yet Simplified) is searched for before any line is tried.
FIRST_PAGE_NOTE_LINE = re.compile(r"^[*＊]?(?:收稿日期|修回日期|基金项目|作者简介|通[信讯]作者)\s*[:：]")
FIRST_PAGE_NOTE_WORDS = ("收稿日期", "基金项目", "基金項目", "作者简介", "作者簡介")


# ---- qa209: a barred table of figures in plain text, some cells empty ----
# | 产业 | 2024年 | 2027年 | 2030年 | / | 软件和信息技术服务 | 138 |  | 320 |: a plan's indicator table copied into a .txt
# with bars between its cells, some left empty (no figure for that year), its rows named, not numbered. A line of three
# cells or more parted by bars, any of them empty but one at least holding a character (PIPE_TABLE_LINE wants every
# cell filled); a run of such lines with as many cells each is a table when it holds PIPE_TABLE_MIN_NUMBERED_ROWS
# numbered rows, or when it is PIPE_TABLE_MIN_FIGURE_RUN lines or more of PIPE_TABLE_MIN_FIGURE_CELLS cells or more (as
# a table's row set apart by spaces has, reflow.table_rows) and each line under the first holds a figure in a cell after
# its first (reflow.barred_table_rows): a navigation bar or a line of portal fields stands alone, and holds no figure a
# row.
PIPE_TABLE_LINE_WITH_EMPTY_CELLS = re.compile(r"^[ \t]*\|?(?=[^\n]*[^|\s])[^|\n]*(?:\|[^|\n]*){2,}\|?[ \t]*$", re.M)
PIPE_TABLE_MIN_FIGURE_RUN = 3
PIPE_TABLE_MIN_FIGURE_CELLS = 4


# ---- qa209: a table's unit line under its caption ----
# 表2　重点产业规模预测 / 单位：亿元 / (the rows): the unit the table's figures are in, on a line of its own between the
# numbered caption and the rows (maybe bracketed, （单位：万元）): the caption's, no heading of a section over the rows
# (units.with_caption_notes). Tried only on the unit right under a caption.
TABLE_UNIT_LINE = re.compile(r"^[（(]?\s*(?:计量|金额)?单位\s*[:：]\s*[^\s，。；,;]{1,12}\s*[）)]?$")


# ---- qa209: a blank form's rows under its 序号 head row ----
# 序号 检查类别 检查户次 发现问题数 / 1 学校食堂 / 2 校外供餐单位: a form a notice's annex prints for the units to fill in,
# its head row opening with 序号 over four cells or more, its rows numbered 1, 2, 3… in turn with the first cells only
# (the empty ones leave no trace in plain text): the rows are text, each a block of its own, not headings numbered 1, 2
# (reflow.serial_table_rows, units.with_serial_table_rows). Found by a substring search for the head's word first.
SERIAL_HEAD_WORD = "序号"
SERIAL_HEAD_ROW = re.compile(r"^序号(?:[ \t]+\S+){3,}$")
SERIAL_ROW = re.compile(r"^(\d{1,3})[ \t]+\S")
SERIAL_ROWS_MIN = 2

# ---- qa207: an editorial's label ----
# 社论 / 社评 / 社 论 alone on its line over a title: the paper's editorial, signed by no one; a signature after a title
# line amid its text closes another piece (articles.split_off_piece_signed_after_editorial). Matched against the few
# lines a span keeps as residue.
EDITORIAL_LABEL_LINE = re.compile(r"^社\s*[论评]$")


# ---- qa207: a bracketed dateline then the reporters in brackets ----
# 【本报讯】（记者麦某某）政府… / 【本报讯】(记者 甲、乙)…: a Hong Kong paper's dateline in lenticular brackets, then the
# item's reporters in round ones, as 本报讯（记者…） names them (NEWS_DATELINE): the item's byline (units.dated_byline),
# dateline and brackets no text. Only datelines opening with UNSIGNED_DATELINE_PREFIXES are tried.
LENTICULAR_DATELINE_WITH_REPORTERS = re.compile(rf"^【\s*{_NEWS_DATELINE_HEAD}\s*】\s*[（(]([^（）()]{{2,40}})[）)]\s*")


# ---- qa207: a running head dated with slashes ----
# 经济日报 2026/11/24 A4 焦点 / 某某时报 2026/11/24 星期二 A4: a running head that opens with the paper's name, then the
# date in figures parted by slashes, maybe no weekday: the page number that says it is one (A4, 第4版) after the date,
# maybe after the column's name, tells it from a title or a line of text opening with a date (reflow.is_page_head,
# tried only on lines holding a slash).
SLASH_DATED_OUTLET_PAGE_HEAD_LINE = re.compile(
    rf"^(?:[{CJK}]{{1,8}}\s+)?{OUTLET}\s+\d{{4}}/\d{{1,2}}/\d{{1,2}}(?:\s*(?:星期|周)[一二三四五六日天])?"
    rf"(?:\s+[{CJK}]{{1,8}})?\s+{_MARKED_PAGE_NUMBER}(?:\s+[{CJK}]{{1,8}})?$")


# ---- qa207: a subtitle of two phrases under a headline of two ----
# 缺工潮延烧 移工政策再松绑 / 劳动部拟开放服务业引进中阶技术人力 最快明年上路: a Hong Kong or Taiwan paper's headline of two
# phrases over a longer subtitle of two phrases parted by one gap (articles.is_gapped_subtitle): the lower line's gap
# sets no column head's words apart, and the two lines are the title, as under HEADLINE_COUPLET's headline line.
GAPPED_SUBTITLE_LINE = re.compile(rf"^[{CJK}“”「」《》\d]{{6,30}}[ 　][{CJK}“”「」《》\d]{{4,30}}$")
# 社宅包租代管扩大 房东减税再加码 / 内政部拍板第五期计划 四年拚媒合八万户: over such a gapped subtitle, the headline's
# phrases run longer than HEADLINE_COUPLET's (up to ten characters each); group 1 the first phrase, as there (qa235).
GAPPED_HEADLINE_COUPLET = re.compile(rf"^([{CJK}“”「」]{{4,10}})[ 　]([{CJK}“”「」]{{4,10}})$")


# ---- qa207: a commentary page's disclaimer ----
# 本版文章为作者个人意见，不代表本报立场。 / （本版所刊文章不代表本报立场） / 本版评论仅代表作者观点，并不代表本报立场: a
# commentary page's disclaimer under its last piece, naming the page (本版) where OPINION_DISCLAIMER_LINE names the
# article (本文): a credit, no paragraph of the text (units.opinion_disclaimer). The closing 不代表…立场 clause is asked
# for; tried only on lines opening with PAGE_DISCLAIMER_HEAD (after a bracket), under OPINION_DISCLAIMER_FIRSTS' prefilter.
PAGE_DISCLAIMER_HEAD = "本版"
PAGE_DISCLAIMER_LINE = re.compile(
    r"^[（(]?本版(?:所[刊载登]?)?(?:文章|言论|评论|内容|观点|稿件|来稿)?[^（）()。！？]{0,16}?(?:[，,；;]\s*)?"
    r"(?:并|亦)?(?:不|未必)(?:一定)?(?:代表|反映)[^（）()。！？]{1,30}(?:立场|观点|意见|看法)[。.]?[）)]?$")


# ---- qa207: a commentary signed after its text by the name and an academic post ----
# ……。 / 梁某某　某某大学公共政策学系副教授: a Hong Kong commentary's signature on the line after its last paragraph, the
# writer's name, a gap, then the institution and post (no brackets, no label): the name signs the piece
# (segment.ArticleBuilder.closing_name_post). Only that closing line is tried; over a guest's profile the same shape
# introduces a guest (POST_ENDS leaves academic posts out of bylines).
NAME_POST_SIGNATURE = re.compile(
    rf"^({PERSON_NAME})[ 　]+[{CJK}]{{2,30}}(?:{_INSTITUTION_ENDS})[{CJK}]{{0,16}}?"
    r"(?:副?教授|讲师|助理教授|客座教授|名誉教授|副?研究员|高级研究员|博士|院长|所长|主任)$")


# ---- qa207: a running head's weekday in brackets ----
# 星岛日报 2026年11月24日（星期二） A8 港闻: a Hong Kong paper's running head sets the weekday in brackets after the date;
# read without them (reflow.is_page_head) it is a running head of the usual shapes. Tried on lines holding a bracket.
BRACKETED_WEEKDAY = re.compile(r"[（(]\s*((?:星期|周)[一二三四五六日天])\s*[）)]")

# ---- sp32: where a speaker's label ends ----
# SPEAKER_LABEL's colon stands after a label of one to eight characters: every match holds it among the text's first
# nine characters, which units.speaker_label tests for it (a short slice, not a scan of the whole paragraph).
SPEAKER_LABEL_HEAD_CHARS = 9
assert SPEAKER_LABEL.pattern == r"^([^\s：:，。；、“”（）()《》]{1,8})[：:]", "SPEAKER_LABEL_HEAD_CHARS counts its label"

# ---- qa211: an author note under a title ----
# （作者：某某，系某党校教授）: how far into a bracketed note its 作者 label may stand (after the bracket and a space),
# the cheap test before a note under a title is read as the article's byline (units.with_author_notes_under_titles).
HEAD_AUTHOR_NOTE_REACH = 4

# ---- qa213: report covers, team credits naming drafters, supply credits, distribution sentences, guest bios ----
# 2026年第17号（总第142号） / 第17号（总第142号）　2026年10月: a research report series' number on its cover, counted in 号
# as a brief's issue is in 期 (ISSUE_DATE_LINE), the cumulative number beside it (without it, 2026年第17号 may be a
# notice's document number): masthead, no title (units.is_issue_line). Tried only on lines ending as it does.
REPORT_NUMBER_LINE = re.compile(
    r"^(?:\d{4}\s*年\s*)?第\s*\d{1,4}\s*号\s*[（(]\s*总第\s*\d{1,5}\s*号\s*[）)]"
    r"(?:[ \t　]+\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?$")
REPORT_NUMBER_LINE_LASTS = "）)日月"
# 课题组组长：甲；成员：乙、丙；执笔：丙、丁 (or in brackets): a report's team list under its text that names its drafters
# after the leader and the members, fields parted by semicolons or commas: the leader (group 1) and the drafters
# (group 2) sign the report, as 课题组组长：甲 执笔：乙 over the text does (TEAM_WRITERS_BYLINE); the members alone
# (OWN_LINE_TEAM_LIST, CREDIT_LINE's 课题组成员：…) sign nothing. A NOTE with its byline (units.team_writers_note).
TEAM_WRITERS_NOTE = re.compile(
    rf"^[（(]?\s*课题组?(?:组长|负责人)\s*[:：]\s*({_TEAM_NAMES})\s*[；;，,]\s*"
    rf"(?:[^:：（）()；;。]{{1,8}}[:：][^:：（）()；;。]{{1,60}}[；;，,]\s*)*?"
    rf"(?:执笔|撰稿)人?\s*[:：]\s*({_TEAM_NAMES})\s*[）)]?$")
TEAM_WRITERS_NOTE_INITIALS = "课（("
# （市统计局　供稿） / （本文由市统计局供稿） / （供稿：省某某研究中心）: a brief's note naming the body that supplied an item,
# no author: a credit (units.supply_credit_note) that closes the item over it, as （执笔：…） does (articles.closes_article),
# so a title under it opens the next item. Tried only on bracketed lines holding 供稿.
SUPPLY_CREDIT_NOTE = re.compile(r"^[（(]\s*(?:供稿\s*[:：]\s*[^（）()：:，。,]{2,30}|(?:本文|本期)?由?[^（）()：:，。,]{2,30}?\s*供稿)\s*[）)]$")
# 报：市委常委，市人大常委会、市政府、市政协领导同志。 / 送：各区县人民政府，市政府各部门。: a brief's distribution line
# closed as a sentence, its bodies parted by commas too (SHORT_DISTRIBUTION_LINE_ENDED's shape, with no full stop and
# 、 between bodies): the readers, a credit. The line ends with a body's word and a full stop, and holds no clause's
# other marks.
DISTRIBUTION_SENTENCE_LINE = re.compile(r"^[报送发][ \t　]*[:：][^。！？；：:“”]{2,60}?[、，,][^。！？；：:“”]{0,60}"
                                        r"(?:同志|领导|单位|[厅局室部院处司署府门位办]|[^常]委)。$")
# （钱某，1968年生，农学博士，现任省某某厅厅长。）: a guest's profile in brackets on a line of its own, opening with the
# name and the year of birth: front matter of an interview (as 受访者简介：… is), no text. Tried only on bracketed lines
# holding 年生 or 年出生.
BRACKETED_GUEST_PROFILE = re.compile(rf"^[（(]\s*{PERSON_NAME}\s*[，,]\s*\d{{4}}\s*年(?:\s*\d{{1,2}}\s*月)?出?生[，,。][^（）()]{{4,200}}[）)]$")
BRACKETED_GUEST_PROFILE_WORDS = ("年生", "年出生", "月生", "月出生")

# ---- qa214: a reader's letter signed with a province-led place and what the writer does ----
# 湖南长沙 退休教师 刘晓雯 / 江苏南京 社区工作者 顾 青: a letter signed under its text with the place written without its
# levels (a province's short name first), then what the writer does, then the name. PROVINCE_PLACE_SIGNATURE takes only
# READER_WORDS between the place and the name; an occupation (a word that ends as _OCCUPATION_ASIDE's or a worker's do:
# 教师, 职工, 干部 …, maybe after a qualifier: 退休, 乡村) is no name either. Tried only on lines opening with a province's
# name that PROVINCE_PLACE_SIGNATURE refused (bylines.place_signature); the place must not end like an outlet.
_WRITER_OCCUPATION = rf"[{CJK}]{{0,4}}?(?:{_OCCUPATION_ASIDE}|职工|工人|农民|干部|老师|学生|党员|志愿者)"
PROVINCE_PLACE_OCCUPATION_SIGNATURE = re.compile(
    rf"^(?:{'|'.join(PROVINCE_SHORT_NAMES)})[{CJK}]{{1,4}}(?<![报网社台刊站])[ 　]+{_WRITER_OCCUPATION}[ 　]+({_NAMES})"
    rf"(?<![省市区县州旗盟镇乡村])$")

# ……让居民充电不再难。（湖南长沙 刘晓雯） / ……（江宁省东川市 退休教师 邵庆和）: a reader's letter signed in brackets at the
# end of its last paragraph with the place it comes from (a province's short name first, or names with their levels)
# and maybe what the writer does, but no READER_WORDS (READER_TRAILING_SIGNATURE needs one): the name signs the
# letter (units.trailing_signature; group 1 holds the names). The place must not end like an outlet (（河北日报 张三）).
PLACE_TRAILING_SIGNATURE = re.compile(
    rf"(?<=[。！？”’」』])[（(]\s*(?:(?:{'|'.join(PROVINCE_SHORT_NAMES)})[{CJK}]{{1,4}}(?<![报网社台刊站])|{_PLACE})"
    rf"(?:[ 　]+{_WRITER_OCCUPATION})?[ 　]+({_NAMES})(?<![省市区县州旗盟镇乡村])\s*[）)]$")

# ---- qa212: a disclaimer behind a reference mark ----
# ※ 本文不代表本報立場。 / ※本文僅代表作者個人觀點: a Taiwanese paper prints the disclaimer under an op-ed behind a
# reference mark: the mark leaves for the test, and the rest is tried as a bare disclaimer is (units.marked_disclaimer;
# a line opening with REFERENCE_MARKS only).
REFERENCE_MARKS = "※"
REFERENCE_MARK_LEAD = re.compile(r"^※\s*")
# A line opening with the reference mark is a note of its own: it opens a block (reflow.block_starts), never the rest
# of an unpunctuated line over it (a link's title, on a page with a blank line after every line).
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|^※")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile(REFERENCE_MARKS))

# ---- qa212: a forum writer's town in brackets after a bullseye and the name ----
# ◎ 许文彦（台北市） / ◎ 林某（新竹县）: a Taiwan forum page signs a reader's piece with the name and, in brackets, the
# town the writer lives in, a city or county word of two to five characters (not the post NAMES_WITH_ASIDES takes).
# Only after a byline bullet (bylines.shaped_byline): a bare name with a place after it (张江（上海）) is no signature.
NAME_WITH_TOWN_LINE = re.compile(rf"^({_NAME})\s*[（(][{CJK}]{{1,4}}[市县][）)]$")

# ---- qa212: a column's name, a bar and the columnist's name under a title ----
# 经脉纵横｜石山客 / 港事评点 | 林某: a Hong Kong commentary prints its column's name and, after a bar, the columnist's
# (pen) name on the line under its title: the name is the byline (bylines.shaped_byline, tried only on a line holding a
# NAME_INSTITUTION_BARS bar). A name of two or three characters only: a column's name before a title (TITLE_COLUMN)
# wants four characters or more after the bar. The column's name has four characters or more and names no credit's
# role (责任编辑｜某某, 特约评论员｜某某 are credits or roles, ROLE_WORD's, not a column).
COLUMN_BAR_NAME_LINE = re.compile(rf"^(?![{CJK}]*(?:{_ROLES}|编辑|校对|审核|摄影|出品|监制|来源|作者|撰稿|策划|统筹))"
                                  rf"[{CJK}]{{4,8}}\s*[｜|]\s*({PERSON_NAME})$")

# ---- qa212: a web page's date line naming its paper under the title ----
# 2026/02/18 05:30　中国时报 / 2026-03-02 08:15 联合新闻网: a news site's line of the date and time and the paper or site
# that printed the piece, under its title: WECHAT_HEAD_LINE's shape, but a paper's name (ending with 报, 网 or 社) is no
# poster's region, so the line over it is the title, not a WeChat account's name (articles.is_dated_head_line).
PAPER_NAME_ENDS = ("报", "网", "社")

# ---- qa215: a document number beside its labelled fields; a site footer naming the bodies before their roles ----
# 青政办明电〔2026〕41号　　发布日期：2026-12-18　　主题分类：安全生产监管: the 文号 line of a document as a portal prints it,
# with the portal's labelled fields beside the number (a Markdown page may set it as a > quote): front matter as
# DOC_NUMBER_BESIDE_FIELD_LINE's number with its bare date is, no paragraph of the text. A field label and its colon
# must follow the gap (units.unit, behind the same 号-and-gap test).
DOC_NUMBER_BESIDE_LABELLED_FIELDS_LINE = re.compile(
    rf"^{DOC_NUMBER_LINE.pattern.removeprefix('^').removesuffix('$')}\s+"
    rf"(?:{GOV_FILE_FIELDS}|发布日期|发布时间|签发人|来源|信息来源)\s*[:：]")
# 某市人民政府办公室主办　　某市大数据中心承办　　联系电话：…: a government site's footer naming each body before its role,
# without the colon of SITE_FOOTER_FIELDS' labels: chrome. The whole line is names and roles apart by gaps, then maybe
# more fields; a sentence (由市文旅局主办，某公司承办。) has punctuation and no gap (units.unit, behind a 主办 substring test).
SITE_RUNNER_ROLE = "主办"
RUNNER_BEFORE_ROLE_FOOTER_LINE = re.compile(
    rf"^[{CJK}（）()]{{2,30}}主办[ \t\u3000]+[{CJK}（）()]{{2,30}}(?:承办|协办|维护|技术支持)(?:[ \t\u3000][^。！？，]*)?$")

# ---- qa215: a closing source line with the editor's credit after it ----
# （来源：某某日报）【编辑：某某】 / （来源：某某网）（责任编辑：某某）: a news site closes a piece with its source and, on the
# same line, the editor's credit in brackets: the source line as SOURCE_CLOSING_LINE's (group 1 or 2: the publication),
# the credit after it no text either (units.closing_source, reflow.source_closing_lines).
SOURCE_CLOSING_WITH_EDITOR_LINE = re.compile(
    rf"^[（(]\s*(?:本文|文章|信息)?(?:来源|稿源|出处)\s*[:：]\s*(?:《([^《》]{{1,20}})》|([^\s，,；;:：（）()《》]{{2,20}}?))"
    rf"(?=[\s，,；;）)]|\d{{4}}\s*[年\-/.])[^（）()]*[）)]"
    rf"\s*[【\[（(]\s*(?:责任编辑|编辑|责编)\s*[:：]\s*[^【】\[\]（）()]{{1,20}}[】\]）)]$")

# ---- qa215: a news page's date and time, then its publisher ----
# 2026-11-19 07:45 | 南岭新闻网 / 2026年11月19日 07:45　南岭新闻网　作者：顾清和: a news page's line of fields under the
# title giving the date first, then the publisher unlabelled, maybe the writer's labelled field after it: front matter
# (units.date_outlet_line), the publisher its source (group 1, bylines.source), the date its date: OUTLET_DATE_LINE's
# publisher-first line the other way round. Rule 5 may have taken out the spaces: the publisher is the run of
# Han characters the rest of the line allows that ends as an outlet's name does (…网, …报, …新闻, …客户端), and a time
# or a bar must part it from the date (2026年3月5日上午召开 is no publisher; a WeChat post's head line gives its writer's
# region there, 2025年07月03日 18:30 江北, …发表于湖南: no publisher either). (A bare name after a bar,
# … | 南岭新闻网 | 顾清和, may be a column's name as well: not taken.)
_DATE_THEN_TIME_OR_BAR = r"\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*(?:\d{1,2}:\d{2}(?::\d{2})?\s*(?:[|｜丨]\s*)?|[|｜丨]\s*)"
DATE_OUTLET_LINE = re.compile(
    rf"^{_DATE_THEN_TIME_OR_BAR}((?:{OUTLET}|[{CJK}]{{1,10}}新闻)(?=$|[\s|｜丨作撰记编责]))"
    rf"(?:\s*(?:[|｜丨]\s*)?(?:作者|撰文|撰稿|记者|编辑|责任编辑|责编)\s*[:：]\s*[{CJK}·\s、，,]{{2,30}})?$")

# ---- qa217: a theory page's topic-box label over the page's topic ----
# 本期关注 / 本期聚焦 / 本期话题 (maybe in brackets): the label of a theory page's topic box, alone on its line, over the
# page's topic line (以县城为载体推进新型城镇化). Where the box has no lead of its own and an article's text titled after
# it follows at once, the label and the topic are column labels (articles.is_column_over_theme), the topic as long as a
# title may be. Tried only on lines opening with 本期 or a bracket.
TOPIC_BOX_LABEL = re.compile(r"^[【\[]?\s*本期(?:关注|聚焦|话题|策划|主题|专题)\s*[】\]]?$")
TOPIC_BOX_LABEL_INITIALS = ("本期", "【本期", "[本期")

# ---- qa218: a WeChat section's number under a photo's caption ----
# ▲ 安置点内，志愿者为转移群众分发物资 / 03 / 能力要“补得上” (or 03 能力要“补得上”): a WeChat page saved as text, a line a
# paragraph, where a ▲ caption that ends with no full stop is followed by the next section's number, on a line of its own
# or spaced off its heading's words: the number opens the section, the caption ends (reflow.joins). Two digits at most,
# as SECTION_NUMBER_LINE_MAX_CHARS: a caption wrapped over a line opening with a count (12名…) runs on.
SECTION_NUMBER_OPENING_LINE = re.compile(rf"^\d{{1,2}}(?:$|[ 　]+[{CJK}“])")

# ---- qa216: newspaper pages (closing marks at a line's head, Q&A box titles, author notes, letter-spacing) ----
# ” 」 ） ， 。 …: marks Chinese typesetting never sets at a line's head on purpose; a line that opens with one has
# had it pushed past the column's edge by the extraction (…走路十分钟都能办完。 / ”在社区住了二十多年的吴阿姨说。),
# so it goes on from the full line above and opens no paragraph. (？ and ！ are not among them: a stray ？ before a
# heading is PDF debris, STRAY_QUESTION_MARKS.)
LINE_CANNOT_OPEN = "”’」』》〉），。、；："

# 怎样理解“因地制宜发展新质生产力”？ / 问：… / 答：…: the one short question a Q&A box is titled by, on a line of its own
# over the box's first labelled question (QA_BOX_PARAGRAPH): no sentence inside it, quotes allowed (QUESTION_HEADING
# leaves them out: a web explainer's subheadings are told by their series, this title by the turns under it).
QA_BOX_TITLE = re.compile(r"^[^\s，。；：:？！?!]{4,30}？$")
QA_BOX_QUESTION_LABEL = "问"

# （作者：简安澜 东川大学环境学院教授）: an author note that names the writers, then after a space their institution and
# post with no 系/为 or field label between (NOTE_AUTHOR wants one, NOTE_AUTHORS_THEN_UNIT the 单位： label): the names
# before the space are the authors (bylines.note_authors; on the note as written, the space still there).
NOTE_AUTHORS_THEN_POST = re.compile(rf"^[（(]\s*作者\s*[:：]\s*({_NAMES})[ 　]+[{CJK}（）()]{{2,40}}?"
                                    rf"(?:{'|'.join(_WRITER_NOTE_POSTS)})\s*[）)]$")

# 推 动 5 G 网 络 / G D P 增 长: in a letter-spaced line every character stands apart, digits and Latin letters too, so
# the space between two lone ones is spacing (5G, GDP), not the space between Latin words that rule 5 keeps
# (reflow.with_lone_alnums_unspaced, on letter-spaced blocks only).
# A per cent sign spaced off its number (9 8 %) joins it too (qa229).
SPACED_LONE_ALNUMS = re.compile(r"(?<![0-9A-Za-z])([0-9A-Za-z]) (?=[0-9A-Za-z%％](?![0-9A-Za-z]))")
# The same matches found from their space (sp39): SPACED_LONE_ALNUMS matches at k exactly where this matches at k + 1,
# its lone character and the space read again by a look-behind, with the look-behind before the character inside it
# (the same conditions on characters k - 1 .. k + 3). A pattern opening with a literal is searched for at C speed
# from one space to the next, where one opening with a look-behind runs its program at every character: ~10x less for
# the test whether a block holds a match at all (none do in most blocks that hold a space).
_LONE_ALNUM_BEFORE, _LONE_ALNUM_AFTER = SPACED_LONE_ALNUMS.pattern.split("([0-9A-Za-z]) ")
SPACE_AFTER_LONE_ALNUM = re.compile(f" (?<={_LONE_ALNUM_BEFORE}[0-9A-Za-z] ){_LONE_ALNUM_AFTER}")
# 的 闭 环 机 制 ， 对 群 众 反 映 的 问 / 题 实 行 … 1 2 万 余 件: a paragraph that runs on from an unspaced column into a
# letter-spaced one is not letter-spaced as a whole; the stretch of it set so is (a run of seven single characters or
# more, each followed by one space, most of them Han: the lines join with no space, so a stretch is a line long at
# most), and the lone digits in that stretch are spaced the same (qa229). Unspaced text keeps its spaces (入选第 1 2
# 批), and so does a table row's run of one-character cells (国家级创新平台 个 1 3 预期性: few Han).
LETTER_SPACED_STRETCH = re.compile(r"(?:[^ ] ){6,}[^ ]")

# ---- sp35: what every running head holds ----
# Every line reflow.is_page_head accepts holds 年 (each of its patterns asks for a date with it: _PAGE_HEAD_DATE in
# PAGE_HEAD_LINE, OUTLET_PAGE_HEAD_LINE, COLUMN_NUMBER_PAGE_HEAD_LINE, LATIN_NAMED_OUTLET_PAGE_HEAD_LINE,
# NUMBERED_OUTLET_PAGE_HEAD_LINE, COLON_PAGE_HEAD_LINE, both shapes of COLUMN_PAGE_HEAD_LINES, \d{4}年 in
# COLUMN_AFTER_PAGE_HEAD_LINE) or, dated in figures parted by slashes, "/" (SLASH_DATED_OUTLET_PAGE_HEAD_LINE); the
# rewrites it tries again (respaced_page_head, BRACKETED_WEEKDAY, is_marked_column_page_head, without_page_credits,
# bylines.arabic_dated, which writes 年 only over a CN_NUMERAL_DATE_PARTS match, itself holding 年) add neither. So
# reflow.block_starts calls it only on lines holding one of the two (a fifth of the lines with 日 it tried).
PAGE_HEAD_YEAR_WORD = "年"
PAGE_HEAD_DATE_SLASH = "/"
assert all(PAGE_HEAD_YEAR_WORD in pattern.pattern for pattern in (
    PAGE_HEAD_LINE, OUTLET_PAGE_HEAD_LINE, COLUMN_PAGE_HEAD_LINES, COLUMN_NUMBER_PAGE_HEAD_LINE,
    LATIN_NAMED_OUTLET_PAGE_HEAD_LINE, COLUMN_AFTER_PAGE_HEAD_LINE, NUMBERED_OUTLET_PAGE_HEAD_LINE, COLON_PAGE_HEAD_LINE,
    CN_NUMERAL_DATE_PARTS)) and PAGE_HEAD_DATE_SLASH in SLASH_DATED_OUTLET_PAGE_HEAD_LINE.pattern

# ---- sp35: the first and last characters reflow.bylines_among picks its short lines by ----
# One scan of the short lines' first characters (or last) finds the lines each of these takes, where a membership test
# a line would cost a step each: the lines BYLINE_OPENING may take (BYLINE_OPENING_INITIALS), those opening with a
# province's short name (PROVINCE_INITIALS), with a labelled byline's prefix (LABELLED_BYLINE_PREFIX_INITIAL: the
# first characters of PREFIXED_BYLINE_STARTS, COLUMNIST_AUTHOR_LABELS and SPEAKER_BYLINE_LABELS, reflow's
# LABELLED_BYLINE_PREFIXES), and the lines ending with a bracket (BYLINE_ASIDE_ENDS).
BYLINE_OPENING_INITIAL = re.compile(f"[{BYLINE_OPENING_INITIALS}]")
PROVINCE_INITIAL = re.compile(f"[{PROVINCE_INITIALS}]")
LABELLED_BYLINE_PREFIX_INITIAL = re.compile(
    f"[{''.join(sorted({s[0] for s in (*PREFIXED_BYLINE_STARTS, *COLUMNIST_AUTHOR_LABELS, *SPEAKER_BYLINE_LABELS)}))}]")
BYLINE_ASIDE_END = re.compile(f"[{re.escape(BYLINE_ASIDE_ENDS)}]")
assert not set(BYLINE_OPENING_INITIALS + PROVINCE_INITIALS) & set("\\]^-"), "plain characters in the classes"

# ---- qa221: a key-points box's section holds none of the article's parts ----
# 核心观点 (a key-points label over text, read as a brief's section: KEY_POINTS_LABEL) opens a box at the article's head,
# not a part: the next heading in another grammar (## 一、…, （一）…, 1. …) is a sibling of the box, not a section
# under it (segment.add_section closes the box's section first). The family the box's section is filed under.
KEY_POINTS_BOX_FAMILY = "key_points_box"

# ---- qa220: keywords set apart by spaces alone ----
# 关键词：县域商业体系  农村消费  物流配送: many journals set a paper's keywords apart by spaces alone, no 、；， between
# them; the spaces must split the value before rule 5 collapses them (a space between two CJK characters goes), or the
# keywords run into one (bylines.keywords). Where a punctuation mark separates them, only the marks split (ESG 表现；
# 企业创新: the space is inside a keyword).
KEYWORD_MARK_SEPARATORS = re.compile(r"[；;，,、]+")

# ---- qa224: a reader's letter opens with its salutation on a line of its own ----
# 编辑同志： / 尊敬的编辑： / 记者同志：: a letter printed on a page opens its text with the salutation alone on its line,
# under the letter's title. The salutation is a block of its own (its colon ends no sentence, and a full line above,
# the last of an editor's note, would take it in), and so is a line right over it that ends no sentence: the letter's
# title, which would otherwise run on after the note's last full line (reflow.letter_salutations). Only lines opening
# with one of LETTER_SALUTATION_INITIALS are tried.
LETTER_SALUTATION = re.compile(r"^(?:编辑部?|记者|尊敬的[\u4e00-\u9fff]{1,8})(?:同志|老师)?(?:们)?(?:，?你好|，?您好)?[:：]$")
LETTER_SALUTATION_INITIAL = re.compile("[编记尊]")
LETTER_TITLE_MAX_CHARS = 40

# ---- qa224: a bulleted signature run on after a piece's last sentence ----
# ……忙出好日子”。◎顾清扬 / ……卖出好价钱。  □ 何 川: a commentary signed at its end with a bullet before the name, which
# the PDF's extraction put on the text's last line (the name set flush right on it). The signature goes on a line of
# its own, where it signs the piece as a signature under the text does (reflow.with_run_on_signatures_on_their_lines);
# left on the line, the line ended no sentence, the next title ran on after it and the piece went unsigned. Only
# documents holding one of RUN_ON_SIGNATURE_BULLETS are tried; group 1 is the text, group 2 the signature.
RUN_ON_SIGNATURE_BULLETS = "◎□"
RUN_ON_SIGNATURE = re.compile(rf"^(.*[。！？”’」』])[ 　]*([{RUN_ON_SIGNATURE_BULLETS}][ 　]*{_NAMES})$")

# ---- qa233: a Markdown page of signed columns ----
# ## 某某要算好“长久账” / 作者：某某 (or 文/某某), twice or more in a Markdown document with no level-1 heading: a news
# app's op-ed page sets each column's title as an h2 over its byline; those headings title articles
# (units.signed_headings). One such heading alone is left to the first-heading rule (units.with_markdown_title).
SIGNED_HEADINGS_MIN = 2

# ---- qa233: a project's note under an author note ----
# 本文系某某学院人文社会科学重点项目“…”（项目编号：…）阶段性成果。 on a line of its own, with no star or bracket, right
# under an article's author note: which project the article comes from, part of that note (units.
# with_origin_notes_under_author_notes), never the first line of the next piece. A project, fund or subject and its 成果
# (or the 资助 it had) are asked for, so a web page's notice (本文系本刊独家稿件…) is none. Tried only on lines opening with 本.
ORIGIN_NOTE_LINE = re.compile(r"^本(?:文|研究|成果)(?:系|为|是|受)[^。！？!?]{0,80}?(?:项目|基金|课题)[^。！？!?]{0,80}?"
                              r"(?:成果|资助|支持)[^。！？!?]{0,6}[。.]?$")

# ---- qa239: a series note under a byline at an article's head ----
# > 作者：某某，某研究院研究员 / > 本文系某研究院“产业观察”专栏第42篇 (or 本文为“…”系列评论之三): the line naming the column
# or series the piece runs in, as a think tank's or paper's author box sets it under the byline, unbracketed: front
# matter on the piece (units.with_origin_notes_under_author_notes), not the first line of its text. The column or series and the
# piece's place in it (第N篇, 第N期, 之N) are asked for, so a sentence of the text opening with 本文 is none.
SERIES_NOTE_LINE = re.compile(rf"^本文(?:系|为|是)[^。！？!?]{{0,40}}?(?:专栏|系列|栏目)[^。！？!?]{{0,12}}?"
                              rf"(?:第[{CN_NUM}\d]+[篇期]|之[{CN_NUM}\d]+)[。.]?$")

# ---- qa253: a related-news box's entry pointing to another page ----
# ■简约公屋第二期选址 东涌项目获城规会批准 A6 / ●公屋轮候时间降至五年 第7版: an entry of a newspaper's box of related
# stories (相关新闻) names a story and the page it is on; the page code closes the entry, so the line under it (the next
# story's headline, set right under the box) never continues it (reflow.block_stops). Bullet-opened lines only; the
# page code stands after a gap: an A-to-Z section letter and a page number, or a 版 page.
# PAGE_REFERENCE_END: the gap and page code alone, which also ends the box's list of links (units.with_link_lists).
PAGE_REFERENCE_INITIALS = "■□●◆▲►▶•·．"
PAGE_REFERENCE_END = re.compile(r"[ 　](?:[A-Z]{1,2}\d{1,2}|第?[A-Z]?\d{1,2}版)$")
PAGE_REFERENCE_ENTRY = re.compile(rf"^[{PAGE_REFERENCE_INITIALS}][ 　]*[{CJK}“「《].*[{CJK}”」》]{PAGE_REFERENCE_END.pattern}")

# ---- qa253: a Hong Kong or Taiwan paper's gapped deck under a plain headline ----
# 政府扩大「简约公屋」申请资格 / 轮候逾三年家庭可优先入住 首批单位明年首季落成 (or 文体旅局：明年增办国际赛事 带动旅游消费):
# a news page sets a deck of two phrases parted by one gap, maybe after a speaker's name and colon, under the headline; a
# deck is no title line, and the headline over it, a sentence of its own set wider than a kicker, is none either
# (articles.is_gapped_deck); nor does the deck continue the headline's line (reflow.decks_under_headlines). HEADLINE_UNDER_DECK: the headline, Chinese with quotes, figures and title punctuation only.
GAPPED_DECK_LINE = re.compile(rf"^(?:[{CJK}]{{2,8}}：)?[{CJK}“”「」《》\d]{{6,30}} [{CJK}“”「」《》\d]{{6,30}}$")
HEADLINE_OVER_DECK = re.compile(rf"[{CJK}“”「」《》\d、，：！？]{{6,30}}")
# (qa259) A headline wrapped over two lines over its deck (长照3.0上路在即　卫福部： / 居家服务人力缺口仍逾万人 / 补助额度拟调升
# 偏乡交通费另计), one unit of the lines joined: a gap may part its phrases and a figure hold a decimal point, as a Taiwan
# headline's do; articles.is_gapped_deck weighs its width a line.
WRAPPED_HEADLINE_OVER_DECK = re.compile(rf"(?=.{{6,40}}$)[{CJK}“”「」《》\d.、，：！？]+(?: [{CJK}“”「」《》\d.、，：！？]+)?")
# The deck's phrases are clauses of six characters or more: a stray gap of PDF extraction in a title's second line (民营经济
# 高质量发展) leaves a word or two on one side. The headline's width against the deck's: a narrower line is a kicker
# (half, as articles.KICKER_SHARE), a line as wide or wider the first of a title's two lines.
DECK_HEADLINE_MIN_SHARE = 0.5
DECK_HEADLINE_MAX_SHARE = 0.9

# ---- qa258: a WeChat account's name on a line of its own ----
# 原创 林某 某某发布 2026-05-20 18:00 发表于北京: the field right before a WeChat head line's date (WECHAT_HEAD_LINE) is the
# account that posted the article. A line of the same page that reads that name alone (the account's card under the head
# line; the name over a bare date at the page's top, over the title; a post copied after it, its title over the account's
# name and a bare date) is a field of a post's head, no heading, title or text (units.with_wechat_account_lines); the
# title over it, under an end mark, opens a post of its own (units.is_over_account_line).
WECHAT_HEAD_ACCOUNT = re.compile(rf"([{CJK}\w·]{{2,20}})[ \t]+{_DATETIME}")

# ---- qa276: a WeChat account's card copied with the post ----
# 某某健康观察 / 聚焦…，讲好…故事。 / 386篇原创内容 / 公众号: the card of an account a post embeds (its name, its motto, the
# count of its original posts, the word 公众号), copied as lines of their own: chrome, no text or heading, wherever the
# card stands (units.with_account_cards). The count line is the anchor; the motto over it is a short line at most
# ACCOUNT_CARD_MOTTO_MAX_CHARS long under the name, a short line with no punctuation at most ACCOUNT_CARD_NAME_MAX_CHARS.
ACCOUNT_CARD_COUNT = "篇原创内容"
ACCOUNT_CARD_COUNT_LINE = re.compile(r"^\d{1,5}\s*篇原创内容$")
ACCOUNT_CARD_KIND_WORDS = ("公众号", "视频号", "服务号")
ACCOUNT_CARD_MOTTO_MAX_CHARS = 40
ACCOUNT_CARD_NAME_MAX_CHARS = 20

# ---- qa255: a journal's running head with its name letter-spaced ----
# 城 市 发 展 研 究      2026年第4期 / 第38卷 第4期   经 济 研 究   Vol.38 No.4: a journal sets its name tracked out in the
# running head, a space after every character and a gap before the issue (one space too once runs of spaces are one).
# Read with the name's spaces closed up the line is one of JOURNAL_PAGE_HEAD_LINE's shapes (reflow.is_spaced_masthead),
# furniture that a paragraph runs on over, no section heading. A run of three characters or more, one space apart: 卷 第 (two) and a gap between words stay.
SPACED_JOURNAL_NAME_RUN = re.compile(rf"[{CJK}](?: [{CJK}]){{2,15}}(?![{CJK}])")

# ---- qa255: an author note that goes on to say where the piece first appeared ----
# 作者：甲，某大学某研究院研究员；乙，某研究院博士后。本文原载《某某评论》2026年第2期，略有删改。: a republished article's
# note on its authors (in Markdown set in italics over the title, or under the text) closed by a sentence naming the
# journal it first appeared in: the names and posts before it are the byline (bylines.byline); the reprint sentence
# (REPRINT_NOTE's words, then the issue and maybe a clause on the edit) leaves. Tried only on lines that open with an
# author's label and hold 《.
AUTHOR_NOTE_REPRINT_TAIL = re.compile(r"(?<=[。；;])\s*(?:本文|此文|原文)?(?:原载|原刊|刊发|刊载|首发|发表|刊登)(?:于|在)?\s*"
                                      r"《[^《》]{1,30}》[^《》。]{0,30}[。.]?$")
AUTHOR_NOTE_LABELS = ("作者：", "作者:")

# ---- qa255: a paper's acknowledgements ----
# 致谢：感谢匿名审稿人…。文责自负。 / 【致谢】… / 致 谢 over 感谢…: the acknowledgements a paper or working paper sets after
# its conclusion, before its references: a note on the paper as 基金项目：… is, no paragraph of its argument
# (units.with_boxes_and_inline_notes: notes). ACKNOWLEDGEMENTS_LABEL_LINE: the label alone on its line, which takes
# the paragraph under it when that paragraph thanks (ACKNOWLEDGEMENTS_THANKS).
_ACKNOWLEDGEMENTS_LABEL = r"(?:致\s?谢|鸣\s?谢|谢\s?辞)"
ACKNOWLEDGEMENTS_PARAGRAPH = re.compile(rf"^(?:[【\[［]\s*{_ACKNOWLEDGEMENTS_LABEL}\s*[】\]］]\s*[:：]?|{_ACKNOWLEDGEMENTS_LABEL}\s*[:：])\s*\S")
ACKNOWLEDGEMENTS_LABEL_LINE = re.compile(rf"^[【\[［]?\s*{_ACKNOWLEDGEMENTS_LABEL}\s*[】\]］]?$")
ACKNOWLEDGEMENTS_THANKS = "谢"
# The first characters of either (a membership test before the regexes).
ACKNOWLEDGEMENTS_INITIALS = "致鸣谢【[［"

# ---- qa273: an interview's numbered question lines ----
# 问题一：…？ / (the guest's answer, **某某：**…) / 问题二：…？: an interview that numbers its questions sets each on a line of
# its own over the answer, the heading of the part the answer fills, as a ## question is: a section, its marker the
# label (units.with_numbered_question_headings). Group 1 the marker, group 2 the numeral, group 3 the question: one or
# two questions (no full stop), ending with a question mark. Only in a run of NUMBERED_QUESTIONS_MIN such lines: a
# lone one may be a point of a text (问题一：为何…？ in a list of a report's problems).
NUMBERED_QUESTION_LINE = re.compile(rf"^(问题\s*([{CN_NUM}]{{1,3}}|\d{{1,2}})\s*[：:])\s*([^。！\n]{{4,80}}[？?])$")
NUMBERED_QUESTION_LABEL = "问题"
# 1.问：…？ / 答：… / 2.问：…？: a policy Q&A page (政策问答) numbers its questions as points and labels each 问：, the
# answer under it labelled 答：: each question heads the part its answer fills (the label kept in the heading, as an
# unnumbered 一、问：… heading keeps it), not a numbered measure: a question is no point or action. Groups as
# NUMBERED_QUESTION_LINE's (qa291).
NUMBERED_ASKED_LINE = re.compile(r"^((\d{1,2})\s*[.、．])\s*(问\s*[：:]\s*[^。！\n]{4,80}[？?])$")
# The character either kind of line holds within its first few (a slice's membership test before the regexes).
NUMBERED_QUESTION_INITIAL = "问"
NUMBERED_QUESTION_INITIAL_SPAN = 5
NUMBERED_QUESTIONS_MIN = 2
# The family of those headings (segment.add_section: one level for them all).
NUMBERED_QUESTION_FAMILY = "question_numbered"
# ---- qa275: a Hong Kong or Taiwan reader's signature with the district bare ----
# （屯门　陈家豪） / 沙田 读者 李美华 / ……。（台中 退休教师 林某）: a Hong Kong or Taiwan paper's reader signs a letter or a
# short commentary with the district or city written without a level (屯門, 台中: no 省/市 for PLACE_SIGNATURE, no
# province for PROVINCE_PLACE_SIGNATURE), maybe what the writer is, then the name: the name signs, the place is no
# author (bylines.place_signature, units.trailing_signature). A closed list: a bare two-character place reads as a
# name (沙田 has a surname's first character). (Simplified: the text is converted before bylines are read.)
# A reader signs with the neighbourhood he lives in as often as with the district (葵涌, 北角, 红磡: qa287), so the
# larger neighbourhoods are listed too (none that reads as a person's name: 何文田, 柴湾 are left out).
REGION_PLACE_NAMES = ("中西区", "湾仔", "东区", "南区", "油尖旺", "深水埗", "九龙城", "黄大仙", "观塘", "荃湾", "屯门", "元朗",
                      "北区", "大埔", "西贡", "沙田", "葵青", "离岛", "将军澳", "天水围", "上水", "粉岭", "马鞍山", "东涌",
                      "旺角", "铜锣湾", "香港", "九龙", "新界", "澳门", "台北", "新北", "桃园", "台中", "台南", "高雄", "基隆",
                      "新竹", "苗栗", "彰化", "南投", "云林", "嘉义", "屏东", "宜兰", "花莲", "台东", "澎湖", "金门",
                      "葵涌", "青衣", "北角", "筲箕湾", "鲗鱼涌", "香港仔", "鸭脷洲", "跑马地", "坚尼地城", "西环", "红磡",
                      "土瓜湾", "九龙湾", "牛头角", "油麻地", "尖沙咀", "长沙湾", "大角咀", "慈云山", "火炭", "大围")
_REGION_PLACE = f"(?:{'|'.join(REGION_PLACE_NAMES)})"
REGION_PLACE_SIGNATURE = re.compile(rf"^{_REGION_PLACE}(?:[ 　]+(?:{READER_WORDS}|{_WRITER_OCCUPATION}))?[ 　]+({_NAMES})"
                                    rf"(?<![省市区县州旗盟镇乡村])$")
REGION_PLACE_TRAILING_SIGNATURE = re.compile(
    rf"(?<=[。！？”’」』])[（(]\s*{REGION_PLACE_SIGNATURE.pattern[1:-1]}\s*[）)]$")
# The first characters of REGION_PLACE_NAMES: reflow.bylines_among asks byline() about a spaced short line opening with
# one of the names (葵涌 陈某: no level before the space for PLACE_GAP, and 葵 opens no name for BYLINE_OPENING, qa287),
# a scan of the spaced lines' first characters first.
REGION_PLACE_INITIAL = re.compile(f"[{''.join(sorted({name[0] for name in REGION_PLACE_NAMES}))}]")

# ---- qa275: a byline wholly in brackets, its label inside ----
# 【文／何敏聪】 / 〔撰文：何敏聪〕 / ［文／图 何敏聪］: a Hong Kong or Taiwan paper may set the whole byline, label and names,
# in lenticular or tortoise-shell brackets under the title (BRACKETED_BYLINE_LABEL brackets the label only): the
# brackets leave and the rest is read as the byline it holds (bylines.byline). Not 作者: 【作者：…】 is an author note
# (AUTHOR_NOTE). Tried only on lines opening with LABELLED_BYLINE_BRACKETS.
LABELLED_BYLINE_BRACKETS = "【〔［"
BRACKETED_LABELLED_BYLINE = re.compile(r"^[【〔［]\s*((?:文|撰文|撰稿|执笔|文字)\s*(?:[/／]\s*图\s*)?[/／:：|｜丨][^【】〔〕［］]{2,40}?)\s*[】〕］]$")

# ---- qa275: a table row labelled by one character ----
# 甲      1992        486     1260        93.2%: a table whose rows are labelled by one character (the cases 甲/乙/丙, a
# county 县, a year's 春) has a first cell TABLE_ROW does not take (its word cells are two characters or more, so a
# line spaced out one character a word is no table): followed by three number cells or more, no words, the line is a
# row all the same (reflow.is_table_row), one paragraph of its own, never a heading or a title's line.
ONE_CHAR_LABEL_NUMBERS_ROW = re.compile(rf"[{HAN}](?: +{_NUMBER_CELL}){{3,}}")

# ---- qa275: a quoted pull quote that abridges its sentence ----
# 「规管若只着眼于标准， / 吃亏的可能仍是基层住户。」 from …规管若只着眼于「标准」，而忽略租户的承受能力，最终吃亏的…: a pull quote
# (PULL_QUOTE_OPENERS) may drop a clause or words between its clauses and the quotation marks inside them: each of its
# clauses (parted by ，) standing in order in one paragraph, the marks inside left out, makes it a pull quote all the
# same (units.holds_clauses). Clauses at least PULL_QUOTE_CLAUSE_MIN_CHARS long, two or more.
PULL_QUOTE_CLAUSE_MIN_CHARS = 4
INNER_QUOTE_MARKS_DELETED = str.maketrans("", "", "「」『』“”‘’")

# ---- end of the patterns: the re compiler's own compile and character-class optimiser again ----
_restore_compiler()
_restore_charset_optimiser()

# ---- qa263: a reporter's byline right after a report signed at its head ----
# 本报记者 某某 通讯员 某某: a byline opened by a reporter's role, unbracketed, stands at the head of a report; at a
# report's end the role goes in brackets (（记者 某某 通讯员 某某）). (articles.heads_report_below)
REPORTER_ROLE_OPENERS = ("本报记者", "本刊记者", "本网记者", "记者 ", "记者　")

# ---- qa283: a reading box's label under a web page's last line ----
# 【纠错】　【责任编辑：卢 川】 / 相关阅读： / · …: the label of a box of further reading (READING_BOX_LABEL) opens a block:
# a line over it as wide as a narrow box beside the text (a guest's profile) was read as wrapped and ran into it.
BLOCK_START = re.compile(rf"{BLOCK_START.pattern}|{READING_BOX_LABEL.pattern}")
BLOCK_START_OR_DATE_LINE = _any_of(BLOCK_START, DATE_ONLY_LINE)
LINE_OPENER_INITIAL = _any_of(LINE_OPENER_INITIAL, re.compile("[延相推知背资链]"))
