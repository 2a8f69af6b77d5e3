package org.vigil.api.openapi;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.Paths;

/**
 * Finishes the document the scanner made from this WAR's annotations: each path gets its own JAX-RS
 * application's prefix (the scanner knows only one per deployment), operations of classes no
 * application serves are left out, and each operation gets the security and errors its code
 * implies ({@link ErrorResponses}), and the group it is listed under ({@link ApiTag}).
 */
public class VigilOpenApiFilter implements OASFilter {

    private final JaxRsRoutes routes = JaxRsRoutes.ofThisWar();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Paths prefixed = OASFactory.createPaths();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) -> {
                Optional<ResourceMethod> route = routes.byOperationId(operation.getOperationId());
                if (route.isEmpty()) {
                    return;
                }
                String full = join(route.get().applicationPath(), path);
                PathItem into = prefixed.getPathItem(full);
                if (into == null) {
                    into = OASFactory.createPathItem().parameters(item.getParameters());
                    prefixed.addPathItem(full, into);
                }
                operation.setTags(List.of(ApiTag.of(route.get().resource()).title));
                into.setOperation(method, operation);
                ErrorResponses.document(operation, full, route.get());
            }));
        }
        openAPI.setPaths(prefixed);
        openAPI.setTags(Arrays.stream(ApiTag.values())
                .map(tag -> OASFactory.createTag().name(tag.title).description(tag.description))
                .toList());
        if (openAPI.getExternalDocs() != null && openAPI.getExternalDocs().getUrl() == null) {
            // the merge leaves an empty externalDocs behind, which OpenAPI forbids (url is required)
            openAPI.setExternalDocs(null);
        }
    }

    static String join(String applicationPath, String path) {
        String relative = path.replaceAll("^/+", "").replaceAll("/+$", "");
        return relative.isEmpty() ? applicationPath : applicationPath + "/" + relative;
    }
}
