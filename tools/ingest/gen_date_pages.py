#!/usr/bin/env python3
"""Generates the labelled publication-date test set under tests/ingest_dates/.

Usage: python3 tools/ingest/gen_date_pages.py [OUT_DIR]   (default: tests/ingest_dates)

Writes pages/NNN_<layout>.html and labels.tsv (file, layout, language, expected day or "none").
The pages imitate many German and English site layouts: JSON-LD (plain and @graph), OpenGraph
and other meta tags, microdata, hAtom, <time>, visible date lines only ("27.10.2025, 14:11 Uhr",
"Stand: ...", "Montag, 3. November 2025", "Oct. 27, 2025", "27 October 2025", "10/27/2025"),
bylines with dates, URL-path dates, and pages without any date. Every page also carries
misleading dates: related-article lists (before or after the article), photo captions, video
teasers ("26.08.2025 | 0:23 min"), comments, an "updated" stamp, dates inside the story text and
copyright years. The expected day is the publication day in the page's own time zone.
Some layouts copy the structure (never the text) of real pages the extractor once got wrong:
WordPress entry headers, blog date headers with hAtom footers, "info" boxes holding only the
date, a date followed by an author or a source, a date line above the headline, a date opening
the <title>, UTC JSON-LD just after midnight, recent-post widgets full of class=published dates.
Each page is built on one of three skeletons (semantic HTML5, div soup, headline outside the
text column).
Deterministic (fixed seed); all text comes from date_page_text.py, written for this project.
"""
import datetime as dt
import html
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import date_page_text as T  # noqa: E402


def berlin_offset(d):
    """+1 or +2 hours for a local German date-time (EU summer time rules)."""
    def last_sunday(year, month):
        day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
        return day - dt.timedelta(days=(day.weekday() + 1) % 7)
    start, end = last_sunday(d.year, 3), last_sunday(d.year, 10)
    summer = (start < d.date() < end) or (d.date() == start and d.hour >= 2) or (d.date() == end and d.hour < 3)
    return 2 if summer else 1


def iso(d, lang):
    off = berlin_offset(d) if lang == "de" else -4
    sign = "+" if off >= 0 else "-"
    return d.strftime("%Y-%m-%dT%H:%M:00") + "%s%02d:00" % (sign, abs(off))


def de_numeric(d, time=True):
    return d.strftime("%d.%m.%Y") + (d.strftime(", %H:%M Uhr") if time else "")


def de_long(d, weekday=False):
    s = "%d. %s %d" % (d.day, T.DE_MONTHS[d.month - 1], d.year)
    return (T.DE_WEEKDAYS[d.weekday()] + ", " + s) if weekday else s


def en_ap(d):
    hour = d.hour % 12 or 12
    return "%s %d, %d, %d:%02d %s EDT" % (T.EN_MONTHS_AP[d.month - 1], d.day, d.year, hour, d.minute,
                                         "p.m." if d.hour >= 12 else "a.m.")


def en_long(d):
    return "%d %s %d" % (d.day, T.EN_MONTHS[d.month - 1], d.year)


def en_us(d):
    return "%s %d, %d" % (T.EN_MONTHS[d.month - 1], d.day, d.year)


# Each layout: (name, language, function(ctx) -> dict of page parts). ctx holds the date `d`
# and a random generator. Parts: head (extra <head> HTML), dateline (HTML under the headline),
# url (canonical), expected (True: the page's date is findable, False: "none").
def layouts():
    L = []

    def add(name, lang, expected=True):
        def deco(f):
            L.append((name, lang, expected, f))
            return f
        return deco

    @add("jsonld", "de")
    def _(c):
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                "datePublished": iso(c["d"], "de"), "dateModified": iso(c["later"], "de"),
                "author": {"@type": "Person", "name": c["author"]}}
        return {"head": '<script type="application/ld+json">%s</script>' % json.dumps(data, ensure_ascii=False)}

    @add("jsonld_graph", "de")
    def _(c):
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": c["outlet"]},
            {"@type": "BreadcrumbList", "itemListElement": []},
            {"@type": "NewsArticle", "headline": c["title"], "datePublished": iso(c["d"], "de")}]}
        return {"head": '<script type="application/ld+json">%s</script>' % json.dumps(data, ensure_ascii=False),
                "dateline": "<p class=\"updated\">Aktualisiert am %s</p>" % de_numeric(c["later"])}

    @add("og_meta", "de")
    def _(c):
        return {"head": '<meta property="article:published_time" content="%s">\n'
                        '<meta property="article:modified_time" content="%s">' % (iso(c["d"], "de"), iso(c["later"], "de"))}

    @add("meta_name_date", "de")
    def _(c):
        return {"head": '<meta name="date" content="%s">' % c["d"].strftime("%Y-%m-%dT%H:%M:%S")}

    @add("time_element", "de")
    def _(c):
        return {"dateline": '<div class="article-meta"><time datetime="%s">%s</time></div>'
                            % (iso(c["d"], "de"), de_numeric(c["d"]))}

    @add("visible_numeric", "de")
    def _(c):
        return {"dateline": '<div class="date">%s <span class="listen">Artikel anhören</span></div>' % de_numeric(c["d"])}

    @add("visible_stand", "de")
    def _(c):
        return {"dateline": '<p class="metatextline">Stand: %s Uhr</p>' % c["d"].strftime("%d.%m.%Y %H:%M")}

    @add("visible_long_weekday", "de")
    def _(c):
        return {"dateline": '<span class="datum">%s</span>' % de_long(c["d"], weekday=True)}

    @add("byline_date", "de")
    def _(c):
        return {"dateline": '<p class="byline">Von %s | %s</p>' % (c["author"], de_long(c["d"]) + c["d"].strftime(", %H:%M Uhr"))}

    @add("published_label", "de")
    def _(c):
        return {"dateline": '<div class="info">Veröffentlicht am %s um %s Uhr · Aktualisiert am %s</div>'
                            % (c["d"].strftime("%d.%m.%Y"), c["d"].strftime("%H:%M"), de_numeric(c["later"], time=False))}

    @add("microdata", "de")
    def _(c):
        return {"dateline": '<span itemprop="datePublished" content="%s">%s</span>'
                            % (iso(c["d"], "de"), de_long(c["d"]))}

    @add("hatom", "de")
    def _(c):
        return {"dateline": '<div class="entry-meta">Veröffentlicht von %s am <abbr class="published" title="%s">%s</abbr></div>'
                            % (c["author"], iso(c["d"], "de"), de_long(c["d"]))}

    @add("url_only", "de")
    def _(c):
        return {"url": "https://www.%s.de/lokales/%s/artikel-%d.html" % (
            c["slug"], c["d"].strftime("%Y/%m/%d"), c["rng"].randint(1000, 99999))}

    @add("dateline_after_lead", "de")
    def _(c):
        return {"lead_date": '<p class="article-date">%s</p>' % de_numeric(c["d"])}

    @add("press_dateline", "de")
    def _(c):
        return {"lead_prefix": "Musterstadt, %s – " % de_numeric(c["d"], time=False)}

    @add("created_updated", "de")
    def _(c):
        return {"dateline": '<div class="meta"><span>Erstellt: %s</span> <span>Aktualisiert: %s</span></div>'
                            % (de_numeric(c["d"]), de_numeric(c["later"]))}

    @add("time_text_only", "de")
    def _(c):
        return {"dateline": '<p class="article__meta"><time>%s</time> · %d Min. Lesezeit</p>'
                            % (de_long(c["d"], weekday=True), c["rng"].randint(2, 9))}

    @add("jsonld_itemlist_trap", "de")
    def _(c):
        others = {"@context": "https://schema.org", "@type": "ItemList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@type": "NewsArticle", "headline": "Anderer Artikel",
                                                          "datePublished": iso(c["d"] - dt.timedelta(days=40), "de")}}]}
        own = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
               "datePublished": iso(c["d"], "de")}
        return {"head": '<script type="application/ld+json">%s</script>\n<script type="application/ld+json">%s</script>'
                        % (json.dumps(others, ensure_ascii=False), json.dumps(own, ensure_ascii=False))}

    @add("sidebar_dates_first", "de")
    def _(c):
        items = "".join('<div class="box-item"><a href="/n%d">Kurzmeldung %d</a><span>%s</span></div>'
                        % (i, i, de_numeric(c["d"] - dt.timedelta(days=i * 3))) for i in range(1, 4))
        return {"before_article": '<div class="box">%s</div>' % items,
                "dateline": '<div class="date">%s</div>' % de_numeric(c["d"])}

    @add("no_date", "de", expected=False)
    def _(c):
        return {}

    @add("no_date_event_in_text", "de", expected=False)
    def _(c):
        return {"event_in_text": True}

    @add("no_date_caption_video", "de", expected=False)
    def _(c):
        return {"video": True}

    # Layouts modelled on real pages the extractor once missed (structure only, own text).
    @add("wp_entry_header", "de")
    def _(c):
        return {"header_html": '<header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta">'
                '<span class="posted-on"><span class="screen-reader-text">Veröffentlicht am</span> '
                '<a href="/%d/" rel="bookmark"><time class="entry-date published" datetime="%s">%s %d, %d</time>'
                '<time class="updated" datetime="%s">%s %d, %d</time></a></span><span class="byline"> von '
                '<span class="author vcard"><a class="url fn n" href="/author/x/">%s</a></span></span></div></header>'
                % (html.escape(c["title"]), c["rng"].randint(100, 9999), iso(c["d"], "de"), T.DE_MONTHS[c["d"].month - 1],
                   c["d"].day, c["d"].year, iso(c["later"], "de"), T.DE_MONTHS[c["later"].month - 1], c["later"].day,
                   c["later"].year, c["author"])}

    @add("info_box_date", "de")
    def _(c):
        return {"dateline": '<div class="headline-info"><span class="headline-category">%s</span>'
                            '<span class="headline-date">%02d. %s %d</span></div>'
                            % (c["rng"].choice(["Pressemitteilung", "Aktuell", "Meldung"]), c["d"].day,
                               T.DE_MONTHS[c["d"].month - 1], c["d"].year)}

    @add("date_then_author", "de")
    def _(c):
        return {"dateline": '<div class="spacer"><p class="subline"><br class="mobile"> %s , %s</p></div>'
                            % (de_long(c["d"]), c["author"])}

    @add("date_then_source", "de")
    def _(c):
        return {"dateline": '<div class="date">%s (%s) %s</div>'
                            % (de_long(c["d"]), c["rng"].choice(["LJV/NVB", "ABC/dpa", "KNA", "epd"]),
                               c["rng"].choice(["Musterstadt/Beispielhausen", "Nordheim", "Südstadt"]))}

    @add("date_above_headline", "de")
    def _(c):
        return {"above_headline": '<div class="news-publication-info"><span class="news-date">%s</span> - '
                                  '<span class="news-source">Institut für Beispielforschung</span></div>'
                                  % de_numeric(c["d"], time=False)}

    @add("blog_date_header", "de")
    def _(c):
        return {"header_html": '<h2 class="date-header"><span>%s</span></h2><h3 class="post-title entry-title">%s</h3>'
                               % (de_long(c["d"], weekday=True), html.escape(c["title"])),
                "article_footer": '<div class="post-footer"><span class="post-timestamp">um <a class="timestamp-link" '
                                  'href="/p/%d.html" rel="bookmark"><abbr class="published" title="%s">%s</abbr></a>'
                                  '</span></div>' % (c["rng"].randint(1, 999), iso(c["d"], "de"), c["d"].strftime("%H:%M"))}

    @add("title_date", "de")
    def _(c):
        return {"title_prefix": de_numeric(c["d"], time=False) + " - "}

    @add("jsonld_utc_after_midnight", "de")
    def _(c):
        # Published between 00:00 and 01:59 Berlin time; the JSON-LD gives UTC, the day before.
        utc = c["d"] - dt.timedelta(hours=berlin_offset(c["d"]))
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                "datePublished": utc.strftime("%Y-%m-%dT%H:%M:00Z")}
        return {"head": '<script type="application/ld+json">%s</script>' % json.dumps(data, ensure_ascii=False)}

    @add("short_year_label", "de")
    def _(c):
        return {"dateline": '<p class="meta">Veröffentlicht: %s</p>' % c["d"].strftime("%d.%m.%y")}

    @add("abbr_month", "de")
    def _(c):
        return {"dateline": '<span class="pubdate">%d. %s. %d</span>' % (c["d"].day, T.DE_MONTHS[c["d"].month - 1][:3], c["d"].year)}

    @add("jsonld_modified_only", "de")
    def _(c):
        # The structured data only knows the update; the visible line has the publication day.
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                "dateModified": iso(c["later"], "de")}
        return {"head": '<script type="application/ld+json">%s</script>' % json.dumps(data, ensure_ascii=False),
                "dateline": '<div class="date">%s</div>' % de_numeric(c["d"])}

    @add("no_date_teaser_times", "de", expected=False)
    def _(c):
        items = "".join('<li><a href="/t%d">Weitere Meldung %d</a> <time class="entry-date published" datetime="%s">%s</time></li>'
                        % (i, i, iso(c["d"] - dt.timedelta(days=i * 2), "de"), de_numeric(c["d"] - dt.timedelta(days=i * 2), time=False))
                        for i in range(1, 4))
        return {"before_article": '<div class="widget recent-posts"><h3>Neueste Beiträge</h3><ul>%s</ul></div>' % items}

    @add("no_date_sidebar_time", "de", expected=False)
    def _(c):
        return {"after_article": '<aside class="sidebar"><div class="box"><h3>Termin</h3><p>Nächste Sitzung: '
                                 '<time datetime="%s">%s</time></p></div></aside>'
                                 % ((c["d"] + dt.timedelta(days=9)).strftime("%Y-%m-%d"), de_long(c["d"] + dt.timedelta(days=9)))}

    @add("jsonld", "en")
    def _(c):
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": c["title"],
                "datePublished": iso(c["d"], "en"), "author": [{"@type": "Person", "name": c["author"]}]}
        return {"head": '<script type="application/ld+json">%s</script>' % json.dumps(data)}

    @add("og_meta", "en")
    def _(c):
        return {"head": '<meta property="article:published_time" content="%s">' % iso(c["d"], "en")}

    @add("visible_ap", "en")
    def _(c):
        return {"dateline": '<div class="timestamp">Published %s</div>' % en_ap(c["d"])}

    @add("visible_long", "en")
    def _(c):
        return {"dateline": '<div class="byline-date">%s</div>' % en_long(c["d"])}

    @add("guardian_like", "en")
    def _(c):
        return {"dateline": '<div class="dcr-meta">%s %s %s</div>' % (
            T.EN_WEEKDAYS[c["d"].weekday()][:3], en_long(c["d"]), c["d"].strftime("%H.%M BST"))}

    @add("posted_on", "en")
    def _(c):
        return {"dateline": '<p class="post-meta">Posted on %s by %s</p>' % (en_us(c["d"]), c["author"])}

    @add("us_numeric", "en")
    def _(c):
        return {"dateline": '<span class="date">%s</span>' % c["d"].strftime("%m/%d/%Y")}

    @add("cnn_like", "en")
    def _(c):
        def stamp(x):
            hour = x.hour % 12 or 12
            return "%d:%02d %s EDT, %s %s" % (hour, x.minute, "PM" if x.hour >= 12 else "AM",
                                            T.EN_WEEKDAYS[x.weekday()][:3], en_us(x))
        return {"dateline": '<div class="timestamp">Updated %s<br>Published %s</div>' % (stamp(c["later"]), stamp(c["d"]))}

    @add("wp_entry_header", "en")
    def _(c):
        return {"header_html": '<header class="entry-header"><h1 class="entry-title">%s</h1><div class="entry-meta">'
                '<span class="posted-on">Posted on <a href="/%d/" rel="bookmark"><time class="entry-date published" '
                'datetime="%s">%s</time></a></span></div></header>'
                % (html.escape(c["title"]), c["rng"].randint(100, 9999), iso(c["d"], "en"), en_us(c["d"]))}

    @add("no_date", "en", expected=False)
    def _(c):
        return {}

    return L


def random_datetime(rng, start_year=2019, end_year=2025):
    day = dt.date(start_year, 1, 1) + dt.timedelta(days=rng.randrange((dt.date(end_year, 12, 31) - dt.date(start_year, 1, 1)).days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(6, 22), rng.randint(0, 59))


def page(rng, name, lang, expected, layout):
    de = lang == "de"
    title, paras = rng.choice(T.DE_STORIES if de else T.EN_STORIES)
    outlet = rng.choice(T.DE_OUTLETS if de else T.EN_OUTLETS)
    d = random_datetime(rng)
    if name.startswith("jsonld_utc"):
        d = d.replace(hour=rng.randint(0, 1))
    c = {"d": d, "later": d + dt.timedelta(days=rng.randint(1, 3), hours=rng.randint(1, 5)),
         "rng": rng, "title": title, "outlet": outlet,
         "author": rng.choice(T.DE_AUTHORS if de else T.EN_AUTHORS),
         "slug": outlet.lower().replace(" ", "-").replace("ü", "ue")}
    parts = layout(c)
    fmt = (lambda x: de_numeric(x, time=False)) if de else en_us
    misleading = [d - dt.timedelta(days=rng.randint(3, 900)) for _ in range(6)]
    nav = "".join('<li><a href="/%s">%s</a></li>' % (n.lower(), n) for n in (T.DE_NAV if de else T.EN_NAV))
    related_items = rng.sample(T.DE_RELATED if de else T.EN_RELATED, 3)
    related = '<aside class="related"><h3>%s</h3><ul>%s</ul></aside>' % (
        "Mehr zum Thema" if de else "Related stories",
        "".join('<li><a href="/r%d">%s</a> <span class="teaser-date">%s</span></li>' % (i, html.escape(t), fmt(m))
                for i, (t, m) in enumerate(zip(related_items, misleading))))
    caption_date = misleading[3]
    figure = '<figure><img src="/img/%d.jpg" alt=""><figcaption>%s %s <span class="credit">%s</span></figcaption></figure>' % (
        rng.randint(1, 999), "Archivbild vom" if de else "File photo taken on", fmt(caption_date),
        "Foto: Max Muster/dpa" if de else "Photo: Jane Roe/AP")
    body = ["<p>%s</p>" % html.escape(p) for p in paras]
    if parts.get("event_in_text") or rng.random() < 0.3:
        event = misleading[4] + dt.timedelta(days=1000)
        body.insert(1, "<p>%s</p>" % (("Bereits am %s hatte sich der Ausschuss mit dem Thema befasst, "
                                       "damals ohne Ergebnis." % de_long(event)) if de else
                                      ("The committee had already discussed the issue on %s, "
                                       "without reaching a decision." % en_us(event))))
    if parts.get("lead_prefix"):
        body[0] = "<p>%s%s</p>" % (parts["lead_prefix"], html.escape(paras[0]))
    if parts.get("lead_date"):
        body.insert(1, parts["lead_date"])
    if parts.get("video") or rng.random() < 0.3:
        body.insert(2, '<div class="video-teaser"><p>%s %s | 0:%02d min</p></div>' % (
            "Die Bürgermeisterin im Interview." if de else "Watch: the mayor speaks.",
            de_numeric(misleading[5], time=False) if de else fmt(misleading[5]), rng.randint(10, 59)))
    agency = '<p class="source">Quelle: %s, %s/dpa</p>' % (c["slug"] + ".de", "".join(rng.sample("abcdefghk", 3))) if de and rng.random() < 0.5 else ""
    comments = '<section class="comments"><h3>%s</h3><div class="comment"><span class="comment-date">%s</span><p>%s</p></div></section>' % (
        "Kommentare" if de else "Comments", fmt(c["later"]),
        "Endlich passiert hier etwas, das hat viel zu lange gedauert." if de else "About time something happened here.")
    cookie = '<div id="consent-banner"><p>%s</p><button>OK</button></div>' % (
        "Wir verwenden Cookies, um unser Angebot zu verbessern." if de else "We use cookies to improve your experience.")
    year = d.year + rng.randint(0, 1)
    url = parts.get("url", "https://www.%s.%s/%s/%d" % (c["slug"], "de" if de else "com", "artikel" if de else "news", rng.randint(10000, 999999)))
    related_first = rng.random() < 0.4
    # Three page skeletons: semantic HTML5, div soup without article/header tags, and a headline
    # above the text column (outside the article container).
    skeleton = rng.choice(["semantic", "divsoup", "h1_outside"])
    head_html = parts.get("header_html") or "%s<h1>%s</h1>%s" % (
        parts.get("above_headline", ""), html.escape(title), parts.get("dateline", ""))
    inner = "%s%s%s%s" % (figure if rng.random() < 0.7 else "", "".join(body), agency, parts.get("article_footer", ""))
    if skeleton == "semantic":
        article = '<article class="article"><header>%s</header>%s</article>' % (head_html, inner)
        before_col = ""
    elif skeleton == "divsoup":
        article = '<div class="post"><div class="post-head">%s</div><div class="post-body">%s</div></div>' % (head_html, inner)
        before_col = ""
    else:
        article = '<div class="col-main"><div class="text">%s</div></div>' % inner
        before_col = '<div class="intro">%s</div>' % head_html
    main = before_col + parts.get("before_article", "") + (related + article if related_first else article + related) + \
        parts.get("after_article", "") + comments
    doc = """<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><title>%s | %s</title>
<meta property="og:site_name" content="%s"><link rel="canonical" href="%s">
%s
</head><body>%s
<header class="site-header"><a class="logo" href="/">%s</a><nav><ul>%s</ul></nav></header>
%s
<footer class="site-footer"><p>&copy; %d %s. %s</p><a href="/impressum">%s</a></footer>
</body></html>
""" % (lang, html.escape(parts.get("title_prefix", "") + title), html.escape(outlet), html.escape(outlet), url, parts.get("head", ""),
       cookie if rng.random() < 0.6 else "", html.escape(outlet), nav,
       ("<main>%s</main>" if skeleton != "divsoup" else '<div id="content">%s</div>') % main, year, html.escape(outlet),
       "Alle Rechte vorbehalten." if de else "All rights reserved.", "Impressum" if de else "Contact")
    want = d.strftime("%Y-%m-%d") if expected else "none"
    return doc, want


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "..", "tests", "ingest_dates")
    os.makedirs(os.path.join(out, "pages"), exist_ok=True)
    rng = random.Random(20251027)
    rows = []
    n = 0
    for name, lang, expected, layout in layouts():
        for _ in range(6 if lang == "de" else 5):
            n += 1
            doc, want = page(rng, name, lang, expected, layout)
            fname = "%03d_%s_%s.html" % (n, lang, name)
            with open(os.path.join(out, "pages", fname), "w", encoding="utf-8") as f:
                f.write(doc)
            rows.append((fname, name, lang, want))
    with open(os.path.join(out, "labels.tsv"), "w", encoding="utf-8") as f:
        f.write("# file\tlayout\tlanguage\texpected publication day (page time zone) or none\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    print("wrote %d pages to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
