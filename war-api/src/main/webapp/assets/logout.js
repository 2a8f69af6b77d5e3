// The logout page of Front-Channel Logout 1.0: the applications' logout pages load in hidden iframes; once they all
// have (the window's load event waits for them) or after a few seconds (one that hangs must not keep the person
// here), the browser goes on to the application's post-logout address, if there is one.
(function () {
    const page = document.getElementById('logout');
    const next = page.dataset.next;
    let done = false;

    function proceed() {
        if (done) {
            return;
        }
        done = true;
        document.getElementById('signing-out').hidden = true;
        if (next) {
            window.location.replace(next);
        }
    }

    window.addEventListener('load', proceed);
    setTimeout(proceed, 5000);
})();
