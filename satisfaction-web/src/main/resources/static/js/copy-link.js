// Copies a personal link to the clipboard: any button with a data-copy attribute (no inline script, CSP-clean).
document.addEventListener('click', function (event) {
    var button = event.target.closest('button[data-copy]');
    if (!button || !navigator.clipboard) {
        return;
    }
    navigator.clipboard.writeText(button.getAttribute('data-copy')).then(function () {
        button.classList.add('copied');
    });
});
