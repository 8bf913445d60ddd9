// rungs site script: marks the current page in the navigation, runs the level picker, and
// searches the handbook. The index (search-index.js) is loaded on first use, as a script so it
// also works from file://. Results are built as DOM nodes, never as HTML strings.
(function () {
  "use strict";
  var here = location.pathname.replace(/\/index\.html$/, "/");
  document.querySelectorAll(".nav a").forEach(function (a) {
    if (a.pathname.replace(/\/index\.html$/, "/") === here) a.setAttribute("aria-current", "page");
  });

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

  function isCjk(c) { return /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/.test(c); }

  // Index keys a query needs: CJK bigrams (or the single character) and latin word prefixes.
  function segments(q) {
    var out = [], re = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[^\s\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff.,;:!?，。；：！？、（）()]+/g, m;
    while ((m = re.exec(q.toLowerCase()))) out.push(m[0]);
    return out;
  }

  function candidates(index, seg) {
    var grams = index.grams, set = null, i, keys = [];
    if (isCjk(seg[0])) {
      if (seg.length === 1) {
        for (var k in grams) if (k.indexOf(seg) >= 0) keys.push(k);
        return union(keys.map(function (k) { return grams[k]; }));
      }
      for (i = 0; i + 1 < seg.length; i++) {
        var post = grams[seg.substr(i, 2)] || [];
        set = set === null ? post : post.filter(function (d) { return set.indexOf(d) >= 0; });
      }
      return set || [];
    }
    for (var key in grams) if (key.lastIndexOf(seg, 0) === 0) keys.push(key);
    return union(keys.map(function (k) { return grams[k]; }));
  }

  function union(lists) {
    var seen = {}, out = [];
    lists.forEach(function (l) { l.forEach(function (d) { if (!seen[d]) { seen[d] = 1; out.push(d); } }); });
    return out;
  }

  function search(q) {
    var index = window.RUNGS_SEARCH, segs = segments(q);
    if (!index || !segs.length) return [];
    var docs = null;
    segs.forEach(function (s) {
      var c = candidates(index, s);
      docs = docs === null ? c : docs.filter(function (d) { return c.indexOf(d) >= 0; });
    });
    var hits = [];
    (docs || []).forEach(function (d) {
      var doc = index.docs[d], title = doc[0].toLowerCase(), text = doc[2].toLowerCase(), score = 0, ok = true;
      segs.forEach(function (s) {
        var inTitle = title.indexOf(s) >= 0, inText = text.indexOf(s) >= 0;
        if (!inTitle && !inText) ok = false;
        score += (inTitle ? 100 : 0) + text.split(s).length - 1;
      });
      if (ok) hits.push({ doc: doc, score: score });
    });
    hits.sort(function (a, b) { return b.score - a.score || (a.doc[0] < b.doc[0] ? -1 : 1); });
    return hits.slice(0, 20).map(function (h) { return { doc: h.doc, segs: segs }; });
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
      var li = document.createElement("li"); li.className = "empty"; li.textContent = input.getAttribute("data-empty"); list.appendChild(li);
    }
    results.forEach(function (r, i) {
      var li = document.createElement("li"), a = document.createElement("a"), s = document.createElement("span");
      li.id = "search-result-" + i; li.setAttribute("role", "option");
      a.href = root + r.doc[1]; highlight(a, r.doc[0], r.segs);
      s.className = "snippet"; highlight(s, snippet(r.doc[2], r.segs), r.segs);
      li.appendChild(a); li.appendChild(s);
      li.addEventListener("mousedown", function (e) { e.preventDefault(); location.href = a.href; });
      list.appendChild(li);
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
  input.addEventListener("input", run);
  input.addEventListener("keydown", function (e) {
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
