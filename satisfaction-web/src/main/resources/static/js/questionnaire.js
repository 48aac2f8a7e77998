// Progressive enhancement of the questionnaire: live character counts, a progress bar and no double
// submission. The server enforces every rule on its own; this only helps the customer.
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
    var questions = Array.from(form.querySelectorAll('fieldset.question'));
    var progress = document.querySelector('.survey-progress');
    if (progress && questions.length > 1) {
        var bar = progress.querySelector('progress');
        var count = progress.querySelector('.survey-progress-count');
        var answered = function (question) {
            return question.querySelector('input:checked') !== null
                || Array.from(question.querySelectorAll('textarea')).some(function (area) {
                    return area.value.trim() !== '';
                });
        };
        var update = function () {
            var done = questions.filter(answered).length;
            bar.max = questions.length;
            bar.value = done;
            count.textContent = done + ' / ' + questions.length;
        };
        form.addEventListener('change', update);
        form.addEventListener('input', update);
        progress.hidden = false;
        update();
    }
    form.addEventListener('submit', function (event) {
        // Only the final submission is guarded: the language switch posts the form too, and a disabled
        // button would not send its value.
        if (event.submitter && event.submitter.name === 'switchTo') {
            return;
        }
        setTimeout(function () {
            form.querySelectorAll('button.submit').forEach(function (button) {
                button.disabled = true;
            });
        }, 0);
    });
});
