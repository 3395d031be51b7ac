"""Answers about the report itself: who compiled it, when, how many cities it evaluated, how the
index is built, what it finds and recommends, its title — and its editions: a year the data has
no report for is said to be missing, and with two reports a city's change between them is shown."""

from __future__ import annotations

from bot.answers import buttons
from bot.answers.context import Answer, AnswerContext
from bot.query import Query
from bot.wording.rich import Rich, bold, plain
from index_core.model import ListInfo


def _meta(ctx: AnswerContext, key: str) -> str:
    value = ctx.report.meta[key]
    return value.get(ctx.lang) or value["en"]


def compilers(ctx: AnswerContext) -> Rich:
    return ctx.names([c.get(ctx.lang) or c["en"] for c in ctx.report.meta["compilers"]])


def year_of(ctx: AnswerContext) -> int:
    return int(ctx.report.meta["released"][:4])


def meta(q: Query, ctx: AnswerContext) -> Answer:
    op = q.op or "who"
    source = ctx.report.meta["source"]
    if op == "who":
        body = ctx.say("meta_who", compilers=compilers(ctx))
        if q.extra.get("reporter"):  # "is it a Xinhua ranking?": Xinhua reported it; others compiled it
            reported = ctx.names([v.get(ctx.lang) or v["en"] for v in ctx.report.meta["sources"].values()])
            body = ctx.sentences([*([ctx.say("answer_not")] if q.yesno else []), body,
                                  ctx.say("meta_reported_by", sources=reported)])
        elif q.yesno and q.extra.get("others"):  # "was Harvard involved?", "so WIPO made this": no, these did
            body = ctx.sentences([ctx.say("answer_not"), body])
        elif q.yesno and q.extra.get("named"):  # one of them was named: yes, unless "the only one"
            alone = len(ctx.report.meta["compilers"]) == 1
            body = ctx.sentences([ctx.say("answer_yes" if alone or not q.extra.get("only") else "answer_not"), body])
    elif op == "scores":
        body = ctx.sentences([ctx.say("no_scores"), ctx.say("scores_instead")])
    elif op == "when":
        body = ctx.say("meta_when", released=bold(ctx.wording.date(ctx.report.meta["released"], ctx.lang,
                                                                   weekday=True)),
                       reported=ctx.wording.date(ctx.report.meta["reported"] or ctx.report.meta["released"], ctx.lang),
                       year=year_of(ctx))
        claimed = q.extra.get("claimed_year")
        if claimed is not None:  # "the report came out in 2024 right": no, in January 2025
            right = claimed == int(ctx.report.meta["released"][:4])
            body = ctx.sentences([ctx.say("answer_yes" if right else "answer_not"), body])
    elif op in ("count", "count_list"):
        body = ctx.say("meta_count", evaluated=bold(str(ctx.evaluated)), top=ctx.top_of(ctx.main_list))
        if q.yesno and q.extra.get("claimed") is not None:  # "only 10 cities were evaluated, right?"
            right = q.extra["claimed"] == ctx.evaluated and not q.extra.get("full")  # (the full list: not published)
            verdict = "answer_yes" if right else "answer_not_published" if q.extra.get("full") else "answer_not"
            body = ctx.sentences([ctx.say(verdict), body])
        if op == "count_list":  # "list all 30 cities": what was published, then
            entries = ctx.report.top(ctx.main_list.id).entries
            body = ctx.lines([body, ctx.say("published_instead", top=ctx.top_of(ctx.main_list)),
                              plain("\n".join(f"{r}. {c.name(ctx.lang)}" for r, c in entries))])
    elif op == "lists":  # "which lists are there?", "有哪些榜单": every published result, and whether it is ordered
        body = ctx.lines([ctx.say("meta_lists", n=len(ctx.report.lists)), *(_list_line(ctx, info)
                                                                          for info in ctx.report.lists)])
    elif op in ("measure", "indicators", "growth", "not_disclosed"):
        structure = ctx.report.meta["structure"] or ctx.report.meta["index_name"]
        key = {"measure": "meta_measure", "indicators": "meta_indicators", "growth": "meta_growth",
               "not_disclosed": "meta_not_disclosed"}[op]  # "the weights?", "三级指标有多少个": not published
        body = ctx.say(key, index=_meta(ctx, "index_name"), structure=structure.get(ctx.lang) or structure["en"])
        source = structure.get("source") or source
        if op == "indicators" and q.yesno and q.extra.get("names_asked"):  # "are their names in the report?"
            body = ctx.sentences([ctx.say("answer_not_published"), body])
        focus = ctx.report.meta.get("structure_focus") or {}
        claim = q.extra.get("claim")
        if op == "growth" and q.yesno and claim and focus.get("mainly"):  # "is it mainly about growth?": no
            right = {"strength_main": focus["mainly"] == "strength", "growth_main": focus["mainly"] == "growth",
                     "growth_counted": "growth" in focus.values()}[claim]
            body = ctx.sentences([ctx.say("answer_yes" if right else "answer_not"), body])
    elif op == "title":
        body = ctx.say("meta_title", title=bold(_meta(ctx, "title")), index=_meta(ctx, "index_name"))
    elif op == "index":
        body = ctx.say("meta_index", index=bold(_meta(ctx, "index_name")))
    elif op == "recommend":
        statements = ctx.report.statements("recommendation")
        body = ctx.say("meta_recommend", text=ctx.sentences([ctx.say("quoted", text=s.text(ctx.lang))
                                                              for s in statements]))
        source = statements[0].source if statements else source
    elif op == "china":
        return _china(q, ctx)
    elif op == "source":
        return about(q, ctx)
    else:  # findings
        top3 = ctx.names([c.name(ctx.lang) for _r, c in ctx.report.top(ctx.main_list.id, 3).entries])
        statements = ctx.report.statements("findings")
        body = ctx.say("meta_findings", top3=top3, statements=ctx.sentences(
            [ctx.say("quoted", text=s.text(ctx.lang)) for s in statements]))
    return Answer(body, buttons.for_report(ctx), None, (source,), body.plain[:120])


def _list_line(ctx: AnswerContext, info: ListInfo) -> Rich:
    key = "meta_list_ranked" if info.ordered else "meta_list_unordered" if info.published else "meta_list_group"
    return ctx.say(key, top=ctx.top_of(info))


def _china(q: Query, ctx: AnswerContext) -> Answer:
    """"What does the report say about Chinese cities?": their places, and its statements about them."""
    main = ctx.main_list
    country = next((p.id for p in q.places if p.kind == "country"), "CN")
    in_top = [ctx.with_rank(c, r) for r, c in ctx.report.top(main.id).entries if c.country == country]
    statements = [s for s in ctx.report.statements() if s.topic in ("findings", "recommendation")]
    if q.lists:  # "in sci-tech": the statements about that list (named in them), if any
        names = [ctx.list_info(lid).name(ctx.lang) for lid in q.lists]
        about = [s for s in statements if any(name in s.text(ctx.lang) for name in names)]
        statements = about or statements
    parts = [ctx.say("place_some", n=len(in_top), top=ctx.top_of(main), names=ctx.names(in_top),
                     what=ctx.say("what_adj", n=len(in_top), adjective=ctx.adjective(country)))]
    parts += [ctx.say("quoted", text=s.text(ctx.lang)) for s in statements]
    body = ctx.sentences(parts)
    return Answer(body, buttons.for_report(ctx), None, tuple(dict.fromkeys([main.source, *[s.source for s in
                                                                                            statements]])),
                  body.plain[:120])


def about(q: Query, ctx: AnswerContext) -> Answer:
    sources = ctx.names([v.get(ctx.lang) or v["en"] for v in ctx.report.meta["sources"].values()])
    body = ctx.say("about", title=bold(_meta(ctx, "title")), index=_meta(ctx, "index_name"),
                   compilers=compilers(ctx), released=ctx.wording.date(ctx.report.meta["released"], ctx.lang),
                   evaluated=ctx.evaluated, sources=sources)
    if q.extra.get("data_unpublished"):  # the report's own data: not in the coverage
        body = ctx.sentences([body, ctx.say("about_data_unpublished")])
    return Answer(body, [], None, (ctx.report.meta["source"],), body.plain[:120])


def editions(ctx: AnswerContext) -> list[int]:
    return sorted(int(r.meta["released"][:4]) for r in ctx.index.reports.values())


def edition(q: Query, ctx: AnswerContext) -> Answer:
    """"Is there a 2024 edition?", "how did Beijing rank last year?" with one report, "is this the latest?"."""
    years = editions(ctx)
    have = ctx.names([str(y) for y in years])
    if q.asked_year is not None:
        body = ctx.say("edition_missing", year=q.asked_year, have=have, n=len(years))
    elif q.op == "next":
        body = ctx.say("edition_next", have=have, n=len(years))
    else:
        body = ctx.say("edition_have", have=have, n=len(years), released=ctx.wording.date(
            ctx.report.meta["released"], ctx.lang))
    return Answer(body, buttons.for_report(ctx), None, (ctx.report.meta["source"],), body.plain[:120])


def year_note(q: Query, ctx: AnswerContext) -> Rich:
    """Said before answering from the latest report when another year was asked for."""
    years = editions(ctx)
    return ctx.say("year_missing", year=q.asked_year or 0, have=ctx.names([str(y) for y in years]),
                   latest=year_of(ctx), n=len(years))


def unread_note(q: Query, ctx: AnswerContext) -> Rich:
    """Said before the answer when the question names a ranking the report does not have ("top 3 in
    healthcare"): which rankings it has; the answer that follows is the main one's."""
    words = ctx.names([f"“{w}”" for w in q.extra.get("unread", ())], conj="or")
    lists = ctx.names([ctx.list_name(info) for info in ctx.report.lists if info.ordered or info.published])
    if q.lists:  # "is Boston first in education and in gastronomy?": no yes or no; what the named lists say
        return ctx.say("unread_topic_beside", words=words, lists=lists)
    return ctx.say("unread_topic", words=words, lists=lists, main=ctx.list_name(ctx.main_list))


def change(q: Query, ctx: AnswerContext) -> Answer:
    """"How did Shanghai change between 2025 and 2026?": its places in both reports."""
    pair = q.extra.get("reports")
    if not pair:
        years = editions(ctx)
        parts = [ctx.say("change_one_edition", have=ctx.names([str(y) for y in years]), n=len(years))]
        list_id = q.list_id or ctx.main_list.id
        for ref in [c for c in q.cities if c.id][:2]:  # "did London's ranking change?": what it is now, at least
            parts.append(ctx.placement_sentence(ctx.report.placement(list_id, ref.id), ctx.mention(ref)))
        body = ctx.sentences(parts)
        return Answer(body, buttons.for_report(ctx), None, (ctx.report.meta["source"],), body.plain[:120])
    older, newer = (ctx.index.reports[r] for r in pair)
    lines: list[Rich] = []
    refs = [c for c in q.cities if c.id] or []
    list_id = q.list_id or ctx.main_list.id
    targets = [ctx.city(r.id) for r in refs if r.id] or [c for _r, c in newer.top(list_id).entries]
    for city in targets[:10]:
        places = []
        for report in (older, newer):
            if report.has_list(list_id):
                places.append(ctx.place_word(report.placement(list_id, city.id)))
            else:
                places.append(ctx.text("place_unknown"))
        lines.append(ctx.say("change_line", city=bold(city.name(ctx.lang)), first=places[0], second=places[1],
                             first_year=older.meta["released"][:4], second_year=newer.meta["released"][:4]))
    head = ctx.say("change_head", first_year=older.meta["released"][:4], second_year=newer.meta["released"][:4],
                   list=ctx.list_title(ctx.list_info(list_id)))
    body = ctx.lines([head, *lines])
    return Answer(body, buttons.for_report(ctx), None, (older.meta["source"], newer.meta["source"]), head.plain)
