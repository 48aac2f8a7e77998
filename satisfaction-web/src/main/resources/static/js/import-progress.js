// Reloads a running import's page every two seconds until it is done; without script, the "refresh" link does it.
(function () {
    'use strict';
    if (document.querySelector('[data-import-running="true"]')) {
        window.setTimeout(function () { window.location.reload(); }, 2000);
    }
}());
