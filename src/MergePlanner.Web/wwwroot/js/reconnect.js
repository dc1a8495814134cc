// The reconnect dialog of the .NET 10 template, with one change: when the server no longer knows this page
// (it restarted), the page is not reloaded behind the person's back — what they typed would be gone without a
// word. The dialog says so and offers the reload.
const modal = document.getElementById("components-reconnect-modal");
modal.addEventListener("components-reconnect-state-changed", onStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
document.getElementById("components-reload-button").addEventListener("click", () => location.reload());

function onStateChanged(event) {
    if (event.detail.state === "show") {
        modal.classList.remove("components-reconnect-rejected");
        if (!modal.open) modal.showModal();
    } else if (event.detail.state === "hide") {
        modal.close();
    } else if (event.detail.state === "failed") {
        document.addEventListener("visibilitychange", retryWhenVisible);
    } else if (event.detail.state === "rejected") {
        showRejected();
    }
}

function showRejected() {
    modal.className = "components-reconnect-rejected";
    if (!modal.open) modal.showModal();
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenVisible);
    try {
        const successful = await Blazor.reconnect();
        if (!successful) {
            const resumed = await Blazor.resumeCircuit();
            if (resumed) {
                modal.close();
            } else {
                showRejected();
            }
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenVisible);
    }
}

async function resume() {
    try {
        if (!(await Blazor.resumeCircuit())) {
            showRejected();
        }
    } catch {
        modal.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
    }
}

async function retryWhenVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
