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

  // Upload: every file in one request to /uploads (the bar shows the bytes sent); the answer names
  // the upload, whose status (/uploads/ID.json) the page then polls, showing each file's state
  // (queued, reading, extracting, stored with its candidate statements, or rejected with the
  // reason) until all are done. Without script, the form posts to /upload and the page comes back
  // with the results. The words come from the page (data-words on the form), in its language; the
  // JSON keeps the API's English.
  var POLL_MS = 600;
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (all, name) { return name in values ? String(values[name]) : all; });
  }
  function plural(forms, n, values) {
    var form = window.Intl && Intl.PluralRules ? new Intl.PluralRules(document.documentElement.lang).select(n) : "other";
    return fill(forms[form] || forms.other || forms.many || forms.one, values);
  }
  function fileRow(f, words) {
    var li = document.createElement("li");
    var pill = document.createElement("span");
    pill.className = "pill" + (f.state === "rejected" ? " bad" : f.state === "stored" ? " ok" : "");
    pill.textContent = words.states[f.state] || f.state;
    li.appendChild(pill);
    li.appendChild(document.createTextNode(" " + f.name + " "));
    if (f.url) { var a = document.createElement("a"); a.href = f.url; a.textContent = words.open; li.appendChild(a); }
    var notes = [
      f.status && f.status !== "added" && f.status !== "rejected" ? (words.statuses[f.status] || f.status) : "",
      f.language,
      f.state === "stored" ? plural(words.statements, f.statements, { num: f.statements }) : "",
      f.reason
    ];
    notes.forEach(function (text) {
      if (text) { var span = document.createElement("span"); span.className = "dim"; span.textContent = " " + text; li.appendChild(span); }
    });
    return li;
  }
  function showFiles(list, files, words) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    files.forEach(function (f) { list.appendChild(fileRow(f, words)); });
  }
  function getJSON(method, url, data, onProgress, done) {
    var xhr = new XMLHttpRequest();
    xhr.open(method, url);
    xhr.setRequestHeader("Accept", "application/json");
    if (method === "POST") { xhr.setRequestHeader("X-CSRF-Token", document.body.dataset.csrf || ""); }
    if (onProgress) { xhr.upload.onprogress = onProgress; }
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      done(xhr.status, body);
    };
    xhr.onerror = function () { done(0, null); };
    xhr.send(data);
  }
  function followUpload(url, list, status, words, finish) {
    getJSON("GET", url, null, null, function (code, body) {
      if (code !== 200 || !body || !body.files) { finish(words.lost); return; }
      showFiles(list, body.files, words);
      var finished = body.files.filter(function (f) { return f.state === "stored" || f.state === "rejected"; });
      if (!body.done) {
        status.textContent = plural(words.progress, body.files.length, { done: finished.length, num: body.files.length });
        window.setTimeout(function () { followUpload(url, list, status, words, finish); }, POLL_MS);
        return;
      }
      var tally = {};
      body.files.forEach(function (f) { var key = f.status || f.state; tally[key] = (tally[key] || 0) + 1; });
      var parts = Object.keys(tally).map(function (key) { return tally[key] + " " + (words.statuses[key] || key); });
      finish(plural(words.done, body.files.length, { done: finished.length, num: body.files.length, tally: parts.join(", ") }));
    });
  }
  document.addEventListener("submit", function (evt) {
    var form = evt.target;
    if (form.id !== "upload-form" || !window.FormData || !form.dataset.start) { return; }
    var input = form.querySelector("input[type=file]");
    if (!input.files || !input.files.length) { return; }
    evt.preventDefault();
    var words = JSON.parse(form.dataset.words);
    var bar = document.getElementById("upload-progress");
    var status = document.getElementById("upload-status");
    var section = document.getElementById("upload-results");
    var list = section.querySelector("ul");
    var button = form.querySelector("button[type=submit]");
    var data = new FormData(form);  // the files and the CSRF field
    function finish(text) {
      status.textContent = text;
      bar.hidden = true;
      button.disabled = false;
      input.value = "";
    }
    button.disabled = true;
    bar.value = 0;
    bar.hidden = false;
    status.textContent = words.sending;
    getJSON("POST", form.dataset.start, data, function (e) {
      if (e.lengthComputable) { bar.value = Math.round((e.loaded / e.total) * 100); }
    }, function (code, body) {
      if (code !== 202 || !body || !body.status) {
        finish(body && (body.message || body.detail) ? body.message || body.detail
                 : code ? fill(words.answered, { status: code }) : words.failed);
        return;
      }
      bar.hidden = true;
      section.querySelector("h2").hidden = false;
      showFiles(list, body.files, words);
      followUpload(body.status, list, status, words, finish);
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
