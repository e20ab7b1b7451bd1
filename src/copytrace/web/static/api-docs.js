// Starts the vendored Swagger UI on /api/docs (a file, not an inline script: the CSP forbids those).
(function () {
  "use strict";
  function start() {
    var box = document.getElementById("swagger-ui");
    if (!box || typeof SwaggerUIBundle === "undefined") { return; }
    SwaggerUIBundle({
      url: box.dataset.openapi,
      domNode: box,
      deepLinking: true,
      validatorUrl: null,          // the public validator is another site: nothing leaves this one
      presets: [SwaggerUIBundle.presets.apis],
      layout: "BaseLayout",
      onComplete: function () { box.dataset.ready = "1"; }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); } else { start(); }
})();
