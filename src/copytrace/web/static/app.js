// copytrace: the small amount of script the pages need. No inline scripts anywhere (CSP forbids them).
(function () {
  "use strict";

  // Every htmx request carries the session's CSRF token (forms carry it as a field too).
  document.addEventListener("htmx:configRequest", function (evt) {
    var token = document.body.dataset.csrf;
    if (token) { evt.detail.headers["X-CSRF-Token"] = token; }
  });

  // Error responses (conflict, forbidden, invalid) arrive as a short fragment: show it above the page.
  document.addEventListener("htmx:beforeSwap", function (evt) {
    var status = evt.detail.xhr.status;
    if (status >= 400) {
      evt.detail.shouldSwap = true;
      evt.detail.isError = false;
      evt.detail.target = document.getElementById("errors");
      evt.detail.swapOverride = "innerHTML";
    } else {
      var errors = document.getElementById("errors");
      if (errors) { errors.innerHTML = ""; }
    }
  });

  // Upload: one file at a time to /upload.json, so the page shows each file's bytes sent and
  // how many files are ingested, and each result as soon as it is known. Without script, the
  // form posts all files at once and the page lists the results. The words come from the page
  // (data-words on the form), in its language; the JSON results keep the API's English.
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? String(values[name]) : all; });
  }
  function plural(forms, n, values) {
    var form = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang).select(n) : "other";
    return fill(forms[form] || forms.other || forms.many || forms.one, values);
  }
  function resultRow(r, words) {
    var li = document.createElement("li");
    var pill = document.createElement("span");
    pill.className = "pill " + (r.status === "rejected" ? "bad" : "ok");
    pill.textContent = words.statuses[r.status] || r.status;
    li.appendChild(pill);
    li.appendChild(document.createTextNode(" " + r.source + " "));
    if (r.url) { var a = document.createElement("a"); a.href = r.url; a.textContent = words.open; li.appendChild(a); }
    [r.language, r.statements ? plural(words.statements, r.statements, { num: r.statements }) : "", r.reason].forEach(function (text) {
      if (text) { var span = document.createElement("span"); span.className = "dim"; span.textContent = " " + text; li.appendChild(span); }
    });
    return li;
  }
  function sendOne(form, file, bar, words) {
    return new Promise(function (resolve) {
      var data = new FormData();
      data.append("csrf_token", form.querySelector("input[name=csrf_token]").value);
      data.append("files", file, file.name);
      var xhr = new XMLHttpRequest();
      xhr.open("POST", "/upload.json");
      xhr.setRequestHeader("X-CSRF-Token", document.body.dataset.csrf || "");
      xhr.upload.onprogress = function (evt) {
        if (evt.lengthComputable) { bar.hidden = false; bar.value = Math.round((evt.loaded / evt.total) * 100); }
      };
      xhr.onload = function () {
        var body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (body && body.results) { resolve(body.results); return; }
        var reason = body && body.detail ? body.detail : fill(words.answered, { status: xhr.status });
        resolve([{ source: file.name, status: "rejected", reason: reason }]);
      };
      xhr.onerror = function () { resolve([{ source: file.name, status: "rejected", reason: words.failed }]); };
      xhr.send(data);
    });
  }
  document.addEventListener("submit", function (evt) {
    var form = evt.target;
    if (form.id !== "upload-form" || !window.FormData || !window.Promise) { return; }
    var input = form.querySelector("input[type=file]");
    var files = Array.prototype.slice.call(input.files || []);
    if (!files.length) { return; }
    evt.preventDefault();
    var words = JSON.parse(form.dataset.words);
    var bar = document.getElementById("upload-progress");
    var status = document.getElementById("upload-status");
    var section = document.getElementById("upload-results");
    var list = section.querySelector("ul");
    var button = form.querySelector("button[type=submit]");
    section.querySelector("h2").hidden = false;
    button.disabled = true;
    var done = 0;
    var tally = {};
    var next = Promise.resolve();
    files.forEach(function (file) {
      next = next.then(function () {
        status.textContent = fill(words.sending, { name: file.name, n: done + 1, total: files.length });
        bar.value = 0;
        return sendOne(form, file, bar, words);
      }).then(function (results) {
        done += 1;
        results.forEach(function (r) {
          tally[r.status] = (tally[r.status] || 0) + 1;
          list.appendChild(resultRow(r, words));
        });
      });
    });
    next.then(function () {
      var parts = Object.keys(tally).map(function (key) { return tally[key] + " " + (words.statuses[key] || key); });
      status.textContent = plural(words.done, files.length, { done: done, num: files.length, tally: parts.join(", ") });
    }, function () {
      status.textContent = fill(words.stopped, { done: done, total: files.length });
    }).then(function () {
      bar.hidden = true;
      button.disabled = false;
      input.value = "";
    });
  });

  // Review shortcuts: a accept, r reject, e edit, n skip, 1-9 reason. Ignored while typing.
  document.addEventListener("keydown", function (evt) {
    var card = document.getElementById("review-card");
    if (!card || evt.ctrlKey || evt.metaKey || evt.altKey) { return; }
    var tag = (evt.target.tagName || "").toLowerCase();
    if (tag === "input" || tag === "textarea" || tag === "select") { return; }
    if (/^[1-9]$/.test(evt.key)) {
      var select = document.getElementById("reason-code");
      if (select && select.options.length >= Number(evt.key)) { select.selectedIndex = Number(evt.key) - 1; }
      evt.preventDefault();
      return;
    }
    if (evt.key === "e") {
      var edit = document.getElementById("edit");
      if (edit) { edit.open = true; var first = edit.querySelector("input[name=object_name]"); if (first) { first.focus(); } }
      evt.preventDefault();
      return;
    }
    var target = card.querySelector('[data-key="' + evt.key + '"]');
    if (target) { evt.preventDefault(); target.click(); }
  });
})();
