// Shows the demo client's authorization response and how to redeem it (README, "Demo").
(function () {
    const params = new URLSearchParams(window.location.search);
    const out = document.getElementById('redeem');
    if (params.get('error')) {
        out.textContent = 'error: ' + params.get('error') + '\n' + (params.get('error_description') || '');
        return;
    }
    const redirect = window.location.origin + '/demo/callback.html';
    out.textContent = "curl -s -u demo-app:$VIGIL_DEMO_CLIENT_SECRET " + window.location.origin + "/oidc/token \\\n"
        + "  -d grant_type=authorization_code -d code=" + params.get('code') + " \\\n"
        + "  --data-urlencode redirect_uri=" + redirect;
})();
