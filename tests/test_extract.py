"""Finding and decoding input documents (contract rule 1), metadata from front matter."""
from __future__ import annotations

import hashlib
import os
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

import hypothesis
from hypothesis import given
from hypothesis import strategies as st

from flows import patterns as P
from flows.extract import (ExtractError, RawDocument, _control_characters, decoded, head_field_rows_as_fields, raw_document,
                           source_files)

SIMPLIFIED = "关于支持老工业城市和资源型城市产业转型升级的实施意见。\n一、总体要求\n各级政府要因地制宜，推动高质量发展。\n"
TRADITIONAL = "關於支持老工業城市和資源型城市產業轉型升級的實施意見。\n一、總體要求\n各級政府要因地制宜，推動高質量發展。\n"


def written(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def read(tmp_path: Path, name: str, data: bytes, settings=None) -> RawDocument:
    return raw_document(written(tmp_path, name, data), tmp_path, settings)


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("data, encoding, text", [
    (SIMPLIFIED.encode("utf-8"), "utf-8", SIMPLIFIED),
    (b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), "utf-8-sig", SIMPLIFIED),
    (SIMPLIFIED.encode("utf-16"), "utf-16-le", SIMPLIFIED),         # Python writes a LE BOM
    (b"\xfe\xff" + SIMPLIFIED.encode("utf-16-be"), "utf-16-be", SIMPLIFIED),
    (("Policy 政策\n" * 5).encode("utf-16-le"), "utf-16-le", "Policy 政策\n" * 5),  # no BOM
    (SIMPLIFIED.encode("gb18030"), "gb18030", SIMPLIFIED),
    (SIMPLIFIED.encode("gbk"), "gb18030", SIMPLIFIED),
    (TRADITIONAL.encode("big5"), "big5", TRADITIONAL),
    (TRADITIONAL.encode("utf-8"), "utf-8", TRADITIONAL),
    ("碁銹裏".encode("cp950") + TRADITIONAL.encode("cp950"), "cp950", "碁銹裏" + TRADITIONAL),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16-unmarked", "gb18030", "gbk",
        "big5", "utf8-traditional", "big5-more"])
def test_decodes_each_encoding(tmp_path, data, encoding, text):
    doc = read(tmp_path, "doc.txt", data)
    assert (doc.encoding, doc.text, doc.warnings) == (encoding, text, ())
    assert doc.content_sha256 == hashlib.sha256(data).hexdigest()
    assert doc.n_bytes == len(data)


@pytest.mark.parametrize("sample", [
    "推動產業轉型升級示範區高質量發展，是準確把握我國老工業城市發展階段性特徵的關鍵舉措。",
    "臺灣", "張其仔、葉振宇（2022）",
])
def test_big5_is_not_mistaken_for_gb18030(sample):
    assert decoded(sample.encode("big5"))[1] == "big5"


@pytest.mark.parametrize("sample", [
    "推动产业转型升级示范区高质量发展，是准确把握我国老工业城市发展阶段性特征的关键举措。",
    "中国", "成都市召开产业园区高质量发展大会",
])
def test_gb18030_is_not_mistaken_for_big5(sample):
    assert decoded(sample.encode("gb18030"))[1] == "gb18030"


@pytest.mark.parametrize("data, text", [
    (b"a\r\nb\r\nc", "a\nb\nc"),
    (b"a\rb\rc\r", "a\nb\nc\n"),
    (b"a\r\n\r\nb\rc\n", "a\n\nb\nc\n"),
    ("甲\u2028乙\u2029丙".encode(), "甲\n乙\n丙"),
])
def test_newlines_become_lf(tmp_path, data, text):
    assert read(tmp_path, "n.txt", data).text == text


def test_truncated_utf8_keeps_what_decodes(tmp_path):
    data = SIMPLIFIED.encode("utf-8") + "展".encode("utf-8")[:2]
    doc = read(tmp_path, "cut.txt", data)
    assert doc.text == SIMPLIFIED and doc.encoding == "utf-8"
    assert doc.warnings == ("truncated utf-8",)


def test_a_stray_bad_byte_in_long_utf8_is_replaced_with_a_warning(tmp_path):
    data = (SIMPLIFIED * 40).encode("utf-8")
    doc = read(tmp_path, "bad.txt", data[:300] + b"\xff" + data[300:])
    assert doc.encoding == "utf-8" and "\ufffd" in doc.text
    assert doc.warnings and doc.warnings[0].startswith("invalid utf-8")


@pytest.mark.parametrize("data", [
    bytes(range(256)) * 20,
    b"\x00" * 100 + b"text",
    b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 64 + bytes(range(1, 200)),
    os.urandom(0) + bytes((i * 97 + 13) % 256 for i in range(4000)),
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\x10" * 50,
    "Caf\u00e9 cr\u00e8me br\u00fbl\u00e9e".encode("latin-1"),
], ids=["all-bytes", "nul-heavy", "elf", "pseudo-random", "png", "latin-1"])
def test_binary_with_txt_name_is_rejected(tmp_path, data):
    with pytest.raises(ExtractError, match=r"^binary or undecodable: \S"):
        read(tmp_path, "image.txt", data)


@pytest.mark.parametrize("data", [
    b"", b"   \n\t\r\n  ", b"\xef\xbb\xbf", b"\xef\xbb\xbf \n", "\u3000\n\u200b".encode(),
    " \n".encode("utf-16"), b"---\ntitle: x\n---\n\n",
])
def test_empty_or_whitespace_only_is_rejected(tmp_path, data):
    with pytest.raises(ExtractError, match="^empty document$"):
        read(tmp_path, "empty.txt", data)


def test_reasons_are_one_line(tmp_path):
    for data in (b"", b"\x00\x01\x02" * 100):
        with pytest.raises(ExtractError) as info:
            read(tmp_path, "x.txt", data)
        assert "\n" not in str(info.value)


def test_file_over_the_size_limit_is_rejected_with_its_size(tmp_path):
    with pytest.raises(ExtractError, match="2000 bytes"):
        read(tmp_path, "big.txt", b"a" * 2000, SimpleNamespace(max_file_size=1000))
    assert read(tmp_path, "ok.txt", b"a" * 1000, SimpleNamespace(max_file_size=1000)).n_bytes == 1000


# ---------------------------------------------------------------- metadata

def test_yaml_front_matter_becomes_metadata_and_leaves_the_text(tmp_path):
    data = ("---\n标题: 实施意见\nauthors: [张三, 李四]\npublished: 2024-01-02\n来源: 光明日报\n"
            "tags: [x]\n---\n正文第一段。\n").encode()
    doc = read(tmp_path, "fm.md", data)
    assert doc.metadata == {"title": "实施意见", "author": "张三、李四", "date": "2024-01-02",
                            "source": "光明日报"}
    assert doc.text == "正文第一段。\n"


@pytest.mark.parametrize("ending", [" ", "\t", " \t", "\u3000\t"])
def test_front_matter_lines_ending_in_spaces_or_tabs_are_still_metadata(tmp_path, ending):
    # exported files leave blanks at line ends; YAML refuses a tab after a plain value
    lines = ["---", '标题: 让"小店"撑起民生', "日期: 2025-09-03", "来源: 某市日报", "---"]
    doc = read(tmp_path, "fm.md", ("".join(f"{line}{ending}\n" for line in lines) + "正文。\n").encode())
    assert doc.metadata["date"] == "2025-09-03" and doc.metadata["source"] == "某市日报"
    assert doc.metadata["title"] == '让"小店"撑起民生'
    assert doc.text == "正文。\n"


@pytest.mark.parametrize("text", [
    "---\ntitle: [unclosed\n---\n正文。\n",     # broken YAML stays as body
    "---\n- a list\n---\n正文。\n",             # not a mapping
    "正文。\n---\ntitle: x\n---\n",             # not at the very start
])
def test_front_matter_that_is_not_metadata_stays_in_the_text(tmp_path, text):
    doc = read(tmp_path, "fm.md", text.encode())
    assert doc.metadata == {} and doc.text == text


def test_blockquote_metadata_at_the_top_of_markdown(tmp_path):
    text = "\n> 作者：王五\n> 来源: 经济日报\n> 日期：2024-01-02\n\n> 引文不是元数据\n# 标题\n正文。"
    doc = read(tmp_path, "q.md", text.encode())
    assert doc.metadata == {"author": "王五", "source": "经济日报", "date": "2024-01-02"}
    assert doc.text == "\n> 引文不是元数据\n# 标题\n正文。"
    assert doc.is_markdown


def test_blockquote_metadata_is_linear_time(tmp_path):
    import time
    start = time.perf_counter()
    doc = read(tmp_path, "slow.md", ("> 作者：王" + " " * 200_000 + "五 \n正文").encode())
    assert time.perf_counter() - start < 5
    assert doc.metadata["author"].startswith("王") and doc.text == "正文"


@pytest.mark.parametrize("text, shown", [
    # (qa163) a plain-text brief's head fields set as two-cell rows, bars and all: `label：value` lines
    ("西川智库\n|期号| 2025年第3期|\n|报送日期| 2025年6月2日|\n标题在此\n正文。",
     "西川智库\n期号：2025年第3期\n报送日期：2025年6月2日\n标题在此\n正文。"),
    ("| 编号 | 第12号 |\n| 密级 | 内部资料 |\n| 研究单位 | 某研究所 |\n标题\n正文。",
     "编号：第12号\n密级：内部资料\n研究单位：某研究所\n标题\n正文。"),
    # one known label only, or a data table's rows: the text as it is
    ("|期号| 2025年第3期|\n标题\n正文。", "|期号| 2025年第3期|\n标题\n正文。"),
    ("标题\n|东区| 120万元|\n|西区| 98万元|\n正文。", "标题\n|东区| 120万元|\n|西区| 98万元|\n正文。"),
])
def test_a_plain_texts_head_field_rows_become_field_lines(tmp_path, text, shown):
    doc = read(tmp_path, "brief.txt", text.encode())
    assert doc.text == shown


def test_a_plain_texts_head_field_rows_give_its_date():
    """|报送日期| 2025年6月2日| over a plain-text brief's title: the brief's date, as in a Markdown brief (qa163)."""
    fields, _ = head_field_rows_as_fields("西川智库\n|期号| 2025年第3期|\n|报送日期| 2025年6月2日|\n标题\n正文。")
    assert fields == {"date": "2025年6月2日"}


def test_blockquote_lines_in_plain_text_are_kept(tmp_path):
    text = "> 作者：王五\n正文。"
    doc = read(tmp_path, "q.txt", text.encode())
    assert doc.metadata == {} and doc.text == text


@pytest.mark.parametrize("name, text, markdown", [
    ("a.md", "正文。", True), ("a.txt", "## 小标题\n正文", True), ("a.txt", "**盛毅：**答", True),
    ("a.txt", "正文 # 不是标题", False), ("a.txt", "#话题#", False),
    # a regression table's significance stars are no bold run (qa165)
    ("a.txt", "Size 0.215*** 0.198*** 0.203***\n注：***表示在1%的水平上显著。", False),
    ("a.txt", "人均收入 0.31** 0.27** 0.30*", False), ("a.txt", "系数为0.08**，在5%的水平上显著**", False),
    ("a.txt", "**要点**：正文", True),
])
def test_is_markdown(tmp_path, name, text, markdown):
    assert read(tmp_path, name, text.encode()).is_markdown is markdown


@hypothesis.settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from("#* \t\n中a"), max_size=30))
def test_markdown_prefilter_keeps_every_markdown_text(text):
    """has_markdown_markup tests MARKDOWN_MARKS before the regex: same answer as the regex alone."""
    from flows.extract import has_markdown_markup

    assert has_markdown_markup(text) == bool(P.MARKDOWN_MARKUP_NOT_STARS.search(text))


@pytest.mark.parametrize("text, shown", [
    # a page saved with its markup: one line per block, inline tags and references gone (rule 7)
    ('<p style="text-align:center"><strong>一、出台背景</strong></p>\n<p>&nbsp;&nbsp;近日，印发。</p>',
     "一、出台背景\n近日，印发。"),
    ("<p>第一句。<br>\n第二句。</p>\n<p>总之。</p>", "第一句。\n第二句。\n总之。"),
    # a blank line between paragraphs (or an empty one) is kept: it is the page's own layout
    ("<p>第一段。</p>\n\n<p>第二段。</p>\n<p>&nbsp;</p>\n<p>总之。</p>", "第一段。\n\n第二段。\n\n总之。"),
    ("<h1>标题</h1><p>正文。</p>", "标题\n正文。"),
    ("<strong>一、背景</strong>\n正文&amp;附件。", "一、背景\n正文&附件。"),
    # no markup: text with < or & is left as it is
    ("比值a<b时成立。R&D投入。", "比值a<b时成立。R&D投入。"),
    # a footnote's mark in superscript after Chinese text leaves with its tags (qa68); a unit's exponent after a
    # letter stays, and so does the number opening the note's own line
    ("<p>集中在资金、人才和数据三个方面<sup>[1]</sup>。</p>", "集中在资金、人才和数据三个方面。"),
    ("<p>增速明显加快<sup>2</sup>，</p>\n<p><sup>[2]</sup> 据年度统计公报。</p>", "增速明显加快，\n[2] 据年度统计公报。"),
    ("<p>新建标准厂房12万m<sup>2</sup>。</p>", "新建标准厂房12万m2。"),
    ("<p>“两新”政策效果显现”<sup>①</sup>。</p>", "“两新”政策效果显现”。"),
    # a line break inside a Markdown table's cell is a space: the row stays one line (qa261)
    ("| 项目 | 目标 |\n| 新建绿道（公里） | 120<br>（其中城区40） |", "| 项目 | 目标 |\n| 新建绿道（公里） | 120 （其中城区40） |"),
    ("| 牵头单位 | 市水利局<br/>市农业农村局 | 2027年 |", "| 牵头单位 | 市水利局 市农业农村局 | 2027年 |"),
    ("<p>第一句。<br>第二句 | 第三句</p>", "第一句。\n第二句 | 第三句"),     # no table row: a block break as before
])
def test_html_markup_leaves_the_text(tmp_path, text, shown):
    assert read(tmp_path, "page.txt", text.encode()).text == shown


@pytest.mark.parametrize("name, text, shown", [
    # footnote marks leave and links read as their words before punctuation is read beside them
    ("r.md", "均创新高[^1].主要指标如下:\n\n[^1]: 按营业收入口径统计.",
     "均创新高.主要指标如下:\n\n[^1]: 按营业收入口径统计."),
    # (an image with words alone on its line stays as written: units reads its words as a caption, qa60)
    ("r.md", "详见[专项规划](https://example.gov.cn/a.html).\n![图1 产量](img/a.png)", "详见专项规划.\n![图1 产量](img/a.png)"),
    ("r.md", "详见![图1 产量](img/a.png)如下.\n![](img/b.png)\n[专项规划](a.html)", "详见图1 产量如下.\n\n专项规划"),
    ("r.txt", "**详见**\n![图1 产量](img/a.png)", "**详见**\n图1 产量"),
    # ... alone with spaces beside it: an indent, the two spaces that end a Markdown line
    ("r.md", "上文。\n\u3000\u3000![受访者供图](a.jpg)  \n下文。", "上文。\n\u3000\u3000![受访者供图](a.jpg)  \n下文。"),
    ("r.md", "上文。\n见![受访者供图](a.jpg)  \n下文。", "上文。\n见受访者供图  \n下文。"),
    ("r.txt", "详见[专项规划](https://example.gov.cn/a.html)。数据[^1]。", "详见[专项规划](https://example.gov.cn/a.html)。数据[^1]。"),
    # the rule under a table's head row is markup; the rows stay
    ("r.md", "| 指标 | 2024 |\n|---|:---:|\n| 产量 | 38.6 |", "| 指标 | 2024 |\n| 产量 | 38.6 |"),
    ("r.md", "指标 | 2024\n--- | ---\n产量 | 38.6", "指标 | 2024\n产量 | 38.6"),
    ("r.md", "上文。\n\n---\n\n下文。", "上文。\n\n---\n\n下文。"),          # a thematic break is no table rule
    # (qa68) a quote hard-wrapped in a clause: the mark leaves the lines that go on with it, so reflow joins them
    ("r.md", "正文.\n\n> 一位店主说:\"最缺的不是订单,\n> 而是懂技术的人,\n> 还有资金.\"",
     "正文.\n\n> 一位店主说:\"最缺的不是订单,\n而是懂技术的人,\n还有资金.\""),
    # a quoted line that ends a sentence, or one that opens a list item, keeps its mark
    ("r.md", "> 第一句话.\n> 第二句话.", "> 第一句话.\n> 第二句话."),
    ("r.md", "> 建议如下,\n> 1. 强化规划引领.", "> 建议如下,\n> 1. 强化规划引领."),
])
def test_markdown_footnote_marks_and_links_leave_the_text(tmp_path, name, text, shown):
    assert read(tmp_path, name, text.encode()).text == shown


# ---------------------------------------------------------------- finding files

def test_source_files_nested_sorted_and_relative_paths(tmp_path):
    names = ["b.txt", "a/z.md", "a/b/c.TXT", "中文 目录/政策 文件.txt", "skip.pdf", "a/notes.md~"]
    for name in names:
        written(tmp_path, name, "内容".encode())
    found = source_files(tmp_path)
    rel = [p.relative_to(tmp_path).as_posix() for p in found]
    assert rel == ["a/b/c.TXT", "a/z.md", "b.txt", "中文 目录/政策 文件.txt"]
    assert raw_document(found[-1], tmp_path).source_path == "中文 目录/政策 文件.txt"


def test_symlinks_neither_loop_nor_escape(tmp_path):
    root, outside = tmp_path / "in", tmp_path / "out"
    written(root, "a/doc.txt", "内容".encode())
    written(outside, "secret.txt", "外部".encode())
    (root / "a" / "loop").symlink_to(root, target_is_directory=True)
    (root / "self.txt").symlink_to(root / "self.txt")
    (root / "escape").symlink_to(outside, target_is_directory=True)
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    found: list[Path] = []
    worker = threading.Thread(target=lambda: found.extend(source_files(root)), daemon=True)
    worker.start()
    worker.join(10)
    assert not worker.is_alive(), "source_files hung on a symlink loop"
    rel = [p.relative_to(root).as_posix() for p in found]
    assert rel == ["a/doc.txt", "leak.txt", "self.txt"]
    for bad in ("leak.txt", "self.txt"):
        with pytest.raises(ExtractError):
            raw_document(root / bad, root)


def realpath_decision(path: Path, root: Path):
    """What _stat_inside must say, by the general rule: path's real path inside root's, then stat."""
    real, real_root = os.path.realpath(path), os.path.realpath(root)
    if os.path.commonpath([real, real_root]) != real_root:
        return "outside"
    try:
        return os.stat(path)
    except OSError as exc:
        return type(exc)


@pytest.mark.parametrize("name", [
    "a.txt", "sub/b.txt", "sub/deeper/c.txt",       # plain entries: the lstat shortcut
    "in_link.txt", "sub_link/b.txt",                # symlinks staying inside root
    "out_link.txt", "out_dir/secret.txt",           # symlinks leading outside
    "../out/secret.txt", "sub/../a.txt", "sub/../../out/secret.txt",   # '..'
    "missing.txt", "sub/missing/x.txt", "a.txt/x", "loop.txt",
])
@pytest.mark.parametrize("root_spelling", ["real", "symlink", "dotdot"])
def test_stat_inside_agrees_with_the_realpath_rule(tmp_path, name, root_spelling):
    """The lstat shortcut of _stat_inside says what realpath says: same refusals, same stat."""
    from flows.extract import _stat_inside

    real_root, outside = tmp_path / "in", tmp_path / "out"
    for rel in ("a.txt", "sub/b.txt", "sub/deeper/c.txt"):
        written(real_root, rel, "内容".encode())
    written(outside, "secret.txt", "外部".encode())
    (real_root / "in_link.txt").symlink_to(real_root / "a.txt")
    (real_root / "sub_link").symlink_to(real_root / "sub", target_is_directory=True)
    (real_root / "out_link.txt").symlink_to(outside / "secret.txt")
    (real_root / "out_dir").symlink_to(outside, target_is_directory=True)
    (real_root / "loop.txt").symlink_to(real_root / "loop.txt")
    (tmp_path / "root_link").symlink_to(real_root, target_is_directory=True)
    root = {"real": real_root, "symlink": tmp_path / "root_link", "dotdot": tmp_path / "out" / ".." / "in"}[root_spelling]
    path = root / name
    expected = realpath_decision(path, root)
    try:
        got = _stat_inside(path, root)
    except ExtractError:
        got = "outside"
    except OSError as exc:
        got = type(exc)
    assert got == expected


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file_is_listed_and_rejected(tmp_path):
    path = written(tmp_path, "locked.txt", "内容".encode())
    path.chmod(0)
    assert source_files(tmp_path) == [path]
    with pytest.raises(ExtractError, match="cannot read"):
        raw_document(path, tmp_path)


def test_seeds_decode_as_utf8():
    root = Path(__file__).resolve().parent.parent / "seeds"
    docs = [raw_document(p, root) for p in source_files(root)]
    assert len(docs) == 5
    assert {d.encoding for d in docs} == {"utf-8"}
    assert [d.is_markdown for d in docs] == [False, False, True, False, False]


# ---------------------------------------------------------------- shortcuts of the decoding checks

@hypothesis.settings(max_examples=300, deadline=None)
@given(st.text(st.one_of(st.characters(), st.sampled_from("\x00\x07\x1b\x7f\x85\x9f\xa0\n\t中"))))
def test_control_characters_are_found_among_the_latin1_ones(text):
    assert _control_characters(text).decode("latin-1") == "".join(P.BINARY_CONTROL.findall(text))


BYTES = st.lists(st.sampled_from([b" ", b"\t", b"\r", b"\n", b"\x0b", b"\x0c", b"\x1c", b"\x85", b"a", b"\xe4",
                                  b"\x00"])).map(b"".join)


@hypothesis.settings(max_examples=300, deadline=None)
@given(BYTES)
def test_blank_bytes_are_ascii_white_space(data):
    """decoded() tests blankness with isspace, as bytes.strip sees white space, without a copy."""
    assert (not data or data.isspace()) == (not data.strip())


@pytest.mark.parametrize("stat_size, actual, limit, expected", [
    (10, 10, 51, 10),     # as stat() saw it
    (4, 10, 51, 10),      # grown since stat(): read on
    (4, 100, 51, 51),     # grown past the limit: one byte over it, so the caller rejects the file
    (100, 100, 51, 51),
    (0, 0, 51, 0),
])
def test_read_at_most_reads_a_grown_file_up_to_the_limit(tmp_path, stat_size, actual, limit, expected):
    from flows.extract import _read_at_most

    path = tmp_path / "f.txt"
    path.write_bytes(b"x" * actual)
    with path.open("rb") as fh:
        assert len(_read_at_most(fh, stat_size, limit)) == expected


# ---- session 18: Markdown's setext headings (a line underlined by === or ---), as converters write them ----
@pytest.mark.parametrize("text, want", [
    ("县域经济观察\n======\n\n正文第一段。", "# 县域经济观察\n\n正文第一段。"),
    ("导语。\n\n一、总体要求\n---\n\n正文。", "导语。\n\n## 一、总体要求\n\n正文。"),
    ("导语。\n\n  发展现状  \n   -----------   \n正文。", "导语。\n\n## 发展现状\n正文。"),
    # a thematic break after a blank line, and one under a paragraph's last line, stay
    ("第一段。\n\n---\n\n第二段。", "第一段。\n\n---\n\n第二段。"),
    ("第一段的第一行\n第一段的第二行\n---\n第二段。", "第一段的第一行\n第一段的第二行\n---\n第二段。"),
    # under a list item, a quote or a table row: not a heading
    ("前言。\n\n1. 加快建设\n---", "前言。\n\n1. 加快建设\n---"),
    ("前言。\n\n> 引文\n---", "前言。\n\n> 引文\n---"),
    ("| 指标 | 数值 |\n|---|---|", "| 指标 | 数值 |\n|---|---|"),
    ("没有下划线的文本。", "没有下划线的文本。"),
])
def test_setext_headings_become_atx_headings(text, want):
    from flows.extract import with_atx_headings
    assert with_atx_headings(text) == want


def test_a_markdown_document_with_setext_headings_reads_as_with_atx_ones(tmp_path):
    from tests.shapes import P1, P2, P3
    atx = "\n\n".join(["# 县域商业体系建设的思考", "作者：沈立秋", "## 一、发展现状", P1, "## 二、对策建议", P2, P3])
    setext = (atx.replace("# 县域商业体系建设的思考", "县域商业体系建设的思考\n" + "=" * 20)
              .replace("## 一、发展现状", "一、发展现状\n" + "-" * 12).replace("## 二、对策建议", "二、对策建议\n---"))
    read = []
    for name, text in (("a.md", atx), ("b.md", setext)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        from flows.normalize import normalized_document
        from flows.segment import document_tables
        t = document_tables(normalized_document(raw_document(tmp_path / name, tmp_path)))
        read.append(([(a["title"], a["authors"]) for a in t["articles"]], [(s["marker"], s["heading"]) for s in t["sections"]]))
    assert read[0] == read[1] and read[0][0] == [("县域商业体系建设的思考", ["沈立秋"])]


@pytest.mark.parametrize("line", ["正文第一段到此结束。", "主要包括以下几点：", "县域经济观察，"])
def test_an_underlined_sentence_is_no_setext_heading(line):
    from flows.extract import with_atx_headings
    assert with_atx_headings(f"{line}\n---\n正文。") == f"{line}\n---\n正文。"


# ---- qa114: a thematic break in another form (html2text writes * * * for <hr>) is written --- ----
@pytest.mark.parametrize("text, want", [
    ("第一段。\n\n* * *\n\n**延伸阅读**", "第一段。\n\n---\n\n**延伸阅读**"),
    ("第一段。\n\n***\n\n第二段。", "第一段。\n\n---\n\n第二段。"),
    ("第一段。\n\n_ _ _\n\n第二段。", "第一段。\n\n---\n\n第二段。"),
    ("第一段。\n\n - - -\n\n第二段。", "第一段。\n\n---\n\n第二段。"),
    # a run of dashes, a bullet and emphasis stay as written
    ("第一段。\n\n-----\n\n第二段。", "第一段。\n\n-----\n\n第二段。"),
    ("* 一项措施\n* *强调*的措施", "* 一项措施\n* *强调*的措施"),
    ("- 数据 - 算力 - 算法", "- 数据 - 算力 - 算法"),
])
def test_a_thematic_break_in_another_form_is_written_with_dashes(text, want):
    from flows.extract import with_dashed_thematic_breaks
    assert with_dashed_thematic_breaks(text) == want


def test_a_spaced_thematic_break_leaves_no_marks_in_the_text(tmp_path):
    from tests.shapes import P1, P2
    from flows.normalize import normalized_document
    from flows.segment import document_tables
    (tmp_path / "a.md").write_text("\n\n".join(["# 县域商业体系建设的思考", P1, P2, "* * *", "（责任编辑：韦清）"]),
                                   encoding="utf-8")
    t = document_tables(normalized_document(raw_document(tmp_path / "a.md", tmp_path)))
    assert "*" not in t["articles"][0]["text"]


# ---- qa122: a Markdown brief's head fields set as a table ----
@pytest.mark.parametrize("rows, metadata", [
    (["| 项目 | 内容 |", "| --- | --- |", "| 执笔 | 龙湘宁、乔书远 |", "| 报送日期 | 2026年3月2日 |", "| 期号 | 第5期 |"],
     {"author": "龙湘宁、乔书远", "date": "2026年3月2日"}),
    (["| 作者 | 龙湘宁 |", "| 来源 | 北川智库 |"], {"author": "龙湘宁", "source": "北川智库"}),
    # one known label is no head's table; a data table's rows name no fields
    (["| 执笔 | 龙湘宁 |", "| 期号 | 第5期 |"], {}),
    (["| 指标 | 2024年 | 2025年 |", "|---|---|---|", "| 产值（亿元） | 110 | 152 |"], {}),
])
def test_a_markdown_head_table_of_labels_and_values_is_metadata_and_stays_in_the_text(tmp_path, rows, metadata):
    text = "\n".join(rows) + "\n\n# 关于推进城市更新的几点建议\n\n正文。\n"
    doc = read(tmp_path, "brief.md", text.encode())
    assert doc.metadata == metadata
    assert "# 关于推进城市更新的几点建议" in doc.text and rows[0] in doc.text


# ---- qa133: a Markdown blockquote's empty lines ----
def test_a_blockquotes_empty_lines_part_its_paragraphs_as_blank_lines_do():
    # (qa133) > **嘉宾简介** / > / > 卢某某 … / > / > bio: the empty quoted lines are blank lines, no paragraph of no words,
    # so the profile label, the guest's line and the biography stand next to each other as a box
    from flows.extract import without_inline_marks
    from flows.normalize import normalized_document
    from flows.segment import document_tables
    from tests.shapes import P1, raw
    text = "\n".join(["# 让县域商业活起来", "", "本报记者 钟岚", "", "> **嘉宾简介**", ">", "> 卢静怡 省商务厅流通发展处处长", "> ",
                      "> 卢静怡,经济学硕士,长期从事县域商业与流通体制研究。", "", "**记者:**" + P1])
    cleaned = without_inline_marks(text, images_apart=True)
    assert ">\n" not in cleaned and "> \n" not in cleaned
    t = document_tables(normalized_document(raw(cleaned, "post.md")))
    assert "嘉宾简介" not in t["articles"][0]["text"] and "经济学硕士" not in t["articles"][0]["text"]


# ---- qa159: an italic line right under a Markdown image is its caption ----
@pytest.mark.parametrize("image, caption, kept", [
    ("![](https://img.example.org/a.jpg)", "*新建成的社区食堂里，老人们正在用餐。*", False),
    ("![食堂](https://img.example.org/a.jpg)", "_新建成的社区食堂里，老人们正在用餐。_", False),
    ("![](https://img.example.org/a.jpg)\n", "*新建成的社区食堂里，老人们正在用餐。*", True),   # a blank line apart: italic text
])
def test_an_italic_line_under_an_image_is_its_caption(image, caption, kept):
    from flows.extract import without_inline_marks
    from tests.shapes import P1, P2, tables
    text = "\n".join(["# 社区食堂让养老更有温度", "", "本报记者 钟岚", "", P1, "", image, caption, "", P2])
    t = tables(without_inline_marks(text, images_apart=True), "post.md")
    words = caption.strip("*_")
    assert (words in t["articles"][0]["text"]) is kept
    assert kept or any(words in r["text"] for r in t["residue"])


# ---- qa173: an online interview's turns labelled in brackets with a time stamp ----
@pytest.mark.parametrize("text, expected", [
    ("[主持人]　14:05:12\n　　请谈谈今年的工作安排。", "　　主持人：请谈谈今年的工作安排。"),
    ("[方明远] 14:06:40\n今年重点抓好三件事。", "方明远：今年重点抓好三件事。"),
    ("【网友“东湖边”】 14:20\n　　停车难何时解决？", "　　网友“东湖边”：停车难何时解决？"),
    ("[主持人] 14:05:12 请谈谈今年的工作安排。", "主持人：请谈谈今年的工作安排。"),     # the words on the label's line
    ("[1] 12:30 会议纪要", "[1] 12:30 会议纪要"),                                     # a note's number: no speaker
    ("[图片] 配图说明", "[图片] 配图说明"),                                           # no time: no turn
    ("注释：[2] 见第3页。", "注释：[2] 见第3页。"),                                   # not at a line's head
])
def test_a_bracketed_speaker_with_a_time_stamp_labels_the_turn_under_it(text, expected):
    from flows.extract import with_timed_turn_labels
    assert with_timed_turn_labels(text) == expected


def test_an_online_interviews_timed_turns_are_one_article_under_its_topic(tmp_path):
    """访谈主题：… / fields / [主持人] 09:30:05 / words … on a government site: the turns are the interview's text (each
    label its speaker) under the topic as title, no article per turn (qa173)."""
    from flows.normalize import normalized_document
    from flows.segment import document_tables
    lines = ["访谈主题：推动老旧小区加装电梯　提升居民幸福感", "访谈时间：2026年5月12日 09:30",
             "访谈嘉宾：东湖市住房和城乡建设局局长　方明远", "　　　　　东湖市城市更新服务中心主任　陆书怡",
             "主持人：东湖市政府门户网站　唐　悦", "[主持人]　09:30:05",
             "　　各位网友好，欢迎参加本期在线访谈。请方局长介绍一下加装电梯的进展。", "[方明远]　09:31:20",
             "　　今年以来，全市新开工加装电梯420部，已完工交付260部，惠及居民一万余户。",
             "[网友“桂花巷住户”]　09:40:11", "　　我们楼一楼住户不同意加装，怎么办？", "[陆书怡]　09:41:02",
             "　　我们会组织社区协调，兼顾低层住户的合理诉求，做到应装尽装、能装快装。"]
    path = tmp_path / "talk.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    t = document_tables(normalized_document(raw_document(path, tmp_path)))
    assert len(t["articles"]) == 1
    art = t["articles"][0]
    assert art["title"] == "推动老旧小区加装电梯提升居民幸福感" and art["authors"] == []
    assert "方明远：今年以来，全市新开工" in art["text"] and "网友“桂花巷住户”：我们楼一楼" in art["text"]
    assert "城市更新服务中心主任" not in art["text"] and "唐悦" not in art["text"]


# ---- qa173: an online interview's turns labelled in brackets without a time stamp ----
_UNTIMED = "[主持人]\n　　请谈谈今年的安排。\n[方明远]\n　　今年重点抓好三件事。\n[主持人]\n　　谢谢方局长。"


@pytest.mark.parametrize("text, expected", [
    (_UNTIMED, "　　主持人：请谈谈今年的安排。\n　　方明远：今年重点抓好三件事。\n　　主持人：谢谢方局长。"),
    ("【主持人】\n请谈谈今年的安排。\n【网友“东湖边”】\n停车难何时解决？\n【主持人】\n请方局长回答。",
     "主持人：请谈谈今年的安排。\n网友“东湖边”：停车难何时解决？\n主持人：请方局长回答。"),
    ("【内容提要】\n　　今年全市新开工加装电梯420部。", "【内容提要】\n　　今年全市新开工加装电梯420部。"),  # a box's label
    ("[主持人]\n　　请谈谈今年的安排。\n【内容提要】\n　　今年开工420部。",                      # the host once: no turns
     "[主持人]\n　　请谈谈今年的安排。\n【内容提要】\n　　今年开工420部。"),
])
def test_bracketed_speakers_without_a_time_label_the_turns_where_the_host_is_labelled_so(text, expected):
    from flows.extract import with_timed_turn_labels
    assert with_timed_turn_labels(text) == expected


# ---- qa173: an online interview's turns labelled with a time stamp, no brackets ----
@pytest.mark.parametrize("text, expected", [
    ("主持人 09:30:05\n　　请谈谈今年的安排。\n东湖市住建局局长 方明远 09:31:20\n　　今年重点抓好三件事。\n主持人 09:40:11\n　　谢谢。",
     "　　主持人：请谈谈今年的安排。\n　　东湖市住建局局长 方明远：今年重点抓好三件事。\n　　主持人：谢谢。"),
    ("方明远 09:31\n　　今年重点抓好三件事。", "方明远 09:31\n　　今年重点抓好三件事。"),     # no host labelled so: no turns
])
def test_speakers_with_a_time_and_no_brackets_label_the_turns_where_the_host_is_labelled_so(text, expected):
    from flows.extract import with_timed_turn_labels
    assert with_timed_turn_labels(text) == expected


# ---- qa187: a Markdown link whose target holds parentheses ----
@pytest.mark.parametrize("text, cleaned", [
    ("[【打印】](javascript:window.print()) [【关闭】](javascript:self.close())", "【打印】 【关闭】"),
    ("详见[实施细则](http://example.gov.cn/files/细则_(2026).pdf)。", "详见实施细则。"),
    ("详见[实施细则](http://example.gov.cn/a.html)（2026年修订）。", "详见实施细则（2026年修订）。"),
    ("温度(℃)见[附表](http://example.gov.cn/b.html)。", "温度(℃)见附表。"),
])
def test_a_markdown_links_target_holding_parentheses_leaves_whole(text, cleaned):
    # (qa187) javascript:window.print(): MD_LINK's target ended at the first ), leaving `)` in the page's chrome line
    from flows.extract import without_inline_marks
    from flows.units import plain_text
    assert without_inline_marks(text) == cleaned
    assert plain_text(text) == cleaned



# ---- qa200: a barred table's rule row in plain text ----
@pytest.mark.parametrize("rule", ["|---|---|---|", "| --- | :---: | ---: |", "---|---|---"])
def test_a_barred_tables_rule_row_leaves_a_plain_text(tmp_path, rule):
    text = f"附件\n| 序号 | 项目 | 主办单位 |\n{rule}\n| 1 | 修缮古桥 | 县文旅局 |\n正文。"
    assert read(tmp_path, "a.txt", text.encode()).text == "附件\n| 序号 | 项目 | 主办单位 |\n| 1 | 修缮古桥 | 县文旅局 |\n正文。"
