// Behaviour that would otherwise be inline handlers, which the Content-Security-Policy forbids.
document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-action="print"]') : null;
    if (target) {
        window.print();
    }
});
