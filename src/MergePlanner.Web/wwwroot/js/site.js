// Behaviour that would otherwise be inline handlers, which the Content-Security-Policy forbids.
document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-action]') : null;
    if (!target) {
        return;
    }

    if (target.getAttribute('data-action') === 'print') {
        window.print();
    } else if (target.getAttribute('data-action') === 'back') {
        history.back();
    }
});
