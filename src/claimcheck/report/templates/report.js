(function () {
  "use strict";
  // The report's data is one JSON block; its parts are deflated JSON in base 85 (see report/page_data.py):
  // the index (what the first view and the filters read), inflated on load; the findings' cards, a chunk at a
  // time, inflated for the page that shows them and then, in idle time, all of them (with each finding's
  // search text); the verdicts and each document's claims when opened.
  // Everything from the corpus is put in the page as text (textContent), never as markup.
  var PAGE = 10;
  var root = document.documentElement;
  timing("claimcheck-script");
  var block = JSON.parse(document.getElementById("claimcheck-data").textContent);
  var D = null; // the index, once inflated
  var cardChunks = []; // chunk number -> its cards, once inflated
  var cardLoads = []; // chunk number -> promise of them
  var searchable = 0; // chunks whose findings have their search text
  var drawing = 0; // the latest view asked for (a view drawn after its chunks arrive is dropped if not)
  var verdictRows = null; // promise of the verdict rows
  var chunks = {}; // chunk number -> promise of its documents' claim rows
  var state = {};
  var DEFAULTS = { sev: "", rule: "", outlet: "", status: "", q: "", sort: "severity", page: "1" };
  var KEYS = ["sev", "rule", "outlet", "status", "q", "sort", "page"];
  var findings = [];
  var shownList = [];
  var numberFormat = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, children) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined || child === "") { return; }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function link(href, text, external) {
    var a = el("a", null, [text]);
    if (href) { a.setAttribute("href", href); } else { return el("span", null, [text]); }
    if (external) { a.setAttribute("target", "_blank"); a.setAttribute("rel", "noopener noreferrer"); }
    return a;
  }

  // Base 85: each 5 digits 4 bytes (a last group of n + 1 digits n bytes, as if ended by the highest digit).
  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%&()*+-;.=>?@^_`{|}~";
  var DIGIT = new Uint8Array(128);
  for (var d = 0; d < DIGITS.length; d++) { DIGIT[DIGITS.charCodeAt(d)] = d; }

  function bytes(text) {
    var length = text.length, rest = length % 5, full = length - rest;
    var out = new Uint8Array(full / 5 * 4 + (rest ? rest - 1 : 0)), at = 0;
    function group(start, count) {
      var value = 0;
      for (var i = 0; i < 5; i++) { value = value * 85 + (i < count ? DIGIT[text.charCodeAt(start + i)] : 84); }
      var four = [value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255];
      for (var j = 0; j < count - 1; j++) { out[at++] = four[j]; }
    }
    for (var start = 0; start < full; start += 5) {
      var value = 0;
      for (var i = 0; i < 5; i++) { value = value * 85 + DIGIT[text.charCodeAt(start + i)]; }
      out[at++] = value >>> 24;
      out[at++] = (value >>> 16) & 255;
      out[at++] = (value >>> 8) & 255;
      out[at++] = value & 255;
    }
    if (rest) { group(full, rest); }
    return out;
  }

  function inflate(base64) {
    var stream = new Blob([bytes(base64)]).stream().pipeThrough(new DecompressionStream("deflate"));
    return new Response(stream).text().then(JSON.parse);
  }

  function plural(n, one, many) { return n.toLocaleString("en-US") + " " + (n === 1 ? one : many); }

  // Links: article URLs only over http(s); `path:line` to the file or to the --source-url template.
  function safeUrl(url) { return url && /^https?:\/\//i.test(url) ? url : null; }

  function encodePath(path) { return path.split("/").map(encodeURIComponent).join("/"); }

  function sourceHref(path, line) {
    var template = D.links.template;
    if (template) {
      return template.split("{path}").join(encodePath(path.replace(/^\.\//, ""))).split("{line}").join(String(line));
    }
    if (path.charAt(0) === "/") { return "file://" + encodePath(path); }
    return D.links.base + encodePath(path);
  }

  function doc(index) {
    var d = D.documents;
    return { path: D.paths[d.path[index]], line: d.line[index], outlet: D.outlets[d.outlet[index]],
      published: d.published[index], title: d.title[index], url: d.url[index], claims: d.claims[index], index: index };
  }

  // A claim of a chunk of cards (its row), with its sentence split around it when `named`.
  function claim(chunk, index, named) {
    var r = chunk.rows, s = chunk.strings, d = doc(r.doc[index]), marks = r.marks[index];
    var text = s[r.text[index]], before = r.before[index];
    return { doc: d, kind: D.kinds[r.kind[index]], line: d.line + r.line[index], column: r.column[index], text: text,
      label: s[r.label[index]], lo: r.lo[index], hi: r.hi[index], approx: (marks & 1) === 1,
      lowStrict: (marks & 2) === 2, highStrict: (marks & 4) === 4, about: s[r.about[index]], time: s[r.time[index]],
      source: s[r.source[index]], sentence: named && before >= 0 ? [s[before], text, s[r.after[index]]] : null,
      index: index };
  }

  // A finding's card as the page draws it: its chunk's columns read into one record.
  function detail(item) {
    var chunk = cardChunks[item.chunk], c = chunk.cards, at = item.at, s = chunk.strings, line = c.line[at];
    var group = chunk.groups[c.group[at]];
    var named = c.named[at].map(function (p) { return p >= 0 ? group[p] : -1 - p; }), message = c.message[at];
    if (c.flags[at] & 4) { // the claims it names quoted in their place (page_data.quoted)
      named.forEach(function (row, n) {
        var quoted = claim(chunk, row, false);
        message = message.split(PLACEHOLDERS[n]).join(quoted.doc.outlet + ": “" + quoted.text + "”");
      });
    }
    return {
      id: item.id, rule: item.rule, severity: item.severity, status: item.status, message: message,
      attributed: (c.flags[at] & 1) === 1, within: (c.flags[at] & 2) === 2, reason: c.reason[at],
      gap: [item.gapKind, item.gapSize, s[c.gap[at]]], claims: group, named: named,
      line: line ? { kind: line[0], unit: s[line[1]], measured: line[2] === 1, tolerance: s[line[3]], band: line[4],
        ref: line[5] } : null,
      chunk: chunk
    };
  }

  function where(c) {
    return link(sourceHref(c.doc.path, c.line), c.doc.path + ":" + c.line + ":" + c.column);
  }

  // State in the URL fragment: "#finding-<id>&rule=..&outlet=.." (keys with default values left out).

  function readFragment() {
    var next = {}, target = null;
    KEYS.forEach(function (key) { next[key] = DEFAULTS[key]; });
    location.hash.replace(/^#/, "").split("&").forEach(function (part) {
      if (!part) { return; }
      if (part.indexOf("finding-") === 0) { target = part.slice(8); return; }
      var at = part.indexOf("=");
      if (at < 0) { return; }
      try {
        var key = decodeURIComponent(part.slice(0, at)), value = decodeURIComponent(part.slice(at + 1));
        if (KEYS.indexOf(key) >= 0) { next[key] = value; }
      } catch (error) { /* a part mangled by hand: left out */ }
    });
    return { state: next, target: target };
  }

  function fragment(target, overrides) {
    var parts = target ? ["finding-" + encodeURIComponent(target)] : [];
    KEYS.forEach(function (key) {
      var value = overrides && key in overrides ? overrides[key] : state[key];
      if (value !== DEFAULTS[key]) { parts.push(key + "=" + encodeURIComponent(value)); }
    });
    return "#" + parts.join("&");
  }

  var remembering = null;

  function remember() {
    // The browser takes a while over replaceState: it is done just after the view is drawn.
    clearTimeout(remembering);
    remembering = setTimeout(function () {
      var next = fragment(null);
      if (next !== (location.hash || "#")) {
        history.replaceState(null, "", next === "#" ? location.pathname + location.search : next);
      }
    }, 50);
  }

  // Findings: filters, sort, pages.

  var PLACEHOLDERS = ["\u0001", "\u0002"];

  var inChunk = []; // chunk number -> its findings

  function prepare() {
    var F = D.findings, ids = F.id ? F.id.split(" ") : [], count = ids.length;
    // An outlet's place in the order of names: a finding sorts by the first of its outlets.
    var rank = D.outlets.map(function (name, o) { return [name.toLowerCase(), o]; }).sort().map(function (p) { return p[1]; });
    var place = [];
    rank.forEach(function (o, r) { place[o] = r; });
    for (var number = 0; number < block.cards.length; number++) { inChunk[number] = []; }
    findings = new Array(count);
    for (var n = 0; n < count; n++) {
      var chunk = F.card[n], outlets = F.outlets[n], first = Infinity;
      for (var i = 0; i < outlets.length; i++) { first = Math.min(first, place[outlets[i]]); }
      var item = { n: n, id: ids[n], rule: D.rules[F.rule[n]][0], severity: D.severities[F.severity[n]],
        status: D.statuses[F.status[n]], gapKind: F.gapKind[n], gapSize: F.gapSize[n], chunk: chunk,
        at: inChunk[chunk].length, outlets: outlets, outletRank: first, search: null, shared: null };
      inChunk[chunk].push(item);
      findings[n] = item;
    }
  }

  var byId = null;
  function itemOf(id) { // the finding of an id (a permalink's), the map made when first asked
    if (!id) { return undefined; }
    if (!byId) {
      byId = new Map();
      findings.forEach(function (item) { byId.set(item.id, item); });
    }
    return byId.get(id);
  }

  function loadCards(number) {
    if (!cardLoads[number]) {
      cardLoads[number] = inflate(block.cards[number]).then(function (chunk) { cardChunks[number] = chunk; return chunk; });
    }
    return cardLoads[number];
  }

  // The search text of each finding of a chunk: its message, rule, id, reason and the sentences of the claims
  // it names; and, shared by the findings of one group, every claim of the card.
  function searchTexts(number) {
    var chunk = cardChunks[number];
    var shared = chunk.groups.map(function (rows) {
      var parts = [];
      rows.forEach(function (i) {
        var c = claim(chunk, i, false);
        parts.push(c.text, c.label, c.doc.outlet, c.doc.title, c.doc.path, c.about, c.source, c.time);
      });
      return { text: parts.join("\n").toLowerCase(), q: null, hit: false };
    });
    inChunk[number].forEach(function (item) {
      var f = detail(item), parts = [f.message, f.rule, ruleTitle(f.rule), f.id, f.reason || ""];
      f.named.forEach(function (i) { parts.push(claim(chunk, i, true).sentence.join("")); });
      item.search = parts.join("\n").toLowerCase();
      item.shared = shared[chunk.cards.group[item.at]];
    });
    searchable += 1;
  }

  function matches(item, q) {
    if (item.search.indexOf(q) >= 0) { return true; }
    var shared = item.shared;
    if (shared.q !== q) { shared.q = q; shared.hit = shared.text.indexOf(q) >= 0; }
    return shared.hit;
  }

  // Every chunk of cards, one after the other in idle time, each with its search texts; `then` when done.
  var allCards = null;
  function loadAllCards() {
    if (!allCards) {
      allCards = new Promise(function (resolve) {
        var number = 0;
        function next() {
          if (number >= block.cards.length) { resolve(); return; }
          var current = number++;
          loadCards(current).then(function () {
            searchTexts(current);
            idle(next);
          });
        }
        next();
      });
    }
    return allCards;
  }

  function idle(then) {
    if (window.requestIdleCallback) { requestIdleCallback(then, { timeout: 200 }); } else { setTimeout(then, 0); }
  }

  var titles = null;
  function ruleTitle(rule) {
    if (!titles) { titles = {}; D.rules.forEach(function (r) { titles[r[0]] = r[1]; }); }
    return titles[rule] || rule;
  }

  function passes(item) {
    if (state.sev && item.severity !== state.sev) { return false; }
    if (state.rule && item.rule !== state.rule) { return false; }
    if (state.status && item.status !== state.status) { return false; }
    if (state.outlet !== "" && item.outlets.indexOf(Number(state.outlet)) < 0) { return false; }
    return true;
  }

  var SORTS = {
    severity: function (a, b) { return a.n - b.n; },
    gap: function (a, b) {
      return (a.gapKind - b.gapKind) || (b.gapSize - a.gapSize) || (a.n - b.n);
    },
    rule: function (a, b) { return a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : a.n - b.n; },
    outlet: function (a, b) { return (a.outletRank - b.outletRank) || (a.n - b.n); }
  };

  // Each sort's order of every finding, made once; a view is the findings of that order that pass.
  var orders = {};
  var searched = { q: null, matches: null }; // the last search and the findings it matched

  function filtered() {
    var sort = SORTS[state.sort] ? state.sort : "severity";
    if (!orders[sort]) { orders[sort] = sort === "severity" ? findings : findings.slice().sort(SORTS[sort]); }
    var q = state.q.toLowerCase(), narrowing = searched.q !== null && q.indexOf(searched.q) === 0;
    if (q && !(narrowing && q === searched.q)) {
      // a search that adds letters to the last one looks only among what that one matched
      var among = narrowing ? searched.matches : findings;
      var found = among.filter(function (item) { return matches(item, q); });
      searched = { q: q, matches: found, set: null };
    }
    if (q) {
      if (!searched.set) { searched.set = new Set(searched.matches); }
      var hits = searched.set;
      return orders[sort].filter(function (item) { return hits.has(item) && passes(item); });
    }
    return orders[sort].filter(passes);
  }

  // The view of the state: drawn at once when its chunks of cards are there, else when they arrive (the page
  // marked busy meanwhile). A search waits for every finding's search text.
  function showFindings(target) {
    var ticket = ++drawing;
    if (state.q && searchable < block.cards.length) {
      busy(loadAllCards().then(function () { if (ticket === drawing) { showFindings(target); } }));
      return;
    }
    shownList = filtered();
    var targeted = itemOf(target);
    if (targeted && shownList.indexOf(targeted) < 0) {
      KEYS.forEach(function (key) { if (key !== "sort") { state[key] = DEFAULTS[key]; } });
      shownList = filtered();
    }
    var pages = Math.max(1, Math.ceil(shownList.length / PAGE));
    var page = Math.min(pages, Math.max(1, parseInt(state.page, 10) || 1));
    if (targeted) { page = Math.floor(shownList.indexOf(targeted) / PAGE) + 1; }
    state.page = String(page);
    syncControls();
    var start = (page - 1) * PAGE, slice = shownList.slice(start, start + PAGE);
    var missing = slice.filter(function (item) { return !cardChunks[item.chunk]; });
    if (missing.length) {
      busy(Promise.all(missing.map(function (item) { return loadCards(item.chunk); })).then(function () {
        if (ticket === drawing) { showFindings(target); }
      }));
      return;
    }
    draw(target, page, pages, start, slice);
  }

  var waiting = 0;
  function busy(promise) {
    waiting += 1;
    root.setAttribute("data-busy", "true");
    promise.then(function () {
      waiting -= 1;
      if (!waiting) { root.removeAttribute("data-busy"); }
    });
  }

  var drawn = false;
  function draw(target, page, pages, start, slice) {
    var box = $("cards"), frag = document.createDocumentFragment(), lastRule = null, perRule = {};
    if (state.sort === "rule") { shownList.forEach(function (x) { perRule[x.rule] = (perRule[x.rule] || 0) + 1; }); }
    slice.forEach(function (item) {
      if (state.sort === "rule" && item.rule !== lastRule) {
        lastRule = item.rule;
        var count = perRule[lastRule];
        frag.appendChild(el("p", "rule-divider", [lastRule + " — " + ruleTitle(lastRule) + " (" +
          plural(count, "finding", "findings") + ")"]));
      }
      frag.appendChild(card(item));
    });
    if (!slice.length) {
      frag.appendChild(el("p", "empty", [findings.length ? "No finding matches these filters." : "No findings."]));
    }
    box.replaceChildren(frag);
    var total = findings.length;
    $("shown").textContent = shownList.length
      ? "Showing " + (start + 1).toLocaleString("en-US") + "–" + (start + slice.length).toLocaleString("en-US") +
        " of " + plural(shownList.length, "finding", "findings") +
        (shownList.length < total ? " (" + total.toLocaleString("en-US") + " in all)" : "")
      : "No finding shown (" + plural(total, "finding", "findings") + " in all)";
    pager($("pager-top"), page, pages, "findings", turn);
    pager($("pager-bottom"), page, pages, "findings", turn);
    if (!drawn) { drawn = true; timing("claimcheck-first-view"); }
    if (itemOf(target)) {
      clearTimeout(remembering);
      var node = $("finding-" + target);
      node.classList.add("targeted");
      node.querySelector("h3").focus();
      node.scrollIntoView({ block: "start" });
      history.replaceState(null, "", fragment(target));
    } else {
      remember();
    }
  }

  function pager(nav, page, pages, what, go) {
    var parts = [];
    if (pages > 1) {
      var back = el("button", "page-button", ["Previous"]), next = el("button", "page-button", ["Next"]);
      back.type = next.type = "button";
      back.disabled = page <= 1;
      next.disabled = page >= pages;
      back.setAttribute("aria-label", "Previous page of " + what);
      next.setAttribute("aria-label", "Next page of " + what);
      back.addEventListener("click", function () { go(page - 1); });
      next.addEventListener("click", function () { go(page + 1); });
      parts = [back, el("span", "page-of", ["Page " + page + " of " + pages]), next];
    }
    nav.replaceChildren.apply(nav, parts);
    return nav;
  }

  function turn(page) {
    state.page = String(page);
    showFindings(null);
    $("findings-heading").scrollIntoView({ block: "start" });
  }

  // A finding's card: every claim of its group, the number line, the sentences of the two it names.

  function card(item, whole) {
    var f = detail(item), id = "finding-" + f.id;
    var article = el("article", "card finding sev-" + f.severity + (f.status === "baselined" ? " baselined" : ""));
    article.id = id;
    article.setAttribute("aria-labelledby", "h-" + f.id);
    var heading = el("h3", null, [el("span", "badge " + f.severity, [f.severity]), " ", ruleTitle(f.rule)]);
    heading.id = "h-" + f.id;
    heading.tabIndex = -1;
    var tags = el("p", "tags", [
      el("span", "tag", [f.rule]),
      el("span", "tag status-" + f.status, [f.status]),
      f.attributed ? el("span", "tag", ["attributed disagreement"]) : null,
      f.within ? el("span", "tag within", ["within one document"]) : null,
      f.gap[2] ? el("span", "tag", ["gap " + f.gap[2]]) : null
    ]);
    var permalink = link(fragment(f.id), "Permalink");
    permalink.className = "permalink";
    permalink.setAttribute("aria-label", "Permalink to this finding (" + f.id + ")");
    tags.appendChild(permalink);
    article.appendChild(heading);
    article.appendChild(tags);
    if (f.status === "baselined") {
      article.appendChild(el("p", "reason", [el("strong", null, ["Baselined: "]),
        f.reason ? f.reason : "no reason given in the baseline"]));
    }
    article.appendChild(el("p", "msg", [f.message]));
    var claims = f.claims.map(function (i) { return claim(f.chunk, i, f.named.indexOf(i) >= 0); });
    var shown = drawnRows(f, claims, whole);
    var figure = numberLine(f, claims, shown);
    if (figure) { article.appendChild(figure); }
    article.appendChild(el("h4", null, ["Sources (" + claims.length + ")"]));
    var list = el("ul", "sources");
    shown.forEach(function (n) { list.appendChild(source(claims[n], f.named.indexOf(claims[n].index) >= 0)); });
    article.appendChild(list);
    if (shown.length < claims.length) {
      var all = el("button", "show-all", ["Show all " + claims.length.toLocaleString("en-US") + " sources"]);
      all.type = "button";
      all.addEventListener("click", function () {
        var full = card(item, true), heading = full.querySelector("h4");
        article.replaceWith(full);
        heading.tabIndex = -1;
        heading.focus();
      });
      article.appendChild(el("p", "more-sources", [
        plural(claims.length - shown.length, "source", "sources") + " of this fact not drawn yet. ", all]));
    }
    return article;
  }

  // The claims a card draws (positions in its group, in the group's order of value): all of them when asked
  // or when there are few; else the claims it names, the figure its tolerance band is drawn from, and claims
  // spread evenly over the order of value, the lowest and the highest among them.
  var CARD_ROWS = 12;
  function drawnRows(f, claims, whole) {
    var every = claims.map(function (_, n) { return n; });
    if (whole || claims.length <= CARD_ROWS) { return every; }
    var keep = {};
    claims.forEach(function (c, n) { if (f.named.indexOf(c.index) >= 0) { keep[n] = true; } });
    if (f.line && typeof f.line.ref === "number") { keep[f.line.ref] = true; }
    var step = (claims.length - 1) / (CARD_ROWS - 1);
    for (var k = 0; k < CARD_ROWS; k++) { keep[Math.round(k * step)] = true; }
    return every.filter(function (n) { return keep[n]; });
  }

  function source(c, named) {
    var item = el("li", "source" + (named ? " named" : ""));
    if (c.sentence) {
      item.appendChild(el("p", "sentence", [c.sentence[0], el("mark", null, [c.sentence[1]]), c.sentence[2]]));
    }
    item.appendChild(el("p", "who", [
      el("strong", null, [c.doc.outlet]), ": “" + c.text + "”",
      c.kind === "quantity" || c.kind === "date" ? " = " + c.label : "",
      c.about ? " · " + c.about : "",
      c.time ? " · " + c.time : "",
      c.source ? " · per " + c.source : ""
    ]));
    var url = safeUrl(c.doc.url);
    item.appendChild(el("p", "where", [
      where(c), " · ", url ? link(url, c.doc.title, true) : c.doc.title, " · ", c.doc.published || "undated"
    ]));
    return item;
  }

  // Number lines, in the claims' own unit.

  function niceStep(span, count) {
    var raw = span / Math.max(1, count), power = Math.pow(10, Math.floor(Math.log10(raw)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) { if (raw <= steps[i] * power) { return steps[i] * power; } }
    return 10 * power;
  }

  function ticks(lo, hi, kind) {
    if (kind === "date") {
      var span = hi - lo, steps = [1, 2, 7, 14, 30, 61, 91, 182, 365, 730, 1826, 3652];
      var step = steps.filter(function (s) { return span / s <= 5; })[0] || Math.ceil(span / 5);
      var first = Math.ceil(lo / step) * step, out = [];
      for (var d = first; d <= hi; d += step) { out.push(d); }
      return out;
    }
    var size = niceStep(hi - lo, 4), values = [];
    for (var v = Math.ceil(lo / size) * size; v <= hi + size * 1e-9; v += size) { values.push(Number(v.toPrecision(12))); }
    return values;
  }

  function dayText(day) { return new Date(day * 86400000).toISOString().slice(0, 10); }

  function amountText(value) { return numberFormat.format(value); }

  function numberLine(f, claims, shown) {
    var line = f.line;
    if (!line) { return null; }
    var values = [];
    claims.forEach(function (c) {
      if (typeof c.lo === "number") { values.push(c.lo); }
      if (typeof c.hi === "number") { values.push(c.hi); }
    });
    if (!values.length) { return null; }
    (line.band || []).forEach(function (v) { if (typeof v === "number") { values.push(v); } });
    var min = Math.min.apply(null, values), max = Math.max.apply(null, values);
    var pad = max > min ? (max - min) * 0.12 : Math.max(Math.abs(max) * 0.1, 1);
    var lo = min - pad, hi = max + pad;
    if (min >= 0 && lo < 0) { lo = 0; }
    var x = function (v) { return Math.max(0, Math.min(100, (v - lo) / (hi - lo) * 100)); };
    var text = line.kind === "date" ? dayText : amountText;
    var figure = el("figure", "numberline");
    figure.setAttribute("data-unit", line.unit || "");
    figure.setAttribute("data-kind", line.kind + (line.measured ? " measured" : ""));
    var plot = el("div", "nl");
    plot.setAttribute("aria-hidden", "true");
    var band = line.band;
    shown.forEach(function (n) {
      var c = claims[n], named = f.named.indexOf(c.index) >= 0;
      var row = el("div", "nl-row" + (named ? " named" : ""));
      row.setAttribute("data-claim", String(n));
      row.appendChild(el("span", "nl-label", [c.doc.outlet + ": " + c.label]));
      var track = el("span", "nl-track");
      if (band) { track.appendChild(bandNode(band, x)); }
      if (typeof c.lo === "number" || typeof c.hi === "number") { track.appendChild(mark(c, x)); }
      row.appendChild(track);
      plot.appendChild(row);
    });
    var axis = el("div", "nl-row nl-axis");
    axis.appendChild(el("span", "nl-label nl-unit", [line.unit || ""]));
    var scale = el("span", "nl-track nl-scale");
    ticks(lo, hi, line.kind).forEach(function (t, n, all) {
      var tick = el("span", "tick" + (n % 2 ? " minor" : ""), [text(t)]);
      tick.style.left = x(t) + "%";
      if (x(t) < 8) { tick.classList.add("start"); }
      if (x(t) > 92) { tick.classList.add("end"); }
      scale.appendChild(tick);
    });
    axis.appendChild(scale);
    plot.appendChild(axis);
    figure.appendChild(plot);
    var caption = "Number line" + (line.unit ? " in " + line.unit : "") + ": each source's figure";
    if (band) {
      caption += line.tolerance === "written" ?
        "; shaded: what the wording of " + claims[line.ref].doc.outlet + "’s figure leaves open (tolerance: as each figure is written)" :
        "; shaded: what agrees with " + claims[line.ref].doc.outlet + " (tolerance " + line.tolerance + ")";
    }
    if (claims.some(function (c) { return c.lowStrict || c.highStrict; })) {
      caption += "; a ring: an end the figure’s wording excludes (“nearly”, “more than”)";
    }
    if (shown.length < claims.length) {
      caption += "; " + shown.length + " of the " + claims.length.toLocaleString("en-US") +
        " sources drawn, the lowest and the highest among them";
    }
    figure.appendChild(el("figcaption", null, [caption + "."]));
    var spoken = el("ul", "sr-only");
    shown.forEach(function (n) { spoken.appendChild(el("li", null, [claims[n].doc.outlet + ": " + claims[n].label])); });
    if (band) {
      spoken.appendChild(el("li", null, ["agreement: " + (band[0] === null ? "…" : text(band[0])) + " to " +
        (band[1] === null ? "…" : text(band[1])) + (line.unit ? " " + line.unit : "")]));
    }
    figure.appendChild(spoken);
    return figure;
  }

  function bandNode(band, x) {
    var left = band[0] === null ? 0 : x(band[0]), right = band[1] === null ? 100 : x(band[1]);
    var node = el("span", "nl-band");
    node.style.left = left + "%";
    node.style.width = Math.max(0.5, right - left) + "%";
    return node;
  }

  function mark(c, x) {
    var left = typeof c.lo === "number" ? x(c.lo) : 0, right = typeof c.hi === "number" ? x(c.hi) : 100;
    var strict = c.lowStrict || c.highStrict;
    var node = el("span", "nl-mark" + (c.approx ? " approx" : "") + (c.lo === null ? " open-left" : "") +
      (c.hi === null ? " open-right" : "") + (c.lowStrict ? " strict-left" : "") + (c.highStrict ? " strict-right" : "") +
      (right - left < 0.6 && !strict ? " point" : ""));
    node.style.left = left + "%";
    node.style.width = Math.max(0, right - left) + "%";
    return node;
  }

  // Controls.

  function option(value, text) {
    var node = el("option", null, [text]);
    node.value = value;
    return node;
  }

  function fillControls() {
    var F = D.findings, perRule = D.rules.map(function () { return 0; }), perFresh = perRule.slice();
    var perOutlet = D.outlets.map(function () { return 0; }), perSeverity = [0, 0, 0], perStatus = [0, 0];
    for (var n = 0; n < findings.length; n++) {
      perRule[F.rule[n]] += 1;
      if (F.status[n] === 0) { perFresh[F.rule[n]] += 1; }
      perSeverity[F.severity[n]] += 1;
      perStatus[F.status[n]] += 1;
      for (var i = 0; i < F.outlets[n].length; i++) { perOutlet[F.outlets[n][i]] += 1; }
    }
    var rules = {}, fresh = {}, outlets = {}, severities = {}, statuses = {};
    D.rules.forEach(function (r, k) { if (perRule[k]) { rules[r[0]] = perRule[k]; fresh[r[0]] = perFresh[k]; } });
    D.outlets.forEach(function (_, o) { if (perOutlet[o]) { outlets[o] = perOutlet[o]; } });
    D.severities.forEach(function (name, k) { severities[name] = perSeverity[k]; });
    D.statuses.forEach(function (name, k) { statuses[name] = perStatus[k]; });
    var sev = $("f-sev");
    ["error", "warning", "info"].forEach(function (s) { sev.appendChild(option(s, s + " (" + (severities[s] || 0) + ")")); });
    var rule = $("f-rule");
    Object.keys(rules).sort().forEach(function (r) { rule.appendChild(option(r, r + " (" + rules[r] + ")")); });
    var outlet = $("f-outlet");
    Object.keys(outlets).sort(function (a, b) { return D.outlets[a].localeCompare(D.outlets[b]); }).forEach(function (o) {
      outlet.appendChild(option(o, D.outlets[o] + " (" + outlets[o] + ")"));
    });
    var status = $("f-status");
    ["new", "baselined"].forEach(function (s) { status.appendChild(option(s, s + " (" + (statuses[s] || 0) + ")")); });
    byRule(rules, fresh);
  }

  function byRule(rules, fresh) {
    var table = el("table", "by-rule");
    table.appendChild(el("caption", null, ["Findings by rule"]));
    var head = el("tr", null, [el("th", null, ["rule"]), el("th", null, ["what it checks"]),
      el("th", "num", ["findings"]), el("th", "num", ["new"])]);
    head.querySelectorAll("th").forEach(function (th) { th.setAttribute("scope", "col"); });
    table.appendChild(el("thead", null, [head]));
    var body = el("tbody");
    Object.keys(rules).sort(function (a, b) { return rules[b] - rules[a] || (a < b ? -1 : 1); }).forEach(function (r) {
      var button = el("button", "linklike", [r]);
      button.type = "button";
      button.addEventListener("click", function () { state.rule = r; state.page = "1"; showFindings(null); });
      body.appendChild(el("tr", null, [el("td", null, [button]), el("td", null, [ruleTitle(r)]),
        el("td", "num", [rules[r].toLocaleString("en-US")]), el("td", "num", [(fresh[r] || 0).toLocaleString("en-US")])]));
    });
    table.appendChild(body);
    $("by-rule").replaceChildren(Object.keys(rules).length ? table : "");
  }

  // A printed page shows every card's claims in full.
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("#cards .show-all").forEach(function (button) { button.click(); });
  });

  var CONTROLS = { sev: "f-sev", rule: "f-rule", outlet: "f-outlet", status: "f-status", sort: "f-sort", q: "f-text" };

  function syncControls() {
    Object.keys(CONTROLS).forEach(function (key) {
      var control = $(CONTROLS[key]);
      if (control.value !== state[key]) { control.value = state[key]; }
      if (control.value !== state[key]) { state[key] = control.value; } // a value the list does not have
    });
  }

  function bindControls() {
    Object.keys(CONTROLS).forEach(function (key) {
      var control = $(CONTROLS[key]);
      control.addEventListener(key === "q" ? "input" : "change", function () {
        state[key] = control.value;
        state.page = "1";
        showFindings(null);
      });
      control.disabled = false;
    });
    $("f-clear").addEventListener("click", function () {
      KEYS.forEach(function (key) { state[key] = DEFAULTS[key]; });
      showFindings(null);
    });
    $("f-clear").disabled = false;
    window.addEventListener("hashchange", function () {
      if (!/(^#finding-|=)/.test(location.hash)) { return; } // a section's anchor, not a view
      var read = readFragment();
      state = read.state;
      showFindings(read.target);
    });
  }

  // The header: the gate and the run.

  function gateSection() {
    var gate = D.gate, body = $("gate-body");
    if (!gate) {
      body.replaceChildren(el("p", null, ["The gate was not evaluated for this report."]));
      return;
    }
    var verdict = el("p", "gate-line " + (gate.passed ? "pass" : "fail"), [
      el("span", "badge " + (gate.passed ? "pass" : "fail"), [gate.passed ? "passed" : "failed"]),
      " " + gate.decidedBy + "; exit code " + gate.exitCode +
        (!gate.passed && gate.exitCode === 0 ? " (--exit-zero)" : "") + "."
    ]);
    verdict.id = "gate-line";
    var counts = el("p", null, [plural(gate.new, "new finding", "new findings") + " (" + gate.failing +
      " at or above " + gate.failOn + ") · " + plural(gate.baselined, "baselined", "baselined") + " · " +
      plural(gate.resolved.length, "resolved baseline entry", "resolved baseline entries") +
      (gate.baseline ? " · baseline: " + gate.baseline : " · no baseline")]);
    var parts = [verdict, counts];
    if (gate.resolved.length) {
      var details = el("details", "resolved");
      details.appendChild(el("summary", null, ["Resolved baseline entries (" + gate.resolved.length + ")"]));
      var list = el("ul");
      gate.resolved.forEach(function (e) {
        list.appendChild(el("li", null, [el("code", null, [e[0]]), " " + (e[1] || "") + ": " + (e[3] || e[2] || ""),
          el("br"), el("span", "meta", ["reason: " + (e[4] || "none given")])]));
      });
      details.appendChild(list);
      parts.push(details);
    }
    body.replaceChildren.apply(body, parts);
  }

  function runSection() {
    var run = D.run, corpus = D.corpus, rows = [];
    function add(term, value) { rows.push(el("dt", null, [term]), el("dd", null, [value])); }
    add("claimcheck", D.version + (D.mode === "discover" ? " (discovery: no rules)" : ""));
    add("corpus", plural(corpus.documents, "document", "documents") + ", " + plural(corpus.claims, "claim", "claims") +
      ", " + plural(corpus.outlets, "outlet", "outlets") + (corpus.first ? ", " + corpus.first + " – " + corpus.last : ""));
    if (D.mode !== "discover") {
      add("rule files", run.ruleFiles.length ? run.ruleFiles.join(", ") : "none (built-in rules only)");
    }
    if (run.extracted !== null) {
      var n = function (x) { return x.toLocaleString("en-US"); };
      var store = n(run.extracted) + " of " + plural(corpus.documents, "document", "documents") + " extracted afresh, " +
        n(corpus.documents - run.extracted) + " taken from the store";
      if (run.checked !== null) {
        store += "; " + n(run.checked) + " of " + plural(run.checked + run.kept, "check task", "check tasks") +
          " run afresh, " + n(run.kept) + " taken from the store";
      }
      add("claim store", store);
    }
    if (run.generated) { add("generated", run.generated); }
    if (corpus.skipped.length) { add("skipped", corpus.skipped.join("; ")); }
    $("run-body").replaceChildren.apply($("run-body"), rows);
  }

  // Verdicts: counts per rule; the groups of each kind listed when opened.

  function verdictSection() {
    var kinds = D.verdictKinds, totals = kinds.map(function () { return 0; });
    var table = el("table", "verdict-counts");
    table.appendChild(el("caption", null, ["Groups of claims per rule and verdict"]));
    var head = el("tr", null, [el("th", null, ["rule"])].concat(kinds.map(function (k) { return el("th", "num", [k]); })));
    head.querySelectorAll("th").forEach(function (th) { th.setAttribute("scope", "col"); });
    table.appendChild(el("thead", null, [head]));
    var body = el("tbody");
    D.rules.forEach(function (r, n) {
      var counts = D.verdictCounts[n];
      counts.forEach(function (c, k) { totals[k] += c; });
      if (counts.some(function (c) { return c > 0; })) {
        body.appendChild(el("tr", null, [el("th", null, [r[0]])].concat(counts.map(function (c) {
          return el("td", "num", [c ? c.toLocaleString("en-US") : ""]);
        }))));
      }
    });
    body.querySelectorAll("tbody th").forEach(function (th) { th.setAttribute("scope", "row"); });
    var foot = el("tr", null, [el("th", null, ["all"])].concat(totals.map(function (c) {
      return el("td", "num", [c.toLocaleString("en-US")]);
    })));
    foot.firstChild.setAttribute("scope", "row");
    table.appendChild(body);
    table.appendChild(el("tfoot", null, [foot]));
    var wrap = el("div", "table-wrap", [table]);
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Verdict counts");
    var lists = [
      ["discrepancy", "Groups with a discrepancy", [0]],
      ["not-comparable", "Groups that are not comparable", [1]],
      ["update", "Updates (a later, higher figure)", [2]],
      ["agree", "Groups the sources agree on", [3, 4, 5]]
    ].map(function (spec) {
      var count = spec[2].reduce(function (sum, k) { return sum + totals[k]; }, 0);
      var details = el("details", "verdict-list");
      details.id = "verdicts-" + spec[0];
      details.appendChild(el("summary", null, [spec[1] + " (" + count.toLocaleString("en-US") + ")"]));
      var box = el("div", "verdict-rows");
      details.appendChild(box);
      details.addEventListener("toggle", function () {
        if (details.open && !box.hasChildNodes()) { listVerdicts(box, spec[2], 1, spec[1]); }
      });
      return details;
    });
    var discrepancies = totals[0];
    var summary = el("p", null, [plural(discrepancies, "group has", "groups have") + " a discrepancy; " +
      plural(findings.length, "finding stands", "findings stand") + " for them (every such group has at least one)."]);
    $("verdicts-body").replaceChildren.apply($("verdicts-body"), [summary, wrap].concat(lists));
  }

  function verdicts() {
    if (!verdictRows) { verdictRows = inflate(block.verdicts); }
    return verdictRows;
  }

  function listVerdicts(box, kinds, page, name) {
    box.replaceChildren(el("p", "meta", ["Loading…"]));
    verdicts().then(function (rows) {
      var chosen = rows.filter(function (r) { return kinds.indexOf(r[1]) >= 0; });
      var pages = Math.max(1, Math.ceil(chosen.length / PAGE));
      var list = el("ol", "verdicts");
      list.start = (page - 1) * PAGE + 1;
      chosen.slice((page - 1) * PAGE, page * PAGE).forEach(function (r) {
        var links = r[4].map(function (n) {
          var id = findings[n].id;
          var a = link(fragment(id, { sev: "", rule: "", outlet: "", status: "", q: "", page: "1" }), "finding " + id);
          a.className = "finding-link";
          return a;
        });
        var item = el("li", "verdict", [el("strong", null, [D.rules[r[0]][0]]), " · " + D.verdictKinds[r[1]] + " · " +
          plural(r[3], "claim", "claims")]);
        if (links.length) {
          var where = el("span", "to-findings", [" → "]);
          links.forEach(function (a, i) { if (i) { where.appendChild(document.createTextNode(", ")); } where.appendChild(a); });
          item.appendChild(where);
        }
        item.appendChild(el("p", "reason", [r[2]]));
        list.appendChild(item);
      });
      box.replaceChildren(list);
      if (pages > 1) {
        var nav = el("nav", "pager");
        nav.setAttribute("aria-label", "Pages of the list: " + name);
        box.appendChild(pager(nav, page, pages, "the list: " + name, function (to) { listVerdicts(box, kinds, to, name); }));
      }
    });
  }

  // Claims by document: documents listed a page at a time, each one's claims inflated when opened.

  var docQuery = "", docPage = 1, docList = null, docListQuery = null;

  function documentSection() {
    $("doc-count").textContent = plural(D.documents.title.length, "document", "documents") + ", " +
      plural(D.corpus.claims, "claim", "claims") + ".";
    var input = $("doc-text");
    input.disabled = false;
    input.addEventListener("input", function () { docQuery = input.value.toLowerCase(); docPage = 1; listDocuments(); });
    listDocuments();
  }

  function listDocuments() {
    if (docListQuery !== docQuery) {
      docListQuery = docQuery;
      docList = [];
      var d = D.documents;
      d.title.forEach(function (title, n) {
        if (!docQuery || (D.outlets[d.outlet[n]] + "\n" + title + "\n" + D.paths[d.path[n]] + "\n" + d.published[n])
          .toLowerCase().indexOf(docQuery) >= 0) {
          docList.push(n);
        }
      });
    }
    var pages = Math.max(1, Math.ceil(docList.length / PAGE));
    docPage = Math.min(docPage, pages);
    var list = el("ul", "documents");
    docList.slice((docPage - 1) * PAGE, docPage * PAGE).forEach(function (n) { list.appendChild(documentEntry(n)); });
    $("doc-shown").textContent = docList.length ? "Showing " + ((docPage - 1) * PAGE + 1) + "–" +
      Math.min(docPage * PAGE, docList.length) + " of " + plural(docList.length, "document", "documents") : "No document matches.";
    pager($("doc-pager"), docPage, pages, "documents", function (to) { docPage = to; listDocuments(); });
    $("doc-list").replaceChildren(list);
  }

  function documentEntry(n) {
    var d = doc(n), details = el("details", "document");
    details.id = "document-" + n;
    var count = d.claims === null ? "" : " (" + plural(d.claims, "claim", "claims") + ")";
    details.appendChild(el("summary", null, [d.outlet + " · " + (d.published || "undated") + " · " + d.title + count]));
    var box = el("div", "claims-box");
    details.appendChild(box);
    details.addEventListener("toggle", function () {
      if (details.open && !box.hasChildNodes()) { showClaims(box, d); }
    });
    return el("li", null, [details]);
  }

  function chunkOf(index) {
    var low = 0, high = D.chunks.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (D.chunks[middle] <= index) { low = middle; } else { high = middle - 1; }
    }
    return low;
  }

  function showClaims(box, d) {
    var url = safeUrl(d.url);
    box.appendChild(el("p", "meta", [link(sourceHref(d.path, d.line), d.path + ":" + d.line),
      url ? " · " : "", url ? link(url, url, true) : ""]));
    if (d.claims === null) {
      box.appendChild(el("p", "meta", ["This report was made without the claims; claimcheck extract lists them."]));
      return;
    }
    var number = chunkOf(d.index);
    if (!chunks[number]) { chunks[number] = inflate(block.claims[number]); }
    box.appendChild(el("p", "meta", ["Loading…"]));
    chunks[number].then(function (chunk) {
      var kinds = chunk[0], texts = chunk[1], readings = chunk[2], steps = chunk[3], entries = chunk[4];
      var at = 0, line = 0;
      for (var n = D.chunks[number]; n < d.index; n++) { at += D.documents.claims[n]; }
      var table = el("table", "claims");
      var head = el("tr", null, ["kind", "text", "reading", "line"].map(function (h) { return el("th", null, [h]); }));
      head.querySelectorAll("th").forEach(function (th) { th.setAttribute("scope", "col"); });
      table.appendChild(el("thead", null, [head]));
      var body = el("tbody");
      for (var i = at; i < at + d.claims; i++) {
        var entry = entries[i], reading = readings[entry];
        line += steps[i];
        var where = d.line + line - 1;
        body.appendChild(el("tr", null, [el("td", null, [D.kinds[kinds[entry]]]), el("td", null, [texts[entry]]),
          el("td", null, [reading === null ? texts[entry] : reading]),
          el("td", null, [link(sourceHref(d.path, where), String(where))])]));
      }
      var rows = d.claims;
      table.appendChild(body);
      var wrap = el("div", "table-wrap", [table]);
      wrap.tabIndex = 0;
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", "Claims of " + d.title);
      box.lastChild.replaceWith(rows ? wrap : el("p", "meta", ["No claims."]));
    });
  }

  function summaryLine() {
    var counts = { error: 0, warning: 0, info: 0 };
    findings.forEach(function (item) { counts[item.severity] += 1; });
    var title = D.mode === "discover" ? "candidate discrepancies" : "findings";
    $("summary").replaceChildren(
      plural(findings.length, title.slice(0, -1), title) + ": ",
      el("span", "badge error", [counts.error + " error"]), " ",
      el("span", "badge warning", [counts.warning + " warning"]), " ",
      el("span", "badge info", [counts.info + " info"]),
      " · " + plural(D.corpus.documents, "document", "documents") + " · " + plural(D.corpus.claims, "claim", "claims")
    );
  }

  function timing(name) {
    if (window.performance && performance.mark) { performance.mark(name); }
  }

  function start(main) {
    timing("claimcheck-index");
    D = main;
    if (D.mode === "discover") { $("f-sort").options[0].text = "rank (how sure and how large)"; }
    prepare();
    summaryLine();
    gateSection();
    runSection();
    fillControls();
    var read = readFragment();
    state = read.state;
    showFindings(read.target);
    bindControls();
    idle(function () {
      verdictSection();
      documentSection();
      loadAllCards().then(function () {
        root.setAttribute("data-ready", "true");
        timing("claimcheck-ready");
      });
    });
  }

  if (typeof DecompressionStream === "undefined") {
    $("shown").textContent = "This browser cannot open the report's data (it has no DecompressionStream).";
    return;
  }
  inflate(block.index).then(start, function (error) {
    $("shown").textContent = "The report's data could not be read: " + error;
  });
})();
