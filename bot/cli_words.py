"""The words the command line itself shows to a person (not the bot's replies, which come from data/).

Kept in one block so that they can move to the data folder's wording files with the rest: each
entry is a phrase per language, with {placeholders}.
"""

from __future__ import annotations

CLI_WORDS: dict[str, dict[str, str]] = {
    # citybot ask --why
    "why_heading": {"en": "Why: what this answer rests on", "zh-Hans": "依据：这个回答所依据的原文",
                    "zh-Hant": "依據：這個回答所依據的原文"},
    "why_whole_source": {"en": "(the answer does not say which paragraphs; the whole source follows)",
                         "zh-Hans": "（回答未指明段落；以下为整篇来源）",
                         "zh-Hant": "（回答未指明段落；以下為整篇來源）"},
    "why_no_text": {"en": "(the data holds this source's citation only, not its text)",
                    "zh-Hans": "（数据中只有该来源的出处，没有原文）",
                    "zh-Hant": "（資料中只有該來源的出處，沒有原文）"},
    "why_nothing": {"en": "Why: this reply states no fact of the report, so it rests on no source.",
                    "zh-Hans": "依据：这个回答没有陈述报告中的事实，因此没有来源。",
                    "zh-Hant": "依據：這個回答沒有陳述報告中的事實，因此沒有來源。"},
    "why_original": {"en": "original ({language}): {text}", "zh-Hans": "原文（{language}）：{text}",
                     "zh-Hant": "原文（{language}）：{text}"},
    "language_en": {"en": "English", "zh-Hans": "英文", "zh-Hant": "英文"},
    "language_zh-Hans": {"en": "Chinese", "zh-Hans": "中文", "zh-Hant": "中文"},
    "language_zh-Hant": {"en": "Chinese", "zh-Hans": "中文", "zh-Hant": "中文"},
}


def word(key: str, lang: str = "en", **fields: str) -> str:
    """One phrase of CLI_WORDS in a language (English when the language has none), filled in."""
    phrases = CLI_WORDS[key]
    return (phrases.get(lang) or phrases["en"]).format(**fields)
