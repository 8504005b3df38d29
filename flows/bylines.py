"""Bylines and article front matter: who wrote it, where and when it was published."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from flows import patterns as P


@dataclass(frozen=True, slots=True)
class Byline:
    authors: tuple[str, ...]
    source: str | None = None


def names(text: str) -> tuple[str, ...]:
    """Names separated by spaces, 、 or commas (without a paper's affiliation numbers: 周雅琴1, or an honorific
    after a name: 区志恒教授)."""
    parts = [without_honorific(n) for part in P.NAME_SEPARATORS.split(text.strip()) if (n := part.rstrip(P.NAME_MARKS))]
    return tuple(padded_joined(parts))


def without_honorific(name: str) -> str:
    """区志恒教授 -> 区志恒: the title a byline may call its writer by after the name is no part of it (qa107)."""
    if (name.endswith(P.HONORIFIC_LAST) and (m := P.NAME_WITH_HONORIFIC.match(name))
            and P.PERSON_NAME_START.fullmatch(m.group(1))):
        return m.group(1)
    return name


def padded_joined(parts: list[str]) -> list[str]:
    """Two one-character parts in a row are the halves of a padded two-character name (何 静), and
    three alone (no more around them) a three-character name spaced out (金 观 平): no name has one
    character; and four alone opening with a compound surname one four-character name (欧 阳 明 远: no one is named
    欧阳 alone)."""
    if len(parts) == 3 and all(len(part) == 1 for part in parts):
        return ["".join(parts)]
    if len(parts) == 4 and parts[0] + parts[1] in P.COMPOUND_SURNAMES and all(len(part) == 1 for part in parts):
        return ["".join(parts)]
    out: list[str] = []
    for part in parts:
        if len(part) == 1 and out and len(out[-1]) == 1:
            out[-1] += part
        else:
            out.append(part)
    return stray_split_joined(out)


def stray_split_joined(parts: list[str]) -> list[str]:
    """A one-character part left beside a two-character one is the rest of a three-character name that a stray
    space of PDF extraction cut (林秋 妍, 柯 文博): no name has one character. The two-character part before it
    takes it, or else the one after it."""
    if all(len(part) > 1 for part in parts):
        return parts                      # (the usual case: no lone character)
    out: list[str] = []
    lone = ""                             # a lone character waiting for the part after it
    for part in parts:
        if len(part) == 1 and not lone and out and len(out[-1]) == 2 and part not in P.NOT_NAME_TAILS:
            out[-1] += part
        elif len(part) == 1 and not lone:
            lone = part
        elif lone and len(part) == 2:
            out.append(lone + part)
            lone = ""
        else:
            out.extend([lone, part] if lone else [part])
            lone = ""
    return out + [lone] if lone else out


def byline(line: str) -> Byline | None:
    """The authors a byline line names (roles, affiliations and outlets stripped), or None."""
    text = line.strip()
    if "《" in text and text.startswith(P.AUTHOR_NOTE_LABELS) and (m := P.AUTHOR_NOTE_REPRINT_TAIL.search(text)):
        text = text[:m.start()].rstrip("。；;")     # 作者：甲，某院研究员。本文原载《某刊》…: the reprint sentence leaves (qa255)
    if len(text) > 60 or text.rstrip("）)").endswith(P.COMMENTATOR_ARTICLE_LABEL_END):
        return None                       # (本报评论员文章: the kind of article, a column's label, no one signing: qa183)
    if ("，" in text or "。" in text) and surely_unsigned(text):
        return None                       # a clause's line opening with no label, bracket, dash or name (most of them)
    if "电" in text and P.DATELINE_OPEN_BRACKET_LINE.match(text):
        return None                       # 新华社北京5月10日电（记者 甲 乙: a dateline wrapped inside its bracket (qa177)
    if text[1:2] == " " and text[3:4] == " " and (despaced := despaced_reporter_byline(text)):
        text = despaced                   # 本 报 记 者 司 徒 明 -> 本报记者 司徒明: a letter-spaced column's byline (qa193)
    if text.startswith(P.SELF_AUTHOR_LABEL) and text[4:5] in ":： 　":
        text = text[2:]                   # 本文作者：甲 -> 作者：甲: "this article's" author, the byline's label (qa108)
    elif text.startswith(P.COLUMNIST_AUTHOR_LABELS) and text[4:5] in ":： 　":
        text = "作者" + text[4:]           # 专栏作者：甲 -> 作者：甲: what kind of writer signs, the byline's label (qa151)
    elif text[:1] == "撰" and (m := P.WRITER_PERSON_LABEL.match(text)):
        text = m.group(1) + text[m.end():]     # 撰稿人｜甲　乙 -> 撰稿｜甲　乙: the writers' label with 人 (qa195)
    elif text.startswith(P.SPEAKER_BYLINE_LABELS) and text[3:4] in ":： 　":
        text = text[4:].lstrip()          # 讲话人：市长　甲 -> 市长　甲: who gave the speech, post then name (qa182)
    if text[:1] in P.LABELLED_BYLINE_BRACKETS and (m := P.BRACKETED_LABELLED_BYLINE.match(text)):
        text = m.group(1)                 # 【文／何敏聪】 -> 文／何敏聪: the whole byline set in brackets (qa275)
    if text.startswith(P.TEXT_PHOTO_LABEL_INITIALS) and (m := P.TEXT_PHOTO_LABEL.match(text)):
        text = text[m.end():]             # 文/图 骆 宁 -> 骆 宁: who wrote it and took the pictures, the label (qa112)
    elif text[:1] == "【" and (m := P.BRACKETED_BYLINE_LABEL.match(text)):
        text = "作者：" + text[m.end():]     # 【作者】陈某 -> 作者：陈某: the label set in brackets (qa123)
    elif text[:1] in P.BYLINE_LABEL_INITIALS and (m := P.WRITER_THEN_CREDIT_FIELD.match(text)):
        text = m.group(1)                 # 文字：陈某　图片：周某 -> 文字：陈某: the photographer's field after it leaves (qa123)
    elif any(map(text.__contains__, P.REPORTER_ROLE_WORDS)) and (m := P.REPORTER_THEN_CREDIT_FIELD.match(text)):
        text = m.group(1).rstrip()       # 记者 张某 | 编辑 李某 -> 记者 张某: the editor's credit after it leaves (qa149)
    if (text[-1:].isascii() or text[-1:] in "）)") and text[-1:] not in "0123456789" and (m := P.ROMANISED_NAME_AFTER_NAME.search(text)):
        text = text[:m.start()]           # 欧阳咏诗 Wing-sze AUYEUNG -> 欧阳咏诗: the name romanised, the same person (qa156)
    if text[-1:] in P.PHOTO_CREDIT_LINE_ENDS and P.PHOTO_CREDIT_LINE.match(text):
        return None                       # 本报记者 李 华摄: a photo's credit, no byline
    if text.endswith(P.BRACKET_CLOSERS) and text.startswith(P.BRACKET_OPENERS) and P.BRACKETED_PHOTO_CREDIT_LINE.match(text):
        return None                       # （新华社记者 张 晓 摄）: a photo's credit in brackets, no byline (qa119)
    if " " in text and P.SPACED_MARK_NAMES_LINE.match(text):
        text = P.SPACE_BEFORE_NAME_MARK.sub("", text)     # 黄思远 1 周敏慧 2: a PDF's space before each number (qa74)
    if ("，" in text or "、" in text) and " " in text and P.SPACED_COMMA_NAMES_LINE.match(text):
        text = text.replace(" ", "")      # 沈 佳 丽，唐 子 谦 (or 、): letter-spaced names parted by commas
    if text[-1:] in P.NUMBERED_NAME_LAST and " " in text and P.SPACED_NUMBERED_NAMES_LINE.match(text):
        text = P.SPACE_BETWEEN_CJK.sub("", text)     # 彭嘉禾1 蒋 若 溪2: the numbers end the names, spaces in one leave (qa199)
    if text.endswith(P.POST_ENDS) and (m := P.SPACED_NAME_POSTS_LINE.match(text)):
        text = m.group(1).replace(" ", "") + text[m.end(1):]     # 李 嘉 欣  高级研究主任: the name despaced
    if text[:1] in P.DASH_SIGNATURE_INITIALS and (m := P.DASH_SIGNATURE.match(text)):
        return names_with_asides(m.group(1).strip())     # ——庞某某（某大学研究员）: a signature on a dash line (qa92)
    if text[:1] in P.BYLINE_BULLETS and "）" in text and ("，" in text or "。" in text) and (m := P.BULLETED_SIGNATURE.match(text)):
        return names_with_asides(m.group(1).strip())     # ◎ 陈某（工程师，新竹市）: a forum's signature, a clause in its aside
    if text[:1] in P.DIGEST_BYLINE_INITIALS and (m := P.DIGEST_BYLINE.match(text)):
        return Byline(names(m.group(2)), m.group(1))     # （摘编自《经济日报》，作者：金观平）
    if text[:1] in "（(" and "年" in text and (m := P.BRACKETED_SPEAKER_DAY_LINE.match(text)):
        return Byline(names(m.group(1) or m.group(2)))     # （邝某　2026年2月27日）: a speech's speaker and day (qa231)
    if text[-1:] == "日" and "年" in text and (m := P.SPEAKER_POST_DAY_LINE.match(text)):
        return Byline(names(m.group(1)))     # 市长　邝某　2026年2月27日: the same with no brackets, a post first (qa265)
    if text[:1] in "（(" and "整理" in text and (m := P.NOTED_TRANSCRIBER_BYLINE.match(text)):
        return Byline(names(m.group(1)))     # （本文根据录音整理，经本人审阅。整理：聂清源）: a note, then who wrote it up
    if text[-1:] in P.BYLINE_ASIDE_ENDS and (m := P.NAMES_WITH_AUTHOR_NOTE.match(text)):
        return Byline(names(m.group(1)))     # 甲 乙（作者分别系…、…）: one note on all the names (qa146)
    if ("。" in text or "，" in text) and not P.LABELLED_BYLINE.match(text) and not commas_between_names(text):
        return None                       # a byline is short and has no clauses: most lines stop here
    if "组" in text and (" " in text or "　" in text) and (m := P.GROUP_THEN_NAMES_BYLINE.match(text)):
        return Byline((m.group(1), *names(m.group(2))))     # 某研究所课题组 甲 乙: the group, then its writers (qa163)
    if text[:3] == "课题组" and (m := P.GROUP_LABEL_BYLINE.match(text)):
        return Byline((m.group(1),))     # 课题组：某研究院某中心: the group writing a report, named by its institution
    if (found := project_byline(text)) is not None:
        return found                      # 研究主持人：蔡明哲 协同主持人：许雅琪: a research report's project roles
    if text[:2] == "课题" and (found := team_byline(text)) is not None:
        return found                      # 课题组组长：甲 执笔：乙、丙: a report's team leader and writers (qa108)
    if text.startswith(P.WORK_LABEL_PREFIXES) and (m := P.WORK_LABELLED_BYLINE.match(text)):
        return Byline(names(m.group(1)))     # 采访/整理：甲 乙: what the reporters did, then their names (qa108)
    if "整理" in text and (m := P.TRANSCRIBER_BYLINE.match(text)):
        return Byline(names(m.group(1)))     # （纪录整理：郑雅文、李承翰）: who wrote the transcript up
    if (found := place_signature(text)) is not None:
        return found                      # 江宁省东川市 读者 邵庆和: a reader's letter signed under its text
    if P.OUTLET_WORD.search(text) and (m := P.OUTLET_NAMES_LINE.match(text)):
        return Byline(names(m.group(2)), m.group(1))     # 学习时报 刘云峰: the paper before the names (qa137)
    if not P.BYLINE_START.match(text) and (
            not P.BYLINE_WORD.search(text) and P.FULL_WIDTH_SLASH not in text and not P.DEPARTMENT_WORD.search(text)
            and not any(map(text.__contains__, P.NAME_INSTITUTION_BARS))     # (经脉纵横｜石山客, qa212)
            or shapeless(text)):
        return None                       # quick tests instead of the several tries in shaped_byline
    return shaped_byline(text)


def despaced_reporter_byline(text: str) -> str | None:
    """A reporter's byline set letter-spaced (本 报 记 者 司 徒 明, 记 者 温 如 海  贾 思 琪) as written unspaced, its names parted
    where the wider gaps were (本报记者 司徒明, 记者 温如海 贾思琪); None for any other line."""
    if not P.LETTER_SPACED_HAN_LINE.match(text):
        return None
    m = P.DESPACED_REPORTER_BYLINE.match(P.SPACED_NAMES_GAP.sub("　", text).replace(" ", ""))
    return f"{m.group(1)} {m.group(2)}" if m else None


def surely_unsigned(text: str) -> bool:
    """Whether a line holding ， or 。 is surely no byline: it opens with none of CLAUSE_BYLINE_INITIALS and holds no
    reporter's role word, so no label is cut from it and no shape that takes a clause mark matches it."""
    return text[:1] not in P.CLAUSE_BYLINE_INITIALS and not any(map(text.__contains__, P.REPORTER_ROLE_WORDS))


def shapeless(text: str) -> bool:
    """Whether shaped_byline surely refuses a line that opens with no name or label (BYLINE_START): it opens with no
    bullet and holds nothing any other shape needs (UNSTARTED_BYLINE_NEED, ORG_AUTHOR_ENDS), as most worded lines of
    text that reach it do (（作者系某党校教研部教师）, 为主体与国际一流大学、科研机构…)."""
    return (text[:1] not in P.BYLINE_BULLETS and not P.UNSTARTED_BYLINE_NEED.search(text)
            and not text.endswith(P.ORG_AUTHOR_ENDS))


def names_then_paper(text: str) -> Byline:
    """The byline of a line of names whose last "name" may be a paper's or a news site's short name (黄志伟 明报: 明 is a
    surname; 韩冰 东方网: 东方 is one, qa100)."""
    people = names(text)
    if len(people) > 1 and (P.NAME_SHAPED_PAPER.fullmatch(people[-1]) or P.NAME_SHAPED_SITE.fullmatch(people[-1])):
        return Byline(people[:-1], people[-1])
    return Byline(people)


def shaped_byline(text: str) -> Byline | None:
    """byline() of a line that passed its quick tests: the byline shapes tried in turn, the most common first.
    (A pattern added here needs its start or word in BYLINE_START or BYLINE_WORD.)"""
    if text[:1] in P.BYLINE_BULLETS and P.BULLETED_SPACED_NAME_LINE.match(text):
        return Byline(("".join(text[1:].split()),))     # ◎ 梅 子 涵: a letter-spaced name under its bullet (qa105)
    bulleted = bool(m := P.BYLINE_BULLET.match(text))
    if m:
        text = text[m.end():]
        if n := P.NAMES_INSTITUTION_POST_LINE.match(text):
            return Byline(names(n.group(1)))     # □ 张三 某大学经济学院教授: the writer's institution and post after
    if text in P.NEWS_LABEL_WORDS or (len(text) <= P.NEWS_LABEL_SPACED_MAX and "".join(text.split()) in P.NEWS_LABEL_WORDS):
        return None                       # 简讯 (or 简 讯 letter-spaced) alone on its line: a column's label, no name
    if text[:1] in P.KEYWORDS_LABEL_INITIALS and P.KEYWORDS_LINE.match(text):
        return None                       # 关键词 alone on its line: a label, no name
    # (before NAME_LINE: an office may read as a name, 区长 as surname 区 and a given name, yet a field ending in an
    # office word before a name is the speaker's post, 区长　林书瑶 under a work report)
    if P.OFFICE_WORD.search(text) and (m := P.OFFICE_BYLINE.match(text) or P.OFFICE_SPACED_NAME_BYLINE.match(text)):
        return Byline(("".join(m.group(1).split()),))     # (a padded or letter-spaced name without its spaces)
    if m := P.NAME_LINE.match(text):
        return Byline(names(m.group(1)), m.group(2)) if m.group(2) else names_then_paper(m.group(1))
    # (each of the four patterns naming an institution or department below parts it from the names by [ 　]+: a line
    # with neither space, three in four of those that get here, skips them all)
    spaced = " " in text or "　" in text
    if spaced and (m := P.NAMES_INSTITUTION_LINE.match(text)):
        return Byline(names(m.group(1)))     # the institution is the authors' affiliation, no publication
    if any(map(text.__contains__, P.NAME_INSTITUTION_BARS)) and (m := P.NAMES_BAR_INSTITUTION_LINE.match(text)
                                                                 or P.COLUMN_BAR_NAME_LINE.match(text)):
        return Byline(names(m.group(1)))     # the same, a bar before the institution (王某 李某｜某研究院, qa168), or a
                                             # column's name before the columnist's (经脉纵横｜石山客, qa212)
    if spaced and (m := P.INSTITUTION_NAMES_LINE.match(text)):
        return Byline(names(m.group(1)))     # the same, the institution first (江宁省委党校教授 宋一鸣)
    if spaced and (m := P.NAMES_DEPARTMENT_LINE.match(text)):
        return Byline(names(m.group(1)))     # the same, the department after the names (张三 某市委党校经济学教研部)
    if spaced and (m := P.DEPARTMENT_NAMES_LINE.match(text)):
        return Byline(names(m.group(1)))     # the same, a department first (某市委党校经济学教研部 张三, 某省商务厅 李四)
    if text.endswith(P.POST_ENDS) and (m := P.NAMES_POSTS_LINE.match(text)):
        return Byline(names(m.group(1)))     # the same, posts instead of an institution (卢启贤 全国政协委员)
    if bulleted and (m := P.NAMES_ACADEMIC_POST_LINE.match(text)):
        return Byline(names(m.group(1)))     # ■黄伟豪　某某大学…副教授: a bulleted byline with the writer's post (qa107)
    if bulleted and text[-1:] in "）)" and (m := P.NAME_WITH_TOWN_LINE.match(text)):
        return Byline(names(m.group(1)))     # ◎ 许文彦（台北市）: a forum writer's town after the name (qa212)
    if found := names_with_asides(text):
        return found
    # Each pattern below is tried only when the word it needs is in the line (a cheap search).
    if P.ORG_WORD.search(text) and (m := P.ORG_AUTHOR.match(text)):
        return Byline((m.group(1),))
    if P.ROLE_WORD.search(text):
        if text.endswith(P.REPORTER_ROLE_WORDS) and (m := P.NAMES_THEN_ROLE_BYLINE.match(text)):
            return Byline(names(m.group(1)))     # 许 晴 本报记者: the role after the names (qa271)
        text = reporter_text(text)
        if found := several_roles(text):
            return found
        if m := P.ROLE_BYLINE.match(text) or P.ROLE_SPACED_NAME_BYLINE.match(text):
            return Byline(names(m.group(2)), outlet_of(m.group(1)))     # (本报记者　何 田 田: qa105)
    if P.THINK_TANK_POST_WORD.search(text) and (m := P.THINK_TANK_POST_BYLINE.match(text)):
        return Byline(names(m.group(1)))     # 财经组召集人 张维哲: a think tank's desk and post before the name
    if m := P.LABELLED_BYLINE.match(text):
        # 作者：张三（某大学教授）、李四（某大学讲师）: every name after the label, each with its aside
        if asides := names_with_asides(text[m.start(1):]) or labelled_names_with_asides(text[m.start(1):]):
            return asides
        people = names(m.group(1))
        return Byline(people_first(people) + co_authors(text[m.end(1):])) if people else None
    if (P.FULL_WIDTH_SLASH in text or "/" in text) and (m := P.NAME_SLASH_POST_LINE.match(text)):
        return Byline(names(m.group(1)))     # 郑雅琳／某大学教授（嘉义县）: the name, then the post after a slash (qa166)
    if (P.FULL_WIDTH_SLASH in text or "/" in text) and (m := P.OUTLET_SLASH_BYLINE.match(text)):
        return Byline(names(m.group(2)), outlet_of(m.group(1)))     # 联合报／ 黄柏翰（台中市／医师）
    if "/" in text and (m := P.SLASH_WEN_BYLINE.match(without_brackets(text))):
        return Byline(names(m.group(1)))
    # (last, as few lines get this far: 记者：秦朗 编辑：韩梅 审核：周正 is read without the credits)
    return byline(cut) if (cut := without_counter_field(without_credit_fields(text))) != text else None


def without_counter_field(text: str) -> str:
    """作者：韩某　浏览次数：3265 -> 作者：韩某: a web page's reader counter after the byline names no author."""
    if not any(map(text.__contains__, P.READER_COUNTER_WORDS)):
        return text
    m = P.READER_COUNTER_FIELD.search(text)
    return text[:m.start()] if m and m.start() else text


def project_byline(text: str) -> Byline | None:
    """研究主持人：蔡明哲 协同主持人：许雅琪 -> both names: a commissioned research report names its authors by their
    roles in the project, each role with its names (only lines holding a role's word are tried)."""
    if not any(map(text.__contains__, P.PROJECT_ROLE_WORDS)):
        return None
    if "（" in text or "(" in text:     # (each name's affiliation in brackets after it names no author: qa147)
        text = P.PROJECT_NAME_AFFILIATION.sub("", text)
    if " " in text:                     # (a letter-spaced name, 刘 佩 真, is one name: qa147)
        text = P.LETTER_SPACED_NAME.sub(joined_letters, text)
    if not P.PROJECT_ROLES_BYLINE.match(text):
        return None
    return Byline(tuple(n for part in P.PROJECT_ROLE_SPLIT.split(text)[1:] for n in names(part)))


def joined_letters(match: re.Match[str]) -> str:
    """刘 佩 真 -> 刘佩真: a letter-spaced name's characters joined."""
    return match.group(0).replace(" ", "")


def team_byline(text: str) -> Byline | None:
    """课题组组长：邬某某 执笔：甘某某、费某某 -> the three names: a report's team leader and its writers, each after the
    role, on one line (TEAM_WRITERS_BYLINE)."""
    if not P.TEAM_WRITERS_BYLINE.match(text):
        return None
    return Byline(tuple(n for part in P.TEAM_ROLE_SPLIT.split(text)[1:] for n in names(part)))


def place_signature(text: str) -> Byline | None:
    """湖西县柳塘镇 卢晓梅 / 江宁省东川市 读者 邵庆和 -> the name: a letter's writer signs with the place he writes from
    (and what he is) before his name; only a line whose first word ends with a place's level is tried."""
    space = text.find(" ")
    if space < 2:
        return None
    if text[space - 1] in P.READER_WORD_LAST and (m := P.READER_SIGNATURE.match(text)):
        return Byline(names(m.group(1)))     # 浙江杭州读者 钱慧敏: the place run into what the writer is
    if text.startswith(P.PROVINCE_SHORT_NAMES) and (m := P.PROVINCE_PLACE_SIGNATURE.match(text)
                                                    or P.PROVINCE_PLACE_OCCUPATION_SIGNATURE.match(text)):
        # 河北保定 刘振华: the place without its levels, a province's name first (qa112); 湖南长沙 退休教师 刘晓雯: and what
        # the writer does (qa214)
        return Byline(names(m.group(1)))
    if text.startswith(P.REGION_PLACE_NAMES) and (m := P.REGION_PLACE_SIGNATURE.match(text)):
        return Byline(names(m.group(1)))     # 屯门 陈家豪: a Hong Kong or Taiwan district, written bare (qa275)
    if text[space - 1] not in P.PLACE_LEVEL_LAST or not (m := P.PLACE_SIGNATURE.match(text)):
        return None
    return Byline(names(m.group(1)))


def without_credit_fields(text: str) -> str:
    """记者：秦朗 编辑：韩梅 审核：周正 -> 记者：秦朗: the fields of the people who edited and checked a piece
    (CREDIT_FIELDS), set after its writer's on a WeChat or news app page, name no author."""
    # 作者：张三 | 编辑：李四: the fields parted by a bar (the bar tried first: a space may follow it)
    barred = P.BARRED_CREDIT_FIELDS.search(text) if any(map(text.__contains__, P.CREDIT_BARS)) else None
    m = barred or P.CREDIT_FIELDS.search(text)
    return text[:m.start()] if m and m.start() else text


def commas_between_names(text: str) -> bool:
    """孙立平1，郑雨桐2: a paper's authors parted by full-width commas (no 。, every part a name)."""
    return P.COMMA_NAMES_LINE.match(text) is not None


def reporter_text(text: str) -> str:
    """（本报记者 刘晓燕 采访整理） -> 本报记者 刘晓燕, 文 | 本报记者 周晓 -> 本报记者 周晓: a reporter's
    byline is often set in brackets, says what the reporter did (整理, 采写, 报道) or follows a label
    (文 |, 作者：) or where it was filed from (发自北京); none of them is a name or the outlet."""
    text = P.REPORTER_WORK_END.sub("", without_brackets(text))
    if "发自" in text:
        text = P.REPORTER_FILED_FROM_END.sub("", text)      # 本报记者 卜凡 发自东川: where it was filed from (qa193)
    if "/" in text[:6] or "／" in text[:6] or "、" in text[:6]:
        text = P.REPORTER_LABEL_CHAIN.sub("", text)     # 采访/整理：本刊记者 某某: the first of two labels (qa108)
    return P.REPORTER_LABEL_START.sub("", text)


def without_brackets(text: str) -> str:
    """（本报记者 张三） / (钱立新/文) -> the byline inside: a byline under the text is often set in brackets."""
    return text[1:-1].strip() if text[:1] in "（(" and text[-1:] in "）)" else text


def co_authors(rest: str) -> tuple[str, ...]:
    """；韩璐，某研究院助理研究员 -> 韩璐: the later authors of a labelled byline whose first author is
    followed by what that author is (each author's part opens with the name, after ；)."""
    return tuple(P.CO_AUTHOR.findall(rest)) if "；" in rest or ";" in rest else ()


def people_first(found: tuple[str, ...]) -> tuple[str, ...]:
    """作者：市政府发展研究中心 韩雪 邵明 -> 韩雪, 邵明: where a byline names people, the other words
    before them are their affiliation (an organisation is the author only when it stands alone)."""
    people = tuple(n for n in found if P.NAME_ONLY.match(n))
    return people or found


def names_with_asides(text: str) -> Byline | None:
    """殷晓峰（某某大学教授） / 张三（某院研究员）、李四（某大学讲师）: names, each with its affiliation
    in brackets after it (the affiliation is no author); or one name with the writer's occupation (陈默（媒体人）)."""
    if not text.endswith(("）", ")")):
        return None
    # (or one name with what the writer is, 陈 默（媒体人）: a short comment's signature, qa126)
    if not (m := P.NAMES_WITH_ASIDES.match(text) or P.NAME_WITH_OCCUPATION.match(text)):
        return None
    return Byline(names(P.BRACKETED.sub(" ", m.group(0))))


def labelled_names_with_asides(value: str) -> Byline | None:
    """孟某（某研究院所长）、杜某: the names after a byline's label when only some carry an aside in brackets (qa139);
    the asides are no authors. (A bracket test first: most labelled bylines have none.)"""
    if "（" not in value and "(" not in value or not P.NAMES_SOME_WITH_ASIDES.match(value):
        return None
    return Byline(names(P.BRACKETED.sub(" ", value)))


def several_roles(text: str) -> Byline | None:
    """本报记者 张三 通讯员 李四: each role opens its own names; the first role's prefix is the outlet."""
    parts = P.RANKED_ROLE_SPLIT.split(text)
    outlet, groups = parts[0].strip(), [p.strip() for p in parts[1:]]
    found = tuple(n for g in groups for n in names(g))
    if len(groups) < 2 or not found or not all(map(is_names_only, groups)):
        return None
    return Byline(found, outlet_of(outlet))


def is_names_only(group: str) -> bool:
    """Whether the words after a role are names only, the last of them maybe a letter-spaced three-character name
    (霍 青 陈 思 雨, qa186)."""
    return P.NAME_ONLY.match(group) is not None or P.NAMES_ENDING_SPACED_THREE.match(group) is not None


def metadata_authors(value: str) -> tuple[str, ...]:
    """Authors named in a front-matter field: 本报记者 张三 / 张三（某大学教授）、李四 -> names only."""
    value = P.BRACKETED.sub("", value).strip()
    found = byline(value)
    return found.authors if found else names(value)


def dateline_authors(paragraph: str) -> tuple[str, ...]:
    """Reporters named in a news dateline: 新华社北京3月5日电（记者张三、李四）……"""
    m = P.DATELINE_BYLINE.match(paragraph)
    return names(m.group(1)) if m else ()


def note_authors(note: str) -> tuple[str, ...]:
    """Authors named in a note about them: （作者杨尚钊系……，陈建武系……） / （作者：张三 李四，均系……） / （执笔：王五）,
    （作者：张三 李四，单位：……） (the institution as a field),
    or unbracketed on a line of its own (作者邢某系某党校教授).
    (The note as written: spaces may separate the names of a list.)"""
    if not P.AUTHOR_NOTE_LINE.match(note):
        return ()
    if m := P.NOTE_AUTHOR_LIST.match(note) or P.WRITERS_NOTE.match(note) or P.NOTE_AUTHORS_THEN_UNIT.match(note):
        return names(m.group(1))
    if m := P.NOTE_AUTHORS_THEN_POST.match(note):
        return names(m.group(1))          # （作者：某某 某大学某学院教授）: the name, a space, the post (qa216)
    if found := tuple(dict.fromkeys(P.NOTE_AUTHOR.findall(note))):
        return found
    # （作者：某省某委员会某处）: the office that wrote the piece is its author (qa69)
    return (m.group(1),) if (m := P.ORG_NOTE_AUTHOR.match(note)) else ()


def field_authors(meta_line: str) -> tuple[str, ...]:
    """Authors named by an 作者： field of a front-matter line (来源：… 作者：宋佳 编辑：…)."""
    if m := P.AUTHOR_FIELD.search(meta_line) or P.UNIT_THEN_AUTHOR_FIELD.search(meta_line):
        if "简介" in meta_line:           # (作者简介：孟某，…；江某，…: each profiled writer, qa196)
            return names(m.group(1)) + tuple(P.PROFILE_NEXT_AUTHOR.findall(meta_line, m.end()))
        return names(m.group(1))          # (作者：基层卫生处 陈某: the department before the name, qa123)
    if "记者" in meta_line and (m := P.REPORTER_FIELD.search(meta_line)):
        return names(m.group(1))          # (来源：某某网 记者：韦某: the reporter's field, qa205)
    if "记者" in meta_line and any(b in meta_line for b in P.FIELD_BARS) and (m := P.BARRED_REPORTER_FIELD.search(meta_line)):
        return names(m.group(1))          # (来源：某某日报 | 2026-05-19 | 记者 钟某: the field without its colon, qa288)
    if "组" in meta_line and (m := P.GROUP_AUTHOR_FIELD.search(meta_line)):
        return (m.group(1),)              # (作者：某某研究院课题组: the group, qa128)
    if ("|" in meta_line or "｜" in meta_line) and (m := P.WRITER_OUTLET_DATE_LINE.match(meta_line)):
        return (m.group(1),)              # (岑某某 | 某某新闻 2026-11-21 07:05: the writer before the publisher, qa226)
    if "文" in meta_line and (m := P.FIELD_SLASH_WRITER.search(meta_line)):
        return names(m.group(1))          # (来源：… | 2026-05-18 | 文/某某: the writer's field as a byline writes it, qa183)
    if not P.ROLE_WORD.search(meta_line):
        return ()
    return roled_field_authors(meta_line) or bracketed_source_reporters(meta_line)


def bracketed_source_reporters(meta_line: str) -> tuple[str, ...]:
    """来源：东川日报（记者 邵某 通讯员 顾某） -> 邵某, 顾某: the reporters a source field names in brackets after the paper
    (SOURCE_WITH_REPORTERS, qa149)."""
    m = P.SOURCE_WITH_REPORTERS.search(meta_line)
    return tuple(n for piece in P.RANKED_ROLE_SPLIT.split(m.group(2)) if piece.strip() for n in names(piece)) if m else ()


def roled_field_authors(meta_line: str) -> tuple[str, ...]:
    """作者：记者 张三 通讯员 李四 -> 张三, 李四: an author field naming each writer's role (the roles are no names; qa117)."""
    m = P.ROLED_AUTHOR_FIELD.search(meta_line)
    return tuple(n for piece in P.RANKED_ROLE_SPLIT.split(m.group(1)) if piece.strip() for n in names(piece)) if m else ()


def head_line_authors(meta_line: str) -> tuple[str, ...]:
    """The writers a WeChat head line labelled 原创 names (原创 宋之衡 经略智库 2025年09月18日 07:30 上海 -> 宋之衡; 原创 林知远
    章若溪 某某研究 … -> 林知远, 章若溪: the writer field may hold several names, qa196)."""
    m = P.WECHAT_HEAD_WRITERS.match(meta_line) if meta_line.startswith("原创") else None
    return tuple(P.WECHAT_HEAD_WRITER_GAP.split(m.group(1))) if m and P.WECHAT_HEAD_LINE.match(meta_line) else ()


def subtitle_speaker(line: str) -> tuple[str, ...]:
    """The speaker a speech's subtitle names (——潘永清同志在全市经济工作会议上的讲话 -> 潘永清), or its title (潘永清在全市
    经济工作会议上的讲话 -> 潘永清, qa227)."""
    m = P.SPEAKER_SUBTITLE.match(line)
    if not m and line[-1:] in P.SPEAKER_TITLE_LASTS and (m := P.SPEAKER_TITLE.match(line)):
        return () if P.OFFICE_WORD.search(m.group(1)) else (m.group(1),)
    return (m.group(1),) if m else ()


def outlet_of(prefix: str | None) -> str | None:
    """The publication in front of a role (成都日报锦观新闻记者 -> 成都日报锦观新闻), if any: without a source field's label
    before it or the reporter's rank after it (来源：潮新闻客户端, 澄江日报全媒体 -> 潮新闻客户端, 澄江日报; qa149)."""
    prefix = (prefix or "").strip()
    if prefix[:1] in "来稿信文本新" and (m := P.OUTLET_SOURCE_LABEL.match(prefix)):
        prefix = prefix[m.end():]
    return P.REPORTER_RANK_END.sub("", prefix) or None


def published(line: str) -> dt.date | None:
    """The date of a 日期：… field, of a line that is only a date, of one that starts with it, or of a
    publisher-and-date line (国研网 2024-09-03) or of a WeChat article's head line (原创 作者 公众号 2025年10月08日 20:15), or
    the issue date before a document's number in brackets under its title (（2026年5月12日　某政发〔2026〕3号）), or the
    date after a brief's issue number (2025年第7期（总第39期）2025年7月8日)."""
    if (P.DATE_ONLY_LINE.match(line) or P.OUTLET_DATE_LINE.match(line) or P.OUTLET_ISSUE_DATE_LINE.match(line)
            or P.OUTLET_DATE_COUNTER_LINE.match(line)
            or P.OUTLET_SERIES_ISSUE_DATE_LINE.match(line)
            or P.OUTLET_DATE_FIELDS_LINE.match(line)
            or (line[-1:] in P.OUTLET_WEEKDAY_LAST and P.OUTLET_COLUMN_DATE_WEEKDAY_LINE.match(line))   # qa161
            or (":" in line and P.WECHAT_HEAD_LINE.match(line))
            or (line[:1] in P.PUBLISHED_UPDATED_INITIALS and P.PUBLISHED_UPDATED_LINE.match(line))
            or (line.endswith(P.BRACKETED_DOC_NUMBER_ENDS) and P.BRACKETED_DOC_NUMBER_LINE.match(line))   # qa227
            or (line[:1] in P.ISSUE_LINE_INITIALS and P.ISSUE_DATE_FIELDS_LINE.match(line))   # a brief's issue, qa274
            or is_speaker_day_line(line)):   # qa231
        # (出版：… 更新：…: the first date, the published one: qa121; a date in Chinese numerals, qa123)
        return date_of(P.BARE_DATE.search(line)) or cn_numeral_date(line)
    return (date_of(P.DATE_FIELD.search(line) or P.LEADING_DATE.match(line) or P.SOURCE_THEN_DATE.search(line))
            or roc_date(line) or barred_last_date(line) or republic_day(line))


def is_speaker_day_line(line: str) -> bool:
    """Whether a line is a speech's speaker and day in one pair of brackets (（某某　2026年2月27日）:
    BRACKETED_SPEAKER_DAY_LINE; tried on lines in brackets that hold 年) or unbracketed after a post
    (市长　某某　2026年2月27日: SPEAKER_POST_DAY_LINE)."""
    if line[-1:] == "日" and "年" in line and P.SPEAKER_POST_DAY_LINE.match(line) is not None:
        return True        # 市长　某某　2026年2月27日: the same with no brackets, a post first (qa265)
    return line[:1] in "（(" and "年" in line and P.BRACKETED_SPEAKER_DAY_LINE.match(line) is not None


def barred_last_date(line: str) -> dt.date | None:
    """The date closing a line of fields after a bar, unlabelled (作者：… | 来源：… | 2026-01-09; qa108), or set between
    two bars (来源：… | 2026-05-18 07:45 | 文/某某; qa183)."""
    if not any(map(line.__contains__, P.FIELD_BARS)):
        return None
    return date_of(P.FIELDS_LAST_BARE_DATE.search(line) or P.FIELDS_BARRED_BARE_DATE.search(line))


def republic_day(line: str) -> dt.date | None:
    """The day a line that is only a date in the Republic's years names (中华民国115年3月12日 -> 2026-03-12: a Taiwan
    paper's or cover's date under its title, qa278); None for any other line, and for a month with no day (中华民国115年
    3月 names no day to publish under)."""
    if not line.startswith(P.REPUBLIC_DATE_PREFIX) or not P.REPUBLIC_DATE_LINE.match(line):
        return None
    return republic_day_in(line)


def republic_day_in(text: str) -> dt.date | None:
    """The day a date in the Republic's years inside a line names (A13 论坛 中华民国115年3月18日／星期三 -> 2026-03-18), or
    None. (A substring test first.)"""
    if P.REPUBLIC_DATE_PREFIX not in text or not (m := P.REPUBLIC_DAY.search(text)):
        return None
    try:
        return dt.date(int(m.group(1)) + P.ROC_YEAR_OFFSET, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def roc_date(line: str) -> dt.date | None:
    """The date of a field in the Republic's years (发布日期：114-03-12 -> 2025-03-12), as Taiwan's government pages
    date their news (qa101). (A character test first: most lines hold no field colon.)"""
    if "：" not in line and ":" not in line:
        return None
    m = P.ROC_DATE_FIELD.search(line)
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)) + P.ROC_YEAR_OFFSET, int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def published_date(value: str | None) -> dt.date | None:
    """A date written 2024-04-02, 2024/4/2, 2024.4.2 or 2024年4月2日 (front matter values)."""
    return date_of(P.BARE_DATE.search(value or ""))


def cn_numeral_date(line: str) -> dt.date | None:
    """The date a line writes in Chinese numerals (二〇二六年二月二十七日 -> 2026-02-27), or None. (A substring test first:
    a date so written holds 〇, 零 or ○ in its year, as no year of ours lacks a zero.) (qa123)"""
    if not ("〇" in line or "零" in line or "○" in line) or not (m := P.CN_NUMERAL_DATE_PARTS.search(line)):
        return None
    year = "".join(str(P.CN_DIGITS.get(ch, 0)) for ch in m.group(1))
    month, day = (cn_day_number(m.group(k)) for k in (2, 3))
    try:
        return dt.date(int(year), month, day)
    except ValueError:
        return None


def arabic_dated(line: str) -> str:
    """The line with a date it writes in Chinese numerals written in Arabic digits (二〇二六年十一月六日 星期五 第4版 ->
    2026年11月6日 星期五 第4版), so that the rules for dated lines read it; the line itself where it holds no such date.
    (Some papers date their running heads so: qa193.)"""
    if not (found := cn_numeral_date(line)):
        return line
    return P.CN_NUMERAL_DATE_PARTS.sub(f"{found.year}年{found.month}月{found.day}日", line, count=1)


def cn_day_number(text: str) -> int:
    """一 -> 1, 十 -> 10, 十二 -> 12, 二十七 -> 27, 三十一 -> 31: a month's or a day's number in Chinese numerals."""
    tens, _, units = text.rpartition("十")
    if "十" not in text:
        return P.CN_DIGITS.get(text, 0)
    return (P.CN_DIGITS.get(tens, 0) if tens else 1) * 10 + (P.CN_DIGITS.get(units, 0) if units else 0)


def date_of(m: re.Match | None) -> dt.date | None:
    """The date a (year, month, day) match names, or None for no match or an impossible date."""
    if not m:
        return None
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def source(line: str) -> str | None:
    """The publication a 来源：… field names (without the reporters it may name in brackets after it, qa149), or the
    publisher of a publisher-and-date line."""
    if ("|" in line or "｜" in line) and (writer := P.WRITER_OUTLET_DATE_LINE.match(line)):
        return writer.group(2)            # 岑某某 | 某某新闻 2026-11-21: the publisher after the writer (qa226)
    m = (P.SOURCE_WITH_REPORTERS.search(line) or P.SOURCE_FIELD.search(line) or P.OUTLET_DATE_LINE.match(line)
         or P.OUTLET_ISSUE_DATE_LINE.match(line)
         or P.OUTLET_SERIES_ISSUE_DATE_LINE.match(line)
         or P.OUTLET_DATE_FIELDS_LINE.match(line) or P.OUTLET_DATE_COUNTER_LINE.match(line)
         or (line[:1].isdecimal() and P.DATE_OUTLET_LINE.match(line))          # (date first, then publisher: qa215)
         or (line[-1:] in P.OUTLET_WEEKDAY_LAST and P.OUTLET_COLUMN_DATE_WEEKDAY_LINE.match(line)))   # qa161
    if not m:
        return None
    value = m.group(1)
    if value[:1] == "《" and (booked := P.BOOKED_SOURCE_VALUE.match(value)):
        return booked.group(1)            # 来源：《东海发展参考》2026年第5期…: the publication the marks name (qa188)
    if value[-1:] in "Dd号" and (account := P.SOURCE_ACCOUNT_ID.search(value)):
        return value[: account.start()]   # 江东日报（ID：…: the field's value stops at the ID's colon (qa196)
    return value


def keywords(text: str) -> list[str]:
    """The keywords of a keywords line's value as written (its spaces still there): split on 、；， where the value has
    one, else on its spaces (关键词：数字经济  乡村振兴), unless that leaves a lone character (a letter-spaced value)."""
    if P.KEYWORD_MARK_SEPARATORS.search(text):
        return [k.strip() for k in P.KEYWORD_MARK_SEPARATORS.split(text) if k.strip()]
    parts = text.split()
    if len(parts) > 1 and min(map(len, parts)) > 1:
        return parts
    return [text.strip()] if text.strip() else []     # one keyword (a letter-spaced one: rule 5 closes it up)


def names_no_one(name: str) -> bool:
    """Whether a byline's "name" signs the piece without naming a person: the paper's own voice, or a unit's credit."""
    return is_editorial_voice(name) or is_unit_credit(name)


def is_unit_credit(name: str) -> bool:
    """（东 宣）: a news item closed by the short name of the body that supplied it, a place's or body's initial before
    宣 (its 宣传部), as a signature is set; the contract names organisations as no authors. Its first character is
    no surname (农宣 may be a person's name, 东宣 no person's). (qa228)"""
    return len(name) == 2 and name[1] in P.UNIT_CREDIT_ENDS and name[0] not in P.SURNAMES


def is_editorial_voice(name: str) -> bool:
    """本报评论员 / 本刊特约评论员 / 新京报社论: the paper's own commentator, or its editorial, signs the piece; the
    byline names no one (it anchors the article all the same)."""
    return name.endswith(P.EDITORIAL) or (name.endswith(P.COMMENTATOR) and name[:2] in P.SELF_OUTLETS)
