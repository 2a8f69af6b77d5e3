// The console's login came back with an OAuth error (RFC 6749 §4.1.2.1), which WildFly's OIDC
// client answers with a bare 400: say what Vigil said instead (a locked account, a refusal).
// Text only, never markup, since the description comes from the address bar.
(function () {
    var params = new URLSearchParams(window.location.search);
    var error = params.get('error');
    if (!error) {
        return;
    }
    document.getElementById('error-title').textContent = error === 'access_denied' ? 'Sign-in refused' : 'Sign-in failed';
    var description = params.get('error_description');
    document.getElementById('error-text').textContent = (description ? description : 'Vigil did not let this sign-in through (' + error + ').')
        + ' Nothing was changed.';
}());
