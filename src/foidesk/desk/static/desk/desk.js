// foidesk desk: live checker findings and exemption search for the decision form.
// No inline script (the Content Security Policy forbids it); everything here is optional.
"use strict";
(function () {
  // GOV.UK pattern: move focus to the error summary so screen readers announce it.
  var summary = document.querySelector(".error-summary");
  if (summary) { summary.focus(); }
}());
(function () {
  var form = document.getElementById("decision-form");
  if (!form) { return; }
  var out = document.getElementById("findings");
  var token = form.querySelector("input[name=csrfmiddlewaretoken]").value;
  var timer = null;

  function value(name) {
    var el = form.elements[name];
    if (!el) { return ""; }
    return el.type === "checkbox" ? el.checked : el.value;
  }

  function item(text, cls) {
    var li = document.createElement("li");
    li.textContent = text;
    if (cls) { li.className = cls; }
    return li;
  }

  function show(data) {
    out.textContent = "";
    var list = document.createElement("ul");
    (data.problems || []).forEach(function (p) { list.appendChild(item(p.message, "finding-error")); });
    (data.findings || []).forEach(function (f) {
      list.appendChild(item(f.title + ": " + f.message, "finding-" + f.severity));
    });
    var count = list.children.length;
    if (!count) { list.appendChild(item("No findings.", "")); }
    var p = document.createElement("p");
    p.textContent = count === 1 ? "1 finding" : count + " findings";
    out.appendChild(p);
    out.appendChild(list);
  }

  function check() {
    var body = {};
    ["reference", "outcome", "citations", "ncnd", "harm", "factors_for", "factors_against", "balance"]
      .forEach(function (n) { body[n] = value(n); });
    fetch(form.dataset.checkUrl, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRFToken": token },
      body: JSON.stringify(body)
    }).then(function (r) { return r.json(); }).then(show).catch(function () {
      out.textContent = "The checker could not be reached.";
    });
  }

  form.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  });

  var cites = form.elements.citations;
  var list = document.getElementById("exemption-list");
  if (cites && list) {
    cites.setAttribute("list", "exemption-list");
    cites.addEventListener("input", function () {
      var last = cites.value.split(",").pop().trim();
      var ncnd = value("ncnd") ? "&ncnd=1" : "";
      fetch(form.dataset.exemptionsUrl + "?q=" + encodeURIComponent(last) + ncnd, { credentials: "same-origin" })
        .then(function (r) { return r.json(); }).then(function (data) {
          list.textContent = "";
          data.results.forEach(function (p) {
            var opt = document.createElement("option");
            opt.value = p.citation;
            opt.label = p.citation + " " + p.title;
            list.appendChild(opt);
          });
        });
    });
  }
  check();
}());
