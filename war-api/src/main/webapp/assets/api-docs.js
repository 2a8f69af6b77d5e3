// Renders /openapi with Swagger UI. A separate file, as the CSP allows no inline script; no
// validator badge, which would call a server elsewhere.
window.addEventListener('load', function () {
    window.ui = SwaggerUIBundle({
        url: '/openapi?format=JSON',
        dom_id: '#swagger-ui',
        validatorUrl: null,
        deepLinking: true,
        docExpansion: 'list',
        defaultModelsExpandDepth: 0,
        presets: [SwaggerUIBundle.presets.apis],
        layout: 'BaseLayout'
    });
});
