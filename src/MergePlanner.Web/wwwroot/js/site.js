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
    } else if (target.getAttribute('data-action') === 'fullscreen') {
        // The dashboard's meeting mode: the whole screen for the room's projector (Esc leaves it).
        if (document.fullscreenElement) {
            document.exitFullscreen();
        } else if (document.documentElement.requestFullscreen) {
            document.documentElement.requestFullscreen().catch(function () { });
        }
    }
});
