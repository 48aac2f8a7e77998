// Progressive enhancement of the questionnaire: live character counts and no double submission.
// The server enforces both rules on its own; this only helps the customer.
document.querySelectorAll('textarea[data-counter]').forEach(function (area) {
    var counter = document.getElementById(area.dataset.counter);
    var limit = parseInt(area.getAttribute('maxlength'), 10);
    if (!counter || !limit) {
        return;
    }
    var template = counter.textContent;
    var update = function () {
        counter.textContent = template + ' (' + Array.from(area.value).length + ' / ' + limit + ')';
    };
    area.addEventListener('input', update);
    update();
});
document.querySelectorAll('form.questionnaire').forEach(function (form) {
    form.addEventListener('submit', function () {
        form.querySelectorAll('button[type=submit]').forEach(function (button) {
            button.disabled = true;
        });
    });
});
