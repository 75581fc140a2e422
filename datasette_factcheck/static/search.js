/* datasette-factcheck: search a published site without a server.
   Loads the prebuilt index named by the input's data-index attribute
   (relative to this page) and filters it as the reader types. Every value
   from the index reaches the page through textContent, never as HTML. */
(function () {
  "use strict";
  var input = document.getElementById("fc-search-input");
  var list = document.getElementById("fc-search-results");
  var status = document.getElementById("fc-search-status");
  if (!input || !list || !status) { return; }
  var MAX_RESULTS = 100;
  var items = [];

  function fold(text) {
    // Case- and accent-insensitive, and curly quotes match straight ones.
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').toLowerCase();
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function render(query) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    var words = fold(query).split(/\s+/).filter(function (w) { return w.length > 0; });
    if (words.length === 0) {
      status.textContent = items.length + " quotes and claims; type to search.";
      return;
    }
    var found = items.filter(function (item) {
      return words.every(function (w) { return item._haystack.indexOf(w) !== -1; });
    });
    status.textContent = found.length === 1 ? "1 match" : found.length + " matches" +
      (found.length > MAX_RESULTS ? " (first " + MAX_RESULTS + " shown)" : "");
    found.slice(0, MAX_RESULTS).forEach(function (item) {
      var li = el("li", "fc-search-result fc-search-" + item.type);
      var link = el("a", "fc-search-text", item.text);
      link.setAttribute("href", item.url);
      li.appendChild(el("span", "fc-search-kind", item.type === "quote" ? "Quote" : "Claim"));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(link);
      var meta = [];
      if (item.speaker) { meta.push(item.speaker); }
      if (item.outlet) { meta.push(item.outlet); }
      if (item.title) { meta.push(item.title); }
      li.appendChild(el("div", "fc-search-meta", meta.join(" · ")));
      if (item.verdict) { li.appendChild(el("span", "fc-badge fc-search-verdict", item.verdict)); }
      list.appendChild(li);
    });
  }

  status.textContent = "Loading the index…";
  fetch(new URL(input.getAttribute("data-index"), document.baseURI).href)
    .then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    })
    .then(function (data) {
      items = (data.items || []).map(function (item) {
        item._haystack = fold([item.text, item.speaker, item.outlet, item.title, item.verdict, item.status].join(" \u0001 "));
        return item;
      });
      var initial = new URLSearchParams(window.location.search).get("q");
      if (initial && !input.value) { input.value = initial; }
      render(input.value);
      input.addEventListener("input", function () { render(input.value); });
    })
    .catch(function (error) {
      status.textContent = "The search index could not be loaded (" + error.message +
        "). Open this site from a web server rather than from the file system.";
    });
}());
