// rungs site script: marks the current page in the navigation, runs the level picker, and
// searches the handbook. The index (search-index.js) is loaded on first use, as a script so it
// also works from file://. Results are built as DOM nodes, never as HTML strings.
(function () {
  "use strict";
  // Marks the page in the navigation, or else the entry it belongs under (a competency under
  // the dictionary, a comparison under its sequence's 级别对比, a sheet under its level).
  var here = location.pathname.replace(/\/index\.html$/, "/");
  var links = Array.prototype.slice.call(document.querySelectorAll(".nav a"));
  var exact = links.filter(function (a) { return a.pathname.replace(/\/index\.html$/, "/") === here; });
  // A level's one-page sheet (…/sheets/s2.html) belongs under its level (…/s2.html).
  var level = here.replace(/\/sheets\/([^\/]+\.html)$/, "/$1");
  var sheetOf = level === here ? [] : links.filter(function (a) { return a.pathname === level; });
  var owner = exact[0] || sheetOf[0] || links.map(function (a) {
    return { a: a, base: a.pathname.replace(/index\.html$/, "").replace(/\.html$/, "/") };
  }).filter(function (x) { return x.base.length > 1 && here.indexOf(x.base) === 0; })
    .sort(function (x, y) { return y.base.length - x.base.length; }).map(function (x) { return x.a; })[0];
  if (owner) owner.setAttribute("aria-current", exact.length ? "page" : "location");

  // The phone menu: the button shows the navigation over the page.
  document.documentElement.classList.add("js");
  var toggle = document.getElementById("menu-toggle"), nav = document.getElementById("site-nav");
  if (toggle && nav) {
    toggle.hidden = false;
    var menuLabel = toggle.textContent, closeLabel = toggle.getAttribute("data-close") || menuLabel;
    var setOpen = function (open) {
      nav.classList.toggle("open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      toggle.textContent = open ? closeLabel : menuLabel;
      var top = document.querySelector(".top");
      if (top) document.documentElement.style.setProperty("--header-height", top.getBoundingClientRect().height + "px");
    };
    toggle.addEventListener("click", function () { setOpen(!nav.classList.contains("open")); });
    document.addEventListener("keydown", function (e) {
      if (e.key === "Escape" && nav.classList.contains("open")) { setOpen(false); toggle.focus(); }
    });
  }

  // Arriving from a search result (`?hl=words#section`): mark the words in that section.
  var hl = new URLSearchParams(location.search).get("hl");
  if (hl) {
    var target = (location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)))) || document.getElementById("main");
    var words = segments(hl).filter(function (w) { return w.length > 0; });
    var first = null;
    sectionOf(target).forEach(function (el) { first = markWords(el, words) || first; });
    target.scrollIntoView({ block: "start" });
  }

  var picker = document.getElementById("compare-picker");
  if (picker) {
    picker.addEventListener("submit", function (e) {
      e.preventDefault();
      var from = document.getElementById("compare-from"), to = document.getElementById("compare-to");
      var a = from.selectedIndex, b = to.selectedIndex;
      if (a === b) { to.focus(); return; }
      if (a > b) { var t = a; a = b; b = t; }
      location.href = picker.getAttribute("data-pattern").replace("{from}", from.options[a].value).replace("{to}", from.options[b].value);
    });
  }

  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  if (!input || !list) return;
  var root = input.getAttribute("data-root") || "";
  var selected = -1, loading = false, pending = false;

  function load() {
    if (window.RUNGS_SEARCH || loading) return;
    loading = true;
    var s = document.createElement("script");
    s.src = root + "search-index.js";
    s.onload = function () { if (pending) run(); };
    document.head.appendChild(s);
  }

  // The elements of the section an anchor names: its <section> or <article>, or for a heading
  // in a Markdown page, the heading and what follows it up to the next heading of its rank.
  function sectionOf(target) {
    var box = target.closest("section, article");
    if (box && box.id !== "main") return [box];
    var rank = /^H([1-6])$/.exec(target.tagName);
    if (!rank) return [target];
    var out = [target], el = target.nextElementSibling;
    while (el) {
      var r = /^H([1-6])$/.exec(el.tagName);
      if (r && r[1] <= rank[1]) break;
      out.push(el);
      el = el.nextElementSibling;
    }
    return out;
  }

  // Wraps every occurrence of `words` in the text under `root` in <mark class="hit">; returns
  // the first mark.
  function markWords(root, words) {
    if (!root || !words.length) return null;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT), nodes = [], n, first = null;
    while ((n = walker.nextNode())) if (!n.parentNode.closest("script, style, .permalink")) nodes.push(n);
    nodes.forEach(function (node) {
      var text = node.nodeValue, lower = text.toLowerCase(), i = 0, frag = null;
      while (i < text.length) {
        var best = -1, len = 0;
        words.forEach(function (w) { var p = lower.indexOf(w, i); if (p >= 0 && (best < 0 || p < best)) { best = p; len = w.length; } });
        if (best < 0) break;
        frag = frag || document.createDocumentFragment();
        if (best > i) frag.appendChild(document.createTextNode(text.slice(i, best)));
        var m = document.createElement("mark"); m.className = "hit"; m.textContent = text.substr(best, len); frag.appendChild(m);
        first = first || m;
        i = best + len;
      }
      if (frag) {
        if (i < text.length) frag.appendChild(document.createTextNode(text.slice(i)));
        node.parentNode.replaceChild(frag, node);
      }
    });
    return first;
  }

  function isCjk(c) { return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(c); }

  // Index keys a query needs: CJK bigrams (or the single character) and latin word prefixes.
  function segments(q) {
    var out = [], re = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\s\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff.,;:!?，。；：！？、（）()]+/g, m;
    while ((m = re.exec(q.toLowerCase()))) out.push(m[0]);
    return out;
  }

  // The index: pages (`[kind, title, url]`), their sections as parts
  // (`[page, anchor, section title, text id]`), shared texts, and for each key the pages
  // holding it as base-36 differences (`3.1.a` is pages 3, 4 and 14).
  var decoded = {}, partsOf = null;
  function posting(index, key) {
    if (decoded[key]) return decoded[key];
    var raw = index.grams[key], out = [], at = 0;
    if (raw) raw.split(".").forEach(function (d) { at += parseInt(d, 36); out.push(at); });
    return (decoded[key] = out);
  }

  function intersect(a, b) {
    var set = new Set(b);
    return a.filter(function (x) { return set.has(x); });
  }

  function candidates(index, seg) {
    var keys = [], i, k;
    if (isCjk(seg[0])) {
      if (seg.length === 1) {
        for (k in index.grams) if (k.indexOf(seg) >= 0) keys.push(k);
        return union(keys.map(function (key) { return posting(index, key); }));
      }
      var set = null;
      for (i = 0; i + 1 < seg.length; i++) {
        var post = posting(index, seg.substr(i, 2));
        set = set === null ? post : intersect(set, post);
      }
      return set || [];
    }
    for (k in index.grams) if (k.lastIndexOf(seg, 0) === 0) keys.push(k);
    return union(keys.map(function (key) { return posting(index, key); }));
  }

  function union(lists) {
    var seen = new Set(), out = [];
    lists.forEach(function (l) { l.forEach(function (d) { if (!seen.has(d)) { seen.add(d); out.push(d); } }); });
    return out;
  }

  // Every section, of the pages holding every word, that holds every word itself (or whose
  // page title does): at most three per page, best first.
  function search(q) {
    var index = window.RUNGS_SEARCH, segs = segments(q);
    if (!index || !segs.length) return [];
    if (!partsOf) {
      partsOf = index.pages.map(function () { return []; });
      index.parts.forEach(function (p) { partsOf[p[0]].push(p); });
    }
    var pages = null;
    segs.forEach(function (s) {
      var c = candidates(index, s);
      pages = pages === null ? c : intersect(pages, c);
    });
    var hits = [];
    (pages || []).forEach(function (pageId) {
      var page = index.pages[pageId], title = page[1].toLowerCase(), found = [];
      partsOf[pageId].forEach(function (part, nth) {
        var section = part[2].toLowerCase(), text = index.texts[part[3]], lower = text.toLowerCase(), score = 0, ok = true;
        segs.forEach(function (s) {
          var inTitle = title.indexOf(s) >= 0, inSection = section.indexOf(s) >= 0, inText = lower.indexOf(s) >= 0;
          if (!inTitle && !inSection && !inText) ok = false;
          // A page's first part is its name and definition: it ranks above a long list of
          // behaviours or suggestions that repeats the word (counted three times at most).
          score += (inTitle ? 100 : 0) + (inSection ? 60 : 0) + (nth === 0 && inText ? 30 : 0) + Math.min(lower.split(s).length - 1, 3);
        });
        if (ok) found.push({ kind: page[0], title: page[1], section: part[2], url: page[2] + (part[1] ? "#" + part[1] : ""), text: text, score: score, segs: segs });
      });
      found.sort(function (a, b) { return b.score - a.score; });
      hits.push.apply(hits, found.slice(0, 3));
    });
    hits.sort(function (a, b) { return b.score - a.score || (a.url < b.url ? -1 : 1); });
    return hits;
  }

  // The result's link: the page and section, with the words to mark when it opens.
  function landing(url, q) {
    var at = url.indexOf("#"), page = at < 0 ? url : url.slice(0, at), hash = at < 0 ? "" : url.slice(at);
    return root + page + "?hl=" + encodeURIComponent(q) + hash;
  }

  // Appends `text` to `el`, wrapping every occurrence of the segments in <mark>.
  function highlight(el, text, segs) {
    var lower = text.toLowerCase(), i = 0;
    while (i < text.length) {
      var best = -1, len = 0;
      segs.forEach(function (s) { var p = lower.indexOf(s, i); if (p >= 0 && (best < 0 || p < best)) { best = p; len = s.length; } });
      if (best < 0) { el.appendChild(document.createTextNode(text.slice(i))); break; }
      if (best > i) el.appendChild(document.createTextNode(text.slice(i, best)));
      var m = document.createElement("mark"); m.textContent = text.substr(best, len); el.appendChild(m);
      i = best + len;
    }
  }

  function snippet(text, segs) {
    var lower = text.toLowerCase(), at = -1;
    segs.forEach(function (s) { var p = lower.indexOf(s); if (p >= 0 && (at < 0 || p < at)) at = p; });
    if (at < 0) return text.slice(0, 80);
    var start = Math.max(0, at - 24);
    return (start > 0 ? "…" : "") + text.slice(start, at + 60) + (at + 60 < text.length ? "…" : "");
  }

  function run() {
    var q = input.value.trim();
    list.textContent = "";
    selected = -1;
    if (!q) { list.hidden = true; input.setAttribute("aria-expanded", "false"); return; }
    if (!window.RUNGS_SEARCH) { pending = true; load(); return; }
    var results = search(q);
    if (!results.length) {
      var li = document.createElement("li"); li.className = "empty"; li.setAttribute("role", "option"); li.setAttribute("aria-disabled", "true");
      li.textContent = input.getAttribute("data-empty"); list.appendChild(li);
    }
    // Groups by kind of page, the group with the best match first; at most PER_GROUP each.
    var PER_GROUP = 6, n = 0;
    // The count is drawn by the style sheet (::before), so the listbox holds only groups.
    if (results.length) list.setAttribute("data-count", input.getAttribute("data-count").replace("{n}", results.length));
    else list.removeAttribute("data-count");
    var kinds = window.RUNGS_SEARCH.kinds.map(function (kind, order) {
      var inKind = results.filter(function (r) { return r.kind === kind[0]; });
      return { kind: kind, order: order, hits: inKind, best: inKind.length ? inKind[0].score : -1 };
    }).filter(function (g) { return g.hits.length; })
      .sort(function (a, b) { return b.best - a.best || a.order - b.order; });
    kinds.forEach(function (g) {
      var kind = g.kind, inKind = g.hits.slice(0, PER_GROUP);
      var group = document.createElement("li"), label = document.createElement("div"), items = document.createElement("ul");
      group.setAttribute("role", "group"); group.setAttribute("aria-labelledby", "search-group-" + kind[0]);
      label.className = "group-label"; label.id = "search-group-" + kind[0]; label.textContent = kind[1];
      items.setAttribute("role", "none");
      inKind.forEach(function (r) {
        var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
        li.id = "search-result-" + n++; li.setAttribute("role", "option"); li.setAttribute("aria-selected", "false");
        a.href = landing(r.url, q); a.tabIndex = -1;
        highlight(a, r.title + (r.section ? " › " + r.section : ""), r.segs);
        s.className = "snippet"; highlight(s, snippet(r.text, r.segs), r.segs);
        li.appendChild(a); li.appendChild(s);
        li.addEventListener("mousedown", function (e) { e.preventDefault(); location.href = a.href; });
        items.appendChild(li);
      });
      group.appendChild(label); group.appendChild(items); list.appendChild(group);
    });
    list.hidden = false;
    input.setAttribute("aria-expanded", "true");
  }

  function move(step) {
    var items = list.querySelectorAll("li[role=option]");
    if (!items.length) return;
    if (selected >= 0) items[selected].setAttribute("aria-selected", "false");
    selected = (selected + step + items.length) % items.length;
    items[selected].setAttribute("aria-selected", "true");
    input.setAttribute("aria-activedescendant", items[selected].id);
    items[selected].scrollIntoView({ block: "nearest" });
  }

  input.addEventListener("focus", load);
  // An input method (拼音) composes a word before it is typed: search once it is.
  var composing = false;
  input.addEventListener("compositionstart", function () { composing = true; });
  input.addEventListener("compositionend", function () { composing = false; run(); });
  input.addEventListener("input", function (e) { if (!composing && !e.isComposing) run(); });
  input.addEventListener("keydown", function (e) {
    if (composing || e.isComposing) return;
    if (e.key === "ArrowDown") { e.preventDefault(); move(1); }
    else if (e.key === "ArrowUp") { e.preventDefault(); move(-1); }
    else if (e.key === "Enter") {
      var items = list.querySelectorAll("li[role=option] a");
      var target = items[selected >= 0 ? selected : 0];
      if (target) { e.preventDefault(); location.href = target.href; }
    } else if (e.key === "Escape") { input.value = ""; run(); }
  });
  document.addEventListener("keydown", function (e) {
    if (e.key === "/" && document.activeElement !== input && !/input|select|textarea/i.test(document.activeElement.tagName)) { e.preventDefault(); input.focus(); }
  });
  input.addEventListener("blur", function () { setTimeout(function () { list.hidden = true; input.setAttribute("aria-expanded", "false"); }, 150); });
})();
