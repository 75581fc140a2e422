"""Rewriting a fetched page for the static copy: links made relative (or
unlinked when they need a server), forms dropped, the published banner and
each page's ClaimReview added."""

from __future__ import annotations

import copy
import json
import re
from urllib.parse import quote, unquote, urlsplit

import lxml.html
from lxml import etree

from .. import config
from . import claimreview
from .paths import Crawl, INTERNAL, Key, href_between, split_format

PLUGIN_STATIC = "/-/static-plugins/" + config.PLUGIN + "/"
# (tag, attribute) pairs that hold a URL the browser would request.
URL_ATTRIBUTES = {
    "a": "href",
    "area": "href",
    "link": "href",
    "script": "src",
    "img": "src",
    "iframe": "src",
    "source": "src",
    "audio": "src",
    "video": "src",
    "embed": "src",
}
CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")


async def rewrite_html(builder: Crawl, text: str, page_url: str, key: Key, target: str) -> str:
    doc = lxml.html.document_fromstring(text)
    head = doc.find("head")
    if head is None:
        head = etree.Element("head")
        doc.insert(0, head)
    body = doc.find("body")
    if body is None:
        body = etree.SubElement(doc, "body")

    # Forms need a server (and POST forms must not be published); the
    # SQL a canned query page shows inside its form is kept as text.
    for form in list(doc.iter("form")):
        for pre in form.findall(".//pre"):
            pre.tail = None
            form.addprevious(pre)
        form.drop_tree()

    if not any(m.get("charset") for m in head.iter("meta")):
        meta = etree.Element("meta", charset="utf-8")
        head.insert(0, meta)
    etree.SubElement(head, "link", rel="stylesheet", href=PLUGIN_STATIC + "site.css")
    for review in builder.jsonld.get(unquote(key.path), []) if key.next is None else []:
        script = etree.SubElement(head, "script", type="application/ld+json")
        script.text = claimreview.dumps_for_script(page_review(builder, review, target))
    body.insert(0, banner(builder))

    elements = [(el, URL_ATTRIBUTES[el.tag]) for el in doc.iter() if isinstance(el.tag, str) and el.tag in URL_ATTRIBUTES and el.get(URL_ATTRIBUTES[el.tag]) is not None]
    mapping = await builder.resolve_links([el.get(attr) for el, attr in elements], page_url, key)
    for el, attr in elements:
        new = mapping[el.get(attr)]
        if new is not None:
            el.set(attr, new)
        elif el.tag == "a":
            # The words stay, the link goes.
            el.tag = "span"
            for name in ("href", "target", "rel", "download", "hreflang", "type"):
                el.attrib.pop(name, None)
            el.set("class", ((el.get("class") or "") + " fc-unlinked").strip())
        else:
            el.drop_tree()
    return lxml.html.tostring(doc, encoding="unicode", doctype="<!DOCTYPE html>", method="html")

def banner(builder: Crawl) -> etree._Element:
    div = etree.Element("div", {"class": "fc-published-banner", "role": "note"})
    strong = etree.SubElement(div, "strong")
    strong.text = f"Read-only published copy, built at {builder.built_at}"
    strong.tail = " · "
    link = etree.SubElement(div, "a", href="/search.html")
    link.text = "Search quotes and claims"
    for name in builder.databases:
        link.tail = " · "
        link = etree.SubElement(div, "a", href=f"/{quote(name)}.db")
        link.text = f"Download {name}.db"
    return div

def page_review(builder: Crawl, review: dict, target: str) -> dict:
    """The ClaimReview as embedded in its own page: without a site URL,
    its relative URLs are made relative to that page."""
    if builder.site_url:
        return review
    review = copy.deepcopy(review)
    review["url"] = href_between(target, review["url"])
    appearance = review.get("itemReviewed", {}).get("appearance", {})
    url = appearance.get("url")
    if url and not urlsplit(url).scheme:
        appearance["url"] = href_between(target, url)
    return review

async def rewrite_css(builder: Crawl, text: str, page_url: str, key: Key, target: str) -> str:
    urls = [m.group(2) for m in CSS_URL.finditer(text) if not m.group(2).startswith("data:")]
    mapping = await builder.resolve_links(urls, page_url, key)

    def replace(m: re.Match) -> str:
        new = mapping.get(m.group(2))
        if m.group(2).startswith("data:") or new is None:
            return m.group(0)
        return f'url("{new}")'

    return CSS_URL.sub(replace, text)

def rewrite_json(builder: Crawl, body: bytes, key: Key, target: str) -> bytes:
    """Table JSON names its next page by absolute URL; point it at the
    published file instead."""
    try:
        data = json.loads(body)
    except ValueError:
        return body
    if isinstance(data, dict) and data.get("next_url"):
        k = builder.key_for(data["next_url"], INTERNAL + key.path, split_format(key.path)[0], builder.page_no(key))
        data["next_url"] = href_between(target, builder.file_of(k)) if isinstance(k, Key) else None
        if isinstance(k, Key):
            builder.enqueue(k)
        return json.dumps(data, ensure_ascii=False).encode("utf-8")
    return body
